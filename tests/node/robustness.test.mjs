// No crash reaches JavaScript: hostile and broken files give a report or an
// ArlensError, never a WebAssembly RuntimeError ("unreachable") and never a hang.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { ArlensError, analyze, inspect, sampleCsv } from "arlens";

const SHARED = fileURLToPath(new URL("../../../shared/data/calamine-tests/", import.meta.url));

/** Runs analyze and returns "report" or "error", failing on anything but an ArlensError. */
function outcome(bytes, fileName) {
  try {
    analyze(bytes, { asOf: "2024-03-31", import: { fileName } });
    return "report";
  } catch (err) {
    assert.ok(err instanceof ArlensError, `${fileName}: ${err}`);
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

for (const name of ["ledger.xlsx", "ledger.xls", "ledger.ods", "ledger.csv"]) {
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
