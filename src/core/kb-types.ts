// Shapes of the compiled knowledge base that the build writes and the app loads.
import type { Bilingual, Fact, Relation, Report } from "../../knowledge/schema.ts";

/** A fact as the app ships it: what users typed (aliases) lives only in the index. */
export type CompiledFact = Omit<Fact, "aliases" | "raw" | "occurrence"> & {
  reportId: string;
  sectionTitle: Bilingual;
  /** Where its quote starts in the report's text (source.txt). */
  at: number;
  /** The months its paragraph names up to its sentence: an event of the year held in them. */
  months?: number[];
};

export type CompiledReport = Omit<Report, "sections"> & {
  sections: { id: string; title: Bilingual }[];
  /** "Báo cáo số 627/BC-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế" */
  citation: Bilingual;
};

export interface KnowledgeBase {
  version: string;
  reports: CompiledReport[];
  facts: CompiledFact[];
  relations: CompiledRelation[];
  contentFolds: string[];
  /** The marked forms (Token.acc) of the knowledge base's content words. */
  contentAccents: string[];
}

/** A relation the report states between its figures, with the report it belongs to. */
export type CompiledRelation = Relation & { reportId: string };

/** Do two facts name the same values in a facet (order aside)? */
/** Two lists of distinct values holding the same values, in any order. */
export const sameValues = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v) => y.includes(v));

export function sameFacet(a: CompiledFact, b: CompiledFact, dim: "level" | "body" | "action"): boolean {
  return sameValues(a.facets[dim] as readonly string[], b.facets[dim] as readonly string[]);
}

/**
 * The bodies a figure is of in a question's words: its own, and the one the report's text implies
 * did it (`impliedBody`, "Sở Tư pháp" of the 106 its inspection teams checked).
 */
export const bodiesOf = (f: CompiledFact): readonly string[] => (f.impliedBody.length ? [...f.facets.body, ...f.impliedBody] : f.facets.body);

/** Every fact a relation names. */
export function relationFactIds(r: Relation): string[] {
  switch (r.type) {
    case "parts":
      return [r.total, ...r.parts];
    case "allocated-current":
      return [r.allocated, r.current];
    case "change":
      return [r.current, r.change, ...(r.rate ? [r.rate] : [])];
    case "share-of-plan":
      return [r.share, ...(r.of ? [r.of] : [])];
    case "listed":
      return r.parts;
  }
}

/** Is `a`'s sentence the one right before `b`'s in the report (a space or line apart at most)? */
export const sentenceBefore = (a: CompiledFact, b: CompiledFact): boolean => a.reportId === b.reportId && a.at + a.quote.length <= b.at && b.at - (a.at + a.quote.length) <= 2;
