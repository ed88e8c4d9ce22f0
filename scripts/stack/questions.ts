// Real questions citizens and officials asked (test/node/fixtures/paraphrases.jsonl, a data file
// the tests score too), in file order: what `npm run loadtest` sends and the property tests mix up.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";

const QUESTIONS_FILE = join(import.meta.dirname, "..", "..", "test", "node", "fixtures", "paraphrases.jsonl");

/** One line of the file; only the question is used here. */
const QuestionLine = z.looseObject({ q: z.string().min(1) });

export function realQuestions(file = QUESTIONS_FILE): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => QuestionLine.parse(JSON.parse(l)).q);
}
