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
 * cards has them with its figures): `[figures, changes]`, milliseconds from the choice. */
export async function dropOnOverview(page, path) {
  const start = performance.now();
  await page.getByTestId("file-input").setInputFiles(path);
  await page.getByTestId("file-name").filter({ hasText: path.split("/").at(-1) }).waitFor({ timeout: 300_000 });
  // The new file's figures: the chart is back once its analysis arrived.
  await page.waitForFunction(() => document.querySelector('[data-testid="aging-chart-img"]'), null, { timeout: 300_000, polling: 5 });
  const figures = performance.now() - start;
  await page.locator('[data-testid="kpis"]:not([aria-busy="true"])').waitFor({ timeout: 300_000 });
  return [figures, performance.now() - start];
}
