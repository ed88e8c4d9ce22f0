// Personal data in what citizens type: before a question is stored (the question log) or logged, the
// numbers and addresses that identify a person are replaced by a typed placeholder, so officials
// still see what kind of thing was written ("[số điện thoại]") but not the thing. The answer is
// computed from the question as typed; only what is kept or shown is redacted.
//
// What counts (Nghị định 13/2023/NĐ-CP calls these personal data): Vietnamese phone numbers (0…,
// 84…, +84…, with spaces, dots or dashes), citizen ID numbers (CCCD: 12 digits; CMND: 9), e-mail
// addresses, bank account and card numbers (any other run of 9 or more digits), and house-number
// street addresses ("số 12 đường Lê Lợi", "123/4 Nguyễn Huệ", "kiệt 5 Trần Phú", "hẻm 34 …").
//
// What must survive: the report's own figures as users quote them ("1.117 TTHC", "94,5%", "năm
// 2024", "31/34", "11.145.304 triệu đồng", "627/BC-UBND"). So: runs of fewer than 9 digits are never
// touched; a number written with thousands separators that does not start with 0, or followed by a
// money word, is a figure unless a keyword ("STK", "CCCD", "SĐT"…) says otherwise; an address needs
// a street word (đường, phố, kiệt, hẻm, ngõ) or a street name that starts like one (a surname:
// "Lê Lợi", "Nguyễn Huệ"). Pure and deterministic: the same text always gives the same result, and
// redacting twice changes nothing more.

export const PLACEHOLDER = {
  phone: "[số điện thoại]",
  id: "[số CCCD]",
  email: "[email]",
  account: "[số tài khoản]",
  address: "[địa chỉ]",
} as const;
export type PersonalKind = keyof typeof PLACEHOLDER;

/** Lower case, no diacritics, đ → d: for matching keywords however they were typed. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}

// ---- e-mail -------------------------------------------------------------------------------------

// Starts only where a run of address characters starts: otherwise "a.a.a.a…@" costs quadratic time.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// ---- digit runs: phones, ID numbers, accounts ---------------------------------------------------

/**
 * A run of digits with single separators (space, dot, dash) between groups, optionally after "+"
 * or "(+84)"; letters may touch it ("SĐT0905123456"). Spaces are only taken as part of a number
 * when the whole run reads as one (`spacedRunIsOne`); otherwise each part is judged alone.
 */
const DIGIT_RUN = /(?<![\p{N}_])(?:\(\+?\d{1,3}\)[ .-]?|\+)?\d+(?:(?:[.-]|[ \u00a0])\d+)*/gu;

/** Keywords that say what the next number is, folded; the nearest one before the number wins. */
const KEYWORDS: [PersonalKind, RegExp][] = [
  ["phone", /\b(?:sdt|dt|dien thoai|di dong|phone|tel|mobile|hotline|zalo|lien he|lh|goi|sms|nhan tin)\b/g],
  ["id", /\b(?:cccd|cmnd|cmt|can cuoc|chung minh|dinh danh|ho chieu|passport|id card|citizen id)\b/g],
  [
    "account",
    /\b(?:stk|so tk|tk|tai khoan|account|atm|so the|the tin dung|card|visa|mastercard|ngan hang|bank|vietcombank|vcb|vietinbank|bidv|agribank|techcombank|tcb|mbbank|mb bank|acb|tpbank|sacombank|vpbank|momo)\b/g,
  ],
];

/** The kind a keyword just before a number names, when no other number stands between them. */
function keywordKind(before: string): PersonalKind | null {
  const window = fold(before.slice(-40));
  let best: { kind: PersonalKind; at: number } | null = null;
  for (const [kind, re] of KEYWORDS) {
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (/\d/.test(window.slice(end))) continue;
      if (!best || end > best.at) best = { kind, at: end };
    }
  }
  return best?.kind ?? null;
}

/** Money and quantity words after a number make it a figure, not an account. */
const FIGURE_AFTER = /^\s*(?:%|(?:đồng|đ|vnđ|vnd|triệu|tr|tỷ|tỉ|nghìn|ngàn|usd|người|lượt|hồ sơ|thủ tục|văn bản|m2|m²|km|ha)(?![\p{L}\p{N}]))/iu;
/** "1.000.000.000", "11,145,304": a figure in thousands notation (a decimal part allowed). */
const THOUSANDS = /^(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?)$/;

/** What a run of digits is, or null for a figure (or anything too short to identify anyone). */
function classifyRun(run: string, before: string, after: string): PersonalKind | null {
  const digits = run.replace(/\D/g, "");
  const n = digits.length;
  if (n < 9) return null;
  const international = /^\(?\+/.test(run);
  const figureLike = !international && !digits.startsWith("0");
  if (figureLike && FIGURE_AFTER.test(after)) return null;
  const keyword = keywordKind(before);
  if (keyword) return keyword;
  if (figureLike && THOUSANDS.test(run)) return null;
  if (international) return "phone";
  // 0 + 9 digits (mobile) or 0 + 10 (landline 02xx), or the same after the country code 84.
  if (digits[0] === "0" && digits[1] !== "0" && (n === 10 || n === 11)) return "phone";
  if (digits.startsWith("84") && digits[2] !== "0" && (n === 11 || n === 12)) return "phone";
  // CCCD: 12 digits, the first three a province code (001–096, so a leading 0); CMND: 9 digits.
  if ((n === 12 && digits[0] === "0") || n === 9) return "id";
  return "account";
}

/** Whether a run with spaces inside reads as one number (else each part is judged alone). */
function spacedRunIsOne(run: string, before: string): boolean {
  const digits = run.replace(/\D/g, "");
  if (/^\(?[+0]/.test(run)) return true;
  if (/^84/.test(digits) && (digits.length === 11 || digits.length === 12)) return true;
  // A card number as printed: four groups of four.
  if (/^\d{4}(?: \d{4}){3}$/.test(run)) return true;
  return keywordKind(before) !== null;
}

function redactNumbers(text: string): string {
  const judge = (part: string, at: number) => {
    const kind = classifyRun(part, text.slice(Math.max(0, at - 60), at), text.slice(at + part.length, at + part.length + 16));
    return kind ? PLACEHOLDER[kind] : part;
  };
  return text.replace(DIGIT_RUN, (run: string, offset: number) => {
    if (!/[ \u00a0]/.test(run) || spacedRunIsOne(run, text.slice(Math.max(0, offset - 60), offset))) return judge(run, offset);
    let at = offset;
    return run
      .split(/([ \u00a0])/)
      .map((part) => {
        const judged = /\d/.test(part) ? judge(part, at) : part;
        at += part.length;
        return judged;
      })
      .join("");
  });
}

// ---- street addresses ---------------------------------------------------------------------------

/** A capitalized word ("Lê", "Nguyễn", "Huệ"); not an all-capitals abbreviation ("UBND", "TTHC"). */
const CAP = String.raw`\p{Lu}\p{Ll}+(?![\p{L}\p{N}])`;
const CAP_NAME = String.raw`${CAP}(?:[ \u00a0]${CAP}){0,4}`;
/** A street name after a street word: capitalized words, else (typed in lower case) up to two words, or a number. */
const STREET_NAME = String.raw`(?:${CAP_NAME}|(?:số\s+)?\d{1,3}(?:\/\d{1,2})?(?![\p{L}\p{N}])|\p{Ll}+(?:[ \u00a0]\p{Ll}+)?(?![\p{L}\p{N}]))`;
const HOUSE_NO = String.raw`\d{1,5}[A-Za-z]?(?:\s?\/\s?\d{1,5}[A-Za-z]?){0,3}(?![\p{L}\p{N}\/])`;
const NUMBER_WORD = String.raw`(?:(?:[Nn]hà\s+)?(?:[Ss]ố|[Ss]o)\s+)?`;
const STREET_WORD = String.raw`(?:[Đđ]ường|[Pp]hố|[Dd]uong|[Pp]ho)`;
const ALLEY_WORD = String.raw`(?:[Kk]iệt|[Kk]iet|[Hh]ẻm|[Hh]em|[Nn]gõ|[Nn]go|[Nn]gách|[Nn]gach)`;
const START = String.raw`(?<![\p{L}\p{N}\/.,])`;

/** "số 12 đường Lê Lợi", "12 phố Huế", "45 đường 3/2". */
const WITH_STREET_WORD = new RegExp(String.raw`${START}${NUMBER_WORD}${HOUSE_NO}\s{0,3},?\s{1,3}${STREET_WORD}\s+${STREET_NAME}`, "gu");
/** "kiệt 5 Nguyễn Trãi", "12 kiệt 5/3 đường Trần Phú", "hẻm 34 Hai Bà Trưng", "K5/12 Trần Phú". */
const WITH_ALLEY = new RegExp(
  String.raw`${START}(?:${NUMBER_WORD}${HOUSE_NO}\s{0,3},?\s{1,3})?(?:${ALLEY_WORD}\s+(?:số\s+)?\d{1,5}[A-Za-z]?(?:\s?\/\s?\d{1,5}[A-Za-z]?){0,3}|[Kk]\d{1,4}(?:\/\d{1,4}[A-Za-z]?)+)(?![\p{L}\p{N}])(?:\s{0,3},?\s{1,3}(?:${STREET_WORD}\s+${STREET_NAME}|${CAP_NAME}))?`,
  "gu",
);
/** "12 Lê Lợi", "123/4 Nguyễn Huệ", "nhà số 7 Hùng Vương": a number, then a street-like name. */
const BARE = new RegExp(String.raw`${START}${NUMBER_WORD}(${HOUSE_NO})\s+(${CAP}(?:[ \u00a0]${CAP}){1,4})`, "gu");

/**
 * First words of street names, folded: the common surnames (most streets are named after people)
 * and the first words of a few streets every town has. A bare "number + Name" is an address only
 * when the name starts with one of these, so "31 Sở Tư pháp" or "125 Văn bản" stay as written.
 */
const STREET_START = new Set(
  (
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh truong luong mai ton chu " +
    "lam ta cao chau phung tang luu dao bach kieu khuc lai mac nghiem quach tieu thai " +
    "hung hai ba dien chi ngu to ham dong han yet"
  ).split(" "),
);
/** Words before a number that make it a date or a count, never a house number. */
const NOT_HOUSE_BEFORE = /(?:năm|ngày|tháng|quý|điều|khoản|nam|ngay|thang|quy|dieu|khoan)\s*$/i;

function redactAddresses(text: string): string {
  // Alleys first: "ngõ 12 phố Huế" is one address, not "ngõ" and then "12 phố Huế".
  let out = text.replace(WITH_ALLEY, PLACEHOLDER.address).replace(WITH_STREET_WORD, PLACEHOLDER.address);
  out = out.replace(BARE, (match: string, _no: string, name: string, offset: number, whole: string) => {
    const first = fold(name.split(/[ \u00a0]/)[0]!);
    if (!STREET_START.has(first)) return match;
    if (NOT_HOUSE_BEFORE.test(whole.slice(Math.max(0, offset - 12), offset))) return match;
    return PLACEHOLDER.address;
  });
  return out;
}

/** `text` with the personal data it contains replaced by typed placeholders (see the file's head). */
export function redactPersonalData(text: string): string {
  if (!text) return text;
  let out = text.normalize("NFC");
  out = out.replace(EMAIL, PLACEHOLDER.email);
  out = redactNumbers(out);
  out = redactAddresses(out);
  return out;
}
