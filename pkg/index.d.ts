// The package's API. Every type below the functions is generated from the Rust types
// (tsify) into dist/node/arlens.d.ts and re-exported here.
import type {
  Consolidated,
  ConsolidationOptions,
  Customer,
  EmlOptions,
  EntryKind,
  ErrorKindCode,
  Headline,
  FileReport,
  ImportOptions,
  InspectOptions,
  Inspection,
  Labels,
  Options,
  Plan,
  PlanOptions,
  Position,
  Report,
  Summary,
  Value,
} from "./dist/node/arlens.js";

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
  /** The option refused (kind `invalidOption`). */
  readonly option?: string;
  /** What a mapping screen needs to fix the file (kind `missingColumns`). */
  readonly inspection?: Inspection;
}

/** A figure with the sums its formula reads and the entries that make them up. */
export interface Trace {
  /** The figure's text form, as asked. */
  figure: string;
  /** Its name in plain words, with its date or period and currency. */
  label: string;
  /** As the report gives it. */
  reported: Value;
  /** Recomputed from the inputs' totals by the figure's own formula. */
  recomputed: Value;
  /** Whether the two are equal. */
  reconciles: boolean;
  /** The sums the formula reads. */
  inputs: TraceInput[];
}

/** One sum a figure reads: its total is the exact sum of its members' values. */
export interface TraceInput {
  /** Its stable name: `open`, `arEnd`, `creditSales`, `paidAmount`, `sales2024-03`… */
  key: string;
  /** In plain words. */
  label: string;
  /** Whether its values are amounts (else days or counts). */
  money: boolean;
  /** Σ of the members' values, exact, as a decimal string. */
  total: string;
  /** The entries (or allocations) that make it up, in ledger order. */
  members: TraceMember[];
}

/** One member of an input, with its entry's fields and source row. */
export interface TraceMember {
  /** The input's key. */
  input: string;
  /** The document number. */
  document: string;
  /** Invoice, credit note or payment. */
  kind: EntryKind;
  customer?: Customer;
  date?: string;
  dueDate?: string;
  /** The document's amount. */
  amount?: string;
  /** What it adds to the input (an open amount, an amount, days, a count). */
  value: string;
  /** The allocation's date or the invoice's paid date. */
  on?: string;
  /** Days past due, to pay or beyond terms. */
  days?: number;
  /** The invoice an allocation settled. */
  settles?: string;
  /** The 1-based source row, in the sheet the import report names. */
  row?: number;
}

/** Options of the one-shot `analyze`: the analysis options, with the import's under `import`. */
export type AnalyzeOptions = Options & { import?: ImportOptions };

/** An imported ledger held in WebAssembly memory: analyse it at any date and with any options
 * without reading the file again. Call `free()` when done (or `using`, where supported). */
export declare class Ledger {
  private constructor();
  /** How the file was read (import report), counts, totals per currency and the date range. */
  readonly summary: Summary;
  /** Whether `free()` was called. */
  readonly freed: boolean;
  /** Every figure at `options.asOf` (default: the file's report date, else its latest date, else today). */
  analyze(options?: Options): Report;
  /** The headline figures per currency at `options.asOf`, each with its value at the end of the
   * previous period (`previousAsOf`) and the change. */
  headline(options?: Options): Headline;
  /** The documents behind a figure at `options.asOf`: `figure` is written `aging/USD/b1`
   * (`notDue`, `b<i>`, `credits`, `open`, `pastDue`, `pastDuePercent`; a customer's with its id
   * after: `aging/USD/open/C-001`), `allowance/USD/b1`, `period/USD/dso` (`averageArDso`,
   * `bestPossibleDso`, `averageDaysDelinquent`, `countbackDso`, `turnover`, `cei`, `arBegin`,
   * `arEnd`, `arCurrent`, `creditSales`, `collections`), `payments/USD/averageDaysToPay`
   * (`paidInvoices`, `paidAmount`, `weightedDaysToPay`, `daysBeyondTerms`, `lateInvoicesPercent`,
   * `lateAmountPercent`) or `recovery/USD/rate` (`pastDueAtStart`, `collected`, `credited`;
   * a bucket's with `/b<i>` after). */
  trace(figure: string, options?: Options): Trace;
  /** The whole analysis at `options.asOf` as an XLSX workbook: a Summary sheet (file name and
   * SHA-256, arlens version, as-of date and options, import reconciliation, every key figure with
   * its definition), then Aging by customer, Open documents with source rows, Worklist, Trend.
   * The same file and options give the same bytes. */
  exportXlsx(options?: Options): Uint8Array;
  /** The figures at `options.asOf` in one reporting currency at the rates given (never fetched). */
  consolidate(consolidation: ConsolidationOptions, options?: Options): Consolidated;
  /** Sheets, header, preview rows, mapping with confidences and the import's report. */
  inspect(): Inspection;
  /** Releases the ledger's memory; later use throws `ArlensError` of kind `freed`. */
  free(): void;
  [Symbol.dispose](): void;
}

/** One of several ledger files read as one (a month's export each, a file per company). */
export interface LedgerFile {
  /** The file's name: rows are located by it (`feb.csv, row 12`), and `sheet` can choose it. */
  name: string;
  /** The file's bytes. */
  bytes: Uint8Array;
}
/** A ledger file's bytes, or several files read as one: as the sheets of one workbook, those
 * laid out alike read as one ledger (`import.combinedSheets`), the others named in warnings,
 * each file with its own SHA-256 in `import.files`. */
export type LedgerSource = Uint8Array | LedgerFile[];

/** Reads a ledger file (CSV or other delimited text, xlsx, xlsm, xlsb, xls, ods), or several
 * (see `LedgerSource`), into a `Ledger`. */
export declare function openLedger(source: LedgerSource, importOptions?: ImportOptions): Ledger;
/** Where `openLedgerStream` is in a file. */
export interface StreamProgress {
  /** Bytes read so far. */
  bytes: number;
  /** Rows of delimited text read so far (for a workbook: 0 until the end, then its rows). */
  rows: number;
  /** The file's size, when known (a `Blob`, or `size` given). */
  total?: number;
  /** Whether the ledger is read (the last call). */
  done: boolean;
}

/** Options of `openLedgerStream`: the import options, with progress, cancellation and size. */
export type StreamOptions = ImportOptions & {
  /** Called after each chunk and once at the end (`done: true`). */
  onProgress?: (progress: StreamProgress) => void;
  /** Aborts the reading: the promise rejects with the signal's reason and nothing is kept. */
  signal?: AbortSignal;
  /** The file's size in bytes, for `total`, when the source is not a `Blob`. */
  size?: number;
};

/** Something `openLedgerStream` reads: a `Blob` or `File`, a `ReadableStream` (`File.stream()`),
 * an async or sync iterable of byte chunks (a Node stream), or bytes. */
export type StreamSource =
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array>
  | Uint8Array
  | ArrayBuffer
  | (File | LedgerFile)[];

/** Reads a ledger file as it arrives, chunk by chunk, into a `Ledger`: delimited text is split
 * as it comes and never held whole; a workbook's bytes are kept until the end (a zip's
 * directory is at its end). The same ledger as `openLedger` on the whole file. */
export declare function openLedgerStream(source: StreamSource, options?: StreamOptions): Promise<Ledger>;
/** One-shot: reads a ledger file and computes every figure (built on `openLedger`). */
export declare function analyze(source: LedgerSource, options?: AnalyzeOptions): FileReport;
/** Looks at a file for a column-mapping screen: sheets, header, preview rows, mapping with confidences, and the import's report or the problem to fix. */
export declare function inspect(source: LedgerSource, options?: InspectOptions): Inspection;
/** @deprecated since 0.2.0: use `openLedger(bytes, options).summary`. */
export declare function importLedger(source: LedgerSource, importOptions?: ImportOptions): Summary;
/** A payment schedule in exact cents. */
export declare function paymentPlan(terms: PlanOptions): Plan;
/** A reminder draft as the bytes of an `.eml` file that mail apps open as a message to send
 * (`X-Unsent: 1`); a recipient that is not an address throws an `ArlensError` (option `to`). */
export declare function draftEml(message: EmlOptions): Uint8Array;
/** Money (decimal text) with its currency's minor units, grouped as `locale` writes numbers (default "en"; "de", "fr", "pt-BR", …, "iso"). */
export declare function formatMoney(amount: string, currency: string, locale?: string): string;
/** A figure (decimal text) rounded half away from zero to `decimals` places, in `locale`. */
export declare function formatNumber(value: string, decimals: number, locale?: string): string;
/** An amount typed by a person ("1.200,00", "1,200.00", "1 200,00") as decimal text. */
export declare function parseAmount(text: string, locale?: string): string;
/** A position as the core writes it: `file "ar.csv", row 12, column C ("Due date")`. */
export declare function describePosition(position: Position): string;
/** The words for the core's codes: steps, layouts, segments, as-of rules, figure names. */
export declare function labels(): Labels;
/** The bundled sample ledger (deterministic), as transactions CSV bytes. */
export declare function sampleCsv(invoices: number, seed: number): Uint8Array;
/** The package version. */
export declare function version(): string;
/** Browsers and workers: loads the WebAssembly module (from next to the package, or what you pass). Under Node it does nothing. */
export declare function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
