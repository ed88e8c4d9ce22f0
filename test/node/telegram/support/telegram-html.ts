// Checks a message the way Telegram's HTML parser would reject it: unknown or unbalanced tags,
// a bare "<", ">" or "&", blockquotes inside blockquotes. Returns the problems (empty = fine) and
// the plain text the user sees.
const ALLOWED = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"]);
const ENTITY = /^&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/i;

export function checkTelegramHtml(html: string): { problems: string[]; plain: string } {
  const problems: string[] = [];
  const stack: string[] = [];
  let plain = "";
  for (let i = 0; i < html.length; ) {
    const ch = html[i]!;
    if (ch === "<") {
      const end = html.indexOf(">", i);
      const m = end > 0 ? /^<(\/?)([a-z-]+)(\s[^<>]*)?>$/.exec(html.slice(i, end + 1)) : null;
      if (!m) {
        problems.push(`bare "<" at ${i}`);
        i++;
        continue;
      }
      const [, closing, name] = m as unknown as [string, string, string];
      if (!ALLOWED.has(name)) problems.push(`unsupported tag <${name}>`);
      if (closing) {
        const open = stack.pop();
        if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
      } else {
        if (name === "blockquote" && stack.includes("blockquote")) problems.push("nested blockquote");
        stack.push(name);
      }
      i = end + 1;
    } else if (ch === ">") {
      problems.push(`bare ">" at ${i}`);
      i++;
    } else if (ch === "&") {
      const m = ENTITY.exec(html.slice(i));
      if (!m) {
        problems.push(`bare "&" at ${i}`);
        i++;
        continue;
      }
      plain += { amp: "&", lt: "<", gt: ">", quot: '"' }[m[1]!.toLowerCase()] ?? "?";
      i += m[0].length;
    } else {
      plain += ch;
      i++;
    }
  }
  if (stack.length) problems.push(`unclosed ${stack.map((t) => `<${t}>`).join(" ")}`);
  return { problems, plain };
}
