// Is a message meant for the bot? In a private chat always; in a group only when it mentions the
// bot (@username, or a text mention of its account) or replies to one of its messages. Other
// chatter in the group is none of its business.
import type { Message, MessageEntity } from "grammy/types";
import type { BotIdentity } from "./bot-info.ts";

function entitiesOf(msg: Message): { text: string; entities: MessageEntity[] } {
  if (msg.text !== undefined) return { text: msg.text, entities: msg.entities ?? [] };
  return { text: msg.caption ?? "", entities: msg.caption_entities ?? [] };
}

/** The entities that mention this bot. */
function mentionsOfMe(msg: Message, me: BotIdentity): MessageEntity[] {
  const { text, entities } = entitiesOf(msg);
  const handle = me.username ? `@${me.username}`.toLowerCase() : null;
  return entities.filter(
    (e) =>
      (e.type === "mention" && handle !== null && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle) ||
      (e.type === "text_mention" && e.user.id === me.id),
  );
}

export function isReplyToMe(msg: Message, me: BotIdentity): boolean {
  return msg.reply_to_message?.from?.id === me.id;
}

/** A group message that @mentions someone, while the bot does not know its own username yet. */
export function mentionsUnknown(msg: Message, me: BotIdentity): boolean {
  if (me.username || msg.chat.type === "private") return false;
  return entitiesOf(msg).entities.some((e) => e.type === "mention");
}

export function addressedToMe(msg: Message, me: BotIdentity): boolean {
  if (msg.chat.type === "private") return true;
  return isReplyToMe(msg, me) || mentionsOfMe(msg, me).length > 0;
}

/** A bot command at the start of the message: its name and the bot it names ("/help@other_bot"). */
export function leadingCommand(msg: Message): { name: string; target?: string } | null {
  const { text, entities } = entitiesOf(msg);
  const e = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!e) return null;
  const [name = "", target] = text.slice(1, e.length).split("@");
  return { name: name.toLowerCase(), target: target?.toLowerCase() };
}

/** The text without the @mentions of this bot, whitespace collapsed at the joins. */
export function withoutMentionsOfMe(msg: Message, me: BotIdentity): string {
  const { text } = entitiesOf(msg);
  const mentions = mentionsOfMe(msg, me).filter((e) => e.type === "mention").sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of mentions) out = `${out.slice(0, e.offset)} ${out.slice(e.offset + e.length)}`;
  return out.replace(/\s+/g, " ").trim();
}
