// The cost bound: whatever a user types (up to 1,000 characters), the core's work per question is
// capped, so a crafted question costs about what an ordinary one does (Workers allow 10 ms of CPU
// a request on the free plan). Each cap is far above what a real question needs; the reason for
// its size is beside it. Property tests (test/node/cost-bound.test.ts) check the counters.
import { fold } from "./normalize.ts";

/** Words spell-corrected per question: real questions have one or two typos. */
export const MAX_CORRECTIONS = 4;
/** Unknown long words searched fuzzily per question (each is a scan of the index's terms). */
export const MAX_FUZZY_TERMS = 3;
/**
 * Words of a message read at all: the longest single question of the fixtures has 55 words. (A
 * longer message puts a greeting and its reasons before the question: its asking sentences are
 * what is read, ask.ts.)
 */
export const MAX_WORDS = 64;

/**
 * Per question, whatever reading it takes (clauses, exclusions, several figures): searches,
 * corrections and fuzzy searches in all. Most questions search once or twice; past a cap the work is
 * skipped (a search finds nothing), so a crafted question cannot cost more. (A few genuine ones reach
 * it, four clauses each read with their setting: a clause left unsearched is said unfound, several.ts.)
 * `spellingKeys`: the strings a correction looks up (a word of n letters, n(n+1)/2 + 1 within two
 * edits): a real question's corrections need a few hundred; a long run of letters would need
 * hundreds of thousands, and is left as typed (spelling.ts).
 */
export const QUESTION_BUDGET = { searches: 8, corrections: 12, fuzzySearches: 8, spellingKeys: 2_000 } as const;
/**
 * Figures asked in one message ("A bao nhiêu, B bao nhiêu, …"): officials' templates ask four
 * ("Nhờ tổng hợp giúp 4 chỉ số: …"); a fifth is rare in the blind batches. Past it the message is
 * read no further and the reply says so (each clause is a search of its own; the question's search
 * budget still bounds the whole).
 */
export const MAX_PARTS = 4;
/**
 * Pieces of an enumeration read for a figure each ("Sở ban ngành, Chi cục, UBND cấp huyện và đơn vị
 * sự nghiệp"): the report's longest list of parts has five; each piece is a search.
 */
export const MAX_ITEMS = 5;
/** Figures of the answers before the last one that a context carries ("cộng lại?" adds them): a chat's last few turns. */
export const MAX_EARLIER = 4;
/** Memoized corrections and fuzzy results per isolate: bounded whatever users type. */
export const MEMO_SIZE = 5_000;

/**
 * A map that forgets everything when full: bounded memory, no bookkeeping per hit. Forgetting takes a
 * new Map rather than Map.clear(): a cleared table lives on, linked to its successor, and V8's young
 * collector then keeps every value it held alive (and promotes it), which made each minor GC ~2 ms.
 */
export class BoundedMemo<K, V> {
  #map = new Map<K, V>();
  constructor(private readonly size = MEMO_SIZE) {}
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
  set(key: K, value: V): V {
    if (this.#map.size >= this.size) this.#map = new Map();
    this.#map.set(key, value);
    return value;
  }
  clear(): void {
    if (this.#map.size) this.#map = new Map();
  }
}

/** Memos that live for one question: the stages of a question share readings, never two questions. */
const questionMemos: BoundedMemo<unknown, unknown>[] = [];
export function questionMemo<K, V>(): BoundedMemo<K, V> {
  const memo = new BoundedMemo<K, V>(MAX_PARTS * 8);
  questionMemos.push(memo as BoundedMemo<unknown, unknown>);
  return memo;
}

/** Has the question spent its searches (a reading past that found nothing for want of them)? */
export const searchesSpent = (): boolean => work.searches > QUESTION_BUDGET.searches;

/** Counters of the bounded work, reset at the start of each question (tests read them). */
export const work = { corrections: 0, fuzzySearches: 0, searches: 0, spellingKeys: 0 };
/**
 * A second reading of the same message with its remarks set aside (ask.ts) gets searches of its own:
 * read first whole, a long message may have spent them. (Called at most twice a question.)
 */
export function searchesForSecondReading(): void {
  work.searches = 0;
}

export function resetWork(): void {
  work.corrections = 0;
  work.fuzzySearches = 0;
  work.searches = 0;
  work.spellingKeys = 0;
  for (const memo of questionMemos) memo.clear();
}

/**
 * From this many words on, a message is read only while more than half its words are distinct as
 * typed (MIN_DISTINCT, marks kept: "nhiều" is not "nhiêu"): the 5,883 real questions of 16 words or
 * more in the fixtures never fall below 0.58 ("UBND tỉnh công bố bao nhiêu TTHC, bãi bỏ bao nhiêu
 * TTHC, và số công bố nhiều hơn số bãi bỏ là bao nhiêu?"); crafted repetitions ("… bao nhiêu, … bao
 * nhiêu, …", a code word between random ones) fall to 0.2–0.56 (those above 0.55 are bounded by the
 * other budgets: words read, searches, corrections). Past it, what was read so far is answered.
 */
export const REPETITION_FROM = 16;
const MIN_DISTINCT = 0.55;

/**
 * Long words no report uses, and digit runs, past which (16 words on, more than three in four) a
 * message is read no further: the 979 real questions of 16 words or more in the fixtures when it was set had at
 * most 0.56 such words, strings of random letters or numbers have all.
 */
const STRANGE_LENGTH = 5;

/**
 * The part of a cleaned message that is read: its first MAX_WORDS words, up to where it starts
 * repeating itself or turns into words no report uses (`known`: a word the reports have; those
 * words are then not read at all: spelling them out and searching them fuzzily is what such a
 * message would cost, and could only find a figure by chance). Cut once where a question comes in,
 * so that every stage (intent, plan, clauses, exclusions) reads at most this much. `unasked`: the
 * message asked more figures than MAX_PARTS (the reply says the rest were not read).
 */
export function wordsRead(text: string, known: (word: string) => boolean = () => true): { text: string; unasked: boolean } {
  const words = text.split(" ", 4 * MAX_WORDS);
  const seen = new Set<string>();
  let asked = 0;
  let excluded = 0;
  const strange: number[] = [];
  let gibberish = false;
  let end = Math.min(words.length, MAX_WORDS);
  for (let i = 0, before = ""; i < end; i++) {
    const w = folded(words[i]!);
    // (Distinct as typed, marks kept: "nhiều" is not "nhiêu", "bố" not "bỏ".)
    seen.add(asTyped(words[i]!));
    // (Only a message long enough to be cut is looked up word by word: most questions are short.)
    if (words.length >= REPETITION_FROM && (/^\d/.test(w) || (w.length >= STRANGE_LENGTH && !known(words[i]!)))) strange.push(i);
    if (i + 1 >= REPETITION_FROM && 4 * strange.length > 3 * (i + 1)) gibberish = true;
    if (i + 1 >= REPETITION_FROM && (seen.size < MIN_DISTINCT * (i + 1) || gibberish)) end = i + 1;
    // Past MAX_PARTS figures asked, or MAX_EXCLUSIONS things left out, nothing more is answered.
    const pair = ASKS.has(`${before} ${w}`);
    if (pair || w === "bn" || w === "bnhieu") asked++;
    if (EXCLUDES.has(`${before} ${w}`)) excluded++;
    // (Cut before the words that open the clause not read: "…, and how many …" leaves no "and how".)
    if (asked > MAX_PARTS) {
      end = pair ? i - 1 : i;
      while (end > 0 && JOINING.has(folded(words[end - 1]!))) end--;
    } else if (excluded > MAX_EXCLUSIONS) end = i;
    before = w;
  }
  const unasked = asked > MAX_PARTS;
  if (gibberish) {
    const skip = new Set(strange);
    return { text: words.slice(0, end).filter((_, i) => !skip.has(i)).join(" "), unasked };
  }
  return { text: end === words.length ? text : words.slice(0, end).join(" "), unasked };
}

/** A word as typed, lower case, without punctuation. */
const asTyped = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{M}\d]/gu, "");

/** A word as counted: folded, lower case, without punctuation (memoized: words recur). */
const FOLDED = new BoundedMemo<string, string>(MEMO_SIZE);
const folded = (word: string) => FOLDED.get(word) ?? FOLDED.set(word, fold(word).toLowerCase().replace(/[^\p{L}\d]/gu, ""));

/** Exclusions read per message ("không tính A, không tính B"): one is what real questions have. */
export const MAX_EXCLUSIONS = 3;
/** Two words, folded, that ask for a figure or leave one out (counted as a message is read). */
const ASKS = new Set(["bao nhieu", "how many", "how much"]);
/** Words joining a clause to the one before ("và", "and"), folded. */
const JOINING = new Set(["va", "and", "con", "also", "plus"]);
const EXCLUDES = new Set(["khong tinh", "ko tinh", "khong ke", "ko ke", "not counting", "not including"]);
