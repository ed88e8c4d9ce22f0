// Which figure a question's form asks, beyond its words: the side of a relation it names (the
// part over its total, the change over the current level, a fraction's part or whole, the facts of
// a document named by number), and whether a figure is about what the question names at all (the
// level said as such, the measure counted, a change with a figure). The core's "no wrong figure"
// checks that come after ranking and before an answer is given.
import { asksTheChange } from "./execute.ts";
import { readIntent, type Intent } from "./intent.ts";
import { BOTH_SIDES_ASKED } from "./lexicon/operations.ts";
import { fold, foldedAsRead, tokenize } from "./normalize.ts";
import type { LoadedKnowledge } from "./kb.ts";
import { sentenceBefore, type CompiledFact } from "./kb-types.ts";
import { measureCounted, measuresIn, measuresNamed, namesMeasure } from "./measures-named.ts";
import { namesOperation, timesAsked, type ReadPlan } from "./plan.ts";
import { askingClause } from "./question-forms.ts";
import { changeFrom, changeStating, ownLabelWords, partNamed, partOfWhole, saysWhatSetsApart, sharesOf, shareStating, totalOver, wholeOf, yearBeforeNames } from "./relations.ts";
import { countedShare, facetsOf, type Candidate } from "./search.ts";
import { WEIGHTS } from "./weights.ts";

/** A document named by its number: "Kế hoạch 391/KH-UBND", "Quyết định số 1699", "Plan No. 391". */
const DOCUMENT = /\b(?:kế hoạch|ke hoach|quyết định|quyet dinh|nghị quyết|nghi quyet|chỉ thị|chi thi|văn bản|van ban|plan|decision|resolution|directive)\s+(?:số\s+|so\s+|no\.?\s*)?(\d{2,5})\b|\b(\d{2,5})\/[A-ZĐ]{2,}/giu;

/** Facts whose sentence names the document the question names, first (none named: as ranked). */
export function fromDocument(k: LoadedKnowledge, text: string, ranked: Candidate[]): Candidate[] {
  // The reports themselves ("Báo cáo 627/BC-UBND") are not a document their facts name.
  const own = new Set(k.kb.reports.map((r) => r.number.split("/")[0]!));
  const numbers = [...text.matchAll(DOCUMENT)].map((m) => m[1] ?? m[2]!).filter((n) => !own.has(n));
  if (!numbers.length) return ranked;
  // "391/KH-UBND" in the sentence, not "31/34" (a fraction).
  const names = (c: Candidate) => numbers.some((n) => new RegExp(`(?<!\\d)${n}\\/\\p{Lu}`, "u").test(c.fact.quote));
  const named = ranked.filter(names);
  return named.length ? [...named, ...ranked.filter((c) => !names(c))] : ranked;
}

/** Verbs of doing ("làm được", "thực hiện", "carried out"): a fraction's part, not its whole, is asked. */
const DONE = /\b(hoan thanh|thuc hien|lam|xong|dat duoc|complet\w*|carri\w*|carry|done|finish\w*|achiev\w*|implement\w*|accomplish\w*)\b/;

/**
 * Of a "31/34" fraction, the part (31 done) answers a question that says something was done, and
 * the whole (34 tasks in the plan) one that asks the total or what the plan has, saying nothing
 * done ("kế hoạch có tổng cộng bao nhiêu nhiệm vụ", "how many tasks does the plan have").
 */
export function fractionSide(k: LoadedKnowledge, intent: Intent, f: CompiledFact): CompiledFact | undefined {
  if (!f.whole && f.total === undefined) return undefined;
  const words = intent.raw.map((t) => t.fold).join(" ");
  // "phải thực hiện bao nhiêu nhiệm vụ", "how many tasks were planned": what was to be done, the whole.
  // (Not the plan as the setting: "trong các nhiệm vụ đề ra tại kế hoạch, … đã hoàn thành bao nhiêu?".)
  // (Nor the plan that sets them out, after what was done of it: "đã hoàn thành bao nhiêu nhiệm vụ trong
  // kế hoạch cải cách hành chính đề ra?" asks the 31 done.)
  const planOwn = PLAN_SETS_OUT.exec(words);
  // (Not what is to be done of it: "Tỉnh cần hoàn thành bao nhiêu nhiệm vụ trong kế hoạch … đề ra?" is the 34.)
  const before = planOwn ? words.slice(0, planOwn.index) : "";
  // (Nor what was not done: "Tỉnh không hoàn thành bao nhiêu nhiệm vụ …" asks no part done.)
  const afterDone = planOwn !== null && DONE.test(before.replace(PLAN_NAMED_BY_DOING, " ")) && !PLANNED.test(before) && !NEEDED.test(before) && !NOT_DONE.test(before);
  const planned = PLANNED.test((afterDone ? words.slice(0, planOwn.index) + words.slice(planOwn.index + planOwn[0].length) : words).replace(PLANNED_AS_SETTING, " "));
  // (A plan named for what it carries out, "kế hoạch thực hiện", "the implementation plan", says nothing done.)
  const done = DONE.test(words.replace(PLAN_NAMED_BY_DOING, " ")) && !planned;
  if (f.whole) return done ? partOfWhole(k, f) : undefined;
  if (f.total !== undefined && (planned || (!done && namesOperation(intent.words, "sum")))) return wholeOf(k, f);
  return undefined;
}

/** A fraction's part and its whole, both asked: "hoàn thành bn/bn nhiệm vụ?" is 31 and 34. */
export function bothSidesAsked(k: LoadedKnowledge, text: string, f: CompiledFact): CompiledFact[] | undefined {
  if (!text.includes("/") && !/of how many/i.test(text)) return undefined;
  if (!BOTH_SIDES_ASKED.test(fold(text).toLowerCase())) return undefined;
  const part = f.whole ? partOfWhole(k, f) : f.total !== undefined ? f : undefined;
  const whole = part && wholeOf(k, part);
  return part && whole ? [part, whole] : undefined;
}

/** A plan named by what it carries out (folded, English stemmed: "implementation" is "implement"). */
const PLAN_NAMED_BY_DOING = /\b(?:ke hoach (?:thuc hien|trien khai)|implement\w* plans?)\b/g;

/** Words of what was to be done: an obligation or a plan. */
const PLANNED = /\b(phai|can phai|du kien|de ra|dat ra|must|have to|has to|had to|supposed to|planned|scheduled)\b/;
/**
 * "trong các nhiệm vụ đề ra …", "among the tasks set out" (folded): the plan as what the things asked
 * are among, named in the plural (not "Trong kế hoạch CCHC đề ra bao nhiêu nhiệm vụ?", the plan's own).
 */
const PLANNED_AS_SETTING = /\b(?:trong (?:cac|nhung|so cac|so nhung)|among the|of the) (?:\S+ ){1,4}?(?:de ra|dat ra|set out|plan)\b/g;

/** What is needed, before its verb (folded): "cần", "need to" (what else is to be done, PLANNED says). */
const NEEDED = /\b(?:can|needs?|needed)\b/;

/** A verb of doing denied (folded): "không", "chưa", "not", "failed to". */
const NOT_DONE = /\b(?:khong|ko|chua|not|never|failed|fail|didn t|did not)\b/;

/** "trong kế hoạch … đề ra", "in the plan … set out" (folded): the plan named by what it sets out. */
const PLAN_SETS_OUT = /\b(?:trong|theo|cua|in|of|under) (?:the )?(?:ke hoach|plan)(?: \S+){0,5}? (?:de ra|dat ra|set out|laid out)\b/;

/** Figures stated in a statement's own sentence, of the measures and actions named (any when none is). */
export function figuresOfSentence(k: LoadedKnowledge, statement: CompiledFact, measures: string[], actions: string[]): CompiledFact[] {
  return k.kb.facts.filter(
    (f) =>
      f.reportId === statement.reportId &&
      f.kind !== "statement" &&
      f.value !== null &&
      statement.quote.includes(f.quote) &&
      (!measures.length || measures.includes(f.measure ?? "")) &&
      actions.every((a) => (f.facets.action as string[]).includes(a)),
  );
}

/**
 * "Qua tự kiểm tra và kiểm tra, các văn bản QPPL không có dấu hiệu trái pháp luật.": a statement of
 * no figure that sums up the actions of the sentence right before it, whose figures are what it
 * speaks of (89 self-checked, 23 checked): one for each of its actions, or none.
 */
export function figuresSummedUp(k: LoadedKnowledge, statement: CompiledFact): CompiledFact[] {
  const actions = statement.facets.action as string[];
  if (!actions.length) return [];
  // (Of the things it names: "các văn bản QPPL", not the deputy directors after the agencies' figures.)
  const named = measuresIn(statement.quote);
  const before = k.kb.facts.filter((f) => f.kind !== "statement" && f.value !== null && sentenceBefore(f, statement) && named.includes(f.measure ?? ""));
  const each = actions.map((a) => before.filter((f) => (f.facets.action as string[]).includes(a as never)));
  return each.every((fs) => fs.length === 1) && new Set(each.map((fs) => fs[0])).size === actions.length ? each.map((fs) => fs[0]!) : [];
}

/**
 * A figure of a change: one a relation states as a change, of the action "giảm" itself, or a share
 * of a reference ("120,9% so với cùng kỳ").
 */
export const isChange = (k: LoadedKnowledge, f: CompiledFact) =>
  (f.facets.action as string[]).includes("giam") ||
  changeStating(k, f) !== undefined || shareStating(k, f) !== undefined;

/** Levels other than the province. */
const LOWER_LEVELS = new Set(["huyen", "xa"]);
/** Words that make a level a level as typed: "cấp xã", "commune-level", "provincial" (not "phuong an", phương án). */
// (Folded as the question's words are: "commune" is "commun".)
const LEVEL_WORDS = new Set(["cấp", "level", "provincial", "commune", "communes", "district", "districts", "ward", "wards"].map(foldedAsRead));

/**
 * What "provincial" names as a level when it comes before: the province's agencies, not its figures.
 * (The first word of each as read: "agencies" and "bodies" read "cơ quan", "sectors" "lĩnh vực";
 * English words stemmed. "provincial departments" reads whole as "sở ban ngành", no level.)
 */
const PROVINCIAL_BODIES: ReadonlySet<string> = new Set(["co", "linh", "authority", "administrativ", "level", "organ"]);
/** Words of other levels joined after "provincial", as read (folded): "and district", "or commune". */
const JOINED_LEVEL_WORDS: ReadonlySet<string> = new Set([...LEVEL_WORDS, "huyen", "xa", "and", "or", "va", "hoac"]);

/**
 * Typed without marks, the places of a level: "huyen" (no other word of these questions), or a level's
 * name after "các", "những", "mỗi", "từng" or a body ("ubnd xa"): "cac xa", not "xa" (far). In
 * English, any ("district", "communes").
 */
// (Not the first word of another: "cac phuong an" are "các phương án", "xa hoi" is "xã hội".)
const placesOf = (asked: Intent, h: Intent["level"][number]) =>
  asked.lang === "en" ||
  asked.words.slice(h.start, h.end).some((w) => w.fold === "huyen") ||
  (PLACES_AFTER.has(asked.words[h.start - 1]?.fold ?? "") && !OTHER_WORD_NEXT[asked.words[h.end - 1]?.fold ?? ""]?.has(asked.words[h.end]?.fold ?? ""));
const PLACES_AFTER: ReadonlySet<string> = new Set(["cac", "nhung", "moi", "tung", "dan"]);
/** Words after a level's name that make it another word ("phuong an", "phuong dien", "xa hoi"). */
const OTHER_WORD_NEXT: Readonly<Record<string, ReadonlySet<string>>> = {
  phuong: new Set(["an", "thuc", "phap", "tien", "huong", "cham", "dien", "trinh"]),
  xa: new Set(["hoi"]),
};

/**
 * The levels a question names as levels: a lower one typed with its marks or a level word, the
 * province only with one ("cấp tỉnh", "provincial"; "tỉnh" alone is the province as a whole).
 */
export function levelsSaid(asked: Intent): string[] {
  // (Typed without marks, names of one level in a row are that level: "xa phuong thi tran", not "phuong an".)
  const inARow = (h: (typeof asked.level)[number]) => asked.level.some((o) => o !== h && o.value === h.value && (o.end === h.start || o.start === h.end));
  const said = asked.level.filter((h) => {
    const words = asked.words.slice(h.start, h.end);
    // ("provincial" before what is counted is the province's: "provincial civil servant positions";
    // before agencies, the level: "provincial departments", "provincial-level agencies".)
    const province = h.end - h.start === 1 && words[0]!.fold === "provincial";
    // (Past other levels joined to it: "provincial, district agencies", "provincial and commune levels".)
    if (province) {
      let at = h.end;
      while (asked.words[at] && JOINED_LEVEL_WORDS.has(asked.words[at]!.fold)) at++;
      return PROVINCIAL_BODIES.has(asked.words[at]?.fold ?? "");
    }
    return words.some((w) => LEVEL_WORDS.has(w.fold)) || (LOWER_LEVELS.has(h.value) && (words.some((w) => w.marked) || inARow(h) || placesOf(asked, h)));
  });
  return [...new Set(said.map((h) => h.value as string))];
}

/** "bao nhiêu người", "bn nguoi", "how many people" (folded, as typed): people counted. */
const PEOPLE_COUNTED = /\b(?:bao nhieu|bn|may|how many) (?:nguoi|people|persons)\b/;
/** A unit counting people (folded): "người", "lượt người", "công chức", "biên chế", "civil servants", "staff". */
const PEOPLE_UNIT = /\b(?:nguoi|cong chuc|vien chuc|can bo|bien che|thi sinh|ung vien|people|civil servants?|staff|employees|positions?|entries)\b/;

/** Does the figure have the lower level the question names, count people when people are asked, and is it of the measure counted? */
export function fits(k: LoadedKnowledge, asked: Intent, fact: CompiledFact): boolean {
  const said = levelsSaid(asked).filter((l) => LOWER_LEVELS.has(l));
  if (said.length && fact.facets.level.length && !said.some((l) => (fact.facets.level as string[]).includes(l))) return false;
  // ("ket qua dau bn nguoi" counts people: not the 32 agencies whose sentence has "đầu năm".)
  // (Of a message asking once: "Bao nhiêu TTHC …, và bao nhiêu người dân hài lòng?" asks the 1.117 too.)
  const typed = asked.raw.map((t) => t.fold).join(" ");
  if (fact.kind === "count" && PEOPLE_COUNTED.test(typed) && timesAsked(typed) === 1 && !PEOPLE_UNIT.test(fold(`${fact.unit?.vi ?? ""} ${fact.unit?.en ?? ""}`).toLowerCase())) return false;
  const counted = measureCounted(asked);
  // What "bao nhiêu" counts is what is asked: a figure of another measure is not it, whether or not
  // the report counts that measure elsewhere ("tuyển dụng bao nhiêu viên chức" is not 128 units).
  return !counted || !fact.measure || counted.measure === fact.measure || namesMeasure(counted.words, fact.measure);
}

/**
 * The ranking with the figure the question's form asks first, when the best is another side of a
 * relation: the part its qualifiers name (its total best), the change "giảm bao nhiêu" asks (the
 * current level best: "biên chế hiện có giảm bn so với 2023"), or a fraction's part or whole. The
 * figure moved up keeps the best one's score and coverage (it answers the same words).
 */
/** A lead naming the only things counted ("Riêng …,", "Chỉ tính …,", "Only counting …,"), as typed. */
const ONLY_LEAD = /^\s*(?:riêng|rieng|chỉ (?:tính|xét|kể)|chi (?:tinh|xet|ke)|only counting|counting only|just counting)\s[^,?]*,/iu;

export function withAskedSide(k: LoadedKnowledge, intent: Intent, read: ReadPlan, ranked: Candidate[]): Candidate[] {
  const best = ranked[0];
  if (!best) return ranked;
  // "How many people work in the public sector?" asks a level, not the fall in it (988): a stated
  // change answers only a question that speaks of a change (else the others decide, or none does).
  if (statedChange(k, best.fact) && !speaksOfChange(intent)) {
    const others = ranked.filter((c) => !statedChange(k, c.fact));
    return others.length ? withAskedSide(k, intent, read, others) : [];
  }
  // The qualifiers of the clause that asks, without what is left out: "Theo báo cáo của UBND
  // tỉnh, …" and "ngoài HĐND tỉnh ra, …" name no part. Read only to confirm a part the whole
  // message names: most questions need no second reading.
  // (A lead saying only what is counted is the clause's: "Riêng nghị quyết của HĐND tỉnh, có bao nhiêu
  // văn bản QPPL …?", "Only counting the council's resolutions, how many …".)
  const asked = () => readIntent(`${ONLY_LEAD.exec(read.main)?.[0] ?? ""} ${askingClause(read.main) ?? read.main}`, k.contentFolds, k.places, intent.lang);
  const current = changeFrom(k, best.fact);
  const change = current && intent.kind !== "percent" && asksTheChange(intent) ? current : undefined;
  const side =
    (partNamed(k, best.fact, facetsOf(intent)) ? partNamed(k, best.fact, facetsOf(asked())) : undefined) ??
    (change ? k.byId.get(change.change) : undefined) ??
    fractionSide(k, intent, best.fact) ??
    countedSide(intent, ranked) ??
    planShareSide(k, intent, best.fact) ??
    totalOfUnsaidPart(k, intent, ranked);
  if (!side) return ranked;
  const own = ranked.find((c) => c.fact === side) ?? { ...best, fact: side };
  return [own, ...ranked.filter((c) => c !== own)];
}

/**
 * "bao nhiêu đơn vị sự nghiệp được phê duyệt đề án?" when the 117 of them "thuộc các cơ quan chuyên
 * môn" ranks a hair above the 128: a part the question says nothing setting apart from its total,
 * in words or by a level or body, is its total.
 */
function totalOfUnsaidPart(k: LoadedKnowledge, intent: Intent, ranked: Candidate[]): CompiledFact | undefined {
  const best = ranked[0]!;
  const over = totalOver(k, best.fact);
  const total = over && ranked.find((c) => c.fact.id === over.total);
  if (!total || total.fact.kind !== best.fact.kind || total.score < WEIGHTS.partOrTotal * best.score) return undefined;
  const named = facetsOf(intent);
  const byFacet = (["level", "body"] as const).some((d) => named[d].length > 0 && (best.fact.facets[d] as string[]).every((v) => named[d].includes(v)) && (total.fact.facets[d] as string[]).some((v) => !named[d].includes(v)));
  // (Said in words of the part's label its total's lacks, abbreviations spelled out: "văn bản quy
  // phạm" of the drafts "văn bản QPPL"; not a bare "co" that may be "có".)
  // (Or as written in them: "legal normative ones", which no synonym spells out.)
  const said = intent.words.filter((w) => !w.stop && !w.ambiguous).map((w) => w.fold);
  const apart = ownLabelWords(best.fact, [total.fact]).some((w) => said.includes(w)) || saysWhatSetsApart(said.join(" "), best.fact, total.fact);
  return byFacet || apart ? undefined : total.fact;
}

/** Small numbers written as words, with their marks ("bốn đoàn"; not "ba", also a father, nor "năm", a year). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({ hai: 2, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, two: 2, three: 3, four: 4, five: 5, six: 6 }).map(([w, n]) => [tokenize(w)[0]!.acc, n]),
);

/** Does the question state the figure's value, in digits or as a word ("04 đoàn", "Bốn đoàn")? */
function statesValue(intent: Intent, f: CompiledFact): boolean {
  return f.value !== null && intent.raw.some((t) => (/^\d+$/.test(t.fold) ? Number(t.fold) : NUMBER_WORDS.get(t.acc)) === f.value);
}

/**
 * "… nằm trong bao nhiêu lĩnh vực?" when the procedures' sentence ranks first: the figure of what
 * "bao nhiêu" counts, when it explains the question nearly as well as the best (a figure of another
 * measure is not what is asked; see `fits`).
 */
function countedSide(intent: Intent, ranked: Candidate[]): CompiledFact | undefined {
  const counted = measureCounted(intent);
  const best = ranked[0]!;
  // (The best figure the question itself states is what the asker knows, not what is asked: "Bốn đoàn
  // kiểm tra … đã kiểm tra được bao nhiêu văn bản?" of the 4 teams and their 106 documents, counted in
  // the unit "bao nhiêu" names.)
  if (statesValue(intent, best.fact) && intent.counted.length && countedShare(intent, best.fact) === 0) {
    const inUnit = ranked.find((c) => c !== best && c.fact.value !== null && c.coverage >= WEIGHTS.minCoverage && c.score >= WEIGHTS.readingRatio * best.score && countedShare(intent, c.fact) > 0);
    if (inUnit) return inUnit.fact;
  }
  if (!counted || !best.fact.measure || best.fact.measure === counted.measure || namesMeasure(counted.words, best.fact.measure)) return undefined;
  // (And of an action the question names: the fields of the procedures simplified are not those of the procedures published.)
  const actions = facetsOf(intent).action;
  return ranked.find(
    (c) =>
      c.fact.measure === counted.measure &&
      c.fact.value !== null &&
      c.coverage >= WEIGHTS.minCoverage &&
      c.score >= WEIGHTS.suggestRatio * best.score &&
      (!actions.length || actions.some((a) => (c.fact.facets.action as string[]).includes(a))),
  )?.fact;
}

/**
 * "Thu ngân sách đạt bao nhiêu % dự toán và cùng kỳ?", "What share of the estimate and of the same
 * period last year …?": the shares the report states of one amount, each against a plan the
 * question names, in the order it names them (two or more; else null). `saying`: the clauses one of
 * which must name the amount.
 */
export function sharesOfPlansNamed(k: LoadedKnowledge, intent: Intent, fact: CompiledFact, saying: readonly Intent[] = [intent]): CompiledFact[] | null {
  if (intent.kind !== "percent") return null;
  const text = ` ${intent.raw.map((t) => t.fold).join(" ")} `;
  const ownShare = shareStating(k, fact);
  const base = ownShare?.of ? k.byId.get(ownShare.of)! : fact;
  // (Of the amount the message names: after the spending, "so với dự toán và cùng kỳ?" is not the revenue's two shares.)
  if (!base.measure || !saying.some((i) => measuresNamed(i).includes(base.measure!))) return null;
  // (Names folded as the question's words are: "estimate" as "estimat".)
  const at = (r: { names: string[] }) => Math.min(...r.names.map((n) => text.indexOf(` ${tokenize(n).map((t) => t.fold).join(" ")} `)).filter((i) => i >= 0));
  const named = sharesOf(k, base).filter((r) => Number.isFinite(at(r)) || r.names.some((n) => yearBeforeNames(k, intent, fact, n)));
  return named.length >= 2 ? named.sort((a, b) => at(a) - at(b)).map((r) => k.byId.get(r.share)!) : null;
}

/**
 * "Chi cân đối ngân sách, so với dự toán?" when the spending itself ranks first: its share of the
 * plan the question compares it with, which the report states (a share-of-plan relation).
 */
function planShareSide(k: LoadedKnowledge, intent: Intent, fact: CompiledFact): CompiledFact | undefined {
  if (intent.kind && intent.kind !== "percent") return undefined;
  const text = intent.raw.map((t) => t.fold).join(" ");
  // The figure the shares are of: this one, or the one this share is of (a share of another plan ranked first).
  const ownShare = shareStating(k, fact);
  const base = ownShare?.of ? k.byId.get(ownShare.of)! : fact;
  for (const r of sharesOf(k, base)) {
    const compared = r.names.some(
      (n) => new RegExp(String.raw`\b(so voi|compared (with|to)|against|relative to) (the )?${fold(n).toLowerCase()}\b`).test(text) || yearBeforeNames(k, intent, fact, n),
    );
    if (compared) return k.byId.get(r.share);
  }
  return undefined;
}

/** A figure the report states as a change against a year, or its rate. */
const statedChange = (k: LoadedKnowledge, f: CompiledFact) => changeStating(k, f) !== undefined;

/** Words of a change: a fall or rise, a comparison, a baseline year. */
const CHANGE_TALK = /\b(tang|giam|tinh gian|so voi|chenh|bien dong|hon|kem|change|changed|compar\w*|than|vs|versus|fewer|more|less|lower|higher|rise|rose|increas\w*|decreas\w*|fall|fell|drop\w*|reduc\w*|cut\w*|shrink|shrank|down|up)\b/;
// (Not one denying it: "số biên chế không giảm là bao nhiêu?" asks no decrease.)
export const CHANGE_DENIED = /\b(?:khong|chua|ko|k) (?:bi |duoc )?(?:giam|tang)\b/;
const speaksOfChange = (intent: Intent) => {
  const typed = intent.raw.map((t) => t.fold).join(" ");
  return !CHANGE_DENIED.test(typed) && (intent.baselineYears.length > 0 || intent.action.some((h) => h.value === "giam") || CHANGE_TALK.test(typed));
};
