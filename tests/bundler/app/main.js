// An app that imports arlens as any bundled app would: no init call.
import { analyze, sampleCsv } from "arlens";

const { report } = analyze(sampleCsv(200, 7), { asOf: "2026-06-30" });
document.getElementById("out").textContent = report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");
