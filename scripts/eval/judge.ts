// The product team's scoring rules (their run-eval.mjs), applied in-process to `ask`: the first
// figure, every figure, text that must appear, answered or declined, verbatim citations, and
// conversations sent turn by turn with the context the previous answer returned. Used by the
// tests (fixtures) and by `npm run eval` (the held-out batch, scored and printed, never asserted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ask, type Answer } from "../../src/core/index.ts";

export interface Turn { q: string; expect?: number[] | null; all?: number[]; text?: string[]; answered?: boolean }
export interface Case extends Turn { id: string; cat: string; turns?: Turn[] }

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
const root = join(import.meta.dirname, "..", "..");
const report = squash(readFileSync(join(root, "knowledge", "reports", "tth-cchc-2024", "source.txt"), "utf8"));
const same = (v: unknown, e: number) => typeof v === "number" && (Number.isInteger(e) ? v === e : Math.abs(v - e) <= 0.0005 * Math.abs(e));
const judged = (t: Turn) => "expect" in t || "all" in t || "text" in t || "answered" in t;

/** The sets tuned against (test/node/fixtures/eval/): asserted by the tests, their misses listed. */
export const TUNED_SETS = ["dev-compositional.jsonl", ...["A", "C", "D", "E", "G", "H", "K", "L", "P", "Q", "R", "S", "T", "U", "V", "Y", "AA", "AC", "AD", "AH", "AK", "AO", "AP", "AR", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BF", "BG", "BH", "BI", "BJ", "BK", "BP", "BQ", "BR", "BS", "BW", "BX", "BY", "BZ", "CC", "CD", "CE", "CF", "CG", "CH", "CI", "CJ", "CK", "CL", "CO", "CP", "CS", "CT", "CW", "CX", "CY", "CZ", "DA", "DB", "DE", "DF", "DG", "DH", "DK", "DL", "DM", "DN", "DO", "DP", "DQ", "DR", "DU", "DV", "DW", "DX", "EA", "EB", "EE", "EF", "EI", "EJ", "EM", "EN", "EQ", "ER", "EU", "EV", "EY", "EZ", "FC", "FD", "FG", "FH", "FK", "FL", "FM", "FN", "FQ", "FR", "FU", "FX", "FY", "GB", "GC", "GF", "GG", "GJ", "GK", "GN", "GO", "GR", "GS", "GV", "GW", "GX", "GY", "HB", "HC", "HF", "HG", "HH", "HI", "HL", "HM", "HN", "HO", "HT", "HU", "HZ", "IA", "ID", "IE", "IF", "IG", "IJ", "IK", "IN", "IO", "IR", "IS", "IV", "IW", "IZ", "JA", "JF", "JG", "JL", "JM", "JP", "JQ", "JT", "JU", "JX", "JY", "KB", "KC", "KF", "KG", "KJ", "KK", "KP", "KQ", "KT", "KU", "KX", "KY", "KZ", "LE", "LF", "LI", "LJ", "LM", "LN", "LO", "LP", "LS", "LT", "LW", "LX", "MC", "MD", "MG", "MH", "MK", "ML", "MO", "MP", "MQ", "MR", "MU", "MV", "MY", "MZ", "NA", "NB", "NE", "NF", "NI", "NJ", "NK", "NL", "NO", "NP", "NQ", "NR", "NU", "NV", "NY", "NZ", "OC", "OD", "OE", "OF", "OG", "OJ", "OK", "ON", "OO", "OP", "OQ", "OT", "OU", "OX", "OY", "OZ", "PA", "PB", "PC", "PF", "PG", "PJ", "PK"].map((b) => `blind-compositional-${b}.jsonl`)];
/** The sets never tuned against: scored by `npm run eval`, never asserted. */
export const HELD_OUT_SETS = ["B", "F", "I", "J", "M", "N", "O", "W", "X", "Z", "AB", "AE", "AF", "AG", "AI", "AJ", "AL", "AM", "AN", "AQ", "AS", "AT", "BB", "BC", "BD", "BE", "BL", "BM", "BN", "BO", "BT", "BU", "BV", "CA", "CB", "CM", "CN", "CQ", "CR", "CU", "CV", "DC", "DD", "DI", "DJ", "DS", "DT", "DY", "DZ", "EC", "ED", "EG", "EH", "EK", "EL", "EO", "EP", "ES", "ET", "EW", "EX", "FA", "FB", "FE", "FF", "FI", "FJ", "FO", "FP", "FS", "FT", "FV", "FW", "FZ", "GA", "GD", "GE", "GH", "GI", "GL", "GM", "GP", "GQ", "GT", "GU", "GZ", "HA", "HD", "HE", "HJ", "HK", "HP", "HQ", "HR", "HS", "HV", "HW", "HX", "HY", "IB", "IC", "IH", "II", "IL", "IM", "IP", "IQ", "IT", "IU", "IX", "IY", "JB", "JC", "JD", "JE", "JH", "JI", "JJ", "JK", "JN", "JO", "JR", "JS", "JV", "JW", "JZ", "KA", "KD", "KE", "KH", "KI", "KL", "KM", "KN", "KO", "KR", "KS", "KV", "KW", "LA", "LB", "LC", "LD", "LG", "LH", "LK", "LL", "LQ", "LR", "LU", "LV", "LY", "LZ", "MA", "MB", "ME", "MF", "MI", "MJ", "MM", "MN", "MS", "MT", "MW", "MX", "NC", "ND", "NG", "NH", "NM", "NN", "NS", "NT", "NW", "NX", "OA", "OB", "OH", "OI", "OM", "OL", "OS", "OR", "OV", "OW", "PD", "PE", "PH", "PI"].map((b) => `held-out-${b}.jsonl`);

/** A set of cases from test/node/fixtures/eval/. */
export const readCases = (file: string): Case[] =>
  readFileSync(join(root, "test", "node", "fixtures", "eval", file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

/**
 * Does the text hold the expected words, a number among them not as the tail of a longer one:
 * "20,9" is not in "120,9". (Only the left edge is checked: writers give a number's head, "91" of
 * "91,2", or a group after a separator, "943" of "1.943", "145" of "11.145.304".)
 */
export function holds(text: string, expected: string): boolean {
  for (let at = text.indexOf(expected); at >= 0; at = text.indexOf(expected, at + 1)) {
    if (!(/^\d/.test(expected) && /\d/.test(text[at - 1] ?? ""))) return true;
  }
  return false;
}

/** Why one turn's answer misses (empty when it passes); `wrong` when it gives a figure not asked. */
export function judgeTurn(t: Turn, a: Answer): { why: string[]; wrong: boolean } {
  const why: string[] = [];
  let wrong = false;
  const values = a.facts.map((f) => f.value);
  if (!(t.expect !== null || t.all || t.answered)) {
    if (a.answered) return { why: ["answered an out-of-scope question"], wrong: true };
    return { why, wrong };
  }
  if (!a.answered) return { why: ["did not answer"], wrong };
  if (t.expect && !t.expect.some((e) => same(values[0], e))) [why[why.length], wrong] = [`first fact ${values[0]}`, true];
  for (const e of t.all ?? []) if (!values.some((v) => same(v, e))) why.push(`no fact with value ${e}`);
  // (A number written with Vietnamese thousands dots, "1.036", is "1,036" in an English reply, and a
  // decimal comma, "20,9", a point: "20.9".)
  const english = (s: string) => (/^\d{1,3}(?:\.\d{3})+$/.test(s) ? s.replaceAll(".", ",") : /^\d+,\d+$/.test(s) ? s.replace(",", ".") : s);
  for (const s of t.text ?? []) if (![s, english(s)].some((x) => holds(squash(a.text), squash(x)))) [why[why.length], wrong] = [`text lacks "${s}"`, true];
  if (!a.citations.length) why.push("no citation");
  for (const c of a.citations) if (!report.includes(squash(c.quote))) why.push("citation not verbatim");
  return { why, wrong };
}

/** A case, turn by turn: what misses, and whether any turn gave a wrong figure. */
export function judgeCase(c: Case): { why: string[]; wrong: boolean } {
  let context: string | undefined;
  const out = { why: [] as string[], wrong: false };
  for (const [i, t] of (c.turns ?? [c]).entries()) {
    const a = ask(t.q, { context });
    context = a.context;
    if (!judged(t)) continue;
    const r = judgeTurn(t, a);
    out.why.push(...r.why.map((w) => `turn ${i + 1}: ${w}`));
    out.wrong ||= r.wrong;
  }
  return out;
}
