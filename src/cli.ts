// `npm run ask -- "câu hỏi"`: the reply as a user would read it. Options: `--json` prints the API
// object, `--lang en|vi` forces the reply language, `--context <token>` continues a conversation
// (the `context` of the previous answer), `--explain` prints how the question was read and answered.
import { ask, explain, Lang } from "./core/index.ts";

const USAGE = `usage: npm run ask -- "Bao nhiêu thủ tục hành chính được công bố?" [options]
  --json             print the answer as the API returns it (with its context token)
  --lang vi|en       reply in this language (default: the question's)
  --context TOKEN    continue from a previous answer's context ("còn cấp huyện?")
  --explain          print the plan, the facts ranked, and what answered it
  --help             this text`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const valueOf = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const lang = valueOf("--lang") === undefined ? undefined : Lang.safeParse(valueOf("--lang"));
if (lang && !lang.success) {
  console.error('ask: --lang takes "vi" or "en"');
  process.exit(2);
}
const context = valueOf("--context");
const withValue = new Set(["--lang", "--context"]);
const question = args
  .filter((a, i) => !a.startsWith("--") && !withValue.has(args[i - 1] ?? ""))
  .join(" ")
  .trim();
if (!question) {
  console.error(USAGE);
  process.exit(2);
}
const options = { lang: lang?.data, context };
if (args.includes("--explain")) console.log(JSON.stringify(explain(question, options), null, 2));
else {
  const answer = ask(question, options);
  console.log(args.includes("--json") ? JSON.stringify(answer, null, 2) : answer.text);
}
