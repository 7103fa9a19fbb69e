// Vite's defaults, with the output kept inside the test folder.
export default { logLevel: "warn", build: { outDir: "../dist", emptyOutDir: true } };
