// Waiting, with and without a bound.

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);
