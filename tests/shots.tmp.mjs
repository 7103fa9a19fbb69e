import { launchChromium } from "../scripts/chromium.mjs";
import { serve } from "../scripts/serve.mjs";
const { server, url } = await serve(0);
const browser = await launchChromium();
for (const [w, h] of [[1366, 768], [820, 1180]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const view of ["invoices", "customers"]) {
    await page.goto(url + `#/${view}`);
    await page.getByTestId(`${view}-0-customer`).waitFor();
    await page.getByTestId(`${view}-0-customer`).click();
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/${view}-${w}.png` });
  }
  await page.close();
}
await browser.close(); server.close();
