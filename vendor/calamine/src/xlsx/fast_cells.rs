// SPDX-License-Identifier: MIT
//
// arlens patch 19 (vendor/calamine/PATCHES.md).

//! The worksheet cells' fast path: `<sheetData>`'s rows and cells read
//! straight from the bytes, in the shapes spreadsheet programs write them.
//!
//! It reads a strict subset of XML and hands anything else back: an item is
//! [`Scan::Done`] only when it is one of
//! - `<row ATTRS>`, `<row ATTRS/>`, `</row>`, `</sheetData>`;
//! - `<c ATTRS/>` or `<c ATTRS>CHILDREN</c>`, each child one of `<v>TEXT</v>`,
//!   `<f ATTRS/>`, `<f ATTRS>TEXT</f>`, `<is><t ATTRS>TEXT</t></is>`;
//!
//! with ASCII whitespace between them, attributes as `key="value"` (or single
//! quotes) with no `<`, `&` or non-ASCII byte in a value and no key twice among
//! those read, and `TEXT` valid UTF-8 with no `&` (an entity) or carriage return
//! (both decoded by the general reader). Anything else (a comment, CDATA, a
//! namespace prefix, rich text, an unknown element, malformed or truncated XML)
//! is [`Scan::Bail`]: the general, quick-xml reader reads the next cell from that
//! very place, so errors and unusual files read exactly as before.

/// What the fast path made of the bytes in view.
pub(super) enum Scan<T> {
    /// An item, and how many bytes of the view it took.
    Done(T, usize),
    /// The item does not end within the view: look further ahead and try again.
    More,
    /// Not a shape the fast path reads: the general reader takes the next cell.
    Bail,
}

/// Unwraps a [`Scan::Done`], returning [`Scan::More`] or [`Scan::Bail`] as they are.
macro_rules! done {
    ($scan:expr) => {
        match $scan {
            Scan::Done(value, at) => (value, at),
            Scan::More => return Scan::More,
            Scan::Bail => return Scan::Bail,
        }
    };
}

/// One item of `<sheetData>`.
pub(super) enum Item<'d> {
    /// `<row>`: its `r` attribute, whether it is empty (`<row .../>`), and
    /// whether it is hidden (`hidden="1"`, arlens patch 23).
    Row { r: Option<&'d str>, empty: bool, hidden: bool },
    /// `</row>`.
    RowEnd,
    /// A `<c>` element.
    Cell(CellXml<'d>),
    /// `</sheetData>`.
    End,
}

/// A `<c>` element as written: its `r`, `s` and `t` attributes, its last child,
/// and whether it has a formula (`<f>`) child (arlens patch 21).
pub(super) struct CellXml<'d> {
    pub r: Option<&'d str>,
    pub s: Option<&'d str>,
    pub t: Option<&'d str>,
    pub content: Content<'d>,
    pub formula: bool,
}

/// A cell's value child, its last: a cell with a child after its `<v>` or `<is>`
/// is left to the general reader, which reads every child's value in turn.
pub(super) enum Content<'d> {
    /// No child, or a formula (`<f>`), whose cached value would be in a `<v>` after it.
    Empty,
    /// `<v>TEXT</v>`.
    Value(&'d str),
    /// `<is><t>TEXT</t></is>`, and whether `<t>` has `xml:space="preserve"`.
    Inline { text: &'d str, preserve: bool },
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn skip_space(d: &[u8], mut i: usize) -> usize {
    while d.get(i).is_some_and(|&b| is_space(b)) {
        i += 1;
    }
    i
}

/// Whether `d[i..]` starts with `s`: `None` while the view ends inside a prefix of it.
/// `s` is a tag of a few bytes, compared byte by byte where its length is known
/// (a `memcmp` call per tag was 2% of reading a sheet in WebAssembly).
fn starts<const N: usize>(d: &[u8], i: usize, s: &[u8; N]) -> Option<bool> {
    let rest = d.get(i..).unwrap_or_default();
    match rest.first_chunk::<N>() {
        Some(head) => Some(head.iter().zip(s).all(|(a, b)| a == b)),
        None if rest.iter().zip(s).all(|(a, b)| a == b) => None,
        None => Some(false),
    }
}

/// Whether `d[i..]` starts with `s` and then ends the name (a space, `>` or `/`).
fn starts_name<const N: usize>(d: &[u8], i: usize, s: &[u8; N]) -> Scan<()> {
    match starts(d, i, s) {
        None => Scan::More,
        Some(false) => Scan::Bail,
        Some(true) => match d.get(i + s.len()) {
            None => Scan::More,
            Some(&b) if is_space(b) || b == b'>' || b == b'/' => Scan::Done((), i + s.len()),
            Some(_) => Scan::Bail,
        },
    }
}

/// Whether `d[i..]` is exactly `s`, then the index after it.
fn exactly<const N: usize>(d: &[u8], i: usize, s: &[u8; N]) -> Scan<()> {
    match starts(d, i, s) {
        None => Scan::More,
        Some(false) => Scan::Bail,
        Some(true) => Scan::Done((), i + s.len()),
    }
}

/// A start tag's attributes, from `i` (just past its name) to its `>`: each
/// `(key, value)` given to `attribute`, which returns false to bail. Done with
/// whether the element is empty (`/>`). A key is ASCII by the bytes it may
/// hold, so it is handed over as bytes (no UTF-8 check per attribute).
fn attributes<'d>(
    d: &'d [u8],
    mut i: usize,
    mut attribute: impl FnMut(&'d [u8], &'d str) -> bool,
) -> Scan<bool> {
    loop {
        let j = skip_space(d, i);
        match d.get(j) {
            None => return Scan::More,
            Some(b'>') => return Scan::Done(false, j + 1),
            Some(b'/') => {
                return match d.get(j + 1) {
                    None => Scan::More,
                    Some(b'>') => Scan::Done(true, j + 2),
                    Some(_) => Scan::Bail,
                }
            }
            // An attribute not set off by a space.
            Some(_) if j == i => return Scan::Bail,
            Some(_) => {}
        }
        let mut k = j;
        while d
            .get(k)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.'))
        {
            k += 1;
        }
        let quote = match (d.get(k), d.get(k + 1)) {
            (None, _) | (Some(b'='), None) => return Scan::More,
            (Some(b'='), Some(&q @ (b'"' | b'\''))) if k > j => q,
            _ => return Scan::Bail,
        };
        let start = k + 2;
        // One byte loop to the closing quote: values are a few bytes long, and
        // one with `<`, `&` or a non-ASCII byte is the general reader's.
        let Some(len) = d[start..].iter().position(|&b| b == quote || b == b'<' || b == b'&' || !b.is_ascii())
        else {
            return Scan::More;
        };
        if d[start + len] != quote {
            return Scan::Bail;
        }
        match std::str::from_utf8(&d[start..start + len]) {
            Ok(value) if attribute(&d[j..k], value) => {}
            _ => return Scan::Bail,
        }
        i = start + len + 1;
    }
}

/// The text from `i` to the next `<` (the index returned): valid UTF-8 with no
/// `&` or carriage return. One pass, a byte at a time: a cell's text is short,
/// shorter than a `memchr` call's set-up.
fn text(d: &[u8], i: usize) -> Scan<&str> {
    let rest = d.get(i..).unwrap_or_default();
    for (len, &b) in rest.iter().enumerate() {
        match b {
            b'<' => {
                return match std::str::from_utf8(&rest[..len]) {
                    Ok(text) => Scan::Done(text, i + len),
                    Err(_) => Scan::Bail,
                };
            }
            b'&' | b'\r' => return Scan::Bail,
            _ => {}
        }
    }
    Scan::More
}

/// Sets `slot` to `value` unless it was set: a key written twice is left to the general reader.
fn once<'d>(slot: &mut Option<&'d str>, value: &'d str) -> bool {
    slot.replace(value).is_none()
}

/// The next item of `<sheetData>` at the start of `d` (after any spaces).
pub(super) fn item(d: &[u8]) -> Scan<Item<'_>> {
    let i = skip_space(d, 0);
    match (d.get(i), d.get(i + 1)) {
        (None, _) | (Some(b'<'), None) => Scan::More,
        (Some(b'<'), Some(b'c')) => cell(d, i),
        (Some(b'<'), Some(b'r')) => {
            let ((), at) = done!(starts_name(d, i, b"<row"));
            let (mut r, mut hidden) = (None, false);
            let (empty, at) = done!(attributes(d, at, |key, value| match key {
                b"r" => once(&mut r, value),
                b"hidden" => {
                    hidden = matches!(value, "1" | "true");
                    true
                }
                _ => true,
            }));
            Scan::Done(Item::Row { r, empty, hidden }, at)
        }
        (Some(b'<'), Some(b'/')) => match starts(d, i, b"</row>") {
            Some(true) => Scan::Done(Item::RowEnd, i + 6),
            None => Scan::More,
            Some(false) => {
                let ((), at) = done!(exactly(d, i, b"</sheetData>"));
                Scan::Done(Item::End, at)
            }
        },
        _ => Scan::Bail,
    }
}

/// A `<c>` element at `d[i..]`.
fn cell(d: &[u8], i: usize) -> Scan<Item<'_>> {
    let ((), at) = done!(starts_name(d, i, b"<c"));
    let (mut r, mut s, mut t) = (None, None, None);
    let (empty, mut at) = done!(attributes(d, at, |key, value| match key {
        b"r" => once(&mut r, value),
        b"s" => once(&mut s, value),
        b"t" => once(&mut t, value),
        _ => true,
    }));
    let mut content = Content::Empty;
    let mut formula = false;
    if !empty {
        loop {
            at = skip_space(d, at);
            match (d.get(at), d.get(at + 1)) {
                (None, _) | (Some(b'<'), None) => return Scan::More,
                // A child after a value: the general reader reads the value too (and
                // may fail on it) before the next child replaces it.
                (Some(b'<'), Some(&b)) if b != b'/' && !matches!(content, Content::Empty) => {
                    return Scan::Bail
                }
                (Some(b'<'), Some(b'/')) => {
                    let ((), end) = done!(exactly(d, at, b"</c>"));
                    at = end;
                    break;
                }
                (Some(b'<'), Some(b'v')) => {
                    let ((), start) = done!(exactly(d, at, b"<v>"));
                    let (value, end) = done!(text(d, start));
                    let ((), end) = done!(exactly(d, end, b"</v>"));
                    content = Content::Value(value);
                    at = end;
                }
                (Some(b'<'), Some(b'f')) => {
                    let ((), start) = done!(starts_name(d, at, b"<f"));
                    let (empty, end) = done!(attributes(d, start, |_, _| true));
                    at = if empty {
                        end
                    } else {
                        let (_, end) = done!(text(d, end));
                        done!(exactly(d, end, b"</f>")).1
                    };
                    content = Content::Empty;
                    formula = true;
                }
                (Some(b'<'), Some(b'i')) => {
                    let ((), start) = done!(exactly(d, at, b"<is>"));
                    let ((), start) = done!(starts_name(d, skip_space(d, start), b"<t"));
                    let mut space = None;
                    let (empty, start) = done!(attributes(d, start, |key, value| {
                        key != b"xml:space" || once(&mut space, value)
                    }));
                    if empty {
                        return Scan::Bail;
                    }
                    let (text, end) = done!(text(d, start));
                    let ((), end) = done!(exactly(d, end, b"</t>"));
                    let ((), end) = done!(exactly(d, skip_space(d, end), b"</is>"));
                    content = Content::Inline { text, preserve: space == Some("preserve") };
                    at = end;
                }
                _ => return Scan::Bail,
            }
        }
    }
    Scan::Done(Item::Cell(CellXml { r, s, t, content, formula }), at)
}

