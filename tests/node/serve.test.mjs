// The dev server (`scripts/serve.mjs`): malformed and escaping paths end in 400/404, never a crash or a file outside its root.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

/** GET `path` as written (no normalisation by a URL parser); resolves to { status, body }. */
function get(url, path) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("malformed and escaping paths get 400 and 404; the server keeps serving", async () => {
  const dir = await mkdtemp(join(tmpdir(), "arlens-serve-"));
  await mkdir(join(dir, "dist"));
  await mkdir(join(dir, "dist-old"));
  await writeFile(join(dir, "dist", "index.html"), "<p>app</p>");
  await writeFile(join(dir, "dist-old", "secret.txt"), "secret");
  await writeFile(join(dir, "secret.txt"), "secret");
  const { server, url } = await serve(0, join(dir, "dist"));
  try {
    assert.equal((await get(url, "/%")).status, 400);
    assert.equal((await get(url, "/%E0%A4%A")).status, 400);
    for (const path of ["/..%2fdist-old/secret.txt", "/..%2fsecret.txt", "/../secret.txt", "/%2e%2e/secret.txt"]) {
      const { status, body } = await get(url, path);
      assert.equal(status, 404, path);
      assert.doesNotMatch(body, /secret/, path);
    }
    assert.deepEqual(await get(url, "/"), { status: 200, body: "<p>app</p>" });
  } finally {
    server.close();
    await rm(dir, { recursive: true });
  }
});
