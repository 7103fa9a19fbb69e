// The command line shipped in the package (`bin/arlens.mjs`): output, formats and exit codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../pkg/bin/arlens.mjs", import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Runs the CLI; resolves to { code, stdout, stderr }. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test("report prints the aging table and the headline figures", async () => {
  const { code, stdout, stderr } = await run("report", fixture("two-currencies.csv"), "--as-of", "2024-03-31");
  assert.equal(code, 0, stderr);
  // Hand computation: core/tests/two_currencies.rs.
  assert.match(stdout, /^two-currencies\.csv: 13 entries \(transactions\), as of 2024-03-31, aged by due date$/m);
  assert.match(stdout, /^USD +300\.00 +250\.00 +600\.00 +0\.00 +0\.00 +0\.00 +-200\.00 +950\.00$/m);
  assert.match(stdout, /^EUR +900\.00 +500\.00 .* +-80\.00 +1,320\.00$/m);
  assert.match(stdout, /^USD +98\.2 +31\.0 +67\.2 +51\.9%$/m); // DSO 950 / 300 × 31; CEI 700 / 1,350
  assert.match(stdout, /^1 +Acme +USD +call +850\.00 /m);
});

test("--json gives the whole report and --csv the aging table", async () => {
  const json = await run("report", fixture("open-items-10.csv"), "--as-of", "2024-03-31", "--json");
  assert.equal(json.code, 0, json.stderr);
  const { report } = JSON.parse(json.stdout);
  assert.equal(report.aging.currencies[1].openTotal, "2795.74");
  const csv = await run("report", fixture("open-items-10.csv"), "--as-of", "2024-03-31", "--csv");
  assert.deepEqual(csv.stdout.trim().split("\n"), [
    "Currency,Not due,1–30,31–60,61–90,91–120,121+,Credits,Open total",
    "EUR,300.00,45.10,0.00,0.00,0.00,2000.00,0.00,2345.10",
    "USD,1250.50,400.00,120.25,999.99,75.00,0.00,-50.00,2795.74",
  ]);
});

test("options: buckets, basis and date order reach the analysis", async () => {
  const { stdout } = await run("report", fixture("open-items-10.csv"), "--as-of", "2024-03-31", "--buckets", "60,120", "--csv", "--basis", "invoice");
  assert.equal(stdout.split("\n")[0], "Currency,Not due,1–60,61–120,121+,Credits,Open total");
  // 03/04/2024 is 3 April or 4 March: an error until the order is given.
  const dir = await mkdtemp(join(tmpdir(), "arlens-cli-"));
  const ambiguous = join(dir, "ambiguous.csv");
  await writeFile(ambiguous, "Invoice,Customer,Date,Due date,Amount\nA,Acme,03/04/2024,05/04/2024,10.00\n");
  const unset = await run("report", ambiguous, "--as-of", "2024-04-30", "--csv");
  assert.equal(unset.code, 1);
  assert.match(unset.stderr, /set the date order/);
  const dmy = await run("report", ambiguous, "--as-of", "2024-04-30", "--csv", "--date-order", "dmy");
  assert.equal(dmy.code, 0, dmy.stderr);
  // Due 5 April (day first): 25 days past due at 30 April → 1–30; the file names no currency.
  assert.equal(dmy.stdout.split("\n")[1], "XXX,0.00,10.00,0.00,0.00,0.00,0.00,0.00,10.00");
  const eur = await run("report", ambiguous, "--as-of", "2024-04-30", "--csv", "--date-order", "dmy", "--currency", "EUR");
  assert.equal(eur.stdout.split("\n")[1], "EUR,0.00,10.00,0.00,0.00,0.00,0.00,0.00,10.00");
  const bad = await run("report", ambiguous, "--csv", "--date-order", "dmy", "--currency", "euro");
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /invalid option defaultCurrency: "euro" is not an ISO 4217 currency code/);
  await rm(dir, { recursive: true });
});

test("--skip-hidden-rows leaves out the rows a workbook hides", async () => {
  const { default: XLSX } = await import("xlsx");
  const ws = XLSX.utils.aoa_to_sheet([
    ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency"],
    ["I-1", "Acme", "2026-04-01", "2026-05-01", 100, "EUR"],
    ["I-2", "Beta", "2026-04-02", "2026-05-02", 250, "EUR"],
  ]);
  ws["!rows"] = [{}, {}, { hidden: true }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Open items");
  const dir = await mkdtemp(join(tmpdir(), "arlens-cli-"));
  const file = join(dir, "filtered.xlsx");
  await writeFile(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  // Read: 100 + 250 = 350.00 (59 and 58 days past due at 30 June → 31–60), row 3 said.
  const read = await run("report", file, "--as-of", "2026-06-30", "--csv");
  assert.equal(read.stdout.split("\n")[1], "EUR,0.00,0.00,350.00,0.00,0.00,0.00,0.00,350.00");
  assert.match(read.stderr, /row 3: 1 row below the header is hidden in the workbook/);
  // Left out: 100.00.
  const left = await run("report", file, "--as-of", "2026-06-30", "--csv", "--skip-hidden-rows");
  assert.equal(left.code, 0, left.stderr);
  assert.equal(left.stdout.split("\n")[1], "EUR,0.00,0.00,100.00,0.00,0.00,0.00,0.00,100.00");
  await rm(dir, { recursive: true });
});

test("bad input exits 1 with the located error; bad usage exits 2", async () => {
  const missing = await run("report", fixture("nope.csv"));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.csv: no such file/);
  const bad = await run("report", fixture("../node/cli.test.mjs"));
  assert.equal(bad.code, 1);
  // The row that looks most like a header (a CSV line inside this file) is named.
  assert.match(bad.stderr, /^arlens: file "cli\.test\.mjs", row \d+: this does not look like a ledger/m);
  for (const args of [[], ["frobnicate"], ["report"], ["report", "x.csv", "--as-of", "31/03/2024"], ["report", "x.csv", "--buckets", "a,b"], ["report", "x.csv", "--json", "--csv"]]) {
    const r = await run(...args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /usage: arlens report LEDGER/);
  }
});

test("skipped rows and warnings go to stderr, figures to stdout", async () => {
  const { code, stdout, stderr } = await run("report", fixture("layouts/quickbooks-ar-aging-detail.csv"));
  assert.equal(code, 0, stderr);
  // Positions are written by the core, as in error messages.
  assert.match(stderr, /^skipped: file "quickbooks-ar-aging-detail\.csv", row \d+: /m);
  assert.doesNotMatch(stdout, /skipped:/);
});

test("the report ends with the reconciliation and the file's SHA-256", async () => {
  const { code, stdout, stderr } = await run("report", fixture("classes/pt-erp-titulos.csv"), "--as-of", "2024-03-31");
  assert.equal(code, 0, stderr);
  // Hand computation: core/tests/classes.rs (the receipt, the cancelled and the written-off rows excluded).
  assert.match(stdout, /^Valor R\$ +BRL +8,050\.50 \(7\) +4,450\.50 \(4\) +3,600\.00 \(3\) +0\.00 \(0\)$/m);
  assert.match(stdout, /^Saldo R\$ +BRL +6,350\.50 \(7\) +3,950\.50 \(4\) +2,400\.00 \(3\) +0\.00 \(0\)$/m);
  assert.match(stdout, /^File SHA-256 d890eb5f3a529762ac54b821bbfff3d3b0529bb688ef2149b84529aefc88b65c, read by arlens \d+\.\d+\.\d+$/m);
});

test("text from the file cannot drive the terminal: control characters are shown escaped", async () => {
  const dir = await mkdtemp(join(tmpdir(), "arlens-cli-"));
  try {
    const file = join(dir, "escapes.csv");
    // A customer name that would clear the screen and retitle the terminal, and a bad amount carrying an escape.
    const csv = "Invoice,Customer,Date,Due date,Amount,Currency\n" +
      'A1,"Evil\u001b[2J\u001b]0;owned\u0007 Corp",2024-03-01,2024-03-31,10.00,EUR\n' +
      "A2,Acme,2024-03-01,2024-03-31,1\u001b[31m0,EUR\n";
    await writeFile(file, csv);
    const { code, stdout, stderr } = await run("report", file, "--as-of", "2024-03-31");
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stdout + stderr, /\u001b|\u0007/);
    assert.match(stdout, /Evil\\u\{1b\}\[2J\\u\{1b\}\]0;owned\\u\{7\} Corp/);
    assert.match(stderr, /^skipped: .*row 3, column E \("Amount"\): "1\\u\{1b\}\[31m0" is not an amount/m);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test("export writes the whole analysis as a workbook, the same as the package's", async () => {
  const { readFile } = await import("node:fs/promises");
  const { inspect, openLedger } = await import("arlens");
  const dir = await mkdtemp(join(tmpdir(), "arlens-export-"));
  try {
    const out = join(dir, "two.xlsx");
    const { code, stderr } = await run("export", fixture("two-currencies.csv"), "--as-of", "2024-03-31", "-o", out);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /wrote .*two\.xlsx/);
    const bytes = await readFile(out);
    // Read back through the package (calamine): the sheets, and the open documents with their cells.
    const open = inspect(bytes, { sheet: "Open documents", previewRows: 10 });
    assert.deepEqual(open.sheets, ["Summary", "Aging by customer", "Open documents", "Worklist", "Trend"]);
    assert.deepEqual(open.headers.slice(0, 5), ["Document", "Customer", "Open", "Days past due", "Aging column"]);
    const u1 = open.preview.find((r) => r.cells[0] === "U-1");
    assert.match(u1.cells[2], /^600(\.0+)?$/); // 1,000 − P-1 400
    // The package's workbook for the same file, name and options is byte for byte the same.
    const ledger = openLedger(await readFile(fixture("two-currencies.csv")), { fileName: "two-currencies.csv" });
    assert.ok(Buffer.from(ledger.exportXlsx({ asOf: "2024-03-31" })).equals(bytes));
    ledger.free();
    const missing = await run("export", fixture("two-currencies.csv"));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /needs -o OUT\.xlsx/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("several ledger files are read as one, each row located in its file, each with its digest", async () => {
  const dir = await mkdtemp(join(tmpdir(), "arlens-cli-"));
  try {
    const head = "Type,Document,Customer,Date,Due date,Amount,Currency,Applies to\n";
    const jan = `${head}Invoice,INV-1,Acme,2026-01-10,2026-02-09,1000.00,EUR,\nInvoice,INV-2,Birch,2026-01-20,2026-02-19,500.00,EUR,\n`;
    const feb = `${head}Payment,PAY-1,Acme,2026-02-05,,600.00,EUR,INV-1\nInvoice,INV-3,Acme,2026-02-15,no date,250.00,EUR,\n`;
    await writeFile(join(dir, "jan.csv"), jan);
    await writeFile(join(dir, "feb.csv"), feb);
    const { code, stdout, stderr } = await run("report", join(dir, "jan.csv"), join(dir, "feb.csv"), "--as-of", "2026-02-28", "--csv");
    assert.equal(code, 0, stderr);
    // 1,000.00 − 600.00 (Feb's payment) + 500.00 = 900.00 open (the last column).
    assert.match(stdout, /^EUR,.*,900\.00$/m);
    assert.match(stderr, /^skipped: file "feb\.csv", row 3, column E/m);
    const table = await run("report", join(dir, "jan.csv"), join(dir, "feb.csv"), "--as-of", "2026-02-28");
    assert.match(table.stdout, /^jan\.csv, feb\.csv: 3 entries/m);
    const { createHash } = await import("node:crypto");
    const sha = (text) => createHash("sha256").update(text).digest("hex");
    assert.match(table.stdout, new RegExp(`^  ${sha(jan)}  jan\\.csv$`, "m"));
    assert.match(table.stdout, new RegExp(`^  ${sha(feb)}  feb\\.csv$`, "m"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
