// A program written against the package's declarations: `tsc --noEmit` must accept it,
// and each `@ts-expect-error` line must be an error (else tsc fails on the unused directive).
import { ArlensError, analyze, importLedger, inspect, paymentPlan, version } from "arlens";
import type { AnalyzeOptions, Decimal, FileReport, NaiveDate, Plan, Step } from "arlens";

declare const bytes: Uint8Array;

const options: AnalyzeOptions = {
  asOf: "2024-03-31",
  fileName: "ledger.csv",
  basis: "dueDate",
  edges: [30, 60, 90],
  periods: "calendarMonths",
  credits: "netPerCustomer",
  dateOrder: "dmy",
  period: "quarter",
  lossRates: ["1", "2", "5", "10"],
  worklist: { courtesyDays: 5, sender: { company: "Northwind Ltd" } },
};
const out: FileReport = analyze(bytes, options);
const total: Decimal = out.report.aging.currencies[0].openTotal;
const asOf: NaiveDate = out.report.asOf;
const dso: Decimal | undefined = out.report.dso[0]?.dso.value;
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
console.log(version(), total, asOf, dso, step, firstDraft, rows, installment);

try {
  analyze(bytes);
} catch (e) {
  if (e instanceof ArlensError) {
    const where: string = `${e.file ?? ""} ${e.sheet ?? ""} ${e.row ?? ""} ${e.column ?? ""}`;
    console.log(e.kind, where, e.message);
  }
}

// Misuse the declarations must catch:
// @ts-expect-error — amounts are decimal strings, never floats
const wrong: number = out.report.aging.currencies[0].openTotal;
// @ts-expect-error — the as-of date is ISO text, not a Date
analyze(bytes, { asOf: new Date() });
// @ts-expect-error — a plan needs a balance
paymentPlan({ installments: 3 });
// @ts-expect-error — no such aging basis
analyze(bytes, { basis: "paidDate" });
// @ts-expect-error — preview rows are a count
inspect(bytes, { previewRows: "all" });
console.log(wrong);
