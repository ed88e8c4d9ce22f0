// The web page, explore view, docs and embed as served: strict CSP, no inline script or style, no
// resource from another origin, Vietnamese by default with an English switch, charts labelled in text.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { errorOf } from "./api-support.ts";

const page = async (path: string) => {
  const res = await SELF.fetch(`http://app${path}`);
  return { res, html: await res.text() };
};

/** URLs the browser would load by itself: src=, <link href=>, url(...) in attributes. */
const loadedUrls = (html: string) => [...html.matchAll(/\s(?:src|srcset|data)="([^"]*)"|<link[^>]*\shref="([^"]*)"/g)].map((m) => m[1] ?? m[2]!);

describe.each(["/", "/?lang=en", "/explore", "/explore?lang=en", "/docs", "/docs?lang=en"])("%s", (path) => {
  it("has a strict CSP, no inline script or style, and loads nothing from another origin", async () => {
    const { res, html } = await page(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).not.toContain("<style");
    for (const url of loadedUrls(html)) expect(url, url).toMatch(/^\/(?!\/)/);
  });
});

describe("language", () => {
  it("is Vietnamese by default with a link to English, and English on the switch", async () => {
    const vi = (await page("/")).html;
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('href="/?lang=en"');
    expect(vi).toContain("Câu hỏi của bạn");
    const en = (await page("/?lang=en")).html;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Your question");
    expect(en).toContain('href="/explore?lang=en"');
    expect(en).toContain("Public finance reform");
  });
});

describe("the chat page", () => {
  it("has a labelled question box, a live conversation log and topic chips from the sections", async () => {
    const { html } = await page("/");
    expect(html).toMatch(/<label for="chat-q">Câu hỏi của bạn<\/label>/);
    expect(html).toContain('id="chat-q"');
    expect(html).toMatch(/<ol[^>]*data-log[^>]*aria-live="polite"/);
    expect(html).toContain('data-section="tai-chinh-cong"');
    expect(html).toContain(">Cải cách tài chính công</button>");
    expect(html).not.toContain('data-section="gioi-thieu"');
  });

  it("groups the topic chips by report: the report's year and number once, above its chips", async () => {
    for (const [path, heading] of [["/", "Năm 2024 · Báo cáo số 627/BC-UBND"], ["/?lang=en", "2024 · Report No. 627/BC-UBND"]] as const) {
      const { html } = await page(path);
      const headings = [...html.matchAll(/<h3 id="chat-topics-([^"]+)" class="topics-report">([^<]*)<\/h3>/g)];
      expect(headings.map((m) => [m[1], m[2]]), path).toEqual([["tth-cchc-2024", heading]]);
      const chips = [...html.matchAll(/data-section="/g)].map((m) => m.index!);
      expect(chips.length, path).toBeGreaterThan(5);
      expect(headings[0]!.index!, path).toBeLessThan(Math.min(...chips));
    }
  });

  it("has a “new question” button, hidden until an answer gives a conversation to forget", async () => {
    const { html } = await page("/");
    expect(html).toMatch(/<button type="button" class="new" data-new="true" hidden="">Câu hỏi mới<\/button>/);
    expect((await page("/?lang=en")).html).toContain(">New question</button>");
  });
});

describe("the explore view", () => {
  it("draws the report's shares and comparisons, each labelled with its figures in text and cited", async () => {
    const { html } = await page("/explore");
    const charts = [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(6);
    const expected = [
      ["31/34 nhiệm vụ", "hoàn thành 31/34 nhiệm vụ"],
      ["giảm 42%", "tỷ lệ cắt giảm chi phí 42%"],
      ["1.951 biên chế công chức", "1.895 biên chế công chức", "giao 1,951 biên chế"],
      ["22.531 người làm việc", "22.056 người", "22,056 người"],
      ["94,5%", "120,9%", "bằng 94,5% so với dự toán"],
      ["75%", "đạt 75% so với dự toán"],
    ];
    for (const [i, texts] of expected.entries()) {
      const chart = charts[i]!;
      expect(chart).toMatch(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/);
      expect(chart).toContain("<figcaption>");
      expect(chart).toContain('<details class="cite">');
      for (const text of texts) expect(chart, text).toContain(text);
    }
  });

  it("lists every section's figures with their citations", async () => {
    const { html } = await page("/explore?lang=en");
    for (const id of ["chi-dao-dieu-hanh", "the-che", "thu-tuc-hanh-chinh", "to-chuc-bo-may", "che-do-cong-vu", "tai-chinh-cong", "chinh-quyen-so"]) {
      expect(html).toContain(`<section class="area" id="${id}"`);
    }
    expect(html).toContain('id="fact-tthc-cong-bo"');
    expect(html).toContain("1,117 administrative procedures");
    expect(html).toContain("“UBND tỉnh đã công bố 1,117 TTHC");
  });

  it("puts the sections under their report: its year and citation once, above its sections", async () => {
    const { html } = await page("/explore");
    const reports = [...html.matchAll(/<section class="report" id="report-([^"]+)"/g)];
    expect(reports.map((m) => m[1])).toEqual(["tth-cchc-2024"]);
    const heading = /<h2 id="report-tth-cchc-2024-h" class="report-h"><span class="report-year">Năm 2024<\/span><span class="report-cite">Báo cáo số 627\/BC-UBND ngày 20\/12\/2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế<\/span><\/h2>/.exec(html);
    expect(heading).not.toBeNull();
    expect(html.split("Báo cáo số 627/BC-UBND ngày 20/12/2024 của Ủy ban nhân dân tỉnh Thừa Thiên Huế</span>")).toHaveLength(2);
    const areas = [...html.matchAll(/<section class="area" id="/g)].map((m) => m.index!);
    expect(areas).toHaveLength(8);
    expect(reports[0]!.index!).toBeLessThan(heading!.index);
    expect(heading!.index).toBeLessThan(Math.min(...areas));
    // The contents name the report once too, above its sections.
    const tocAt = html.indexOf('<nav class="toc"');
    const toc = html.slice(tocAt, html.indexOf("</nav>", tocAt));
    expect(toc.match(/Năm 2024 · Báo cáo số 627\/BC-UBND/g)).toHaveLength(1);
    expect(toc.indexOf("Năm 2024")).toBeLessThan(toc.indexOf("<li"));
    const en = (await page("/explore?lang=en")).html;
    expect(en).toContain('<span class="report-year">2024</span><span class="report-cite">Report No. 627/BC-UBND of 20/12/2024, People&#39;s Committee of Thua Thien Hue province</span>');
  });

  it("shows a sum in millions also in billions, the exact figure first", async () => {
    const vi = (await page("/explore")).html;
    expect(vi).toContain('<strong class="figure">11.145.304 triệu đồng</strong><span class="approx"> (≈ 11.145 tỷ đồng)</span><span class="fact-scope">');
    expect(vi).toContain('<strong class="figure">11.387.742 triệu đồng</strong><span class="approx"> (≈ 11.388 tỷ đồng)</span>');
    expect(vi).toContain('<strong class="figure">1.117 thủ tục hành chính</strong><span class="fact-scope">');
    const en = (await page("/explore?lang=en")).html;
    expect(en).toContain('<strong class="figure">11,145,304 million VND</strong><span class="approx"> (≈ 11,145 billion VND)</span>');
  });

  it("has a search form and a contents list linking every section", async () => {
    const { html } = await page("/explore");
    expect(html).toMatch(/<form class="finder" role="search" action="\/explore" method="get"/);
    expect(html).toMatch(/<label for="explore-q">Tìm số liệu<\/label>/);
    expect(html).toMatch(/<script src="\/static\/explore.js" defer/);
    const sections = [...html.matchAll(/<section class="area" id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections.length).toBe(8);
    for (const id of sections) expect(html).toContain(`<a href="#${id}">`);
  });

  it("filters on the server with ?q= (no script needed), folding diacritics as the core does", async () => {
    for (const q of ["bien che", "BIÊN CHẾ", "bie\u0302\u0300n che\u0302\u0301"]) {
      const { html } = await page(`/explore?q=${encodeURIComponent(q)}`);
      const facts = [...html.matchAll(/<li class="fact" id="fact-([^"]+)"([^>]*)>/g)];
      const shown = facts.filter((m) => !/\shidden/.test(m[2]!)).map((m) => m[1]);
      expect(shown, q).toContain("bien-che-hien-co");
      expect(shown, q).not.toContain("tthc-cong-bo");
      expect(shown.length, q).toBeLessThan(facts.length / 4);
      expect(html).toMatch(new RegExp(`role="status"[^>]*>Có ${shown.length} mục khớp với “`));
      expect(html).toMatch(/<section class="area" id="tai-chinh-cong"[^>]*hidden/);
      expect(html).not.toMatch(/<section class="area" id="to-chuc-bo-may"[^>]*hidden/);
    }
    const none = (await page("/explore?q=xyzw&lang=en")).html;
    expect(none).toContain("Nothing matches “xyzw”.");
    expect(none).toContain('<input type="hidden" name="lang" value="en"/>');
  });
});

describe("the API docs", () => {
  it("have Vietnamese words for every operation of /openapi.json on the Vietnamese page only", async () => {
    const doc = (await (await SELF.fetch("http://app/openapi.json")).json()) as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    const texts = (html: string) => {
      const m = /<div data-docs="[^"]*" data-texts="([^"]*)"/.exec(html);
      return m ? (JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'")) as { operations: Record<string, { summary: string }>; parameters: Record<string, string> }) : null;
    };
    const vi = texts((await page("/docs")).html)!;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        expect(vi.operations[`${method.toUpperCase()} ${path}`]?.summary, `${method} ${path}`).toBeTruthy();
        for (const p of op.parameters ?? []) expect(vi.parameters[p.name], `${method} ${path} ${p.name}`).toBeTruthy();
      }
    expect(texts((await page("/docs?lang=en")).html)).toBeNull();
  });
});

describe("static files and the embed", () => {
  it("serves the page's script and stylesheet from this origin", async () => {
    for (const [path, type] of [["/static/chat.js", "javascript"], ["/static/explore.js", "javascript"], ["/static/site.css", "text/css"], ["/docs/script.js", "javascript"], ["/static/icon.svg", "image/svg+xml"]]) {
      const res = await SELF.fetch(`http://app${path!}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const text = await res.text();
      expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
  });

  it("serves /embed.js and its stylesheet for use by other sites' pages", async () => {
    for (const path of ["/embed.js", "/static/embed.css"]) {
      const res = await SELF.fetch(`http://app${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    }
    const js = await (await SELF.fetch("http://app/embed.js")).text();
    expect(js).toContain("attachShadow");
    expect(js).toContain("/chat");
    expect(js).not.toContain("innerHTML");
  });

  it("answers an unknown static file with a JSON 404", async () => {
    const res = await SELF.fetch("http://app/static/nope.js");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });
});
