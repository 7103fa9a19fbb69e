// Vite's defaults, with the output kept inside the test folder and workers as ES modules.
export default { logLevel: "warn", build: { outDir: "../dist", emptyOutDir: true }, worker: { format: "es" } };
