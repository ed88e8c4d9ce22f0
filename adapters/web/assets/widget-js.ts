// The chat widget shared by the page (/static/chat.js) and the embed (/embed.js): plain ES2017 in
// a string, served as a classic script (the embed snippet is a plain <script defer>). Text only
// goes in through textContent and attributes, never innerHTML. Written without template literals
// so it can live inside String.raw.
//
// The conversation: each answer's "context" is kept in memory (never in storage) and sent with the
// next typed question, so "còn cấp huyện thì sao?" continues it; "Câu hỏi mới" forgets it.
export const WIDGET_JS = String.raw`
var STRINGS = {
  vi: {
    you: "Bạn hỏi", bot: "Trợ lý trả lời", asking: "Đang tìm câu trả lời…", source: "Nguồn", section: "mục",
    canAsk: "Bạn có thể hỏi:", mayMean: "Có thể bạn muốn hỏi:",
    offline: "Không kết nối được với máy chủ. Hãy thử lại.",
    tooMany: "Bạn đã hỏi nhiều câu trong thời gian ngắn. Hãy thử lại sau {s} giây.",
    failed: "Không trả lời được: ",
    open: "Hỏi đáp số liệu CCHC", title: "Trợ lý số liệu CCHC 2024", close: "Đóng",
    topics: "Chủ đề", conversation: "Cuộc trò chuyện",
    label: "Câu hỏi của bạn", placeholder: "Ví dụ: Có bao nhiêu TTHC được công bố?", ask: "Hỏi",
    newQuestion: "Câu hỏi mới", newNote: "Câu hỏi mới: câu tiếp theo được hiểu riêng, không nối với câu trước."
  },
  en: {
    you: "You asked", bot: "The assistant answers", asking: "Looking for the answer…", source: "Source", section: "section",
    canAsk: "You can ask:", mayMean: "You may also mean:",
    offline: "Could not reach the server. Please try again.",
    tooMany: "Too many questions in a short time. Please try again in {s} seconds.",
    failed: "No answer: ",
    open: "Ask about reform figures", title: "Reform figures assistant, 2024", close: "Close",
    topics: "Topics", conversation: "Conversation",
    label: "Your question", placeholder: "e.g. How many procedures were published?", ask: "Ask",
    newQuestion: "New question", newNote: "New question: the next one is read on its own, not as a follow-up."
  }
};

function h(tag, attrs, kids) {
  var node = document.createElement(tag);
  for (var k in attrs || {}) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? "" : String(v));
  }
  (kids || []).forEach(function (kid) {
    if (kid !== null && kid !== undefined) node.appendChild(typeof kid === "string" ? document.createTextNode(kid) : kid);
  });
  return node;
}

// Mirrors adapters/web/money.ts moneyInBillions (a test keeps them equal): a sum in millions from
// 1.000 on is also shown in billions, "(≈ 11.145 tỷ đồng)".
var BILLIONS = { "triệu đồng": "tỷ đồng", "million VND": "billion VND" };

function groupDigits(fixed, lang) {
  var parts = fixed.split(".");
  var sep = lang === "vi" ? "." : ",", dec = lang === "vi" ? "," : ".";
  var grouped = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return parts[1] ? grouped + dec + parts[1] : grouped;
}

function moneyInBillions(value, unit, lang) {
  var larger = Object.prototype.hasOwnProperty.call(BILLIONS, unit) ? BILLIONS[unit] : null;
  if (!larger || typeof value !== "number" || !isFinite(value) || Math.abs(value) < 1000) return null;
  var billions = value / 1000;
  var size = Math.abs(billions);
  var digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  var rounded = size.toFixed(digits);
  var fixed = rounded.indexOf(".") >= 0 ? rounded.replace(/0+$/, "").replace(/\.$/, "") : rounded;
  var exact = Number(fixed) === size;
  return (exact ? "=" : "≈") + " " + (billions < 0 ? "-" : "") + groupDigits(fixed, lang) + " " + larger;
}

function createChat(root, options) {
  var lang = options.lang === "en" ? "en" : "vi";
  var T = STRINGS[lang];
  var endpoint = options.endpoint;
  var log = root.querySelector("[data-log]");
  var form = root.querySelector("[data-form]");
  var input = root.querySelector("[data-input]");
  var submit = root.querySelector("[data-submit]");
  var status = root.querySelector("[data-status]");
  var topics = root.querySelector("[data-topics]");
  var newButton = root.querySelector("[data-new]");
  var busy = false;
  // The last answer's context: in this page's memory only, sent with the next typed question.
  var context = "";
  // Bumped by "Câu hỏi mới": an answer still on its way then brings no context back.
  var conversation = 0;

  function keep(next) {
    context = typeof next === "string" ? next : "";
    if (newButton) newButton.hidden = !context;
  }

  function chips(items) {
    return h("ul", { "class": "chips" }, items.map(function (item) {
      var b = h("button", { type: "button", "class": "chip" }, [item.text]);
      b.addEventListener("click", function () { send(item.body); });
      return h("li", null, [b]);
    }));
  }

  function suggestionChips(a) {
    return chips(a.suggestions.map(function (s, i) {
      return { text: s, body: { question: s, factId: a.suggestionIds[i], lang: a.lang } };
    }));
  }

  function sentence(hl, a) {
    var at = hl.figure ? hl.sentence.indexOf(hl.figure) : -1;
    if (at < 0) return h("p", { "class": "sentence" }, [hl.sentence]);
    var fact = null;
    a.facts.forEach(function (f) { if (!fact && f.id === hl.factId) fact = f; });
    var approx = fact ? moneyInBillions(fact.value, fact.unit, a.lang) : null;
    return h("p", { "class": "sentence" }, [
      hl.sentence.slice(0, at),
      h("strong", { "class": "figure" }, [hl.figure]),
      approx ? h("span", { "class": "approx" }, [" (" + approx + ")"]) : null,
      hl.sentence.slice(at + hl.figure.length)
    ]);
  }

  function citation(c) {
    var host = "";
    try { host = new URL(c.url).host; } catch (e) { host = ""; }
    return h("details", { "class": "cite" }, [
      h("summary", null, [T.source + ": " + c.document + ", " + T.section + " “" + c.section + "”"]),
      h("blockquote", { lang: "vi" }, ["“" + c.quote + "”"]),
      host ? h("p", { "class": "cite-doc" }, [h("a", { href: c.url, rel: "noopener noreferrer external", target: "_blank" }, [host])]) : null
    ]);
  }

  function answerItem(a) {
    var kids = [h("span", { "class": "sr-only" }, [T.bot + ": "])];
    if (a.answered) {
      a.highlights.forEach(function (hl) { kids.push(sentence(hl, a)); });
      a.citations.forEach(function (c) { kids.push(citation(c)); });
      if (a.suggestions.length) kids.push(h("p", { "class": "more" }, [T.mayMean]), suggestionChips(a));
    } else {
      kids.push(h("p", null, [a.text.split("\n")[0]]));
      if (a.suggestions.length) kids.push(h("p", { "class": "more" }, [T.canAsk]), suggestionChips(a));
    }
    return h("li", { "class": "msg bot " + (a.answered ? "answered" : "abstained"), lang: a.lang }, kids);
  }

  // The page keeps the question box stuck to the bottom of the screen (site.css: position sticky),
  // so a new message is brought up just above the box (with the "asking" line under it); one taller
  // than the room left starts at the top of the screen instead. In the embed the log scrolls in
  // its own panel above the box: there the nearest edge is enough.
  function reveal(node) {
    if (window.getComputedStyle(form).position !== "sticky") {
      if (node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
      return;
    }
    var gap = 8;
    var room = Math.min(form.getBoundingClientRect().top, window.innerHeight) - gap;
    var box = node.getBoundingClientRect();
    var bottom = status.textContent ? Math.max(box.bottom, status.getBoundingClientRect().bottom) : box.bottom;
    var below = bottom - room;
    var above = box.top - gap;
    var dy = below > 0 ? Math.min(below, above) : Math.min(above, 0);
    if (dy) window.scrollBy(0, dy);
  }

  function add(node) {
    log.appendChild(node);
    reveal(node);
  }

  function fail(text) {
    add(h("li", { "class": "msg bot error", role: "alert" }, [text]));
  }

  function setBusy(on) {
    busy = on;
    submit.disabled = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    status.textContent = on ? T.asking : "";
  }

  function send(body) {
    if (busy) return;
    var question = h("li", { "class": "msg user" }, [h("span", { "class": "sr-only" }, [T.you + ": "]), body.question]);
    log.appendChild(question);
    setBusy(true);
    reveal(question);
    var mine = conversation;
    fetch(endpoint + "/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (json) {
          if (res.ok && json && typeof json.answered === "boolean") {
            if (mine === conversation) keep(json.context);
            return add(answerItem(json));
          }
          if (res.status === 429) return fail(T.tooMany.replace("{s}", res.headers.get("retry-after") || "60"));
          fail(T.failed + (json && json.error ? json.error.message : "HTTP " + res.status));
        });
      }, function () { fail(T.offline); })
      .then(function () { setBusy(false); });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return input.focus();
    input.value = "";
    var body = { question: text };
    if (context) body.context = context;
    send(body);
  });

  if (newButton) {
    newButton.addEventListener("click", function () {
      conversation++;
      keep("");
      add(h("li", { "class": "msg note" }, [T.newNote]));
      input.focus();
    });
  }

  root.addEventListener("click", function (e) {
    var b = e.target && e.target.closest ? e.target.closest("[data-section]") : null;
    if (b) send({ question: b.textContent.trim(), section: b.getAttribute("data-section"), lang: lang });
  });

  function loadTopics() {
    if (!topics || topics.children.length) return;
    fetch(endpoint + "/topics?lang=" + lang)
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (json) {
        if (!json || topics.children.length) return;
        json.topics.forEach(function (t) {
          topics.appendChild(h("li", null, [h("button", { type: "button", "class": "chip", "data-section": t.id }, [t.title])]));
        });
      })
      .catch(function () {});
  }

  return { strings: T, send: send, loadTopics: loadTopics, focus: function () { input.focus(); } };
}
`;
