import { launchChromium } from "./chromium.mjs";
import { serve } from "./serve.mjs";
const { server, url } = await serve(0);
const browser = await launchChromium();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });
    new MutationObserver((_, o) => { if (document.querySelector('[data-testid="aging-table"]')) { window.firstFigures = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${url}#/aging`);
  await page.getByTestId("aging-table").waitFor();
  const r = await page.evaluate(() => ({
    first: Math.round(window.firstFigures),
    dcl: Math.round(performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd),
    res: performance.getEntriesByType("resource").map((e) => [e.name.split("/").at(-1), Math.round(e.startTime), Math.round(e.responseEnd)]),
    long: window.longTasks,
  }));
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close();
server.close();
