#!/usr/bin/env node
// arlens command line: `arlens report LEDGER [options]` prints the aging table and the
// headline figures of a ledger file (or JSON / CSV); `arlens export LEDGER -o out.xlsx`
// writes the whole analysis as a workbook. Everything runs in this process.
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { describePosition, formatMoney, formatNumber, labels, openLedger, version } from "../node.js";

const USAGE = `usage: arlens report LEDGER... [--as-of YYYY-MM-DD] [--basis due|invoice]
                     [--buckets 30,60,90,120] [--date-order dmy|mdy|ymd] [--currency CODE]
                     [--skip-hidden-rows] [--json | --csv]
       arlens export LEDGER... -o OUT.xlsx [the same options as report, without --json and --csv]
       arlens --version
Several ledger files (a month's export each) are read as one ledger, each row located in its file.`;

/** Exits with status 2 and the usage after `message`. */
function usage(message) {
  process.stderr.write(`arlens: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The command line as { files, options, format }, or a usage error. */
function parse(argv) {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-V") {
    process.stdout.write(`arlens ${version()}\n`);
    process.exit(0);
  }
  if (command === "--help" || command === "-h") {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (command !== "report" && command !== "export") usage(command ? `unknown command ${JSON.stringify(command)}` : "no command");
  const options = {};
  const importOptions = {};
  const aging = {};
  const files = [];
  let output;
  let format = "table";
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) usage(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--as-of": {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) usage(`--as-of ${JSON.stringify(v)} is not a date (expected YYYY-MM-DD)`);
        options.asOf = v;
        break;
      }
      case "--basis": {
        const v = value();
        if (!["due", "invoice"].includes(v)) usage(`--basis ${JSON.stringify(v)}: expected due or invoice`);
        aging.basis = v === "due" ? "dueDate" : "invoiceDate";
        break;
      }
      case "--buckets": {
        const v = value();
        const edges = v.split(",").map((s) => Number(s.trim()));
        if (edges.some((n) => !Number.isInteger(n) || n <= 0)) usage(`--buckets ${JSON.stringify(v)}: expected days such as 30,60,90,120`);
        aging.edges = edges;
        break;
      }
      case "--date-order": {
        const v = value();
        if (!["dmy", "mdy", "ymd"].includes(v)) usage(`--date-order ${JSON.stringify(v)}: expected dmy, mdy or ymd`);
        importOptions.dateOrder = v;
        break;
      }
      case "--currency":
        // The currency of rows whose currency the file does not name (an ISO code; the core checks it).
        importOptions.defaultCurrency = value();
        break;
      case "--skip-hidden-rows":
        // Leave out the rows a workbook hides (filtered out, or hidden by hand).
        importOptions.skipHiddenRows = true;
        break;
      case "-o":
      case "--output":
        if (command !== "export") usage(`${arg} is for arlens export`);
        output = value();
        break;
      case "--json":
      case "--csv":
        if (command === "export") usage(`${arg} is for arlens report`);
        if (format !== "table") usage("give at most one of --json and --csv");
        format = arg.slice(2);
        break;
      default:
        if (arg.startsWith("-")) usage(`unknown option ${arg}`);
        files.push(arg);
    }
  }
  if (files.length === 0) usage("no ledger file given");
  if (command === "export" && output === undefined) usage("arlens export needs -o OUT.xlsx");
  if (Object.keys(aging).length > 0) options.aging = aging;
  return { command, files, output, options, importOptions, format };
}

/** `amount` as the core writes money of `currency` (grouped, its minor units). */
const money = (amount, currency) => formatMoney(amount, currency, "en");

/** A figure rounded by the core to one decimal (half away from zero), or a dash. */
function figure(value, suffix = "") {
  return value.value == null ? "—" : `${formatNumber(value.value, 1, "en")}${suffix}`;
}

/** Rows of cells as aligned text; `align` has an `l` or `r` per column (default: first left). */
/**
 * Text from the file made safe for a terminal: control characters (C0, DEL, C1 —
 * among them the escape that starts terminal sequences) and bidirectional
 * overrides shown as `\u{…}` instead of acting on the terminal.
 */
const safe = (text) =>
  String(text).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);

function table(rows, align = "l" + "r".repeat(rows[0].length - 1)) {
  rows = rows.map((r) => r.map(safe));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const pad = (cell, c) => (align[c] === "l" ? cell.padEnd(widths[c]) : cell.padStart(widths[c]));
  return rows.map((r) => r.map(pad).join("  ").trimEnd()).join("\n");
}

/** The core's words for a code of kind `kind` (steps, shapes, …). */
const WORDS = labels();
const words = (kind, code) => WORDS[kind].find((l) => l.code === code)?.label ?? code;

function csvCell(text) {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const { command, files, output, options, importOptions, format } = parse(process.argv.slice(2));
const read = [];
for (const file of files) {
  try {
    read.push({ name: basename(file), bytes: await readFile(file) });
  } catch (e) {
    process.stderr.write(`arlens: ${safe(file)}: ${e.code === "ENOENT" ? "no such file" : safe(e.message)}\n`);
    process.exit(1);
  }
}
// One file by its name; several as one ledger, each row located in its own file.
const source = read.length === 1 ? read[0].bytes : read;
const named = read.length === 1 ? { ...importOptions, fileName: read[0].name } : importOptions;
let imported;
let report;
let workbook;
try {
  const ledger = openLedger(source, named);
  imported = ledger.summary.import;
  if (command === "export") workbook = ledger.exportXlsx(options);
  else report = ledger.analyze(options);
  ledger.free();
} catch (e) {
  process.stderr.write(`arlens: ${safe(e.message)}\n`);
  process.exit(1);
}
for (const s of imported.skipped) process.stderr.write(`skipped: ${safe(`${describePosition(s.position)}: ${s.reason}`)}\n`);
for (const w of imported.warnings) process.stderr.write(`warning: ${safe(`${describePosition(w.position)}: ${w.message}`)}\n`);
if (command === "export") {
  try {
    await writeFile(output, workbook);
  } catch (e) {
    process.stderr.write(`arlens: ${safe(output)}: ${safe(e.message)}\n`);
    process.exit(1);
  }
  process.stderr.write(`arlens: wrote ${safe(output)} (${workbook.length} bytes)\n`);
  process.exit(0);
}
const result = { import: imported, report };

const columns = ["Not due", ...report.aging.buckets.map((b) => b.label), "Credits", "Open total"];
const agingRows = report.aging.currencies.map((c) => [c.currency, ...[c.notDue, ...c.buckets, c.credits, c.openTotal].map((a) => money(a, c.currency))]);
const plainRows = report.aging.currencies.map((c) => [c.currency, c.notDue, ...c.buckets, c.credits, c.openTotal]);

if (format === "json") {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else if (format === "csv") {
  const lines = [["Currency", ...columns], ...plainRows].map((r) => r.map(csvCell).join(","));
  process.stdout.write(`${lines.join("\n")}\n`);
} else {
  const basis = report.aging.basis === "invoiceDate" ? "invoice date" : "due date";
  const out = [
    `${safe(read.map((f) => f.name).join(", "))}: ${imported.entries} entries (${words("shapes", imported.shape)}), as of ${report.asOf}, aged by ${basis}`,
    "",
    table([["Currency", ...columns], ...agingRows]),
  ];
  if (!report.dso.unavailable) {
    out.push("", `${report.period.start} to ${report.period.end} (${report.period.days} days)`);
    out.push(
      table([
        ["Currency", "DSO", "Best possible DSO", "Avg days delinquent", "CEI"],
        ...report.dso.currencies.map((f) => [f.currency, figure(f.dso), figure(f.bestPossibleDso), figure(f.averageDaysDelinquent), figure(f.cei, "%")]),
      ]),
    );
  }
  if (report.worklist.rows.length > 0) {
    out.push("", "Collection worklist (first 10):");
    out.push(
      table([
        ["#", "Customer", "Currency", "Next step", "At stake", "Risk"],
        ...report.worklist.rows.slice(0, 10).map((w) => [String(w.rank), w.customer.name, w.currency, words("steps", w.step), money(w.atStake, w.currency), figure({ value: w.riskScore })]),
      ], "rlllrr"),
    );
  }
  for (const u of report.unavailable) out.push("", `Unavailable — ${u.figure}: ${u.reason}`);
  const lines = imported.reconciliation.flatMap((r) => r.currencies.map((l) => [r.column, l.currency, ...["file", "imported", "excluded", "skipped"].map((p) => `${money(l[p].total, l.currency)} (${l[p].rows})`)]));
  if (lines.length > 0) {
    out.push("", "Reconciliation (rows in brackets): in the file = imported + excluded + skipped");
    out.push(table([["Column", "Currency", "In the file", "Imported", "Excluded", "Skipped"], ...lines], "llrrrr"));
  }
  // Files read together: each with the digest of its own bytes (what sha256sum prints).
  if (imported.files?.length > 0) {
    out.push("", `Read by arlens ${imported.version}; SHA-256 of each file:`);
    for (const f of imported.files) out.push(`  ${f.sha256}  ${safe(f.name)}`);
  } else {
    out.push("", `File SHA-256 ${imported.sha256}, read by arlens ${imported.version}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
