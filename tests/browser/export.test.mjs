// Exports in the browser (issue #17), with no request: a grid to CSV and XLSX exactly as
// filtered and sorted (parsed back and compared with the grid), formula-like text kept as
// text, the user's locale's delimiter and decimal mark, and the whole-analysis workbook
// equal byte for byte to the CLI's for the same file and options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "arlens";
import { useApp } from "./support.mjs";

const TWO = fileURLToPath(new URL("../fixtures/two-currencies.csv", import.meta.url));
const CLI = fileURLToPath(new URL("../../pkg/bin/arlens.mjs", import.meta.url));
const app = useApp();

/** The app at `hash` in `locale`, recording errors, CSP violations and every request after load. */
async function openApp(hash, locale = "en-US") {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  await page.goto(app.url + hash);
  await page.getByTestId("app").waitFor();
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  const requests = [];
  page.on("request", (r) => !r.url().startsWith("blob:") && requests.push(r.url()));
  return { page, context, problems, requests };
}

async function open(page, file) {
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("file-name").filter({ hasText: typeof file === "string" ? "two-currencies.csv" : file.name }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
}

/** Clicks `testid` and returns the downloaded file's name and bytes. */
async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("the invoice grid saves as CSV and XLSX exactly as filtered and sorted", async () => {
  const { page, context, problems, requests } = await openApp("#/invoices?sort=-open");
  await open(page, TWO);
  await page.getByTestId("invoices-count").filter({ hasText: /^4 open documents$/ }).waitFor();
  await page.getByTestId("invoices-0-document").filter({ hasText: "U-1" }).waitFor();
  const csv = await download(page, "invoices-csv");
  assert.equal(csv.name, "two-currencies-open-documents-2024-03-31.csv");
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a UTF-8 BOM");
  const lines = csv.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  assert.equal(lines.length, 5);
  // The grid's rows in its order (largest open first), numbers plain, dates ISO.
  const shown = [];
  for (let i = 0; i < 4; i++) shown.push(await page.getByTestId(`invoices-${i}-document`).textContent());
  assert.deepEqual(lines.slice(1).map((l) => l.split(",")[0]), shown);
  assert.equal(lines[1], "U-1,Acme,600.00,56,31–60,1000.00,2024-02-04,2024-01-05,open,invoice,USD,C1,2");
  // The same rows as XLSX, read back through the package (calamine).
  const xlsx = await download(page, "invoices-xlsx");
  assert.equal(xlsx.name, "two-currencies-open-documents-2024-03-31.xlsx");
  const sheet = inspect(xlsx.bytes, { previewRows: 10 });
  assert.deepEqual(sheet.sheets, ["Open documents"]);
  assert.deepEqual(sheet.preview.map((r) => r.cells[0]), shown);
  assert.match(sheet.preview[0].cells[2], /^600(\.0+)?$/);
  // A filter narrows the file as it narrows the grid.
  await page.getByTestId("invoices-filter-status").selectOption("credit");
  await page.getByTestId("invoices-count").filter({ hasText: /^1 of 4 open documents$/ }).waitFor();
  const credit = await download(page, "invoices-csv");
  assert.deepEqual(credit.bytes.toString("utf8").trimEnd().split("\r\n").slice(1).map((l) => l.split(",")[0]), ["P-2"]);
  assert.deepEqual(requests, [], "nothing requested after load");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a customer named like a formula arrives as text, in the locale's CSV", async () => {
  const { page, context, problems } = await openApp("#/customers", "de-DE");
  const csv = "Invoice,Customer,Date,Due date,Amount\nA-1,=1+2,2024-01-01,2024-01-31,10.50\nA-2,@Acme,2024-01-05,2024-02-04,20.25\n";
  await open(page, { name: "formulas.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("customers-count").filter({ hasText: /^2 customers$/ }).waitFor();
  const file = await download(page, "customers-csv");
  const lines = file.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  // German Excel: `;` between fields and `,` before the cents; the names stay text.
  assert.match(lines[0], /^Customer;Open total;Past due;Not due;/);
  const names = lines.slice(1).map((l) => l.split(";")[0]).sort();
  assert.deepEqual(names, ["'=1+2", "'@Acme"]);
  assert.ok(lines.some((l) => l.startsWith("'=1+2;") && l.includes(";10,50;")), lines.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the whole-analysis workbook is the CLI's, byte for byte", async () => {
  const { page, context, problems, requests } = await openApp("#/overview");
  await open(page, TWO);
  const saved = await download(page, "export-workbook");
  assert.equal(saved.name, "two-currencies-arlens-2024-03-31.xlsx");
  await page.getByTestId("export-workbook-status").filter({ hasText: "Saved two-currencies-arlens-2024-03-31.xlsx." }).waitFor();
  const dir = await mkdtemp(join(tmpdir(), "arlens-workbook-"));
  try {
    const out = join(dir, "cli.xlsx");
    await new Promise((resolve, reject) =>
      execFile(process.execPath, [CLI, "export", TWO, "--as-of", "2024-03-31", "-o", out], (e) => (e ? reject(e) : resolve())),
    );
    assert.ok(saved.bytes.equals(await readFile(out)), "the page's workbook equals the CLI's");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const summary = inspect(saved.bytes, { sheet: "Open documents" });
  assert.deepEqual(summary.sheets, ["Summary", "Aging by customer", "Open documents", "Worklist", "Trend"]);
  assert.deepEqual(requests, [], "nothing requested after load");
  assert.deepEqual(problems, []);
  await context.close();
});
