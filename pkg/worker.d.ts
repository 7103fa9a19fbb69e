// `arlens/worker`: the package in a Web Worker; every call a promise.
import type {
  ArlensError,
  Consolidated,
  ConsolidationOptions,
  Headline,
  ImportOptions,
  Inspection,
  LedgerFile,
  Options,
  Report,
  StreamProgress,
  Summary,
} from "./index.js";

export { ArlensError } from "./index.js";

/** What a call to the worker may take: a signal that cancels it (a call not yet run is
 * dropped; a reading stops between chunks). It then rejects with the signal's reason. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of `ArlensWorker.openLedgerStream`: the import options, with progress and a signal. */
export type WorkerStreamOptions = ImportOptions & {
  onProgress?: (progress: StreamProgress) => void;
  signal?: AbortSignal;
};

/** A ledger held in the worker. */
export declare class RemoteLedger {
  private constructor();
  /** How the file was read, as when it was opened. */
  readonly summary: Summary;
  analyze(options?: Options, call?: CallOptions): Promise<Report>;
  headline(options?: Options, call?: CallOptions): Promise<Headline>;
  consolidate(consolidation: ConsolidationOptions, options?: Options, call?: CallOptions): Promise<Consolidated>;
  inspect(call?: CallOptions): Promise<Inspection>;
  /** Releases it in the worker; later calls reject with an `ArlensError` of kind `freed`. */
  free(): Promise<null>;
}

/** The package running in a module worker. */
export declare class ArlensWorker {
  /** Starts `in-worker.js` from next to this module, or uses the worker you give. */
  constructor(options?: { worker?: Worker });
  /** Resolves once the worker has loaded the WebAssembly module. */
  readonly ready: Promise<void>;
  /** Reads a ledger file in the worker: a `File`/`Blob` (read there), an `ArrayBuffer` or
   * bytes (transferred, so detached here) or a `ReadableStream` (transferred); or several
   * files (`File`s or `{ name, bytes }`, copied), read as one ledger. */
  openLedgerStream(
    source: Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array> | (File | LedgerFile)[],
    options?: WorkerStreamOptions,
  ): Promise<RemoteLedger>;
  /** Stops the worker; pending calls reject. */
  terminate(): void;
}

/** Starts the package in a module worker. */
export declare function createArlensWorker(options?: { worker?: Worker }): ArlensWorker;
