//! Options as the package receives them — JSON objects — made from the fuzzer's
//! bytes by following the shape of each options type, so that almost every
//! input is a well-formed object that reaches the analysis, and a few carry a
//! wrong type, an unknown field or an extreme value to reach the refusals.
//!
//! The shapes name every field of the package's `Options`, `ImportOptions` and
//! `PlanTerms` types (`pkg/dist/node/arlens.d.ts`); serde then reads them exactly
//! as `parse_options` in `core/src/wasm.rs` does.

use arbitrary::Unstructured;
use serde_json::{Map, Value, json};

/// What a JSON value may look like.
pub enum Shape {
    /// An object; each field is present or not, a required one almost always.
    Object(&'static [Field]),
    /// An object whose first field is a fixed tag (`{"kind": "contact", …}`).
    Tagged(&'static str, &'static str, &'static [Field]),
    /// A map from keys of the first shape to values of the second.
    Map(&'static Shape, &'static Shape),
    /// An array of up to a few dozen values.
    Array(&'static Shape),
    /// One of these shapes.
    OneOf(&'static [Shape]),
    /// One of these strings.
    Word(&'static [&'static str]),
    /// A calendar date, mostly valid and recent, sometimes far or malformed.
    Date,
    /// A whole number up to this bound, sometimes beyond or negative.
    Int(u64),
    /// A decimal amount as text, sometimes huge, negative or not a number.
    Decimal,
    /// A rate as a fraction (0.05 for 5%), mostly from 0 to 1, sometimes out of range.
    Rate,
    /// Free text with the drafts' placeholders among its words.
    Text,
    /// `true` or `false`.
    Bool,
    /// A customer id of the fixed ledger (or another text).
    Customer,
    /// A document number of the fixed ledger (or another text).
    Document,
}

/// An object's field: its name, its shape, and whether it is required.
pub struct Field(pub &'static str, pub Shape, pub bool);

const fn opt(name: &'static str, shape: Shape) -> Field {
    Field(name, shape, false)
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field(name, shape, true)
}

/// Names the fixed ledger gives the generator to pick from.
#[derive(Default)]
pub struct Names {
    /// Customer ids.
    pub customers: Vec<String>,
    /// Document numbers.
    pub documents: Vec<String>,
}

const STEPS: Shape = Shape::Word(&[
    "courtesyReminder",
    "friendlyReminder",
    "firmReminder",
    "call",
    "paymentPlan",
    "collectionAgency",
    "legalAction",
]);
const TEMPLATE: Shape = Shape::Object(&[req("subject", Shape::Text), req("body", Shape::Text)]);
const LADDER: Shape = Shape::Object(&[
    opt("friendly", Shape::Int(400)),
    opt("firm", Shape::Int(400)),
    opt("call", Shape::Int(400)),
    opt("plan", Shape::Int(400)),
    opt("agency", Shape::Int(400)),
    opt("legal", Shape::Int(4000)),
]);
const AGING: Shape = Shape::Object(&[
    opt("basis", Shape::Word(&["dueDate", "invoiceDate"])),
    opt("edges", Shape::Array(&Shape::Int(400))),
    opt("convention", Shape::Word(&["upperInclusive", "lowerInclusive"])),
    opt("periods", Shape::Word(&["days", "calendarMonths"])),
    opt("credits", Shape::Word(&["separate", "netPerCustomer"])),
    opt("items", Shape::Bool),
]);
const WORKLIST: Shape = Shape::Object(&[
    opt("ladder", LADDER),
    opt("courtesyDays", Shape::Int(400)),
    opt("raiseAt", Shape::Word(&["reliable", "slow", "atRisk", "critical"])),
    opt("agencyMinAmount", Shape::Decimal),
    opt("legalMinAmount", Shape::Decimal),
    opt("planMaxMonths", Shape::Int(120)),
    opt("planStartDays", Shape::Int(400)),
    opt("replyDays", Shape::Int(400)),
    opt("drafts", Shape::Int(300)),
    opt(
        "sender",
        Shape::Object(&[
            opt("company", Shape::Text),
            opt("contact", Shape::Text),
            opt("paymentDetails", Shape::Text),
        ]),
    ),
    opt(
        "templates",
        Shape::Object(&[
            req("courtesy", TEMPLATE),
            req("friendly", TEMPLATE),
            req("firm", TEMPLATE),
            req("finalNotice", TEMPLATE),
        ]),
    ),
]);
const EVENT: Shape = Shape::OneOf(&[
    Shape::Tagged(
        "kind",
        "contact",
        &[
            req("customer", Shape::Customer),
            req("date", Shape::Date),
            req("channel", Shape::Word(&["email", "phone", "letter", "meeting", "other"])),
            opt("step", STEPS),
            opt("note", Shape::Text),
        ],
    ),
    Shape::Tagged(
        "kind",
        "promise",
        &[
            req("customer", Shape::Customer),
            req("date", Shape::Date),
            req("due", Shape::Date),
            req("amount", Shape::Decimal),
            opt("currency", Shape::Word(&["USD", "EUR", "GBP", "JPY", "XXX", "eur"])),
            opt("note", Shape::Text),
        ],
    ),
    Shape::Tagged(
        "kind",
        "dispute",
        &[
            req("customer", Shape::Customer),
            req("date", Shape::Date),
            req("invoices", Shape::Array(&Shape::Document)),
            req("reason", Shape::Text),
            opt("resolved", Shape::Date),
        ],
    ),
    Shape::Tagged(
        "kind",
        "note",
        &[req("customer", Shape::Customer), req("date", Shape::Date), req("text", Shape::Text)],
    ),
    Shape::Tagged(
        "kind",
        "override",
        &[
            req("customer", Shape::Customer),
            req("date", Shape::Date),
            opt("step", STEPS),
            opt("reason", Shape::Text),
        ],
    ),
]);

/// `Options` of `analyze`.
pub const OPTIONS: Shape = Shape::Object(&[
    opt("asOf", Shape::Date),
    opt("today", Shape::Date),
    opt("aging", AGING),
    opt(
        "period",
        Shape::OneOf(&[
            Shape::Word(&["month", "quarter", "year"]),
            Shape::Object(&[req("trailingDays", Shape::Int(4000))]),
        ]),
    ),
    opt("cei", Shape::Word(&["salesPerMonth", "fullSales"])),
    opt("earlyPayment", Shape::Word(&["asZero", "negative"])),
    opt("lossRates", Shape::Array(&Shape::Decimal)),
    opt("worklist", WORKLIST),
    opt("log", Shape::Object(&[req("version", Shape::Int(2)), opt("events", Shape::Array(&EVENT))])),
]);

/// `PlanTerms` of `paymentPlan`.
pub const PLAN_TERMS: Shape = Shape::Object(&[
    req("balance", Shape::Decimal),
    opt("currency", Shape::Word(&["USD", "EUR", "JPY", "KWD", "BHD", "CLF", "XXX", "usd", "ZZZ"])),
    req("asOf", Shape::Date),
    opt("start", Shape::Date),
    opt("installments", Shape::Int(700)),
    opt("maxInstallment", Shape::Decimal),
    opt("frequency", Shape::Word(&["weekly", "fortnightly", "monthly"])),
    opt("downPayment", Shape::Decimal),
    opt(
        "interest",
        Shape::OneOf(&[
            Shape::Tagged("method", "none", &[]),
            Shape::Tagged("method", "flat", &[req("annualRate", Shape::Rate)]),
            Shape::Tagged("method", "amortized", &[req("annualRate", Shape::Rate)]),
        ]),
    ),
    opt("fee", Shape::Decimal),
]);

const FIELDS: Shape = Shape::Word(&[
    "documentId",
    "documentType",
    "customerId",
    "customerName",
    "invoiceDate",
    "dueDate",
    "amount",
    "openBalance",
    "amountPaid",
    "paidDate",
    "creditAmount",
    "debit",
    "credit",
    "debitCredit",
    "currency",
    "appliesTo",
    "status",
    "terms",
    "installment",
    "email",
    "ignore",
]);

/// `ImportOptions` (with `inspect`'s `previewRows`).
pub const IMPORT_OPTIONS: Shape = Shape::Object(&[
    opt("fileName", Shape::Text),
    opt(
        "sheet",
        Shape::OneOf(&[Shape::Word(&["Sheet1", "Sheet 1", "Ledger", "Feuil1", "Tabelle1", ""]), Shape::Text]),
    ),
    opt("defaultCurrency", Shape::Word(&["USD", "EUR", "JPY", "XXX", "eur", "€", ""])),
    opt("dateOrder", Shape::Word(&["dmy", "mdy", "ymd"])),
    opt("decimalMark", Shape::Word(&["point", "comma"])),
    opt(
        "columns",
        Shape::Map(
            &Shape::OneOf(&[
                Shape::Word(&[
                    "Customer", "Amount", "Date", "Due date", "Invoice", "Type", "A", "B", "C", "D", "E",
                ]),
                Shape::Text,
            ]),
            &FIELDS,
        ),
    ),
    opt("unreferencedPayments", Shape::Word(&["oldestFirst", "unapplied"])),
    opt("defaultTerms", Shape::Int(400)),
    opt("repairSwappedDates", Shape::Bool),
    opt("headerRow", Shape::Int(40)),
    opt(
        "sha256",
        Shape::Word(&["", "abc", "0000000000000000000000000000000000000000000000000000000000000000"]),
    ),
    opt(
        "limits",
        Shape::Object(&[
            opt("cellCharacters", Shape::Int(40_000)),
            opt("cells", Shape::Int(100_000)),
            opt("zipBytes", Shape::Int(100_000_000)),
            opt("documents", Shape::Int(10_000)),
            opt("customers", Shape::Int(10_000)),
        ]),
    ),
]);

/// The most items in an array (a few usually).
const MAX_ITEMS: usize = 40;

/// A value of `shape` made from `u`; once in a while a wrong one.
pub fn value(u: &mut Unstructured, shape: &Shape, names: &Names) -> Value {
    if u.ratio(1, 256).unwrap_or(false) {
        return wrong(u);
    }
    match shape {
        Shape::Object(fields) => Value::Object(object(u, fields, names)),
        Shape::Tagged(tag, name, fields) => {
            let mut map = Map::new();
            map.insert((*tag).to_owned(), json!(name));
            map.extend(object(u, fields, names));
            Value::Object(map)
        }
        Shape::Map(key, item) => {
            let n = u.int_in_range(0..=6).unwrap_or(0);
            let mut map = Map::new();
            for _ in 0..n {
                let k = match value(u, key, names) {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                map.insert(k, value(u, item, names));
            }
            Value::Object(map)
        }
        Shape::Array(item) => {
            let most = if u.ratio(1, 16).unwrap_or(false) { MAX_ITEMS } else { 6 };
            let n = u.int_in_range(0..=most).unwrap_or(0);
            Value::Array((0..n).map(|_| value(u, item, names)).collect())
        }
        Shape::OneOf(shapes) => {
            let i = u.choose_index(shapes.len()).unwrap_or(0);
            value(u, &shapes[i], names)
        }
        Shape::Word(words) => json!(u.choose(words).copied().unwrap_or("")),
        Shape::Date => json!(date(u)),
        Shape::Int(max) => int(u, *max),
        Shape::Decimal => json!(decimal(u)),
        Shape::Rate => json!(rate(u)),
        Shape::Text => json!(text(u)),
        Shape::Bool => json!(u.arbitrary::<bool>().unwrap_or(false)),
        Shape::Customer => json!(pick(u, &names.customers)),
        Shape::Document => json!(pick(u, &names.documents)),
    }
}

fn object(u: &mut Unstructured, fields: &[Field], names: &Names) -> Map<String, Value> {
    let mut map = Map::new();
    for Field(name, shape, required) in fields {
        let present =
            if *required { !u.ratio(1, 32).unwrap_or(false) } else { u.ratio(1, 2).unwrap_or(false) };
        if present {
            map.insert((*name).to_owned(), value(u, shape, names));
        }
    }
    if u.ratio(1, 256).unwrap_or(false) {
        map.insert("unknownField".to_owned(), json!(1));
    }
    map
}

/// A value of another type than expected.
fn wrong(u: &mut Unstructured) -> Value {
    match u.int_in_range(0..=5).unwrap_or(0) {
        0 => Value::Null,
        1 => json!(-1),
        2 => json!(1.5e300),
        3 => json!("not this"),
        4 => json!([]),
        _ => json!({}),
    }
}

fn pick(u: &mut Unstructured, from: &[String]) -> String {
    if from.is_empty() || u.ratio(1, 8).unwrap_or(false) {
        return text(u);
    }
    u.choose(from).cloned().unwrap_or_default()
}

fn date(u: &mut Unstructured) -> String {
    let pivot = chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap_or_default();
    match u.int_in_range(0..=15).unwrap_or(0) {
        0 => u
            .choose(&["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01"])
            .map(|s| (*s).to_owned())
            .unwrap_or_default(),
        1 => u
            .choose(&["2024-02-30", "", "31/12/2024", "2024-1-1", "20240101", "+10000-01-01"])
            .map(|s| (*s).to_owned())
            .unwrap_or_default(),
        _ => {
            let days = i64::from(u.int_in_range(-1500i32..=1500).unwrap_or(0));
            (pivot + chrono::Duration::days(days)).to_string()
        }
    }
}

fn int(u: &mut Unstructured, max: u64) -> Value {
    match u.int_in_range(0..=23).unwrap_or(0) {
        0 => json!(u32::MAX),
        1 => json!(u64::MAX),
        2 => json!(-1),
        3 => json!(0),
        _ => json!(u.int_in_range(0..=max).unwrap_or(0)),
    }
}

fn decimal(u: &mut Unstructured) -> String {
    match u.int_in_range(0..=19).unwrap_or(0) {
        0 => u
            .choose(&[
                "79228162514264337593543950335",
                "-79228162514264337593543950335",
                "1000000000000000",
                "0.0000000000000000000000000001",
                "-0.00",
                "1e5",
                "abc",
                "",
                "1,5",
                " 12 ",
            ])
            .map(|s| (*s).to_owned())
            .unwrap_or_default(),
        _ => {
            let mantissa = i64::from(u.int_in_range(-2_000_000i32..=20_000_000).unwrap_or(0));
            // Mostly cents, as amounts are; sometimes more digits than a currency has.
            let scale = if u.ratio(3, 4).unwrap_or(true) { 2 } else { u.int_in_range(0..=6).unwrap_or(2) };
            rust_decimal::Decimal::new(mantissa, scale).to_string()
        }
    }
}

fn rate(u: &mut Unstructured) -> String {
    if u.ratio(1, 8).unwrap_or(false) {
        return decimal(u);
    }
    let basis_points = i64::from(u.int_in_range(0..=10_000u32).unwrap_or(0));
    rust_decimal::Decimal::new(basis_points, 4).to_string()
}

/// Words, placeholders (known and unknown) and arbitrary characters.
fn text(u: &mut Unstructured) -> String {
    const WORDS: &[&str] = &[
        "{customer}",
        "{invoices}",
        "{total}",
        "{as_of}",
        "{deadline}",
        "{plan}",
        "{disputed}",
        "{earlier}",
        "{next_party}",
        "{company}",
        "{contact}",
        "{payment_details}",
        "{nope}",
        "{",
        "}",
        "{{",
        "Dear",
        "\n",
        " ",
        "=SUM(A1)",
        "Zürich",
        "",
    ];
    let n = u.int_in_range(0..=6).unwrap_or(0);
    let mut out = String::new();
    for _ in 0..n {
        if u.ratio(1, 3).unwrap_or(false) {
            let len = u.int_in_range(0..=12).unwrap_or(0);
            let bytes = u.bytes(len).unwrap_or(&[]);
            out.push_str(&String::from_utf8_lossy(bytes));
        } else {
            out.push_str(u.choose(WORDS).copied().unwrap_or(""));
        }
    }
    out
}
