//! The settings an analysis was made with, in words: what a printed report
//! and the workbook's Summary sheet state beside the figures, so that a reader
//! knows the period, the aging columns and the rules behind every number.

use crate::figures::aging::CreditTreatment;
use crate::figures::dso::CeiVariant;
use crate::figures::payments::EarlyPayment;
use crate::money::locale::{Locale, format_date};
use crate::{AgingBasis, Options, Report};
use serde::{Deserialize, Serialize};

/// One setting: its label and its value in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
pub struct Setting {
    /// What it is (`Aging`, `Credits`, …).
    pub label: String,
    /// How it was set, in words.
    pub value: String,
}

/// The settings of `report`, made with `options`, with dates in `locale`:
/// the period, the aging basis and columns, where credits go, the CEI's sales,
/// how early payments count, and the loss rates when an allowance was made.
///
/// ```
/// use arlens::{Ledger, Options};
/// let csv = b"Invoice,Customer,Date,Due,Amount\nA-1,Acme,2024-03-01,2024-03-31,100\n";
/// let ledger = Ledger::open(csv, &Default::default()).unwrap();
/// let options = Options { as_of: chrono::NaiveDate::from_ymd_opt(2024, 4, 30), ..Options::default() };
/// let report = ledger.analyze(&options).unwrap();
/// let settings = arlens::overview::settings(&report, &options, &arlens::money::locale::Locale::EN);
/// assert_eq!(settings[0].value, "2024-04-01 to 2024-04-30 (30 days)");
/// assert_eq!(settings[1].value, "days past the due date; Not due, 1–30, 31–60, 61–90, 91–120, 121+, Credits");
/// ```
pub fn settings(report: &Report, options: &Options, locale: &Locale) -> Vec<Setting> {
    let p = &report.period;
    let a = &report.aging;
    let basis = match a.basis {
        AgingBasis::InvoiceDate => "days since the invoice date",
        _ => "days past the due date",
    };
    let columns: Vec<&str> = a.buckets.iter().map(|b| b.label.as_str()).collect();
    let credits = match a.credits {
        CreditTreatment::NetPerCustomer => "netted against each customer's balances",
        _ => "in their own column",
    };
    let cei = match options.cei {
        CeiVariant::FullSales => "the period's full credit sales",
        _ => "credit sales per month of the period",
    };
    let early = match options.early_payment {
        EarlyPayment::Negative => "negative days beyond terms",
        _ => "zero days beyond terms",
    };
    let mut out = vec![
        (
            "Period",
            format!("{} to {} ({} days)", format_date(p.start, locale), format_date(p.end, locale), p.days),
        ),
        ("Aging", format!("{basis}; Not due, {}, Credits", columns.join(", "))),
        ("Credits", credits.to_owned()),
        ("CEI uses", cei.to_owned()),
        ("Early payment counts as", early.to_owned()),
    ];
    if let Some(allowance) = report.allowance.currencies.first() {
        let rates: Vec<String> = allowance.rates.iter().map(|r| format!("{}%", r.normalize())).collect();
        let source = if allowance.default_rates { " (illustrative defaults)" } else { "" };
        out.push(("Loss rates", format!("{}{source}", rates.join(", "))));
    }
    out.into_iter().map(|(label, value)| Setting { label: label.to_owned(), value }).collect()
}
