//! Geometry of the page's charts, exact, in percent of the drawing (0 to 100):
//! where each part of a stacked bar starts and how wide it is, how long a bar
//! is against the largest, and the points of a line chart. Only drawing
//! positions: every number a chart states is a figure of the report.

use crate::figures::value::quotient;
use crate::overview::select::percent_of as share;
use rust_decimal::Decimal;

/// A stretch of a drawing, in percent of its width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where it starts.
    pub start: Decimal,
    /// How wide it is.
    pub width: Decimal,
}

/// The parts of a stacked bar: each positive amount as wide as its share of
/// their sum, one after another; `None` for an amount that is not drawn (zero
/// or negative: credits are not aged).
///
/// ```
/// use arlens::overview::chart::stacked;
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// let parts = stacked(&[d("300"), d("-80"), d("100")]);
/// assert_eq!(parts[0].map(|s| (s.start, s.width)), Some((d("0"), d("75"))));
/// assert!(parts[1].is_none());
/// assert_eq!(parts[2].map(|s| (s.start, s.width)), Some((d("75"), d("25"))));
/// ```
pub fn stacked(amounts: &[Decimal]) -> Vec<Option<Span>> {
    let whole =
        amounts.iter().filter(|a| **a > Decimal::ZERO).try_fold(Decimal::ZERO, |s, a| s.checked_add(*a));
    let mut at = Decimal::ZERO;
    amounts
        .iter()
        .map(|a| {
            let width = whole.filter(|_| *a > Decimal::ZERO).and_then(|w| share(*a, w))?;
            let span = Span { start: at, width };
            at = at.checked_add(width).unwrap_or(at);
            Some(span)
        })
        .collect()
}

/// How long a bar of `amount` is against the `largest`, in percent (0 when `largest` is not positive).
pub fn bar(amount: Decimal, largest: Decimal) -> Decimal {
    share(amount.max(Decimal::ZERO), largest).unwrap_or_default()
}

/// `n` equal columns across the drawing, one per month.
pub fn columns(n: usize) -> Vec<Span> {
    let count = Decimal::from(n.max(1));
    let width = quotient(Decimal::ONE_HUNDRED, count, Decimal::ONE).unwrap_or(Decimal::ONE_HUNDRED);
    (0..n).map(|i| Span { start: Decimal::from(i).checked_mul(width).unwrap_or_default(), width }).collect()
}

/// A line chart: runs of points (x, y in percent, y down from the top) through
/// the values that have one, a gap where one has none, and the values' range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Each unbroken run of points.
    pub runs: Vec<Vec<(Decimal, Decimal)>>,
    /// The smallest value.
    pub low: Option<Decimal>,
    /// The largest value.
    pub high: Option<Decimal>,
}

/// The line through `values`, one per column of [`columns`]: each point at its
/// column's middle, the largest value 5% from the top, the smallest 5% from
/// the bottom (a flat line in the middle).
///
/// ```
/// use arlens::overview::chart::line;
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// let l = line(&[Some(d("10")), None, Some(d("20")), Some(d("15"))]);
/// assert_eq!(l.runs, vec![vec![(d("12.5"), d("95"))], vec![(d("62.5"), d("5")), (d("87.5"), d("50"))]]);
/// ```
pub fn line(values: &[Option<Decimal>]) -> Line {
    let low = values.iter().flatten().min().copied();
    let high = values.iter().flatten().max().copied();
    let columns = columns(values.len());
    let span = low.zip(high).and_then(|(l, h)| h.checked_sub(l)).filter(|s| *s > Decimal::ZERO);
    let ninety = Decimal::from(90);
    let y = |v: Decimal| -> Decimal {
        match (span, low) {
            (Some(span), Some(low)) => v
                .checked_sub(low)
                .and_then(|above| quotient(above, span, ninety).ok())
                .and_then(|up| Decimal::from(95).checked_sub(up))
                .unwrap_or(Decimal::from(50)),
            _ => Decimal::from(50),
        }
    };
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for (value, column) in values.iter().zip(&columns) {
        match value {
            Some(v) => {
                let half = column.width.checked_div(Decimal::TWO).unwrap_or_default();
                run.push((column.start.checked_add(half).unwrap_or(column.start), y(*v)));
            }
            None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    Line { runs, low, high }
}

/// A coordinate written for an SVG attribute, to two decimals (`12.35`).
pub fn attr(value: Decimal) -> String {
    let mut v = crate::money::display(value, 2);
    v.rescale(2);
    v.to_string()
}
