// What the Zalo Bot API answers, the way its documentation shows: shared by the recording fake of
// the tests and the load test (zalo-server.ts) and `npm run fake-botapi`. One bot's state: its
// webhook, the messages it sent, and the updates waiting for getUpdates.

export interface FakeReply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const zaloError = (code: number, description: string, extra: Record<string, unknown> = {}): FakeReply => ({
  status: code,
  body: { ok: false, error_code: code, description, ...extra },
});

/** A bot for local runs. */
export const LOCAL_ZALO_BOT = { id: "1000000000000000001", account_name: "bot.CchcLocal", display_name: "Trợ lý CCHC (local)", account_type: "BASIC", can_join_groups: true };

export class ZaloBotState {
  webhook = { url: "", updated_at: Date.now() };
  /** Updates waiting for getUpdates, oldest first. */
  readonly updates: unknown[] = [];
  private sent = 0;
  private readonly waiters = new Set<() => void>();

  /** `emptyPollMs`: how long an empty getUpdates waits for an update before its 408 (at most the poll's own timeout). */
  constructor(
    private readonly botInfo: Record<string, unknown>,
    private readonly emptyPollMs = 150,
  ) {}

  /** Hands `updates` to the waiting or next getUpdates calls, one per call (the documented shape). */
  queue(...updates: unknown[]): void {
    this.updates.push(...updates);
    for (const wake of [...this.waiters]) {
      if (!this.updates.length) break;
      this.waiters.delete(wake);
      wake();
    }
  }

  /** The next update, waiting up to `ms` for one. */
  private next(ms: number): Promise<unknown> {
    if (this.updates.length) return Promise.resolve(this.updates.shift());
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(this.updates.shift());
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve(undefined);
      }, ms);
      this.waiters.add(wake);
    });
  }

  /** The answer to `method` with `body`. */
  async reply(method: string, body: Record<string, unknown>): Promise<FakeReply> {
    switch (method) {
      case "getMe":
        return { body: { ok: true, result: this.botInfo } };
      case "sendMessage":
      case "sendPhoto":
        return { body: { ok: true, result: { message_id: `sent${++this.sent}`, date: Date.now() } } };
      case "sendChatAction":
        return { body: { ok: true } };
      case "setWebhook":
        this.webhook = { url: String(body.url), updated_at: Date.now() };
        return { body: { ok: true, result: this.webhook } };
      case "deleteWebhook":
        this.webhook = { url: "", updated_at: Date.now() };
        return { body: { ok: true, result: this.webhook } };
      case "getWebhookInfo":
        return { body: { ok: true, result: this.webhook } };
      case "getUpdates": {
        if (this.webhook.url) return zaloError(400, "Webhook is active, getUpdates is unavailable");
        const timeoutMs = typeof body.timeout === "number" && body.timeout > 0 ? body.timeout * 1000 : this.emptyPollMs;
        const next = await this.next(Math.min(this.emptyPollMs, timeoutMs));
        if (next !== undefined) return { body: { ok: true, result: next } };
        return zaloError(408, "Request timeout");
      }
      default:
        return zaloError(404, "Not Found");
    }
  }
}
