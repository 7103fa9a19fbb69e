//! The JS binding, run under Node by `wasm-bindgen-test-runner`.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const FIXTURE: &[u8] = include_bytes!("../../tests/fixtures/open-items-10.csv");

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| match key.parse::<u32>() {
        Ok(i) => Array::from(&v).get(i),
        Err(_) => Reflect::get(&v, &JsValue::from_str(key)).unwrap(),
    })
}

fn text(value: &JsValue, path: &str) -> String {
    get(value, path).as_string().unwrap_or_else(|| panic!("{path} is not a string: {:?}", get(value, path)))
}

/// A result the binding gives as JSON text, as the package parses it.
fn parsed(text: js_sys::JsString) -> JsValue {
    js_sys::JSON::parse(&String::from(text)).unwrap()
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn analyze_ages_the_fixture_in_decimal_strings() {
    let out = parsed(
        arlens::wasm::analyze_file(FIXTURE, JsValue::UNDEFINED, options(r#"{"asOf":"2024-03-31"}"#)).unwrap(),
    );
    assert_eq!(text(&out, "report.asOf"), "2024-03-31");
    assert_eq!(text(&out, "report.aging.buckets.0.label"), "1–30");
    // EUR sorts before USD. Hand computation in tests/fixtures/README.md.
    assert_eq!(text(&out, "report.aging.currencies.0.currency"), "EUR");
    assert_eq!(text(&out, "report.aging.currencies.0.openTotal"), "2345.10"); // 300.00 + 45.10 + 2,000.00
    assert_eq!(text(&out, "report.aging.currencies.0.buckets.4"), "2000.00");
    assert_eq!(text(&out, "report.aging.currencies.1.notDue"), "1250.50"); // 1,000.00 + 250.50
    assert_eq!(text(&out, "report.aging.currencies.1.buckets.1"), "120.25");
    assert_eq!(text(&out, "report.aging.currencies.1.credits"), "-50.00");
    assert_eq!(text(&out, "report.aging.currencies.1.openTotal"), "2795.74"); // 1,250.50 + 400 + 120.25 + 999.99 + 75 − 50
    assert_eq!(get(&out, "import.entries").as_f64(), Some(10.0));
}

#[wasm_bindgen_test]
fn sage_buckets_come_through_the_options() {
    let out = parsed(
        arlens::wasm::analyze_file(
            FIXTURE,
            JsValue::UNDEFINED,
            options(r#"{"asOf":"2024-03-31","aging":{"convention":"lowerInclusive","edges":[30,60]}}"#),
        )
        .unwrap(),
    );
    assert_eq!(text(&out, "report.aging.buckets.0.label"), "0–29");
    assert_eq!(text(&out, "report.aging.buckets.2.label"), "60+");
    // USD days past due 0 (INV-002, 250.50) is the only USD item in 0–29; day 30 opens 30–59.
    assert_eq!(text(&out, "report.aging.currencies.1.buckets.0"), "250.50");
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_their_location() {
    let err =
        arlens::wasm::open_ledger(b"Name,Total\nAcme,1\n", options(r#"{"fileName":"x.csv"}"#)).err().unwrap();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&err, "name"), "ArlensError");
    assert_eq!(text(&err, "kind"), "missingColumns");
    assert_eq!(text(&err, "file"), "x.csv");
    assert_eq!(get(&err, "row").as_f64(), Some(1.0));
    assert!(text(&err, "message").starts_with(r#"file "x.csv", row 1: "#), "{}", text(&err, "message"));

    // The inspection for a mapping screen travels with a missing-columns error.
    assert_eq!(text(&err, "inspection.headers.0"), "Name");
    let ledger = arlens::wasm::open_ledger(FIXTURE, JsValue::UNDEFINED).unwrap();
    let bad_date = ledger.analyze(options(r#"{"asOf":"31/03/2024"}"#)).unwrap_err();
    assert_eq!(text(&bad_date, "kind"), "invalidOption");
    let unknown = ledger.analyze(options(r#"{"basis":"dueDate"}"#)).unwrap_err();
    assert_eq!(text(&unknown, "option"), "options");
    assert!(text(&unknown, "message").contains("unknown field `basis`"), "{}", text(&unknown, "message"));
}

#[wasm_bindgen_test]
fn one_handle_analyses_at_several_dates() {
    let ledger = arlens::wasm::open_ledger(FIXTURE, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&parsed(ledger.summary().unwrap()), "entries").as_f64(), Some(10.0));
    for at in ["2024-02-29", "2024-03-31", "2024-04-30"] {
        let opts = format!(r#"{{"asOf":"{at}"}}"#);
        let text = String::from(ledger.analyze(options(&opts)).unwrap());
        assert!(!text.contains(":null"), "a None is left out, never null");
        let handle = js_sys::JSON::parse(&text).unwrap();
        let once = parsed(arlens::wasm::analyze_file(FIXTURE, JsValue::UNDEFINED, options(&opts)).unwrap());
        assert_eq!(
            js_sys::JSON::stringify(&handle).unwrap(),
            js_sys::JSON::stringify(&get(&once, "report")).unwrap(),
            "{at}"
        );
    }
    assert_eq!(text(&parsed(ledger.inspect().unwrap()), "headers.0"), "Invoice");
}

/// A report far larger than one of the pieces the binding hands its JSON over in
/// (64 KB), with names of two- and three-byte characters all through it, arrives
/// as exactly the text the core writes in one go.
#[wasm_bindgen_test]
fn a_large_report_arrives_whole_through_its_pieces() {
    let mut csv = String::from("Invoice,Customer,Date,Due date,Amount,Currency\n");
    for i in 0..3_000 {
        let day = 1 + i % 28;
        csv.push_str(&format!(
            "F-{i},Société Générale – Ω {},2024-01-{day:02},2024-02-{day:02},{}.{:02},EUR\n",
            i % 700,
            100 + i,
            i % 100
        ));
    }
    let opts = r#"{"asOf":"2024-03-31"}"#;
    let want = serde_json::to_string(
        &arlens::analyze_file(
            csv.as_bytes(),
            &arlens::ImportOptions::default(),
            &arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap()),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(want.len() > 10 * 64 * 1024, "{} bytes: too small to need pieces", want.len());
    let got =
        String::from(arlens::wasm::analyze_file(csv.as_bytes(), JsValue::UNDEFINED, options(opts)).unwrap());
    assert!(
        got == want,
        "the pieces joined differ from the core's text ({} against {} bytes)",
        got.len(),
        want.len()
    );
}

#[wasm_bindgen_test]
fn formatting_goes_through_the_core() {
    assert_eq!(arlens::wasm::format_money_js("1234.5", "BHD", None).unwrap(), "1,234.500");
    assert_eq!(arlens::wasm::format_money_js("1234567", "JPY", Some("de".into())).unwrap(), "1.234.567");
    assert_eq!(arlens::wasm::parse_amount_js("1.200,00", None).unwrap(), "1200.00");
    assert_eq!(arlens::wasm::format_number_js("45.25", 1, None).unwrap(), "45.3");
    let e = arlens::wasm::format_money_js("12", "USD", Some("tlh".into())).unwrap_err();
    assert_eq!(text(&e, "option"), "locale");
}

#[wasm_bindgen_test]
fn sample_is_deterministic() {
    assert_eq!(arlens::wasm::sample_csv(200, 1), arlens::wasm::sample_csv(200, 1));
    assert!(
        String::from_utf8(arlens::wasm::sample_csv(200, 1))
            .unwrap()
            .starts_with("Type,Document,Customer ID,")
    );
}

/// The allocator grows WebAssembly's memory by a sixteenth of its size at least
/// (`Growing` in `core/src/wasm.rs`), not by each allocation's need: a
/// million-row import grew it some ten thousand times that way. Allocating
/// until the memory has doubled (and 50 MB more) in 256 KB blocks grows it
/// about once a block by need (167 times for 208 blocks, tried); by sixteenths,
/// from any size, at most ln(2 + 800 pages / size) / ln(17/16) + 1 ≈ 55 times
/// (from 32 pages: ln 27 / 0.0606 = 54.4; 50 seen).
#[wasm_bindgen_test]
fn memory_grows_in_steps_not_allocation_by_allocation() {
    let pages = || std::arch::wasm32::memory_size::<0>();
    let target = pages() * 2 + 800;
    let mut kept: Vec<Vec<u8>> = Vec::new();
    let mut grows = 0;
    let mut last = pages();
    while pages() < target {
        kept.push(vec![1; 256 * 1024]);
        if pages() != last {
            grows += 1;
            last = pages();
        }
    }
    assert!(grows <= 56, "the memory grew {grows} times for {} blocks of 256 KB", kept.len());
}
