// No crash reaches JavaScript: hostile and broken files give a report or an
// ArlensError, never a WebAssembly RuntimeError ("unreachable") and never a hang.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { ArlensError, analyze, inspect, openLedger, paymentPlan, sampleCsv } from "arlens";

const SHARED = fileURLToPath(new URL("../../../shared/data/calamine-tests/", import.meta.url));

/** Runs analyze and returns "report" or "error", failing on anything but an ArlensError. */
function outcome(bytes, fileName) {
  try {
    analyze(bytes, { asOf: "2024-03-31", import: { fileName } });
    return "report";
  } catch (err) {
    assert.ok(err instanceof ArlensError, `${fileName}: ${err}`);
    // A trap the package recovered from is still a failure here.
    assert.notEqual(err.kind, "internal", `${fileName}: ${err.message}`);
    assert.equal(typeof err.kind, "string", fileName);
    assert.ok(err.message.length > 0, fileName);
    return "error";
  }
}

test("every calamine test workbook gives a report or an ArlensError", async (t) => {
  if (!existsSync(SHARED)) {
    console.log(`SKIP: ${SHARED} is absent`);
    t.skip("../shared/data is absent");
    return;
  }
  const names = readdirSync(SHARED).filter((n) => /\.(xlsx|xlsm|xlsb|xls|ods)$/.test(n));
  assert.ok(names.length > 100, `only ${names.length} workbooks`);
  const seen = { report: 0, error: 0 };
  for (const name of names) {
    seen[outcome(await readFile(SHARED + name), name)] += 1;
  }
  // pivots.xlsx holds a table that maps as a ledger; the rest are not ledgers or are damaged.
  assert.ok(seen.report >= 1, `reports: ${seen.report}`);
  assert.ok(seen.error >= 100, `errors: ${seen.error}`);
});

/** A deterministic LCG so the damaged copies are the same every run. */
function* positions(seed, count, max) {
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x % max;
  }
}

for (const name of ["ledger.xlsx", "ledger.xls", "ledger.ods", "ledger.csv", "ledger.html.xls", "ledger.mhtml", "ledger-2003.xml"]) {
  test(`truncated and bit-flipped copies of ${name} never crash`, async () => {
    const bytes = await readFile(new URL(`../fixtures/formats/${name}`, import.meta.url));
    for (const cut of positions(7, 200, bytes.length)) {
      outcome(bytes.subarray(0, cut), `${name} cut at ${cut}`);
    }
    for (const at of positions(11, 1000, bytes.length)) {
      const copy = Uint8Array.from(bytes);
      copy[at] ^= 1 << (at % 8);
      outcome(copy, `${name} bit flipped at ${at}`);
    }
  });
}

test("truncated and bit-flipped copies of a generated transaction ledger never crash", () => {
  // The sample generator's CSV: invoices, partial payments, credit notes, three currencies.
  const bytes = sampleCsv(300, 5);
  for (const cut of positions(13, 200, bytes.length)) {
    outcome(bytes.subarray(0, cut), `sample cut at ${cut}`);
  }
  for (const at of positions(17, 600, bytes.length)) {
    const copy = Uint8Array.from(bytes);
    copy[at] ^= 1 << (at % 8);
    outcome(copy, `sample bit flipped at ${at}`);
    // inspect reads the same bytes for a mapping screen: a result or an ArlensError too.
    try {
      inspect(copy);
    } catch (err) {
      assert.ok(err instanceof ArlensError, `inspect, bit ${at}: ${err}`);
    }
  }
});

test("options and amounts beyond exact arithmetic are refused by name, never a trap", () => {
  const csv = new TextEncoder().encode(
    "Invoice,Customer,Date,Due date,Amount,Currency\nA1,Acme,2024-01-05,2024-02-04,100.00,EUR\n" +
      "A2,Acme,2024-03-01,2024-03-31,79228162514264337593543950335,EUR\n",
  );
  const ledger = openLedger(csv);
  // Hand computation: core/tests/hostile.rs — the huge amount is a located skipped row.
  assert.match(ledger.summary.import.skipped[0].reason, /is beyond what arlens adds up exactly/);
  const refused = (options) => {
    try {
      ledger.analyze(options);
    } catch (e) {
      assert.ok(e instanceof ArlensError && e.kind === "invalidOption", `${JSON.stringify(options)}: ${e.kind} ${e.message}`);
      return e.option;
    }
    assert.fail(`${JSON.stringify(options)} was accepted`);
  };
  assert.equal(refused({ asOf: "+262142-12-31" }), "asOf");
  assert.equal(refused({ asOf: "1899-12-31" }), "asOf");
  assert.equal(refused({ asOf: "2024-03-31", today: "9999-12-31" }), "today");
  assert.equal(refused({ asOf: "2024-03-31", period: { trailingDays: 400000000 } }), "period");
  assert.equal(refused({ asOf: "2024-03-31", aging: { edges: [30, 4294967295] } }), "aging.edges");
  assert.equal(refused({ asOf: "2024-03-31", worklist: { replyDays: 4294967295 } }), "worklist.replyDays");
  assert.equal(refused({ asOf: "2024-03-31", worklist: { ladder: { legal: 9007199254740991 } } }), "worklist.ladder.legal");
  assert.equal(ledger.analyze({ asOf: "2024-03-31" }).aging.currencies[0].openTotal, "100.00");
  const plan = (terms) => {
    try {
      paymentPlan({ currency: "EUR", asOf: "2024-03-31", installments: 3, ...terms });
    } catch (e) {
      assert.ok(e instanceof ArlensError && e.kind === "invalidOption", `${JSON.stringify(terms)}: ${e.kind} ${e.message}`);
      return e.option;
    }
    assert.fail(`${JSON.stringify(terms)} was accepted`);
  };
  assert.equal(plan({ balance: "79228162514264337593543950335" }), "balance");
  assert.equal(plan({ balance: "1200", interest: { method: "amortized", annualRate: "99" } }), "interest");
  assert.equal(plan({ balance: "1200", start: "+262142-01-01" }), "start");
});
