// /embed.js: `<script src="https://<host>/embed.js" defer></script>` adds a chat bubble to any page.
// Everything lives in a shadow root (the host page's CSS cannot reach it, ours cannot leak out),
// styled by /static/embed.css from the same host, and talks to <host>/chat/* across origins (the
// page's origin must be in ALLOWED_ORIGINS). Options on the script tag: data-lang="vi|en".
import { WIDGET_JS } from "./widget-js.ts";

const BOOT = String.raw`
var script = document.currentScript;
if (script && !window.__cchcEmbed) {
  window.__cchcEmbed = true;
  var base = new URL(script.src, location.href).origin;
  var lang = script.getAttribute("data-lang") || (/^en/i.test(document.documentElement.lang || "") ? "en" : "vi");
  if (lang !== "en") lang = "vi";
  var T = STRINGS[lang];

  var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  var path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z");
  svg.appendChild(path);

  var bubble = h("button", { type: "button", "class": "bubble", "aria-expanded": "false", "aria-controls": "cchc-panel", hidden: true }, [svg, h("span", null, [T.open])]);
  var close = h("button", { type: "button", "class": "close", "aria-label": T.close }, ["×"]);
  var widget = h("div", { "class": "chat" }, [
    h("div", { "class": "scroll" }, [
      h("section", { "class": "topics", "aria-labelledby": "cchc-topics" }, [
        h("h3", { id: "cchc-topics" }, [T.topics]),
        h("ul", { "class": "chips", "data-topics": "" })
      ]),
      h("ol", { "class": "log", "data-log": "", "aria-live": "polite", "aria-label": T.conversation }),
      h("p", { "class": "status", "data-status": "", role: "status" })
    ]),
    h("form", { "class": "ask", "data-form": "" }, [
      h("div", { "class": "ask-head" }, [
        h("label", { "for": "cchc-q" }, [T.label]),
        h("button", { type: "button", "class": "new", "data-new": "", hidden: true }, [T.newQuestion])
      ]),
      h("div", { "class": "ask-row" }, [
        h("input", { id: "cchc-q", type: "text", maxlength: "1000", autocomplete: "off", required: true, placeholder: T.placeholder, "data-input": "" }),
        h("button", { type: "submit", "data-submit": "" }, [T.ask])
      ])
    ])
  ]);
  var panel = h("div", { id: "cchc-panel", "class": "panel", role: "dialog", "aria-labelledby": "cchc-title", lang: lang, hidden: true }, [
    h("div", { "class": "panel-head" }, [h("h2", { id: "cchc-title" }, [T.title]), close]),
    widget
  ]);
  var css = h("link", { rel: "stylesheet", href: base + "/static/embed.css" });
  var host = h("div", { "data-cchc-embed": "" });
  var shadow = host.attachShadow({ mode: "open" });
  shadow.appendChild(css);
  shadow.appendChild(panel);
  shadow.appendChild(bubble);
  // Shown once its stylesheet is in: an unstyled bubble never flashes on the host page.
  css.addEventListener("load", function () { bubble.hidden = false; });
  css.addEventListener("error", function () { console.warn("cchc embed: " + base + "/static/embed.css did not load (Content-Security-Policy style-src?)"); });

  var chat = createChat(widget, { endpoint: base + "/chat", lang: lang });
  function open() {
    panel.hidden = false;
    bubble.setAttribute("aria-expanded", "true");
    chat.loadTopics();
    chat.focus();
  }
  function shut() {
    panel.hidden = true;
    bubble.setAttribute("aria-expanded", "false");
    bubble.focus();
  }
  bubble.addEventListener("click", function () { if (panel.hidden) open(); else shut(); });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { e.stopPropagation(); shut(); } });
  (document.body || document.documentElement).appendChild(host);
}
`;

export const EMBED_JS = `(function () {
"use strict";
${WIDGET_JS}
${BOOT}
})();
`;
