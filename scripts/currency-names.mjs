// Writes core/src/import/vocabulary/currency_names.txt: the names CLDR gives the currencies
// that AR exports use, in the languages arlens reads headers in, for a currency column
// that names its currency in words (Kingdee's `人民币`, 1C's `Российский рубль`).
//
//   npm install --no-save --prefix /tmp/cldr cldr-numbers-full@48.2.0
//   node scripts/currency-names.mjs /tmp/cldr/node_modules/cldr-numbers-full \
//     > core/src/import/vocabulary/currency_names.txt
//
// Each locale's `displayName` and its `one` and `other` plural forms are kept;
// symbols are not (`元`, `￥`, `$`, `kr` name different currencies in different places:
// `values::SYMBOLS` decides those). The crate's build script (core/build.rs) folds each
// name as headers are folded, drops a name that two currencies share, and writes the sorted
// table the import looks names up in.
import { readFileSync } from "node:fs";

const [dir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write("usage: node scripts/currency-names.mjs CLDR_NUMBERS_FULL_DIR\n");
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));

/** The header languages of `core/src/import/vocabulary`, and a few close neighbours. */
const LOCALES = [
  "en", "ar", "bg", "cs", "da", "de", "el", "es", "et", "fa", "fi", "fr", "he", "hi", "hr", "hu", "id",
  "it", "ja", "ko", "lt", "lv", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sr-Latn",
  "sv", "th", "tr", "uk", "vi", "zh", "zh-Hant",
];

/** Currencies of the countries whose exports arlens reads, and the world's most traded. */
const CURRENCIES = [
  "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "KRW", "INR", "PKR",
  "LKR", "BDT", "NPR", "IDR", "MYR", "PHP", "THB", "VND", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF",
  "RON", "BGN", "RSD", "UAH", "RUB", "BYN", "KZT", "GEL", "TRY", "ILS", "AED", "SAR", "QAR", "OMR", "KWD",
  "BHD", "JOD", "EGP", "MAD", "TND", "DZD", "IRR", "IQD", "ZAR", "NGN", "KES", "GHS", "MXN", "BRL", "ARS",
  "CLP", "COP", "PEN", "UYU", "BOB", "PYG", "DOP", "CRC", "GTQ",
];

/** A name as a cell would write it: the singular and the general plural, not the forms
 * that follow numbers in some languages (Russian's `российских рубля`). */
const FORMS = ["displayName", "displayName-count-one", "displayName-count-other"];

const names = new Map(); // name → Set of codes, across every locale
for (const locale of LOCALES) {
  const file = JSON.parse(readFileSync(`${dir}/main/${locale}/currencies.json`, "utf8"));
  const table = file.main[locale].numbers.currencies;
  for (const code of CURRENCIES) {
    const entry = table[code];
    if (!entry) continue;
    for (const [key, name] of Object.entries(entry)) {
      if (!FORMS.includes(key) || name === code) continue;
      const text = name.normalize("NFC").trim();
      if (!names.has(text)) names.set(text, new Set());
      names.get(text).add(code);
    }
  }
}
const rows = [...names]
  .filter(([, codes]) => codes.size === 1)
  .map(([name, codes]) => [name, [...codes][0]])
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const lines = rows.map(([name, code]) => `${code} ${name}`);
if (lines.some((line) => line.includes("\n") || line.startsWith("#"))) {
  throw new Error("a name with a line break: not one line of the file");
}
const out = [
  `# Currency names from the Unicode CLDR (${version}, \`cldr-numbers-full\`; Unicode License v3),`,
  `# ${LOCALES.length} languages, ${CURRENCIES.length} currencies: written by \`scripts/currency-names.mjs\`, not by hand.`,
  "# A line per name: the ISO 4217 code, a space, the currency's name in one of the languages.",
  "# `core/build.rs` folds the names (as header words are folded) into the table the import",
  "# looks names up in.",
  ...lines,
  "",
];
process.stdout.write(out.join("\n"));
