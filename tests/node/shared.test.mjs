// Every API function on the real ledger in ../shared/data (skipped, with a SKIP line, when
// that folder is absent; failing when the folder is there but the file is not).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { analyze, inspect, openLedger } from "arlens";

const DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

/** The bytes of `name` in ../shared/data, or undefined after printing why it is skipped. */
async function shared(t, name) {
  if (!existsSync(DATA)) {
    console.log(`SKIP: ${DATA} is absent, so ${name} is not tested`);
    t.skip("../shared/data is absent");
    return undefined;
  }
  assert.ok(existsSync(`${DATA}${name}`), `${DATA} exists but ${name} is missing from it`);
  return readFile(`${DATA}${name}`);
}

/** An amount string as integer cents, exactly. */
const cents = (amount) => {
  const [int, frac = ""] = amount.replace("-", "").split(".");
  const value = BigInt(int) * 100n + BigInt((frac + "00").slice(0, 2));
  assert.equal(frac.length <= 2, true, amount);
  return amount.startsWith("-") ? -value : value;
};

test("HighRadius open invoices: inspect, openLedger and analyze", async (t) => {
  const bytes = await shared(t, "highradius-open-invoices.csv");
  if (!bytes) return;
  const seen = inspect(bytes, { fileName: "highradius-open-invoices.csv", previewRows: 3 });
  assert.equal(seen.problem, undefined);
  assert.equal(seen.preview.length, 3);
  assert.ok(seen.headers.includes("due_in_date") && seen.headers.includes("converted_usd"), seen.headers.join(","));

  const ledger = openLedger(bytes);
  const summary = ledger.summary;
  ledger.free();
  // 9,681 invoices totalling 323,093,316.19 (core/tests/import.rs reads the same file).
  assert.equal(summary.invoices, 9681);
  assert.deepEqual(summary.totals.map((c) => [c.currency, c.invoices, c.invoiced]), [["USD", 9681, "323093316.19"]]);

  const { report } = analyze(bytes, { asOf: "2020-05-31" });
  const [usd] = report.aging.currencies;
  // The aging core/tests/aging.rs checks against an independent count of the file's columns.
  assert.equal(usd.openTotal, "2287967.06");
  const columns = [usd.notDue, ...usd.buckets, usd.credits].map(cents).reduce((a, b) => a + b, 0n);
  assert.equal(columns, cents(usd.openTotal));
  assert.ok(report.worklist.rows.length > 0);
  for (const [i, row] of report.worklist.rows.entries()) assert.equal(row.rank, i + 1);
});
