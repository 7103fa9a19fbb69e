// The package's API. Every type below the functions is generated from the Rust types
// (tsify) into dist/node/arlens.d.ts and re-exported here.
import type { AnalyzeOptions, ErrorKindCode, FileReport, InspectOptions, Inspection, LedgerSummary, Plan, PlanOptions } from "./dist/node/arlens.js";

export type * from "./dist/node/arlens.js";

/** A located problem with the input or the options. The message starts with the place. */
export declare class ArlensError extends Error {
  readonly name: "ArlensError";
  /** What went wrong. */
  readonly kind: ErrorKindCode;
  /** The file name given in the options. */
  readonly file?: string;
  /** The workbook sheet. */
  readonly sheet?: string;
  /** The 1-based row of the file or sheet. */
  readonly row?: number;
  /** The column letter (A, B, …, AA). */
  readonly column?: string;
  /** The column's header text. */
  readonly header?: string;
}

/** Reads a ledger file (CSV or other delimited text, xlsx, xlsm, xlsb, xls, ods) and computes every figure. */
export declare function analyze(bytes: Uint8Array, options?: AnalyzeOptions): FileReport;
/** Looks at a file for a column-mapping screen: sheets, header, preview rows, mapping with confidences, and the import's report or the problem to fix. */
export declare function inspect(bytes: Uint8Array, options?: InspectOptions): Inspection;
/** Reads a ledger file and reports how it was read, without computing figures. */
export declare function importLedger(bytes: Uint8Array, options?: AnalyzeOptions): LedgerSummary;
/** A payment schedule in exact cents. */
export declare function paymentPlan(terms: PlanOptions): Plan;
/** The bundled sample ledger (deterministic), as transactions CSV bytes. */
export declare function sampleCsv(invoices: number, seed: number): Uint8Array;
/** The package version. */
export declare function version(): string;
/** Browsers and workers: loads the WebAssembly module (from next to the package, or what you pass). Under Node it does nothing. */
export declare function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
