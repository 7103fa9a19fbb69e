//! Comparing and hashing the short texts a ledger repeats on every row
//! (customer ids and names, currency codes, document numbers) without
//! `memcmp`: in WebAssembly that is a function call comparing a byte at a time,
//! and at a million rows its calls were 5% of an import and analysis.

/// Whether `a` and `b` are the same text, compared eight bytes at a time in a
/// loop the compiler inlines.
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let (mut x, mut y) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    (&mut x).zip(&mut y).all(|(p, q)| word(p) == word(q))
        && x.remainder().iter().zip(y.remainder()).all(|(p, q)| p == q)
}

/// The hash texts are filed under in the tables that compare them with [`same`].
#[inline]
pub(crate) fn hash(text: &str) -> u64 {
    std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, text)
}

#[cfg(test)]
mod tests {
    use super::same;

    /// Texts of every length around the eight-byte words, equal and differing
    /// at each byte, compare as `==` does.
    #[test]
    fn texts_are_the_same_exactly_when_equal() {
        for len in 0..20 {
            let a: String = (0..len).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            assert!(same(&a, &a.clone()));
            assert!(!same(&a, &format!("{a}x")));
            for at in 0..len {
                let mut b = a.clone().into_bytes();
                b[at] = b'Z';
                let b = String::from_utf8(b).unwrap();
                assert!(!same(&a, &b), "{a:?} {b:?}");
            }
        }
    }
}
