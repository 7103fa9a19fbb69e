import { fileURLToPath } from "node:url";
import { launchChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
const TWO = fileURLToPath(new URL("./fixtures/two-currencies.csv", import.meta.url));
const { server, url } = await serve(0);
const browser = await launchChromium();
for (const [w, h] of [[1366, 768], [820, 1180]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(url + "#/collections");
  await page.getByTestId("app").waitFor();
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  await page.getByTestId("file-input").setInputFiles(TWO);
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
  await page.getByTestId("dso-table").waitFor();
  await page.getByTestId("dso-table").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/dso-${w}.png` });
  await page.getByTestId("dso-USD-cei").getByRole("link").click();
  await page.getByTestId("members-count").filter({ hasText: /documents/ }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/trace-${w}.png` });
  await page.goto(url + "#/overview");
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/overview-${w}.png` });
  await page.close();
}
await browser.close();
server.close();
