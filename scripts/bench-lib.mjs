// What the Node bench scripts share: the generated files and the timing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const ROOT = new URL("../", import.meta.url).pathname;
export const DIR = `${ROOT}target/bench-data/`;

/** `bytes` (unless `read` is false) and `path` of the generated transaction ledger
 * `${prefix}-${label}.${ext}` of `invoices` invoices, written once by the native generator. */
export function generated(label, invoices, ext, prefix = "transactions", { read = true } = {}) {
  mkdirSync(DIR, { recursive: true });
  const path = `${DIR}${prefix}-${label}.${ext}`;
  if (!existsSync(path)) {
    execFileSync("cargo", ["run", "-q", "--profile", "bench", "-p", "arlens", "--features", "xlsx", "--bin", "arlens-sample", "--",
      "--invoices", String(invoices), "--layout", "transactions", path], { stdio: "inherit" });
  }
  return { path, bytes: read ? readFileSync(path) : undefined };
}

/** Median of `runs` timed calls (after one warm-up), in milliseconds. */
export function time(fn, runs) {
  // Three calls first, for every library alike: V8 optimises a long-running function
  // (JavaScript or WebAssembly) only between calls, so the first two or three of a
  // 50 ms call run on its baseline code (the 10k-row XLSX: 160–180, 50–70, 40–45, then
  // 36–38 ms).
  for (let i = 0; i < 3; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Runs `a` and `b` (each `[label, fn]`, `fn` returning milliseconds, or a promise of
 * them) in turns `rounds` times, so that a noisy machine slows both alike, and prints each
 * one's times, their medians and the ratio A ÷ B. */
export async function inTurns([labelA, a], [labelB, b], rounds) {
  const timesA = [];
  const timesB = [];
  for (let i = 0; i < rounds; i++) {
    timesA.push(await a());
    timesB.push(await b());
  }
  const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
  const list = (x) => x.map((t) => Math.round(t)).join(", ");
  console.log(`A ${labelA}: ${list(timesA)} ms, median ${median(timesA).toFixed(0)}`);
  console.log(`B ${labelB}: ${list(timesB)} ms, median ${median(timesB).toFixed(0)}`);
  console.log(`A ÷ B: ${(median(timesA) / median(timesB)).toFixed(2)}`);
}

/** Chooses the file at `path` with the app's file input on `page` (on the overview) and
 * waits for its figures, then for its cards' changes (a build without `aria-busy` on the
 * cards has them with its figures): `[figures, changes]`, milliseconds from the input's
 * `change` event to the frame after each is in the page, timed in the page. (Timed from
 * Playwright, by its waits, a 100k-row XLSX drop read 250–300 ms late: a locator's wait
 * looks again after 0, 20, 100, 100, then every 500 ms.)
 *
 * `idle` (ms, default `BENCH_IDLE_MS` or 2000) passes before the choice: the time a user
 * takes to pick a file, in which the app finishes what it does after showing the sample. */
export async function dropOnOverview(page, path, idle = Number(process.env.BENCH_IDLE_MS ?? 2000)) {
  const name = path.split("/").at(-1);
  await page.waitForTimeout(idle);
  await page.evaluate((name) => {
    window.__drop = new Promise((resolve) => {
      let changed = null;
      let seen = false; // the figures are in: later mutations are not looked at
      let figures = 0;
      const input = document.querySelector('[data-testid="file-input"]');
      input.addEventListener("change", () => (changed = performance.now()), { capture: true, once: true });
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      const check = async () => {
        if (changed === null || seen) return;
        const named = document.querySelector('[data-testid="file-name"]')?.textContent?.includes(name);
        // The new file's figures: the chart is back once its analysis arrived.
        if (!named || !document.querySelector('[data-testid="aging-chart-img"]')) return;
        seen = true;
        figures = (await frame()) - changed;
        const busy = () => document.querySelector('[data-testid="kpis"]')?.getAttribute("aria-busy") === "true";
        while (busy()) await new Promise((r) => setTimeout(r, 5));
        observer.disconnect();
        resolve([figures, (await frame()) - changed]);
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
  }, name);
  await page.getByTestId("file-input").setInputFiles(path);
  return page.evaluate(() => window.__drop);
}
