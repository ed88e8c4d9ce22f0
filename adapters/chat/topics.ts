// The report's sections as numbered topics, and reading which one a user asks for:
// "/chude 3", "chủ đề 3", "chu de so 3", or a section's title typed on its own.
import { sections, type Lang } from "../../src/core/index.ts";
import { fold } from "./fold.ts";

export interface Topic {
  number: number;
  sectionId: string;
  title: string;
}

/** Sections that hold facts, numbered from 1 in report order. */
export function topics(lang: Lang): Topic[] {
  return sections(lang)
    .filter((s) => s.factIds.length > 0)
    .map((s, i) => ({ number: i + 1, sectionId: s.id, title: s.title }));
}

const BY_NUMBER = /^(?:\/chude|chu ?de|topic)(?: so)? (\d{1,3})$/;

export type TopicRequest = { number: number } | { topic: Topic; lang: Lang } | null;

/** What topic `text` asks for, if it asks for one. */
export function readTopicRequest(text: string): TopicRequest {
  const f = fold(text);
  const m = BY_NUMBER.exec(f);
  if (m) return { number: Number(m[1]) };
  const title = f.replace(/^(?:chu ?de|topic) /, "");
  for (const lang of ["vi", "en"] as const) {
    const topic = topics(lang).find((t) => fold(t.title) === title);
    if (topic) return { topic, lang };
  }
  return null;
}
