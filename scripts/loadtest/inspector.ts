// The worker's JS heap, read over the DevTools protocol (a `ws` client of wrangler's inspector
// proxy). Every message is parsed with zod: the inspector is another program.
import { createRequire } from "node:module";
import * as z from "zod";
import { sleep, withTimeout } from "./time.ts";

// ws (a devDependency; Node 20 has no WebSocket client without a flag) ships no types; the part used here:
interface WebSocketClient {
  on(event: "open" | "close", listener: () => void): void;
  on(event: "message", listener: (data: Buffer) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  send(data: string): void;
  close(): void;
}
const WebSocket = createRequire(import.meta.url)("ws") as new (url: string) => WebSocketClient;

/** A DevTools message: the answer to a command (`id`) or an event the isolate sent (`method`). */
const Message = z.object({
  id: z.number().int().optional(),
  method: z.string().optional(),
  result: z.unknown().optional(),
  error: z.object({ message: z.string() }).optional(),
});

/** Runtime.getHeapUsage: bytes in the V8 heap, in workerd's C++ objects, in ArrayBuffer stores. */
const HeapUsage = z.object({
  usedSize: z.number(),
  embedderHeapUsedSize: z.number().optional(),
  backingStorageSize: z.number().optional(),
});

const MiB = 1024 * 1024;

export interface HeapReading {
  /** All three, MiB: what the isolate holds. */
  total: number;
  v8: number;
  embedder: number;
  arrayBuffers: number;
}

export const heapText = (h: HeapReading | null) =>
  h === null ? "n/a" : `${h.total.toFixed(2)} MiB (V8 ${h.v8.toFixed(2)} + workerd objects ${h.embedder.toFixed(2)} + ArrayBuffers ${h.arrayBuffers.toFixed(2)})`;

/**
 * A DevTools client of the app's isolate, through wrangler's inspector proxy (ws://127.0.0.1:<inspector port>/ws;
 * workerd lets one session attach per isolate, and wrangler's proxy holds it). Attach before the
 * load, and stay attached: until a client attaches, the proxy keeps every message of the isolate
 * (a console line per request: the request log) in an array, and replays them all when one does;
 * after minutes of load that replay drove the proxy's workerd to 3.9 GB and out of file descriptors.
 */
export class WorkerInspector {
  #ws: WebSocketClient;
  #id = 0;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Messages the isolate sent (console lines, network events): read and dropped. */
  events = 0;
  /** Times wrangler swapped the isolate (a source file changed: `wrangler dev` watches the tree). */
  reloads = 0;
  closed = false;

  private constructor(ws: WebSocketClient) {
    this.#ws = ws;
    ws.on("message", (data) => {
      const msg = parseMessage(data);
      if (!msg) return;
      const waiter = msg.id === undefined ? undefined : this.#pending.get(msg.id);
      if (waiter) {
        this.#pending.delete(msg.id!);
        if (msg.error) waiter.reject(new Error(msg.error.message));
        else waiter.resolve(msg.result);
      } else if (msg.method) {
        this.events++;
        if (msg.method === "Runtime.executionContextsCleared") this.reloads++;
      }
    });
    ws.on("close", () => {
      this.closed = true;
      for (const w of this.#pending.values()) w.reject(new Error("inspector connection closed"));
      this.#pending.clear();
    });
  }

  static async attach(port: number): Promise<WorkerInspector> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    const opened = new Promise<void>((resolve, reject) => {
      ws.on("open", resolve);
      ws.on("error", reject);
    });
    await withTimeout(opened, 10_000, "inspector");
    const inspector = new WorkerInspector(ws);
    // The proxy accepts a second client and closes it at once ("only one can be connected at a time").
    await sleep(300);
    if (inspector.closed) throw new Error("the inspector proxy refused the connection (is DevTools attached?)");
    return inspector;
  }

  /** Sends a command; resolves with its `result` (unparsed: the caller knows its shape). */
  send(method: string, timeoutMs = 15_000): Promise<unknown> {
    const id = ++this.#id;
    const answer = new Promise<unknown>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#ws.send(JSON.stringify({ id, method, params: {} }));
    return withTimeout(answer, timeoutMs, method).finally(() => this.#pending.delete(id));
  }

  /**
   * The isolate's heap after a full GC. workerd runs the inspector's GC task the next time the
   * isolate runs: under load at once; at rest, `nudge` (a GET /healthz) gives it that turn.
   */
  async heapAfterGc(nudge: () => Promise<void>): Promise<HeapReading | null> {
    let done = false;
    const gc = this.send("HeapProfiler.collectGarbage", 20_000).finally(() => (done = true));
    const poke = (async () => {
      await sleep(200);
      while (!done) {
        await nudge().catch(() => {});
        await sleep(250);
      }
    })();
    try {
      await gc;
      const u = HeapUsage.parse(await this.send("Runtime.getHeapUsage"));
      const v8 = u.usedSize / MiB;
      const embedder = (u.embedderHeapUsedSize ?? 0) / MiB;
      const arrayBuffers = (u.backingStorageSize ?? 0) / MiB;
      return { total: v8 + embedder + arrayBuffers, v8, embedder, arrayBuffers };
    } catch {
      return null;
    } finally {
      await poke;
    }
  }

  close(): void {
    this.#ws.close();
  }
}

/** A message that is not DevTools JSON is dropped, not thrown inside the socket's handler. */
function parseMessage(data: Buffer): z.infer<typeof Message> | null {
  try {
    const parsed = Message.safeParse(JSON.parse(data.toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
