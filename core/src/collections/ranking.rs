//! The worklist's order: expected value of acting first.

use crate::collections::worklist::WorklistRow;

/// Sorts `rows` by expected value (`at stake × risk score / 100`), then amount
/// at stake, oldest item (oldest first), customer id and currency, and numbers
/// them from 1.
pub(crate) fn rank(rows: &mut [WorklistRow]) {
    rows.sort_by(|x, y| {
        y.expected_value
            .cmp(&x.expected_value)
            .then(y.at_stake.cmp(&x.at_stake))
            .then(y.oldest_days.cmp(&x.oldest_days))
            .then_with(|| x.customer.id.cmp(&y.customer.id))
            .then_with(|| x.currency.cmp(&y.currency))
    });
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
}
