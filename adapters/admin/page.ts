// The admin page: the same data as the JSON, as plain tables, with a filter form (GET to this page).
// No script at all; the one style block is allowed by its hash in the page's
// Content-Security-Policy. Every value goes through hono/html's escaping (questions are user text).
import { html, raw } from "hono/html";
import { emptyRow, loopSections, undeliveredSection } from "./page-loop.ts";
import { CHANNELS, type AdminQuery } from "./query.ts";
import type { AdminStats } from "./stats.ts";

export const ADMIN_CSS = `
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.t{white-space:nowrap}
nav a{margin-right:.8rem}.muted{color:#666}
form{margin:.8rem 0}form label{margin-right:.8rem}
`;

const pct = (rate: number) => `${(rate * 100).toFixed(1).replace(".", ",")}%`;
const CHANNEL_NAMES: Record<string, string> = { api: "API", web: "Trang web", telegram: "Telegram", zalo: "Zalo" };
const channelName = (c: string) => CHANNEL_NAMES[c] ?? c;

/** "?days=7&channel=zalo": the current filters with some changed (undefined drops one). */
function link(q: AdminQuery, change: Partial<Record<keyof AdminQuery | "format", string | number | undefined>>) {
  const all: Record<string, string | number | undefined> = { days: q.days, from: q.from, to: q.to, channel: q.channel, limit: q.limit === 20 ? undefined : q.limit, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== undefined) params.set(k, String(v));
  return `?${params}`;
}

function filterForm(s: AdminStats, q: AdminQuery) {
  return html`<form method="get">
<label>Kênh <select name="channel"><option value="">Tất cả</option>${CHANNELS.map((c) => html`<option value="${c}"${c === q.channel ? raw(" selected") : ""}>${channelName(c)}</option>`)}</select></label>
<label>Từ ngày <input type="date" name="from" value="${q.from ?? ""}"></label>
<label>Đến ngày <input type="date" name="to" value="${q.to ?? ""}"></label>
<input type="hidden" name="days" value="${q.days}">
<button type="submit">Lọc</button>
</form>
<nav>Khoảng thời gian: ${[1, 7, 30, 180].map((d) => html`<a href="${link(q, { days: d, from: undefined, to: undefined })}">${d} ngày</a>`)}
· Tải về: <a href="${link(q, { format: "csv" })}">CSV</a><a href="${link(q, { format: "json" })}">JSON</a></nav>
<p class="muted">Từ ${s.window.from.slice(0, 10)} đến ${s.window.to.slice(0, 10)} (${s.window.days} ngày, giờ UTC), ${s.channel ? html`kênh ${channelName(s.channel)}` : "mọi kênh"}.
Tổng: ${s.totals.questions} câu hỏi, trả lời được ${s.totals.answered} (${pct(s.totals.rate)}).</p>`;
}

export function adminPage(s: AdminStats, q: AdminQuery) {
  const channels = [...new Set(s.byDay.flatMap((d) => Object.keys(d.channels)))].sort();
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Câu hỏi của người dân: thống kê</title>
<style>${raw(ADMIN_CSS)}</style>
</head>
<body>
<h1>Câu hỏi của người dân: thống kê</h1>
${filterForm(s, q)}
<nav>Mục: <a href="#declined">Chưa trả lời được</a><a href="#downvoted">Bị đánh giá 👎</a><a href="#most-asked">Hỏi nhiều nhất</a><a href="#undelivered">Không gửi được</a></nav>
${loopSections(s)}
<h2>Số liệu được hỏi nhiều nhất</h2>
<table>
<thead><tr><th class="n">Số lần</th><th>Số liệu</th><th>Mã</th></tr></thead>
<tbody>${s.topFacts.length
    ? s.topFacts.map((f) => html`<tr><td class="n">${f.count}</td><td>${f.label ?? "(số liệu tính ra, hoặc không còn trong cơ sở tri thức)"}</td><td class="muted">${f.id}</td></tr>`)
    : emptyRow(3)}</tbody>
</table>
${undeliveredSection(s)}
<h2>Tỉ lệ trả lời theo kênh</h2>
<table>
<thead><tr><th>Kênh</th><th class="n">Câu hỏi</th><th class="n">Trả lời được</th><th class="n">Tỉ lệ</th><th class="n">Người hỏi</th><th class="n">Thời gian TB (ms)</th></tr></thead>
<tbody>${s.byChannel.length
    ? s.byChannel.map(
        (c) => html`<tr><td>${channelName(c.channel)}</td><td class="n">${c.questions}</td><td class="n">${c.answered}</td><td class="n">${pct(c.rate)}</td><td class="n">${c.users}</td><td class="n">${c.avgLatencyMs}</td></tr>`,
      )
    : emptyRow(6)}</tbody>
</table>

<h2>Tỉ lệ trả lời theo ngày</h2>
<table>
<thead><tr><th>Ngày</th><th class="n">Câu hỏi</th><th class="n">Tỉ lệ</th>${channels.map((c) => html`<th class="n">${channelName(c)}</th>`)}</tr></thead>
<tbody>${s.byDay.length
    ? s.byDay.map(
        (d) =>
          html`<tr><td>${d.day}</td><td class="n">${d.questions}</td><td class="n">${pct(d.rate)}</td>${channels.map((c) => {
            const x = d.channels[c];
            return html`<td class="n">${x ? `${x.answered}/${x.questions}` : "–"}</td>`;
          })}</tr>`,
      )
    : emptyRow(3 + channels.length)}</tbody>
</table>
</body>
</html>
`;
}
