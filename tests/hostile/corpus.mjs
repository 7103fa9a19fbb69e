// A hostile-input corpus, generated (no committed megabytes): one case per class of
// attack the package must survive, for every format. Each case is
// `{ name, class, bytes, options? }`; `options.import` holds import options.
// Used by tests/node/hostile.test.mjs, and by core/tests/hostile.rs through
// `node tests/hostile/corpus.mjs OUT_DIR`, which writes each case to OUT_DIR.
import { constants, crc32, deflateRawSync } from "node:zlib";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const enc = (text) => Buffer.from(text, "utf8");

/**
 * A deflate bomb: a raw deflate stream that inflates to `mebibytes` MiB of spaces
 * while being about a thousandth of that, made of one sync-flushed chunk repeated
 * (each chunk byte-aligned and referring only to itself), then an empty final block.
 * The inflated bytes are never built here.
 */
export function deflateBomb(mebibytes) {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => chunk), Buffer.from([0x03, 0x00])]);
}

/**
 * A zip archive of `files`: [name, Buffer|string], deflated unless `stored`, or
 * [name, { deflated, size }] for an entry already deflated that declares `size`
 * inflated bytes (its CRC is not computed: a bomb is refused before its end).
 */
export function zip(files, { stored = false } = {}) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of files) {
    const raw = content?.deflated !== undefined;
    const data = raw ? null : Buffer.isBuffer(content) ? content : enc(content);
    const body = raw ? content.deflated : stored ? data : deflateRawSync(data, { level: 9 });
    const nameBytes = enc(name);
    // The fields a local header and its central-directory entry share, from `at`.
    const common = (buf, at) => {
      buf.writeUInt16LE(stored && !raw ? 0 : 8, at);
      buf.writeUInt32LE(raw ? 0 : crc32(data), at + 6);
      buf.writeUInt32LE(body.length, at + 10);
      buf.writeUInt32LE(raw ? content.size : data.length, at + 14);
      buf.writeUInt16LE(nameBytes.length, at + 18);
      return buf;
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    locals.push(common(header, 8), nameBytes, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(offset, 42);
    central.push(common(entry, 10), nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** An xlsx with sheets [name, sheetXml], and shared strings XML when given. */
export function xlsx(sheets, sharedStrings) {
  const types =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    (sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "") +
    `</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets></workbook>`;
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    (sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
    `</Relationships>`;
  return zip([
    ["[Content_Types].xml", types],
    ["_rels/.rels", rels],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ...sheets.map(([, xml], i) => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ...(sharedStrings ? [["xl/sharedStrings.xml", sharedStrings]] : []),
  ]);
}

const sheet = (rows, extra = "") => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${extra}<sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref, text) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER_ROW = `<row r="1">${["Invoice", "Customer", "Date", "Due date", "Amount"].map((h, i) => inline(`${"ABCDE"[i]}1`, h)).join("")}</row>`;
const dataRow = (r) =>
  `<row r="${r}">${inline(`A${r}`, `I-${r}`)}${inline(`B${r}`, "Acme")}${inline(`C${r}`, "2024-01-05")}${inline(`D${r}`, "2024-02-04")}<c r="E${r}"><v>10</v></c></row>`;

/** An ODS workbook whose one table holds `tableXml` (its end tag left out unless `closed`). */
export function ods(tableXml, { closed = true } = {}) {
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
    `xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">` +
    `<office:body><office:spreadsheet><table:table table:name="AR">${tableXml}${closed ? "</table:table></office:spreadsheet></office:body></office:document-content>" : ""}`;
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>`;
  return zip([
    ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
    ["META-INF/manifest.xml", manifest],
    ["content.xml", content],
  ], { stored: false });
}

const odsText = (t) => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const ODS_HEADER = `<table:table-row>${["Invoice", "Customer", "Date", "Due date", "Amount"].map(odsText).join("")}</table:table-row>`;
const ODS_ROW = `<table:table-row>${odsText("I-1")}${odsText("Acme")}${odsText("2024-01-05")}${odsText("2024-02-04")}<table:table-cell office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell></table:table-row>`;

const CSV_HEAD = "Invoice,Customer,Date,Due date,Amount\n";

/**
 * The fixture ledger.xls with its first shared-string cell (a LabelSst record:
 * type 0x00FD, 10 bytes of row, column, format and string index) moved to
 * column 65,535.
 */
function xlsCellBeyondColumnIV() {
  const bytes = Buffer.from(readFileSync(fileURLToPath(new URL("../fixtures/formats/ledger.xls", import.meta.url))));
  const at = bytes.indexOf(Buffer.from([0xfd, 0x00, 0x0a, 0x00]));
  if (at < 0) throw new Error("no LabelSst record in ledger.xls");
  bytes.writeUInt16LE(0xffff, at + 6);
  return bytes;
}

/** 2.5 GiB of spaces as a sheet part: above the default `limits.zipBytes` (2 GiB). */
const BOMB_MIB = 2560;

/**
 * The deflated sheet of a real bomb: the sheet's XML with 2.5 GiB of spaces inside
 * `<sheetData>`. `declared` is the size its zip entry states: the truth (refused
 * before inflating by the declared total) or a lie (the zip reader stops the entry
 * at the size it declares).
 */
function bombSheet(declared) {
  const head = deflateRawSync(enc(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`), { finishFlush: constants.Z_SYNC_FLUSH });
  const bomb = deflateBomb(BOMB_MIB);
  const tail = deflateRawSync(enc(`</sheetData></worksheet>`));
  const deflated = Buffer.concat([head, bomb.subarray(0, bomb.length - 2), tail]);
  return { deflated, size: declared === "truth" ? BOMB_MIB * 2 ** 20 + 120 : 4096 };
}

/** A zipped CSV's entry that inflates to its header then 2.5 GiB of spaces (`declared` as in [`bombSheet`]). */
function bombCsv(declared) {
  const head = deflateRawSync(enc(CSV_HEAD), { finishFlush: constants.Z_SYNC_FLUSH });
  const bomb = deflateBomb(BOMB_MIB);
  return { deflated: Buffer.concat([head, bomb]), size: declared === "truth" ? BOMB_MIB * 2 ** 20 + CSV_HEAD.length : 4096 };
}

/** The real bombs, one per zip-based format, each refused with the default limits. */
export function bombs() {
  const odsManifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>`;
  const xlsbTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`;
  return [
    { class: "bomb", name: "bomb-xlsx-2.5GiB.xlsx", expect: "tooLarge", bytes: xlsx([["AR", bombSheet("truth")]]) },
    { class: "bomb", name: "bomb-xlsx-2.5GiB-declared-4KiB.xlsx", expect: "workbook", bytes: xlsx([["AR", bombSheet("lie")]]) },
    {
      class: "bomb",
      name: "bomb-ods-2.5GiB.ods",
      expect: "tooLarge",
      bytes: zip([["mimetype", "application/vnd.oasis.opendocument.spreadsheet"], ["META-INF/manifest.xml", odsManifest], ["content.xml", bombSheet("truth")]]),
    },
    {
      class: "bomb",
      name: "bomb-ods-2.5GiB-declared-4KiB.ods",
      expect: "workbook",
      bytes: zip([["mimetype", "application/vnd.oasis.opendocument.spreadsheet"], ["META-INF/manifest.xml", odsManifest], ["content.xml", bombSheet("lie")]]),
    },
    {
      class: "bomb",
      name: "bomb-xlsb-2.5GiB.xlsb",
      expect: "tooLarge",
      bytes: zip([["[Content_Types].xml", xlsbTypes], ["xl/workbook.bin", Buffer.alloc(8)], ["xl/worksheets/sheet1.bin", bombSheet("truth")]]),
    },
    // A ledger zipped for download is read from its archive: as bombs, refused all the same.
    { class: "bomb", name: "bomb-zipped-csv-2.5GiB.zip", expect: "tooLarge", bytes: zip([["ledger.csv", bombCsv("truth")]]) },
    { class: "bomb", name: "bomb-zipped-csv-2.5GiB-declared-4KiB.zip", expect: "notASpreadsheet", bytes: zip([["ledger.csv", bombCsv("lie")]]) },
  ];
}

/** Every case: its class (what it attacks) and its bytes. */
export function cases() {
  return [
    ...bombs(),
    // Sizes trusted from the file.
    { class: "declared size", name: "xlsx-sst-count-4G.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + dataRow(2))]], `<?xml version="1.0"?><sst xmlns="${MAIN}" count="4294967295" uniqueCount="4294967295"><si><t>x</t></si></sst>`) },
    { class: "declared size", name: "xlsx-dimension-whole-sheet.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + dataRow(2), `<dimension ref="A1:XFD1048576"/>`)]]) },
    { class: "declared size", name: "xlsx-far-corner-cell.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + dataRow(2) + `<row r="1048576">${inline("XFD1048576", "far")}</row>`)]]) },
    { class: "declared size", name: "xlsx-wide-rows.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + `<row r="2">${inline("XFD2", "x")}</row>` + Array.from({ length: 20000 }, (_, i) => dataRow(i + 3)).join(""))]]) },
    { class: "declared size", name: "xlsx-cell-ref-overflow.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + `<row r="4294967295">${inline("ZZZZZZZZZZ4294967295", "x")}</row>`)]]) },
    // Decompression and amplification.
    { class: "amplification", name: "xlsx-sheet-inflates-200MB.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + dataRow(2) + " ".repeat(200 * 1024 * 1024))]]) },
    { class: "amplification", name: "ods-repeated-rows-1e9.ods", bytes: ods(ODS_HEADER + ODS_ROW + `<table:table-row table:number-rows-repeated="1000000000">${odsText("x")}</table:table-row>`) },
    { class: "amplification", name: "ods-repeated-columns-1e9.ods", bytes: ods(ODS_HEADER + ODS_ROW + `<table:table-row><table:table-cell table:number-columns-repeated="1000000000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>`) },
    { class: "amplification", name: "xlsx-2000-sheets.xlsx", bytes: xlsx(Array.from({ length: 2000 }, (_, i) => [`S${i}`, sheet(HEADER_ROW + dataRow(2))])) },
    // Pathological text.
    { class: "text", name: "csv-one-50MB-line.csv", bytes: enc(CSV_HEAD + "I-1,Acme,2024-01-05,2024-02-04," + "9".repeat(50 * 1024 * 1024)) },
    { class: "text", name: "csv-50MB-quoted-cell.csv", bytes: enc(CSV_HEAD + `I-1,"${"x".repeat(50 * 1024 * 1024)}",2024-01-05,2024-02-04,10\n`) },
    { class: "text", name: "csv-unclosed-quote.csv", bytes: enc(CSV_HEAD + `I-1,"Acme,2024-01-05,2024-02-04,10\n`.repeat(1000)) },
    { class: "text", name: "csv-nul-bytes.csv", bytes: Buffer.concat([enc(CSV_HEAD), Buffer.alloc(1 << 20), enc("I-1,Acme,2024-01-05,2024-02-04,10\n")]) },
    { class: "text", name: "csv-50k-customers.csv", bytes: enc(CSV_HEAD + Array.from({ length: 50000 }, (_, i) => `I-${i},C${i},2024-01-05,2024-02-04,1`).join("\n")) },
    // Extreme numbers and dates.
    { class: "numbers", name: "csv-amounts-at-decimal-limit.csv", bytes: enc(CSV_HEAD + "I-1,Acme,2024-01-05,2024-02-04,79228162514264337593543950335\nI-2,Acme,2024-01-05,2024-02-04,-79228162514264337593543950335\nI-3,Acme,2024-01-05,2024-02-04,1e400\nI-4,Acme,2024-01-05,2024-02-04,0.0000000000000000000000000000001\n") },
    { class: "numbers", name: "csv-tiny-sales-against-large-receivables.csv", bytes: enc("Type,Invoice,Customer,Date,Due date,Amount,Currency\nInvoice,I-1,Acme,2024-03-05,2024-03-20,0.0000000000000000000000000001,EUR\nInvoice,I-2,Acme,2023-01-05,2023-01-20,100000000000000,EUR\n") },
    { class: "numbers", name: "csv-tiny-payment-history.csv", options: { asOf: "2024-03-31" }, bytes: enc("Invoice,Customer,Date,Due date,Amount,Paid date,Currency\nI-1,Acme,2023-06-01,2023-07-01,0.0000000000000000000000000012,2023-07-01,EUR\nI-2,Acme,2024-01-05,2024-01-26,100000000000000,,EUR\n") },
    { class: "numbers", name: "csv-dates-at-the-ends.csv", bytes: enc(CSV_HEAD + "I-1,Acme,0001-01-01,9999-12-31,10\nI-2,Acme,9999-12-31,9999-12-31,10\nI-3,Acme,2024-01-05,2024-02-04,10\n"), options: { asOf: "2024-03-31" } },
    { class: "numbers", name: "xlsx-serials-at-the-ends.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + `<row r="2">${inline("A2", "I-1")}${inline("B2", "Acme")}<c r="C2"><v>1e308</v></c><c r="D2"><v>-1e308</v></c><c r="E2"><v>1e308</v></c></row>` + dataRow(3))]]) },
    // Loops that waited for an end tag at the end of the file (calamine patch 9).
    { class: "truncated", name: "ods-table-never-ends.ods", expect: "workbook", bytes: ods(ODS_HEADER + ODS_ROW, { closed: false }) },
    { class: "truncated", name: "ods-annotation-never-ends.ods", expect: "workbook", bytes: ods(ODS_HEADER + `<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>note`, { closed: false }) },
    // A cell at column 65,535 of an xls sheet (256 columns) sized a 68 GB range (calamine patch 10).
    { class: "declared size", name: "xls-cell-beyond-column-iv.xls", expect: "workbook", bytes: xlsCellBeyondColumnIV() },
    // Broken containers.
    { class: "truncated", name: "zip-truncated.xlsx", bytes: xlsx([["AR", sheet(HEADER_ROW + dataRow(2))]]).subarray(0, 300) },
    { class: "truncated", name: "zip-central-directory-lies.xlsx", bytes: (() => { const b = Buffer.from(xlsx([["AR", sheet(HEADER_ROW + dataRow(2))]])); b.writeUInt16LE(65535, b.length - 12); return b; })() },
  ];
}

// As a script: writes every case to OUT_DIR (for the native test).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  mkdirSync(out, { recursive: true });
  for (const c of cases()) writeFileSync(join(out, c.name), c.bytes);
  writeFileSync(join(out, "cases.json"), JSON.stringify(cases().map(({ name, class: kind, options, expect }) => ({ name, class: kind, options, expect }))));
}
