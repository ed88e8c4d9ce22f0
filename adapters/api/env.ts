// What the API routes see of the worker: the app's bindings plus the Rate Limiting binding, and the
// client identity the auth middleware resolves (an API key's fingerprint) for the rate limiter.
import type { Env } from "../../src/env.ts";

export interface ApiBindings extends Env {
  /** `[[ratelimits]]` in wrangler.toml; simulated by wrangler dev and the worker test pool. */
  RATE_LIMITER?: RateLimit;
}

export type ApiEnv = {
  Bindings: ApiBindings;
  Variables: {
    /** "key:<fingerprint>" once a valid API key was presented. */
    client?: string;
  };
};
