// Thresholds shared by the decisions of ask.ts and two-figures.ts.

/** Share of the question's content words the best fact must cover to be an answer. */
export const MIN_COVERAGE = 0.7;
