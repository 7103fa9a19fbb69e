// A program written against the package's declarations: `tsc --noEmit` must accept it,
// and each `@ts-expect-error` line must be an error (else tsc fails on the unused directive).
import { ArlensError, analyze, draftEml, formatMoney, importLedger, inspect, openLedger, openLedgerStream, parseAmount, paymentPlan, version } from "arlens";
import type { StreamProgress, AnalyzeOptions, Consolidated, Decimal, FileReport, Headline, Ledger, NaiveDate, Options, Plan, Report, Step, Summary } from "arlens";

declare const bytes: Uint8Array;

const options: AnalyzeOptions = {
  asOf: "2024-03-31",
  import: { fileName: "ledger.csv", dateOrder: "dmy" },
  aging: { basis: "dueDate", edges: [30, 60, 90], periods: "calendarMonths", credits: "netPerCustomer" },
  period: "quarter",
  lossRates: ["1", "2", "5", "10"],
  worklist: { courtesyDays: 5, sender: { company: "Northwind Ltd" } },
};
const out: FileReport = analyze(bytes, options);
const total: Decimal = out.report.aging.currencies[0].openTotal;
const asOf: NaiveDate = out.report.asOf;
const dso: Decimal | undefined = out.report.dso.currencies[0]?.dso.value;
const why: string | undefined = out.report.dso.unavailable?.reason;
console.log(why);
const step: Step | undefined = out.report.worklist.rows[0]?.step;
const firstDraft: string | undefined = out.report.worklist.rows[0]?.draft?.body;
const rows: number = importLedger(bytes).entries;
const invoiced: Decimal | undefined = importLedger(bytes).totals[0]?.invoiced;
console.log(invoiced);
const seen = inspect(bytes, { previewRows: 5, sheet: "Ledger" });
const headers: string[] = seen.headers;
const problem: string | undefined = seen.problem?.message;
console.log(headers, problem, seen.report?.mapping.columns[0]?.confidence);
const plan: Plan = paymentPlan({ balance: "1200.00", installments: 6, interest: { method: "amortized", annualRate: "0.12" } });
const installment: Decimal = plan.installments[0].amount;
const row = analyze(bytes, options).report.worklist.rows[0];
const eml: Uint8Array = draftEml({ to: row.email ?? "", subject: row.draft?.subject ?? "", body: row.draft?.body ?? "" });
console.log(version(), total, asOf, dso, step, firstDraft, rows, installment);

// One handle, many dates; `using` frees it at the end of the block.
{
  using ledger: Ledger = openLedger(bytes, { fileName: "ledger.csv" });
  const summary: Summary = ledger.summary;
  for (const asOf of ["2024-01-31", "2024-02-29", "2024-03-31"]) {
    const monthly: Options = { asOf, aging: { basis: "invoiceDate" } };
    const report: Report = ledger.analyze(monthly);
    console.log(summary.dateRange?.last, report.asOfSource, formatMoney(report.aging.currencies[0].openTotal, "EUR", "de"));
  }
  const headline: Headline = ledger.headline({ asOf: "2024-03-31" });
  const change: Decimal | undefined = headline.currencies[0].cards[0].change.value;
  const fx: Consolidated = ledger.consolidate({ currency: "USD", rates: [{ currency: "EUR", rate: "1.10" }] });
  console.log(headline.previousAsOf, change, fx.openTotal);
}
// A file read as it arrives, with progress and cancellation.
async function streamed(file: Blob): Promise<number> {
  const controller = new AbortController();
  const seen: StreamProgress[] = [];
  const ledger: Ledger = await openLedgerStream(file, {
    fileName: "big.csv",
    dateOrder: "dmy",
    signal: controller.signal,
    onProgress: (p) => seen.push(p),
  });
  const fromStream = await openLedgerStream(file.stream(), { size: file.size });
  fromStream.free();
  return ledger.summary.entries + (seen.at(-1)?.total ?? 0);
}
console.log(streamed);
const typed: Decimal = parseAmount("1.200,00", "de");
console.log(typed);

try {
  analyze(bytes);
} catch (e) {
  if (e instanceof ArlensError) {
    const where: string = `${e.file ?? ""} ${e.sheet ?? ""} ${e.row ?? ""} ${e.column ?? ""}`;
    console.log(e.kind, where, e.message, e.inspection?.headers);
  }
}

// Misuse the declarations must catch:
// @ts-expect-error — amounts are decimal strings, never floats
const wrong: number = out.report.aging.currencies[0].openTotal;
// @ts-expect-error — the as-of date is ISO text, not a Date
analyze(bytes, { asOf: new Date() });
// @ts-expect-error — a plan needs a balance
paymentPlan({ installments: 3 });
// @ts-expect-error — recipients are one string ("a@x.example; b@y.example")
draftEml({ to: ["ap@acme.example"], subject: "s", body: "b" });
// @ts-expect-error — no such aging basis
analyze(bytes, { aging: { basis: "paidDate" } });
// @ts-expect-error — aging options are nested since 0.2.0
analyze(bytes, { basis: "dueDate" });
// @ts-expect-error — import options go to openLedger, not analyze
openLedger(bytes).analyze({ fileName: "x.csv" });
// @ts-expect-error — preview rows are a count
inspect(bytes, { previewRows: "all" });
// @ts-expect-error — progress is a callback
openLedgerStream(bytes, { onProgress: 5 });
console.log(wrong);
