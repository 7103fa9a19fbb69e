// The package's last line of defence: if the WebAssembly instance ever traps, the call
// throws ArlensError of kind `internal`, the module is restarted, handles made before
// throw kind `reset`, and the next call works — a thousand times in one process.
// Runs on the core built with an export that traps (scripts/build.sh --trap-test, a
// step of `make test`); the published package has no such export.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { api, ArlensError } from "../../pkg/api.js";

const GLUE = new URL("../../pkg/dist-test/node/arlens.js", import.meta.url);
if (!existsSync(GLUE)) throw new Error("pkg/dist-test is missing: run scripts/build.sh --trap-test (make test does)");
const arlens = api(await import(GLUE.href));
const FIXTURE = readFileSync(fileURLToPath(new URL("../fixtures/open-items-10.csv", import.meta.url)));

/** The fixture's USD open total at 31 March 2024 (hand computation: core/tests/fixture.rs). */
const usdTotal = (report) => report.aging.currencies.find((c) => c.currency === "USD").openTotal;

test("memory running out is a file too large, not a bug, and the next call works", () => {
  const before = arlens.openLedger(FIXTURE);
  assert.throws(
    () => arlens.exhaustMemoryForTests(),
    (e) =>
      e instanceof ArlensError &&
      e.kind === "tooLarge" &&
      /^the file is too large for arlens here: exhaustMemoryForTests ran out of memory \(WebAssembly's memory is 4 GB at most\)/.test(e.message),
  );
  assert.throws(() => before.summary, (e) => e.kind === "reset");
  // A trap of another kind afterwards is still a bug (the memory flag was taken).
  assert.throws(() => arlens.trapForTests(), (e) => e.kind === "internal");
  const after = arlens.openLedger(FIXTURE, { fileName: "open-items-10.csv" });
  assert.equal(usdTotal(after.analyze({ asOf: "2024-03-31" })), "2795.74");
  after.free();
});

test("a trap becomes ArlensError internal, old handles say reset, the next call works", () => {
  const before = arlens.openLedger(FIXTURE, { fileName: "open-items-10.csv" });
  assert.equal(usdTotal(before.analyze({ asOf: "2024-03-31" })), "2795.74");
  assert.throws(
    () => arlens.trapForTests(),
    (e) => e instanceof ArlensError && e.kind === "internal" && /^arlens failed inside trapForTests \(unreachable/.test(e.message),
  );
  assert.throws(() => before.analyze({ asOf: "2024-03-31" }), (e) => e instanceof ArlensError && e.kind === "reset");
  assert.throws(() => before.summary, (e) => e.kind === "reset");
  before.free(); // nothing left to release, and no error
  assert.equal(before.freed, true);
  const after = arlens.openLedger(FIXTURE);
  assert.equal(usdTotal(after.analyze({ asOf: "2024-03-31" })), "2795.74");
  assert.equal(arlens.formatMoney("1234.5", "EUR", "de"), "1.234,50");
  after.free();
});

test("a thousand traps in one process leave the module working", () => {
  const kept = arlens.openLedger(FIXTURE);
  for (let i = 0; i < 1000; i += 1) {
    assert.throws(() => arlens.trapForTests(), (e) => e.kind === "internal");
    if (i % 100 === 0) {
      assert.equal(usdTotal(arlens.analyze(FIXTURE, { asOf: "2024-03-31" }).report), "2795.74");
    }
  }
  assert.throws(() => kept.analyze(), (e) => e.kind === "reset");
  assert.equal(arlens.version(), JSON.parse(readFileSync(fileURLToPath(new URL("../../pkg/package.json", import.meta.url)))).version);
  assert.equal(usdTotal(arlens.openLedger(FIXTURE).analyze({ asOf: "2024-03-31" })), "2795.74");
  // Input errors are still ArlensErrors of their own kind, not internal failures.
  assert.throws(() => arlens.openLedger(new TextEncoder().encode("Name,Total\nAcme,12\n")), (e) => e.kind === "missingColumns");
});

test("the published package's core has no export that traps", () => {
  const packed = readFileSync(fileURLToPath(new URL("../../pkg/dist/node/arlens.js", import.meta.url)), "utf8");
  assert.doesNotMatch(packed, /trapForTests/);
  assert.match(packed, /export function __arlensReset\(\)/, "the packed glue can restart the module");
});
