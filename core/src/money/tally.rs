//! [`Tally`]: an exact running sum of amounts, for the passes that add up
//! hundreds of thousands of them.

use rust_decimal::Decimal;

/// The largest mantissa a `Decimal` holds: 2^96 − 1.
const MAX_MANTISSA: i128 = (1 << 96) - 1;

/// An exact running sum of `Decimal`s that gives the same `Decimal` as adding
/// them one by one with `+`, trailing zeros included, several times faster.
///
/// The sum is kept as a whole number of 10^−`scale` units, `scale` the largest
/// scale added so far (as a `Decimal` sum keeps it): adding an amount of that
/// scale (cents, almost always) is one 128-bit addition, not `Decimal`'s
/// general arithmetic. Should the sum outgrow a `Decimal`'s 96-bit mantissa at
/// that scale — where `Decimal` addition starts to round — the tally goes on
/// with `Decimal` addition itself, from the same exact sum, so it gives what
/// `+` gives there too.
///
/// ```
/// use arlens::money::Tally;
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// let mut tally = Tally::default();
/// for amount in ["100.50", "-20.5", "0.125", "7"] {
///     tally.add(d(amount));
/// }
/// // 100.50 − 20.5 + 0.125 + 7 = 87.125, at the largest scale added (3).
/// assert_eq!(tally.total().to_string(), "87.125");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// The sum in units of 10^−`scale`, while it fits a `Decimal`'s mantissa.
    units: i128,
    scale: u32,
    /// The sum as `Decimal` addition makes it, once it no longer fits.
    outgrown: Option<Decimal>,
}

impl Tally {
    /// Adds `amount`.
    #[inline]
    pub fn add(&mut self, amount: Decimal) {
        // The usual case inline: an amount of the sum's scale, the sum well within range.
        if self.outgrown.is_none() && amount.scale() == self.scale {
            let units = self.units.wrapping_add(amount.mantissa());
            if units.unsigned_abs() <= MAX_MANTISSA.unsigned_abs() {
                self.units = units;
                return;
            }
        }
        self.add_other(amount);
    }

    /// [`add`](Self::add) of an amount of another scale, or past the range.
    #[cold]
    fn add_other(&mut self, amount: Decimal) {
        if let Some(sum) = &mut self.outgrown {
            *sum = decimal_sum(*sum, amount);
            return;
        }
        let (mantissa, scale) = (amount.mantissa(), amount.scale());
        let exact = if scale == self.scale {
            self.units.checked_add(mantissa).map(|units| (units, scale))
        } else if scale > self.scale {
            scaled(self.units, scale.saturating_sub(self.scale))
                .and_then(|units| units.checked_add(mantissa))
                .map(|units| (units, scale))
        } else {
            scaled(mantissa, self.scale.saturating_sub(scale))
                .and_then(|m| self.units.checked_add(m))
                .map(|units| (units, self.scale))
        };
        match exact {
            Some((units, scale)) if units.unsigned_abs() <= MAX_MANTISSA.unsigned_abs() => {
                (self.units, self.scale) = (units, scale);
            }
            _ => self.outgrown = Some(decimal_sum(self.total(), amount)),
        }
    }

    /// Subtracts `amount`.
    #[inline]
    pub fn sub(&mut self, amount: Decimal) {
        self.add(super::negate(amount));
    }

    /// The sum.
    pub fn total(&self) -> Decimal {
        match self.outgrown {
            Some(sum) => sum,
            // Within the mantissa and at a scale some `Decimal` had (≤ 28).
            None => Decimal::try_from_i128_with_scale(self.units, self.scale).unwrap_or_default(),
        }
    }
}

/// `units` × 10^`by`, if it fits.
fn scaled(units: i128, by: u32) -> Option<i128> {
    10i128.checked_pow(by).and_then(|factor| units.checked_mul(factor))
}

/// `a + b` as `Decimal` adds them (rounding only past its range, where it
/// would overflow; the largest sum of amounts within the limits is far below).
#[allow(clippy::arithmetic_side_effects)]
fn decimal_sum(a: Decimal, b: Decimal) -> Decimal {
    a.checked_add(b).unwrap_or(if b.is_sign_negative() { Decimal::MIN } else { Decimal::MAX })
}

#[cfg(test)]
mod tests {
    use super::Tally;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// A decimal of any scale and size, cents most often, near the top of the
    /// range sometimes.
    #[cfg(not(target_arch = "wasm32"))]
    fn amount() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            4 => (-10_000_000i64..10_000_000).prop_map(|c| Decimal::new(c, 2)),
            2 => (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
            1 => (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
                .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(lo, mid, hi, negative, scale)),
        ]
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        /// The tally is `+` one by one: the same digits, scale and sign.
        #[test]
        fn a_tally_is_the_decimal_sum(amounts in proptest::collection::vec(amount(), 0..40)) {
            let mut tally = Tally::default();
            let mut sum = Decimal::ZERO;
            for a in &amounts {
                tally.add(*a);
                sum = sum.checked_add(*a).unwrap_or(if a.is_sign_negative() { Decimal::MIN } else { Decimal::MAX });
            }
            prop_assert_eq!(tally.total().to_string(), sum.to_string());
            prop_assert_eq!(tally.total().scale(), sum.scale());
        }
    }

    #[test]
    fn subtracting_leaves_the_scale_a_sum_keeps() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let mut tally = Tally::default();
        tally.add(d("12.50"));
        tally.sub(d("12.5"));
        // 12.50 − 12.5 = 0.00: `Decimal` keeps the larger scale, and so does the tally.
        assert_eq!(tally.total().to_string(), (d("12.50") - d("12.5")).to_string());
        assert_eq!(Tally::default().total().to_string(), "0");
    }
}
