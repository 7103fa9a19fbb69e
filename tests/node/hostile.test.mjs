// The hostile-input corpus (tests/hostile/corpus.mjs) through every function of the
// package and every Ledger method: each case ends in a report or an ArlensError of a
// named kind — never a trap (kind `internal`), never a runaway — and after each one a
// normal analysis on the same instance gives the right figures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArlensError, analyze, importLedger, inspect, openLedger } from "arlens";
import { cases } from "../hostile/corpus.mjs";

/** Generous ceilings: they catch runaways, not slowness. */
const SECONDS = 60;
const FIXTURE = readFileSync(fileURLToPath(new URL("../fixtures/open-items-10.csv", import.meta.url)));

/** `fn()`'s outcome: "report", or the ArlensError's kind (anything else fails). */
function outcome(name, fn) {
  try {
    fn();
    return "report";
  } catch (e) {
    assert.ok(e instanceof ArlensError, `${name}: ${e}`);
    assert.notEqual(e.kind, "internal", `${name}: ${e.message}`);
    assert.ok(e.message.length < 1000, `${name}: a message of ${e.message.length} characters`);
    return e.kind;
  }
}

for (const c of cases()) {
  test(`${c.class}: ${c.name}`, () => {
    const options = { asOf: "2024-03-31", ...(c.options ?? {}) };
    const importOptions = { fileName: c.name };
    const start = performance.now();
    const kinds = new Set([
      outcome(`${c.name} analyze`, () => analyze(c.bytes, { ...options, import: importOptions })),
      outcome(`${c.name} inspect`, () => inspect(c.bytes, importOptions, 20)),
      outcome(`${c.name} importLedger`, () => importLedger(c.bytes, importOptions)),
      outcome(`${c.name} Ledger`, () => {
        const ledger = openLedger(c.bytes, importOptions);
        try {
          ledger.summary;
          ledger.inspect();
          ledger.analyze(options);
          ledger.analyze({ ...options, asOf: "2030-12-31" });
        } finally {
          ledger.free();
        }
      }),
    ]);
    const seconds = (performance.now() - start) / 1000;
    assert.ok(seconds < SECONDS, `${c.name}: ${seconds.toFixed(1)} s`);
    // One file, one outcome, whichever function reads it (analyze and the handle agree).
    assert.ok(kinds.size <= 2, `${c.name}: ${[...kinds]}`);
    // The real bombs, with the default limits: refused as expected by every function.
    if (c.expect) assert.deepEqual([...kinds], [c.expect], c.name);
    // The instance still gives the right figures (hand computation: core/tests/fixture.rs).
    const { report } = analyze(FIXTURE, { asOf: "2024-03-31" });
    assert.equal(report.aging.currencies.find((x) => x.currency === "USD").openTotal, "2795.74");
  });
}

test("each limit is raised by the option it names", () => {
  const long = cases().find((c) => c.name === "csv-50MB-quoted-cell.csv");
  assert.throws(() => openLedger(long.bytes), (e) => e.kind === "tooLarge" && e.option === "limits.cellCharacters");
  const wide = { limits: { cellCharacters: 60 * 1024 * 1024 } };
  assert.equal(openLedger(long.bytes, wide).summary.entries, 1);
  const csv = new TextEncoder().encode("Invoice,Customer,Date,Amount\nA1,Acme,2024-01-05,10\n");
  assert.throws(() => openLedger(csv, { limits: { cells: 4 } }), (e) => e.kind === "tooLarge" && e.option === "limits.cells" && e.row === 2);
  assert.throws(() => openLedger(csv, { limits: { cels: 4 } }), (e) => e.kind === "invalidOption");
});
