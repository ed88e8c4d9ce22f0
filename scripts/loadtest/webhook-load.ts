// Bot webhooks under load: N real-shaped updates (each from its own user, so replies can be
// matched), a share of them delivered twice — some concurrently with the first delivery, some
// later — sent with a fixed concurrency. Afterwards the fake Bot API's record says whether every
// distinct update was answered exactly once. Shared by `npm run loadtest -- --webhooks` and the ops
// test (test/node/ops/webhook-load.test.ts).
import { realQuestions } from "../stack/questions.ts";
import { postTelegram, postZalo, telegramText, zaloText, type Stack } from "../stack/stack.ts";

export interface WebhookLoadOptions {
  updates: number;
  /** Share of deliveries that repeat an earlier update (0–1). */
  duplicateRate: number;
  concurrency: number;
  /** Makes ids unique across runs against the same server. */
  runId?: number;
}

export interface WebhookLoadResult {
  channel: "telegram" | "zalo";
  deliveries: number;
  distinct: number;
  duplicates: number;
  ms: number;
  /** HTTP status of the webhook's answers → count. */
  statuses: Record<number, number>;
  /** Chats that got no answer / more than one answer. */
  unanswered: string[];
  answeredTwice: string[];
  /** Answers sent (first messages), over all chats. */
  answers: number;
}

/** Runs `tasks` with at most `concurrency` in flight. */
async function pool<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** A deterministic shuffle (the run is reproducible). */
function shuffle<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function plan<T>(distinct: T[], duplicateRate: number, seed: number): T[] {
  const dups = Math.round((distinct.length * duplicateRate) / (1 - duplicateRate));
  const extra = Array.from({ length: dups }, (_, i) => distinct[(i * 7919) % distinct.length]!);
  return shuffle([...distinct, ...extra], seed);
}

async function run<U>(
  channel: "telegram" | "zalo",
  stack: Stack,
  options: WebhookLoadOptions,
  make: (i: number, question: string) => { chat: string; body: U },
  post: (url: string, body: U) => Promise<Response>,
  repliesByChat: () => Map<string, number>,
): Promise<WebhookLoadResult> {
  const questions = realQuestions();
  const distinct = Array.from({ length: options.updates }, (_, i) => make(i, questions[i % questions.length]!));
  const deliveries = plan(distinct, options.duplicateRate, options.runId ?? 1);
  const statuses: Record<number, number> = {};
  const started = Date.now();
  await pool(deliveries, options.concurrency, async (d) => {
    let status = 0;
    try {
      const res = await post(stack.app.url, d.body);
      await res.arrayBuffer();
      status = res.status;
    } catch {
      status = 0; // connection error
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const ms = Date.now() - started;
  const replies = repliesByChat();
  const chats = distinct.map((d) => d.chat);
  return {
    channel,
    deliveries: deliveries.length,
    distinct: distinct.length,
    duplicates: deliveries.length - distinct.length,
    ms,
    statuses,
    unanswered: chats.filter((c) => !replies.get(c)),
    answeredTwice: chats.filter((c) => (replies.get(c) ?? 0) > 1),
    answers: [...replies.values()].reduce((a, b) => a + b, 0),
  };
}

/**
 * Answers per chat: a long answer goes out in several messages, so what is counted is how often
 * the first message of the chat's answer was sent.
 */
const answersPerChat = (sent: { chat: unknown; text: unknown }[]) => {
  const first = new Map<string, unknown>();
  const m = new Map<string, number>();
  for (const { chat, text } of sent) {
    const c = String(chat);
    if (!first.has(c)) first.set(c, text);
    if (first.get(c) === text) m.set(c, (m.get(c) ?? 0) + 1);
  }
  return m;
};

export function telegramLoad(stack: Stack, options: WebhookLoadOptions): Promise<WebhookLoadResult> {
  const base = 3_000_000_000 + (options.runId ?? 1) * 1_000_000;
  return run(
    "telegram",
    stack,
    options,
    (i, q) => ({ chat: String(base + i), body: telegramText(base + i, base + i, q, `user_${i}`) }),
    postTelegram,
    () => answersPerChat(stack.telegram.callsOf("sendMessage").map((c) => ({ chat: c.body.chat_id, text: c.body.text }))),
  );
}

export function zaloLoad(stack: Stack, options: WebhookLoadOptions): Promise<WebhookLoadResult> {
  const prefix = `${(options.runId ?? 1).toString(16).padStart(4, "0")}`;
  const id = (kind: string, i: number) => `${prefix}${kind}${i.toString(16).padStart(15, "0")}`;
  return run(
    "zalo",
    stack,
    options,
    (i, q) => ({ chat: id("c", i), body: zaloText(id("m", i), id("c", i), q) }),
    postZalo,
    () => answersPerChat(stack.zalo.callsTo("sendMessage").map((c) => ({ chat: c.body.chat_id, text: c.body.text }))),
  );
}
