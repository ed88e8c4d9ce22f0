// Figures over a series of samples: medians of its first and last minute, drift, slope.

/** One sample: seconds since the phase began, and the value. */
export interface Point {
  s: number;
  v: number;
}

/** Median of the first minute, of the last minute, their drift, and the least-squares slope (per minute). */
export function trend(xs: Point[]): { early: number; late: number; drift: number; slope: number; min: number; max: number } | null {
  if (xs.length < 4) return null;
  const median = (vs: number[]) => [...vs].sort((a, b) => a - b)[Math.floor(vs.length / 2)]!;
  const end = xs.at(-1)!.s;
  const early = median(xs.filter((x) => x.s <= 60).map((x) => x.v));
  const late = median(xs.filter((x) => x.s >= end - 60).map((x) => x.v));
  const mx = xs.reduce((a, x) => a + x.s, 0) / xs.length;
  const my = xs.reduce((a, x) => a + x.v, 0) / xs.length;
  const slope = (xs.reduce((a, x) => a + (x.s - mx) * (x.v - my), 0) / xs.reduce((a, x) => a + (x.s - mx) ** 2, 0)) * 60;
  const vs = xs.map((x) => x.v);
  return { early, late, drift: (late - early) / early, slope, min: Math.min(...vs), max: Math.max(...vs) };
}

/** A signed percentage: +0.6%, -5.7%. */
export const pct = (d: number) => `${d >= 0 ? "+" : ""}${(d * 100).toFixed(1)}%`;

/** The values, space-separated, with `digits` decimals. */
export const list = (xs: { v: number }[], digits: number) => xs.map((x) => x.v.toFixed(digits)).join(" ");
