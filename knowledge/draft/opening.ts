// What the opening lines say about the report itself: "Theo Báo cáo số 627/BC-UBND ngày
// 20/12/2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về tình hình …, công tác …", the page's date
// line ("Thứ 3, Ngày 31 / 12 / 2024") and its "Nguồn: <url>" line.
import { fold } from "../../src/core/normalize.ts";
import type { Area } from "./labels.ts";
import { NEEDS_REVIEW } from "./schema.ts";

export interface Opening {
  number: string;
  date: string;
  published: string;
  issuer: string;
  title: string;
  area: Area;
  places: string[];
  years: number[];
  source: { name: string; url: string };
  /** Fields the opening did not state, filled with a guess or a placeholder. */
  review: string[];
}

const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;

export function readOpening(source: string, bodyEnd: number): Opening {
  const review: string[] = [];
  const body = source.slice(0, bodyEnd);
  const ref = /Báo cáo số\s+(\d+\/[\p{Lu}Đ][\p{L}\d\-]*)(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/u.exec(body) ?? /số\s+(\d+\/BC[\p{L}\d\-]*)/u.exec(body);
  const number = ref?.[1] ?? NEEDS_REVIEW;
  if (!ref) review.push("number");
  let date = ref?.[2] ? iso(ref[2], ref[3]!, ref[4]!) : "";
  if (!date) {
    const any = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(body);
    date = any ? iso(any[1]!, any[2]!, any[3]!) : "1970-01-01";
    review.push("date");
  }
  // "… của <issuer> về <subject>, …"
  const after = ref ? body.slice(ref.index + ref[0].length) : body;
  const of = /^\s*của\s+(.+?)\s+về\s+(.+?)(?:,|\.|:|\n)/u.exec(after);
  const issuer = of?.[1] ?? NEEDS_REVIEW;
  const title = of ? `Báo cáo ${of[2]}` : NEEDS_REVIEW;
  if (!of) review.push("issuer", "title");

  const place = /(tỉnh|thành phố)\s+(.+)$/u.exec(issuer);
  const masthead = /^\s*([^:\n]{2,40}):/u.exec(source)?.[1]?.trim();
  const name = place?.[2] ?? masthead ?? NEEDS_REVIEW;
  const area: Area = { kind: place?.[1] ?? "tỉnh", name };
  if (!place) review.push("places");
  const places = [...new Set([name, masthead, fold(name)].filter((p): p is string => !!p && p.length >= 2))];

  // The year the report is about: the first "năm YYYY" of its title, else of the date.
  const year = /năm\s+((?:19|20)\d{2})/u.exec(title)?.[1] ?? /năm\s+((?:19|20)\d{2})/u.exec(source.slice(0, 400))?.[1];
  const years = [year ? Number(year) : Number(date.slice(0, 4))];
  if (!year) review.push("years");

  const page = /Ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(source.slice(0, 400));
  const published = page ? iso(page[1]!, page[2]!, page[3]!) : date;
  if (!page) review.push("published");

  const url = /^(?:Nguồn|Source)\s*:\s*(https?:\/\/\S+)/mu.exec(source)?.[1];
  const sourceRef = url ? { name: new URL(url).hostname, url } : { name: NEEDS_REVIEW, url: "https://example.invalid/" };
  if (!url) review.push("source");
  review.push("issuer.en", "title.en", "sections.title.en");
  return { number, date, published, issuer, title, area, places, years, source: sourceRef, review };
}
