// `arlens/worker` as an app would use it: a file read off the main thread, a newer as-of
// date cancelling an older analysis.
import { ArlensError, createArlensWorker } from "arlens/worker";
import type { RemoteLedger } from "arlens/worker";
import type { Report } from "arlens";

export async function openInWorker(file: File): Promise<Report | undefined> {
  const arlens = createArlensWorker();
  await arlens.ready;
  const controller = new AbortController();
  try {
    const ledger: RemoteLedger = await arlens.openLedgerStream(file, {
      fileName: file.name,
      signal: controller.signal,
      onProgress: ({ bytes, total, done }) => console.log(done ? 1 : bytes / (total ?? bytes)),
    });
    const older = new AbortController();
    void ledger.analyze({ asOf: "2024-02-29" }, { signal: older.signal }).catch(() => undefined);
    older.abort();
    const report: Report = await ledger.analyze({ asOf: "2024-03-31" });
    console.log(ledger.summary.entries);
    await ledger.free();
    return report;
  } catch (e) {
    if (e instanceof ArlensError) console.log(e.kind, e.row, e.inspection?.headers);
    return undefined;
  } finally {
    arlens.terminate();
  }
}
// @ts-expect-error — a worker reads files, not paths
createArlensWorker().openLedgerStream("ledger.csv");
