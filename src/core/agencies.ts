// A department the question names that no figure of the reports is about ("Sở Nội vụ góp ý bao
// nhiêu dự thảo?" when only the Sở Tư pháp's comments are reported): another agency's figure is
// not that department's, so the question is declined rather than answered with it.
import type { LoadedKnowledge } from "./kb.ts";
import { ABBREVIATIONS_AFTER } from "./lexicon/abbreviations.ts";
import { fold, hasVietnameseMarks } from "./normalize.ts";

/**
 * "Sở Tư pháp" as a name (capitals, marks: "cơ sở dữ liệu", "giám đốc sở có …" and unaccented "so",
 * mostly "số", are not), "Department of Justice", "Justice Department".
 */
const NAMED = /(?<![\p{L}])Sở\s+(\p{Lu}[\p{L}]*(?:\s+[\p{L}]+)?)|\bDepartment of (?:the )?([A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)?)|\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) Department\b(?! of\b)/gu;

/** Words before "Department" that do not name one ("the Provincial Department of Justice", "Which Department"). */
const NOT_A_NAME = new Set(["provincial", "province", "district", "local", "state", "which", "what", "the", "each", "every", "relevant", "same"]);

/** The first word of each department's name, folded ("tu", "justice", "ban" of "Sở ban ngành"), per knowledge base. */
const known = new WeakMap<object, Set<string>>();
function knownFirstWords(k: LoadedKnowledge): Set<string> {
  let words = known.get(k.kb);
  if (!words) {
    words = new Set();
    for (const f of k.kb.facts) for (const text of [f.quote, f.label.vi, f.label.en]) for (const m of text.matchAll(NAMED)) words.add(firstWord(m));
    known.set(k.kb, words);
  }
  return words;
}

// (A name's abbreviation after "Sở" is that name: "Sở TP" is the Sở Tư pháp.)
const firstWord = (m: RegExpMatchArray) => {
  const word = fold((m[1] ?? m[2] ?? m[3] ?? "").split(/\s+/)[0]!).toLowerCase();
  const abbreviated = Object.hasOwn(ABBREVIATIONS_AFTER, word) && ABBREVIATIONS_AFTER[word]!.after.includes("so") ? ABBREVIATIONS_AFTER[word]!.means : undefined;
  return abbreviated ? fold(abbreviated.split(" ")[0]!).toLowerCase() : word;
};

/** The usual names of departments and ministries, folded ("noi vu", "tu phap", "y te"). */
const AGENCY_NAMES = String.raw`(noi vu|tai chinh|ke hoach va dau tu|giao duc(?: va dao tao)?|y te|xay dung|cong thuong|nong nghiep(?: va (?:phat trien nong thon|moi truong))?|tai nguyen(?: va moi truong)?|giao thong(?: van tai)?|lao dong,? thuong binh(?: va xa hoi)?|van hoa(?: the thao)?(?: va du lich)?|du lich|thong tin va truyen thong|khoa hoc va cong nghe|ngoai vu|ngoai giao|tu phap|cong an|quoc phong)\b`;

/**
 * A provincial department by its usual name, typed in lower case or without marks ("so noi vu",
 * "sở tài chính"), folded: "so" before one of these names is "Sở", not "số". (Names that also
 * follow "số" — "số kế hoạch", "số lao động", "số thông tin" — only in full.)
 */
const DEPARTMENT = new RegExp(String.raw`\bso ${AGENCY_NAMES}`, "g");

/**
 * A central ministry by a department's name ("Bộ Tư pháp", "bo noi vu", "the Ministry of Justice"),
 * folded: the Government's, not the province's department of that name. (Not after "bãi", "loại",
 * "hủy", "xóa": "bãi bỏ" typed without marks; nor "Bộ TTHC", "các Bộ ngành".)
 */
const MINISTRY = new RegExp(String.raw`(?<!\b(?:bai|loai|huy|xoa) )\bbo ${AGENCY_NAMES}|\bministry of (?:the )?(?:justice|home affairs|finance|health|education|interior|planning|construction|industry|agriculture|transport|labou?r|culture|information|science|foreign affairs|public security|defen[cs]e)\b`, "g");

/** The text of every report's sentences, folded, per knowledge base: what names a ministry is looked up in. */
const quotesFolded = new WeakMap<object, string>();
function reportsName(k: LoadedKnowledge, name: string): boolean {
  let all = quotesFolded.get(k.kb);
  if (all === undefined) quotesFolded.set(k.kb, (all = k.kb.facts.map((f) => fold(f.quote).toLowerCase()).join(" ")));
  return all.includes(name);
}

/** The department or ministry a question names that the reports never name, if any. */
export function unknownAgency(k: LoadedKnowledge, question: string): string | null {
  const words = knownFirstWords(k);
  for (const m of question.matchAll(NAMED)) {
    const first = firstWord(m);
    if (!words.has(first) && !NOT_A_NAME.has(first)) return m[0];
  }
  // (Typed with marks, only "sở" or "bộ": "số y tế", "bỏ nội vụ" are none. Folding keeps each letter's place.)
  const text = question.normalize("NFC");
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length) return null;
  const marked = hasVietnameseMarks(text);
  for (const m of folded.matchAll(MINISTRY)) {
    if (marked && m[0].startsWith("bo ") && text.slice(m.index, m.index + 2).toLowerCase() !== "bộ") continue;
    if (!reportsName(k, m[0])) return text.slice(m.index, m.index + m[0].length);
  }
  for (const m of folded.matchAll(DEPARTMENT)) {
    if (marked && text.slice(m.index, m.index + 2).toLowerCase() !== "sở") continue;
    if (!words.has(m[1]!.split(" ")[0]!)) return text.slice(m.index, m.index + m[0].length);
  }
  return null;
}
