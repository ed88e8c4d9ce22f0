// Choosing the stated figures an operation combines: one per value the question names in a facet
// ("UBND … nhiều hơn HĐND …", "cấp huyện với cấp xã"), the two sides of an allocated/current pair,
// or one per item of an enumeration ("Sở ban ngành, Chi cục, UBND cấp huyện").
import { addable } from "./derive.ts";
import { COUNTED_IN, type Measure } from "../../knowledge/vocabulary.ts";
import { readIntent, type Intent } from "./intent.ts";
import type { LoadedKnowledge } from "./kb.ts";
import { sameFacet, type CompiledFact } from "./kb-types.ts";
import { measureCounted, measuresCountedNamed, measuresNamed } from "./measures-named.ts";
import { relationOf, saysWhatSetsApart, totalOver } from "./relations.ts";
import { fold, foldedAsRead, hasVietnameseMarks, tokenize } from "./normalize.ts";
import { facetsOf, GENERIC_COUNTERS, search, type Candidate, type FacetQuery } from "./search.ts";
import { analyze } from "./analyze.ts";
import { WEIGHTS } from "./weights.ts";
import { MAX_ITEMS } from "./budget.ts";
import { withoutListNameCommas } from "./name-commas.ts";
import { PLUS_JOINING, PLUS_WORD } from "./lexicon/operations.ts";
import { AND_EQUIVALENTS } from "./lexicon/intents.ts";

const DIMS: (keyof FacetQuery)[] = ["action", "body", "level"];
const numeric = (f: CompiledFact) => f.value !== null && f.kind !== "statement";

/** The three levels named at once. */
// (Not a month's or a share's "3": "tháng 3 cấp xã", "2/3 cấp".)
// (On the words as analyzed: "three" is stemmed "thre", "levels" "level".)
const ALL_LEVELS = /\b((?<!(?:thang|muc|lan|so|\/) ?)(ba|3) cap|(all|every) (three? |3 )?levels?|(three?|3) levels?|ba cap chinh quyen)\b/;

/** Does the message name the three levels at once ("cả ba cấp", "all three levels"), or each of them ("province, district and commune")? */
export const namesAllLevels = (intent: Intent): boolean =>
  ALL_LEVELS.test(intent.raw.map((t) => t.fold).join(" ")) || ["tinh", "huyen", "xa"].every((l) => intent.level.some((h) => h.value === l));

/** The words before what a figure is compared with ("than (by) the", "hơn", "so với"), folded. */
const THAN = /(?:^|\s)(?:than(?: by| at| in)?(?: the)?|hon|so voi)$/;

/** "cấp tỉnh", "provincial": the province as a level compared with others, not as the report's setting. */
// (Folded as the question's words are: "province" is "provinc".)
const PROVINCE_AS_LEVEL = new Set(["cấp tỉnh", "provincial", "province level", "provincial level"].map(foldedAsRead));

/** Does the message name the province as a level ("cấp tỉnh", "provincial"), not as the context ("the province's own …")? */
export const provinceNamedAsLevel = (intent: Intent): boolean =>
  intent.level.some((h) => h.value === "tinh" && PROVINCE_AS_LEVEL.has(intent.words.slice(h.start, h.end).map((w) => w.fold).join(" ")));

/** The levels a message names, once each; the province only when named as a level (not "các xã của tỉnh"). */
export const levelsAsLevels = (intent: Intent): string[] => [...new Set(facetsOf(intent).level as string[])].filter((l) => l !== "tinh" || provinceNamedAsLevel(intent));

/**
 * The facet dimensions in which the question names two or more values, with those values. "tỉnh"
 * alone is the setting of nearly every question ("các xã trong tỉnh"): it counts as a level beside
 * another only when said as a level ("cấp tỉnh") or in a list of all three.
 */
export function namedTwice(intent: Intent): { dim: keyof FacetQuery; values: string[] }[] {
  const facets = facetsOf(intent);
  // "cả ba cấp", "all three levels": each level, as if named. (Not beside one level below the
  // province that the question counts: "Trong cả ba cấp, các xã ban hành bao nhiêu …?" asks the communes'.)
  const oneBelow = facets.level.length === 1 && facets.level[0] !== "tinh" && intent.kind !== "percent";
  if (namesAllLevels(intent) && !oneBelow) facets.level = ["tinh", "huyen", "xa"];
  // ("… tỉnh với cấp huyện …": "tỉnh" joined to another level is a level too.)
  // (Or in parallel, a word after each: "province-approved and district-approved".)
  const joinedToLevel = (h: { end: number }) =>
    intent.coordinators.some((j) =>
      intent.level.some(
        (o) => o.value !== "tinh" && o.start >= j.end && o.start <= j.end + 1 && (j.start === h.end || (j.start === h.end + 1 && intent.words[h.end]?.fold === intent.words[o.end]?.fold)),
      ),
    );
  // ("… by the district committees than by the province": what another level is compared with.)
  const comparedWith = (h: { start: number }) => THAN.test(intent.words.slice(Math.max(0, h.start - 3), h.start).map((w) => w.fold).join(" "));
  const asLevel = provinceNamedAsLevel(intent) || intent.level.some((h) => h.value === "tinh" && (joinedToLevel(h) || comparedWith(h)));
  if (facets.level.length === 2 && facets.level.includes("tinh") && !asLevel) facets.level = facets.level.filter((l) => l !== "tinh");
  // An action saying which things is no second figure: "văn bản do cấp huyện ban hành mà các đoàn
  // kiểm tra", "documents issued by the districts that the teams examined" ask what was checked.
  const asked = intent.action.filter((h) => !describesThings(intent, h));
  if (asked.length) facets.action = [...new Set(asked.map((h) => h.value as string))];
  return DIMS.map((dim) => ({ dim, values: facets[dim] })).filter((d) => d.values.length >= 2);
}

/**
 * An action after "do" and its agent ("do cấp huyện ban hành"), or before "by" ("issued by …"), with
 * another action after it that nothing joins it to: not "ban hành mới hoặc sửa đổi bởi …", "newly
 * regulated or amended by the PPC", two actions asked alike.
 */
function describesThings(intent: Intent, h: { start: number; end: number; value: string }): boolean {
  const next = intent.action.find((o) => o.start >= h.end && o.value !== h.value);
  if (!next || intent.words.slice(h.end, next.start).some((w) => JOINING.has(w.fold))) return false;
  return agentBefore(intent, h.start - AGENT_WORDS, h.start) || intent.words[h.end]?.fold === "by";
}

/**
 * An agent's "do" among the words from `from` to `to` ("văn bản do cấp huyện ban hành"): as typed
 * without marks, in a Vietnamese question, and not "đó" typed bare ("trong do", "do do").
 */
function agentBefore(intent: Intent, from: number, to: number): boolean {
  if (intent.lang !== "vi") return false;
  const ws = intent.words;
  for (let i = Math.max(0, from); i < to; i++) {
    if (ws[i]!.fold === "do" && !ws[i]!.marked && !NOT_AGENT_DO.has(ws[i - 1]?.fold ?? "") && ws[i + 1]?.fold !== "do") return true;
  }
  return false;
}

/** Words before a bare "do" that make it "đó" ("trong đó", "do đó", "vì đó"), folded. */
const NOT_AGENT_DO: ReadonlySet<string> = new Set(["trong", "do", "vi", "sau", "tu"]);

/** Words joining two actions into one question (folded). */
const JOINING: ReadonlySet<string> = new Set(["va", "hoac", "hay", "cung", "and", "or"]);

/** Words an agent between "do" and its verb may take ("do HĐND, UBND cấp huyện ban hành" once analyzed). */
const AGENT_WORDS = 4;

/**
 * The figure at each of `levels` of what `like` counts (its measure, kind and actions), one a level:
 * the one already `given` (or the total of a part given: "31 nghị quyết của HĐND tỉnh" stands for
 * the province's 125), else the one that is no part of another; null when a level has none or several.
 */
export function figuresAtLevels(k: LoadedKnowledge, like: CompiledFact, levels: readonly string[], given: readonly string[] = []): CompiledFact[] | null {
  const actions = like.facets.action as string[];
  const alike = k.kb.facts.filter(
    (f) =>
      f.reportId === like.reportId && f.measure === like.measure && f.kind === like.kind && f.value !== null &&
      (f.facets.action as string[]).length === actions.length && actions.every((a) => (f.facets.action as string[]).includes(a as never)),
  );
  const picks = levels.map((level) => {
    const of = alike.filter((f) => (f.facets.level as string[]).length === 1 && (f.facets.level as string[])[0] === level);
    const said = [...new Set(of.filter((f) => given.includes(f.id)).map((f) => k.byId.get(totalOver(k, f)?.total ?? f.id)!))];
    if (said.length === 1) return said[0]!;
    const wholes = of.filter((f) => !totalOver(k, f));
    return wholes.length === 1 ? wholes[0]! : null;
  });
  return picks.every((f) => f !== null) && new Set(picks).size === levels.length ? (picks as CompiledFact[]) : null;
}

/** For each value named in `dim`, the best fact carrying that value. */
export function onePerValue(k: LoadedKnowledge, intent: Intent, dim: keyof FacetQuery, values: string[]): CompiledFact[] {
  const base = facetsOf(intent);
  const picks: CompiledFact[] = [];
  const options: CompiledFact[][] = [];
  for (const v of values) {
    const fits = search(k, intent, { ...base, [dim]: [v] }).filter(
      (c) => numeric(c.fact) && (c.fact.facets[dim] as string[]).includes(v) && c.coverage >= WEIGHTS.minCoverage / 2 && !picks.includes(c.fact),
    );
    // "UBND … nhiều hơn HĐND …": the committee's own figure, not the council-and-committee total.
    const own = fits.filter((c) => !values.some((o) => o !== v && (c.fact.facets[dim] as string[]).includes(o)));
    const ordered = [...own, ...fits.filter((c) => !own.includes(c))].map((c) => c.fact);
    // (A value of figures at several levels, the question naming none, names no one figure: "văn bản
    // ban hành nhiều hơn văn bản kiểm tra bao nhiêu?" has documents issued at three levels.)
    const [first, second] = own;
    const levelsApart = dim !== "level" && !base.level.length && first && second && second.score >= WEIGHTS.readingRatio * first.score && first.fact.measure === second.fact.measure && !sameFacet(first.fact, second.fact, "level");
    if (levelsApart) continue;
    if (ordered[0]) {
      picks.push(ordered[0]);
      options.push(ordered);
    }
  }
  // The values of one question are of one action ("tổng vb qppl cả 3 cấp": issued at each level):
  // a pick of another action than all the others share gives way to one of theirs.
  // (Not when the message names actions of its own to tell the values apart.)
  if (picks.length >= 3 && !base.action.length) {
    picks.forEach((p, i) => {
      const rest = picks.filter((_, j) => j !== i);
      if (rest.every((o) => sameFacet(o, rest[0]!, "action")) && !sameFacet(p, rest[0]!, "action")) {
        const alike = options[i]!.find((f) => sameFacet(f, rest[0]!, "action") && !picks.includes(f));
        if (alike) picks[i] = alike;
      }
    });
  }
  return picks;
}

/**
 * Where an enumeration's items split: commas, "và", "and", "+", "plus", "lẫn" ("cả A lẫn B"), "với" (not
 * the "so với" of a comparison, "đối với", "cùng với").
 * (\b is ASCII-only in JS: "và" needs letter lookarounds.)
 */
// (Not "và tương đương", "and equivalent": part of the item's name, "Chi cục và tương đương". "cùng"
// joins before a body or a group only: "cùng UBND cấp huyện", not "so với cùng kỳ".)
const ITEM_SPLIT = new RegExp(String.raw`\s*(?:(?<!\d),|,(?!\d)|;|\+|(?<![\p{L}\p{M}])(?:và|va|plus|${PLUS_JOINING}|(?<!nhầm\s)lẫn(?!\s+nhau)|(?<!(?<![\p{L}\p{M}])(?:so|đối|doi|cùng|cung)\s)(?:với|voi)|(?:cùng|cung)(?:\s+(?:với|voi))?(?=\s+(?:ubnd|hđnd|hdnd|các|cac|những|nhung|sở|chi cục|chi cuc|đơn vị|don vi)(?![\p{L}\p{M}]))|and)(?![\p{L}\p{M}])(?!\s+${AND_EQUIVALENTS}))\s*`, "giu");

/**
 * One fact per enumerated item: each item's own ranking decides among the whole question's
 * candidates (the item says which, the whole question says of what).
 */
export function onePerItem(k: LoadedKnowledge, text: string, whole: Candidate[]): CompiledFact[] {
  return addedItems(itemPicks(k, text, whole));
}

/** The items' own figures (`itemPicks`) when they are parts of one sum; none otherwise. */
export function addedItems(items: (CompiledFact | null)[]): CompiledFact[] {
  // An item whose best is already taken adds nothing ("xã, phường").
  const picks = [...new Set(items.filter((f) => f !== null))];
  // Parts of one sum are parallel: one measure, one action ("Sở ban ngành, Chi cục, UBND cấp huyện"
  // approved); place names listed as where something happened are not parts to add.
  // (Or of measures that count the same kind of thing: "Sở ban ngành, Chi cục, UBND cấp huyện và đơn
  // vị sự nghiệp" are agencies and units; "the civil servants now in post [and] the staff present in
  // public service units" are people.)
  const kin = picks.length >= 2 && addable(picks);
  return picks.every((f) => (f.measure === picks[0]!.measure || kin) && sameFacet(f, picks[0]!, "action")) ? picks : [];
}

/** Does the list part a figure's own unit at a joiner (the unit in the text, in none of its pieces)? */
export function unitParted(text: string, facts: CompiledFact[]): boolean {
  const said = (t: string) => ` ${tokenize(t).map((w) => w.fold).join(" ")} `;
  const whole = said(text);
  const pieces = splitItems(text).map(said);
  return facts.some((f) =>
    [f.unit?.vi, f.unit?.en].some((u) => {
      const unit = u ? said(u) : "";
      return unit.trim().includes(" ") && whole.includes(unit) && !pieces.some((p) => p.includes(unit));
    }),
  );
}

/** The pieces a list splits into, trimmed, none empty. */
export const splitItems = (text: string): string[] => bothAndUnmarked(addedToAsList(withoutListNameCommas(text))).split(ITEM_SPLIT).map((s) => s.trim()).filter(Boolean);

/** "add A to B" (not "add up to"): A and B are the items, as "A, B". */
const ADD_TO = /(?<![\p{L}])(add(?:ing)?\s+(?!up\s)[^,;?]+?)\s+to\s+(?=\p{L})/iu;
const addedToAsList = (text: string): string => text.replace(ADD_TO, "$1, ");

/** "ca A lan B" typed without marks anywhere is "cả A lẫn B" (with marks, "lần" is another word). */
const BOTH_AND_UNMARKED = /(?<![\p{L}])(ca\s.+\s)lan(?=\s)/u;
const bothAndUnmarked = (text: string): string => (/\slan\s/.test(text) && !hasVietnameseMarks(text) ? text.replace(BOTH_AND_UNMARKED, "$1lẫn") : text);

/** How many pieces a message lists (its asking clause among them), up to MAX_ITEMS: no search. */
export const itemsListed = (text: string): number => Math.min(MAX_ITEMS, addedToAsList(withoutListNameCommas(text)).split(ITEM_SPLIT).filter((s) => s.trim()).length);

/** Each listed item's own best fact among the candidates (null for an item none explains), when there are two items or more. */
export function itemPicks(k: LoadedKnowledge, text: string, whole: Candidate[], shareVerb = true, setting = text, clear = false): (CompiledFact | null)[] {
  // (Pieces before the one opening the list set the scene: "Về cải cách chế độ công vụ, tính gộp các
  // Sở ban ngành, Chi cục …".)
  const pieces = splitItems(text);
  const opening = pieces.findIndex((p, i) => i > 0 && LIST_OPENING.test(p) && pieces.slice(0, i).every((q) => SETTING.test(fold(q).toLowerCase())));
  const items = pieces.slice(Math.max(0, opening), Math.max(0, opening) + MAX_ITEMS);
  if (items.length < 2) return [];
  const pool = poolOf(whole);
  // (Each item of an enumeration takes the action it leaves unsaid from the whole message: the verb
  // they share. Not the two sides of a comparison, each with its own: "more left … than were cut".)
  // (A piece that is only what is asked of the list, ", tổng là bn", ", năm 2024 có tổng cộng bao
  // nhiêu …", names no item.)
  // (Only the last piece holds what is asked of them all: "Tổng cộng bao nhiêu …: A, B" opens with it.)
  return items.flatMap((item, i) => {
    // (The first item without the words that open the list: "Cộng cả [Sở ban ngành] và …".)
    const own = i === items.length - 1 ? item.replace(ADDED_AFTER, "").trim() : i === 0 ? item.replace(LIST_OPENING, "").trim() || item : item;
    if (i === items.length - 1 && (ONLY_ASKED.test(item) || (i >= 2 && (OPENS_ASKING.test(item) || SHARED_PREDICATE.test(item))) || (own !== item.trim() && !namesSomething(k, own)))) return [];
    return [itemPick(k, own || item, pool, shareVerb ? setting : undefined, ["action"], WEIGHTS.minCoverage, clear)];
  });
}

/** A piece that sets the scene rather than names an item ("Trong đề án vị trí việc làm, …", "Ở cấp huyện, …", "For the schemes, …"), folded. */
export const SETTING = /^(?:trong|ve|sau|doi voi|ngoai|tai|o|theo|qua|for|in|at|of|among|regarding|as for|after)\s/;

/** Words opening a list to add ("Cộng cả …", "Tính cả …", "Gộp chung …", "tổng số …", "Counting …"). */
const LIST_OPENING = /^\s*(?:(?:tính|tinh|cộng|cong|gộp|gop)\s+(?:cả|ca|chung|gộp|gop|lại|lai)|tổng số|tong so|tổng cộng|tong cong|(?:the )?(?:total|sum) of|counting(?: both)?|adding(?: up)?)(?![\p{L}\p{M}])\s*/iu;

/** Where a list ends in what is asked of it ("A và B cộng lại có bao nhiêu …", "A và B chênh lệch bao nhiêu", "A và B thì tỉnh đã duyệt cho bao nhiêu …"): the last item is what comes before. */
export const ADDED_AFTER =
  /,?\s+(?:(?:thì|thi)\s+(?:(?:có|co|được|duoc|dc)\s+)?(?:bao nhiêu|bao nhieu|bn|mấy)(?![\p{L}\p{M}]).*$|(?<!(?:hội|hoi|cuộc|cuoc|dự|du|kỳ|ky)\s+)(?:thì|thi)\s+(?=[^,;]*?(?:bao nhiêu|bao nhieu|bn|mấy)(?![\p{L}\p{M}])).*$|(?:(?:thì|thi)\s+)?(?:cộng lại|cong lai|gộp lại|gop lai|cộng chung|cong chung|tính chung|tinh chung|tổng cộng|tong cong|tổng là|tong la|là bao nhiêu|la bao nhieu|in total|combined|together|altogether|chênh lệch|chenh lech|chênh nhau|chenh nhau|lệch nhau|lech nhau)(?![\p{L}\p{M}]).*$)/isu;

/** A last piece opening with what is asked ("…, how many bodies is that in total?", "…, có bao nhiêu …"), after two items or more: no item of the list. */
const OPENS_ASKING = /^\s*(?:(?:thì|thi)\s+)?(?:(?:có|co)\s+)?(?:how many|how much|what|bao nhiêu|bao nhieu|bn|mấy)(?![\p{L}\p{M}])/iu;

/** A last piece opening with the verb the items share ("…, have had their schemes approved?", "…, đã được phê duyệt?"): no item. */
const SHARED_PREDICATE = /^\s*(?:have|has|had|were|was|are|is|đã|được|đều|da (?:duoc|dc)|duoc|deu)(?![\p{L}\p{M}])/iu;

/** A piece that only asks the list's total: "tổng là bn", "tổng cộng là bao nhiêu?". */
const ONLY_ASKED = /^\s*(?:(?:thì|thi)\s+)?(?:tổng|tong)(?:\s+(?:cộng|cong|số|so|lại|lai))?\s*(?:(?:là|la)\s*)?(?:bao nhiêu|bao nhieu|bn)?\s*[?.!]*\s*$/iu;

/** Does a piece name anything beyond the report's context and function words ("năm 2024 có")? */
const namesSomething = (k: LoadedKnowledge, piece: string) => readIntent(piece, k.contentFolds, k.places).words.some((w) => !w.stop && !w.context && !/^\d/.test(w.fold));

/** The whole question's candidates an item may pick from: figures it explains at least in part. */
export const poolOf = (whole: Candidate[]): Candidate[] => whole.filter((c) => numeric(c.fact) && c.coverage >= WEIGHTS.minCoverage / 2);

/**
 * One item's own best fact among the pool (null when none explains it). `setting`: qualifiers the
 * item leaves unsaid come from there ("dự thảo QPPL chiếm bao nhiêu % số dự thảo Sở Tư pháp góp ý":
 * the drafts commented on, not those appraised). `clear`: null when another figure explains it nearly as well.
 */
export function itemPick(
  k: LoadedKnowledge,
  item: string,
  pool: Candidate[],
  setting?: string,
  dims: readonly (keyof FacetQuery)[] = ["level", "body", "action"],
  least = WEIGHTS.minCoverage,
  clear = false,
): CompiledFact | null {
  const intent = readIntent(item, k.contentFolds, k.places);
  const facets = facetsOf(intent);
  // (The one measure the whole message counts, "bao nhiêu văn bản QPPL", is each item's: "kiểm tra
  // qua các Đoàn kiểm tra" counts the documents the teams checked, not the teams.)
  // (Only instead of a figure of another measure the message names too, as where or by whom.)
  let counted: string | undefined;
  let named: string[] = [];
  if (setting) {
    const whole = readIntent(setting, k.contentFolds, k.places);
    const around = facetsOf(whole);
    for (const d of dims) if (!facets[d].length) facets[d] = around[d];
    named = measuresNamed(whole);
    counted = measureCounted(whole)?.measure ?? named[0];
  }
  const found = search(k, intent, facets).filter((c) => pool.some((p) => p.fact === c.fact));
  const byOther = found[0] && found[0].fact.measure !== counted && named.includes(found[0].fact.measure ?? "");
  const ranked = (byOther && found.find((c) => c.coverage >= WEIGHTS.minCoverage && c.fact.measure === counted && c.score >= WEIGHTS.readingRatio * found[0]!.score)) || found[0];
  // ("Sở cấp tỉnh" in "(Sở cấp tỉnh, Chi cục và UBND cấp huyện)": an item naming one figure's unit, and
  // not the unit of the figure its level ranks first, is that figure: the departments, not the
  // provincial public service units.)
  const saysUnit = unitSaidBy(intent);
  // (Not of the measure the whole message counts: "kiểm tra của các Đoàn kiểm tra" among documents checked.)
  const byUnit = ranked && ranked.fact.measure !== counted && !saysUnit(ranked.fact) ? found.filter((c) => c.coverage >= least && saysUnit(c.fact)) : [];
  const own = byUnit.length === 1 ? byUnit[0] : ranked;
  if (!own || own.coverage < least) return null;
  // (Asked to be clear: no other figure, save the one's total or parts, nearly as good for the item.)
  const related = (f: CompiledFact) => totalOver(k, f)?.total === own.fact.id || totalOver(k, own.fact)?.total === f.id;
  if (clear && found.some((c) => c !== own && !related(c.fact) && c.score >= WEIGHTS.clearSideRatio * own.score)) return null;
  // An item that says none of what sets a part apart from its total names the total ("đơn vị sự
  // nghiệp": the 128, not the 117 of them "thuộc các cơ quan chuyên môn").
  const total = totalOver(k, own.fact);
  const whole = total && pool.find((p) => p.fact.id === total.total)?.fact;
  return whole && !saysWhatSetsApart(item, own.fact, whole) ? whole : own.fact;
}

/**
 * Is an item a figure's unit, at most with a level ("Sở cấp tỉnh"): every word it says, besides the
 * words any count or level has ("đơn vị", "cấp", "tỉnh"), a word of the unit, marks and all when both have them?
 */
function unitSaidBy(item: Intent): (f: CompiledFact) => boolean {
  const said = item.words.filter((w) => !w.stop && !w.context && !UNIT_WORDS_OF_ANY.has(w.fold));
  return (f) => {
    const unit = unitWordsOf(f);
    return said.length > 0 && said.every((w) => unit.some((u) => w.fold === u.fold && (!w.marked || !u.marked || w.acc === u.acc)));
  };
}
/** A figure's unit in both languages, analyzed once (an item's pick reads many figures' units). */
const unitWords = new WeakMap<CompiledFact, ReturnType<typeof analyze>>();
function unitWordsOf(f: CompiledFact): ReturnType<typeof analyze> {
  let words = unitWords.get(f);
  if (!words) unitWords.set(f, (words = analyze(`${f.unit?.vi ?? ""} ; ${f.unit?.en ?? ""}`).filter((u) => !u.stop)));
  return words;
}
const UNIT_WORDS_OF_ANY: ReadonlySet<string> = new Set([...GENERIC_COUNTERS, "cap", "level", "tinh", "huyen", "xa", "province", "provincial", "district", "commune"]);

/**
 * "biên chế công chức và người làm việc": for each measure the question names, its best-ranked
 * figure; all of one kind and one action, or none (what was assigned is not added to what is left).
 */
function onePerMeasure(k: LoadedKnowledge, intent: Intent, ranked: Candidate[]): CompiledFact[] {
  // (Not who a figure was given to: "người làm việc được giao cho các đơn vị sự nghiệp" adds no units.)
  const measures = measuresCountedNamed(intent);
  if (measures.length < 2) return [];
  const actions = facetsOf(intent).action;
  // The best-ranked of the measure; else, when the other measure's words outrank it, its one
  // figure of the actions named ("biên chế … và người làm việc … giảm").
  const acts = (f: CompiledFact) => actions.every((a) => (f.facets.action as string[]).includes(a));
  const ofMeasure = (m: string) =>
    ranked.find((c) => c.fact.measure === m && numeric(c.fact) && acts(c.fact) && c.coverage >= WEIGHTS.minCoverage / 2)?.fact ??
    only(k.kb.facts.filter((f) => (!k.scope || k.scope.has(f.reportId)) && f.measure === m && numeric(f) && f.kind !== "percent" && actions.length > 0 && acts(f)));
  // (A measure with no figure of that action may be counted in another: civil servants cut, in positions.)
  const picks = measures.flatMap((m) => ofMeasure(m) ?? (COUNTED_IN[m as Measure] && actions.length ? ofMeasure(COUNTED_IN[m as Measure]!) : undefined) ?? []);
  // (Two measures counted in one, "công chức với biên chế công chức", name one figure: no sum.)
  return picks.length === measures.length && new Set(picks).size === picks.length && picks.every((f) => f.kind === picks[0]!.kind && sameFacet(f, picks[0]!, "action")) ? picks : [];
}

const only = <T>(xs: T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

/** The two sides of an allocated/current pair that the best fact belongs to. */
export function allocatedAndCurrent(k: LoadedKnowledge, f: CompiledFact): [CompiledFact, CompiledFact] | null {
  const r = relationOf(k, f, "allocated-current");
  return r ? [k.byId.get(r.allocated)!, k.byId.get(r.current)!] : null;
}

/**
 * The figures an operation over several of them combines; [] when the question does not say.
 * `pairs`: an allocated/current pair is a comparison's two sides ("hiện có thấp hơn số được giao"),
 * never a sum's parts.
 */
export function operandsFor(k: LoadedKnowledge, text: string, intent: Intent, ranked: Candidate[], pairs: boolean): CompiledFact[] {
  // Of the qualifiers named twice, the one whose figures are of one measure ("the provincial and
  // the district approvals … now" names two levels of one figure, not two actions).
  // (Not the qualifier whose values one figure already covers together, "HĐND, UBND tỉnh" of the
  // province's 125, when another is named twice: "… tỉnh với cấp huyện cộng lại" adds the levels.)
  const twice = namedTwice(intent);
  const joint = (dim: keyof FacetQuery, values: string[]) => ranked.slice(0, 3).some((c) => values.every((v) => (c.fact.facets[dim] as string[]).includes(v)));
  const apart = twice.length > 1 ? twice.filter(({ dim, values }) => !joint(dim, values)) : twice;
  const byDim = (apart.length ? apart : twice).map(({ dim, values }) => onePerValue(k, intent, dim, values)).filter((picks) => picks.length >= 2);
  const picked = byDim.find((picks) => picks.every((f) => f.measure === picks[0]!.measure)) ?? byDim[0];
  if (picked) return picked;
  const measures = onePerMeasure(k, intent, ranked);
  if (measures.length >= 2) return measures;
  const best = ranked[0];
  const pair = pairs && best && allocatedAndCurrent(k, best.fact);
  if (pair) return pair;
  return onePerItem(k, text, ranked);
}

/** "cộng" and the words around it that make it no joiner, as a question's words hold them (accents coded). */
// (Compared with their marks, as "cộng" is: unmarked, "dong" is đồng, động and dòng.)
const PLUS = tokenize(PLUS_WORD.word)[0]!;
const accOf = (w: string) => tokenize(w)[0]!.acc;
const NOT_PLUS_AFTER = new Set(PLUS_WORD.notAfterWord.map(accOf));
const NOT_PLUS_BEFORE = new Set(PLUS_WORD.notBeforeWord.map(accOf));

/**
 * Two different actions asked, and "và"/"and"/"hoặc" joining things after the first. An action after "do …"
 * says which things ("văn bản QPPL do cấp huyện ban hành": issued by the districts), not what to add.
 */
export function actionsJoined(intent: Intent): boolean {
  const asked = intent.action.filter((a, i) => !agentBefore(intent, i ? intent.action[i - 1]!.end : 0, a.start));
  const first = asked[0];
  if (!first || !asked.some((a) => a.value !== first.value)) return false;
  // ("ban hành mới hoặc sửa đổi": either action counts in the total.)
  // ("if you add the ones it commented on to the ones it appraised": "add … to" joins them too.)
  const addedTo = intent.words.slice(0, first.start).some((w) => w.fold === "add") && intent.words.slice(first.end).some((w) => w.fold === "to");
  // ("số công bố cộng số bãi bỏ": "cộng" typed with its marks between them, PLUS_WORD.)
  const plus = intent.words.some((w, i) => i >= first.end && w.marked && w.acc === PLUS.acc && !NOT_PLUS_AFTER.has(intent.words[i - 1]?.acc ?? "") && !NOT_PLUS_BEFORE.has(intent.words[i + 1]?.acc ?? ""));
  return addedTo || plus || intent.coordinators.some((c) => c.start >= first.end) || intent.words.slice(first.end).some((w) => w.fold === "hoac" || w.fold === "or");
}
