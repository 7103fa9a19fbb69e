//! A list kept in fixed-size chunks: [`Chunked`].

/// Items in a chunk: 256 rows' values are about 50 KB (in WebAssembly), small
/// enough to fit in the memory the cells of the rows read before them freed
/// (chunks of 16,384 did not: a 1M-row import's memory grew by all of its
/// values instead of half of them).
const CHUNK: usize = 1 << 8;

/// A list kept in chunks of [`CHUNK`] items, for the rows' values of a large
/// file: it never needs one block as large as all of them, nor a copy of them
/// when it grows (a `Vec` briefly holds its old and new buffer), and consumed
/// by value it frees each chunk once its items are taken — so the memory the
/// rows' cells free as they are read, and then the values as the entries are
/// made, is reused for what comes next. In WebAssembly's 4 GB that is the
/// difference between a 10M-row file read and refused.
#[derive(Debug)]
pub(super) struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for Chunked<T> {
    fn default() -> Self {
        Chunked { chunks: Vec::new(), len: 0 }
    }
}

impl<T> Chunked<T> {
    /// Adds `item` at the end.
    pub(super) fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK => last.push(item),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(item);
                self.chunks.push(chunk);
            }
        }
        self.len = self.len.saturating_add(1);
    }

    /// How many items.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Whether there are none.
    pub(super) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The item at `index`.
    pub(super) fn get(&self, index: usize) -> Option<&T> {
        self.chunks.get(index / CHUNK).and_then(|c| c.get(index % CHUNK))
    }

    /// The first item.
    pub(super) fn first(&self) -> Option<&T> {
        self.get(0)
    }

    /// The items in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }
}

impl<T> IntoIterator for Chunked<T> {
    type Item = T;
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Vec<T>>>;

    /// The items in order, each chunk freed once its last item is taken.
    fn into_iter(self) -> Self::IntoIter {
        self.chunks.into_iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::{CHUNK, Chunked};

    #[test]
    fn keeps_order_and_indices_across_chunks() {
        let mut list = Chunked::default();
        assert!(list.is_empty() && list.first().is_none());
        let n = 2 * CHUNK + 5;
        for i in 0..n {
            list.push(i);
        }
        assert_eq!(list.len(), n);
        assert_eq!(list.first(), Some(&0));
        assert_eq!(list.get(CHUNK), Some(&CHUNK));
        assert_eq!(list.get(n - 1), Some(&(n - 1)));
        assert_eq!(list.get(n), None);
        assert!(list.iter().copied().eq(0..n));
        assert!(list.into_iter().eq(0..n));
    }
}
