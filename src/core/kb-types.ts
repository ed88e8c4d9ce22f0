// Shapes of the compiled knowledge base that the build writes and the app loads.
import type { Bilingual, Fact, Report } from "../../knowledge/schema.ts";

/** A fact as the app ships it: what users typed (aliases) lives only in the index. */
export type CompiledFact = Omit<Fact, "aliases" | "raw" | "occurrence"> & {
  reportId: string;
  sectionTitle: Bilingual;
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
  contentFolds: string[];
  /** The marked forms (Token.acc) of the knowledge base's content words. */
  contentAccents: string[];
}
