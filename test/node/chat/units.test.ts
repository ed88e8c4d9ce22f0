// The chat layer's small pure parts: money in billions, the short replies that mean something
// right after the bot spoke, the sealed chat id of a handoff, and Telegram's button data.
import { describe, expect, it } from "vitest";
import { seal, unseal } from "../../../adapters/chat/handoff/seal.ts";
import { isYes, readIntent, readVote } from "../../../adapters/chat/intent.ts";
import { approxBillions } from "../../../adapters/chat/money.ts";
import { readButton, voteData } from "../../../adapters/telegram/callback-data.ts";

describe("approxBillions", () => {
  it("rounds millions of đồng to billions, exact figure kept by the caller", () => {
    expect(approxBillions(11_145_304, "triệu đồng", "vi")).toBe("≈ 11.145 tỷ đồng");
    expect(approxBillions(11_145_304, "million VND", "en")).toBe("≈ 11,145 billion VND");
    expect(approxBillions(11_145_304, "million dong", "en")).toBe("≈ 11,145 billion dong");
    expect(approxBillions(12_345, "triệu đồng", "vi")).toBe("≈ 12,3 tỷ đồng");
    expect(approxBillions(1_500, "triệu đồng", "vi")).toBe("≈ 1,5 tỷ đồng");
  });

  it("leaves other figures alone: under 1000 millions, other units, no value", () => {
    expect(approxBillions(999, "triệu đồng", "vi")).toBeNull();
    expect(approxBillions(11_145_304, "thủ tục hành chính", "vi")).toBeNull();
    expect(approxBillions(null, "triệu đồng", "vi")).toBeNull();
  });
});

describe("short replies", () => {
  it("reads “có” and its variants as yes, and nothing longer", () => {
    for (const t of ["có", "Có ạ", "co", "ok", "đồng ý", "gửi", "Có nhé!", "yes"]) expect(isYes(t), t).toBe(true);
    for (const t of ["không", "có bao nhiêu TTHC?", "giá vàng", ""]) expect(isYes(t), t).toBe(false);
  });

  it("reads votes: đúng / sai, with or without diacritics and particles", () => {
    for (const t of ["đúng", "Đúng rồi", "dung", "chính xác", "👍", "right"]) expect(readVote(t), t).toBe(true);
    for (const t of ["sai", "Sai rồi ạ", "không đúng", "ko dung", "👎", "wrong"]) expect(readVote(t), t).toBe(false);
    for (const t of ["đúng bao nhiêu TTHC được công bố?", "có", "bai bo bao nhieu tthc"]) expect(readVote(t), t).toBeNull();
  });

  it("reads “câu hỏi mới” and /moi as starting over", () => {
    for (const t of ["/moi", "câu hỏi mới", "Cau hoi moi", "/new"]) expect(readIntent(t)).toEqual({ kind: "new" });
  });
});

describe("sealed chat ids", () => {
  it("open with the same secret and case code only", async () => {
    const sealed = await seal("6ede9afa66b88fe6d6a9", "K7Q2", "salt-1");
    expect(sealed).not.toContain("6ede9afa66b88fe6d6a9");
    expect(await unseal(sealed, "K7Q2", "salt-1")).toBe("6ede9afa66b88fe6d6a9");
    expect(await unseal(sealed, "K7Q3", "salt-1")).toBeNull();
    expect(await unseal(sealed, "K7Q2", "salt-2")).toBeNull();
    expect(await unseal("garbage", "K7Q2", "salt-1")).toBeNull();
    // Sealed twice, two different texts (a random nonce each time).
    expect(await seal("6ede9afa66b88fe6d6a9", "K7Q2", "salt-1")).not.toBe(sealed);
  });
});

describe("Telegram button data", () => {
  it("reads votes, handoff offers, facts and sections; anything else is stale", () => {
    const ref = "0123456789abcdef0123456789abcdef";
    expect(readButton(voteData(ref, true))).toEqual({ type: "vote", ref, up: true });
    expect(readButton(`v:d:${ref}`)).toEqual({ type: "vote", ref, up: false });
    expect(readButton("h:K7Q2MNP3RS")).toEqual({ type: "handoff", offer: "K7Q2MNP3RS" });
    expect(readButton("f:vi:tthc-cong-bo")).toEqual({ type: "fact", lang: "vi", id: "tthc-cong-bo" });
    expect(readButton("s:en:thu-tuc-hanh-chinh")).toEqual({ type: "section", lang: "en", id: "thu-tuc-hanh-chinh" });
    for (const raw of ["", "v:x:abc", "v:u:<script>", "h:", "h:lowercase", "q:vi:x", undefined]) expect(readButton(raw)).toBeNull();
  });
});
