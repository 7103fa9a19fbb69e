//! The XLSX worksheet cells' fast path (vendored calamine, patch 19) reads what
//! the general, quick-xml reader reads: the same cells, values and errors, on
//! calamine's workbooks, their damaged copies and random sheets full of the
//! shapes it leaves to the general reader, which takes over by the cell.

use crate::shared::calamine_workbooks;
use crate::workbooks::{Lcg, mutated_workbook};
use calamine::{DataRef, Reader, Xlsx};
use proptest::prelude::*;
use std::io::{Cursor, Write};

/// Every sheet's cells as `(row, column) value`, then how the sheet ended.
fn cells_of(bytes: &[u8], fast: bool) -> Vec<String> {
    let mut book = match Xlsx::new(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(e) => return vec![format!("not opened: {e}")],
    };
    let mut out = Vec::new();
    for name in book.sheet_names() {
        out.push(format!("sheet {name}"));
        let reader = match book.worksheet_cells_reader(&name) {
            Ok(reader) => reader,
            Err(e) => {
                out.push(format!("error: {e}"));
                continue;
            }
        };
        let mut reader = if fast { reader } else { reader.without_fast_path() };
        loop {
            match reader.next_cell() {
                Ok(Some(cell)) => out.push(format!("{:?} {}", cell.get_position(), value(cell.get_value()))),
                Ok(None) => break,
                Err(e) => {
                    out.push(format!("error: {e}"));
                    break;
                }
            }
        }
        // The formula cells counted, those with no saved value and the hidden rows
        // (arlens patches 21, 22 and 23).
        out.push(format!(
            "formulas {}, uncalculated {:?}, hidden {:?}",
            reader.formula_cells(),
            reader.uncalculated(),
            reader.hidden_rows()
        ));
    }
    out
}

fn value(v: &DataRef<'_>) -> String {
    match v {
        DataRef::String(s) => format!("text {s:?}"),
        DataRef::SharedString(s) => format!("shared {s:?}"),
        DataRef::Float(f) => format!("number {f}"),
        DataRef::DateTime(d) => format!("date serial {}", d.as_f64()),
        other => format!("{other:?}"),
    }
}

/// An XLSX workbook whose one sheet, "S", has `sheet_data` for its `<sheetData>`
/// (written as given: it may be damaged), with two shared strings and a date style (`s="1"`).
fn workbook(sheet_data: &str) -> Vec<u8> {
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/sharedStrings.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="2" uniqueCount="2"><si><t>Acme</t></si><si><t>Birch &amp; Co</t></si></sst>"#
            ),
        ),
        (
            "xl/styles.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#
            ),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}" xmlns:x="{MAIN}"><dimension ref="A1:C3"/><sheetData>{sheet_data}</sheetData><pageMargins left="0.7"/></worksheet>"#
            ),
        ),
    ];
    // Deflated, as programs write them: the sheet is read through the inflater's pieces.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn cells_the_fast_path_leaves_to_the_general_reader_are_read_between_its_own() {
    let sheet = concat!(
        // Shared strings, a date serial under a date style.
        r#"<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>45352</v></c></row>"#,
        // Rich text, an entity, a comment, a prefixed cell: each read by the general
        // reader, the fast path taking the cell after each.
        "\n  <row r=\"2\">",
        r#"<c r="A2" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><b/></rPr><t>ch</t></r></is></c>"#,
        r#"<c r="B2" t="str"><v>A &amp; B</v></c>"#,
        r#"<c r="C2"><!-- checked --><v>7</v></c>"#,
        r#"<x:c r="D2"><x:v>8.5</x:v></x:c>"#,
        r#"<c r='E2' t='inlineStr'><is><t xml:space='preserve'> a </t></is></c>"#,
        "<c r=\"F2\" t=\"inlineStr\"><is><t>two\r\nlines</t></is></c>",
        "</row>\n",
        // No row or cell references: the places are counted.
        r#"<row><c><f>A1+1</f><v>2</v></c><c s="1"/><c t="b"><v>1</v></c></row>"#,
        r#"<row r="5"/><row><c t="inlineStr"><is><t> trimmed </t></is></c></row>"#,
    );
    let bytes = workbook(sheet);
    let expected = [
        "sheet S",
        r#"(0, 0) shared "Acme""#,
        r#"(0, 1) shared "Birch & Co""#,
        "(0, 2) date serial 45352",
        r#"(1, 0) text "Rich""#,
        r#"(1, 1) text "A & B""#,
        "(1, 2) number 7",
        "(1, 3) number 8.5",
        r#"(1, 4) text " a ""#,
        "(1, 5) text \"two\\nlines\"",
        "(2, 0) number 2",
        "(2, 1) Empty",
        "(2, 2) Bool(true)",
        // `<row r="5"/>` is row 4 (0-based), so the next row is 5.
        r#"(5, 0) text "trimmed""#,
        // (2, 0) holds a formula, with its value.
        "formulas 1, uncalculated [], hidden []",
    ];
    assert_eq!(cells_of(&bytes, true), expected);
    assert_eq!(cells_of(&bytes, false), expected);
}

#[test]
fn row_and_column_counts_stop_at_the_largest_number_in_both_readers() {
    // r="4294967296" saturates to u32::MAX, 0-based u32::MAX − 1 = 4294967294; each `</row>`
    // counts up to 4294967295 and no further (it overflowed in a build with overflow checks).
    // Columns likewise: "ZZZZZZZZ" saturates, and the cells after it without `r` stay on the
    // last column, in the row counted (a cell's own `r` does not move the row count).
    let sheet = concat!(
        r#"<row r="4294967296"><c><v>1</v></c></row></row></row>"#,
        r#"<row><c r="ZZZZZZZZ5"><v>2</v></c><c><v>3</v></c><c><v>4</v></c></row>"#,
    );
    let expected = [
        "sheet S",
        "(4294967294, 0) number 1",
        "(4, 4294967294) number 2",
        "(4294967295, 4294967295) number 3",
        "(4294967295, 4294967295) number 4",
        "formulas 0, uncalculated [], hidden []",
    ];
    let bytes = workbook(sheet);
    assert_eq!(cells_of(&bytes, true), expected);
    assert_eq!(cells_of(&bytes, false), expected);
}

#[test]
fn the_fast_path_reads_calamines_workbooks_and_their_damaged_copies_as_the_general_reader() {
    let Some(files) = calamine_workbooks(&["xlsx", "xlsm"]) else {
        return;
    };
    let mut rng = Lcg(20_261_205);
    let (mut workbooks, mut damaged, mut cells) = (0, 0, 0);
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        let fast = cells_of(&bytes, true);
        assert_eq!(fast, cells_of(&bytes, false), "{name}");
        workbooks += 1;
        cells += fast.len();
        for k in 0..16 {
            let Some(copy) = mutated_workbook(&bytes, true, &mut rng) else { break };
            assert_eq!(cells_of(&copy, true), cells_of(&copy, false), "{name}, damaged copy {k}");
            damaged += 1;
        }
    }
    // calamine's suite has 60-odd xlsx/xlsm workbooks with thousands of cells.
    assert!(workbooks > 50 && cells > 1_000 && damaged > 500, "{workbooks} {cells} {damaged}");
}

/// Text as a writer escapes it, now and then long or with a CR, which the general reader reads.
fn text() -> impl Strategy<Value = String> {
    let short = "[ a-zA-Z0-9é中&<>\r\n_.-]{0,10}";
    let long = ("[a-z ]{1,30}", 1usize..300).prop_map(|(s, k)| s.repeat(k));
    prop_oneof![6 => short.prop_map(|s| s), 1 => long]
        .prop_map(|s| s.replace('&', "&amp;").replace('<', "&lt;"))
}

/// A cell's type (`t`) and children: mostly as programs write them, now and then
/// unusual but readable (rich text, a comment, CDATA, two values).
fn content() -> impl Strategy<Value = (&'static str, String)> {
    let number = prop_oneof!["[0-9]{1,7}", "-?[0-9]{1,5}\\.[0-9]{1,4}", "[1-9]E-?[0-9]"];
    let odd = prop::sample::select(vec![
        "<is><r><t>a</t></r><r><rPr><b/></rPr><t> b</t></r></is>",
        r#"<is><t>x</t><rPh sb="0" eb="1"><t>y</t></rPh></is>"#,
        "<v/>",
        "<is/>",
        "<is><t/></is>",
        "<!-- c --><v>4</v>",
        "<v><![CDATA[5]]></v>",
        r#"<v xml:space="preserve"> 1 </v>"#,
        "<?pi x?><v>2</v>",
        "stray text<v>3</v>",
        "<v>3</v><v>4</v>",
        "<v>5</v><f>A1</f>",
    ]);
    prop_oneof![
        6 => (prop::sample::select(vec!["", "n"]), number.clone()).prop_map(|(t, v)| (t, format!("<v>{v}</v>"))),
        3 => (0u8..2).prop_map(|i| ("s", format!("<v>{i}</v>"))),
        1 => (0u8..2).prop_map(|b| ("b", format!("<v>{b}</v>"))),
        1 => prop::sample::select(vec!["#N/A", "#DIV/0!", "#VALUE!"]).prop_map(|e| ("e", format!("<v>{e}</v>"))),
        2 => text().prop_map(|v| ("str", format!("<v>{v}</v>"))),
        1 => Just(("d", "<v>2024-03-01T00:00:00</v>".to_owned())),
        6 => (text(), any::<bool>()).prop_map(|(t, keep)| ("inlineStr", if keep {
            format!(r#"<is><t xml:space="preserve">{t}</t></is>"#)
        } else {
            format!("<is> <t>{t}</t> </is>")
        })),
        2 => (prop::sample::select(vec![
            "<f>SUM(A1:A2)</f>",
            r#"<f t="shared" si="0"/>"#,
            r#"<f t="shared" ref="A1:A9" si="0">B1*2</f>"#,
            r#"<f>"a"&amp;"b"</f>"#,
            "<f></f>",
        ]), number).prop_map(|(f, v)| ("", format!("{f}<v>{v}</v>"))),
        1 => Just(("", String::new())),
        1 => odd.prop_map(|x| ("", x.to_owned())),
    ]
}

/// Cells that end a sheet in an error (the same in both readers).
const DAMAGED: [&str; 9] = [
    r#"<c r="A1" r><v>1</v></c>"#,
    r#"<c t="x"><v>1</v></c>"#,
    r#"<c t="n"><v>abc</v></c>"#,
    "<c><v>6</v><extLst/></c>",
    "<c><v>1</c>",
    r#"<c t="str"><v>a & b</v></c>"#,
    r#"<c t="s"><v>9</v></c>"#,
    r#"<c t="b"><v>2</v></c>"#,
    r#"<c r="1A"><v>1</v></c>"#,
];

/// A `<c>` element, now and then with a quirk (attributes run together, written
/// twice, spaced around `=`; a prefix; an odd end tag).
fn cell() -> impl Strategy<Value = String> {
    let r = prop::option::of((0u8..30, 1u32..300));
    (r, prop::option::of(0u8..3), content(), any::<bool>(), 0u8..60).prop_map(
        |(r, s, (t, children), single, quirk)| {
            let q = if single { '\'' } else { '"' };
            let mut attrs = String::new();
            if let Some((col, row)) = r {
                let col = if col < 26 {
                    char::from(b'A' + col).to_string()
                } else {
                    format!("A{}", char::from(b'A' + col - 26))
                };
                attrs += &format!(" r={q}{col}{row}{q}");
            }
            if let Some(s) = s {
                attrs += &format!(" s={q}{s}{q}");
            }
            if !t.is_empty() {
                attrs += &format!(" t={q}{t}{q}");
            }
            let (name, end) = match quirk {
                1 => (attrs.replace("\" ", "\"").replace("' ", "'"), "</c>"),
                2 => (attrs.clone() + &attrs, "</c>"),
                3 => (attrs.replace('=', " = "), "</c>"),
                4 => (attrs, "</c >"),
                5 => return format!("<x:c{attrs}>{children}</x:c>"),
                6 => (attrs + r#" cm="1" x14:vm="2""#, "</c>"),
                _ => (attrs, "</c>"),
            };
            if children.is_empty() && quirk % 2 == 0 {
                format!("<c{name}/>")
            } else {
                format!("<c{name}>{children}{end}")
            }
        },
    )
}

/// `<sheetData>`'s rows, pretty-printed or not, numbered or not; in half of them
/// one damaged cell, and now and then cut short.
fn sheet_data() -> impl Strategy<Value = String> {
    let row = (prop::option::of(1u32..400), prop::collection::vec(cell(), 0..10), 0u8..24);
    let damage = prop::option::of((prop::sample::select(DAMAGED.to_vec()), any::<prop::sample::Index>()));
    (prop::collection::vec(row, 0..200), any::<bool>(), damage, 0u8..20, any::<prop::sample::Index>())
        .prop_map(|(mut rows, pretty, damage, cut, at)| {
            if let Some((cell, at)) = damage.filter(|_| !rows.is_empty()) {
                let i = at.index(rows.len());
                rows[i].1.push(cell.to_owned());
            }
            let gap = if pretty { "\n    " } else { "" };
            let mut xml = String::new();
            for (r, cells, quirk) in rows {
                let r = r.map(|r| format!(r#" r="{r}""#)).unwrap_or_default();
                match quirk {
                    0 => xml += &format!("{gap}<row{r}/>"),
                    1 => xml += &format!("{gap}<row{r}>{}</row >", cells.concat()),
                    2 => xml += &format!("{gap}<row{r}>{}</row></row>", cells.concat()),
                    3 => xml += &format!("{gap}<!-- row -->{gap}<row{r}>{}</row>", cells.concat()),
                    4 => xml += &format!("{gap}<row{r} hidden=\"1\">{}</row>", cells.concat()),
                    5 => {
                        xml +=
                            &format!("{gap}<row hidden='true'{r} customHeight=\"1\">{}</row>", cells.concat())
                    }
                    6 => xml += &format!("{gap}<row{r} hidden=\"0\">{}</row>", cells.concat()),
                    _ => xml += &format!("{gap}<row{r} spans=\"1:9\">{}{gap}</row>", cells.concat()),
                }
            }
            if cut == 0 && !xml.is_empty() {
                let mut at = at.index(xml.len());
                while !xml.is_char_boundary(at) {
                    at -= 1;
                }
                xml.truncate(at);
            }
            xml
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    /// Random sheets (some beyond the 64 KB look-ahead buffer, so cells are cut
    /// between reads) read the same with the fast path as without it.
    #[test]
    fn the_fast_path_reads_random_sheets_as_the_general_reader(data in sheet_data()) {
        let bytes = workbook(&data);
        prop_assert_eq!(cells_of(&bytes, true), cells_of(&bytes, false));
    }
}
