// Serves the built app (dist/) on 127.0.0.1 with the same Content-Security-Policy
// as index.html, WebAssembly as application/wasm, and nothing outside dist/.
//   node scripts/serve.mjs [port]      (default 8080; 0 picks a free port)
// As a module: `const { server, url } = await serve(0)`.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../dist/", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data: blob:; font-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";

async function handle(root, req, res) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  } catch {
    // A malformed escape such as `/%`: a bad request, never a crash.
    res.writeHead(400, { "Content-Type": "text/plain" }).end("bad request");
    return;
  }
  const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
  // Inside the root only: `/..%2fdist-old/x` must not reach a sibling folder whose name starts like it.
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": CSP,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
}

/** Starts the server on 127.0.0.1:`port` for `root` (default: the built app); resolves once it listens. */
export function serve(port, root = ROOT) {
  const dir = resolve(root);
  return new Promise((ok, fail) => {
    const server = createServer((req, res) => void handle(dir, req, res));
    server.on("error", fail);
    server.listen(port, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8080));
  console.log(`arlens is served at ${url} (Ctrl-C to stop)`);
}
