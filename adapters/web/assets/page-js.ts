// /static/chat.js: the widget bound to the page's server-rendered markup.
import { WIDGET_JS } from "./widget-js.ts";

export const PAGE_JS = `(function () {
"use strict";
${WIDGET_JS}
var root = document.querySelector("[data-chat]");
if (root) createChat(root, { endpoint: "/chat", lang: root.getAttribute("data-lang") });
})();
`;
