// Every number that decides which fact answers, in one place. Each is pinned by
// test/node/weights.test.ts: scaled by ±30 % it changes at least one fixture answer (a weight that
// changes nothing was deleted). Magnitudes are given with the reason; multiplicative factors apply
// to MiniSearch's score of a fact (BM25 over its labels, aliases, sentence and scope).
// `npm run ask -- --explain` prints each factor's value for the best-ranked facts.
export const WEIGHTS = {
  // Retrieval.
  /** A matched word pair ("công bố") counts 1.5× a single word: pairs say what single words cannot. */
  pairBoost: 1.5,
  /** A word matched only in its accented form counts half: the folded form already matched. */
  accentedBoost: 0.5,
  /** In coverage, a word matched alone when it has a content neighbour it should pair with counts
   * this much ("tiết" of "thời tiết" is not "tiết kiệm"). */
  coverageUnpaired: 0.5,

  // Facets (level, body, action) the question names.
  /** A facet value shared with the fact: ×(1.2 + 0.2 × Jaccard of the value sets), so the fact
   * whose values equal the question's wins ("HĐND tỉnh" → the council's own figure, ×1.4). */
  facetShared: 1.2,
  facetJaccard: 0.2,
  /** A value named that the fact lacks while it has others: ×0.5 (another level, body or action). */
  facetMismatch: 0.5,
  /** The fact names no value in that facet: ×0.85 (it may still be the one). */
  facetUnspecified: 0.85,
  /** "tỉnh" alone is nearly always context: shared ×1.1, missing no penalty. */
  provinceShared: 1.1,
  /** "cấp tỉnh" named as a level, the fact of lower levels only: ×0.65 (the level may be who acts). */
  provinceLevelMismatch: 0.65,
  /** No action named: a fact about an action (assigned, recruited) is ×0.9 against a state (hiện có). */
  actionFree: 0.9,

  // Kind of figure asked (count, percent, money) and form of the question.
  /** Asked a percent or money and the fact is one: ×1.6; the other kinds ×0.6. */
  kindMatch: 1.6,
  kindMismatch: 0.6,
  /** Asked "how many" (a count form) and the fact is a count: ×1.2. */
  countMatch: 1.2,
  /** A plain "bao nhiêu" asks for the amount, not a rate derived from it: a percent ×0.8. */
  plainPercent: 0.8,
  /** A statement (no figure) when an amount is asked: ×0.5; when a list or a name is asked: ×1.3. */
  statementForAmount: 0.5,
  statementForList: 1.3,
  /** "bao nhiêu [đơn vị sự nghiệp]": most (this share) of the counted words in the fact's unit
   * ×1.25, some ×1.1. */
  countedMostShare: 0.6,
  countedMost: 1.25,
  countedSome: 1.1,
  /** A figure whose label names another thing the question names besides what it counts ("các đoàn
   * kiểm tra … bao nhiêu văn bản": the documents the teams checked): ×1.5. */
  besideNamed: 1.5,
  /** The share of its own label the question says: ×(0.85 + 0.3 × share). */
  labelBase: 0.85,
  labelShare: 0.3,

  // Decisions over the ranking.
  /** Share of the question's content words the best fact must explain to be an answer. */
  minCoverage: 0.7,
  /** A best fact this many times the runner-up's score is the one asked: no two-figure split. */
  dominantRatio: 3,
  /** A runner-up within this share of the best score is offered as "Có thể bạn muốn hỏi". */
  suggestRatio: 0.9,
  /** A runner-up within this share that differs only in what the question leaves open is the
   * other reading: both are given. */
  readingRatio: 0.4,
  /** The same figure of another measure, when the question names none, even further behind. */
  parallelReadingRatio: 0.25,
  /** A fact explaining this share of a question "A và B" answers it whole (no split). */
  oneFactCoverage: 0.9,
  /** A clause naming its own subject decides its figure with this weight against the whole message. */
  clauseOwnWeight: 0.75,
  /** A side of a comparison names its figure clearly when no other comes within this share of its score. */
  clearSideRatio: 0.8,
  /** A total within this share of its part's score is as much what a question or clause names. */
  partOrTotal: 0.95,
};

export type Weight = keyof typeof WEIGHTS;

/**
 * What "without this weight" means for the weights whose effect is a step rather than a slope
 * (near their value nothing moves, without them answers do): the test pins those by removal.
 */
export const NEUTRAL: Partial<Record<Weight, number>> = { facetJaccard: 0, countMatch: 1, statementForList: 1, clauseOwnWeight: 1 };
