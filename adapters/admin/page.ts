// The admin page: the same data as the JSON, as plain tables. No script at all; the one style
// block is allowed by its hash in the page's Content-Security-Policy. Every value goes through
// hono/html's escaping (questions are user text).
import { html, raw } from "hono/html";
import type { AdminStats } from "./stats.ts";

export const ADMIN_CSS = `
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
nav a{margin-right:.8rem}.muted{color:#666}
`;

const pct = (rate: number) => `${(rate * 100).toFixed(1).replace(".", ",")}%`;
const CHANNEL_NAMES: Record<string, string> = { api: "API", web: "Trang web", telegram: "Telegram", zalo: "Zalo" };
const channelName = (c: string) => CHANNEL_NAMES[c] ?? c;

function empty(cols: number, text = "Chưa có câu hỏi nào trong khoảng thời gian này.") {
  return html`<tr><td colspan="${cols}" class="muted">${text}</td></tr>`;
}

export function adminPage(s: AdminStats) {
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
<p class="muted">Từ ${s.window.from.slice(0, 10)} đến ${s.window.to.slice(0, 10)} (${s.window.days} ngày, giờ UTC).
Tổng: ${s.totals.questions} câu hỏi, trả lời được ${s.totals.answered} (${pct(s.totals.rate)}).</p>
<nav>Khoảng thời gian: <a href="?days=1">1 ngày</a><a href="?days=7">7 ngày</a><a href="?days=30">30 ngày</a><a href="?days=180">180 ngày</a>
· <a href="?days=${s.window.days}&amp;format=json">JSON</a></nav>

<h2>Tỉ lệ trả lời theo kênh</h2>
<table>
<thead><tr><th>Kênh</th><th class="n">Câu hỏi</th><th class="n">Trả lời được</th><th class="n">Tỉ lệ</th><th class="n">Người hỏi</th><th class="n">Thời gian TB (ms)</th></tr></thead>
<tbody>${s.byChannel.length
    ? s.byChannel.map(
        (c) => html`<tr><td>${channelName(c.channel)}</td><td class="n">${c.questions}</td><td class="n">${c.answered}</td><td class="n">${pct(c.rate)}</td><td class="n">${c.users}</td><td class="n">${c.avgLatencyMs}</td></tr>`,
      )
    : empty(6)}</tbody>
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
    : empty(3 + channels.length)}</tbody>
</table>

<h2>Câu hỏi chưa trả lời được, nhiều nhất</h2>
<p class="muted">Gộp theo cách viết chuẩn hoá (không dấu, chữ thường): đây là những gì cơ sở tri thức còn thiếu.</p>
<table>
<thead><tr><th class="n">Số lần</th><th>Câu hỏi (lần hỏi gần nhất)</th><th>Dạng chuẩn hoá</th><th>Lần cuối</th></tr></thead>
<tbody>${s.unanswered.length
    ? s.unanswered.map((u) => html`<tr><td class="n">${u.count}</td><td>${u.example}</td><td class="muted">${u.key}</td><td>${u.lastAskedAt.slice(0, 16).replace("T", " ")}</td></tr>`)
    : empty(4, "Không có câu hỏi nào chưa trả lời được.")}</tbody>
</table>

<h2>Số liệu được hỏi nhiều nhất</h2>
<table>
<thead><tr><th class="n">Số lần</th><th>Số liệu</th><th>Mã</th></tr></thead>
<tbody>${s.topFacts.length
    ? s.topFacts.map((f) => html`<tr><td class="n">${f.count}</td><td>${f.label ?? "(không còn trong cơ sở tri thức)"}</td><td class="muted">${f.id}</td></tr>`)
    : empty(3)}</tbody>
</table>
</body>
</html>
`;
}
