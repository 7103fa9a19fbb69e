//! The parts of a report a chart or a filtered view shows: the largest
//! debtors, the open documents in one aging cell, shares of a total.

use crate::figures::aging::{AgedItem, Aging, CustomerAging};
use crate::figures::value::quotient;
use rust_decimal::Decimal;

/// `part / whole × 100`, exact; `None` when `whole` is not positive.
///
/// ```
/// use arlens::overview::select::percent_of;
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// assert_eq!(percent_of(d("25"), d("200")), Some(d("12.5")));
/// assert_eq!(percent_of(d("1"), d("0")), None);
/// ```
pub fn percent_of(part: Decimal, whole: Decimal) -> Option<Decimal> {
    if whole <= Decimal::ZERO {
        return None;
    }
    quotient(part, whole, Decimal::ONE_HUNDRED).ok().map(|d| d.normalize())
}

/// The `n` customers of `currency` with the largest open totals (positive only),
/// largest first; ties in the core's customer order.
pub fn top_debtors<'a>(aging: &'a Aging, currency: &str, n: usize) -> Vec<&'a CustomerAging> {
    let mut out: Vec<&CustomerAging> = aging
        .customers
        .iter()
        .filter(|c| c.aging.currency == currency && c.aging.open_total > Decimal::ZERO)
        .collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.aging.open_total));
    out.truncate(n);
    out
}

/// Which aging cell a filtered list of documents shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgingCell {
    /// Every open document.
    All,
    /// Not yet past due (and not a credit).
    NotDue,
    /// Past due, in the bucket at this index of [`Aging::buckets`].
    Bucket(usize),
    /// Credits (negative open amounts), which are not aged.
    Credits,
}

/// The open documents of [`Aging::items`] (listed when the options ask for
/// them) in `cell`, for `currency` and `customer` id when given, most days past
/// due first: the documents a click on a chart's bar opens.
pub fn items_in<'a>(
    aging: &'a Aging,
    currency: Option<&str>,
    customer: Option<&str>,
    cell: AgingCell,
) -> Vec<&'a AgedItem> {
    aging
        .items
        .iter()
        .filter(|i| currency.is_none_or(|c| &*i.currency == c))
        .filter(|i| customer.is_none_or(|c| &*i.customer.id == c))
        .filter(|i| match cell {
            AgingCell::All => true,
            AgingCell::Credits => i.open < Decimal::ZERO,
            AgingCell::NotDue => i.open > Decimal::ZERO && i.bucket.is_none(),
            AgingCell::Bucket(b) => i.open > Decimal::ZERO && i.bucket == Some(b),
        })
        .collect()
}
