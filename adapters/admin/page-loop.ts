// The operator's loop as tables on the admin page (data: loop.ts). Every value goes through
// hono/html's escaping: questions are user text.
import { html } from "hono/html";
import type { AdminStats } from "./stats.ts";

type NearFact = AdminStats["declined"][number]["facts"][number];

/** "2025-06-15 12:00" (UTC) of an ISO time. */
export const minute = (iso: string) => iso.slice(0, 16).replace("T", " ");

export function emptyRow(cols: number, text = "Chưa có câu hỏi nào trong khoảng thời gian này.") {
  return html`<tr><td colspan="${cols}" class="muted">${text}</td></tr>`;
}

function factList(facts: NearFact[], none: string) {
  if (!facts.length) return html`<span class="muted">${none}</span>`;
  return facts.map((f, i) => html`${i ? html`<br>` : ""}${f.label ?? "(số liệu tính ra, hoặc không còn trong cơ sở tri thức)"} <span class="muted">${f.id}</span>`);
}

// Operations of a computed answer (the core's derived.op), as the staff read them.
const OPS: Record<string, string> = { sum: "tổng", difference: "hiệu", ratio: "tỉ lệ", completion: "tỉ lệ hoàn thành", remaining: "còn lại", previous: "năm trước", others: "phần còn lại", multiple: "số lần" };
const opName = (op: string | null) => (op === null ? "" : Object.hasOwn(OPS, op) ? `${OPS[op]} (${op})` : op);

export function loopSections(s: AdminStats) {
  return html`
<h2 id="declined">Câu hỏi chưa trả lời được (mới nhất trước)</h2>
<p class="muted">Gộp theo cách viết chuẩn hoá (không dấu, chữ thường): đây là những gì cơ sở tri thức còn thiếu. Cột cuối: các số liệu trợ lý đã gợi ý, gần nhất với câu hỏi.</p>
<table>
<thead><tr><th>Lần cuối</th><th class="n">Số lần</th><th>Câu hỏi (lần hỏi gần nhất)</th><th>Dạng chuẩn hoá</th><th>Số liệu gần nhất</th></tr></thead>
<tbody>${s.declined.length
    ? s.declined.map(
        (g) => html`<tr><td class="t">${minute(g.lastAskedAt)}</td><td class="n">${g.count}</td><td>${g.example}</td><td class="muted">${g.key}</td><td>${factList(g.facts, "không có gợi ý")}</td></tr>`,
      )
    : emptyRow(5, "Không có câu hỏi nào chưa trả lời được.")}</tbody>
</table>

<h2 id="downvoted">Câu trả lời bị đánh giá 👎 (mới nhất trước)</h2>
<p class="muted">Người dùng bấm 👎 (Telegram, trang web) hoặc trả lời “sai” (Zalo): số liệu đã đưa ra có thể sai, thiếu hoặc không đúng ý câu hỏi.</p>
<table>
<thead><tr><th>Lần cuối</th><th class="n">Số 👎</th><th>Câu hỏi (lần hỏi gần nhất)</th><th>Dạng chuẩn hoá</th><th>Số liệu đã trả lời</th><th>Phép tính</th></tr></thead>
<tbody>${s.downvoted.length
    ? s.downvoted.map(
        (g) =>
          html`<tr><td class="t">${minute(g.lastVotedAt)}</td><td class="n">${g.count}</td><td>${g.example}</td><td class="muted">${g.key}</td><td>${factList(g.facts, "–")}</td><td>${opName(g.op)}</td></tr>`,
      )
    : emptyRow(6, "Không có đánh giá 👎 nào trong khoảng thời gian này.")}</tbody>
</table>

<h2 id="most-asked">Câu hỏi được hỏi nhiều nhất</h2>
<table>
<thead><tr><th class="n">Số lần</th><th class="n">Trả lời được</th><th>Câu hỏi (lần hỏi gần nhất)</th><th>Dạng chuẩn hoá</th><th>Số liệu (lần gần nhất)</th><th>Lần cuối</th></tr></thead>
<tbody>${s.mostAsked.length
    ? s.mostAsked.map(
        (g) =>
          html`<tr><td class="n">${g.count}</td><td class="n">${g.answered}</td><td>${g.example}</td><td class="muted">${g.key}</td><td>${factList(g.facts, "–")}</td><td class="t">${minute(g.lastAskedAt)}</td></tr>`,
      )
    : emptyRow(6)}</tbody>
</table>
`;
}

export function undeliveredSection(s: AdminStats) {
  return html`
<h2 id="undelivered">Tin trả lời không gửi được</h2>
<p class="muted">Tổng: ${s.undelivered.total} tin. Lý do dạng “loại:lý do”: <code>not-done</code> là nền tảng báo chưa gửi (đã thử lại trong thời hạn), <code>unknown</code> là không rõ tin đã đến chưa (không gửi lại để tránh gửi hai lần), <code>rejected</code> là nền tảng từ chối.</p>
<table>
<thead><tr><th>Ngày</th><th>Nền tảng</th><th>Lý do</th><th class="n">Số tin</th></tr></thead>
<tbody>${s.undelivered.rows.length
    ? s.undelivered.rows.map((r) => html`<tr><td class="t">${r.day}</td><td>${r.platform}</td><td>${r.reason}</td><td class="n">${r.count}</td></tr>`)
    : emptyRow(4, "Mọi tin trả lời đều đã gửi được.")}</tbody>
</table>
`;
}
