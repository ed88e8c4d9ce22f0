// /static/explore.js: filter-as-you-type on /explore. Each figure and chart carries its search key
// in data-find (written by the server, explore-search.ts); this script folds what is typed the same
// way and shows only what every typed word starts a word of. Sections, groups and contents entries
// without a match hide (a report with none hides whole); the contents count the matches. The URL keeps the search (?q=), so a reload
// or a shared link shows the same list, and the server filters it alike without script.
export const EXPLORE_JS = String.raw`(function () {
"use strict";
var form = document.querySelector("[data-finder]");
if (!form) return;
var input = form.querySelector("[data-find-input]");
var status = form.querySelector("[data-found-status]");

// Mirrors src/core/normalize.ts fold (NFD, drop combining marks, đ → d) and
// adapters/web/explore-search.ts searchKey (lower case, digit groups joined, other signs → spaces).
function searchKey(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/(\d)[.,](?=\d)/g, "$1")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

function found(key, words) {
  var spaced = " " + key;
  return words.every(function (w) { return spaced.indexOf(" " + w) >= 0; });
}

function show(node, on) {
  if (on) node.removeAttribute("hidden"); else node.setAttribute("hidden", "");
}

function filter() {
  var typed = input.value;
  var words = searchKey(typed).split(" ").filter(Boolean);
  var total = 0;
  document.querySelectorAll("[data-area]").forEach(function (area) {
    var count = 0, any = false;
    area.querySelectorAll("[data-group]").forEach(function (group) {
      var seen = false;
      group.querySelectorAll("[data-find]").forEach(function (item) {
        var on = found(item.getAttribute("data-find"), words);
        show(item, on);
        if (on) { seen = true; if (item.classList.contains("fact")) count++; }
      });
      show(group, seen);
      any = any || seen;
    });
    show(area, any);
    total += count;
    var entry = document.querySelector('[data-toc="' + area.id + '"]');
    if (entry) {
      show(entry, any);
      entry.querySelector("[data-toc-count]").textContent = "(" + count + ")";
    }
  });
  // A report, and its block of the contents, hides when none of its sections shows.
  document.querySelectorAll("[data-report]").forEach(function (report) {
    var any = !!report.querySelector("[data-area]:not([hidden])");
    show(report, any);
    var toc = document.querySelector('[data-report-toc="' + report.getAttribute("data-report") + '"]');
    if (toc) show(toc, any);
  });
  status.textContent = !words.length ? "" : form.getAttribute(total ? "data-found" : "data-none").replace("{n}", String(total)).replace("{q}", typed.trim());
  var url = new URL(location.href);
  if (words.length) url.searchParams.set("q", typed.trim()); else url.searchParams.delete("q");
  history.replaceState(null, "", url.pathname + url.search + url.hash);
}

var pending = 0;
input.addEventListener("input", function () {
  clearTimeout(pending);
  pending = setTimeout(filter, 60);
});
// Enter: the list is already filtered; bring the first match up under the search bar.
form.addEventListener("submit", function (e) {
  e.preventDefault();
  clearTimeout(pending);
  filter();
  var first = document.querySelector("[data-area]:not([hidden])");
  if (first) first.scrollIntoView({ block: "start" });
});
})();
`;
