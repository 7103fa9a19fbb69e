//! Reading the cells of a mapped table: each field's value in a row, typed
//! with the column's date order and decimal mark, with located reasons for
//! what cannot be read.

use super::columns::{AmountUnit, Field};
use super::grid::{CellRef, Row};
use super::layout::Header;
use super::values::{
    Calendar, DateError, DateOrder, DecimalMark, Side, excel_serial_date, id_from_number, id_text, iso_date,
    parse_amount, parse_currency, parse_side, read_date,
};
use super::vocabulary::status::{Flag, Status, status};
use super::{ImportOptions, SkipKind, SkippedRow};
use crate::error::{Position, quoted};
use crate::ledger::{Customer, CustomerIndex, EntryKind};
use crate::money::from_excel_number;
use crate::text::same as same_text;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::sync::Arc;

/// How many data rows the confidence of each column is judged on.
pub(crate) const CONFIDENCE_SAMPLE: usize = 10_000;

/// Dates before this year are warned about as implausibly old.
pub(super) const OLDEST_PLAUSIBLE_YEAR: i32 = 1980;

/// The values of one data row, read but not yet given a shape.
pub(super) struct RowValues {
    pub(super) id: compact_str::CompactString,
    pub(super) kind: Option<EntryKind>,
    pub(super) customer: CustomerIndex,
    pub(super) date: NaiveDate,
    pub(super) due: Option<NaiveDate>,
    /// Amount, open balance, amount paid, credit amount, debit and credit.
    pub(super) amounts: Amounts,
    pub(super) paid_date: Option<NaiveDate>,
    pub(super) currency: Arc<str>,
    pub(super) applies_to: Option<compact_str::CompactString>,
    pub(super) disputed: bool,
    /// An account's opening balance (see [`Entry::opening`](crate::Entry::opening)):
    /// by its type (`Opening Balance`), or set by the rows' reader after the row is read.
    pub(super) opening: bool,
    /// The row number (the file and sheet are the import's).
    pub(super) row: u64,
}

impl RowValues {
    /// The row's value in amount `field` (one of [`AMOUNT_FIELDS`]), if present.
    pub(super) fn value(&self, field: Field) -> Option<Decimal> {
        let index = AMOUNT_FIELDS.iter().position(|f| *f == field)?;
        self.amounts.get(index)
    }
}

/// The amount fields a debit/credit indicator signs ([`Field::DebitCredit`]);
/// separate debit and credit columns, and what was paid or credited against an
/// invoice, carry their side in their column.
const SIDED: [Field; 2] = [Field::Amount, Field::OpenBalance];

/// The fields a row's [`Amounts`] hold, in the order they keep them.
pub(super) const AMOUNT_FIELDS: [Field; 6] = Field::MONEY;

/// A row's values in the six [`AMOUNT_FIELDS`], each when its column is mapped
/// and its cell filled: the first two present kept
/// inline, any more on the heap. Most rows have one or two, so a row's amounts
/// take 40 bytes in WebAssembly where six `Option<Decimal>` took 120.
#[derive(Debug, Clone, Default)]
pub(super) struct Amounts {
    /// Which of the six are present, one bit each (bit 0: the amount).
    present: u8,
    /// The first two present, in the order of the six.
    first: [Decimal; 2],
    /// The third to sixth present.
    more: Option<Box<[Decimal; 4]>>,
}

impl Amounts {
    /// The amounts of `values`, in the order of [`AMOUNT_FIELDS`].
    pub(super) fn new(values: [Option<Decimal>; 6]) -> Self {
        let mut amounts = Amounts::default();
        let mut slot = 0usize;
        for (bit, value) in values.into_iter().enumerate() {
            let Some(value) = value else { continue };
            amounts.present |= 1 << bit;
            let place = match amounts.first.get_mut(slot) {
                Some(place) => place,
                None => {
                    let more = amounts.more.get_or_insert_with(Default::default);
                    match more.get_mut(slot.saturating_sub(2)) {
                        Some(place) => place,
                        None => continue,
                    }
                }
            };
            *place = value;
            slot = slot.saturating_add(1);
        }
        amounts
    }

    /// The one at `index` of the six, if present.
    fn get(&self, index: usize) -> Option<Decimal> {
        let bit = 1u8.checked_shl(u32::try_from(index).ok()?)?;
        if self.present & bit == 0 {
            return None;
        }
        // Its place: how many present before it.
        let slot = (self.present & bit.wrapping_sub(1)).count_ones() as usize;
        match self.first.get(slot) {
            Some(value) => Some(*value),
            None => self.more.as_ref()?.get(slot.saturating_sub(2)).copied(),
        }
    }
}

/// The document kind a type-column text names, if it names one, in any language of
/// the header tables: invoices (also SAP `RV`/`DR`, Sage `SI`), credit notes (SAP
/// `DG`, Sage `SC`), payments (SAP `DZ`, Sage `SR`/`PA`, ERPNext "Payment Entry");
/// see [`super::vocabulary::kinds`].
pub fn entry_kind(text: &str) -> Option<EntryKind> {
    super::vocabulary::kinds::kind(text)
}

/// One shared `Arc<str>` per distinct customer id, name and currency code, and
/// the customers met, each once: entries name a customer by its place in the
/// list ([`CustomerIndex`]) and share their currency's text.
#[derive(Default)]
pub(super) struct Interner {
    texts: std::cell::RefCell<hashbrown::HashTable<Arc<str>>>,
    /// The customers made, in the order met.
    list: std::cell::RefCell<Vec<Customer>>,
    /// The customer last made for each id text (its place in `list`): a row's id
    /// and name are looked up together, one lookup where there were two.
    customers: std::cell::RefCell<hashbrown::HashTable<u32>>,
}

impl Interner {
    /// The one shared copy of `text`.
    pub(super) fn get(&self, text: &str) -> Arc<str> {
        let mut set = self.texts.borrow_mut();
        let hash = crate::text::hash(text);
        if let Some(shared) = set.find(hash, |s| same_text(s, text)) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(text);
        set.insert_unique(hash, shared.clone(), |s| crate::text::hash(s));
        shared
    }

    /// A customer from an id and/or a name, each standing in for the other.
    /// `None` for neither, or past 2^32 customers.
    pub(super) fn customer(&self, id: Option<&str>, name: Option<&str>) -> Option<CustomerIndex> {
        let key = id.or(name)?;
        let name = name.unwrap_or(key);
        let hash = crate::text::hash(key);
        {
            let list = self.list.borrow();
            let at = |i: &u32| list.get(*i as usize);
            let found =
                self.customers.borrow().find(hash, |i| at(i).is_some_and(|c| same_text(&c.id, key))).copied();
            if let Some(i) = found.filter(|i| at(i).is_some_and(|c| same_text(&c.name, name))) {
                return Some(CustomerIndex(i));
            }
        }
        let id = self.get(key);
        let customer = Customer { name: if same_text(&id, name) { id.clone() } else { self.get(name) }, id };
        let mut list = self.list.borrow_mut();
        let index = u32::try_from(list.len()).ok()?;
        list.push(customer);
        let id_of = |i: &u32| list.get(*i as usize).map_or("", |c| &*c.id);
        let mut customers = self.customers.borrow_mut();
        match customers.entry(hash, |i| same_text(id_of(i), key), |i| crate::text::hash(id_of(i))) {
            hashbrown::hash_table::Entry::Occupied(mut e) => *e.get_mut() = index,
            hashbrown::hash_table::Entry::Vacant(e) => {
                e.insert(index);
            }
        }
        Some(CustomerIndex(index))
    }

    /// The customer at `index`, as made by [`Interner::customer`].
    pub(super) fn customer_at(&self, index: CustomerIndex) -> Option<Customer> {
        self.list.borrow().get(index.0 as usize).cloned()
    }

    /// The address of the customer's id text: one per distinct id (the interner
    /// shares it), so customers named two ways under one id count as one account.
    pub(super) fn id_key(&self, index: CustomerIndex) -> usize {
        self.list.borrow().get(index.0 as usize).map_or(0, |c| Arc::as_ptr(&c.id) as *const u8 as usize)
    }

    /// The customers made, by [`CustomerIndex`], leaving none.
    pub(super) fn take_customers(&self) -> Vec<Customer> {
        std::mem::take(&mut *self.list.borrow_mut())
    }
}

/// Where a row is: its file and number, made into a [`Position`] only when a
/// reason needs one (a position per row read cost an allocation of the file's
/// name for every row of a file).
#[derive(Clone, Copy)]
pub(super) struct RowAt<'a> {
    pub(super) file: &'a Position,
    pub(super) row: u64,
}

impl RowAt<'_> {
    /// The row's position.
    pub(super) fn position(self) -> Position {
        self.file.at_row(self.row)
    }
}

/// A skipped row at `at`, with its reason.
pub(super) fn skipped(at: Position, reason: impl Into<String>) -> Box<SkippedRow> {
    Box::new(SkippedRow { position: at, reason: reason.into(), kind: SkipKind::Unreadable })
}

/// A row excluded by rule at `at`, with its reason.
pub(super) fn left_out(at: Position, reason: impl Into<String>) -> Box<SkippedRow> {
    Box::new(SkippedRow { position: at, reason: reason.into(), kind: SkipKind::Excluded })
}

/// Remembers what each type-column text means (a file has only a few of them),
/// with how many rows wrote it and the first of them.
#[derive(Default)]
pub(super) struct KindCache(std::cell::RefCell<Vec<TypeText>>);

/// A type-column text met, with the kind it names (if any), how many rows wrote
/// it and the first of them.
struct TypeText {
    text: String,
    kind: Option<EntryKind>,
    /// Whether the text names an opening balance (`Opening Balance`: read by
    /// its amount's sign, as a balance carried forward).
    opening: bool,
    rows: usize,
    first: u64,
}

impl KindCache {
    /// The kind `cell` names, if it names one; counts the text for row `row`
    /// when `counted` (rows read as documents, not looked at for other reasons).
    pub(super) fn kind(&self, cell: CellRef<'_>, row: u64, counted: bool) -> Option<EntryKind> {
        self.read(cell, row, counted).0
    }

    /// [`kind`](Self::kind), with whether the text names an opening balance.
    fn read(&self, cell: CellRef<'_>, row: u64, counted: bool) -> (Option<EntryKind>, bool) {
        let Some(text) = cell.as_text() else { return (None, false) };
        let mut seen = self.0.borrow_mut();
        let at = match seen.iter().position(|t| same_text(&t.text, text)) {
            Some(at) => at,
            None => {
                seen.push(TypeText {
                    text: text.to_owned(),
                    kind: entry_kind(text),
                    opening: super::layout::is_opening_balance(text),
                    rows: 0,
                    first: row,
                });
                seen.len().saturating_sub(1)
            }
        };
        let Some(found) = seen.get_mut(at) else { return (None, false) };
        if counted {
            if found.rows == 0 {
                found.first = row;
            }
            found.rows = found.rows.saturating_add(1);
        }
        (found.kind, found.opening)
    }

    /// The counted type texts that name no kind, with their row counts and
    /// first rows, in the order met (not an opening balance's: said as one).
    fn unknown(&self) -> Vec<(String, usize, u64)> {
        self.0
            .borrow()
            .iter()
            .filter(|t| t.kind.is_none() && !t.opening && t.rows > 0)
            .map(|t| (t.text.clone(), t.rows, t.first))
            .collect()
    }

    /// The first type text met that names an opening balance.
    pub(super) fn opening_text(&self) -> Option<String> {
        self.0.borrow().iter().find(|t| t.opening && t.rows > 0).map(|t| t.text.clone())
    }
}

/// The account of rows in a file with no customer column.
pub(crate) const NO_CUSTOMER: &str = "(no customer)";

/// What a date cell holds.
enum Dated {
    /// A date.
    Date(NaiveDate),
    /// Nothing.
    Empty,
    /// A marker meaning "no date" (see [`is_empty_date`]).
    Marker,
    /// A date written as the text of an Excel serial number ([`serial_text`]).
    Serial(NaiveDate),
    /// A date written as a Unix time ([`unix_date`]): its day in UTC.
    Unix(NaiveDate),
    /// A date written in another calendar ([`read_date`]), as its Gregorian date.
    Converted(NaiveDate, Calendar),
}

/// The serial number a date text is when it is five digits and nothing else:
/// what a date column formatted as General gives when a workbook is saved as
/// text (45301 is 2024-01-10; five digits span 1927-05-18 to 2173-10-14). No
/// date form this reader knows is five bare digits, so none is taken from another.
fn serial_text(text: &str) -> Option<f64> {
    let t = text.trim();
    let five_digits = t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) && !t.starts_with('0');
    t.parse::<u32>().ok().filter(|_| five_digits).map(f64::from)
}

/// The first and last Unix times read as dates, in seconds: 2000-01-01 and
/// 2100-01-01 (00:00 UTC). Ten digits, as a column of numbers in a date column's
/// place holds no other way: a serial number ends at seven, YYYYMMDD is eight.
const UNIX_SECONDS: std::ops::Range<i64> = 946_684_800..4_102_444_800;

/// [`unix_date`] of a number cell (a sheet's column of Unix times): a whole
/// number of seconds or milliseconds in [`UNIX_SECONDS`].
fn unix_number(n: f64) -> Option<NaiveDate> {
    // Whole numbers below 2^53 print exactly; anything else is no Unix time.
    (n.fract() == 0.0 && n > 0.0 && n < 9.0e15).then(|| unix_date(&format!("{n:.0}"))).flatten()
}

/// The day in UTC of a Unix time in a date column, as databases and web
/// applications export them: seconds since 1970-01-01 00:00 UTC in ten digits
/// (`1777593600`), milliseconds in thirteen (`1777593600000`), or .NET's JSON
/// form (`/Date(1777593600000)/`, `/Date(1777593600000+0200)/`), within
/// [`UNIX_SECONDS`].
fn unix_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let (digits, millis) = match t.strip_prefix("/Date(").and_then(|r| r.strip_suffix(")/")) {
        // The offset after the milliseconds says the writer's zone; the time is UTC.
        Some(inner) => (inner.split(['+', '-']).next().unwrap_or(inner), true),
        None => (t, t.len() == 13),
    };
    if !(digits.len() == 10 || digits.len() == 13) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if millis != (digits.len() == 13) {
        return None;
    }
    let value: i64 = digits.parse().ok()?;
    let seconds = if millis { value.checked_div(1000)? } else { value };
    UNIX_SECONDS
        .contains(&seconds)
        .then(|| chrono::DateTime::from_timestamp(seconds, 0))
        .flatten()
        .map(|t| t.date_naive())
}

/// Per date column: how many cells held numbers read as dates, and the first
/// one's row, text and date.
type NumericDates = std::cell::RefCell<std::collections::BTreeMap<usize, (usize, u64, String, NaiveDate)>>;

/// How many dates of another calendar a column held, with the first one's row,
/// text, Gregorian date and calendar.
pub(super) type CalendarSeen = (usize, u64, String, NaiveDate, Calendar);

/// Reads cells of one table with the column's date order and decimal mark.
pub(super) struct Reader<'a> {
    pub(super) header: &'a Header,
    pub(super) order: Option<DateOrder>,
    pub(super) mark: DecimalMark,
    pub(super) kinds: KindCache,
    pub(super) strings: Interner,
    /// Per date column: how many cells held an empty-date marker, the first
    /// one's row and text (one warning per column, not one per cell).
    pub(super) sentinels: std::cell::RefCell<std::collections::BTreeMap<usize, (usize, u64, String)>>,
    /// Per date column: how many text cells were Excel serial numbers, the first
    /// one's row, text and date.
    pub(super) serials: NumericDates,
    /// Per date column: how many cells were Unix times ([`unix_date`]), the
    /// first one's row, text and date.
    pub(super) unix_times: NumericDates,
    /// Per date column: how many text cells were dates of another calendar, the
    /// first one's row, text, date and calendar.
    pub(super) calendars: std::cell::RefCell<std::collections::BTreeMap<usize, CalendarSeen>>,
    /// Rows whose due date came from a rule, by rule, with the first row.
    pub(super) due_rules: std::cell::RefCell<std::collections::BTreeMap<DueRule, (usize, u64)>>,
    /// Status words not in the vocabulary: their rows (read as open), first row.
    pub(super) unknown_statuses: std::cell::RefCell<std::collections::BTreeMap<String, (usize, u64)>>,
    /// Rows left out by their status (cancelled, written off): per status and
    /// currency, how many, their total, and the first row.
    pub(super) excluded: std::cell::RefCell<Excluded>,
    /// The first e-mail address given for each customer (by customer id).
    pub(super) emails: std::cell::RefCell<std::collections::BTreeMap<Arc<str>, String>>,
    /// Symbols seen in amounts that name several currencies (`$`, `¥`).
    pub(super) ambiguous: std::cell::RefCell<std::collections::BTreeSet<&'static str>>,
    /// Rows in an unknown currency (the file and the options name none), and the first.
    pub(super) unknown_currency: std::cell::Cell<(usize, u64)>,
    /// No column names the customer (rows without a section heading go under
    /// one "(no customer)" account).
    pub(super) no_customer_column: bool,
    /// The currencies of the sheet's currency-typed cells (ODS) or number formats (xlsx), sorted.
    pub(super) typed_currencies: Vec<String>,
    /// The ISO codes seen in the currency column (a file has a few).
    currencies: std::cell::RefCell<Vec<Arc<str>>>,
    /// What yes/no in the status column flags, by its header: a dispute
    /// (`Disputed?`), payment (`Paid?`, a column of yes/no taken for the amount
    /// paid by its name), or nothing.
    flag: Flag,
    /// Whether a paid status settles a document: an open-items list whose
    /// amount is all it gives (no open balance; nothing paid, credited or dated
    /// paid, no document types or debit/credit columns, which make other shapes).
    paid_settles: bool,
    /// Documents a paid status settled, and the first one's row.
    settled_by_status: std::cell::Cell<(usize, u64)>,
    /// Owed documents whose cell in the open balance column is empty (taken as
    /// open in full: nothing recorded paid), and the first one's row.
    open_not_given: std::cell::Cell<(usize, u64)>,
    /// Each field's column: looked up a dozen times a row, where the mapping
    /// is a list to search.
    columns: super::columns::FieldColumns<'a>,
    /// The money columns whose headers name a unit (`amount_cents`, `TEUR`), or
    /// the title above them does (an aged summary's buckets then too).
    pub(super) units: Vec<(usize, AmountUnit)>,
    /// A column counting each row's days overdue at the report date the titles
    /// give, when no column gives the due date (see [`DueRule::DaysOverdue`]).
    pub(super) days_overdue: Option<(usize, NaiveDate)>,
    /// The open balance's columns when it is the sum of several (an aged
    /// detail's buckets); empty for one.
    pub(super) parts: Vec<usize>,
    /// The `defaultCurrency` option: the minor units of a row in cents whose
    /// cells and headers name no currency.
    pub(super) default_currency: Option<String>,
}

/// The ISO 4217 code for "no currency", used for amounts whose currency the file
/// does not say and the caller did not give: shown as such, never as USD.
pub(crate) const UNKNOWN_CURRENCY: &str = "XXX";

/// Rows left out by status, per status and currency: count, total, first row.
pub(super) type Excluded = std::collections::BTreeMap<(Status, Arc<str>), (usize, Decimal, u64)>;

/// Where a row's due date came from when the file gave none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum DueRule {
    /// Invoice date + the row's payment terms.
    TermsColumn,
    /// The report date less the row's days overdue (`Days Past Due`,
    /// `Verzugstage` beside `As of 30 June 2026`): the day the source system
    /// counted them from; fewer than 0 days, that many days after it. 0 days (not
    /// overdue, or due that day) reads as due on the report date.
    DaysOverdue,
    /// Invoice date + the `defaultTerms` option.
    DefaultTerms,
    /// The invoice date itself (no terms known).
    InvoiceDate,
}

/// Words of payment terms due at once (0 days), found anywhere in the text:
/// on receipt, in cash, on delivery, or in advance (lower case).
const PAY_AT_ONCE: [&str; 25] = [
    "receipt",
    "immediate",
    "contado",
    "vista",
    "sofort",
    "comptant",
    "imediato",
    "cash",
    "advance",
    "prepaid",
    "prepay",
    "pre-paid",
    "vorkasse",
    "vorauskasse",
    "nachnahme",
    "reembolso",
    "réception",
    "anticipado",
    "antecipado",
    "anticipato",
    "contrassegno",
    "rembours",
    "ontvangst",
    "vooruitbetaling",
    "przedpłata",
];

/// Short codes of payment terms due at once, read as whole words: cash on
/// delivery, cash in advance, cash with order, cash before delivery, payment in
/// advance.
const PAY_AT_ONCE_CODES: [&str; 5] = ["cod", "cia", "cwo", "cbd", "pia"];

/// The days of payment terms written as text: the number beside a word for
/// "net" (`Net 30`, `NET45`, `2/10 net 30`, `14 Tage 2% Skonto, 30 Tage netto`,
/// `net à 30 jours`), else the first whole number that is not a percentage (`30
/// días`, `30 days from receipt`), or, without a number, 0 for payment on
/// receipt (`Due on receipt`, `immediate`, `contado`, `à vista`, `sofort`), on
/// delivery (`COD`, `Nachnahme`, `contra reembolso`) or before it (`CIA`,
/// `prepaid`, `Vorkasse`, `in advance`).
///
/// ```text
/// "Net 30" → 30, "30 días" → 30, "NET45" → 45, "2/10 net 30" → 30, "Due on receipt" → 0,
/// "14 Tage 2% Skonto, 30 Tage netto" → 30, "COD" → 0, "Vorkasse" → 0
/// ```
pub(super) fn terms_days(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    // Words and numbers; a number written as a percentage is a discount's rate.
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '%'))
        .filter(|t| !t.is_empty() && !t.ends_with('%'))
        .collect();
    let number = |t: &str| -> Option<u32> {
        let digits: String =
            t.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let numeric = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    let is_net = |t: &str| {
        let word = t.trim_end_matches(|c: char| c.is_ascii_digit());
        matches!(word, "net" | "netto" | "neto" | "nett")
    };
    // The days after the net word (`net 30`, `NET30`, `net à 30`), else before it
    // (`30 Tage netto`, `30 days net`), a word apart at most.
    let net_days = tokens.iter().enumerate().filter(|(_, t)| is_net(t)).find_map(|(i, t)| {
        let after = || tokens.iter().skip(i.saturating_add(1)).take(2).copied().find(|t| numeric(t));
        let before = || tokens.get(i.saturating_sub(2)..i)?.iter().rev().copied().find(|t| numeric(t));
        number(t).or_else(|| after().and_then(number)).or_else(|| before().and_then(number))
    });
    let days = net_days.or_else(|| tokens.iter().copied().find(|t| numeric(t)).and_then(number));
    // Days written beside the words win (`30 days from receipt`); `C.O.D.` is
    // `c`, `o`, `d`: the letters of a short code joined.
    let at_once = || {
        let letters: String = tokens.iter().filter(|t| t.len() == 1).copied().collect();
        PAY_AT_ONCE.iter().any(|w| lower.contains(w))
            || tokens.iter().chain([&letters.as_str()]).any(|t| PAY_AT_ONCE_CODES.contains(t))
    };
    days.or_else(|| at_once().then_some(0)).filter(|d| *d <= 3_650)
}

/// How payment terms that end a month count (see [`terms_due`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MonthEnd {
    /// No month end: the invoice date plus the days.
    None,
    /// English `EOM` (`Net 30 EOM`, `EOM`): the days counted from the end of
    /// the invoice's month.
    ThenDays,
    /// `30 jours fin de mois`, `30 gg fine mese`, `30 días fin de mes`, `30 Tage
    /// Monatsende`: the end of the month the days reach.
    AfterDays,
}

/// The month end payment terms name, if any.
fn month_end(lower: &str) -> MonthEnd {
    let english = ["eom", "e.o.m", "end of month", "end of the month"];
    let others = [
        "fin de mois",
        "fdm",
        "fin de mes",
        "fine mese",
        "f.m.",
        "monatsende",
        "ende des monats",
        "ultimo",
        "final do mes",
        "final do mês",
    ];
    if english.iter().any(|w| lower.contains(w)) {
        MonthEnd::ThenDays
    } else if others.iter().any(|w| lower.contains(w)) {
        MonthEnd::AfterDays
    } else {
        MonthEnd::None
    }
}

/// Words naming the month after the invoice's, in terms that fix a day of it
/// (`15th of following month`, `10th prox`, `15. des Folgemonats`, `le 10 du mois
/// suivant`, `día 15 del mes siguiente`): each starts a word.
const FOLLOWING_MONTH: [&str; 20] = [
    "following month",
    "next month",
    "subsequent month",
    "prox",
    "folgemonat",
    "folgenden monat",
    "nächsten monat",
    "naechsten monat",
    "mois suivant",
    "mes siguiente",
    "mes seguinte",
    "mês seguinte",
    "mese successivo",
    "volgende maand",
    "następnego miesiąca",
    "kolejnego miesiąca",
    "följande månad",
    "næste måned",
    "neste måned",
    "следующего месяца",
];

/// The day of the following month terms fix: `Some(Some(day))` for the number
/// before the words for the following month (`Net 15th of following month`: 15;
/// `10th prox`: 10), `Some(None)` for its end (`end of the following month`),
/// `None` for terms of another kind — among them a number above 31 (`30 days
/// following month end` counts days).
fn following_month_day(lower: &str) -> Option<Option<u32>> {
    let at = FOLLOWING_MONTH.iter().find_map(|w| {
        lower.match_indices(w).map(|(i, _)| i).find(|&i| {
            let starts = !lower.get(..i).is_some_and(|b| b.ends_with(char::is_alphanumeric));
            let after = lower.get(i.saturating_add(w.len())..).unwrap_or_default();
            // `prox` alone or as `proximo`/`prox.`, not `proxy`.
            let ends = *w != "prox" || after.starts_with("imo") || !after.starts_with(char::is_alphabetic);
            starts && ends
        })
    })?;
    let before = lower.get(..at)?;
    let digits_end = before.rfind(|c: char| c.is_ascii_digit());
    match digits_end {
        Some(end) => {
            let head = before.get(..=end)?;
            let start = head.rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i.saturating_add(1));
            // A percentage is a discount's rate, not a day.
            let rest = before.get(end.saturating_add(1)..).unwrap_or_default();
            if rest.trim_start().starts_with('%') {
                return None;
            }
            let day: u32 = head.get(start..)?.parse().ok()?;
            (1..=31).contains(&day).then_some(Some(day))
        }
        None => before.contains("end").then_some(None),
    }
}

/// The last day of `date`'s month.
fn end_of_month(date: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let first = date.with_day(1)?;
    first.checked_add_months(chrono::Months::new(1))?.pred_opt()
}

/// The due date payment terms give a document dated `date`: the days of
/// [`terms_days`] after it, or after the end of its month for English `EOM`
/// (`Net 30 EOM`: 30 days after the month's last day; `EOM` alone: that day),
/// or the end of the month those days reach for the continental month-end
/// terms (`30 jours fin de mois`: invoice date + 30 days, then that month's
/// last day), or a day of the month after the invoice's (`15th of following
/// month`, `10th prox`, `le 10 du mois suivant`; its last day when it has no
/// such day; [`following_month_day`]). `None` when the text names no terms.
pub(super) fn terms_due(text: &str, date: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let lower = text.to_lowercase();
    if let Some(day) = following_month_day(&lower) {
        let next = date.with_day(1)?.checked_add_months(chrono::Months::new(1))?;
        // A day the month has not (`31st of following month` in a 30-day month): its last day.
        return day.and_then(|d| next.with_day(d)).or_else(|| end_of_month(next));
    }
    let end = month_end(&lower);
    let days = match (terms_days(text), end) {
        (Some(days), _) => days,
        (None, MonthEnd::None) => return None,
        (None, _) => 0,
    };
    let plus = |d: NaiveDate| d.checked_add_days(chrono::Days::new(u64::from(days)));
    match end {
        MonthEnd::None => plus(date),
        MonthEnd::ThenDays => end_of_month(date).and_then(plus),
        MonthEnd::AfterDays => plus(date).and_then(end_of_month),
    }
}

/// Whether a date cell's text is a way of writing "no date": `0`, SAP's
/// `00000000`, `00/00/0000`, `0000-00-00`, Excel's day 0 shown as `00/01/1900`
/// or `1900-01-00`, a dash, `N/A`, `n.d.`.
///
/// ```text
/// "0", "00000000", "00/00/0000", "0000-00-00", "00.00.00", "1900-01-00", "00/01/1900",
/// "-", "–", "—", "N/A", "n/a", "NA", "n.d.", "nd", "null", "none", "s/d"
/// ```
pub(super) fn is_empty_date(text: &str) -> bool {
    let t = text.trim();
    let zeros = !t.is_empty() && t.chars().all(|c| c == '0' || matches!(c, '/' | '-' | '.' | ' '));
    zeros
        || matches!(t, "-" | "–" | "—" | "1900-01-00" | "00/01/1900" | "01/00/1900" | "00.01.1900")
        // Short words only, compared without allocating: this runs on every date cell.
        || (t.len() <= 4
            && ["n/a", "na", "n.a.", "n.d.", "nd", "null", "none", "s/d", "s.d."]
                .iter()
                .any(|w| t.eq_ignore_ascii_case(w)))
}

/// The largest Excel serial that is a date: 2958465 is 9999-12-31.
const LAST_SERIAL: f64 = 2_958_465.0;

impl<'a> Reader<'a> {
    /// A reader of `header`'s table with the file's date order and decimal mark.
    pub(super) fn new(header: &'a Header, order: Option<DateOrder>, mark: DecimalMark) -> Self {
        Reader {
            header,
            order,
            mark,
            kinds: KindCache::default(),
            strings: Interner::default(),
            sentinels: Default::default(),
            serials: Default::default(),
            unix_times: Default::default(),
            calendars: Default::default(),
            due_rules: Default::default(),
            unknown_statuses: Default::default(),
            excluded: Default::default(),
            emails: Default::default(),
            ambiguous: Default::default(),
            unknown_currency: Default::default(),
            no_customer_column: header.map.index(Field::CustomerId).is_none()
                && header.map.index(Field::CustomerName).is_none(),
            typed_currencies: Vec::new(),
            currencies: Default::default(),
            flag: match header.map.index(Field::Status).map(|i| header.text(i)) {
                Some(h) if h.to_lowercase().contains("disput") => Flag::Dispute,
                Some(h) if super::vocabulary::names_field(h, Field::AmountPaid) => Flag::Paid,
                _ => Flag::None,
            },
            paid_settles: header.map.index(Field::OpenBalance).is_none()
                && super::rows::shape_of(header) == crate::ledger::LedgerShape::OpenItems,
            settled_by_status: Default::default(),
            open_not_given: Default::default(),
            columns: header.map.table(),
            units: header.map.columns.iter().filter_map(|c| Some((c.index, c.unit?))).collect(),
            days_overdue: None,
            parts: {
                let open: Vec<usize> = header
                    .map
                    .columns
                    .iter()
                    .filter(|c| c.field == Field::OpenBalance)
                    .map(|c| c.index)
                    .collect();
                if open.len() > 1 { open } else { Vec::new() }
            },
            default_currency: None,
        }
    }

    /// The amount in column `index` of `row`, in the currency's units when the
    /// column's header names another unit (cents, thousands), with any currency
    /// the cell names; `None` for an empty cell.
    pub(super) fn amount_in(
        &self,
        row: &Row,
        index: usize,
    ) -> Result<Option<(Decimal, Option<String>)>, String> {
        let read = self.amount_of(row.get(index))?;
        let (Some((value, code)), Some(&(_, unit))) =
            (read.as_ref(), self.units.iter().find(|(i, _)| *i == index))
        else {
            return Ok(read);
        };
        // The row's currency: its cell, the amount's own mark, the headers', the option's.
        let currency = self
            .cell(row, Field::Currency)
            .and_then(|(_, c)| parse_currency(&c.to_string()).ok())
            .or_else(|| code.clone())
            .or_else(|| self.fallback_currency(self.default_currency.as_deref()).map(str::to_owned))
            .unwrap_or_default();
        let scaled = unit
            .apply(*value, &currency)
            .ok_or_else(|| format!("{value} in {} is beyond what arlens adds up exactly", unit.label()))?;
        Ok(Some((crate::limits::amount(scaled)?, code.clone())))
    }

    /// The currency of a row whose own cells name none: the amount headers'
    /// (`Amount (EUR)`), else the one currency of the sheet's currency-typed
    /// cells, else the `defaultCurrency` option.
    pub(super) fn fallback_currency<'o>(&'o self, default: Option<&'o str>) -> Option<&'o str> {
        let typed = match self.typed_currencies.as_slice() {
            [one] => Some(one.as_str()),
            _ => None,
        };
        self.header.map.header_currency().or(typed).or(default)
    }

    /// `text` when it is an ISO 4217 code as written, shared: the few codes of
    /// a file are compared before the list of every code is searched.
    fn iso_currency(&self, text: &str) -> Option<Arc<str>> {
        let mut known = self.currencies.borrow_mut();
        if let Some(code) = known.iter().find(|c| same_text(c, text)) {
            return Some(code.clone());
        }
        let code = crate::money::is_iso_code(text).then(|| self.strings.get(text))?;
        known.push(code.clone());
        Some(code)
    }

    /// The column of `field`, as [`ColumnMap::index`](super::columns::ColumnMap::index) finds it.
    pub(super) fn index(&self, field: Field) -> Option<usize> {
        self.columns.index(field)
    }

    pub(super) fn at(&self, row_at: &Position, index: usize) -> Position {
        row_at.at_column(index, self.header.text(index))
    }

    /// The position of column `index` of the row at `at`.
    fn cell_at(&self, at: RowAt<'_>, index: usize) -> Position {
        self.at(&at.position(), index)
    }

    pub(super) fn cell<'r>(&self, row: &'r Row, field: Field) -> Option<(usize, CellRef<'r>)> {
        let index = self.index(field)?;
        let cell = row.get(index);
        (!cell.is_empty()).then_some((index, cell))
    }

    /// Reads a date cell with the file's day/month order: `Ok(None)` for an
    /// empty cell or an empty-date marker ([`is_empty_date`], or a serial of 0 or
    /// below: Excel's "no date"), `Err(reason)` naming the text and the form
    /// expected, or why a number is no date (not finite, after 9999-12-31).
    pub(super) fn date_of(&self, cell: CellRef<'_>) -> Result<Option<NaiveDate>, String> {
        Ok(match self.date_or_marker(cell)? {
            Dated::Date(d) | Dated::Serial(d) | Dated::Unix(d) | Dated::Converted(d, _) => Some(d),
            Dated::Empty | Dated::Marker => None,
        })
    }

    fn date_or_marker(&self, cell: CellRef<'_>) -> Result<Dated, String> {
        let expected = self.order.map_or("YYYY-MM-DD", DateOrder::pattern);
        match cell {
            CellRef::Empty => Ok(Dated::Empty),
            CellRef::Date(d) => Ok(Dated::Date(d)),
            CellRef::Number(n) if !n.is_finite() => Err(format!("{n} is not a date (not a finite number)")),
            CellRef::Number(n) if n <= 0.0 => Ok(Dated::Marker),
            // A date written as an eight-digit number (`20260315`, as SAP's and Oracle's
            // exports to Excel write them): no serial, which end at 2,958,465, so YYYYMMDD.
            CellRef::Number(n) if n.fract() == 0.0 && (10_000_000.0..100_000_000.0).contains(&n) => {
                let digits = format!("{n:.0}");
                read_date(&digits, None).map(|(date, _)| Dated::Date(date)).map_err(|_| {
                    format!(
                        "{digits} is not a date: eight digits are read as YYYYMMDD (serial numbers end at {LAST_SERIAL}), and {}-{}-{} is no day",
                        &digits[..4],
                        &digits[4..6],
                        &digits[6..]
                    )
                })
            }
            CellRef::Number(n) if let Some(date) = unix_number(n) => Ok(Dated::Unix(date)),
            CellRef::Number(n) if n > LAST_SERIAL => {
                Err(format!("{n} is not a date: serial numbers end at {LAST_SERIAL} (9999-12-31)"))
            }
            CellRef::Number(n) => excel_serial_date(n, false)
                .map(Dated::Date)
                .ok_or_else(|| format!("{n} is not a date serial number")),
            // The form most exports write (`2026-03-31`), first: no marker or serial is one.
            CellRef::Text(t) if let Some(Ok((date, Calendar::Gregorian))) = iso_date(t) => {
                Ok(Dated::Date(date))
            }
            CellRef::Text(t) if is_empty_date(t) => Ok(Dated::Marker),
            CellRef::Text(t) if let Some(date) = serial_text(t).and_then(|n| excel_serial_date(n, false)) => {
                Ok(Dated::Serial(date))
            }
            CellRef::Text(t) if let Some(date) = unix_date(t) => Ok(Dated::Unix(date)),
            CellRef::Text(t) => read_date(t, self.order)
                .map(|(date, calendar)| match calendar {
                    Calendar::Gregorian => Dated::Date(date),
                    other => Dated::Converted(date, other),
                })
                .map_err(|e| match e {
                    DateError::Invalid => format!("{} is not a date (expected {expected})", quoted(t)),
                    DateError::Ambiguous => {
                        format!("{} can be read as DD/MM/YYYY or MM/DD/YYYY; set the date order", quoted(t))
                    }
                }),
            other => Err(format!("{} is not a date (expected {expected})", quoted(&other.to_string()))),
        }
    }

    /// The warning for rows in an unknown currency, naming any symbol that was
    /// seen but names several currencies: in the cells' text, else in the
    /// sheet's number formats (`format_symbols`, [`super::Grid::format_symbols`]).
    pub(super) fn currency_warnings(&self, file: &Position, format_symbols: &[&str]) -> Vec<super::Warning> {
        let (count, first) = self.unknown_currency.get();
        if count == 0 {
            return Vec::new();
        }
        let symbols = self.ambiguous.borrow();
        let seen = if self.typed_currencies.len() > 1 {
            format!(
                "the amount cells are typed in several currencies ({}) and a cell's type is not read per cell; map a currency column",
                self.typed_currencies.join(", ")
            )
        } else if symbols.is_empty() && !format_symbols.is_empty() {
            let list: Vec<String> = format_symbols.iter().map(|s| super::values::quoted_symbol(s)).collect();
            format!("the amounts are formatted with {}, which several currencies use", list.join(" and "))
        } else if symbols.is_empty()
            && let Some(column) = self.index(Field::Currency)
        {
            format!(
                "their cells of column {} {} are empty (Business Central and Dynamics NAV leave the company's own currency empty)",
                crate::error::column_letter(column),
                quoted(self.header.text(column))
            )
        } else if symbols.is_empty() {
            "the file names no currency".to_owned()
        } else {
            let list: Vec<String> = symbols.iter().map(|s| super::values::quoted_symbol(s)).collect();
            format!("the amounts carry {}, which several currencies use", list.join(" and "))
        };
        vec![super::Warning {
            position: file.at_row(first),
            message: format!(
                "{count} {} in an unknown currency ({UNKNOWN_CURRENCY}): {seen}; give the currency (defaultCurrency) to see them as such",
                if count == 1 { "row is" } else { "rows are" }
            ),
        }]
    }

    /// One warning per rule that gave rows their due date, with how many rows.
    pub(super) fn due_rule_warnings(&self, file: &Position) -> Vec<super::Warning> {
        let terms_column = self.index(Field::Terms);
        self.due_rules
            .borrow()
            .iter()
            .map(|(rule, (count, first))| {
                let rows = if *count == 1 { "1 row has".to_owned() } else { format!("{count} rows have") };
                let (position, message) = match rule {
                    DueRule::TermsColumn => (
                        terms_column.map_or_else(|| file.at_row(*first), |i| self.at(&file.at_row(*first), i)),
                        format!("{rows} no due date: due = invoice date + the days of the payment terms in this column"),
                    ),
                    DueRule::DaysOverdue => {
                        let (column, report) = self.days_overdue.unzip();
                        (
                            column.map_or_else(|| file.at_row(*first), |i| self.at(&file.at_row(*first), i)),
                            format!(
                                "{rows} no due date: due = the report date{} less the days overdue in this column (0 days: due on the report date)",
                                report.map(|d| format!(" ({d})")).unwrap_or_default()
                            ),
                        )
                    }
                    DueRule::DefaultTerms => (
                        file.at_row(*first),
                        format!("{rows} no due date: due = invoice date + the default terms you gave"),
                    ),
                    DueRule::InvoiceDate => (
                        file.at_row(*first),
                        format!(
                            "{rows} no due date and no payment terms: due = invoice date (aged from it); give default terms to age them by a due date"
                        ),
                    ),
                };
                super::Warning { position, message }
            })
            .collect()
    }

    /// The documents owed whose open balance cell is empty, taken as open in
    /// full: one warning at the first, in the open balance column.
    pub(super) fn open_balance_warning(&self, file: &Position) -> Option<super::Warning> {
        let (blank, first) = self.open_not_given.get();
        let open = self.index(Field::OpenBalance).filter(|_| blank > 0)?;
        Some(super::Warning {
            position: self.at(&file.at_row(first), open),
            message: format!(
                "{blank} {} with an amount but no open balance in this column {} read as open in full (nothing recorded paid): an empty cell is not read as 0.00",
                if blank == 1 { "document" } else { "documents" },
                if blank == 1 { "is" } else { "are" },
            ),
        })
    }

    /// Warnings for the rows left out by their status (count and total per
    /// currency) and for status words arlens does not know (read as open).
    pub(super) fn status_warnings(&self, file: &Position) -> Vec<super::Warning> {
        use crate::money::locale::{Locale, format_money};
        let Some(index) = self.index(Field::Status) else { return Vec::new() };
        let mut out = Vec::new();
        for kind in [Status::Cancelled, Status::Draft, Status::WrittenOff] {
            let excluded = self.excluded.borrow();
            let groups: Vec<_> = excluded.iter().filter(|((k, _), _)| *k == kind).collect();
            let Some(first) = groups.iter().map(|(_, (_, _, row))| *row).min() else { continue };
            let count: usize = groups.iter().map(|(_, (n, _, _))| n).sum();
            let totals: Vec<String> = groups
                .iter()
                .map(|((_, code), (_, total, _))| {
                    format!("{} {code}", format_money(*total, code, &Locale::EN))
                })
                .collect();
            let (what, treatment) = match kind {
                Status::Cancelled => ("cancelled or void", "excluded from every figure"),
                Status::Draft => ("draft", "not yet issued, so not yet owed: excluded from every figure"),
                _ => ("written-off", "kept apart from the figures"),
            };
            out.push(super::Warning {
                position: self.at(&file.at_row(first), index),
                message: format!(
                    "{count} {what} {} ({}): {treatment}",
                    if count == 1 { "document" } else { "documents" },
                    totals.join(", ")
                ),
            });
        }
        let (settled, first) = self.settled_by_status.get();
        if settled > 0 {
            out.push(super::Warning {
                position: self.at(&file.at_row(first), index),
                message: format!(
                    "{settled} {} marked paid in this column {} read as settled: the file gives no open balance, amount paid or paid date, so nothing of {} is open, paid on dates the file does not give",
                    if settled == 1 { "document" } else { "documents" },
                    if settled == 1 { "is" } else { "are" },
                    if settled == 1 { "it" } else { "them" },
                ),
            });
        }
        let unknown = self.unknown_statuses.borrow();
        if let Some(first) = unknown.values().map(|(_, row)| *row).min() {
            let list: Vec<String> = unknown
                .iter()
                .map(|(text, (n, _))| {
                    format!("{} ({n} {})", quoted(text), if *n == 1 { "row" } else { "rows" })
                })
                .collect();
            out.push(super::Warning {
                position: self.at(&file.at_row(first), index),
                message: format!("status values arlens does not know: {}; read as open", list.join(", ")),
            });
        }
        out
    }

    /// Warnings for the empty-date markers read, one per column: how many, the
    /// first one's row and text, and that they count as no date.
    pub(super) fn marker_warnings(&self, file: &Position) -> Vec<super::Warning> {
        self.sentinels
            .borrow()
            .iter()
            .map(|(&index, (count, row, text))| super::Warning {
                position: self.at(&file.at_row(*row), index),
                message: format!(
                    "{count} {} in this column {} an empty-date marker such as {} (0, 00/00/0000, -, N/A): read as no date, the rows kept",
                    if *count == 1 { "cell" } else { "cells" },
                    if *count == 1 { "holds" } else { "hold" },
                    quoted(text),
                ),
            })
            .collect()
    }

    /// One warning per type-column text that names no kind of document: its
    /// rows are read by their amount's sign (see [`super::entries`]), which a
    /// file writing payments as positive amounts gets wrong.
    pub(super) fn kind_warnings(&self, file: &Position) -> Vec<super::Warning> {
        let Some(index) = self.index(Field::DocumentType) else { return Vec::new() };
        self.kinds
            .unknown()
            .into_iter()
            .map(|(text, rows, first)| super::Warning {
                position: self.at(&file.at_row(first), index),
                message: format!(
                    "the type {} ({rows} {}) names no kind of document arlens knows: read by the amount's sign, a positive amount as an invoice and a negative one as a payment",
                    quoted(&text),
                    if rows == 1 { "row" } else { "rows" },
                ),
            })
            .collect()
    }

    /// One warning per date column with cells read as Excel serial numbers.
    pub(super) fn serial_warnings(&self, file: &Position) -> Vec<super::Warning> {
        self.numeric_date_warnings(&self.serials, file, |count, text, date| {
            format!(
                "{count} {} in this column {} Excel serial {} ({text} is {date}: a date column formatted as General when the file was saved): read as dates of Excel's 1900 date system",
                if count == 1 { "date" } else { "dates" },
                if count == 1 { "is an" } else { "are" },
                if count == 1 { "number" } else { "numbers" },
            )
        })
    }

    /// One warning per date column with cells read as Unix times.
    pub(super) fn unix_warnings(&self, file: &Position) -> Vec<super::Warning> {
        self.numeric_date_warnings(&self.unix_times, file, |count, text, date| {
            format!(
                "{count} {} in this column {} Unix {} ({text} is {date}): read as {} in UTC",
                if count == 1 { "date" } else { "dates" },
                if count == 1 { "is a" } else { "are" },
                if count == 1 { "time" } else { "times" },
                if count == 1 { "its day" } else { "their days" },
            )
        })
    }

    /// One warning per date column of `seen` (numbers read as dates: how many,
    /// the first one's row, text and date), at the first, saying `message` of them
    /// (given the count, the first's quoted text and its date).
    fn numeric_date_warnings(
        &self,
        seen: &NumericDates,
        file: &Position,
        message: impl Fn(usize, String, NaiveDate) -> String,
    ) -> Vec<super::Warning> {
        seen.borrow()
            .iter()
            .map(|(&index, (count, row, text, date))| super::Warning {
                position: self.at(&file.at_row(*row), index),
                message: message(*count, quoted(text), *date),
            })
            .collect()
    }

    /// One warning per date column with dates written in another calendar: how
    /// many, the first one's text and the Gregorian date it was read as.
    pub(super) fn calendar_warnings(&self, file: &Position) -> Vec<super::Warning> {
        self.calendars
            .borrow()
            .iter()
            .map(|(&index, (count, row, text, date, calendar))| super::Warning {
                position: self.at(&file.at_row(*row), index),
                message: format!(
                    "{count} {} in this column {} written in the {} ({} is {date}): read as {} Gregorian {}",
                    if *count == 1 { "date" } else { "dates" },
                    if *count == 1 { "is" } else { "are" },
                    calendar.name(),
                    quoted(text),
                    if *count == 1 { "its" } else { "their" },
                    if *count == 1 { "date" } else { "dates" },
                ),
            })
            .collect()
    }

    /// The due date a row's days overdue give (see [`DueRule::DaysOverdue`]):
    /// `None` without such a column, or when its cell holds no whole number of
    /// days within a century.
    fn overdue_since(&self, row: &Row) -> Option<NaiveDate> {
        let (index, report) = self.days_overdue?;
        let (days, _) = self.amount_of(row.get(index)).ok()??;
        if !days.fract().is_zero() {
            return None;
        }
        let days = i64::try_from(days).ok().filter(|d| d.abs() <= 36_525)?;
        report.checked_sub_signed(chrono::TimeDelta::try_days(days)?)
    }

    /// Reads an amount cell with the file's decimal mark, with any currency it names.
    pub(super) fn amount_of(&self, cell: CellRef<'_>) -> Result<Option<(Decimal, Option<String>)>, String> {
        match cell {
            CellRef::Empty => Ok(None),
            CellRef::Number(n) => from_excel_number(n)
                .ok_or_else(|| format!("{n} is not a finite amount"))
                .and_then(crate::limits::amount)
                .map(|d| Some((d, None))),
            CellRef::Text(t) => {
                let a = parse_amount(t, self.mark).map_err(|e| format!("{} is not {e}", quoted(t)))?;
                if let Some(symbol) = a.ambiguous {
                    self.ambiguous.borrow_mut().insert(symbol);
                }
                Ok(Some((crate::limits::amount(a.value)?, a.currency)))
            }
            other => Err(format!("{} is not an amount", quoted(&other.to_string()))),
        }
    }

    pub(super) fn date(
        &self,
        row: &Row,
        field: Field,
        at: RowAt<'_>,
    ) -> Result<Option<NaiveDate>, Box<SkippedRow>> {
        let Some(index) = self.index(field) else { return Ok(None) };
        let cell = row.get(index);
        let dated = self.date_or_marker(cell).map_err(|reason| skipped(self.cell_at(at, index), reason))?;
        match dated {
            Dated::Date(d) => Ok(Some(d)),
            Dated::Serial(d) | Dated::Unix(d) => {
                let unix = matches!(dated, Dated::Unix(_));
                let mut seen = if unix { self.unix_times.borrow_mut() } else { self.serials.borrow_mut() };
                let entry = seen.entry(index).or_insert_with(|| (0, row.number, cell.to_string(), d));
                entry.0 = entry.0.saturating_add(1);
                Ok(Some(d))
            }
            Dated::Converted(d, calendar) => {
                let mut seen = self.calendars.borrow_mut();
                let entry =
                    seen.entry(index).or_insert_with(|| (0, row.number, cell.to_string(), d, calendar));
                entry.0 = entry.0.saturating_add(1);
                Ok(Some(d))
            }
            Dated::Empty => Ok(None),
            Dated::Marker => {
                let mut seen = self.sentinels.borrow_mut();
                let entry = seen.entry(index).or_insert_with(|| (0, row.number, cell.to_string()));
                entry.0 = entry.0.saturating_add(1);
                Ok(None)
            }
        }
    }

    pub(super) fn amount(
        &self,
        row: &Row,
        field: Field,
        at: RowAt<'_>,
    ) -> Result<Option<(Decimal, Option<String>)>, Box<SkippedRow>> {
        let Some(index) = self.index(field) else { return Ok(None) };
        let read = if field == Field::OpenBalance && !self.parts.is_empty() {
            self.sum_of_parts(row, at)?
        } else {
            self.amount_at(row, index, at)?
        };
        match read {
            Some((value, code)) if SIDED.contains(&field) => match self.side(row) {
                Ok(side) => Ok(Some((side.map_or(value, |s| s.apply(value)), code))),
                Err((index, reason)) => Err(skipped(self.cell_at(at, index), reason)),
            },
            read => Ok(read),
        }
    }

    /// The sum of the open balance's parts on `row` (see [`Reader::parts`]),
    /// `None` when every part is empty; the currency the first amount names.
    fn sum_of_parts(
        &self,
        row: &Row,
        at: RowAt<'_>,
    ) -> Result<Option<(Decimal, Option<String>)>, Box<SkippedRow>> {
        let mut sum: Option<(Decimal, Option<String>)> = None;
        for &index in &self.parts {
            let Some((value, code)) = self.amount_at(row, index, at)? else { continue };
            sum = Some(match sum {
                None => (value, code),
                Some((total, first)) => {
                    // Money: each part within limits::MAX_AMOUNT, a few parts a row.
                    let total = total.checked_add(value).ok_or_else(|| {
                        skipped(
                            self.cell_at(at, index),
                            "the buckets' sum is beyond what arlens adds up exactly",
                        )
                    })?;
                    (total, first.or(code))
                }
            });
        }
        Ok(sum)
    }

    /// The side `row`'s debit/credit indicator names (`None`: no indicator
    /// column, or its cell empty), or the indicator's column and why it does not read.
    pub(super) fn side(&self, row: &Row) -> Result<Option<Side>, (usize, String)> {
        let Some((index, cell)) = self.cell(row, Field::DebitCredit) else { return Ok(None) };
        let text = cell.as_text().map_or_else(|| Cow::Owned(cell.to_string()), Cow::Borrowed);
        parse_side(&text)
            .map(Some)
            .map_err(|expected| (index, format!("{} is not {expected}", quoted(&text))))
    }

    /// The amount in column `index`, `None` when the cell is empty.
    pub(super) fn amount_at(
        &self,
        row: &Row,
        index: usize,
        at: RowAt<'_>,
    ) -> Result<Option<(Decimal, Option<String>)>, Box<SkippedRow>> {
        self.amount_in(row, index).map_err(|reason| skipped(self.cell_at(at, index), reason))
    }

    /// The cell of `field` as id text ([`clean_id`](super::values::clean_id)), borrowed from a text cell.
    pub(super) fn text<'r>(&self, row: &'r Row, field: Field) -> Option<Cow<'r, str>> {
        self.cell(row, field).map(|(_, c)| match c {
            CellRef::Text(t) => Cow::Borrowed(id_text(t)),
            CellRef::Number(n) => Cow::Owned(id_from_number(n)),
            other => Cow::Owned(other.to_string()),
        })
    }

    /// Whether a non-empty cell reads as its field, for confidences: the same
    /// readers the rows are imported with.
    pub(super) fn readable(&self, field: Field, cell: CellRef<'_>) -> bool {
        match field {
            Field::InvoiceDate | Field::DueDate | Field::PaidDate => self.date_of(cell).is_ok(),
            Field::Amount
            | Field::OpenBalance
            | Field::AmountPaid
            | Field::CreditAmount
            | Field::Debit
            | Field::Credit => self.amount_of(cell).is_ok(),
            // The usual ISO code from the codes seen, before the general reading.
            Field::Currency => {
                cell.as_text().is_some_and(|t| self.iso_currency(t).is_some() || parse_currency(t).is_ok())
            }
            Field::DocumentType => self.kinds.kind(cell, 0, false).is_some(),
            Field::Terms => {
                let text = cell.to_string();
                terms_days(&text).is_some() || month_end(&text.to_lowercase()) != MonthEnd::None
            }
            Field::DebitCredit => parse_side(&cell.to_string()).is_ok(),
            Field::Email => cell.as_text().is_some_and(|t| t.contains('@')),
            _ => true,
        }
    }

    pub(super) fn values(
        &self,
        row: &Row,
        at: RowAt<'_>,
        section: Option<&str>,
        options: &ImportOptions,
    ) -> Result<RowValues, Box<SkippedRow>> {
        let missing = |field: Field| {
            let pos = self.index(field).map_or_else(|| at.position(), |i| self.cell_at(at, i));
            skipped(pos, format!("no {}", field.label()))
        };
        let due_given = self.date(row, Field::DueDate, at)?;
        // Without an invoice date column, the due date stands in (the book says so).
        let date = match self.index(Field::InvoiceDate) {
            Some(_) => self.date(row, Field::InvoiceDate, at)?.ok_or_else(|| missing(Field::InvoiceDate))?,
            None => due_given.ok_or_else(|| missing(Field::DueDate))?,
        };
        let customer_id = self.text(row, Field::CustomerId);
        let customer_name = self.text(row, Field::CustomerName).or_else(|| section.map(Cow::Borrowed));
        let customer = self.strings.customer(customer_id.as_deref(), customer_name.as_deref());
        let mut currency_seen = None;
        let mut amount = |field: Field| -> Result<Option<Decimal>, Box<SkippedRow>> {
            Ok(self.amount(row, field, at)?.map(|(value, code)| {
                if code.is_some() {
                    currency_seen = code;
                }
                value
            }))
        };
        let (amount_v, mut open, paid, credit_amount, debit, credit) = (
            amount(Field::Amount)?,
            amount(Field::OpenBalance)?,
            amount(Field::AmountPaid)?,
            amount(Field::CreditAmount)?,
            amount(Field::Debit)?,
            amount(Field::Credit)?,
        );
        if [amount_v, open, debit, credit].iter().all(Option::is_none) {
            return Err(missing(Field::Amount));
        }
        let (kind, opening) = self
            .cell(row, Field::DocumentType)
            .map_or((None, false), |(_, c)| self.kinds.read(c, row.number, true));
        let customer = match customer {
            Some(c) => c,
            None if self.no_customer_column && section.is_none() => {
                self.strings.customer(Some(NO_CUSTOMER), None).ok_or_else(|| missing(Field::CustomerName))?
            }
            // A receipt or bank transfer listed among the invoices: nobody owes it.
            None if open.is_some_and(|o| o.is_zero()) || kind == Some(EntryKind::Payment) => {
                let pos =
                    self.index(Field::CustomerName).map_or_else(|| at.position(), |i| self.cell_at(at, i));
                return Err(left_out(
                    pos,
                    "not a customer's document: no customer and nothing open (a receipt or transfer)",
                ));
            }
            None => return Err(missing(Field::CustomerName)),
        };
        if let Some(email) = self.text(row, Field::Email).filter(|t| !t.trim().is_empty())
            && let Some(c) = self.strings.customer_at(customer)
        {
            self.emails.borrow_mut().entry(c.id).or_insert_with(|| email.trim().to_owned());
        }
        let currency = match self.cell(row, Field::Currency) {
            // The usual cell, an ISO code as written: shared without a copy.
            Some((_, CellRef::Text(t))) if let Some(code) = self.iso_currency(t) => code,
            Some((index, cell)) => {
                let text = cell.to_string();
                parse_currency(&text)
                    .map_err(|expected| {
                        skipped(self.cell_at(at, index), format!("{} is not {expected}", quoted(&text)))
                    })
                    .map(|code| self.strings.get(&code))?
            }
            None => self.strings.get(
                &currency_seen
                    .or_else(|| {
                        self.fallback_currency(options.default_currency.as_deref()).map(str::to_owned)
                    })
                    .unwrap_or_else(|| {
                        let (n, first) = self.unknown_currency.get();
                        self.unknown_currency
                            .set((n.saturating_add(1), if n == 0 { row.number } else { first }));
                        UNKNOWN_CURRENCY.to_owned()
                    }),
            ),
        };
        let status_of = self.cell(row, Field::Status).map(|(_, cell)| {
            let text = cell.as_text().map_or_else(|| Cow::Owned(cell.to_string()), Cow::Borrowed);
            (status(&text, self.flag), text)
        });
        let disputed = match status_of {
            Some((Some(Status::Disputed), _)) => true,
            Some((Some(kind @ (Status::Cancelled | Status::Draft | Status::WrittenOff)), text)) => {
                let value = open.or(amount_v).or(debit).unwrap_or_default();
                let mut excluded = self.excluded.borrow_mut();
                let entry =
                    excluded.entry((kind, currency.clone())).or_insert((0, Decimal::ZERO, row.number));
                entry.0 = entry.0.saturating_add(1);
                // Money: amounts within limits::MAX_AMOUNT, at most limits.documents of them.
                entry.1 = entry.1.checked_add(value).ok_or_else(|| {
                    skipped(at.position(), "the total of excluded rows is beyond what arlens adds up exactly")
                })?;
                let index = self.index(Field::Status).unwrap_or_default();
                let why = match kind {
                    Status::Cancelled => "a cancelled or void document: excluded from every figure",
                    Status::Draft => "a draft, not yet issued, so not yet owed: excluded from every figure",
                    _ => "written off: kept apart from the figures",
                };
                return Err(left_out(self.cell_at(at, index), format!("status {}: {why}", quoted(&text))));
            }
            Some((Some(Status::Paid), _)) if self.paid_settles && open.is_none() => {
                // Nothing else says what is open: the status does (settled on a day the file does not give).
                open = Some(Decimal::ZERO);
                let (n, first) = self.settled_by_status.get();
                self.settled_by_status.set((n.saturating_add(1), if n == 0 { row.number } else { first }));
                false
            }
            Some((None, text)) => {
                let mut unknown = self.unknown_statuses.borrow_mut();
                let count = &mut unknown.entry(text.into_owned()).or_insert((0, row.number)).0;
                *count = count.saturating_add(1);
                false
            }
            _ => false,
        };
        // An open balance column whose cell is empty on a document owed: the
        // whole amount is open (said in a warning; an empty cell may mean 0.00).
        if open.is_none()
            && self.parts.is_empty()
            && self.index(Field::OpenBalance).is_some()
            && amount_v.or(debit).is_some_and(|a| a > Decimal::ZERO)
        {
            let (n, first) = self.open_not_given.get();
            self.open_not_given.set((n.saturating_add(1), if n == 0 { row.number } else { first }));
        }
        // A due date the file does not give: from the row's terms, the default
        // terms, else the invoice date — counted per rule for invoices (credit
        // notes and payments are not aged, so their due date does not matter).
        let owed = [amount_v, open, debit].into_iter().flatten().any(|a| a > Decimal::ZERO);
        let invoice = owed && kind.is_none_or(|k| k == EntryKind::Invoice);
        let due = match due_given {
            Some(due) => Some(due),
            None => {
                let row_terms = self.text(row, Field::Terms).and_then(|t| terms_due(&t, date));
                let default = || {
                    options.default_terms.and_then(|d| date.checked_add_days(chrono::Days::new(u64::from(d))))
                };
                let (rule, due) = match (row_terms, self.overdue_since(row)) {
                    (Some(due), _) => (DueRule::TermsColumn, Some(due)),
                    (None, Some(due)) => (DueRule::DaysOverdue, Some(due)),
                    (None, None) => match default() {
                        Some(due) => (DueRule::DefaultTerms, Some(due)),
                        None => (DueRule::InvoiceDate, None),
                    },
                };
                if invoice {
                    let mut rules = self.due_rules.borrow_mut();
                    let count = &mut rules.entry(rule).or_insert((0, row.number)).0;
                    *count = count.saturating_add(1);
                }
                due
            }
        };
        Ok(RowValues {
            id: match (self.text(row, Field::DocumentId), self.text(row, Field::Installment)) {
                // One document in installments: each installment is its own item (`T-1/2`).
                (Some(id), Some(part)) => compact_str::format_compact!("{id}/{part}"),
                (id, _) => id.map(|id| compact_str::CompactString::from(&*id)).unwrap_or_default(),
            },
            kind,
            customer,
            date,
            due,
            // In the order of AMOUNT_FIELDS, as read above.
            amounts: Amounts::new([amount_v, open, paid, credit_amount, debit, credit]),
            paid_date: self.date(row, Field::PaidDate, at)?,
            currency,
            applies_to: self.text(row, Field::AppliesTo).map(|t| compact_str::CompactString::from(&*t)),
            disputed,
            opening,
            row: row.number,
        })
    }
}

#[cfg(test)]
mod amounts_tests {
    use super::Amounts;
    use rust_decimal::Decimal;

    /// Every combination of the six present or not gives back what it was made of.
    #[test]
    fn amounts_give_back_each_of_the_six_as_made() {
        for mask in 0u32..64 {
            let values: [Option<Decimal>; 6] = std::array::from_fn(|i| {
                (mask & (1 << i) != 0).then(|| Decimal::new(-(i as i64) * 101 - 7, 2))
            });
            let amounts = Amounts::new(values);
            let back: [Option<Decimal>; 6] = std::array::from_fn(|i| amounts.get(i));
            assert_eq!(back, values, "mask {mask:06b}");
            assert_eq!(amounts.more.is_some(), mask.count_ones() > 2, "mask {mask:06b}");
        }
        assert_eq!(Amounts::default().get(6), None);
    }
}

#[cfg(test)]
mod text_tests {
    use super::Interner;
    use std::sync::Arc;

    /// One shared copy per text; a customer's id and name each interned.
    #[test]
    fn the_interner_shares_one_copy_per_text() {
        let strings = Interner::default();
        let (a, b) = (strings.get("C-1"), strings.get(&String::from("C-1")));
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &strings.get("C-2")));
        let customer = |id, name| {
            let index = strings.customer(id, name).unwrap();
            (index.0, strings.customer_at(index).unwrap())
        };
        let (first, acme) = customer(Some("C-1"), Some("Acme"));
        assert!(Arc::ptr_eq(&acme.id, &a));
        // The same customer again: the same place.
        let (again, _) = customer(Some("C-1"), Some("Acme"));
        assert_eq!((first, again), (0, 0));
        // The same id under another name: a customer of its own, the same id.
        let (renamed_at, renamed) = customer(Some("C-1"), Some("Acme Ltd"));
        assert_eq!((renamed_at, &*renamed.id, &*renamed.name), (1, "C-1", "Acme Ltd"));
        assert!(Arc::ptr_eq(&renamed.id, &a));
        // A name alone stands in for the id.
        let (named_at, named) = customer(None, Some("Birch"));
        assert_eq!(named_at, 2);
        assert!(Arc::ptr_eq(&named.id, &named.name));
        assert_eq!(strings.take_customers().len(), 3);
    }
}
