// The `Ledger` handle and the core's formatting rules, through the built package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  ArlensError,
  analyze,
  describePosition,
  formatMoney,
  formatNumber,
  importLedger,
  labels,
  openLedger,
  parseAmount,
} from "arlens";

const fixture = (name) => readFile(new URL(`../fixtures/${name}`, import.meta.url));

test("one handle analyses the ledger at several dates exactly as one-shot calls do", async () => {
  const bytes = await fixture("two-currencies.csv");
  const ledger = openLedger(bytes, { fileName: "two-currencies.csv" });
  // 6 invoices (U-1..U-4, E-1, E-2), 3 credit notes, 4 payments; first 2024-01-05, last 2024-04-15.
  assert.equal(ledger.summary.entries, 13);
  assert.equal(ledger.summary.invoices, 6);
  assert.deepEqual(ledger.summary.dateRange, { first: "2024-01-05", last: "2024-04-15" });
  for (const asOf of ["2024-02-29", "2024-03-31", "2024-04-30"]) {
    for (const aging of [{}, { basis: "invoiceDate", edges: [15, 45] }]) {
      const once = analyze(bytes, { asOf, aging, import: { fileName: "two-currencies.csv" } });
      assert.deepEqual(ledger.analyze({ asOf, aging }), once.report, `${asOf} ${JSON.stringify(aging)}`);
    }
  }
  // USD at 2024-03-31, hand-computed in core/tests/two_currencies.rs: open 1,000 − 400 + 250 + 300 − 200.
  const march = ledger.analyze({ asOf: "2024-03-31" });
  assert.equal(march.aging.currencies.find((c) => c.currency === "USD").openTotal, "950.00");
  ledger.free();
});

test("the as-of rule is stated: given, report date, latest event", async () => {
  const tx = openLedger(await fixture("two-currencies.csv"));
  assert.deepEqual([tx.analyze().asOf, tx.analyze().asOfSource], ["2024-04-15", "latestEvent"]);
  assert.deepEqual([tx.analyze({ asOf: "2024-03-31" }).asOfSource], ["given"]);
  const qb = openLedger(await fixture("layouts/quickbooks-ar-aging-detail.csv"));
  assert.deepEqual([qb.analyze().asOf, qb.analyze().asOfSource], ["2024-03-31", "reportDate"]);
  tx.free();
  qb.free();
});

test("a freed handle throws ArlensError of kind freed, never a wasm trap", async () => {
  const ledger = openLedger(await fixture("open-items-10.csv"));
  ledger.free();
  assert.equal(ledger.freed, true);
  for (const use of [() => ledger.analyze(), () => ledger.summary, () => ledger.inspect()]) {
    assert.throws(use, (e) => e instanceof ArlensError && e.kind === "freed" && /freed/.test(e.message));
  }
  ledger.free(); // twice is harmless
  // Symbol.dispose frees it too (Node 20 has no `using` statement; tsc checks `using`).
  const disposable = openLedger(await fixture("open-items-10.csv"));
  disposable[Symbol.dispose]();
  assert.throws(() => disposable.analyze(), { name: "ArlensError", kind: "freed" });
});

test("missing columns throw with the inspection a mapping screen needs", () => {
  const bytes = new TextEncoder().encode("Name,Total\nAcme,12\n");
  assert.throws(
    () => openLedger(bytes, { fileName: "partial.csv" }),
    (e) => {
      assert.ok(e instanceof ArlensError);
      assert.equal(e.kind, "missingColumns");
      assert.deepEqual(e.inspection.headers, ["Name", "Total"]);
      assert.deepEqual(e.inspection.preview[0].cells, ["Acme", "12"]);
      return true;
    },
  );
});

test("options are refused with the option's name", async () => {
  const ledger = openLedger(await fixture("open-items-10.csv"));
  assert.throws(() => ledger.analyze({ basis: "dueDate" }), (e) => e.kind === "invalidOption" && e.option === "options" && /unknown field `basis`/.test(e.message));
  assert.throws(() => ledger.analyze({ aging: { edges: [60, 30] } }), (e) => e.kind === "invalidOption" && e.option === "edges");
  assert.throws(() => openLedger(new Uint8Array([65]), { sheets: "x" }), (e) => e.option === "importOptions" && /unknown field `sheets`/.test(e.message));
  assert.throws(() => ledger.analyze({ asOf: "31/03/2024" }), (e) => e.kind === "invalidOption");
  ledger.free();
});

test("importLedger is kept as a deprecated alias of openLedger(…).summary", async () => {
  const bytes = await fixture("two-currencies.csv");
  const ledger = openLedger(bytes);
  assert.deepEqual(importLedger(bytes), ledger.summary);
  ledger.free();
});

test("money, figures and typed amounts are formatted and read by the core", () => {
  // (amount, currency, locale, expected)
  for (const [amount, currency, locale, want] of [
    ["1234567.5", "USD", undefined, "1,234,567.50"],
    ["1234567", "JPY", "en", "1,234,567"],
    ["1234.5", "BHD", "en", "1,234.500"],
    ["1234567.5", "EUR", "de", "1.234.567,50"],
    ["1234567.5", "EUR", "fr", "1\u202f234\u202f567,50"],
    ["1234567.5", "BRL", "pt-BR", "1.234.567,50"],
    ["1234567.5", "USD", "iso", "1234567.50"],
    ["-0.001", "USD", "en", "0.00"],
  ]) {
    assert.equal(formatMoney(amount, currency, locale), want, `${amount} ${currency} ${locale}`);
  }
  assert.equal(formatNumber("45.25", 1), "45.3"); // half away from zero
  for (const [text, locale, want] of [
    ["1.200,00", "en", "1200.00"],
    ["1,200.00", "de", "1200.00"],
    ["1 200,00", "fr", "1200.00"],
    ["1.200", "de", "1200"],
    ["1.200", "en", "1.200"],
  ]) {
    assert.equal(parseAmount(text, locale), want, `${text} in ${locale}`);
  }
  assert.throws(() => parseAmount("twelve"), { name: "ArlensError", kind: "invalidOption", option: "amount" });
  assert.throws(() => formatMoney("1", "USD", "tlh"), { option: "locale" });
  assert.equal(describePosition({ file: "ar.csv", row: 12, column: "C", header: "Due date" }), 'file "ar.csv", row 12, column C ("Due date")');
  const words = labels();
  assert.equal(words.steps.find((s) => s.code === "collectionAgency").label, "collection agency");
  assert.equal(words.figures.find((f) => f.code === "bestPossibleDso").label, "Best possible DSO");
});

test("the headline compares with the previous period, and consolidation adds currencies at given rates", async () => {
  const ledger = openLedger(await fixture("two-currencies.csv"));
  // Hand computation: core/tests/overview.rs.
  const headline = ledger.headline({ asOf: "2024-03-31" });
  assert.equal(headline.previousAsOf, "2024-02-29");
  const usd = headline.currencies.find((c) => c.currency === "USD");
  const receivables = usd.cards.find((c) => c.key === "receivables");
  assert.deepEqual([receivables.value.value, receivables.previous.value, receivables.change.value], ["950.00", "1350.00", "-400.00"]);
  const paid = usd.cards.find((c) => c.key === "averageDaysToPay");
  assert.equal(paid.change.unavailable.code, "nothingPaid");
  const fx = ledger.consolidate({ currency: "USD", rates: [{ currency: "EUR", rate: "1.10" }], date: "2024-03-31" }, { asOf: "2024-03-31" });
  assert.equal(fx.openTotal, "2402.00"); // 950 + 1,320 × 1.10
  assert.equal(fx.allowance.value, "58.90"); // 38 + 19 × 1.10
  assert.throws(
    () => ledger.consolidate({ currency: "USD", rates: [] }, { asOf: "2024-03-31" }),
    (e) => e instanceof ArlensError && e.kind === "invalidOption" && e.option === "consolidation.rates" && /no rate for EUR/.test(e.message),
  );
  ledger.free();
});

test("a figure traces to its documents with their source rows, and they add up to it", async () => {
  const { openLedger } = await import("arlens");
  const ledger = openLedger(await fixture("two-currencies.csv"), { fileName: "two-currencies.csv" });
  // USD open at 31 Mar: U-1 600.00 + U-3 250.00 − P-2 200.00 + U-4 300.00 = 950.00.
  const open = ledger.trace("aging/USD/open", { asOf: "2024-03-31" });
  assert.equal(open.reconciles, true);
  assert.equal(open.reported.value, "950"); // figures drop trailing zeros
  assert.deepEqual(
    open.inputs[0].members.map((m) => [m.document, m.value, m.row]),
    [["U-1", "600.00", 2], ["U-3", "250.00", 6], ["P-2", "-200.00", 8], ["U-4", "300.00", 10]],
  );
  // DSO = 950 / 300 × 31 days; its inputs are the receivables and the credit sales.
  const dso = ledger.trace("period/USD/dso", { asOf: "2024-03-31" });
  assert.deepEqual(dso.inputs.map((i) => [i.key, i.total]), [["arEnd", "950.00"], ["creditSales", "300.00"]]);
  assert.equal(Number(dso.recomputed.value).toFixed(4), "98.1667");
  assert.throws(() => ledger.trace("aging/GBP/open"), (e) => e.name === "ArlensError" && /GBP/.test(e.message));
  assert.throws(() => ledger.trace("nonsense"), (e) => e.name === "ArlensError" && /not a figure/.test(e.message));
  ledger.free();
});
