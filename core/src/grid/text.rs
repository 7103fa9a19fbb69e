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

/// Appends to `out` a key of `text` whose byte order is [`natural_order`]'s
/// (for text whose characters lowercase to one character each): a digit run
/// becomes `0`, its length without leading zeros (4 bytes, big-endian), those
/// digits, and its count of leading zeros (4 bytes); any other character its
/// lowercase, in UTF-8. A digit run's `0` sorts against any other character
/// as a digit does, since no other character lies between `0` and `9`.
pub fn natural_key(text: &str, out: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            let digits = &bytes[i..i + run];
            let zeros = digits.iter().take_while(|b| **b == b'0').count();
            let value = &digits[zeros..];
            out.push(b'0');
            out.extend_from_slice(&u32::try_from(value.len()).unwrap_or(u32::MAX).to_be_bytes());
            out.extend_from_slice(value);
            out.extend_from_slice(&u32::try_from(zeros).unwrap_or(u32::MAX).to_be_bytes());
            i += run;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        let mut buffer = [0u8; 4];
        for lower in c.to_lowercase() {
            out.extend_from_slice(lower.encode_utf8(&mut buffer).as_bytes());
        }
        i += c.len_utf8();
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
        // Candidates found a word at a time by the needle's first byte, either case.
        let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
        let first = needle[0];
        return memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), hay)
            .any(|at| hay.get(at..at + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle)));
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

    #[cfg(not(target_arch = "wasm32"))]
    fn key(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        natural_key(text, &mut out);
        out
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The key's byte order is natural_order, on text of digits, letters of
        /// both cases, punctuation, spaces and accented letters.
        #[test]
        fn the_natural_key_orders_as_natural_order(a in "[0-9a-zA-Z .,/:_éÉü-]{0,12}", b in "[0-9a-zA-Z .,/:_éÉü-]{0,12}") {
            proptest::prop_assert_eq!(key(&a).cmp(&key(&b)), natural_order(&a, &b), "{:?} {:?}", a, b);
        }

        /// contains_folded finds what lowercasing both and `str::contains` find.
        #[test]
        fn contains_folded_is_contains_on_lowercased_text(hay in "[a-cA-C0-9 é]{0,16}", needle in "[a-cA-C é]{1,3}") {
            let lower = needle.to_lowercase();
            proptest::prop_assert_eq!(contains_folded(&hay, &lower), hay.to_lowercase().contains(&lower));
        }
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
