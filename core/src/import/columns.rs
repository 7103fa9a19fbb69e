//! Mapping header cells to ledger fields by the words of [`super::vocabulary`]
//! (seventeen languages, abbreviations, currency marks), with the caller's overrides
//! and a confidence per column.

use super::vocabulary::{self, Fit};
use crate::error::{Error, ErrorKind, Position, column_letter};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A ledger field a column can hold, or `Ignore`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Field {
    /// Invoice, credit-note or payment number.
    DocumentId,
    /// Invoice / payment / credit note (a type column).
    DocumentType,
    /// Customer account code.
    CustomerId,
    /// Customer name.
    CustomerName,
    /// Invoice (document) date.
    InvoiceDate,
    /// Due date.
    DueDate,
    /// Document amount (the original amount).
    Amount,
    /// Balance still open on the document at the report date.
    OpenBalance,
    /// Amount paid against the invoice.
    AmountPaid,
    /// Date the invoice was paid (settled, cleared).
    PaidDate,
    /// Amount credited against the invoice by credit notes.
    CreditAmount,
    /// Debit amount (raises the receivable).
    Debit,
    /// Credit amount (lowers the receivable).
    Credit,
    /// Which side a row's amount is on (`D`/`C`, `Dr`/`Cr`, SAP's `S`/`H` for
    /// Soll/Haben): a credit's amount and open balance are negative, whatever sign
    /// they are written with; a debit's are as written.
    DebitCredit,
    /// ISO currency code.
    Currency,
    /// The invoice a payment or credit note applies to, or a matching code it
    /// shares with the invoices it settles (a lettrage, a clearing document).
    AppliesTo,
    /// Status or dispute flag.
    Status,
    /// Payment terms (`Net 30`, `30 días`): the due date when the file gives none.
    Terms,
    /// Installment (part) of a document (`Parcela`, `Cuota`): with the number, its identity.
    Installment,
    /// The customer's e-mail address, for the reminder drafts (the first one
    /// given per customer is kept: [`crate::ledger::Book::emails`]).
    Email,
    /// A column to leave unread (only by the caller's choice).
    Ignore,
}

/// Fields a [`FieldColumns`] table holds: every field, by its place in [`Field`].
const FIELDS: usize = Field::Ignore as usize + 1;

/// A [`ColumnMap`]'s column of each field, by the field's place (see
/// [`ColumnMap::table`]); a field past the table is looked up in the map.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldColumns<'m> {
    map: &'m ColumnMap,
    columns: [Option<usize>; FIELDS],
}

impl FieldColumns<'_> {
    /// The column of `field`, as [`ColumnMap::index`] finds it.
    pub(crate) fn index(&self, field: Field) -> Option<usize> {
        match self.columns.get(field as usize) {
            Some(column) => *column,
            None => self.map.index(field),
        }
    }
}

impl Field {
    /// Fields in the order they are mapped; earlier fields win a contested header.
    pub const MAPPED: [Field; 20] = [
        Field::DocumentType,
        Field::DueDate,
        Field::PaidDate,
        Field::InvoiceDate,
        Field::CustomerId,
        Field::CustomerName,
        Field::OpenBalance,
        Field::AmountPaid,
        Field::CreditAmount,
        Field::DebitCredit,
        Field::Debit,
        Field::Credit,
        Field::Amount,
        Field::Currency,
        Field::AppliesTo,
        Field::Status,
        Field::Terms,
        Field::Installment,
        Field::Email,
        Field::DocumentId,
    ];

    /// The fields that hold money (amount columns).
    pub const MONEY: [Field; 6] = [
        Field::Amount,
        Field::OpenBalance,
        Field::AmountPaid,
        Field::CreditAmount,
        Field::Debit,
        Field::Credit,
    ];

    /// Whether the field holds money (one of [`Field::MONEY`]).
    pub fn is_money(self) -> bool {
        Field::MONEY.contains(&self)
    }

    /// The field in plain words, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Field::DocumentId => "document number",
            Field::DocumentType => "document type",
            Field::CustomerId => "customer id",
            Field::CustomerName => "customer name",
            Field::InvoiceDate => "invoice date",
            Field::DueDate => "due date",
            Field::Amount => "amount",
            Field::OpenBalance => "open balance",
            Field::AmountPaid => "amount paid",
            Field::PaidDate => "paid date",
            Field::CreditAmount => "credit note amount",
            Field::Debit => "debit",
            Field::Credit => "credit",
            Field::DebitCredit => "debit/credit indicator",
            Field::Currency => "currency",
            Field::AppliesTo => "applies to",
            Field::Status => "status",
            Field::Terms => "payment terms",
            Field::Installment => "installment",
            Field::Email => "e-mail address",
            Field::Ignore => "ignored",
        }
    }
}

/// A header's words run together (see [`vocabulary::words`]): `"Due Date"` →
/// `"duedate"`, `"Nettofälligkeit"` → `"nettofalligkeit"`, `"Amount (EUR)"` → `"amount"`.
pub fn normalize_header(text: &str) -> String {
    vocabulary::words(text).words.concat()
}

/// Whether a header names an aging bucket (`Current`, `< 1 Month`, `31 - 60`,
/// `Period 1`, `91 and over`, `Over 90 days`, `Older`), as in aged reports, in
/// English or another language of the header tables (`No vencido`, `31-60 Tage`,
/// `Plus de 90 jours`, `30日以内`: [`vocabulary::buckets`]).
pub fn is_bucket_header(text: &str) -> bool {
    let h = normalize_header(text);
    let digits = h.trim_start_matches(|c: char| c.is_ascii_digit());
    matches!(h.as_str(), "current" | "future" | "older" | "notdue" | "notyetdue")
        || h.starts_with("period") && h.len() <= 8
        || (h.ends_with("month") || h.ends_with("months")) && h.len() <= 8
        || !h.is_empty() && digits.is_empty()
        || digits != h
            && ["andover", "above", "plus", "ormore", "over", "dayspastdue", "days", "ormoredayspastdue"]
                .contains(&digits)
        || over_days(&h)
        || vocabulary::buckets::names_bucket(text)
}

/// `Over 90`, `Over 90 days`, `More than 120 days past due`, `Older than 60`:
/// a last bucket named by its lower bound (normalized header words).
fn over_days(h: &str) -> bool {
    ["over", "morethan", "greaterthan", "olderthan", "above", "beyond"].iter().any(|prefix| {
        h.strip_prefix(prefix).is_some_and(|rest| {
            let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            after.len() < rest.len() && ["", "days", "dayspastdue", "daysoverdue", "daysold"].contains(&after)
        })
    })
}

/// How sure the mapping is of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Confidence {
    /// A generic header, or fewer than 80% of the values read as the field.
    Low,
    /// A generic header with values that read well, or a specific one with 80–98%.
    Medium,
    /// A specific header and at least 98% of the values read as the field, or the caller's choice.
    High,
}

/// The unit a money column's header says its amounts are written in
/// (`amount_cents`, `Amount (in thousands)`, `Betrag TEUR`, `Umsatz Mio`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum AmountUnit {
    /// Minor units (cents, pence, centimes): divided by 10 to the power of the
    /// row's currency's minor-unit digits (100 for USD, 1 for JPY, 1,000 for KWD).
    Minor,
    /// Thousands: multiplied by 1,000.
    Thousands,
    /// Ten thousands (`万`, `만`: the unit of Chinese, Japanese and Korean
    /// reports): multiplied by 10,000.
    TenThousands,
    /// Millions: multiplied by 1,000,000.
    Millions,
}

impl AmountUnit {
    /// `value` written in this unit, in the currency's units; `None` beyond what a
    /// decimal holds.
    pub fn apply(self, value: Decimal, currency: &str) -> Option<Decimal> {
        match self {
            AmountUnit::Minor => {
                let mut v = value;
                v.set_scale(v.scale().checked_add(crate::money::minor_units(currency))?).ok()?;
                Some(v)
            }
            AmountUnit::Thousands => value.checked_mul(Decimal::from(1_000)),
            AmountUnit::TenThousands => value.checked_mul(Decimal::from(10_000)),
            AmountUnit::Millions => value.checked_mul(Decimal::from(1_000_000)),
        }
    }

    /// The unit in words, for the mapping's reasons.
    pub fn label(self) -> &'static str {
        match self {
            AmountUnit::Minor => "minor units (cents): divided by 100, or as the currency has them",
            AmountUnit::Thousands => "thousands: multiplied by 1,000",
            AmountUnit::TenThousands => "ten thousands: multiplied by 10,000",
            AmountUnit::Millions => "millions: multiplied by 1,000,000",
        }
    }
}

/// One mapped column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MappedColumn {
    /// The ledger field.
    pub field: Field,
    /// 0-based column index.
    pub index: usize,
    /// Column letter (`C`).
    pub column: String,
    /// The header text as found.
    pub header: String,
    /// How sure the mapping is.
    pub confidence: Confidence,
    /// Why, in plain words.
    pub reason: String,
    /// The currency the header names (`Amount (EUR)`, `Saldo R$`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The unit the header names for a money column's amounts, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<AmountUnit>,
    #[serde(skip)]
    specific: bool,
    #[serde(skip)]
    chosen: bool,
    /// The language of the words matched, and whether they were abbreviated.
    #[serde(skip)]
    matched: Option<(&'static str, Fit)>,
    /// Mapped from the column's content (see [`super::infer`]), with why.
    #[serde(skip)]
    inferred: Option<String>,
}

/// Which column holds which field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ColumnMap {
    /// Every mapped (or deliberately ignored) column, in column order.
    pub columns: Vec<MappedColumn>,
    /// Headers left unmapped, for the caller's mapping screen.
    pub unmapped: Vec<String>,
    /// An aged summary's bucket columns (`Current`, `1 - 30`, …), read as its
    /// buckets as given, in column order; none for a ledger of documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buckets: Vec<BucketColumn>,
}

/// A column read as one of an aged summary's buckets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct BucketColumn {
    /// 0-based column index.
    pub index: usize,
    /// Column letter (`C`).
    pub column: String,
    /// The header text as found: the bucket's label.
    pub header: String,
}

/// A column's field while mapping.
#[derive(Debug, Clone, Copy)]
struct Slot {
    field: Field,
    specific: bool,
    chosen: bool,
    matched: Option<(&'static str, Fit)>,
}

/// The caller's choices: header text (or column letter) → field, or `Ignore`.
pub type Overrides = BTreeMap<String, Field>;

impl MappedColumn {
    /// Whether the caller chose this column's field.
    pub(crate) fn is_chosen(&self) -> bool {
        self.chosen
    }
}

impl ColumnMap {
    /// Maps `headers` to fields: the caller's `overrides` first (matched by header
    /// text, normalised, or by column letter), then each field to the untaken
    /// header matching its most specific synonym.
    pub fn from_headers(headers: &[String], overrides: &Overrides) -> Self {
        Self::from_headers_read(headers, overrides, &mut vocabulary::HeaderWords::default())
    }

    /// [`from_headers`](Self::from_headers) with the words and terms of texts
    /// already read kept in `read`: the rows looked at for the header repeat
    /// many texts (each row is also tried as the lower of two header rows).
    pub(crate) fn from_headers_read(
        headers: &[String],
        overrides: &Overrides,
        read: &mut vocabulary::HeaderWords,
    ) -> Self {
        let looked: Vec<std::rc::Rc<vocabulary::HeaderRead>> = headers.iter().map(|h| read.read(h)).collect();
        let split: Vec<&vocabulary::Words> = looked.iter().map(|r| &r.words).collect();
        let normalized: Vec<&str> = split.iter().map(|w| w.joined.as_str()).collect();
        let fits: Vec<&[(&vocabulary::Known, Fit)]> = looked.iter().map(|r| r.fits.as_slice()).collect();
        let mut taken: Vec<Option<Slot>> = vec![None; headers.len()];
        for (key, field) in overrides {
            let key_norm = normalize_header(key);
            let hit =
                normalized.iter().enumerate().position(|(i, n)| *n == key_norm || column_letter(i) == *key);
            if let Some(slot) = hit.and_then(|i| taken.get_mut(i)) {
                *slot = Some(Slot { field: *field, specific: true, chosen: true, matched: None });
            }
        }
        // The fields any header fits, and how: few or none in a row of data, so
        // the fields no header names are passed over at once.
        let mut named: Vec<(Field, Fit)> =
            fits.iter().flat_map(|f| f.iter().map(|(k, fit)| (k.field, *fit))).collect();
        named.sort_unstable();
        named.dedup();
        // Exact words first for every field, then abbreviations, then money
        // words, so that an abbreviation never takes a column another field
        // names in full.
        for pass in [Fit::Exact, Fit::Abbreviated, Fit::Worded] {
            for field in Field::MAPPED {
                if !named.contains(&(field, pass)) || taken.iter().flatten().any(|s| s.field == field) {
                    continue;
                }
                let hit = taken
                    .iter()
                    .zip(&fits)
                    .enumerate()
                    .filter(|(_, (slot, _))| slot.is_none())
                    .flat_map(|(i, (_, fits))| {
                        fits.iter()
                            .filter(|(k, fit)| k.field == field && *fit == pass)
                            .map(move |(k, _)| (i, *k))
                    })
                    .max_by_key(|(i, k)| (k.specific, std::cmp::Reverse(k.rank), std::cmp::Reverse(*i)));
                // A word several languages share is said to be English when English has it
                // (`Client`, `Total`), though another language's entry may name the field more
                // specifically.
                let language = |i: usize, k: &vocabulary::Known| {
                    let english = fits.get(i).copied().into_iter().flatten().find(|(other, fit)| {
                        other.field == field && *fit == pass && other.language == "English"
                    });
                    english.map_or(k.language, |(other, _)| other.language)
                };
                let hit = hit.map(|(i, k)| (i, k, language(i, k)));
                if let Some((slot, k, language)) =
                    hit.and_then(|(i, k, language)| taken.get_mut(i).map(|s| (s, k, language)))
                {
                    *slot = Some(Slot {
                        field,
                        specific: k.specific,
                        chosen: false,
                        matched: Some((language, pass)),
                    });
                }
            }
        }
        let mut map = ColumnMap::default();
        for (index, ((slot, header), words)) in taken.into_iter().zip(headers).zip(&split).enumerate() {
            match slot {
                Some(Slot { field, specific, chosen, matched }) => map.columns.push(MappedColumn {
                    field,
                    index,
                    column: column_letter(index),
                    header: header.clone(),
                    confidence: Confidence::High,
                    reason: String::new(),
                    currency: words.currency.map(str::to_owned),
                    unit: words.unit.filter(|_| field.is_money()),
                    specific,
                    chosen,
                    matched,
                    inferred: None,
                }),
                None if !header.trim().is_empty() => map.unmapped.push(header.clone()),
                None => {}
            }
        }
        map
    }

    /// Maps column `index` (header `header`) to `field` from its content, with
    /// the evidence in words (see [`super::infer`]); at most medium confidence.
    pub(crate) fn infer(&mut self, index: usize, header: &str, field: Field, evidence: String) {
        self.unmapped.retain(|h| h != header);
        let at = self.columns.iter().position(|c| c.index > index).unwrap_or(self.columns.len());
        // An amount's header that fits no term may still name its currency and unit
        // (`Сумма, тыс. руб.`).
        let words = field.is_money().then(|| vocabulary::words(header));
        self.columns.insert(
            at,
            MappedColumn {
                field,
                index,
                column: column_letter(index),
                header: header.to_owned(),
                confidence: Confidence::Medium,
                reason: String::new(),
                specific: false,
                chosen: false,
                matched: None,
                inferred: Some(evidence),
                currency: words.as_ref().and_then(|w| w.currency).map(str::to_owned),
                unit: words.as_ref().and_then(|w| w.unit),
            },
        );
    }

    /// Sets column `index` aside (mapped to [`Field::Ignore`]) for what its
    /// content shows, `why` (see [`super::infer`]).
    pub(crate) fn set_aside(&mut self, index: usize, why: String) {
        self.remap(index, Field::Ignore, why);
    }

    /// Maps column `index` to `field` instead, for what its content shows,
    /// `why` (see [`super::infer`]).
    pub(crate) fn remap(&mut self, index: usize, field: Field, why: String) {
        if let Some(c) = self.columns.iter_mut().find(|c| c.index == index) {
            c.field = field;
            c.specific = false;
            c.matched = None;
            c.inferred = Some(why);
        }
    }

    /// The currency the headers of the amount columns name, if one does.
    pub fn header_currency(&self) -> Option<&str> {
        self.columns.iter().filter(|c| c.field.is_money()).find_map(|c| c.currency.as_deref())
    }

    /// The languages of the header words matched (a word several languages share
    /// counts as English's, else as the first table's that has it).
    pub(crate) fn languages(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().filter_map(|c| c.matched.map(|(language, _)| language))
    }

    /// How many fields a header row maps, for finding the header row.
    pub fn score(&self) -> usize {
        self.columns.iter().filter(|c| c.field != Field::Ignore).count()
    }

    /// Whether `field`'s column was found by its content, not by its header.
    pub(crate) fn by_content(&self, field: Field) -> bool {
        self.columns.iter().any(|c| c.field == field && !c.chosen && c.inferred.is_some())
    }

    /// Whether column `index` is read as no field (unmapped, or set aside).
    pub fn is_free(&self, index: usize) -> bool {
        self.columns.iter().all(|c| c.index != index || c.field == Field::Ignore)
    }

    /// The column index of `field`, if mapped.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.columns.iter().find(|c| c.field == field).map(|c| c.index)
    }

    /// Each field's column in a table, for reading rows: [`index`](Self::index)
    /// searches the list of columns, a dozen times a row.
    pub(crate) fn table(&self) -> FieldColumns<'_> {
        let mut columns = [None; FIELDS];
        for mapped in self.columns.iter().rev() {
            if let Some(slot) = columns.get_mut(mapped.field as usize) {
                // The first column of a field wins, as in `index`.
                *slot = Some(mapped.index);
            }
        }
        FieldColumns { map: self, columns }
    }

    /// Whether an invoice date or a due date is mapped.
    pub(crate) fn is_dated(&self) -> bool {
        self.index(Field::InvoiceDate).or(self.index(Field::DueDate)).is_some()
    }

    /// Whether an amount of any kind is mapped (amount, open balance, debit or credit).
    pub(crate) fn has_amounts(&self) -> bool {
        [Field::Amount, Field::OpenBalance, Field::Debit, Field::Credit]
            .into_iter()
            .any(|f| self.index(f).is_some())
    }

    /// Fails, naming what is missing and the headers found, when there is neither
    /// an invoice date nor a due date, or no amount of any kind; amounts without
    /// dates are said to be balances, with what to export instead. A missing customer
    /// column is not an error: the rows go under one "(no customer)" account.
    pub fn require_ledger(&self, headers: &[String], at: &Position) -> Result<(), Error> {
        let mut missing = Vec::new();
        if !self.is_dated() {
            missing.push("invoice date (or due date)".to_owned());
        }
        if !self.has_amounts() {
            missing.push("amount (or open balance, or debit/credit)".to_owned());
        }
        if missing.is_empty() {
            return Ok(());
        }
        let found = headers.iter().filter(|h| !h.trim().is_empty()).cloned().collect();
        // Amounts and no dates anywhere (a column of dates under any header is
        // mapped by its cells): balances, not documents.
        let hint = (missing.len() == 1 && !self.is_dated()).then(|| {
            "no column holds dates that can be read, so these look like balances (a customer balance summary or a trial balance), \
             which cannot be aged; export the open documents with their dates instead (an aged receivables detail, \
             an open invoices or open items list)"
                .to_owned()
        });
        Err(Error::new(ErrorKind::MissingColumns { missing, found, hint }, Some(at.clone())))
    }

    /// Sets each column's confidence from its header and the share `read` of its
    /// `filled` values that read as its field.
    pub fn rate(&mut self, counts: &BTreeMap<usize, (usize, usize)>) {
        for c in &mut self.columns {
            let how = match c.matched {
                Some((language, Fit::Exact)) => format!("a known {language} name"),
                Some((language, Fit::Abbreviated)) => format!("an abbreviated {language} name"),
                Some((language, Fit::Worded)) => format!("{language} words for it"),
                None => "a name".to_owned(),
            };
            let (read, filled) = counts.get(&c.index).copied().unwrap_or((0, 0));
            let share = if filled == 0 { 1.0 } else { read as f64 / filled as f64 };
            let mut values = format!("{read} of {filled} values read as {}", c.field.label());
            if let Some(unit) = c.unit {
                values = format!("{values}; amounts in {}", unit.label());
            }
            (c.confidence, c.reason) = if c.chosen {
                (Confidence::High, "chosen by you".to_owned())
            } else if let (Field::Ignore, Some(evidence)) = (c.field, &c.inferred) {
                (Confidence::Medium, format!("set aside from the content: {evidence}"))
            } else if let Some(evidence) = &c.inferred {
                // Content alone: shown for confirmation, never high.
                let confidence = if share < 0.8 { Confidence::Low } else { Confidence::Medium };
                (confidence, format!("from the content: {evidence}; {values}"))
            } else if share < 0.8 {
                (
                    Confidence::Low,
                    format!("header {} matches, but only {values}", crate::error::quoted(&c.header)),
                )
            } else if !c.specific {
                (
                    Confidence::Medium,
                    format!(
                        "header {:?} is a generic name for {} ({how}); {values}",
                        c.header,
                        c.field.label()
                    ),
                )
            } else if share < 0.98 {
                (
                    Confidence::Medium,
                    format!(
                        "header {} is {how} for {}; {values}",
                        crate::error::quoted(&c.header),
                        c.field.label()
                    ),
                )
            } else {
                (
                    Confidence::High,
                    format!(
                        "header {} is {how} for {}; {values}",
                        crate::error::quoted(&c.header),
                        c.field.label()
                    ),
                )
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ColumnMap, Field, Overrides};

    /// The table finds every field where the map's own search does, the first
    /// column of a field mapped twice included.
    #[test]
    fn the_table_of_columns_agrees_with_the_map() {
        let headers: Vec<String> =
            ["Invoice", "Customer", "Date", "Due", "Amount", "Amount", "Currency", "Status", "Notes"]
                .map(str::to_owned)
                .to_vec();
        let map = ColumnMap::from_headers(&headers, &Overrides::default());
        let table = map.table();
        for field in Field::MAPPED.into_iter().chain([Field::Ignore]) {
            assert_eq!(table.index(field), map.index(field), "{field:?}");
        }
        assert_eq!(table.index(Field::Amount), Some(4));
    }

    /// Texts read once and kept map rows as texts read afresh do, whatever
    /// rows came before (other languages, abbreviations, units, currencies).
    #[test]
    fn headers_read_once_map_as_headers_read_afresh() {
        let rows: Vec<Vec<String>> = [
            &["Rechnung", "Kunde", "Datum", "Fällig", "Betrag (€)", "Währung"][..],
            &["Invoice", "Customer", "Date", "Due", "Amount", "Amount", "Currency", "Status"],
            &["Nro. Doc", "Cliente", "Dt Emissão", "Vencto", "Vlr R$", "Moeda"],
            &["INV-1", "Acme", "2024-01-31", "2024-02-29", "100.00", "USD"],
            &["Invoice", "Cust", "Inv Date", "Due date", "Amt TEUR", "Ccy"],
            &["Document No.", "Customer", "Posting Date", "Due Date", "Remaining Amount", "Currency Code"],
        ]
        .iter()
        .map(|row| row.iter().map(|t| (*t).to_owned()).collect())
        .collect();
        let overrides: Overrides = [("Status".to_owned(), Field::Ignore)].into_iter().collect();
        let mut read = super::vocabulary::HeaderWords::default();
        for row in rows.iter().chain(rows.iter().rev()) {
            let kept = ColumnMap::from_headers_read(row, &overrides, &mut read);
            let afresh = ColumnMap::from_headers(row, &overrides);
            assert_eq!(format!("{kept:?}"), format!("{afresh:?}"), "{row:?}");
        }
        let german = ColumnMap::from_headers(&rows[0], &overrides);
        assert_eq!(german.index(Field::Amount), Some(4));
        assert_eq!(german.score(), 6);
    }
}
