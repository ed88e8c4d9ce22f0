// What `npm run bench` times: the core as `wrangler deploy` bundles it (wrangler.toml's minify and
// keep_names), not as tsx transpiles each source file for development — the
// worker runs the bundle, and tsx's per-module code is about a third slower on the same questions.
// The default export only makes this a module worker wrangler will build.
export { ask } from "../src/core/index.ts";
export { readIntent } from "../src/core/intent.ts";
export { readPlan } from "../src/core/plan.ts";
export { cleanText } from "../src/core/normalize.ts";
export { knowledge } from "../src/core/kb.ts";
export default { fetch: () => new Response(null, { status: 404 }) };
