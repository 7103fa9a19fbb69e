// The collections desk (issue #18) in Debian's Chromium: an account chosen on the
// worklist shows its reasons, an editable draft and its collection log side by side; what
// is logged re-analyses the worklist with the log as the core's input (hand-computed in
// core/tests/log.rs); the draft's edits reach the mailto link; the log is exported, erased
// and imported back; a bad entry is explained. Nothing is requested after load.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

const WORKLIST = fileURLToPath(new URL("../fixtures/worklist.csv", import.meta.url));
const ARTIFACTS = fileURLToPath(new URL("../artifacts/views/", import.meta.url));
let browser, server, url;

before(async () => {
  ({ server, url } = await serve(0));
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The Collections view with worklist.csv at 30 June 2024, recording errors, CSP violations and requests. */
async function openDesk(viewport = { width: 1366, height: 768 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  await page.goto(url + "#/collections");
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  const loaded = requests.length;
  await page.getByTestId("file-input").setInputFiles(WORKLIST);
  await page.getByTestId("file-name").filter({ hasText: "worklist.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-06-30");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
  await page.getByTestId("desk").waitFor();
  return { page, problems, requests, loaded };
}

const heading = (page) => page.getByTestId("desk").locator(".desk-head h2");

/** Logs an event of `kind` with the form's fields (test id suffix → value). */
async function log(page, kind, fields) {
  await page.getByTestId("log-kind").selectOption(kind);
  for (const [field, value] of Object.entries(fields)) {
    const input = page.getByTestId(`log-${field}`);
    if ((await input.evaluate((e) => e.tagName)) === "SELECT") await input.selectOption(value);
    else {
      await input.fill(value);
      await input.dispatchEvent("change");
    }
  }
  await page.getByTestId("log-add").click();
}

test("a promise, a contact and a step set by hand change the worklist as the core says", async () => {
  const { page, problems, requests, loaded } = await openDesk();
  // The first row is chosen: Alder, at the agency step.
  await heading(page).filter({ hasText: "Alder Ltd: collection agency" }).waitFor();
  // Eiche (payment plan, 72 days past due) promised on 10 May (21 days past due then) to pay
  // 900.00 by 10 July: held at a firm reminder.
  await page.getByTestId("work-draft-choice").selectOption("C-E");
  await heading(page).filter({ hasText: "Eiche AG: payment plan" }).waitFor();
  assert.match(page.url(), /desk=C-E/);
  // Its suggested plan is beside the draft: 900.00 in six monthly payments of 150.00 (core/tests/worklist.rs).
  assert.equal(await page.getByTestId("desk-plan").locator("summary").textContent(), "Suggested plan: 900.00 in 6 monthly payments");
  await page.getByTestId("log-empty").waitFor();
  await log(page, "promise", { date: "2024-05-10", due: "2024-07-10", amount: "900" });
  await heading(page).filter({ hasText: "Eiche AG: firm reminder" }).waitFor();
  assert.equal(await page.getByTestId("desk-logged").textContent(), "promised 900.00 EUR by 2024-07-10 (pending, 0.00 paid)");
  assert.ok((await page.getByTestId("desk-reasons").textContent()).includes("held at firm reminder (not payment plan)"));
  assert.deepEqual(await page.getByTestId("log-events").locator("tbody td:nth-child(2)").allTextContents(), ["Promise"]);
  // The grid follows: Eiche's row says firm reminder.
  await page.getByTestId("worklist-1-step").filter({ hasText: "firm reminder" }).waitFor();

  // Dubois: an e-mail logged on 3 June; its draft now follows it, and the edits reach the mail link.
  await page.getByTestId("work-draft-choice").selectOption("C-D");
  await heading(page).filter({ hasText: "Dubois Inc: call" }).waitFor();
  assert.ok((await page.getByTestId("draft-body").inputValue()).startsWith("Dear Dubois Inc,\n\nThe following invoices remain unpaid:"));
  await log(page, "contact", { date: "2024-06-03", channel: "0" });
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-body"]').value.includes("This follows our e-mail of 2024-06-03."));
  await page.getByTestId("draft-to").fill("ap@dubois.example");
  await page.getByTestId("draft-subject").fill("Invoice D-1 & your order #7");
  const href = await page.getByTestId("draft-mailto").getAttribute("href");
  assert.ok(href.startsWith("mailto:ap%40dubois.example?subject=Invoice%20D-1%20%26%20your%20order%20%237&body=Dear%20Dubois%20Inc%2C%0D%0A%0D%0AThis%20follows"), href);

  // The sender's details, typed once, sign every draft (the drafts are written again).
  await page.getByTestId("sender").locator("summary").click();
  await page.getByTestId("sender-company").fill("Northwind Ltd");
  await page.getByTestId("sender-apply").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="draft-body"]').value.endsWith("Kind regards,\n[your name, phone and email]\nNorthwind Ltd\n"));
  // The form stays open, with what was typed, once the drafts are written again.
  assert.equal(await page.getByTestId("sender-company").inputValue(), "Northwind Ltd");
  assert.ok(await page.getByTestId("sender-company").isVisible());
  // The customer's page is a link away, and Back returns to the same account.
  await page.getByTestId("desk-customer").click();
  await page.locator('main[data-view="customers"]').waitFor();
  await page.goBack();
  await heading(page).filter({ hasText: "Dubois Inc: call" }).waitFor();
  // Birch, a courtesy reminder, set by hand to a call.
  await page.getByTestId("work-draft-choice").selectOption("C-B");
  await log(page, "override", { step: "3", text: "key account" });
  await heading(page).filter({ hasText: "Birch GmbH: call" }).waitFor();
  assert.match(await page.getByTestId("desk-logged").textContent(), /step set by hand/);
  // Its invoice is not yet due: the draft stays a courtesy note.
  assert.equal(await page.getByTestId("draft-subject").inputValue(), "Upcoming payment: 800.00 USD");
  assert.equal(await page.getByTestId("log-count").textContent(), "Collection log: 3 events.");

  // A promise of a negative amount is refused, by the core, with the reason.
  await log(page, "promise", { date: "2024-06-01", due: "2024-06-10", amount: "-5" });
  assert.equal(await page.getByTestId("log-problem").textContent(), "Amount: -5 is not a positive amount");
  assert.equal(await page.getByTestId("log-count").textContent(), "Collection log: 3 events.");

  await page.screenshot({ path: `${ARTIFACTS}/collections-desk-1366x768.png`, fullPage: true });
  assert.deepEqual(requests.slice(loaded).filter((u) => !u.startsWith("blob:")), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the log is exported, erased and imported back, and a broken file is explained", async () => {
  const { page, problems } = await openDesk({ width: 820, height: 1180 });
  await page.getByTestId("work-draft-choice").selectOption("C-E");
  await log(page, "promise", { date: "2024-05-10", due: "2024-07-10", amount: "900" });
  await log(page, "note", { date: "2024-06-01", text: "Asked for a remittance advice" });
  await heading(page).filter({ hasText: "Eiche AG: firm reminder" }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("log-export").click()]);
  assert.equal(download.suggestedFilename(), "arlens-log-worklist.json");
  const path = await download.path();
  const exported = JSON.parse(await readFile(path, "utf8"));
  assert.deepEqual(exported, {
    version: 1,
    events: [
      { kind: "promise", customer: "C-E", date: "2024-05-10", due: "2024-07-10", amount: "900" },
      { kind: "note", customer: "C-E", date: "2024-06-01", text: "Asked for a remittance advice" },
    ],
  });
  await page.getByTestId("log-erase").click();
  await heading(page).filter({ hasText: "Eiche AG: payment plan" }).waitFor();
  assert.equal(await page.getByTestId("log-count").textContent(), "Collection log: 0 events.");
  await page.getByTestId("log-import").setInputFiles(path);
  await page.getByTestId("log-message").filter({ hasText: "2 events read from" }).waitFor();
  await heading(page).filter({ hasText: "Eiche AG: firm reminder" }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/collections-desk-820x1180.png`, fullPage: true });
  // A file that is not a log is refused with the reason; the log stays as it was.
  await page.getByTestId("log-import").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"version": 1, "events": [{"kind": "call"}]}') });
  await page.getByTestId("log-message").filter({ hasText: "notes.json is not a collection log" }).waitFor();
  assert.equal(await page.getByTestId("log-count").textContent(), "Collection log: 2 events.");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the window`);
  assert.deepEqual(problems, []);
  await page.close();
});
