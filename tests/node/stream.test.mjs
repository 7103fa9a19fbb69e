// `openLedgerStream`: a ledger file read chunk by chunk (Node streams, Blobs, ReadableStreams,
// async iterables) gives the same ledger as `openLedger` on the whole file, reports its
// progress to the end, and leaves nothing behind when aborted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createReadStream, readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArlensError, analyze, openLedger, openLedgerStream, sampleCsv } from "arlens";
import * as core from "../../pkg/dist/node/arlens.js";
const { __arlensMemoryBytes } = core;

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Every fixture file (CSV and workbooks), relative to tests/fixtures. */
function fixtures(dir = FIXTURES, prefix = "") {
  return readdirSync(dir).flatMap((name) =>
    statSync(dir + name).isDirectory()
      ? fixtures(`${dir}${name}/`, `${prefix}${name}/`)
      : /\.(md|json|py)$/.test(name)
        ? []
        : [prefix + name],
  );
}

/** What a ledger shows, to compare two readings of one file. */
function seen(ledger) {
  const out = { summary: ledger.summary, inspection: ledger.inspect(), report: ledger.analyze({ asOf: "2024-03-31" }) };
  ledger.free();
  return out;
}

/** What opening gives: what the ledger shows, or the error with its fields. */
async function outcome(open) {
  try {
    return seen(await open());
  } catch (e) {
    if (!(e instanceof ArlensError)) throw e;
    return { error: e.message, fields: { ...e } };
  }
}

/** `bytes` in chunks of pseudo-random sizes from 1 to `max` bytes (seeded, so reruns are equal). */
async function* randomChunks(bytes, max, seed = 7) {
  let state = seed;
  for (let at = 0; at < bytes.length; ) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const size = 1 + (state % max);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

test("every fixture streamed from a Node file stream reads as openLedger reads the whole file", async () => {
  const names = fixtures();
  assert.ok(names.length >= 20, names.join(", "));
  for (const name of names) {
    const bytes = readFileSync(FIXTURES + name);
    const whole = await outcome(async () => openLedger(bytes, { fileName: name }));
    for (const highWaterMark of [7, 64 * 1024]) {
      const stream = createReadStream(FIXTURES + name, { highWaterMark });
      const streamed = await outcome(() => openLedgerStream(stream, { fileName: name }));
      assert.deepEqual(streamed, whole, `${name} in chunks of ${highWaterMark}`);
    }
  }
});

test("chunks split anywhere (inside a quote, a UTF-8 or UTF-16 character, a CRLF) read the same", async () => {
  const text =
    "Invoice;Kunde;Datum;F\u00e4llig;Betrag;W\u00e4hrung\r\n" +
    Array.from({ length: 300 }, (_, i) => `R-${i};"M\u00fcller; ""${i}""\r\nGmbH";31.01.2024;01.03.2024;1.234,${String(i % 100).padStart(2, "0")};EUR`).join("\r\n");
  const utf8 = new TextEncoder().encode(text);
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
  for (const [what, bytes] of [["UTF-8", utf8], ["UTF-16LE", utf16]]) {
    const whole = seen(openLedger(bytes));
    assert.equal(whole.summary.invoices, 300, what);
    assert.equal(whole.summary.import.encoding, what);
    for (const max of [3, 17, 4096]) {
      assert.deepEqual(seen(await openLedgerStream(randomChunks(bytes, max))), whole, `${what}, chunks up to ${max} bytes`);
    }
  }
});

test("a file larger than a megabyte is read in pieces by openLedger and analyze, as the core reads it whole", () => {
  // Past a megabyte, openLedger and analyze hand text files to the stream reader a megabyte
  // at a time; the core's own whole-file calls are the reference. Pieces end inside a
  // quoted field, a UTF-8 or UTF-16 character and a CRLF somewhere in 1.5–3 MB.
  const row = (i) => `R-${i};"M\u00fcller; ""${i}""\r\nGmbH";31.01.2024;01.03.2024;1.234,${String(i % 100).padStart(2, "0")};EUR`;
  const text = "Invoice;Kunde;Datum;F\u00e4llig;Betrag;W\u00e4hrung\r\n" + Array.from({ length: 24_000 }, (_, i) => row(i)).join("\r\n");
  const utf8 = new TextEncoder().encode(text);
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
  const sample = sampleCsv(12_000, 3);
  const asOf = "2024-03-31";
  for (const [what, bytes] of [["UTF-8", utf8], ["UTF-16LE", utf16], ["the sample", sample]]) {
    assert.ok(bytes.length > 1.5e6, `${what}: ${bytes.length} bytes`);
    const options = { fileName: "big.csv" };
    const whole = core.openLedger(bytes, { ...options });
    const reference = { summary: JSON.parse(whole.summary), report: JSON.parse(whole.analyze({ asOf })) };
    whole.free();
    const ledger = openLedger(bytes, options);
    assert.deepEqual({ summary: ledger.summary, report: ledger.analyze({ asOf }) }, reference, what);
    ledger.free();
    const analyzed = analyze(bytes, { asOf, import: options });
    assert.deepEqual(analyzed, JSON.parse(core.analyzeFile(bytes, { ...options }, { asOf })), what);
    assert.equal(analyzed.import.rowsRead > 10_000, true, what);
  }
  // Import options refused are named as before: `import` for analyze.
  assert.throws(() => analyze(sample, { import: { dateOrder: "sideways" } }), (e) => e.kind === "invalidOption" && /import/.test(e.option), "analyze");
});

test("a Blob reports its progress to 100% and ReadableStreams, iterables and bytes are read too", async () => {
  const bytes = readFileSync(FIXTURES + "two-currencies.csv");
  const whole = seen(openLedger(bytes));
  const calls = [];
  const ledger = await openLedgerStream(new Blob([bytes]), { onProgress: (p) => calls.push(p) });
  assert.deepEqual(seen(ledger), whole);
  const last = calls.at(-1);
  // The last call: every byte of the file, marked done; bytes never go back.
  assert.deepEqual([last.bytes, last.total, last.done], [bytes.length, bytes.length, true]);
  assert.equal(calls.filter((p) => p.done).length, 1);
  assert.ok(calls.every((p, i) => i === 0 || p.bytes >= calls[i - 1].bytes));
  assert.ok(last.rows >= whole.summary.import.rowsRead, JSON.stringify(last));

  const web = new Blob([bytes]).stream();
  assert.deepEqual(seen(await openLedgerStream(web)), whole, "ReadableStream");
  assert.deepEqual(seen(await openLedgerStream([bytes.subarray(0, 10), bytes.subarray(10)])), whole, "array of chunks");
  assert.deepEqual(seen(await openLedgerStream(bytes)), whole, "bytes");
  // `size` gives the total for a source that does not know it.
  const sized = [];
  (await openLedgerStream(randomChunks(bytes, 50), { size: bytes.length, onProgress: (p) => sized.push(p) })).free();
  assert.equal(sized.at(-1).total, bytes.length);
});

test("errors are ArlensErrors, located, with the inspection for missing columns", async () => {
  await assert.rejects(openLedgerStream(42), (e) => e instanceof ArlensError && e.option === "source");
  await assert.rejects(
    openLedgerStream([new Uint8Array([1]), 5]),
    (e) => e instanceof ArlensError && /expected byte chunks/.test(e.message),
  );
  const noDates = new TextEncoder().encode("Name,Total\nAcme,12\n");
  await assert.rejects(
    openLedgerStream(randomChunks(noDates, 4), { fileName: "x.csv" }),
    (e) =>
      e instanceof ArlensError &&
      e.kind === "missingColumns" &&
      e.file === "x.csv" &&
      e.inspection.headers.join() === "Name,Total" &&
      e.inspection.problem.kind === "missingColumns",
  );
  const many = new TextEncoder().encode("Invoice,Customer,Date\n" + "A,B,2024-01-01\n".repeat(50));
  await assert.rejects(
    openLedgerStream(randomChunks(many, 8), { fileName: "big.csv", limits: { cells: 20 } }),
    (e) => e.kind === "tooLarge" && e.row === 7 && e.option === "limits.cells",
  );
  await assert.rejects(openLedgerStream(many, { defaultCurrency: "euro" }), (e) => e.option === "defaultCurrency");
});

test("an abort rejects with the signal's reason, stops the source and keeps nothing", async () => {
  const bytes = sampleCsv(10_000, 1);
  // A ReadableStream that counts what was pulled and whether it was cancelled.
  const source = (controller, abortAfter) => {
    let pulled = 0;
    const state = { cancelled: false };
    state.stream = new ReadableStream({
      pull(c) {
        if (pulled * 65536 >= bytes.length) return c.close();
        c.enqueue(bytes.subarray(pulled * 65536, (pulled + 1) * 65536));
        pulled += 1;
        if (pulled === abortAfter) controller.abort();
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return state;
  };
  const first = new AbortController();
  const one = source(first, 20);
  const progress = [];
  await assert.rejects(openLedgerStream(one.stream, { signal: first.signal, onProgress: (p) => progress.push(p) }), {
    name: "AbortError",
  });
  assert.equal(one.cancelled, true);
  assert.ok(progress.length > 0 && progress.every((p) => !p.done));
  // Aborting again and again at the same place keeps nothing of the readings: the
  // WebAssembly memory (which only grows) stays where the first one left it.
  const after = __arlensMemoryBytes();
  for (let i = 0; i < 20; i++) {
    const controller = new AbortController();
    await assert.rejects(openLedgerStream(source(controller, 20).stream, { signal: controller.signal }), {
      name: "AbortError",
    });
  }
  assert.equal(__arlensMemoryBytes(), after);
  // An aborted signal from the start reads nothing; and the next reading works.
  await assert.rejects(openLedgerStream(bytes, { signal: AbortSignal.abort() }), { name: "AbortError" });
  const ledger = await openLedgerStream(new Blob([bytes]));
  assert.equal(ledger.summary.invoices, openLedger(bytes).summary.invoices);
  ledger.free();
});
