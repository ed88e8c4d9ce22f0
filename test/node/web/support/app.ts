// `npm start` for the browser tests, retried: two wrangler dev processes starting at the same
// moment (test files run in parallel) can both pick the inspector port 9229 and one then exits.
import { startApp, type RunningApp } from "../../support/start-app.ts";
import { requireBrowser } from "./browser.ts";

export async function startWebApp(settings: Record<string, string> = {}, attempts = 3): Promise<RunningApp> {
  // (Started beside the browser: without one, no `npm start` is left running when the test file fails.)
  requireBrowser();
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await startApp(settings);
    } catch (err) {
      last = err;
    }
  }
  throw last;
}
