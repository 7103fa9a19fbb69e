//! A deterministic generator of realistic receivables ledgers, for the app's
//! sample, the tests and the benchmarks.
//!
//! The same [`SampleOptions`] always give the same ledger, byte for byte: the
//! generator uses its own seeded PCG random number generator, never OS entropy
//! and never the clock. Customers have distinct payment behaviour (prompt, slow,
//! chronic, defaulting), terms of net 30/45/60, sizes spread over two orders of
//! magnitude and one of three currencies; some invoices are paid in parts, some
//! are reduced by credit notes, and some credit notes stand unapplied. Nothing is
//! dated after the reference date, so the ledger is what a system would export
//! on that day.

use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// How big a ledger to generate, from which seed, at which date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleOptions {
    /// The random seed; the same seed gives the same ledger.
    pub seed: u64,
    /// Number of invoices (credit notes and payments come on top).
    pub invoices: usize,
    /// The export date: the last date anything happens.
    pub reference_date: NaiveDate,
}

/// The reference date of the bundled sample: 2026-06-30.
pub const SAMPLE_REFERENCE_DATE: NaiveDate = NaiveDate::from_ymd_opt(2026, 6, 30).expect("valid date");

impl Default for SampleOptions {
    fn default() -> Self {
        SampleOptions { seed: 2026, invoices: 1_000, reference_date: SAMPLE_REFERENCE_DATE }
    }
}

/// How a customer pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Behaviour {
    /// Pays around the due date, sometimes early.
    Prompt,
    /// Pays one to five weeks late.
    Slow,
    /// Pays one to four months late, often in parts.
    Chronic,
    /// Leaves many invoices unpaid for good.
    Defaulter,
}

impl Behaviour {
    /// Range of days after the due date that payment arrives.
    fn delay_days(self) -> (i64, i64) {
        match self {
            Behaviour::Prompt => (-10, 5),
            Behaviour::Slow => (5, 35),
            Behaviour::Chronic => (30, 120),
            Behaviour::Defaulter => (60, 200),
        }
    }

    /// Probability that an invoice is paid in two parts.
    fn partial_probability(self) -> f64 {
        match self {
            Behaviour::Prompt => 0.02,
            Behaviour::Slow => 0.10,
            Behaviour::Chronic => 0.25,
            Behaviour::Defaulter => 0.30,
        }
    }

    /// Probability that an invoice is never paid.
    fn default_probability(self) -> f64 {
        match self {
            Behaviour::Defaulter => 0.40,
            Behaviour::Chronic => 0.03,
            _ => 0.0,
        }
    }
}

/// A generated customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleCustomer {
    /// Account code, zero-padded (`C00042`).
    pub id: String,
    /// Company name.
    pub name: String,
    /// ISO currency the customer is invoiced in.
    pub currency: &'static str,
    /// Payment terms in days (30, 45 or 60).
    pub terms_days: u32,
    /// How it pays.
    pub behaviour: Behaviour,
}

/// What a ledger event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// An invoice (positive amount).
    Invoice,
    /// A payment received (positive amount, reduces the invoice it applies to).
    Payment,
    /// A credit note (positive amount, reduces the invoice it applies to, if any).
    CreditNote,
}

impl EventKind {
    /// The word used in the `Type` column of the transactions layout.
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Invoice => "Invoice",
            EventKind::Payment => "Payment",
            EventKind::CreditNote => "Credit Note",
        }
    }
}

/// One dated event of the generated ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleEvent {
    /// Invoice, payment or credit note.
    pub kind: EventKind,
    /// Document number (`INV-000001`, `PAY-000001`, `CN-000001`).
    pub document: String,
    /// Index into [`SampleLedger::customers`].
    pub customer: usize,
    /// The event's date.
    pub date: NaiveDate,
    /// Due date, for invoices.
    pub due_date: Option<NaiveDate>,
    /// Always positive; the kind says which way it goes.
    pub amount: Decimal,
    /// The invoice a payment or credit note is applied to; `None` for unapplied credits.
    pub applies_to: Option<String>,
}

/// A generated ledger: customers and their events in date order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleLedger {
    /// The export date.
    pub reference_date: NaiveDate,
    /// The customers.
    pub customers: Vec<SampleCustomer>,
    /// Invoices, payments and credit notes, sorted by date then document number.
    pub events: Vec<SampleEvent>,
}

/// One open item at the reference date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleOpenItem<'a> {
    /// The invoice or credit-note event.
    pub event: &'a SampleEvent,
    /// Open balance: invoice amount less what was applied to it; minus the amount
    /// for an unapplied credit note.
    pub open: Decimal,
}

const NAME_STEMS: [&str; 24] = [
    "Acme", "Birch", "Cedar", "Dubois", "Eiche", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel",
    "Linden", "Maple", "Nordic", "Orchid", "Pioneer", "Quarry", "Riviera", "Summit", "Tundra", "Union",
    "Vortex", "Willow", "Zenith",
];
const NAME_TRADES: [&str; 8] =
    ["Foods", "Logistics", "Textiles", "Systems", "Builders", "Pharma", "Retail", "Media"];
const NAME_FORMS: [&str; 6] = ["Ltd", "GmbH", "SA", "Inc", "LLC", "BV"];

/// Generates a ledger (see the module docs).
pub fn generate(options: &SampleOptions) -> SampleLedger {
    let mut rng = Pcg64Mcg::seed_from_u64(options.seed);
    let customer_count = (options.invoices / 25).clamp(8, 40_000);
    let customers: Vec<SampleCustomer> = (0..customer_count).map(|i| customer(&mut rng, i)).collect();
    // Customer weights spread sizes over two orders of magnitude (a few big accounts).
    let weights: Vec<f64> = (0..customer_count).map(|_| 10f64.powf(rng.random_range(0.0..2.0))).collect();
    let base_cents: Vec<i64> =
        (0..customer_count).map(|_| (10f64.powf(rng.random_range(4.0..6.5))) as i64).collect();
    let picker = WeightedPicker::new(&weights);

    let reference = options.reference_date;
    let mut events = Vec::with_capacity(options.invoices * 2);
    let (mut payments, mut credits) = (0usize, 0usize);
    for n in 1..=options.invoices {
        let c = picker.pick(rng.random_range(0.0..1.0));
        let cust = &customers[c];
        let date = reference - Days::new(rng.random_range(0..365));
        let due = date + Days::new(u64::from(cust.terms_days));
        let cents = (base_cents[c] as f64 * rng.random_range(0.5..1.5)) as i64 + 1;
        let invoice_id = format!("INV-{n:06}");
        events.push(SampleEvent {
            kind: EventKind::Invoice,
            document: invoice_id.clone(),
            customer: c,
            date,
            due_date: Some(due),
            amount: Decimal::new(cents, 2),
            applies_to: None,
        });
        let mut remaining = cents;
        if rng.random_bool(0.03) {
            credits += 1;
            let credit_cents = (cents as f64 * rng.random_range(0.05..1.0)) as i64 + 1;
            let applied = rng.random_bool(0.8);
            let credit_date = date + Days::new(rng.random_range(3..30));
            if credit_date <= reference {
                if applied {
                    remaining -= credit_cents.min(remaining);
                }
                events.push(SampleEvent {
                    kind: EventKind::CreditNote,
                    document: format!("CN-{credits:06}"),
                    customer: c,
                    date: credit_date,
                    due_date: None,
                    amount: Decimal::new(if applied { credit_cents.min(cents) } else { credit_cents }, 2),
                    applies_to: applied.then(|| invoice_id.clone()),
                });
            }
        }
        if remaining == 0 || rng.random_bool(cust.behaviour.default_probability()) {
            continue;
        }
        let (lo, hi) = cust.behaviour.delay_days();
        let pay_date = add_days(due, rng.random_range(lo..=hi)).max(date + Days::new(1));
        let mut parts = vec![(pay_date, remaining)];
        if rng.random_bool(cust.behaviour.partial_probability()) {
            let first = (remaining as f64 * rng.random_range(0.3..0.7)) as i64;
            let first_date = date + Days::new(((pay_date - date).num_days() / 2).max(1) as u64);
            parts = vec![(first_date, first), (pay_date, remaining - first)];
        }
        for (when, amount) in parts {
            if when <= reference && amount > 0 {
                payments += 1;
                events.push(SampleEvent {
                    kind: EventKind::Payment,
                    document: format!("PAY-{payments:06}"),
                    customer: c,
                    date: when,
                    due_date: None,
                    amount: Decimal::new(amount, 2),
                    applies_to: Some(invoice_id.clone()),
                });
            }
        }
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.document.cmp(&b.document)));
    SampleLedger { reference_date: reference, customers, events }
}

fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 { date + Days::new(days as u64) } else { date - Days::new(days.unsigned_abs()) }
}

fn customer(rng: &mut Pcg64Mcg, index: usize) -> SampleCustomer {
    let stem = NAME_STEMS[index % NAME_STEMS.len()];
    let trade = NAME_TRADES[(index / NAME_STEMS.len()) % NAME_TRADES.len()];
    let form = NAME_FORMS[rng.random_range(0..NAME_FORMS.len())];
    let round = index / (NAME_STEMS.len() * NAME_TRADES.len());
    let name =
        if round == 0 { format!("{stem} {trade} {form}") } else { format!("{stem} {trade} {round} {form}") };
    let currency = match rng.random_range(0..10) {
        0..=6 => "USD",
        7 | 8 => "EUR",
        _ => "GBP",
    };
    let behaviour = match rng.random_range(0..20) {
        0..=9 => Behaviour::Prompt,
        10..=14 => Behaviour::Slow,
        15..=17 => Behaviour::Chronic,
        _ => Behaviour::Defaulter,
    };
    SampleCustomer {
        id: format!("C{:05}", index + 1),
        name,
        currency,
        terms_days: [30, 45, 60][rng.random_range(0..3)],
        behaviour,
    }
}

/// Picks an index with probability proportional to its weight, by binary search
/// over the cumulative weights.
struct WeightedPicker {
    cumulative: Vec<f64>,
}

impl WeightedPicker {
    fn new(weights: &[f64]) -> Self {
        let total: f64 = weights.iter().sum();
        let mut acc = 0.0;
        let cumulative = weights
            .iter()
            .map(|w| {
                acc += w / total;
                acc
            })
            .collect();
        WeightedPicker { cumulative }
    }

    /// The index for a uniform draw `u` in [0, 1).
    fn pick(&self, u: f64) -> usize {
        self.cumulative.partition_point(|&c| c <= u).min(self.cumulative.len() - 1)
    }
}

/// Header of the open-items layout (QuickBooks-like).
pub const OPEN_ITEMS_HEADER: [&str; 8] =
    ["Invoice", "Customer ID", "Customer", "Invoice date", "Due date", "Amount", "Open balance", "Currency"];
/// Header of the transactions layout.
pub const TRANSACTIONS_HEADER: [&str; 9] =
    ["Type", "Document", "Customer ID", "Customer", "Date", "Due date", "Amount", "Currency", "Applies to"];

impl SampleLedger {
    /// The open items at the reference date: invoices with what remains after the
    /// payments and credits applied to them, and unapplied credit notes as
    /// negative items. Fully settled invoices are left out.
    pub fn open_items(&self) -> Vec<SampleOpenItem<'_>> {
        let mut applied: HashMap<&str, Decimal> = HashMap::new();
        for e in &self.events {
            if let Some(target) = &e.applies_to {
                *applied.entry(target.as_str()).or_default() += e.amount;
            }
        }
        self.events
            .iter()
            .filter_map(|e| {
                let open = match (e.kind, &e.applies_to) {
                    (EventKind::Invoice, _) => {
                        e.amount - applied.get(e.document.as_str()).copied().unwrap_or_default()
                    }
                    (EventKind::CreditNote, None) => -e.amount,
                    _ => return None,
                };
                (!open.is_zero()).then_some(SampleOpenItem { event: e, open })
            })
            .collect()
    }

    /// The open items as table rows under [`OPEN_ITEMS_HEADER`].
    pub fn open_items_rows(&self) -> Vec<Vec<SampleCell<'_>>> {
        self.open_items()
            .into_iter()
            .map(|item| {
                let e = item.event;
                let cust = &self.customers[e.customer];
                let sign = if e.kind == EventKind::CreditNote { -e.amount } else { e.amount };
                vec![
                    SampleCell::Text(&e.document),
                    SampleCell::Text(&cust.id),
                    SampleCell::Text(&cust.name),
                    SampleCell::Date(e.date),
                    SampleCell::Date(e.due_date.unwrap_or(e.date)),
                    SampleCell::Amount(sign),
                    SampleCell::Amount(item.open),
                    SampleCell::Text(cust.currency),
                ]
            })
            .collect()
    }

    /// Every event as table rows under [`TRANSACTIONS_HEADER`], in date order.
    pub fn transactions_rows(&self) -> Vec<Vec<SampleCell<'_>>> {
        self.events
            .iter()
            .map(|e| {
                let cust = &self.customers[e.customer];
                vec![
                    SampleCell::Text(e.kind.label()),
                    SampleCell::Text(&e.document),
                    SampleCell::Text(&cust.id),
                    SampleCell::Text(&cust.name),
                    SampleCell::Date(e.date),
                    e.due_date.map_or(SampleCell::Text(""), SampleCell::Date),
                    SampleCell::Amount(e.amount),
                    SampleCell::Text(cust.currency),
                    SampleCell::Text(e.applies_to.as_deref().unwrap_or("")),
                ]
            })
            .collect()
    }

    /// The open items as CSV, dates ISO, amounts plain.
    pub fn open_items_csv(&self) -> Vec<u8> {
        to_csv(&OPEN_ITEMS_HEADER, &self.open_items_rows())
    }

    /// Every event as CSV, in date order.
    pub fn transactions_csv(&self) -> Vec<u8> {
        to_csv(&TRANSACTIONS_HEADER, &self.transactions_rows())
    }

    /// The open items as an XLSX workbook (sheet "Open items").
    pub fn open_items_xlsx(&self) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        to_xlsx("Open items", &OPEN_ITEMS_HEADER, &self.open_items_rows())
    }

    /// Every event as an XLSX workbook (sheet "Transactions").
    pub fn transactions_xlsx(&self) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        to_xlsx("Transactions", &TRANSACTIONS_HEADER, &self.transactions_rows())
    }
}

/// One cell of a generated table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleCell<'a> {
    /// Text.
    Text(&'a str),
    /// A date (ISO in CSV, a date cell in XLSX).
    Date(NaiveDate),
    /// An amount (plain decimal in CSV, a number cell in XLSX).
    Amount(Decimal),
}

fn to_csv(header: &[&str], rows: &[Vec<SampleCell<'_>>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).expect("writing to memory");
    for row in rows {
        w.write_record(row.iter().map(|c| match c {
            SampleCell::Text(t) => (*t).to_owned(),
            SampleCell::Date(d) => d.to_string(),
            SampleCell::Amount(a) => a.to_string(),
        }))
        .expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// Writes rows as an XLSX sheet with real date and number cells.
///
/// Excel stores numbers as binary floating point, so amounts are converted to
/// `f64` here, at the output boundary only; two-decimal amounts below 2^53 cents
/// read back exactly through Excel's 15 significant digits. With the `xlsx`
/// feature (native tools) the sheet is written a row at a time through a
/// temporary file; without it (WebAssembly, which has no files) in memory.
fn to_xlsx(
    sheet_name: &str,
    header: &[&str],
    rows: &[Vec<SampleCell<'_>>],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_decimal::prelude::ToPrimitive;
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let money_format = Format::new().set_num_format("#,##0.00");
    #[cfg(feature = "xlsx")]
    let sheet = book.add_worksheet_with_constant_memory()?;
    #[cfg(not(feature = "xlsx"))]
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name)?;
    for (col, h) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, *h)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        for (col, cell) in row.iter().enumerate() {
            let col = col as u16;
            match cell {
                SampleCell::Text("") => {}
                SampleCell::Text(t) => {
                    sheet.write_string(r, col, *t)?;
                }
                SampleCell::Date(d) => {
                    sheet.write_datetime_with_format(
                        r,
                        col,
                        ExcelDateTime::parse_from_str(&d.to_string())?,
                        &date_format,
                    )?;
                }
                SampleCell::Amount(a) => {
                    sheet.write_number_with_format(r, col, a.to_f64().unwrap_or(f64::NAN), &money_format)?;
                }
            }
        }
    }
    book.save_to_buffer()
}
