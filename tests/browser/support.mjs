// What the browser test files share: the built app (dist/) served on a free port, one
// headless Chromium per file, and a page that records what must never happen — console
// errors, page errors, CSP violations — and every request it makes.
import { after, before } from "node:test";
import { mkdir } from "node:fs/promises";
import { launchChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

/**
 * Registers the calling file's hooks: serve the app and launch Chromium before its tests
 * (making `artifacts`, the screenshots' folder, when given), close both after. Returns an
 * object whose `browser` and `url` are set by the time the first test runs.
 */
export function useApp(artifacts) {
  const app = { browser: undefined, url: undefined, server: undefined };
  before(async () => {
    ({ server: app.server, url: app.url } = await serve(0));
    app.browser = await launchChromium();
    if (artifacts) await mkdir(artifacts, { recursive: true });
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}

/**
 * Watches `page` from now on: console errors, page errors and CSP violations go to
 * `problems`, every request's address to `requests`. Call before the page's first `goto`.
 */
export async function watch(page) {
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  return { problems, requests };
}

/** Waits until the app has started and analysed what it shows (the as-of rule is stated). */
export async function loaded(page) {
  await page.getByTestId("app").waitFor();
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
}

/** Waits until the overview's cards show their changes (the previous period's figures follow the report). */
export async function compared(page) {
  await page.locator('[data-testid="kpis"][aria-busy="false"]').waitFor();
}
