// `--webhooks`: both bot webhooks under load against local fake Bot APIs; every update must be
// answered exactly once, every redelivery suppressed.
import type { Stack } from "../stack/stack.ts";
import type { Options } from "./cli.ts";
import { telegramLoad, zaloLoad, type WebhookLoadResult } from "./webhook-load.ts";

function webhookSummary(r: WebhookLoadResult): string {
  return (
    `${r.channel.padEnd(8)} ${r.deliveries} deliveries (${r.distinct} updates + ${r.duplicates} redeliveries) in ${(r.ms / 1000).toFixed(1)} s ` +
    `= ${((r.deliveries / r.ms) * 1000).toFixed(0)}/s; statuses ${JSON.stringify(r.statuses)}; answers ${r.answers}; ` +
    `unanswered ${r.unanswered.length}; answered twice ${r.answeredTwice.length}`
  );
}

export async function webhooks(stack: Stack, options: Options): Promise<boolean> {
  const { updates, connections } = options;
  const load = { updates: Math.round(updates * 0.9), duplicateRate: 0.1, concurrency: connections };
  console.log(`… webhooks: ${updates} deliveries per channel (10% redeliveries), ${connections} in flight`);
  const results = [await telegramLoad(stack, { ...load, runId: 11 }), await zaloLoad(stack, { ...load, runId: 12 })];
  console.log("");
  for (const r of results) console.log(webhookSummary(r));
  const ok = results.every((r) => r.unanswered.length === 0 && r.answeredTwice.length === 0 && Object.keys(r.statuses).join() === "200" && r.answers === r.distinct);
  console.log(ok ? "targets  met (every update answered exactly once)" : "targets  MISSED");
  return ok;
}
