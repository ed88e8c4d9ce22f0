/** @jsxImportSource hono/jsx */
// A disclosure with the report's sentence(s), verbatim, and where they stand.
import type { Citation, Lang } from "../../src/core/index.ts";
import { UI } from "./i18n.ts";

export function Citations(props: { facts: { citation: Citation }[]; lang: Lang; summary?: string }) {
  const t = UI[props.lang];
  const seen = new Set<string>();
  const cites = props.facts.map((f) => f.citation).filter((c) => !seen.has(c.quote) && seen.add(c.quote));
  const first = cites[0];
  if (!first) return null;
  return (
    <details class="cite">
      <summary>{props.summary ?? t.showQuote}</summary>
      {cites.map((c) => (
        <blockquote lang="vi">{`“${c.quote}”`}</blockquote>
      ))}
      <p class="cite-doc">
        {`${first.document}, ${t.section} “${first.section}”. `}
        <a href={first.url} rel="noopener noreferrer external">
          {new URL(first.url).host}
        </a>
      </p>
    </details>
  );
}
