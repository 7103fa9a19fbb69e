// Debian's Chromium, headless, driven by playwright-core: the one launch for the browser
// tests and the app benchmark (nothing is downloaded; background traffic switched off, so
// that "no request after load" sees only the page's own).
import { chromium } from "playwright-core";

/**
 * Flags: headless, no sandbox (root in CI), no GPU, and no background network traffic. The
 * pages open in Canadian English — English numbers with ISO dates (`1,234.56`, `2024-03-31`),
 * the style the tests' hand computations are written in; tests of another locale set theirs.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The locale every page and context opens in unless a test gives its own (see above). */
export const TEST_LOCALE = "en-CA";

/**
 * Launches /usr/bin/chromium with [`CHROMIUM_ARGS`]; its pages and contexts open in
 * [`TEST_LOCALE`] unless given a `locale` (Chromium's `--lang` does not reach a new context).
 */
export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ ...options, locale: options.locale ?? TEST_LOCALE });
  browser.newPage = (options = {}) => newPage({ ...options, locale: options.locale ?? TEST_LOCALE });
  return browser;
}
