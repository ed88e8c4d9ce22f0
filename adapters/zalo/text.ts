// Finding or removing an @mention of the bot in what users type in a Zalo group.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentionPattern(names: readonly string[]): RegExp | null {
  const usable = [...new Set(names.map((n) => n.normalize("NFC").trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (!usable.length) return null;
  return new RegExp(`@(?:${usable.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Whether `text` mentions one of `names` as "@name" (case-insensitive). */
export function mentions(text: string, names: readonly string[]): boolean {
  const re = mentionPattern(names);
  return re !== null && re.test(text.normalize("NFC"));
}

/** `text` without its "@name" mentions, spaces tidied. */
export function stripMentions(text: string, names: readonly string[]): string {
  const re = mentionPattern(names);
  const nfc = text.normalize("NFC");
  return (re ? nfc.replace(re, " ") : nfc).replace(/\s+/g, " ").trim();
}

/** A mention, up to four more words of a name, then a command: "@Trợ lý CCHC /chude 3" → "/chude 3". */
const MENTION_THEN_COMMAND = /^@\S+(?:\s+\S+){0,4}?\s+(\/[a-z_]+(?:\s.*)?)$/is;
const LEADING_MENTION = /^@\S*\s*/u;

/**
 * The text of a group message as a question for the bot. Zalo delivers a group message to the bot
 * only when it @mentions the bot or replies to it, so it is addressed to the bot either way; this
 * removes the mention. With the bot's display name (`botName`, ZALO_BOT_NAME) every "@name" goes.
 * Without it, or when the message still starts with another "@…", a leading "@word" goes: a
 * display name may hold spaces ("@Trợ lý CCHC"), and leaving a word of the name ("lý CCHC bao
 * nhiêu tthc") costs less than cutting a word of the question. A command within the first words
 * after a mention is kept whole.
 */
export function addressedText(text: string, botName?: string): string {
  let t = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (botName) t = stripMentions(t, [botName]);
  if (!t.startsWith("@")) return t;
  const command = MENTION_THEN_COMMAND.exec(t);
  if (command) return command[1]!.trim();
  return t.replace(LEADING_MENTION, "").trim();
}
