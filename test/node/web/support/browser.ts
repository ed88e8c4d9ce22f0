// Debian's Chromium driven by playwright-core, offline: a fresh profile per run, and every request
// to anything but the loopback interface aborted and recorded (pages must load nothing from the
// internet). Console errors (CSP violations show up there) are recorded too.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const VIEWPORTS = {
  desktop: { width: 1280, height: 860 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const SHOTS = join(import.meta.dirname, "..", "..", "..", "..", "test-results", "web");

export interface Browser {
  context: BrowserContext;
  /** Requests that tried to leave the machine (aborted). */
  foreign: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  page(viewport: ViewportName): Promise<Page>;
  close(): Promise<void>;
}

const loopback = (url: string) => {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return u.hostname === "127.0.0.1" || u.hostname === "localhost" || u.hostname === "[::1]";
};

/** Debian's Chromium, which `npm test` installs when missing (scripts/install-chromium.sh); CHROMIUM_PATH names another. */
const EXECUTABLE = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Throws at once when there is no browser: called before any server a browser test starts, so none is left running. */
export function requireBrowser(): void {
  if (!existsSync(EXECUTABLE)) throw new Error(`no browser at ${EXECUTABLE}: run \`bash scripts/install-chromium.sh\` (Debian) or set CHROMIUM_PATH`);
}

export async function launchBrowser(): Promise<Browser> {
  requireBrowser();
  const profile = mkdtempSync(join(tmpdir(), "cchc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    viewport: VIEWPORTS.desktop,
    locale: "vi-VN",
  });
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (loopback(url)) return route.continue();
    foreign.push(url);
    return route.abort("blockedbyclient");
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    context,
    foreign,
    errors,
    async page(viewport) {
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORTS[viewport]);
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`${viewport} ${page.url()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`${viewport} ${page.url()}: ${e.message}`));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves test-results/web/<state>-<viewport>.png. */
export async function shoot(page: Page, state: string, viewport: ViewportName, fullPage = false): Promise<string> {
  const path = join(SHOTS, `${state}-${viewport}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Presses Tab until `selector` has the focus (keyboard-only navigation); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    // Runs in the page (this project has no DOM types): the focused element, inside open shadow roots too.
    const there = await page.evaluate((sel) => {
      let active: any = (globalThis as any).document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return !!active && active.matches(sel);
    }, selector);
    if (there) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
