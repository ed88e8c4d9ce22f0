// Settings for the Node scripts (zalo:setup, zalo:poll): .dev.vars, then the process environment
// over it, the way `npm start` reads them. Node only (reads a file).
import { existsSync, readFileSync } from "node:fs";
import { Settings } from "../../src/env.ts";

/** KEY=value lines; values may be quoted ("…" as JSON, '…' literally); # starts a comment line. */
export function parseDevVars(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith("#")) continue;
    let value = m[2]!;
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      try {
        value = JSON.parse(value) as string;
      } catch {
        value = value.slice(1, -1);
      }
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) value = value.slice(1, -1);
    out[m[1]!] = value;
  }
  return out;
}

export function devSettings(file = ".dev.vars", env: NodeJS.ProcessEnv = process.env): Settings & { raw: Record<string, string | undefined> } {
  const fromFile = existsSync(file) ? parseDevVars(readFileSync(file, "utf8")) : {};
  const raw: Record<string, string | undefined> = { ...fromFile };
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== "") raw[k] = v;
  return { ...Settings.parse(raw), raw };
}
