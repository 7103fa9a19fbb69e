// The collections desk (issue #18) in Debian's Chromium: an account chosen on the
// worklist shows its reasons, an editable draft and its collection log side by side; what
// is logged re-analyses the worklist with the log as the core's input (hand-computed in
// core/tests/log.rs); the draft's edits reach the mailto link; the log is exported, erased
// and imported back; a bad entry is explained; the recipient comes from the file's e-mail
// column and the draft saves as an .eml message; the log is kept in this browser only after
// an opt-in, per named workspace, erased in one click. Nothing is requested after load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { useApp } from "./support.mjs";

const WORKLIST = fileURLToPath(new URL("../fixtures/worklist.csv", import.meta.url));
const ARTIFACTS = fileURLToPath(new URL("../artifacts/views/", import.meta.url));
const app = useApp(ARTIFACTS);

/** Opens `file` (a path, or Playwright's { name, mimeType, buffer }) at 30 June 2024 and waits for the desk. */
async function loadLedger(page, file = WORKLIST) {
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("file-name").filter({ hasText: typeof file === "string" ? "worklist.csv" : file.name }).waitFor();
  await page.getByTestId("as-of").fill("2024-06-30");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
  await page.getByTestId("desk").waitFor();
}

/** The Collections view with `file` (worklist.csv) at 30 June 2024, recording errors, CSP violations and requests. */
async function openDesk(viewport = { width: 1366, height: 768 }, file = WORKLIST) {
  const page = await app.browser.newPage({ viewport });
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  await page.goto(app.url + "#/collections");
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  const loaded = requests.length;
  await loadLedger(page, file);
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
  // Birch has paid nothing in full yet: its history says so, not an empty table.
  assert.equal(await page.getByTestId("lateness-none").textContent(), "No invoice paid in full by the as-of date.");
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
  // The worklist's lists: what falls due soon (Birch's courtesy reminder), the overdue accounts
  // to chase (Alder, Eiche, Dubois), the disputed set apart (Cedar); each a filter in the hash.
  assert.equal(await page.getByTestId("worklist-list-courtesy").textContent(), "Falling due: courtesy reminders (1)");
  await page.getByTestId("worklist-list-courtesy").click();
  await page.getByTestId("worklist-count").filter({ hasText: /^1 of 4 accounts$/ }).waitFor();
  assert.equal(await page.getByTestId("worklist-0-customer").textContent(), "Birch GmbH");
  assert.equal(await page.getByTestId("worklist-list-courtesy").getAttribute("aria-current"), "true");
  await page.getByTestId("worklist-list-overdue").click();
  await page.getByTestId("worklist-count").filter({ hasText: /^3 of 4 accounts$/ }).waitFor();
  assert.equal(await page.getByTestId("worklist-0-customer").textContent(), "Alder Ltd");
  assert.equal(await page.getByTestId("worklist-list-apart").textContent(), "Disputed, set apart (1)");
  await page.getByTestId("worklist-list-every").click();
  await page.getByTestId("worklist-count").filter({ hasText: /^4 accounts$/ }).waitFor();
  await page.getByTestId("work-draft-choice").selectOption("C-E");
  // Beside the draft: Eiche's open EUR documents (E-1) and how it paid (E-0, due 2023-12-31,
  // paid 2024-01-20: 20 days late).
  await page.getByTestId("desk-docs-count").filter({ hasText: /^1 open document$/ }).waitFor();
  await page.getByTestId("late-EUR-2024-01-days").filter({ hasText: "20.0" }).waitFor();
  await log(page, "promise", { date: "2024-05-10", due: "2024-07-10", amount: "900" });
  // The promise re-ranks the worklist and the desk is drawn again: the next event is entered
  // once that is done (entered before, it lost its kind to the new form's default once).
  await heading(page).filter({ hasText: "Eiche AG: firm reminder" }).waitFor();
  await log(page, "note", { date: "2024-06-01", text: "Asked for a remittance advice" });
  await page.getByTestId("log-count").filter({ hasText: "Collection log: 2 events." }).waitFor();
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

test("the recipient comes from the file's e-mail column and the draft saves as an .eml message", async () => {
  // worklist.csv with an E-mail column: Dubois's rows give ap@dubois.example, the others none.
  const lines = (await readFile(WORKLIST, "utf8")).trim().split("\n");
  const csv = lines.map((l, i) => l + (i === 0 ? ",E-mail" : l.includes(",C-D,") ? ",ap@dubois.example" : ",")).join("\n");
  const file = { name: "worklist-emails.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
  const { page, problems, requests, loaded } = await openDesk(undefined, file);
  await page.getByTestId("work-draft-choice").selectOption("C-D");
  await heading(page).filter({ hasText: "Dubois Inc: call" }).waitFor();
  assert.equal(await page.getByTestId("draft-to").inputValue(), "ap@dubois.example");
  await page.getByTestId("draft-subject").fill("Invoice D-1: über 400,00 USD");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("draft-eml").click()]);
  assert.equal(download.suggestedFilename(), "reminder-dubois-inc.eml");
  const eml = (await readFile(await download.path(), "utf8")).replace(/\r\n[ \t]/g, " ");
  assert.match(eml, /^X-Unsent: 1\r$/m);
  assert.match(eml, /^To: <?ap@dubois\.example>?\r$/m);
  // The subject is not ASCII: written as an RFC 2047 encoded word, not raw.
  assert.match(eml, /^Subject: =\?utf-8\?[BQ]\?/im);
  assert.ok(eml.split("\r\n").every((line) => line.length <= 998 && /^[\x00-\x7f]*$/.test(line)), "7-bit lines of at most 998 octets");
  // A recipient that is not an address is explained and nothing is saved.
  await page.getByTestId("draft-to").fill("accounts");
  await page.getByTestId("draft-eml").click();
  assert.match(await page.getByTestId("draft-problem").textContent(), /^To: .*accounts.* is not an e-mail address/);
  // Another customer has no address in the file: the field starts empty.
  await page.getByTestId("work-draft-choice").selectOption("C-E");
  await heading(page).filter({ hasText: "Eiche AG" }).waitFor();
  assert.equal(await page.getByTestId("draft-to").inputValue(), "");
  assert.deepEqual(requests.slice(loaded).filter((u) => !u.startsWith("blob:")), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the log is kept in this browser only after opting in, in named workspaces that never mix, and erased in one click", async () => {
  const { page, problems, requests, loaded } = await openDesk();
  const stored = () =>
    page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      flag: localStorage.getItem("arlens.workspaces.v1"),
    }));
  const keys = () =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open("arlens-workspaces");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction("workspaces").objectStore("workspaces").getAllKeys();
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result);
            };
          };
        }),
    );
  const count = (n) => page.getByTestId("log-count").filter({ hasText: `Collection log: ${n} event` }).waitFor();
  // Logged but not kept: nothing is written to the browser's storage.
  await page.getByTestId("work-draft-choice").selectOption("C-E");
  await log(page, "promise", { date: "2024-05-10", due: "2024-07-10", amount: "900" });
  await heading(page).filter({ hasText: "Eiche AG: firm reminder" }).waitFor();
  assert.deepEqual(await stored(), { databases: [], flag: null });

  // Opt in: the workspace's name starts as the file's.
  await page.getByTestId("keep-start").click();
  assert.equal(await page.getByTestId("keep-name").inputValue(), "worklist");
  await page.getByTestId("keep-name").fill("Client A");
  await page.getByTestId("keep-create").click();
  await page.getByTestId("keep-status").filter({ hasText: "“Client A”" }).waitFor();
  assert.deepEqual(await stored(), { databases: ["arlens-workspaces"], flag: "1" });
  assert.deepEqual(await keys(), ["Client A"]);
  assert.deepEqual(requests.slice(loaded).filter((u) => !u.startsWith("blob:")), [], "no request after the page loaded");

  // The sender's details say where they are kept now.
  assert.equal(await page.getByTestId("sender-kept").textContent(), " Saved with workspace “Client A” in this browser; nothing is sent.");

  // Reloaded, the same file reopens its workspace: the promise holds Eiche at a firm reminder.
  await page.reload();
  await loadLedger(page);
  await page.getByTestId("keep-message").filter({ hasText: "Workspace “Client A” opened: it was used with worklist.csv." }).waitFor();
  await count(1);
  await page.getByTestId("work-draft-choice").selectOption("C-E");
  await heading(page).filter({ hasText: "Eiche AG: firm reminder" }).waitFor();

  // Another client's ledger with the same customer ids: closed, the page starts empty, and a
  // second workspace keeps its own note; a name already kept is refused.
  await page.getByTestId("keep-close").click();
  await count(0);
  await heading(page).filter({ hasText: "Eiche AG: payment plan" }).waitFor();
  await log(page, "note", { date: "2024-06-01", text: "Client B's note" });
  await page.getByTestId("keep-start").click();
  await page.getByTestId("keep-name").fill("client a");
  await page.getByTestId("keep-create").click();
  await page.getByTestId("keep-message").filter({ hasText: "A workspace named “client a” is already kept in this browser" }).waitFor();
  await page.getByTestId("keep-start").click();
  await page.getByTestId("keep-name").fill("Client B");
  await page.getByTestId("keep-create").click();
  await page.getByTestId("keep-status").filter({ hasText: "“Client B”" }).waitFor();
  assert.deepEqual(await keys(), ["Client A", "Client B"]);

  // Both were used with worklist.csv: after a reload the user chooses; each holds only its own events.
  await page.reload();
  await loadLedger(page);
  await page.getByTestId("keep-message").filter({ hasText: "2 workspaces were used with worklist.csv (Client A, Client B)" }).waitFor();
  await count(0);
  await page.getByTestId("keep-choice").selectOption("Client A");
  await page.getByTestId("keep-open").click();
  await count(1);
  assert.deepEqual(await page.getByTestId("log-events").locator("tbody td:nth-child(2)").allTextContents(), ["Promise"]);
  await page.getByTestId("keep-choice").selectOption("Client B");
  await page.getByTestId("keep-open").click();
  await page.getByTestId("keep-status").filter({ hasText: "“Client B”" }).waitFor();
  assert.deepEqual(await page.getByTestId("log-events").locator("tbody td:nth-child(2)").allTextContents(), ["Note"]);
  await heading(page).filter({ hasText: "Eiche AG: payment plan" }).waitFor();

  // Another file opened while a workspace is open: it stays open, and the page says so.
  await loadLedger(page, { name: "other-client.csv", mimeType: "text/csv", buffer: await readFile(WORKLIST) });
  await page.getByTestId("keep-message").filter({ hasText: "Workspace “Client B” stays open for other-client.csv: close it if this file is another client's." }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/collections-workspaces-1366x768.png`, fullPage: true });

  // One click erases a workspace; another erases them all, with the opt-in.
  await page.getByTestId("keep-erase").click();
  await page.getByTestId("keep-message").filter({ hasText: "Workspace “Client B” is erased from this browser." }).waitFor();
  await count(0);
  assert.deepEqual(await keys(), ["Client A"]);
  await page.getByTestId("keep-erase-all").click();
  await page.getByTestId("keep-message").filter({ hasText: "1 workspace erased" }).waitFor();
  assert.deepEqual(await stored(), { databases: [], flag: null });
  assert.deepEqual(problems, []);
  await page.close();
});
