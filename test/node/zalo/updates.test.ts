// Reading Zalo updates in-process: what is strict (event name, message_id, chat.id, from.id, a text
// event's text) and what is lenient (every other field), and what a message event lacks to be answered.
import { describe, expect, it } from "vitest";
import { messageKind, ZaloDelivery, ZaloUpdate } from "../../../adapters/zalo/updates.ts";
import { delivery, type FixtureName } from "./fixtures.ts";

const parse = (body: unknown) => ZaloDelivery.safeParse(body);
const parsed = (body: unknown) => {
  const r = parse(body);
  if (!r.success) throw new Error(`expected an update: ${JSON.stringify(r.error.issues[0])}`);
  return r.data;
};

const base = () => ({
  from: { id: "u1", display_name: "Nguyễn Văn A", is_bot: false },
  chat: { id: "c1", chat_type: "PRIVATE" },
  message_id: "m1",
  date: 1750316131602,
});

describe("fixtures of real shapes", () => {
  const answerable: FixtureName[] = ["text", "text-wrapped", "image", "sticker", "unsupported", "group-text", "sticker-object", "image-photo", "image-null-caption", "text-date-seconds", "unsupported-no-from", "voice", "file", "location", "group-mention", "group-reply"];

  it.each(answerable)("%s parses to a message the bot can answer", (name) => {
    const u = parsed(delivery(name));
    expect(u.kind).toBeDefined();
    expect(u.missing).toBeUndefined();
    expect(u.message?.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(u.message?.chat.id).toBeTruthy();
  });

  it.each(["text-null", "probe"] as const)("%s parses, and names what it lacks instead of failing", (name) => {
    const u = parsed(delivery(name));
    expect(u.message).toBeUndefined();
    expect(u.missing).toEqual(name === "probe" ? ["message"] : ["message.text"]);
  });
});

describe("lenient fields", () => {
  it("reads dates in seconds or milliseconds, as numbers or digits, as milliseconds; another shape as absent", () => {
    const date = (d: unknown) => parsed({ event_name: "message.text.received", message: { ...base(), text: "hi", date: d } }).message!.date;
    expect(date(1750316131)).toBe(1750316131000);
    expect(date(1750316131602)).toBe(1750316131602);
    expect(date("1750316131")).toBe(1750316131000);
    for (const odd of ["hôm qua", null, -5, { s: 1 }, true]) expect(date(odd)).toBeUndefined();
  });

  it("reads is_bot true, 'true' or 1 as a bot, and anything else as a person", () => {
    const isBot = (v: unknown) => parsed({ event_name: "message.text.received", message: { ...base(), text: "hi", from: { id: "u1", is_bot: v } } }).message!.from!.is_bot;
    for (const v of [true, "true", "TRUE", 1]) expect(isBot(v)).toBe(true);
    for (const v of [false, "false", 0, null, undefined, { yes: true }]) expect(isBot(v)).toBe(false);
  });

  it("ignores the shape of fields the handler does not read: sticker, photo, photo_url, caption, url, display_name", () => {
    const u = parsed({
      event_name: "message.sticker.received",
      message: { ...base(), from: { id: "u1", display_name: { first: "A" } }, sticker: { id: "s1", category: 3 }, photo: ["x"], photo_url: { url: "https://x" }, caption: null, url: 42 },
    });
    expect(u.kind).toEqual({ type: "media", media: "sticker" });
    expect(u.message).toMatchObject({ message_id: "m1", chat: { id: "c1" }, from: { id: "u1", is_bot: false } });
    expect(u.message!.from!.display_name).toBeUndefined();
  });

  it("reads chat_type in any case, and an unknown one as absent", () => {
    const type = (t: unknown) => parsed({ event_name: "message.text.received", message: { ...base(), text: "hi", chat: { id: "c1", chat_type: t } } }).message!.chat.chat_type;
    expect(type("group")).toBe("GROUP");
    expect(type(" Private ")).toBe("PRIVATE");
    expect(type(7)).toBeUndefined();
  });

  it("does not read a text that a non-text event carries, whatever its shape", () => {
    const u = parsed({ event_name: "message.image.received", message: { ...base(), text: { rich: true } } });
    expect(u.message?.text).toBeUndefined();
  });

  it("accepts numeric ids and keeps them as strings", () => {
    const u = parsed({ event_name: "message.text.received", message: { ...base(), message_id: 123, chat: { id: 456 }, from: { id: 789 }, text: "hi" } });
    expect(u.message).toMatchObject({ message_id: "123", chat: { id: "456" }, from: { id: "789" } });
  });
});

describe("strict fields", () => {
  it("names every field a message event lacks to be answered (absent or null)", () => {
    const missing = (message: unknown, event = "message.text.received") => parsed({ event_name: event, message }).missing;
    expect(missing({ ...base(), text: "hi", chat: undefined })).toEqual(["message.chat.id"]);
    expect(missing({ ...base(), text: "hi", chat: { id: null } })).toEqual(["message.chat.id"]);
    expect(missing({ ...base(), text: "hi", message_id: null })).toEqual(["message.message_id"]);
    expect(missing({ text: "hi" })).toEqual(["message.message_id", "message.chat.id"]);
    expect(missing({ ...base() })).toEqual(["message.text"]);
    // Text is needed only for text events.
    expect(missing({ ...base() }, "message.image.received")).toBeUndefined();
  });

  it("answers without a sender: from is optional, its id strict when present", () => {
    expect(parsed({ event_name: "message.text.received", message: { ...base(), from: undefined, text: "hi" } }).message!.from).toBeUndefined();
    expect(parsed({ event_name: "message.text.received", message: { ...base(), from: { is_bot: true }, text: "hi" } }).message!.from).toEqual({ id: undefined, display_name: undefined, is_bot: true });
  });

  it("refuses a field the handler reads when it has the wrong type, naming it", () => {
    for (const [message, path] of [
      [{ ...base(), text: 42 }, "message.text"],
      [{ ...base(), text: "hi", message_id: { id: 1 } }, "message.message_id"],
      [{ ...base(), text: "hi", chat: { id: ["c"] } }, "message.chat.id"],
      [{ ...base(), text: "hi", from: { id: true } }, "message.from.id"],
      [{ ...base(), text: "hi", chat: "c1" }, "message.chat"],
      ["a string", "message"],
    ] as const) {
      const r = parse({ event_name: "message.text.received", message });
      expect(r.success, path).toBe(false);
      expect(r.error!.issues[0]!.path.join(".")).toBe(path);
    }
  });

  it("refuses what is not an update at all", () => {
    for (const body of [null, 1, "x", [], { hello: "world" }, { event_name: 5 }, { event_name: "" }, { ok: true, result: { message: {} } }]) expect(parse(body).success).toBe(false);
  });

  it("does not read the payload of an event that is not a message", () => {
    expect(ZaloUpdate.parse({ event_name: "user.follow.oa", message: "whatever" })).toEqual({ event_name: "user.follow.oa" });
  });
});

describe("messageKind", () => {
  it("reads text, unsupported, and every other message.<kind>.received as media", () => {
    expect(messageKind("message.text.received")).toEqual({ type: "text" });
    expect(messageKind("message.unsupported.received")).toEqual({ type: "unsupported" });
    for (const media of ["image", "sticker", "voice", "file", "location", "video_note"]) expect(messageKind(`message.${media}.received`)).toEqual({ type: "media", media });
    for (const other of ["user.follow.oa", "message.text.sent", "message..received", "message.text.received.extra"]) expect(messageKind(other)).toBeNull();
  });
});
