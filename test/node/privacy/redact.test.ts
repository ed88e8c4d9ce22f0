// Redaction of personal data from what citizens type (src/privacy/redact.ts), over real-looking
// Vietnamese formats; and what must never be touched: the report's own figures as users quote
// them, the report itself, and every question of the test fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLACEHOLDER, redactPersonalData as redact } from "../../../src/privacy/redact.ts";

const { phone, id, email, account, address } = PLACEHOLDER;

describe("phone numbers", () => {
  it.each([
    ["SĐT 0905123456", `SĐT ${phone}`],
    ["gọi em 0905 123 456 nha", `gọi em ${phone} nha`],
    ["0905.123.456", phone],
    ["0905-123-456", phone],
    ["090 512 3456", phone],
    ["+84 905 123 456", phone],
    ["+84905123456", phone],
    ["(+84) 905.123.456", phone],
    ["+84-905-123-456", phone],
    ["84905123456", phone],
    ["0234 3822 123 (bàn)", `${phone} (bàn)`],
    ["0234.3822.123", phone],
    ["(028) 3822 1234", phone],
    ["02343822123", phone],
    ["sđt:0912345678", `sđt:${phone}`],
    ["SĐT0905123456", `SĐT${phone}`],
    ["zalo 0388 123 456 ạ", `zalo ${phone} ạ`],
    ["liên hệ 0912.345.678 hoặc 0977-111-222", `liên hệ ${phone} hoặc ${phone}`],
    ["0905123456,0912345678", `${phone},${phone}`],
  ])("%s", (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe("citizen ID numbers (CCCD, CMND)", () => {
  it.each([
    ["CCCD 046095001234", `CCCD ${id}`],
    ["căn cước công dân số 046095001234", `căn cước công dân số ${id}`],
    ["CCCD: 046 095 001 234", `CCCD: ${id}`],
    ["cccd 046.095.001.234", `cccd ${id}`],
    ["số CMND 191234567", `số CMND ${id}`],
    ["CMND 123.456.789", `CMND ${id}`],
    ["chứng minh nhân dân 191 234 567", `chứng minh nhân dân ${id}`],
    ["046095001234", id],
    ["mã định danh 079203001122 của tôi", `mã định danh ${id} của tôi`],
    ["CCCD 046095001234 cấp ngày 12/05/2021", `CCCD ${id} cấp ngày 12/05/2021`],
  ])("%s", (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe("e-mail addresses", () => {
  it.each([
    ["email a.b@gmail.com", `email ${email}`],
    ["gửi vào nguyen.van-a_1990@yahoo.com.vn giúp em", `gửi vào ${email} giúp em`],
    ["Email: HoangThiB@hue.gov.vn.", `Email: ${email}.`],
    ["(xyz+tag@outlook.com)", `(${email})`],
  ])("%s", (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe("bank accounts and cards", () => {
  it.each([
    ["STK 0071000123456 Vietcombank", `STK ${account} Vietcombank`],
    ["số tài khoản: 19033456789012", `số tài khoản: ${account}`],
    ["tài khoản BIDV 5511 0000 123456", `tài khoản BIDV ${account}`],
    ["thẻ 4111 1111 1111 1111", `thẻ ${account}`],
    ["4111111111111111", account],
    ["ATM 9704 1234 5678 9012", `ATM ${account}`],
    ["mã 1234567890123", `mã ${account}`],
  ])("%s", (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe("street addresses", () => {
  it.each([
    ["nhà tôi ở số 12 đường Lê Lợi, phường Vĩnh Ninh", `nhà tôi ở ${address}, phường Vĩnh Ninh`],
    ["12 Lê Lợi", address],
    ["ở 12 Lê Lợi thì nộp hồ sơ ở đâu", `ở ${address} thì nộp hồ sơ ở đâu`],
    ["123/4 Nguyễn Huệ", address],
    ["nhà số 7 Hùng Vương", address],
    ["Số 12A đường Hùng Vương, TP Huế", `${address}, TP Huế`],
    ["45 đường 3/2", address],
    ["12 phố Huế", address],
    ["kiệt 5 Trần Phú", address],
    ["kiệt 5 Nguyễn Trãi có bao nhiêu", `${address} có bao nhiêu`],
    ["12 kiệt 5/3 đường Trần Phú", address],
    ["hẻm 34 Hai Bà Trưng", address],
    ["hẻm 5/12 Lê Lợi", address],
    ["ngõ 12 phố Huế", address],
    ["K5/12 Trần Phú", address],
    ["so 12 duong le loi co bao nhieu", `${address} co bao nhieu`],
    ["địa chỉ là 12 Lê Lợi", `địa chỉ là ${address}`],
    ["I live at 12 Le Loi street", `I live at ${address} street`],
  ])("%s", (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe("what stays as written", () => {
  it.each([
    "UBND tỉnh đã công bố 1.117 TTHC",
    "tỷ lệ 94,5% so với dự toán",
    "năm 2024 có bao nhiêu biên chế",
    "31/34 nhiệm vụ đã hoàn thành",
    "thu ngân sách 11.145.304 triệu đồng",
    "11.145.304.000 đồng",
    "1000000000 đồng",
    "chi 250000000 đ cho CCHC",
    "123456789 người",
    "Báo cáo số 627/BC-UBND ngày 20/12/2024 của Ủy ban",
    "Nghị định 13/2023/NĐ-CP",
    "2,47% và 4.29%",
    "1,117 TTHC và 22,056 hồ sơ",
    "có 31 Sở Tư pháp",
    "125 Văn bản QPPL",
    "năm 2024 Lê Lợi",
    "Điều 12 Luật Cán bộ",
    "Hotline 1900 1234",
    "2024 2023 2022",
    "06/12/2024",
    "cấp huyện 1.895 + 48 = 1.943",
    "How many procedures were abolished in 2024?",
  ])("%s", (input) => {
    expect(redact(input)).toBe(input);
  });

  it("leaves the report itself untouched, line by line", () => {
    const reports = join(import.meta.dirname, "..", "..", "..", "knowledge", "reports");
    for (const dir of readdirSync(reports)) {
      for (const line of readFileSync(join(reports, dir, "source.txt"), "utf8").split("\n")) {
        expect(redact(line), line).toBe(line.normalize("NFC"));
      }
    }
  });

  it("leaves every question of the test fixtures untouched", () => {
    const fixtures = join(import.meta.dirname, "..", "fixtures");
    let seen = 0;
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(join(fixtures, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const q = (JSON.parse(line) as { q?: unknown }).q;
        if (typeof q !== "string") continue;
        seen++;
        expect(redact(q), `${file}: ${q}`).toBe(q.normalize("NFC"));
      }
    }
    expect(seen).toBeGreaterThan(500);
  });
});

describe("inside real questions", () => {
  it("redacts every kind at once and keeps the question", () => {
    const q = "Tôi là Lan, SĐT 0905123456, CCCD 046095001234, email a.b@gmail.com, nhà ở 12 Lê Lợi. UBND tỉnh đã công bố bao nhiêu TTHC năm 2024?";
    expect(redact(q)).toBe(`Tôi là Lan, SĐT ${phone}, CCCD ${id}, email ${email}, nhà ở ${address}. UBND tỉnh đã công bố bao nhiêu TTHC năm 2024?`);
  });

  it("reads text typed in NFD like text typed in NFC", () => {
    const q = "Số 12 đường Lê Lợi, số điện thoại 0905 123 456";
    expect(redact(q.normalize("NFD"))).toBe(redact(q));
    expect(redact(q)).toBe(`${address}, số điện thoại ${phone}`);
  });
});

describe("properties", () => {
  const piece = fc.oneof(
    fc.constantFrom("SĐT 0905123456", "CCCD 046095001234", "a.b@gmail.com", "STK 0071000123456", "12 Lê Lợi", "kiệt 5 Trần Phú", "1.117 TTHC", "94,5%", "năm 2024", "31/34"),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.stringMatching(/^[0-9 .+()-]{1,20}$/),
  );
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(" "));

  it("redacting twice changes nothing more", () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = redact(t);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves a phone, ID or e-mail of the table in the output, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.constantFrom("0905123456", "+84 905 123 456", "046095001234", "a.b@gmail.com"), (before, after, secret) => {
        const out = redact(`${before} ${secret} ${after}`);
        expect(out).not.toContain(secret);
      }),
      { numRuns: 500 },
    );
  });
});
