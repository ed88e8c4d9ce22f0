// `npm run ask -- "câu hỏi"`: the reply as a user would read it; `--json` prints the API object;
// `--lang en|vi` forces the reply language.
import { ask, Lang } from "./core/index.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const langAt = args.indexOf("--lang");
const lang = langAt >= 0 ? Lang.safeParse(args[langAt + 1]) : undefined;
if (lang && !lang.success) {
  console.error('ask: --lang takes "vi" or "en"');
  process.exit(2);
}
const question = args
  .filter((a, i) => a !== "--json" && !(langAt >= 0 && (i === langAt || i === langAt + 1)))
  .join(" ")
  .trim();
if (!question) {
  console.error('usage: npm run ask -- "Bao nhiêu thủ tục hành chính được công bố?" [--json] [--lang vi|en]');
  process.exit(2);
}
const answer = ask(question, { lang: lang?.data });
console.log(json ? JSON.stringify(answer, null, 2) : answer.text);
