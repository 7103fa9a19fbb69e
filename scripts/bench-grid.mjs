// The invoices grid in headless Chromium at 100k and 1M open documents (an open-items CSV
// written here: every row an open invoice): the latency of a sort, a filter and a search
// (from the click, the change or the hash change to the frame after the worker's rows are
// in the DOM), and the frame times of a fast scroll through the grid.
//   make bench-grid        (BENCH_SIZES=100k limits the sizes; builds dist/ first)
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";
import { openItems } from "./open-items.mjs";
import { serve } from "./serve.mjs";

const SIZES = [
  ["100k", 100_000],
  ["1M", 1_000_000],
].filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label));
const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

/** In the page: runs `act`, then waits for the grid to be busy and idle again and for a frame. */
const timed = (page, act) =>
  page.evaluate(async (act) => {
    const grid = document.querySelector('[data-testid="invoices"]');
    const start = performance.now();
    const busy = new Promise((resolve) => {
      const seen = { busy: false };
      const observer = new MutationObserver(() => {
        const value = grid.getAttribute("aria-busy");
        if (value === "true") seen.busy = true;
        if (value === "false" && seen.busy) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(grid, { attributes: true, attributeFilter: ["aria-busy"] });
    });
    if (act.click) document.querySelector(act.click).click();
    if (act.hash) location.hash = act.hash;
    if (act.fill) {
      const input = document.querySelector(act.fill);
      input.value = act.value;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    await busy;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - start;
  }, act);

/** In the page: a fast scroll of the invoices grid, 300 px a frame for 150 frames from the top; the frames' times. */
async function scroll() {
  const grid = document.querySelector('[data-testid="invoices"]');
  grid.scrollTop = 0;
  const deltas = [];
  let last = await new Promise((r) => requestAnimationFrame(r));
  performance.mark("scroll-start");
  for (let i = 0; i < 150; i++) {
    grid.scrollTop += 300;
    const now = await new Promise((r) => requestAnimationFrame(r));
    deltas.push(now - last);
    last = now;
  }
  performance.mark("scroll-end");
  return deltas;
}

/**
 * From a Chromium trace of the scroll: the renderer main thread's own time (a trace
 * event's duration less its children's) between the marks `scroll-start` and
 * `scroll-end`, a frame on average, in three parts: script (the page's handlers and
 * WebAssembly, the scroll loop's callbacks), style and layout, and paint (pre-paint,
 * paint, layerize).
 */
function mainThread(trace, frames) {
  const events = trace.traceEvents ?? trace;
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes("blink.user_timing"));
  const [start, end] = [mark("scroll-start"), mark("scroll-end")];
  if (!start || !end) throw new Error("the trace has no scroll marks");
  const slices = events
    .filter((e) => e.ph === "X" && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts + e.dur <= end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const own = new Map();
  const stack = [];
  for (const e of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    own.set(e, e.dur);
    if (stack.length) own.set(stack.at(-1), own.get(stack.at(-1)) - e.dur);
    stack.push(e);
  }
  const part = { script: 0, layout: 0, paint: 0 };
  for (const [e, t] of own) {
    const name = e.name;
    const which = ["FunctionCall", "EventDispatch", "FireAnimationFrame", "TimerFire", "HandlePostMessage", "EvaluateScript"].includes(name) || name.startsWith("V8.")
      ? "script"
      : ["UpdateLayoutTree", "Layout", "RecalculateStyles"].includes(name)
        ? "layout"
        : ["PrePaint", "Paint", "Layerize", "UpdateLayer", "PaintImage"].includes(name)
          ? "paint"
          : null;
    if (which) part[which] += t / 1000 / frames;
  }
  return part;
}

const { server, url } = await serve(0);
const browser = await launchChromium();
console.log(`chromium ${browser.version()}`);
console.log("\n| open documents | sort by open amount | sort by customer (text) | filter days 30..90 | search “Customer 42” | scroll: median frame | scroll: p95 frame | scroll: frames that missed a vsync (> 20 ms) | scroll: frames over 33 ms | traced scroll, main thread a frame: script / style and layout / paint |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
try {
  for (const [label, n] of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${url}#/invoices`);
    await page.getByTestId("invoices-0-open").waitFor();
    // Written to a file: the browser reads it as it would a user's.
    const dir = fileURLToPath(new URL("../target/bench-data/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    const path = `${dir}open-${label}.csv`;
    writeFileSync(path, openItems(n));
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByTestId("file-name").filter({ hasText: `open-${label}.csv` }).waitFor({ timeout: 300_000 });
    await page.getByTestId("as-of").fill("2026-06-30");
    await page.getByTestId("invoices-count").filter({ hasText: new RegExp(`^${n.toLocaleString("en-CA")} open documents$`) }).waitFor({ timeout: 300_000 });
    const base = await page.evaluate(() => location.hash.replace(/&?(sort|q|f\.[^=]+)=[^&]*/g, ""));
    const runs = { open: [], customer: [], filter: [], search: [] };
    for (let r = 0; r < RUNS; r++) {
      await page.evaluate((h) => (location.hash = h), base);
      await page.waitForFunction(() => document.querySelector('[data-testid="invoices"]').getAttribute("aria-busy") === "false");
      runs.open.push(await timed(page, { click: '[data-testid="invoices-head-open"] button' }));
      runs.customer.push(await timed(page, { click: '[data-testid="invoices-head-customer"] button' }));
      runs.filter.push(await timed(page, { fill: '[data-testid="invoices-filter-days-from"]', value: "30" }).then(async (a) => a + (await timed(page, { fill: '[data-testid="invoices-filter-days-to"]', value: "90" }))) / 2);
      runs.search.push(await timed(page, { hash: `${base}&q=Customer%2042` }));
    }
    // A fast scroll: 300 px a frame for 150 frames, from the top.
    await page.evaluate((h) => (location.hash = h), base);
    await page.waitForFunction(() => document.querySelector('[data-testid="invoices"]').getAttribute("aria-busy") === "false");
    const frames = await page.evaluate(scroll);
    const sorted = [...frames].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)];
    const slow = frames.filter((f) => f > 33.4).length;
    // At 60 Hz a frame that missed its vsync takes 33.3 ms: one dropped frame.
    const dropped = frames.filter((f) => f > 20).length;
    // The same scroll again, traced: what the page's main thread spent a frame on.
    await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "blink.user_timing"] });
    const traced = await page.evaluate(scroll);
    const trace = (await browser.stopTracing()).toString();
    // BENCH_TRACE=DIR keeps the traced scroll, for Perfetto or chrome://tracing.
    if (process.env.BENCH_TRACE) writeFileSync(`${process.env.BENCH_TRACE}/scroll-${label}.json`, trace);
    const spent = mainThread(JSON.parse(trace), traced.length);
    const each = (part) => `${part.toFixed(1)}`;
    console.log(
      `| ${label} | ${ms(median(runs.open))} | ${ms(median(runs.customer))} | ${ms(median(runs.filter))} | ${ms(median(runs.search))} | ${median(frames).toFixed(1)} ms | ${p95.toFixed(1)} ms | ${dropped} of ${frames.length} | ${slow} of ${frames.length} | ${each(spent.script)} / ${each(spent.layout)} / ${each(spent.paint)} ms |`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
