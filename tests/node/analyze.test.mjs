// The built package, imported as an app would: `import { … } from "arlens"`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { ArlensError, analyze, draftEml, importLedger, sampleCsv, version } from "arlens";
import XLSX from "xlsx";

const fixture = await readFile(new URL("../fixtures/open-items-10.csv", import.meta.url));

test("ages the 10-row fixture at 2024-03-31 (hand computation: tests/fixtures/README.md)", () => {
  const { import: imported, report } = analyze(fixture, { asOf: "2024-03-31", import: { fileName: "open-items-10.csv" } });
  assert.equal(imported.entries, 10);
  assert.deepEqual(imported.skipped, []);
  assert.equal(report.asOf, "2024-03-31");
  assert.deepEqual(
    report.aging.buckets.map((b) => b.label),
    ["1–30", "31–60", "61–90", "91–120", "121+"],
  );
  const [eur, usd] = report.aging.currencies;
  assert.equal(usd.currency, "USD");
  assert.equal(usd.notDue, "1250.50"); // 1,000.00 + 250.50 (INV-002 is due that day: not late)
  assert.deepEqual(usd.buckets, ["400.00", "120.25", "999.99", "75.00", "0.00"]); // days 30, 31, 90, 120
  assert.equal(usd.credits, "-50.00");
  assert.equal(usd.openTotal, "2795.74"); // 1,250.50 + 400.00 + 120.25 + 999.99 + 75.00 − 50.00
  assert.equal(eur.currency, "EUR");
  assert.equal(eur.notDue, "300.00");
  assert.deepEqual(eur.buckets, ["45.10", "0.00", "0.00", "0.00", "2000.00"]); // day 15, day 121
  assert.equal(eur.openTotal, "2345.10"); // 300.00 + 45.10 + 2,000.00
});

test("money crosses as exact decimal strings, never floats", () => {
  const { report } = analyze(fixture, { asOf: "2024-03-31" });
  for (const c of report.aging.currencies) {
    for (const amount of [c.notDue, c.credits, c.openTotal, ...c.buckets]) {
      assert.equal(typeof amount, "string");
      assert.match(amount, /^-?\d+\.\d{2}$/);
    }
  }
});

test("bad input throws an ArlensError located in the file", () => {
  const bad = new TextEncoder().encode("Name,Total\nAcme,12\n");
  assert.throws(
    () => analyze(bad, { asOf: "2024-03-31", import: { fileName: "bad.csv" } }),
    (err) => {
      assert.ok(err instanceof ArlensError && err instanceof Error);
      assert.equal(err.name, "ArlensError");
      assert.equal(err.kind, "missingColumns");
      assert.equal(err.file, "bad.csv");
      assert.equal(err.row, 1);
      assert.match(err.message, /^file "bad\.csv", row 1: this does not look like a ledger: no column for invoice date/);
      return true;
    },
  );
  assert.throws(() => analyze(fixture, { asOf: "yesterday" }), { name: "ArlensError", kind: "invalidOption" });
});

test("an unreadable row is reported with its location, not dropped", () => {
  const csv = new TextEncoder().encode("Invoice,Customer,Date,Amount\nA1,Acme,2024-01-05,10\nA2,Acme,2024-01-05,ten\n");
  const { import: imported, report } = analyze(csv, { asOf: "2024-03-31", import: { fileName: "x.csv" } });
  assert.equal(imported.entries, 1);
  assert.deepEqual(imported.skipped, [
    {
      position: { file: "x.csv", row: 3, column: "D", header: "Amount" },
      reason: '"ten" is not an amount (expected a number such as 1,234.56, (1,234.56) or 1.234,56-)',
      kind: "unreadable",
    },
  ]);
  assert.equal(report.aging.currencies[0].openTotal, "10.00");
  // The amount column's reconciliation: one row imported, the other's cell not an amount.
  assert.deepEqual(imported.reconciliation, [
    {
      column: "Amount",
      field: "amount",
      currencies: [
        {
          currency: "XXX",
          file: { rows: 1, total: "10" },
          imported: { rows: 1, total: "10" },
          excluded: { rows: 0, total: "0" },
          skipped: { rows: 0, total: "0" },
        },
      ],
      unreadable: 1,
    },
  ]);
});

test("the sample ledger is deterministic and analysable", () => {
  const a = sampleCsv(500, 3);
  assert.deepEqual(a, sampleCsv(500, 3));
  const { report } = analyze(a, { asOf: "2026-06-30" });
  assert.deepEqual(
    report.aging.currencies.map((c) => c.currency),
    ["EUR", "GBP", "USD"],
  );
});

test("version matches the package", async () => {
  const pkg = JSON.parse(await readFile(new URL("../../pkg/package.json", import.meta.url)));
  assert.equal(version(), pkg.version);
});

const layout = (name) => readFile(new URL(`../fixtures/layouts/${name}`, import.meta.url));

test("workbooks: xlsx, xls, ods, HTML and Excel 2003 XML give the CSV's figures", async () => {
  const figures = async (name) => {
    const bytes = await readFile(new URL(`../fixtures/formats/${name}`, import.meta.url));
    const { import: imported, report } = analyze(bytes, { asOf: "2026-06-30", import: { fileName: name } });
    return { format: imported.format, aging: report.aging.currencies.map((c) => [c.currency, c.openTotal]) };
  };
  const csv = await figures("ledger.csv");
  assert.equal(csv.format, "csv");
  for (const [name, format] of [
    ["ledger.xlsx", "xlsx"],
    ["ledger.xls", "xls"],
    ["ledger.ods", "ods"],
    // "Excel" files that are markup: an HTML page saved as .xls, and Excel 2003 XML.
    ["ledger.html.xls", "html"],
    ["ledger.mhtml", "html"],
    ["ledger-2003.xml", "spreadsheetMl"],
  ]) {
    const got = await figures(name);
    assert.equal(got.format, format);
    assert.deepEqual(got.aging, csv.aging, name);
  }
});

test("the report date in the title rows is the default as-of date", async () => {
  const { import: imported, report } = analyze(await layout("quickbooks-ar-aging-detail.csv"));
  assert.equal(imported.reportDate, "2024-03-31");
  assert.equal(report.asOf, "2024-03-31");
  assert.equal(report.aging.currencies[0].openTotal, "3450.00"); // 1,200 + 850 + 1,500 − 100
  assert.equal(imported.dateOrder, "mdy");
  assert.equal(imported.mapping.columns.find((c) => c.header === "Open Balance").confidence, "high");
});

test("import options pass through: column overrides, payment matching", async () => {
  const tx = await layout("transactions.csv");
  const oldest = analyze(tx, { asOf: "2024-03-31" }).report.aging.currencies[0];
  const cash = analyze(tx, { asOf: "2024-03-31", import: { unreferencedPayments: "unapplied" } }).report.aging.currencies[0];
  assert.equal(oldest.credits, "-50.00"); // PAY-2 applied oldest-first; CN-1 unapplied
  assert.equal(cash.credits, "-500.00"); // PAY-2 kept as cash: −450 − 50
  assert.equal(oldest.openTotal, cash.openTotal);

  const list = await layout("invoice-list-paid-date.csv");
  const ignored = analyze(list, { asOf: "2024-03-31", import: { columns: { "Paid Date": "ignore" } } });
  assert.equal(ignored.import.shape, "openItems");
  assert.equal(ignored.report.aging.currencies[0].openTotal, "600.00"); // 100 + 200 + 300, nothing paid
});

test("ambiguous dates are an error until the order is given", () => {
  const csv = new TextEncoder().encode("Invoice,Customer,Date,Amount\nA1,Acme,03/04/2024,10\n");
  assert.throws(() => analyze(csv, { asOf: "2024-06-30", import: { fileName: "d.csv" } }), (err) => {
    assert.equal(err.kind, "ambiguousDates");
    assert.equal(err.row, 2);
    assert.equal(err.column, "C");
    assert.equal(err.header, "Date");
    return true;
  });
  const { report } = analyze(csv, { asOf: "2024-06-30", import: { dateOrder: "dmy" } });
  assert.equal(report.aging.currencies[0].openTotal, "10.00");
});

test("importLedger reports the import without computing figures", async () => {
  const out = importLedger(await layout("transactions.csv"), { fileName: "transactions.csv" });
  assert.equal(out.entries, 5);
  assert.equal(out.allocations, 3); // PAY-1 → INV-1; PAY-2 → INV-1 and INV-2
  assert.deepEqual(out.currencies, ["USD"]);
  assert.equal(out.import.shape, "transactions");
});

test("the DSO family crosses as decimal strings with reasons for undefined figures", async () => {
  const tx = await layout("transactions.csv");
  const { report } = analyze(tx, { asOf: "2024-02-29" });
  const [usd] = report.dso.currencies;
  assert.deepEqual(report.period, { start: "2024-02-01", end: "2024-02-29", opening: "2024-01-31", days: 29, months: 1 });
  assert.equal(usd.arEnd, "900.00"); // INV-1 400 after PAY-1 + INV-2 500
  assert.equal(usd.creditSales, "500.00");
  assert.equal(Number(usd.dso.value).toFixed(1), "52.2"); // 900 / 500 × 29
  assert.equal(usd.cei.value, "60"); // (1,000 + 500 − 900) / (1,000 + 500 − 500) × 100
  const quarter = analyze(tx, { asOf: "2024-03-31", period: "month" }).report.dso.currencies[0];
  assert.deepEqual(quarter.dso, { unavailable: { code: "noSales", reason: "no credit sales in the period" } }); // March: only a credit note
});

test("recovery, allowance, trend and aging options cross to JS (hand computation: core/tests/two_currencies.rs)", async () => {
  const bytes = await readFile(new URL("../fixtures/two-currencies.csv", import.meta.url));
  const { report } = analyze(bytes, { asOf: "2024-03-31" });
  const [eurRecovery, usdRecovery] = report.recovery.currencies;
  assert.equal(usdRecovery.pastDueAtStart, "1100.00"); // U-1 600 + U-2 500 past due on 29 Feb
  assert.equal(usdRecovery.collected, "500.00"); // P-2 on 5 Mar
  assert.equal(Number(usdRecovery.rate.value).toFixed(2), "45.45");
  assert.equal(eurRecovery.rate.unavailable.reason, "nothing was past due at the start of the period");
  assert.deepEqual(report.allowance.currencies.map((a) => a.total), ["19.00", "38.00"]); // EUR 9 + 10; USD 3 + 5 + 30
  const usd = report.trend.currencies.find((t) => t.currency === "USD");
  assert.deepEqual(usd.months.map((m) => m.arEnd), ["1600.00", "1350.00", "950.00"]);
  assert.equal(usd.months[1].rollRates[0].value, "68.75"); // 1,100 / 1,600

  const net = analyze(bytes, { asOf: "2024-03-31", aging: { credits: "netPerCustomer", periods: "calendarMonths" } }).report;
  assert.equal(net.aging.buckets[0].label, "< 1 month");
  const netUsd = net.aging.currencies.find((c) => c.currency === "USD");
  assert.equal(netUsd.notDue, "100.00"); // Birch: 300 − 200 unapplied
  assert.equal(netUsd.credits, "0.00");

  const own = analyze(bytes, { asOf: "2024-03-31", lossRates: ["0", "10", "20", "40", "60", "100"] }).report;
  assert.equal(own.allowance.currencies[1].total, "145.00"); // 250 × 10% + 600 × 20%
  assert.throws(
    () => analyze(bytes, { asOf: "2024-03-31", lossRates: ["1"] }),
    (e) => e.name === "ArlensError" && e.kind === "invalidOption" && /6 are needed/.test(e.message),
  );
});

test("paymentPlan gives exact schedules and explains impossible terms", async () => {
  const { paymentPlan } = await import("arlens");
  // 10,000 at 12% amortised over 12 months: I = 12 × 888.48788 − 10,000 = 661.85; nine of 888.49, three of 888.48.
  const plan = paymentPlan({
    balance: "10000.00",
    asOf: "2024-01-31",
    installments: 12,
    interest: { method: "amortized", annualRate: "0.12" },
  });
  assert.equal(plan.interest, "661.85");
  assert.equal(plan.total, "10661.85");
  assert.deepEqual(plan.installments.map((i) => i.amount), [...Array(9).fill("888.49"), ...Array(3).fill("888.48")]);
  assert.deepEqual(plan.installments.slice(0, 3).map((i) => i.date), ["2024-01-31", "2024-02-29", "2024-03-31"]);
  assert.equal(plan.installments.at(-1).balanceAfter, "0.00");
  // Without asOf the plan starts today.
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  assert.equal(paymentPlan({ balance: "30.00", installments: 3 }).installments[0].date, iso);
  assert.throws(
    () => paymentPlan({ balance: "100.00", asOf: "2024-03-31", installments: 0 }),
    (e) => e.name === "ArlensError" && e.kind === "invalidOption" && /give at least 1/.test(e.message),
  );
  assert.throws(() => paymentPlan("100"), (e) => e.name === "ArlensError");
});

test("risk and the worklist cross to JS, with sender details and template errors", async () => {
  const bytes = await readFile(new URL("../fixtures/worklist.csv", import.meta.url));
  const sender = { company: "Northwind Ltd", contact: "Ana Ruiz", paymentDetails: "IBAN GB00 0000" };
  const { report } = analyze(bytes, { asOf: "2024-06-30", worklist: { sender } });
  // Golden worklist: core/tests/worklist.rs.
  assert.deepEqual(
    report.worklist.rows.map((w) => [w.customer.name, w.step, w.atStake]),
    [
      ["Alder Ltd", "collectionAgency", "3500.00"],
      ["Eiche AG", "paymentPlan", "900.00"],
      ["Dubois Inc", "call", "400.00"],
      ["Birch GmbH", "courtesyReminder", "800.00"],
    ],
  );
  assert.equal(report.worklist.rows[2].reasons[3], "1 invoice (200.00 USD) disputed, left out");
  assert.deepEqual(report.worklist.rows[1].plan.installments.map((i) => i.amount), Array(6).fill("150.00"));
  assert.ok(report.worklist.rows[0].draft.body.endsWith("Kind regards,\nAna Ruiz\nNorthwind Ltd\n"));
  assert.equal(report.risk[0].risk.components.length, 6);
  assert.equal(report.worklist.setApart[0].customer.name, "Cedar SA");
  assert.throws(
    () => analyze(bytes, { asOf: "2024-06-30", worklist: { templates: { courtesy: { subject: "{oops}", body: "" }, friendly: { subject: "", body: "" }, firm: { subject: "", body: "" }, finalNotice: { subject: "", body: "" } } } }),
    (e) => e.name === "ArlensError" && e.kind === "invalidOption" && /unknown placeholder \{oops\}/.test(e.message),
  );
});

test("the collection log is an analyze option: promises hold or raise steps, disputes set apart, a bad log is refused", async () => {
  const bytes = await readFile(new URL("../fixtures/worklist.csv", import.meta.url));
  // Hand-computed in core/tests/log.rs.
  const log = {
    version: 1,
    events: [
      { kind: "promise", customer: "C-E", date: "2024-05-10", due: "2024-07-10", amount: "900.00" },
      { kind: "contact", customer: "C-D", date: "2024-06-03", channel: "email", step: "friendlyReminder" },
      { kind: "dispute", customer: "C-A", date: "2024-06-20", invoices: ["A-4"], reason: "price" },
      { kind: "override", customer: "C-B", date: "2024-06-28", step: "call", reason: "key account" },
      { kind: "note", customer: "C-Z", date: "2024-06-01", text: "?" },
    ],
  };
  const { report } = analyze(bytes, { asOf: "2024-06-30", log });
  const row = (id) => report.worklist.rows.find((w) => w.customer.id === id);
  // Eiche: 72 days past due (a payment plan) but 21 on the day of the promise: held at a firm reminder.
  assert.equal(row("C-E").step, "firmReminder");
  assert.deepEqual(row("C-E").promise, { date: "2024-05-10", due: "2024-07-10", amount: "900.00", paid: "0.00", status: "pending" });
  // Dubois's call draft follows the logged e-mail.
  assert.match(row("C-D").draft.body, /^Dear Dubois Inc,\n\nThis follows our e-mail of 2024-06-03\.\n\nThe following invoices remain unpaid:/);
  assert.equal(row("C-D").lastContact, "2024-06-03");
  // Alder's A-4 (1,500.00) disputed in the log: 2,000.00 at stake, not 3,500.00.
  assert.equal(row("C-A").atStake, "2000.00");
  assert.ok(row("C-A").reasons.includes("invoice A-4 disputed in the log on 2024-06-20: price"));
  assert.equal(row("C-B").step, "call");
  assert.equal(row("C-B").byHand, true);
  assert.deepEqual(report.worklist.unmatched, ['customer "C-Z" is not in this ledger: its logged events play no part']);
  assert.throws(
    () => analyze(bytes, { asOf: "2024-06-30", log: { version: 2, events: [] } }),
    (e) => e.name === "ArlensError" && e.kind === "invalidOption" && e.option === "log.version",
  );
  assert.throws(
    () => analyze(bytes, { asOf: "2024-06-30", log: { version: 1, events: [{ kind: "note", customer: "C-D", date: "2024-06-05", txt: "typo" }] } }),
    (e) => e.name === "ArlensError" && e.kind === "invalidOption" && /txt/.test(e.message),
  );
});

test("a file's e-mail column gives the worklist's recipients, and draftEml writes the draft as an .eml message", async () => {
  // worklist.csv with an E-mail column: Dubois's first row with an address gives it.
  const lines = (await readFile(new URL("../fixtures/worklist.csv", import.meta.url), "utf8")).trim().split("\n");
  const csv = lines.map((l, i) => l + (i === 0 ? ",E-mail" : l.includes(",C-D,") ? ",ap@dubois.example" : ",")).join("\n");
  const { import: imported, report } = analyze(new TextEncoder().encode(csv), { asOf: "2024-06-30" });
  assert.equal(imported.mapping.columns.find((c) => c.header === "E-mail").field, "email");
  const dubois = report.worklist.rows.find((w) => w.customer.id === "C-D");
  assert.equal(dubois.email, "ap@dubois.example");
  assert.equal(report.worklist.rows.find((w) => w.customer.id === "C-E").email, undefined);
  const bytes = draftEml({ to: dubois.email, subject: dubois.draft.subject, body: dubois.draft.body, date: "2024-06-30T12:00:00Z" });
  assert.ok(bytes instanceof Uint8Array);
  const text = new TextDecoder().decode(bytes).replace(/\r\n[ \t]/g, " ");
  assert.match(text, /^X-Unsent: 1\r$/m);
  assert.match(text, /^To: <?ap@dubois\.example>?\r$/m);
  assert.match(text, /^Date: Sun, 30 Jun 2024 12:00:00 \+0000\r$/m);
  assert.ok(text.includes(`Subject: ${dubois.draft.subject}\r\n`), text.slice(0, 400));
  assert.throws(
    () => draftEml({ to: "accounts", subject: "s", body: "b" }),
    (e) => e instanceof ArlensError && e.kind === "invalidOption" && e.option === "to" && /"accounts" is not an e-mail address/.test(e.message),
  );
  assert.throws(
    () => draftEml({ subject: "s", body: "b", date: "30/06/2024" }),
    (e) => e instanceof ArlensError && e.option === "date",
  );
});

test("inspect gives sheets, header, preview, mapping and the problem to fix", async () => {
  const { inspect } = await import("arlens");
  const xlsx = await readFile(new URL("../fixtures/formats/ledger.xlsx", import.meta.url));
  const seen = inspect(xlsx, { fileName: "ledger.xlsx", previewRows: 2 });
  assert.equal(seen.format, "xlsx");
  assert.ok(seen.sheets.length >= 1 && seen.sheets.includes(seen.sheet));
  assert.equal(seen.preview.length, 2);
  assert.ok(seen.preview[0].row > seen.headerRow);
  assert.equal(seen.problem, undefined);
  const fields = seen.report.mapping.columns.map((c) => c.field);
  assert.ok(fields.includes("invoiceDate") && fields.includes("amount"), fields.join(", "));
  assert.ok(seen.report.mapping.columns.every((c) => ["high", "medium", "low"].includes(c.confidence)));

  // Without a date column the import fails; inspect still shows the file and says what is missing.
  const partial = inspect(new TextEncoder().encode("Name,Total\nAcme,12\n"), { fileName: "partial.csv" });
  assert.deepEqual(partial.headers, ["Name", "Total"]);
  assert.deepEqual(partial.preview.map((r) => r.cells), [["Acme", "12"]]);
  assert.equal(partial.problem.kind, "missingColumns");
  assert.match(partial.problem.message, /^file "partial\.csv", row 1: this does not look like a ledger/);
  assert.equal(partial.report, undefined);
  // A column override fixes it: the problem moves on to what the rows lack.
  const mapped = inspect(new TextEncoder().encode("Name,Total,When\nAcme,12,2024-01-05\n"), { columns: { When: "invoiceDate" } });
  assert.equal(mapped.problem, undefined, mapped.problem?.message);
  assert.throws(() => inspect(new Uint8Array()), (e) => e.name === "ArlensError" && e.kind === "empty");
  // A generated transaction ledger: type column, payments applied by reference, three currencies.
  const sample = inspect(sampleCsv(50, 3), { previewRows: 5 });
  assert.equal(sample.report.shape, "transactions");
  assert.equal(sample.preview.length, 5);
  assert.deepEqual(sample.report.mapping.columns.filter((c) => c.confidence === "low"), []);
});

test("the report's file digest is the file's SHA-256 (Node's native hash, as the core's own gives it)", async () => {
  const bytes = await readFile(new URL("../fixtures/classes/pt-erp-titulos.csv", import.meta.url));
  // The same literal core/tests/classes.rs asserts for the digest the core computes itself.
  const want = "d890eb5f3a529762ac54b821bbfff3d3b0529bb688ef2149b84529aefc88b65c";
  assert.equal(analyze(bytes, { asOf: "2024-03-31" }).import.sha256, want);
  assert.equal(importLedger(bytes).import.sha256, want);
  // A digest the caller gives wins, in lower case; a malformed one is refused, named.
  assert.equal(importLedger(bytes, { sha256: want.toUpperCase() }).import.sha256, want);
  assert.throws(
    () => analyze(bytes, { import: { sha256: "not-a-digest" } }),
    (e) => e instanceof ArlensError && e.kind === "invalidOption" && e.option === "sha256",
  );
});

test("a ledger split by month across sheets is read as one, each row located in its sheet", () => {
  const head = ["Type", "Document", "Customer", "Date", "Due date", "Amount", "Currency", "Applies to"];
  const wb = XLSX.utils.book_new();
  const sheet = (name, rows) => XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([head, ...rows]), name);
  sheet("Jan", [
    ["Invoice", "INV-1", "Acme", "2026-01-10", "2026-02-09", 1000, "EUR", ""],
    ["Invoice", "INV-2", "Birch", "2026-01-20", "2026-02-19", 500, "EUR", ""],
  ]);
  sheet("Feb", [
    ["Payment", "PAY-1", "Acme", "2026-02-05", "", 600, "EUR", "INV-1"],
    ["Invoice", "INV-3", "Acme", "2026-02-15", "no date", 250, "EUR", ""],
  ]);
  sheet("Feb copy", [
    ["Payment", "PAY-1", "Acme", "2026-02-05", "", 600, "EUR", "INV-1"],
    ["Invoice", "INV-3", "Acme", "2026-02-15", "no date", 250, "EUR", ""],
  ]);
  const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx" });
  const { import: imported, report } = analyze(bytes, { asOf: "2026-02-28", aging: { items: true }, import: { fileName: "monthly.xlsx" } });
  assert.deepEqual(imported.combinedSheets, ["Jan", "Feb"]);
  assert.equal(imported.sheet, "Jan");
  assert.deepEqual(report.sheets, ["Jan", "Feb"]);
  // Feb's payment settles Jan's invoice: 1,000.00 − 600.00 + 500.00 = 900.00.
  assert.equal(report.aging.currencies[0].openTotal, "900.00");
  assert.deepEqual(
    report.aging.items.map((i) => `${i.id} ${i.sheet}!${i.row}`).sort(),
    ["INV-1 Jan!2", "INV-2 Jan!3"],
  );
  // Feb's unreadable due date, located in Feb; the copy named and not read.
  assert.deepEqual(
    imported.skipped.map((s) => [s.position.sheet, s.position.row, s.position.column]),
    [["Feb", 3, "E"]],
  );
  assert.ok(imported.warnings.some((w) => w.message.startsWith('sheet "Feb copy" was not read')));
});

test("rows a workbook hides are said, and left out with skipHiddenRows", () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency"],
    ["I-1", "Acme", "2026-04-01", "2026-05-01", 100, "EUR"],
    ["I-2", "Beta", "2026-04-02", "2026-05-02", 250, "EUR"],
    ["I-3", "Acme", "2026-04-03", "2026-05-03", 40, "EUR"],
  ]);
  ws["!rows"] = [{}, {}, { hidden: true }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Open items");
  const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx" });
  const read = analyze(bytes, { asOf: "2026-06-30" });
  // Read: 100 + 250 + 40 = 390.00, row 3 said.
  assert.equal(read.report.aging.currencies[0].openTotal, "390.00");
  assert.deepEqual(read.import.hiddenRows, {
    rows: 1,
    first: { sheet: "Open items", row: 3 },
    leftOut: false,
  });
  // Left out: 100 + 40 = 140.00, the row excluded.
  const filtered = analyze(bytes, { asOf: "2026-06-30", import: { skipHiddenRows: true } });
  assert.equal(filtered.report.aging.currencies[0].openTotal, "140.00");
  assert.equal(filtered.import.hiddenRows.leftOut, true);
  assert.deepEqual(
    filtered.import.skipped.map((s) => [s.position.row, s.kind, s.reason]),
    [[3, "excluded", "hidden in the workbook: left out (skipHiddenRows)"]],
  );
  assert.equal(read.import.hiddenColumns, undefined);
});

test("a column a workbook hides but arlens reads is said", () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency", "Notes"],
    ["I-1", "Acme", "2026-04-01", "2026-05-01", 100, "EUR", "called"],
  ]);
  // The currency and the notes hidden: only the column read is said.
  ws["!cols"] = [{}, {}, {}, {}, {}, { hidden: true }, { hidden: true }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Open items");
  const read = analyze(XLSX.write(wb, { type: "buffer", bookType: "xlsx" }), { asOf: "2026-06-30" });
  assert.deepEqual(read.import.hiddenColumns, [{ column: "F", header: "Currency", field: "currency" }]);
  assert.ok(
    read.import.warnings.some(
      (w) => w.position.column === "F" && w.message.startsWith("this column is hidden in the workbook, and read as the currency"),
    ),
  );
});

test("several files given together are read as one ledger, each row located in its file", async () => {
  const { createHash } = await import("node:crypto");
  const { openLedger, openLedgerStream } = await import("arlens");
  const head = "Type,Document,Customer,Date,Due date,Amount,Currency,Applies to\n";
  const jan = Buffer.from(`${head}Invoice,INV-1,Acme,2026-01-10,2026-02-09,1000.00,EUR,\nInvoice,INV-2,Birch,2026-01-20,2026-02-19,500.00,EUR,\n`);
  const feb = Buffer.from(`${head}Payment,PAY-1,Acme,2026-02-05,,600.00,EUR,INV-1\nInvoice,INV-3,Acme,2026-02-15,no date,250.00,EUR,\n`);
  const files = [{ name: "jan.csv", bytes: jan }, { name: "feb.csv", bytes: feb }];
  const { import: imported, report } = analyze(files, { asOf: "2026-02-28" });
  assert.deepEqual(imported.combinedSheets, ["jan.csv", "feb.csv"]);
  // Feb's payment settles Jan's invoice: 1,000.00 − 600.00 + 500.00 = 900.00 (INV-3 skipped).
  assert.equal(report.aging.currencies[0].openTotal, "900.00");
  // The skipped row is located in its own file, not in an archive.
  assert.deepEqual(imported.skipped.map((s) => [s.position.file, s.position.row, s.position.column]), [["feb.csv", 3, "E"]]);
  // Each file with the SHA-256 of its own bytes.
  const sha = (b) => createHash("sha256").update(b).digest("hex");
  assert.deepEqual(imported.files, [{ name: "jan.csv", sha256: sha(jan) }, { name: "feb.csv", sha256: sha(feb) }]);
  // The same through a handle and through the stream reader (files as { name, bytes } or Blobs).
  const ledger = openLedger(files);
  assert.equal(ledger.analyze({ asOf: "2026-02-28" }).aging.currencies[0].openTotal, "900.00");
  ledger.free();
  const blobs = [new File([jan], "jan.csv"), new File([feb], "feb.csv")];
  const streamed = await openLedgerStream(blobs);
  assert.deepEqual(streamed.summary.import.combinedSheets, ["jan.csv", "feb.csv"]);
  assert.equal(streamed.analyze({ asOf: "2026-02-28" }).aging.currencies[0].openTotal, "900.00");
  streamed.free();
  // Anything but { name, bytes } is refused, named.
  for (const bad of [[], [{ name: "a.csv" }], [jan]]) {
    assert.throws(() => analyze(bad), (e) => e instanceof ArlensError && e.kind === "invalidOption" && e.option === "files");
  }
});
