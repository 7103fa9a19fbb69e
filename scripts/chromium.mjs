// Debian's Chromium, headless, driven by playwright-core: the one launch for the browser
// tests and the app benchmark (nothing is downloaded; background traffic switched off, so
// that "no request after load" sees only the page's own).
import { chromium } from "playwright-core";

/** Flags: headless, no sandbox (root in CI), no GPU, and no background network traffic. */
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

/** Launches /usr/bin/chromium with [`CHROMIUM_ARGS`]. */
export function launchChromium() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
