// Two builds of the app (two `dist/` folders) side by side in headless Chromium, taking
// turns on the same file so that a noisy machine slows both alike: file drop → the
// overview's figures shown (the aging chart), and → the cards' changes shown (the previous
// period's figures, which may follow the report). Each run in a fresh context; medians of
// ROUNDS and the ratio A ÷ B.
//   node scripts/bench-app-ab.mjs DIST_A DIST_B FILE [ROUNDS]
// e.g. keep a copy of dist/ before a change (`cp -r dist /tmp/dist-base`), rebuild, then
//   node scripts/bench-app-ab.mjs /tmp/dist-base dist target/bench-data/transactions-1M.csv 5
import { launchChromium } from "./chromium.mjs";
import { serve } from "./serve.mjs";
import { dropOnOverview, inTurns } from "./bench-lib.mjs";

const [distA, distB, file, rounds = "5"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/bench-app-ab.mjs DIST_A DIST_B FILE [ROUNDS]");
  process.exit(2);
}
const a = await serve(0, distA);
const b = await serve(0, distB);
const browser = await launchChromium();
console.log(`chromium ${browser.version()}; ${file}`);

/** Drops `file` on the overview of the app at `url`: [figures shown, changes shown] in ms. */
async function drop(url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${url}#/overview`);
  await page.locator('[data-testid="aging-chart-img"]').waitFor();
  await page.locator('[data-testid="kpis"]:not([aria-busy="true"])').waitFor();
  const times = await dropOnOverview(page, file);
  await context.close();
  return times;
}

const changes = { A: [], B: [] };
try {
  console.log("drop → overview's figures shown:");
  await inTurns(
    [distA, async () => { const [f, c] = await drop(a.url); changes.A.push(c); return f; }],
    [distB, async () => { const [f, c] = await drop(b.url); changes.B.push(c); return f; }],
    Number(rounds),
  );
  const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
  const list = (x) => x.map((t) => Math.round(t)).join(", ");
  console.log("drop → the cards' changes shown (same runs):");
  console.log(`A ${distA}: ${list(changes.A)} ms, median ${median(changes.A).toFixed(0)}`);
  console.log(`B ${distB}: ${list(changes.B)} ms, median ${median(changes.B).toFixed(0)}`);
  console.log(`A ÷ B: ${(median(changes.A) / median(changes.B)).toFixed(2)}`);
} finally {
  await browser.close();
  a.server.close();
  b.server.close();
}
