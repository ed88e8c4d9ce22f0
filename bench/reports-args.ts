// The `--reports` flag of `npm run bench`: `--reports 1,10,50`, `--reports=25`, or `--reports`
// alone for 1,10,50. Kept apart from the bench itself so that parsing it loads nothing heavy.
import * as z from "zod";

const Counts = z
  .string()
  .regex(/^\d+(,\d+)*$/, "not a list of numbers")
  .transform((s) => s.split(",").map(Number))
  .pipe(z.array(z.number().int().min(1).max(100)).min(1));

/** The N values of `--reports`, or null when the flag is absent. */
export function reportCounts(argv: string[]): number[] | null {
  const at = argv.findIndex((a) => a === "--reports" || a.startsWith("--reports="));
  if (at < 0) return null;
  const next = argv[at + 1];
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1]! : next && !next.startsWith("--") ? next : "1,10,50";
  const parsed = Counts.safeParse(value);
  if (parsed.success) return parsed.data;
  console.error(`bench: --reports ${value}: ${z.prettifyError(parsed.error)} (each N from 1 to 100, e.g. --reports 1,10,50)`);
  process.exit(2);
}
