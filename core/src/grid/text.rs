//! Text as a grid compares and searches it: natural order, case ignored.

use std::cmp::Ordering;

/// `a` against `b` in natural order: runs of ASCII digits compared as numbers
/// (`INV-2` before `INV-10`, `007` equal to `7` then shorter first), other
/// characters compared lowercased.
///
/// ```
/// use arlens::grid::natural_order;
/// use std::cmp::Ordering;
/// assert_eq!(natural_order("INV-2", "inv-10"), Ordering::Less);
/// assert_eq!(natural_order("acme", "Acme"), Ordering::Equal);
/// assert_eq!(natural_order("Ärzte", "Bäcker"), Ordering::Greater); // by code point: no collation
/// ```
pub fn natural_order(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        let (Some(ca), Some(cb)) = (a.chars().next(), b.chars().next()) else {
            return a.len().cmp(&b.len());
        };
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let run_a = a.bytes().take_while(u8::is_ascii_digit).count();
            let run_b = b.bytes().take_while(u8::is_ascii_digit).count();
            let (da, db) = (a[..run_a].trim_start_matches('0'), b[..run_b].trim_start_matches('0'));
            let by_value = da.len().cmp(&db.len()).then_with(|| da.cmp(db)).then_with(|| run_a.cmp(&run_b));
            if by_value != Ordering::Equal {
                return by_value;
            }
            a = &a[run_a..];
            b = &b[run_b..];
            continue;
        }
        let order = if ca.is_ascii() && cb.is_ascii() {
            ca.to_ascii_lowercase().cmp(&cb.to_ascii_lowercase())
        } else {
            ca.to_lowercase().cmp(cb.to_lowercase())
        };
        if order != Ordering::Equal {
            return order;
        }
        a = &a[ca.len_utf8()..];
        b = &b[cb.len_utf8()..];
    }
}

/// Whether `hay` contains `needle`, ignoring case; `needle` is already
/// lowercased (`str::to_lowercase`).
///
/// ```
/// use arlens::grid::contains_folded;
/// assert!(contains_folded("Acme GmbH", "gmbh"));
/// assert!(contains_folded("Müller AG", "müller"));
/// assert!(!contains_folded("Acme", "acmes"));
/// ```
pub fn contains_folded(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if hay.is_ascii() && needle.is_ascii() {
        let needle = needle.as_bytes();
        return hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle));
    }
    hay.to_lowercase().contains(needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_reads_digit_runs_as_numbers_and_ignores_case() {
        let mut ids = vec!["INV-10", "inv-2", "INV-1", "INV-02", "CN-5", "", "INV-2a"];
        ids.sort_by(|a, b| natural_order(a, b));
        // "" first (shortest); "CN" before "INV"; 1 < 2 < 2a (longer after) < 02 (equal value,
        // more digits after) < 10.
        assert_eq!(ids, vec!["", "CN-5", "INV-1", "inv-2", "INV-2a", "INV-02", "INV-10"]);
    }

    #[test]
    fn natural_order_is_a_total_order_on_mixed_text() {
        let words = ["a1", "A01", "a1b", "a10", "b", "B", "ä", "Ä", "1", "01", "z9z", "z10"];
        for x in words {
            assert_eq!(natural_order(x, x), Ordering::Equal);
            for y in words {
                assert_eq!(natural_order(x, y), natural_order(y, x).reverse(), "{x} {y}");
                for z in words {
                    if natural_order(x, y) != Ordering::Greater && natural_order(y, z) != Ordering::Greater {
                        assert_ne!(natural_order(x, z), Ordering::Greater, "{x} {y} {z}");
                    }
                }
            }
        }
    }
}
