// Stylesheets, served from this origin (the CSP allows no inline style). System fonts only.
// WIDGET_CSS is shared by the page and the embed's shadow root.

const TOKENS = `
  --ink: #1b1f24; --muted: #4b5563; --line: #d0d7de; --bg: #ffffff; --soft: #f3f6f9;
  --accent: #0b5cad; --accent-ink: #ffffff; --accent-2: #7c3aed; --cut: #c2410c; --focus: #b45309;
  --mark: #fff3bf; --radius: 10px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  /* Monospace for code boxes that hold Vietnamese. Debian's default monospace, DejaVu Sans Mono (and
     Menlo, derived from it), lacks the letters with two marks (ế, ố, ỗ) and draws them from parts,
     the accent detached ("Huê´"). So: monospace faces with Vietnamese first; then, before the
     generic monospace, DejaVu Sans, whose whole letters fill in what a face lacks (Liberation Mono
     1.x, which Debian's Chromium brings, has no ư, ả, ế…). */
  --mono: "Noto Sans Mono", "Liberation Mono", ui-monospace, "SF Mono", "SFMono-Regular", Consolas, "Courier New", "DejaVu Sans", "Noto Sans", monospace;
  font-size: 16px; line-height: 1.5; color: var(--ink);
`;

export const WIDGET_CSS = `
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.chat :focus-visible, .chat a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.chat .topics h2, .chat .topics h3 { font-size: 1rem; margin: 0 0 .25rem; }
.chat .hint { margin: 0 0 .5rem; color: var(--muted); font-size: .95rem; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: .25rem 0 .75rem; }
.chip { font: inherit; font-size: .95rem; line-height: 1.3; text-align: left; padding: .45rem .8rem; min-height: 44px; border: 1px solid var(--accent); border-radius: 999px; background: var(--bg); color: var(--accent); cursor: pointer; }
.chip:hover { background: var(--soft); }
.log { list-style: none; padding: 0; margin: 1rem 0; display: flex; flex-direction: column; gap: .75rem; }
.msg { padding: .75rem 1rem; border-radius: var(--radius); max-width: 100%; overflow-wrap: anywhere; }
.msg p { margin: 0 0 .5rem; }
.msg p:last-child { margin-bottom: 0; }
.msg.user { align-self: flex-end; background: var(--accent); color: var(--accent-ink); max-width: 85%; }
.msg.bot { align-self: stretch; background: var(--soft); border: 1px solid var(--line); }
.msg.error { border-color: var(--cut); background: #fff7ed; }
.figure { background: var(--mark); padding: 0 .2em; border-radius: 4px; font-weight: 700; }
.more { font-weight: 600; }
details.cite { margin: .5rem 0; font-size: .95rem; }
details.cite summary { cursor: pointer; color: var(--accent); min-height: 32px; }
details.cite blockquote { margin: .5rem 0; padding: .25rem 0 .25rem .75rem; border-left: 4px solid var(--accent); font-style: italic; }
.cite-doc { color: var(--muted); font-size: .9rem; }
.cite-doc a { color: var(--accent); }
.status { min-height: 1.5em; margin: 0; color: var(--muted); }
.ask label { display: block; font-weight: 600; margin-bottom: .25rem; }
.ask-head { display: flex; align-items: center; justify-content: space-between; gap: .5rem; }
.ask button.new { font-size: .9rem; padding: .3rem .8rem; margin-bottom: .25rem; background: var(--bg); color: var(--accent); border: 1px solid var(--accent); }
.msg.note { align-self: center; padding: .25rem .75rem; color: var(--muted); font-size: .9rem; border-top: 1px dashed var(--line); border-radius: 0; }
.approx { color: var(--muted); }
.chat .topics .topics-report { font-size: .9rem; font-weight: 600; color: var(--muted); margin: .25rem 0 0; }
.ask-row { display: flex; gap: .5rem; }
.ask input { flex: 1; min-width: 0; font: inherit; padding: .6rem .75rem; min-height: 44px; border: 2px solid var(--muted); border-radius: 8px; background: var(--bg); color: var(--ink); }
.ask button { font: inherit; font-weight: 600; padding: .6rem 1.1rem; min-height: 44px; border: 0; border-radius: 8px; background: var(--accent); color: var(--accent-ink); cursor: pointer; }
.ask button:disabled { opacity: .6; cursor: progress; }
.rate { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin-top: .5rem; font-size: .95rem; }
.rate-q, .rate-note, .handoff-note { color: var(--muted); }
.rate-buttons { display: inline-flex; gap: .5rem; }
.vote, .handoff button { font: inherit; font-size: .95rem; padding: .35rem .8rem; min-height: 44px; border: 1px solid var(--accent); border-radius: 8px; background: var(--bg); color: var(--accent); cursor: pointer; }
.vote[aria-pressed="true"] { background: var(--accent); color: var(--accent-ink); font-weight: 700; }
.handoff { margin-top: .75rem; padding-top: .5rem; border-top: 1px dashed var(--line); }
.handoff-q, .handoff-sent { font-weight: 600; }
.handoff-actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .5rem; }
.handoff button.yes { background: var(--accent); color: var(--accent-ink); font-weight: 600; }
.handoff button:disabled { opacity: .6; cursor: progress; }
.msg.official { align-self: stretch; background: #f0fdf4; border: 1px solid #15803d; border-left-width: 6px; }
.official-head { font-weight: 700; color: #14532d; }
.official-q { margin: 0 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); }
.official-text { white-space: pre-wrap; }
`;

export const SITE_CSS = `
:root { ${TOKENS} }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: .5rem; top: -3rem; padding: .5rem .75rem; background: var(--bg); border: 2px solid var(--accent); z-index: 10; }
.skip:focus { top: .5rem; }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header.site .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
header.site nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
header.site nav a { padding: .5rem .25rem; min-height: 44px; display: inline-flex; align-items: center; }
header.site nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; }
.lead { color: var(--muted); }
.notice { padding: .75rem; border: 1px solid var(--cut); border-radius: 8px; }
footer.site { max-width: 52rem; margin: 2rem auto 0; padding: 1rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
.toc ol { columns: 2 16rem; padding-left: 1.25rem; }
.toc-count { color: var(--muted); font-size: .9rem; }
/* The chat page's question box stays on screen (phones included); the script keeps the newest message above it. */
.chat > form.ask { position: sticky; bottom: 0; z-index: 5; background: var(--bg); margin: 0 -1rem; padding: .5rem 1rem .75rem; border-top: 1px solid var(--line); }
/* The explore view's search bar stays at the top; sections land below it. */
.finder { position: sticky; top: 0; z-index: 5; background: var(--bg); margin: 1rem -1rem 0; padding: .5rem 1rem; border-bottom: 1px solid var(--line); }
.finder-row { display: flex; gap: .5rem; align-items: center; }
.finder label { font-weight: 600; white-space: nowrap; }
.finder input { flex: 1; min-width: 0; font: inherit; padding: .5rem .75rem; min-height: 44px; border: 2px solid var(--muted); border-radius: 8px; background: var(--bg); color: var(--ink); }
.finder button { font: inherit; font-weight: 600; padding: .5rem 1rem; min-height: 44px; border: 0; border-radius: 8px; background: var(--accent); color: var(--accent-ink); cursor: pointer; }
.finder-foot { display: flex; gap: .25rem 1rem; margin: .25rem 0 0; font-size: .9rem; color: var(--muted); }
.finder-foot a { margin-left: auto; white-space: nowrap; padding: .25rem 0; }
.report, .area, #toc-h { scroll-margin-top: 7rem; }
.report { margin-top: 2rem; }
.report-h { display: flex; flex-direction: column; gap: .1rem; font-size: 1.45rem; margin: 0 0 .5rem; }
.report-cite { font-size: .95rem; font-weight: 400; color: var(--muted); }
.toc-report-h { margin: .5rem 0 .25rem; font-weight: 600; }
.area { border-top: 1px solid var(--line); padding-top: .5rem; margin-top: 1.5rem; }
.area h3 { font-size: 1.3rem; margin: .75rem 0 .5rem; }
.area h4 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
.chart { margin: 0; padding: .75rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--bg); }
.chart figcaption { display: flex; flex-direction: column; margin-bottom: .5rem; }
.chart-title { font-weight: 700; }
.chart-figures { font-size: 1.05rem; }
.chart-svg { width: 100%; max-width: 30rem; height: auto; display: block; font-size: 13px; }
.chart-svg .track { fill: #e5e7eb; }
.chart-svg .fill { fill: var(--accent); }
.chart-svg .fill.alt { fill: var(--accent-2); }
.chart-svg .cut { fill: var(--cut); }
.chart-svg .ref { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 4 3; }
.chart-svg text { fill: var(--ink); }
.chart-svg .v { font-weight: 700; }
.chart-svg .on-bar { fill: #ffffff; }
.chart-svg .note { fill: var(--muted); font-size: 12px; }
.facts { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.fact { padding: .75rem; border: 1px solid var(--line); border-radius: var(--radius); }
.fact p { margin: 0 0 .25rem; }
.fact-label { font-weight: 600; }
.fact-scope { color: var(--muted); }
.docs-op { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; margin: 1rem 0; }
.docs-op h2 { font-size: 1.1rem; margin: 0 0 .25rem; font-family: var(--mono); overflow-wrap: anywhere; }
.docs-op .method { display: inline-block; min-width: 3.5rem; font-weight: 700; color: var(--accent); }
.docs-field { margin: .5rem 0; }
.docs-field label { display: block; font-weight: 600; }
.docs-field input, .docs-field textarea, .docs-field select { width: 100%; font: inherit; padding: .5rem; border: 2px solid var(--muted); border-radius: 8px; }
.docs-field textarea { font-family: var(--mono); min-height: 6rem; }
.docs-send { font: inherit; font-weight: 600; padding: .5rem 1rem; min-height: 44px; border: 0; border-radius: 8px; background: var(--accent); color: var(--accent-ink); cursor: pointer; }
.docs-out, .docs-op code { font-family: var(--mono); }
.docs-out { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: .75rem; overflow: auto; max-height: 24rem; font-size: .85rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.docs-out:empty { display: none; }
@media (max-width: 480px) {
  h1 { font-size: 1.35rem; }
  main { padding: .75rem; }
  .chat > form.ask { margin: 0 -.75rem; padding: .4rem .75rem .6rem; }
  .chat > form.ask label { font-size: .9rem; margin-bottom: .15rem; }
  .finder { margin: .75rem -.75rem 0; padding: .4rem .75rem; }
  .finder label { font-size: .95rem; }
  .topics .chips { flex-wrap: nowrap; overflow-x: auto; padding-bottom: .25rem; }
  .topics .chip { white-space: nowrap; }
}
${WIDGET_CSS}
`;

export const EMBED_CSS = `
:host { all: initial; ${TOKENS} }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.bubble { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000; display: inline-flex; align-items: center; gap: .5rem; font: inherit; font-weight: 600; padding: .75rem 1rem; min-height: 48px; border: 0; border-radius: 999px; background: var(--accent); color: var(--accent-ink); box-shadow: 0 4px 14px rgba(0,0,0,.25); cursor: pointer; }
.bubble svg { width: 22px; height: 22px; fill: currentColor; }
.bubble:focus-visible, .close:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; }
.panel { position: fixed; right: 1rem; bottom: 5rem; z-index: 2147483000; width: min(26rem, calc(100vw - 2rem)); max-height: min(40rem, calc(100vh - 6.5rem)); display: flex; flex-direction: column; background: var(--bg); border: 1px solid var(--line); border-radius: 14px; box-shadow: 0 12px 32px rgba(0,0,0,.25); overflow: hidden; }
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: .5rem; padding: .5rem .75rem; background: var(--accent); color: var(--accent-ink); }
.panel-head h2 { font-size: 1rem; margin: 0; }
.close { font: inherit; font-size: 1.5rem; line-height: 1; width: 44px; height: 44px; border: 0; border-radius: 8px; background: transparent; color: inherit; cursor: pointer; }
.panel .chat { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.panel .scroll { flex: 1; min-height: 0; overflow-y: auto; padding: .75rem .75rem 0; }
.panel .topics .chips { flex-wrap: nowrap; overflow-x: auto; padding-bottom: .25rem; }
.panel .topics .chip { white-space: nowrap; }
.panel .log { margin: .5rem 0; }
.panel form.ask { padding: .5rem .75rem .75rem; border-top: 1px solid var(--line); }
@media (max-width: 480px) {
  .panel { right: .5rem; left: .5rem; width: auto; bottom: 4.5rem; max-height: calc(100vh - 5.5rem); }
  .bubble { right: .5rem; bottom: .5rem; }
}
${WIDGET_CSS}
`;

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><path d="M7 8h18a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H13l-6 4v-4a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z" fill="#fff"/></svg>`;
