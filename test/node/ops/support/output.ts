// Reading what `npm start` printed: the app's JSON log lines, and waiting for one to arrive.

/** The app's JSON log lines (workerd prints them as they are; wrangler may colour warnings). */
export function logLines(output: string): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  // eslint-disable-next-line no-control-regex
  for (const raw of output.replace(/\x1b\[[0-9;]*m/g, "").split("\n")) {
    const start = raw.indexOf('{"');
    if (start < 0) continue;
    try {
      const v = JSON.parse(raw.slice(start).trim());
      if (v && typeof v === "object" && "event" in v) lines.push(v);
    } catch {}
  }
  return lines;
}

export async function waitUntil(predicate: () => boolean, timeoutMs = 15_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
