// What the API routes see of the worker: the app's bindings plus the Rate Limiting bindings, and the
// client identity the auth middleware resolves (an API key's fingerprint) for the rate limiter.
import type { Env } from "../../src/env.ts";

export interface ApiBindings extends Env {
  /** `[[ratelimits]]` in wrangler.toml; simulated by wrangler dev and the worker test pool. */
  RATE_LIMITER?: RateLimit;
  /** Failed authentication per client (src/middleware/auth-failures.ts); `[[ratelimits]]` too. */
  AUTH_FAILURE_LIMITER?: RateLimit;
  /** The public origin of this deployment ("https://cchc.example.vn"), named in /openapi.json. */
  PUBLIC_URL?: string;
}

export type ApiEnv = {
  Bindings: ApiBindings;
  Variables: {
    /** "key:<fingerprint>" once a valid API key was presented. */
    client?: string;
  };
};
