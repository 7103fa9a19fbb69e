import { launchChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
const { server, url } = await serve(0);
const browser = await launchChromium();
for (const [w, h] of [[1366, 768], [820, 1180]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const view of ["invoices", "customers", "collections", "trend"]) {
    await page.goto(url + `#/${view}`);
    const id = { invoices: "invoices", customers: "customers", collections: "worklist", trend: "trend" }[view];
    await page.getByTestId(`${id}-0-${view === "trend" ? "month" : "customer"}`).waitFor();
    if (view === "invoices") {
      await page.getByTestId("invoices-head-open").locator("button").click();
      await page.getByTestId("invoices-0-customer").click();
      await page.keyboard.press("Shift+ArrowDown");
      await page.keyboard.press("Shift+ArrowRight");
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/${view}-${w}.png` });
  }
  await page.goto(url + "#/customers");
  await page.getByTestId("customers-0-customer").dblclick();
  await page.getByTestId("customer-name").waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/customer-${w}.png`, fullPage: true });
  await page.close();
}
await browser.close(); server.close();
