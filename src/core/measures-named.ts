// The measures a question names by its own words ("biên chế công chức", "người làm việc"): what it counts.
import type { Intent } from "./intent.ts";
import { MEASURE_ONLY_WITH, MEASURE_PHRASES, MEASURE_UNLESS, PUBLIC_SECTOR } from "./lexicon/measures.ts";
import { ACTION_PHRASES, LEVEL_PHRASES } from "./lexicon/facets.ts";
import { ABBREVIATIONS_BEFORE, ADMIN_ABBREVIATIONS, CHAT_ABBREVIATIONS } from "./lexicon/abbreviations.ts";
import { foldedAsRead, tokenize, type Token } from "./normalize.ts";
import { PhraseTable } from "./phrase-table.ts";

/**
 * Chat abbreviations and the words they stand for, folded ("ns" → "ngan sach"); with the words one
 * must come before to mean them ("dv" is "đơn vị" before "sự nghiệp").
 */
const SHORTENED: { short: string; long: string; before?: Set<string> }[] = [
  ...Object.entries(CHAT_ABBREVIATIONS).map(([short, long]) => ({ short, long: folded(long) })),
  ...Object.entries(ABBREVIATIONS_BEFORE).map(([short, v]) => ({ short, long: folded(v.means), before: new Set(v.before.map((w) => folded(w).trim())) })),
];
function folded(text: string): string {
  return ` ${tokenize(text).map((t) => t.fold).join(" ")} `;
}
/** A measure's phrase and its forms with one run of words abbreviated as typed ("thu ns", "dv su nghiep"). */
const withAbbreviations = (phrase: string): string[] => {
  const words = folded(phrase);
  const forms = SHORTENED.filter(({ short, long, before }) => {
    const at = words.indexOf(long);
    return at >= 0 && long.trim() !== short && (!before || before.has(words.slice(at + long.length).split(" ")[0] ?? ""));
  });
  return [phrase, ...forms.map(({ short, long }) => words.replace(long, ` ${short} `).trim())];
};
/** Marks a hit of a phrase naming its measure only in its setting (MEASURE_ONLY_WITH). */
const ONLY_WITH = "?";
/** Marks a hit of words that name no measure where they are (the public sector). */
const NO_MEASURE = "-";
/**
 * Matched on the words as typed: a synonym ("headcount" → "biên chế công chức") is not the user
 * naming it; an abbreviation ("thu ns", "dv su nghiep") is.
 */
const TABLE = new PhraseTable([
  ...Object.entries(MEASURE_PHRASES).flatMap(([m, phrases]) => phrases.flatMap(withAbbreviations).map((p) => ({ phrase: tokenize(p), value: m }))),
  ...Object.entries(MEASURE_ONLY_WITH).flatMap(([m, only]) => only.phrases.map((p) => ({ phrase: tokenize(p), value: `${ONLY_WITH}${m}` }))),
  // (The public sector names no measure of its own, and its words none: "public-sector headcount" is no
  // count of fields, "sectors". Its people are read as such where they are asked, execute.ts.)
  ...PUBLIC_SECTOR.map((p) => ({ phrase: tokenize(p), value: NO_MEASURE })),
]);

/** Those settings' words and the words of another's, folded and padded. */
const SETTING = new Map(Object.entries(MEASURE_ONLY_WITH).map(([m, only]) => [m, { with: only.with.map(folded), unless: only.unless.map(folded) }]));
/**
 * The hits of phrases naming a measure in their setting, as that measure when the hit's own question
 * says it (and not another's), else none. (In a message asking twice, one question's recruitment
 * is not another's: "Tuyển dụng được bao nhiêu công chức, bao nhiêu người thi?" may ask of the contest.)
 */
function inSetting(hits: ReturnType<typeof TABLE.findAll>, raw: readonly Token[]): ReturnType<typeof TABLE.findAll> {
  if (!hits.some((h) => h.value.startsWith(ONLY_WITH))) return hits;
  const ownQuestion = ownQuestionOf(raw);
  return hits.flatMap((h) => {
    if (!h.value.startsWith(ONLY_WITH)) return [h];
    const m = h.value.slice(ONLY_WITH.length);
    const setting = SETTING.get(m)!;
    const said = ownQuestion(h);
    return setting.with.some((w) => said.includes(w)) && !setting.unless.some((w) => said.includes(w)) ? [{ ...h, value: m }] : [];
  });
}
/** The words of a hit's own question, folded and padded: from the last question word before it, or the start, to the next after it. */
function ownQuestionOf(raw: readonly Token[]): (h: { start: number; end: number }) => string {
  const folds = raw.map((t) => t.fold);
  const asksAt = folds.flatMap((w, i) => (COUNT_ENDS.has(w) ? [i] : []));
  return (h) => {
    const from = asksAt.length >= 2 ? Math.max(0, ...asksAt.filter((i) => i < h.start)) : 0;
    const to = asksAt.length >= 2 ? (asksAt.find((i) => i >= h.end) ?? folds.length) : folds.length;
    return ` ${folds.slice(from, to + 1).join(" ")} `;
  };
}
/** Words that, said in the same question, make a measure's phrase name another thing (MEASURE_UNLESS), folded and padded. */
const UNLESS = new Map(Object.entries(MEASURE_UNLESS).map(([m, words]) => [m, words.map(folded)]));
/** The table's hits, less those the message's other words say are not that measure ("người dự tuyển trúng tuyển" are those recruited). */
// (In a message asking twice, only the words of the hit's own question: "Có bao nhiêu người dự tuyển
// và bao nhiêu người trúng tuyển?" still asks the applicants.)
const MEASURES = {
  findAll(raw: readonly Token[]) {
    const hits = inSetting(TABLE.findAll(raw as Token[]), raw).filter((h) => h.value !== NO_MEASURE);
    if (!hits.some((h) => UNLESS.has(h.value))) return hits;
    const ownQuestion = ownQuestionOf(raw);
    return hits.filter((h) => {
      const words = UNLESS.get(h.value);
      if (!words) return true;
      const own = ownQuestion(h);
      return !words.some((w) => own.includes(w));
    });
  },
};

/** Words after which a measure says where another is: "người làm việc [ở] đơn vị sự nghiệp", "staff [in] public service units" (not "của"/"of": "tỷ lệ giảm của đơn vị sự nghiệp" names it). */
const WHERE = new Set(["o", "tai", "trong", "thuoc", "in", "at"]);
/** "and"/"và" before "in"/"ở": a measure parallel to the change's one before it, not where it is. */
const AND = new Set(["and", "va"]);
/** Changes "in" a measure, as analyzed (stemmed): "the drop in staff" names the staff. */
const CHANGES = new Set(["drop", "cut", "fall", "decreas", "declin", "reduct", "increas", "rise", "growth", "chang"]);
/** …as the start of a word as typed ("reduction", "decreases"). */
const CHANGE_STEMS = [...CHANGES];
export const ARTICLES: ReadonlySet<string> = new Set(["cac", "nhung", "the", "all"]);

/**
 * The measures a question names, in the order it names them; not one that only says where the
 * measure before it is ("người làm việc ở đơn vị sự nghiệp" names the people, not the units).
 * `apart`: positions of words that name no measure there (those of a request for the source).
 */
export const measuresNamed = (intent: Intent, apart?: ReadonlySet<number>): string[] => {
  const inside = (h: { start: number; end: number }) => {
    for (let i = h.start; i < h.end; i++) if (!apart!.has(i)) return false;
    return true;
  };
  return [...new Set(namedHits(intent).flatMap((h) => (apart && inside(h) ? [] : [h.value])))];
};

/** Where the question names its measures, not those saying only where another is. */
function namedHits(intent: Intent) {
  const hits = MEASURES.findAll(intent.raw);
  // (Not after a change: "the drop in public-service-unit staff" names the staff, who dropped.)
  // (A change named before the measure: "the reduction versus 2023 in civil servants".)
  const afterChange = (i: number) => {
    const at = placeWordAt(intent, hits[i]!.start);
    return WHERE.has(intent.raw[at]?.fold ?? "") && intent.raw.slice(0, at).some((t) => CHANGE_STEMS.some((c) => t.fold.startsWith(c)));
  };
  const where = (i: number) => {
    const at = placeWordAt(intent, hits[i]!.start);
    // (Nor after "and" when the one before it is a change's: "the reduction in civil servants and in
    // public service unit staff" names both; "the staffing in the civil service and in public service
    // units" says where.)
    const parallel = i > 0 && AND.has(intent.raw[at - 1]?.fold ?? "") && afterChange(i - 1);
    return i > 0 && WHERE.has(intent.raw[at]?.fold ?? "") && !CHANGES.has(intent.raw[at - 1]?.fold ?? "") && !parallel;
  };
  return hits.filter((_, i) => !where(i));
}

/** Where the word before position `at` is, past "các"/"những"/"the": "người làm việc có mặt ở [các] đơn vị sự nghiệp". */
function placeWordAt(intent: Intent, at: number): number {
  let i = at - 1;
  while (i >= 0 && ARTICLES.has(intent.raw[i]!.fold)) i--;
  return i;
}
const tokenBefore = (intent: Intent, at: number): Token | undefined => intent.raw[placeWordAt(intent, at)];
const wordBefore = (intent: Intent, at: number): string => tokenBefore(intent, at)?.fold ?? "";

/** Words before the ones a figure was given to or made for: "cấp cho [người dân]", "issued to [citizens]". */
const RECIPIENT = new Set(["cho", "to", "for"]);

/** The measures a question names as who received or was served ("… issued to citizens and businesses"). */
export const recipientsNamed = (intent: Intent): string[] => {
  const hits = MEASURES.findAll(intent.raw);
  // (Each of a list after it: "to citizens and businesses".)
  // (Past an article: "giao cho [các] đơn vị sự nghiệp".)
  return [...new Set(hits.filter((h, i) => RECIPIENT.has(wordBefore(intent, h.start)) || (i > 0 && RECIPIENT.has(wordBefore(intent, hits[i - 1]!.start)) && hits[i - 1]!.end + 1 === h.start)).map((h) => h.value))];
};

/** The measures a question names as what is counted, not as whom a figure was given to ("giao cho các đơn vị sự nghiệp"). */
export const measuresCountedNamed = (intent: Intent): string[] => {
  const recipients = recipientsNamed(intent);
  return measuresNamed(intent).filter((m) => !recipients.includes(m));
};

/** Words before who did what is counted: "[by] the inspection teams", "[do] các đoàn kiểm tra" (not "đó", that). */
const AGENT = new Set(["by", "do", "boi"]);
const agentBefore = (intent: Intent, at: number): boolean => {
  const t = tokenBefore(intent, at);
  return t !== undefined && AGENT.has(t.fold) && !(t.marked && t.fold === "do");
};

/**
 * The measures a question names only as who did what it counts ("the number inspected by the
 * inspection teams" counts documents, not teams): every time it names them, after "by"/"do".
 */
export const agentsNamed = (intent: Intent): string[] => {
  const hits = MEASURES.findAll(intent.raw);
  const agents = hits.filter((h) => agentBefore(intent, h.start));
  return [...new Set(agents.filter((a) => hits.every((h) => h.value !== a.value || agentBefore(intent, h.start))).map((h) => h.value))];
};

/** Action phrases, folded: a measure's name that is one ("kiến nghị") is a verb as often as a thing. */
const ACTION_WORDS: ReadonlySet<string> = new Set(Object.values(ACTION_PHRASES).flat().map(foldedAsRead));

/** The measures a question names in words that name no action too ("kiến nghị" is a verb as often as a thing). */
export function measuresNamedApartFromActions(intent: Intent): string[] {
  const named = new Set(measuresNamed(intent));
  return MEASURES.findAll(intent.raw)
    .filter((h) => named.has(h.value) && !ACTION_WORDS.has(intent.raw.slice(h.start, h.end).map((t) => t.fold).join(" ")))
    .map((h) => h.value);
}

/** Words after which a measure is what is talked of ("số TTHC", "các văn bản", "the documents"), folded. */
const HEAD_BEFORE = new Set(["so", "tong", "luong", "cac", "nhung", "moi", "the", "of", "number", "all", "bao", "nhieu", "bn", "may", "many", "much", "how", "ve", "about"]);

/**
 * Does the question name the measure only as what another word acts on ("qua rà soát [TTHC]",
 * "để đơn giản hóa [thủ tục]"), never opening the question or after "số", "các", "bao nhiêu", nor
 * after a verb of the figures' own actions? Then it says where the figures come from, not which of
 * them it counts.
 */
export const measureOnlyActedOn = (intent: Intent, measure: string, ownActions: readonly string[]): boolean => {
  const hits = namedHits(intent).filter((h) => h.value === measure);
  // (Not by the figures' own action: "Đoàn kiểm tra thực hiện kiểm tra văn bản QPPL" names the documents checked.)
  const own = ownActions.flatMap((a) => (ACTION_PHRASES as Record<string, string[]>)[a] ?? []).map((p) => ` ${foldedAsRead(p)}`);
  const byOwn = (at: number) => own.some((p) => ` ${intent.raw.slice(0, at).map((t) => t.fold).join(" ")}`.endsWith(p));
  return hits.length > 0 && hits.every((h) => h.start > 0 && !HEAD_BEFORE.has(wordBefore(intent, h.start)) && !byOwn(h.start));
};

/** The measures a text (a fact's sentence) names. */
export const measuresIn = (text: string): string[] => MEASURES.findAll(tokenize(text)).map((h) => h.value);

/** Does a text name a measure within its first words ("legal normative drafts": drafts)? */
export const opensWithMeasure = (text: string, within = 3): boolean => MEASURES.findAll(tokenize(text)).some((h) => h.start < within);

/** The words as typed, folded, without those that name a measure ("and [public service units]?" → "and"). */
export function withoutMeasures(intent: Intent): string {
  const hits = MEASURES.findAll(intent.raw);
  return intent.raw.filter((_, i) => !hits.some((h) => i >= h.start && i < h.end)).map((t) => t.fold).join(" ");
}

/** Words of "how many" and of a year besides a measure's ("bao nhiêu … năm 2024", "how many … in 2024"). */
const HOW_MANY_ONLY = new Set(["bao", "nhieu", "bn", "may", "co", "how", "many", "much", "the", "in", "nam", "so", "luong", "number", "of"]);

/** Does the clause say nothing but how many of a measure ("how many civil-servant positions", "bao nhiêu người làm việc")? */
export function namesOnlyMeasures(intent: Intent): boolean {
  const hits = MEASURES.findAll(intent.raw);
  return hits.length > 0 && intent.raw.every((t, i) => hits.some((h) => i >= h.start && i < h.end) || HOW_MANY_ONLY.has(t.fold) || /^\d+$/.test(t.fold));
}

/** Words a measure's name may run on with before "hơn" ("chi cân đối [ngân sách] hơn thu …"). */
const NAME_RUNS_ON = 3;

/**
 * "chi hơn thu bn", "Chi cân đối ngân sách hơn thu ngân sách bao nhiêu?" (as typed): one measure's
 * excess over another, "hơn" between their names and a how-many after.
 */
export function measuresCompared(intent: Intent): boolean {
  // (Most messages have no "hơn": no phrase table read for them.)
  if (!intent.raw.some((t) => t.fold === "hon")) return false;
  // (Not one saying where the other is: "đơn vị sự nghiệp thuộc các cơ quan chuyên môn hơn …".)
  const hits = namedHits(intent);
  return hits.some((a) => {
    const b = hits.find((h) => h.start > a.end && h.value !== a.value);
    if (!b || !intent.raw.slice(b.end).some((t) => t.fold === "bao" || t.fold === "bn")) return false;
    const between = intent.raw.slice(a.end, b.start).map((t) => t.fold);
    return between.at(-1) === "hon" && between.length <= NAME_RUNS_ON + 1 && !between.slice(0, -1).includes("hon");
  });
}

/** The words as typed that end a how-many form: what follows them is what is counted. */
export const COUNT_ENDS = new Set(["nhieu", "bn", "bnhieu", "may", "many"]);

/** A word as its abbreviation's first words when it is one ("vb" → "van ban"), folded. */
const expandedWord = (fold: string | undefined): string | undefined => (fold === undefined ? undefined : (ABBREVIATED[fold] ?? fold));
const ABBREVIATED: Record<string, string> = Object.fromEntries(
  Object.entries({ ...ADMIN_ABBREVIATIONS, ...CHAT_ABBREVIATIONS }).map(([short, long]) => [short, tokenize(long).slice(0, 2).map((t) => t.fold).join(" ")]),
);

/** Each measure's phrases as folded words. */
const FOLDED = Object.fromEntries(Object.entries(MEASURE_PHRASES).map(([m, phrases]) => [m, phrases.map(foldedAsRead)]));

/**
 * The measure named as what is counted, right after "bao nhiêu" / "how many" ("how many
 * [administrative procedures]"), not as where ("how many staff do [public service units] have"),
 * with the words that name it.
 */
export function measureCounted(intent: Intent): { measure: string; words: string } | undefined {
  const hits = MEASURES.findAll(intent.raw);
  // (After "mấy …", a later "bao nhiêu" asks: "mấy đoàn kiểm tra … kiểm tra bn văn bản?".)
  // (Past a level said first: "how many district-level legal documents".)
  const after = (h: { start: number }) => {
    let i = h.start - 1;
    while (i >= h.start - LEVEL_BEFORE && i > 0 && LEVEL_WORDS.has(intent.raw[i]!.fold)) i--;
    return i >= 0 && COUNT_ENDS.has(intent.raw[i]!.fold);
  };
  const first = hits.findIndex(after);
  const later = first >= 0 && intent.raw[hits[first]!.start - 1]!.fold === "may" ? hits.findLastIndex((h) => after(h) && intent.raw[h.start - 1]!.fold !== "may") : -1;
  // ("mấy đoàn kiểm tra … kiểm tra tổng cộng bn vb": a later "bn" before the first word of one measure's names, "văn bản".)
  if (first >= 0 && later < 0 && intent.raw[hits[first]!.start - 1]!.fold === "may") {
    const at = intent.raw.findLastIndex((t, i) => i > hits[first]!.start && COUNT_ENDS.has(t.fold) && t.fold !== "may");
    const next = at >= 0 ? expandedWord(intent.raw[at + 1]?.fold) : undefined;
    const begun = next ? Object.keys(FOLDED).filter((m) => FOLDED[m]!.some((p) => p === next || p.startsWith(`${next} `))) : [];
    // (Of those, the one the message names elsewhere: "… vb qppl … bn vb".)
    const said = begun.filter((m) => hits.some((h) => h.value === m));
    const one = begun.length === 1 ? begun[0] : said.length === 1 ? said[0] : undefined;
    if (one) return { measure: one, words: next! };
  }
  const at = later >= 0 ? later : first;
  // A counter word before the thing counted ("bao nhiêu lượt văn bản"): the thing is what is counted.
  const next = hits[at + 1];
  const counter = at >= 0 && hits[at]!.end - hits[at]!.start === 1 && COUNTERS.has(intent.raw[hits[at]!.start]!.fold) && next?.start === hits[at]!.end;
  const hit = counter ? next : hits[at];
  return hit && { measure: hit.value, words: intent.raw.slice(hit.start, hit.end).map((t) => t.fold).join(" ") };
}

/** The measures named right after a how-many word or "số" ("bao nhiêu [TTHC]", "số [TTHC]"): what is counted, not what is costed ("chi phí tuân thủ TTHC"). */
export function measuresCountedIn(raw: readonly Token[]): string[] {
  return MEASURES.findAll(raw as Token[]).filter((h) => h.start > 0 && (COUNT_ENDS.has(raw[h.start - 1]!.fold) || raw[h.start - 1]!.fold === "so")).map((h) => h.value);
}

/** The word before what a rate is of ("tỷ lệ [hồ sơ]"). */
const RATE_ENDS = new Set(["le"]);
/** English rate words before "of" (folded): "share of", "percentage of", "proportion of", "rate of". */
const RATES_OF: ReadonlySet<string> = new Set(["share", "percentage", "proportion", "rate"].map(foldedAsRead));

/** Words that count occurrences of what follows them ("lượt văn bản", "lượt hồ sơ"). */
const COUNTERS = new Set(["luot"]);

/**
 * The measure that holds others ("hồ sơ", "case files") when it is what "bao nhiêu" counts, alone or
 * right after the measure counted ("how many administrative procedure [case files]").
 */
export function containerCounted(intent: Intent, containers: ReadonlySet<string>): string | undefined {
  const hits = MEASURES.findAll(intent.raw);
  // (Or rated: "tỷ lệ hồ sơ TTHC …" is a share of case files.)
  // ("What share of (the) procedure applications …": rated in English, "of" between.)
  const w = (i: number) => intent.raw[i]?.fold ?? "";
  const ratedOf = (i: number) => w(i - 1) === "of" && (RATES_OF.has(w(i - 2)) || (w(i - 2) === "the" && RATES_OF.has(w(i - 3))));
  const at = hits.findIndex((h) => h.start > 0 && (COUNT_ENDS.has(w(h.start - 1)) || RATE_ENDS.has(w(h.start - 1)) || ratedOf(h.start)));
  if (at < 0) return undefined;
  const next = hits[at + 1];
  if (containers.has(hits[at]!.value)) return hits[at]!.value;
  return next && next.start === hits[at]!.end && containers.has(next.value) ? next.value : undefined;
}

/** Words of a level said between "how many" and what is counted ("district-level", folded), at most this many. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(Object.values(LEVEL_PHRASES).flat().flatMap((p) => tokenize(p).map((t) => t.fold)));
const LEVEL_BEFORE = 2;

/** Do these words name the measure too ("civil servants" within "civil servant positions")? */
export const namesMeasure = (words: string, measure: string): boolean => (FOLDED[measure] ?? []).some((p) => ` ${p} `.includes(` ${words} `) || ` ${words} `.includes(` ${p} `));

/** Does folded text ("don vi su nghiep cong lap …", abbreviations expanded) name any measure anywhere? */
export const namesAnyMeasure = (folded: string): boolean => Object.values(FOLDED).some((phrases) => phrases.some((p) => ` ${folded} `.includes(` ${p} `)));
