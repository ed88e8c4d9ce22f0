// Inputs crafted to be expensive, each class at the API's limit of 1,000 characters: random Latin
// words (spell correction, fuzzy search), digit runs, repeated syllables, combining marks, emoji,
// right-to-left marks, many clauses and enumerations (plan reading). Seeded, so runs compare.

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LIMIT = 1000;
const fill = (piece: () => string, tail = " bao nhieu?") => {
  let s = "";
  while (s.length < LIMIT - tail.length) s += piece();
  return s.slice(0, LIMIT - tail.length) + tail;
};

export function adversarialClasses(seed = 1): Record<string, string[]> {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const word = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join("");
  const many = (make: () => string) => Array.from({ length: 20 }, make);
  return {
    "random 9-letter words": many(() => fill(() => `${word(9)} `)),
    "random 6–12-letter words": many(() => fill(() => `${word(6 + Math.floor(r() * 7))} `)),
    // (A word as long as the message, no spaces: every spelling candidate of it is a string of its length.)
    "one long word": many(() => fill(() => word(10), "?")),
    "long runs of marked letters": many(() => fill(() => pick(["ănđ", "ươ", "ệ", "ữ"]), "?")),
    // (A lead that may say what brought a figure about, "Nhờ …,", its comma never coming.)
    "'nhờ' with no comma": many(() => `Nhờ ${fill(() => `${pick(["anh/chị", "cho", "biết", "tổng", "số", "văn", "bản", "QPPL", "HĐND"])} `)}`.slice(0, LIMIT)),
    "English-like typos": many(() => fill(() => `${pick(["abolshed", "publised", "procedurs", "departmnt", "recruitmnt", "expenditre", "revenu", "civl", "servnts"])} `)),
    "digit runs": many(() => fill(() => `${Math.floor(r() * 1e9)}${pick([".", ",", "/", " ", "% "])}`)),
    "repeated syllables": many(() => fill(() => `${pick(["bao", "nhieu", "tthc", "cong", "bo", "huyen", "xa", "tinh", "va", "khong", "tinh"])} `)),
    "combining marks": many(() => fill(() => `a${"\u0301\u0300\u0303\u0309\u0323".repeat(1 + Math.floor(r() * 4))} `)),
    emoji: many(() => fill(() => pick(["🙂", "👍", "🇻🇳", "👨‍👩‍👧", "❤️"]))),
    "RTL and invisible marks": many(() => fill(() => `${pick(["\u202e", "\u200f", "\u200b", "\u2066", "\ufeff"])}tthc ${word(4)} `)),
    "many clauses": many(() => fill(() => `${pick(["cấp huyện", "cấp xã", "HĐND", "UBND", "thủ tục", "dự thảo", "biên chế"])} bao nhiêu, `)),
    "many exclusions": many(() => fill(() => `không tính ${pick(["HĐND", "UBND", "cấp xã", "dự thảo", "nghị quyết"])}, ngoài ${Math.floor(r() * 500)} ${word(5)}, `)),
    "enumerations with a total": many(() => `tổng cộng ${fill(() => `${pick(["Sở ban ngành", "Chi cục", "UBND cấp huyện", "cấp tỉnh", "cấp xã", "đơn vị sự nghiệp"])}, `, " là bao nhiêu?")}`.slice(0, LIMIT)),
  };
}
