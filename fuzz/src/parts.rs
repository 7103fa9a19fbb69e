//! A workbook's parts as one fuzzer input, and back into a container.
//!
//! A zip's deflate streams and CRCs, or a compound file's sector chains, turn
//! almost every mutation of a real workbook into a file the container reader
//! refuses before any sheet is parsed. So the workbook targets take the parts
//! themselves — `==> name` on a line, then the part's bytes — and wrap them
//! into a fresh container (a zip with stored entries, or a compound file) on
//! every run: mutations reach the XML, the binary records and the BIFF streams.
//! The `file` target still fuzzes whole files, containers included.

use std::io::{Cursor, Read, Write};

/// The line that starts each part: `==> ` and its name.
pub const MARK: &[u8] = b"==> ";

/// One part: its path in the container, and its bytes.
pub type Part<'a> = (&'a str, &'a [u8]);

/// The parts of a framed input: each `==> name` line starts one, its bytes run to
/// the newline before the next mark. Bytes before the first mark, and names
/// that are not UTF-8 or are empty, are left out.
pub fn split(data: &[u8]) -> Vec<Part<'_>> {
    let mut starts: Vec<usize> = Vec::new();
    if data.starts_with(MARK) {
        starts.push(0);
    }
    let mut at = 0;
    while let Some(i) = find(&data[at..], b"\n==> ") {
        starts.push(at + i + 1);
        at += i + 1;
    }
    let mut parts = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(data.len(), |&next| next - 1);
        let body = &data[start + MARK.len()..end.max(start + MARK.len())];
        let (name, bytes) = match body.iter().position(|&b| b == b'\n') {
            Some(nl) => (&body[..nl], &body[nl + 1..]),
            None => (body, &body[body.len()..]),
        };
        if let Ok(name) = std::str::from_utf8(name)
            && !name.is_empty()
        {
            parts.push((name, bytes));
        }
    }
    parts
}

/// The framed input of `parts` (what [`split`] reads back).
pub fn join<N: AsRef<str>, B: AsRef<[u8]>>(parts: &[(N, B)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (k, (name, bytes)) in parts.iter().enumerate() {
        if k > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(MARK);
        out.extend_from_slice(name.as_ref().as_bytes());
        out.push(b'\n');
        out.extend_from_slice(bytes.as_ref());
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A zip holding `parts` uncompressed; `None` when the zip writer refuses them
/// (a name twice, say).
pub fn zip(parts: &[Part<'_>]) -> Option<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        writer.start_file(*name, stored).ok()?;
        writer.write_all(bytes).ok()?;
    }
    writer.finish().ok().map(Cursor::into_inner)
}

/// A compound file (the container of an xls) holding `parts` as streams;
/// `None` when a name is not a valid stream path.
pub fn compound(parts: &[Part<'_>]) -> Option<Vec<u8>> {
    // Version 3 (512-byte sectors), as Excel writes: calamine refuses a version 4
    // file whose streams are all too large for the mini stream.
    let mut file = cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new())).ok()?;
    for (name, bytes) in parts {
        // cfb asserts what its own checks let through: a stream's name is at most 31
        // UTF-16 units, without `/ \ : !`.
        let name = name.trim_start_matches('/');
        if name.is_empty() || name.encode_utf16().count() > 31 || name.contains(['/', '\\', ':', '!']) {
            return None;
        }
        let path = format!("/{name}");
        let mut stream = file.create_new_stream(&path).ok()?;
        stream.write_all(bytes).ok()?;
    }
    file.flush().ok()?;
    Some(file.into_inner().into_inner())
}

/// The parts of a zip file, for seeds: every entry up to `max` bytes inflated.
pub fn unzip(bytes: &[u8], max: u64) -> Vec<(String, Vec<u8>)> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Vec::new() };
    let mut parts = Vec::new();
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else { continue };
        if entry.is_dir() || entry.size() > max {
            continue;
        }
        let Ok(name) = entry.name().map(|n| n.into_owned()) else { continue };
        let mut out = Vec::new();
        if entry.take(max).read_to_end(&mut out).is_ok() {
            parts.push((name, out));
        }
    }
    parts
}

/// The streams of a compound file, for seeds: every stream up to `max` bytes.
pub fn uncompound(bytes: &[u8], max: u64) -> Vec<(String, Vec<u8>)> {
    let Ok(mut file) = cfb::CompoundFile::open(Cursor::new(bytes)) else { return Vec::new() };
    let paths: Vec<_> = file
        .walk()
        .filter(|e| e.is_stream() && e.len() <= max)
        .map(|e| e.path().to_string_lossy().trim_start_matches('/').to_owned())
        .collect();
    let mut parts = Vec::new();
    for path in paths {
        let mut out = Vec::new();
        if let Ok(mut stream) = file.open_stream(format!("/{path}"))
            && stream.read_to_end(&mut out).is_ok()
        {
            parts.push((path, out));
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_reads_back_what_join_wrote() {
        let parts = [("a.xml", b"<a>\n</a>\n".to_vec()), ("b/c.bin", vec![0, 10, 255]), ("e", Vec::new())];
        let framed = join(&parts);
        let back: Vec<(String, Vec<u8>)> =
            split(&framed).into_iter().map(|(n, b)| (n.to_owned(), b.to_vec())).collect();
        let want: Vec<(String, Vec<u8>)> = parts.iter().map(|(n, b)| ((*n).to_owned(), b.clone())).collect();
        assert_eq!(back, want);
    }

    #[test]
    fn containers_hold_their_parts() {
        let parts: [Part<'_>; 2] = [("xl/a.xml", b"<a/>"), ("b.bin", &[1, 2, 3])];
        let zipped = zip(&parts).unwrap();
        assert_eq!(
            unzip(&zipped, 100),
            vec![("xl/a.xml".into(), b"<a/>".to_vec()), ("b.bin".into(), vec![1, 2, 3])]
        );
        let parts: [Part<'_>; 1] = [("Workbook", &[9u8; 5000])];
        let compound_file = compound(&parts).unwrap();
        assert_eq!(uncompound(&compound_file, 10_000), vec![("Workbook".into(), vec![9u8; 5000])]);
    }
}
