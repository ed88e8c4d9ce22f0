// The chat widget shared by the page (/static/chat.js) and the embed (/embed.js): plain ES2017 in
// a string, served as a classic script (the embed snippet is a plain <script defer>). Text only
// goes in through textContent and attributes, never innerHTML. Written without template literals
// so it can live inside String.raw.
//
// The conversation: each answer's "context" is kept in memory (never in storage) and sent with the
// next typed question, so "còn cấp huyện thì sao?" continues it; "Câu hỏi mới" forgets it.
// An answer with figures gets 👍/👎 (POST /chat/feedback with the answer's random id). A declined
// question, when the server offers it, can be sent to an official (POST /chat/handoff); the page
// then polls GET /chat/handoff/<code> with its own random token, kept in memory like the context,
// and shows the official's answer in the conversation.
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
    newQuestion: "Câu hỏi mới", newNote: "Câu hỏi mới: câu tiếp theo được hiểu riêng, không nối với câu trước.",
    rate: "Câu trả lời này đúng không?", up: "Đúng", down: "Sai", thanks: "Cảm ơn bạn đã góp ý!",
    voteFailed: "Chưa ghi nhận được góp ý. Hãy thử lại.",
    offer: "Gửi câu hỏi này cho cán bộ?", offerYes: "Có, gửi", offerNo: "Không", sending: "Đang gửi…",
    sent: "Đã gửi. Mã hỏi đáp: #{code}",
    waiting: "Câu trả lời của cán bộ sẽ hiện trong cuộc trò chuyện này. Hãy giữ trang mở: đóng trang là không nhận được nữa.",
    limit: "Bạn đang có {n} câu hỏi chờ cán bộ trả lời. Bạn vui lòng chờ câu trả lời trước khi gửi thêm.",
    handoffFailed: "Chưa gửi được câu hỏi cho cán bộ. Bạn thử lại sau ít phút.",
    official: "Cán bộ trả lời câu hỏi #{code} của bạn:", answered: "Cán bộ đã trả lời (xem bên dưới).",
    paused: "Chưa có câu trả lời cho câu hỏi #{code}; trang đã ngừng tự kiểm tra.", checkAgain: "Kiểm tra lại",
    gone: "Không còn theo dõi được câu hỏi #{code}: mã đã hết hạn hoặc không còn."
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
    newQuestion: "New question", newNote: "New question: the next one is read on its own, not as a follow-up.",
    rate: "Was this answer right?", up: "Right", down: "Wrong", thanks: "Thank you for your feedback!",
    voteFailed: "Your feedback was not recorded. Please try again.",
    offer: "Send this question to an official?", offerYes: "Yes, send it", offerNo: "No", sending: "Sending…",
    sent: "Sent. Case code: #{code}",
    waiting: "The official's answer will appear in this conversation. Keep this page open: once it is closed the answer cannot reach you.",
    limit: "You have {n} questions waiting for an official's answer. Please wait for an answer before sending more.",
    handoffFailed: "The question could not be sent to an official yet. Please try again in a few minutes.",
    official: "An official answered your question #{code}:", answered: "An official has answered (see below).",
    paused: "No answer yet to question #{code}; the page has stopped checking.", checkAgain: "Check again",
    gone: "Question #{code} can no longer be followed: its code has expired or is gone."
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
  // This page's own token for its handoff cases: random, in memory only (no cookie, no storage).
  var pageToken = "";
  var ids = 0;

  function nextId(kind) { ids++; return "cchc-" + kind + "-" + ids; }

  function token() {
    if (!pageToken) {
      var bytes = new Uint8Array(32);
      crypto.getRandomValues(bytes);
      pageToken = btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }
    return pageToken;
  }

  // A JSON call to the chat endpoints: {ok, status, json, res}; rejects only when offline.
  function call(method, path, body, withToken) {
    var headers = {};
    if (body) headers["content-type"] = "application/json";
    if (withToken) headers.authorization = "Bearer " + token();
    return fetch(endpoint + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store" })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (json) { return { ok: res.ok, status: res.status, json: json, res: res }; });
      });
  }

  function tooMany(res) { return T.tooMany.replace("{s}", res.headers.get("retry-after") || "60"); }

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

  // 👍/👎 under an answer with figures. A second click changes the vote (the server keeps the last).
  function rating(ref) {
    var label = nextId("rate");
    var note = h("span", { "class": "rate-note" });
    var pending = false;
    var buttons = ["up", "down"].map(function (vote) {
      return h("button", { type: "button", "class": "vote", "data-vote": vote, "aria-pressed": "false", lang: lang }, [
        h("span", { "aria-hidden": "true" }, [vote === "up" ? "👍" : "👎"]), " " + (vote === "up" ? T.up : T.down)
      ]);
    });
    buttons.forEach(function (b) {
      b.addEventListener("click", function () {
        if (pending) return;
        pending = true;
        note.textContent = "";
        call("POST", "/feedback", { ref: ref, vote: b.getAttribute("data-vote") }, false)
          .then(function (r) {
            if (r.ok) {
              buttons.forEach(function (x) { x.setAttribute("aria-pressed", x === b ? "true" : "false"); });
              note.textContent = T.thanks;
            } else note.textContent = r.status === 429 ? tooMany(r.res) : T.voteFailed;
          }, function () { note.textContent = T.offline; })
          .then(function () { pending = false; });
      });
    });
    return h("div", { "class": "rate", role: "group", "aria-labelledby": label, lang: lang }, [
      h("span", { id: label, "class": "rate-q" }, [T.rate]), h("span", { "class": "rate-buttons" }, buttons), note
    ]);
  }

  // "Gửi câu hỏi này cho cán bộ?" under a declined question the server offered to hand on.
  function handoffOffer(a, question) {
    var label = nextId("handoff");
    var yes = h("button", { type: "button", "class": "yes" }, [T.offerYes]);
    var no = h("button", { type: "button", "class": "no" }, [T.offerNo]);
    var note = h("p", { "class": "handoff-note" });
    var box = h("div", { "class": "handoff", role: "group", "aria-labelledby": label, lang: lang }, [
      h("p", { id: label, "class": "handoff-q" }, [T.offer]), h("div", { "class": "handoff-actions" }, [yes, no]), note
    ]);
    no.addEventListener("click", function () {
      box.parentNode.removeChild(box);
      input.focus();
    });
    yes.addEventListener("click", function () {
      if (yes.disabled) return;
      yes.disabled = no.disabled = true;
      note.textContent = T.sending;
      call("POST", "/handoff", { question: question, lang: a.lang, offer: a.handoff }, true).then(function (r) {
        var json = r.json || {};
        if (r.ok && json.status === "opened") {
          box.textContent = "";
          box.appendChild(h("p", { "class": "handoff-sent" }, [T.sent.replace("{code}", json.code)]));
          var state = h("p", { "class": "handoff-note" }, [T.waiting]);
          box.appendChild(state);
          input.focus();
          return follow(json.code, state, a.lang);
        }
        yes.disabled = no.disabled = false;
        if (r.ok && json.status === "limit") note.textContent = T.limit.replace("{n}", String(json.open));
        else note.textContent = r.status === 429 ? tooMany(r.res) : T.handoffFailed;
      }, function () {
        yes.disabled = no.disabled = false;
        note.textContent = T.offline;
      });
    });
    return box;
  }

  // Polls the case until the official's answer is there: every 15 s at first, then less often,
  // only while the page is visible, for POLL_FOR_MS; after that a button checks again.
  var POLL_SECONDS = [15, 15, 15, 20, 30, 45, 60];
  var POLL_FOR_MS = 30 * 60 * 1000;

  function follow(code, state, questionLang) {
    var polls = 0, until = Date.now() + POLL_FOR_MS, timer = null, inFlight = false, done = false;
    function stop() {
      done = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    }
    function schedule() {
      if (done || document.hidden || timer) return;
      if (Date.now() >= until) return paused();
      timer = setTimeout(function () { timer = null; check(); }, POLL_SECONDS[Math.min(polls, POLL_SECONDS.length - 1)] * 1000);
    }
    function check() {
      if (done || inFlight) return;
      inFlight = true;
      polls++;
      call("GET", "/handoff/" + encodeURIComponent(code), null, true).then(function (r) {
        inFlight = false;
        if (r.ok && r.json && r.json.status === "answered") return answered(r.json);
        if (r.status === 404) {
          stop();
          state.textContent = T.gone.replace("{code}", code);
          return;
        }
        schedule();
      }, function () { inFlight = false; schedule(); });
    }
    function onVisibility() {
      if (document.hidden) { clearTimeout(timer); timer = null; }
      else check();
    }
    function paused() {
      stop();
      var again = h("button", { type: "button", "class": "again" }, [T.checkAgain]);
      state.textContent = T.paused.replace("{code}", code) + " ";
      state.appendChild(again);
      again.addEventListener("click", function () {
        state.textContent = T.waiting;
        input.focus();
        follow(code, state, questionLang);
      });
    }
    function answered(c) {
      stop();
      state.textContent = T.answered;
      add(h("li", { "class": "msg official", "data-case": code, lang: lang }, [
        h("p", { "class": "official-head" }, [T.official.replace("{code}", code)]),
        h("blockquote", { "class": "official-q", lang: questionLang }, ["“" + c.question + "”"]),
        h("p", { "class": "official-text" }, [c.answer])
      ]));
    }
    document.addEventListener("visibilitychange", onVisibility);
    schedule();
  }

  function answerItem(a, question) {
    var kids = [h("span", { "class": "sr-only" }, [T.bot + ": "])];
    if (a.answered) {
      if (a.lead) kids.push(h("p", { "class": "lead" }, [a.lead]));
      a.highlights.forEach(function (hl) { kids.push(sentence(hl, a)); });
      if (a.note) kids.push(h("p", { "class": "more" }, [a.note]));
      a.citations.forEach(function (c) { kids.push(citation(c)); });
      if (a.suggestions.length) kids.push(h("p", { "class": "more" }, [T.mayMean]), suggestionChips(a));
      if (typeof a.feedback === "string") kids.push(rating(a.feedback));
    } else {
      kids.push(h("p", null, [a.text.split("\n")[0]]));
      if (a.suggestions.length) kids.push(h("p", { "class": "more" }, [T.canAsk]), suggestionChips(a));
      if (typeof a.handoff === "string") kids.push(handoffOffer(a, question));
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
            return add(answerItem(json, body.question));
          }
          if (res.status === 429) return fail(tooMany(res));
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
