// What a question asks for, beyond its words: facets (level, body, action, kind of figure), the
// places and years it names, and forms the reports cannot answer.
import { analyze, lexiconPhrases, type Word } from "./analyze.ts";
import {
  ACTION_PHRASES,
  BODY_PHRASES,
  KIND_PHRASES,
  LEVEL_PHRASES,
  type Action,
  type AskedKind,
  type Body,
  type Level,
} from "./lexicon/facets.ts";
import { INJECTION_FORMS, SMALL_TALK, UNANSWERABLE_FORMS } from "./lexicon/intents.ts";
import { PLACES } from "./lexicon/places.ts";
import { matchAt, tokenize, type Token } from "./normalize.ts";

export type FacetName = "level" | "body" | "action";

export interface FacetHit<T extends string> {
  value: T;
  /** Word positions the phrase covers. */
  start: number;
  end: number;
}

export interface Intent {
  words: Word[];
  /** Folded words naming what is counted: "bao nhiêu [đơn vị sự nghiệp]", "how many [tasks]". */
  counted: string[];
  /** Asks for a document's number or name ("kế hoạch số mấy"), not for a quantity. */
  identifier: boolean;
  /** Asks which things ("những huyện nào", "which districts"): a statement answers best. */
  listing: boolean;
  level: FacetHit<Level>[];
  body: FacetHit<Body>[];
  action: FacetHit<Action>[];
  kind: AskedKind | null;
  places: string[];
  years: number[];
  unanswerable: boolean;
  injection: boolean;
  smallTalk: boolean;
}

type Lexicon<T extends string> = { value: T; phrase: Token[] }[];

function compile<T extends string>(table: Record<T, string[]>): Lexicon<T> {
  return (Object.entries(table) as [T, string[]][])
    .flatMap(([value, phrases]) => lexiconPhrases(phrases).map((phrase) => ({ value, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

const LEVELS = compile(LEVEL_PHRASES);
const BODIES = compile(BODY_PHRASES);
const ACTIONS = compile(ACTION_PHRASES);
const KINDS = compile(KIND_PHRASES);
const UNANSWERABLE = lexiconPhrases(UNANSWERABLE_FORMS);
const QUANTITY = lexiconPhrases(["bao nhiêu", "mấy", "how many", "số lượng", "number of"]).map((phrase) => ({ value: "q" as const, phrase }));
const LISTING = lexiconPhrases(["nào", "những gì", "là gì", "gì", "which", "what are", "what were", "list", "liệt kê", "kể tên"]);
const IDENTIFIER = lexiconPhrases(["số mấy", "số nào", "số hiệu", "số bao nhiêu", "quyết định nào", "kế hoạch nào", "which decision", "what decision", "which plan", "what plan", "document number"]);
/** How many words after "bao nhiêu" name the thing counted. */
const COUNTED_WORDS = 3;

function countedAfterQuantity(words: Word[]): string[] {
  const q = findAll(words, QUANTITY)[0];
  if (!q) return [];
  const out: string[] = [];
  for (let i = q.end; i < words.length && out.length < COUNTED_WORDS; i++) {
    const w = words[i]!;
    if (w.stop || w.context) break;
    out.push(w.fold);
  }
  return out;
}
const INJECTION = lexiconPhrases(INJECTION_FORMS);
const SMALL_TALK_PHRASES = lexiconPhrases(SMALL_TALK);

/** Longest-first, non-overlapping matches of a lexicon in the words. */
export function findAll<T extends string>(words: readonly Token[], lexicon: Lexicon<T>): FacetHit<T>[] {
  const hits: FacetHit<T>[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = lexicon.find((e) => matchAt(words, i, e.phrase) > 0);
    if (hit) {
      hits.push({ value: hit.value, start: i, end: i + hit.phrase.length });
      i += hit.phrase.length;
    } else i++;
  }
  return hits;
}

const anyAt = (words: readonly Token[], phrases: Token[][]) =>
  words.some((_, i) => phrases.some((p) => matchAt(words, i, p) > 0));

/** Place names compiled per raw (not synonym-mapped) tokens: "Hà Nam" must not become anything else. */
const PLACE_PHRASES = PLACES.map((p) => ({ name: p, tokens: tokenize(p) })).sort((a, b) => b.tokens.length - a.tokens.length);

export function placesIn(text: string, ownPlaces: readonly string[] = []): string[] {
  const tokens = tokenize(text);
  const own = ownPlaces.map((p) => tokenize(p));
  const found: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const ownLen = Math.max(0, ...own.map((p) => matchAt(tokens, i, p)));
    const other = ownLen ? undefined : PLACE_PHRASES.find((p) => matchAt(tokens, i, p.tokens) > 0);
    if (other) found.push(other.name);
    i += ownLen || other?.tokens.length || 1;
  }
  return found;
}

export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,/])(19[5-9]\d|20\d\d)(?![\d.,/]\d)/g)].map((m) => Number(m[1]));
}

export function readIntent(question: string, contentFolds: ReadonlySet<string>, ownPlaces: readonly string[]): Intent {
  const words = analyze(question, { contentFolds });
  const kinds = findAll(words, KINDS);
  const content = words.filter((w) => !w.stop && !w.context);
  return {
    words,
    counted: countedAfterQuantity(words),
    identifier: anyAt(words, IDENTIFIER),
    listing: anyAt(words, LISTING),
    level: findAll(words, LEVELS),
    body: findAll(words, BODIES),
    action: findAll(words, ACTIONS),
    // Percent and money are explicit requests; a plain count request only rules those out.
    kind: kinds.find((k) => k.value === "percent")?.value ?? kinds.find((k) => k.value === "money")?.value ?? kinds[0]?.value ?? null,
    places: placesIn(question, ownPlaces),
    years: yearsIn(question),
    unanswerable: anyAt(words, UNANSWERABLE),
    injection: anyAt(words, INJECTION),
    smallTalk: content.length === 0 || (content.length <= 2 && anyAt(words, SMALL_TALK_PHRASES)),
  };
}
