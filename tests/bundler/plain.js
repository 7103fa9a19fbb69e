// A page without a bundler, as the README's browser example: web.js and one init() call.
import { init, analyze, sampleCsv } from "../../pkg/web.js";

await init();
const { report } = analyze(sampleCsv(200, 7), { asOf: "2026-06-30" });
document.getElementById("out").textContent = report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");
