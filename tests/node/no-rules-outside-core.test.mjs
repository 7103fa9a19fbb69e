// The core is the one place where money, figures and dates are computed, rounded,
// grouped or read: the web app and the package's JavaScript only call it. This scans
// their sources for the tell-tale signs of a rule written again outside the core.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Rust in web/: arithmetic, rounding, grouping or parsing of money and dates. */
const RUST = [
  [/\bround_dp\w*\(|\.round\(\)|money::display\b|\bdisplay\(/, "rounding"],
  [/group_thousands|format!\([^)]*\{:\.\d/, "grouping or fixed decimals"],
  [/\b(Days|Months)::new\b|\bDuration::|\bTimeDelta::|num_days\(|signed_duration_since|checked_(add|sub)_(days|months|signed)/, "date arithmetic"],
  [/Decimal::(ONE_HUNDRED|ONE|TWO|TEN|from|new)\b|[*/+-] *Decimal\b|parse::<Decimal>|\.parse::<f64>|\bas f64\b/, "money arithmetic or parsing"],
];

/** JavaScript in pkg/ (not the generated dist/ and dist-test/): the same, JS-style. */
const JS = [
  [/\.toFixed\(|\bMath\.(round|floor|ceil|trunc)\(/, "rounding"],
  [/toLocaleString|Intl\.NumberFormat|\\B\(\?=/, "grouping"],
  [/\bparseFloat\(|\.getTime\(\)|\.setDate\(|Date\.UTC\(|new Date\(/, "number parsing or date arithmetic"],
];

async function files(dir, ext) {
  const out = [];
  for (const entry of await readdir(`${ROOT}${dir}`, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!["dist", "dist-test", "node_modules"].includes(entry.name)) out.push(...(await files(path, ext)));
    } else if (ext.some((e) => entry.name.endsWith(e))) {
      out.push(path);
    }
  }
  return out;
}

/** Lines of `text` (comments dropped) matching a rule: `file:line: what — the line`. */
function offenders(file, text, rules) {
  return text.split("\n").flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, "");
    return rules.filter(([re]) => re.test(code)).map(([, what]) => `${file}:${i + 1}: ${what} — ${line.trim()}`);
  });
}

test("the scan catches each kind of rule it looks for", () => {
  for (const line of [
    "let total = display(a.total, 2);",
    "format!(\"{:.1}%\", x)",
    "period.start - chrono::Days::new(1)",
    "amount / Decimal::ONE_HUNDRED",
    "text.parse::<Decimal>()",
  ]) {
    assert.equal(offenders("x.rs", line, RUST).length, 1, line);
  }
  for (const line of ["n.toFixed(1)", "Math.round(x * 10) / 10", "x.toLocaleString()", 'int.replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",")', "parseFloat(v)"]) {
    assert.equal(offenders("x.js", line, JS).length, 1, line);
  }
});

test("web/ and pkg/ compute, round, group and parse nothing themselves", async () => {
  const found = [];
  for (const file of await files("web/src", [".rs"])) {
    found.push(...offenders(file, await readFile(`${ROOT}${file}`, "utf8"), RUST));
  }
  for (const file of await files("pkg", [".js", ".mjs"])) {
    found.push(...offenders(file, await readFile(`${ROOT}${file}`, "utf8"), JS));
  }
  assert.deepEqual(found, []);
});
