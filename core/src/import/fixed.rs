//! Reports printed to text in fixed-width columns (Dynamics GP's aged trial
//! balance, SQL*Plus, SQL Server and AS/400 query output): a header line with a
//! rule of dashes under each column (`----------  ----------  --------`), whose
//! runs give the columns; or, without a rule (QuickBooks printed to a file,
//! Excel's "Formatted Text (Space delimited)"), a header of names two spaces
//! apart or more over lines that leave the same places blank. Each line from the
//! header down is cut into cells in the middle of the gaps between the columns,
//! and handed to the delimited-text reader as fields apart (the lines above, a
//! report's titles, stay whole). Other text is read as delimited text.

/// Lines looked at for a report's header.
pub(super) const LOOK_LINES: usize = 60;

/// Bytes looked at for a report's header, at most.
pub(super) const LOOK_BYTES: usize = 64 << 10;

/// How far a cut moves, at most, to fall between two words (see [`Layout::write_line`]).
const SHIFT: usize = 3;

/// The delimiter the cut lines are handed over with: the ASCII unit separator,
/// which no printed report holds.
pub(super) const SEPARATOR: u8 = 0x1f;

/// The columns of a fixed-width report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Layout {
    /// Where each column after the first starts, in characters from the line's
    /// start (the middle of the gap before its run of dashes).
    cuts: Vec<usize>,
    /// The header's line (0-based): lines before it are titles, left whole.
    header: usize,
    /// The titles above the header without their digits and spaces: a page's
    /// titles printed again further down (`Page: 2`) are left whole too.
    titles: Vec<String>,
}

use super::layout::title_shape as shape;

/// The runs of a rule line (`-` or `=`, at least two each, spaces between), as
/// character ranges; `None` unless the line is only such runs, three or more.
fn rule_runs(line: &str) -> Option<Vec<(usize, usize)>> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    let mut count = 0usize;
    for (i, c) in line.chars().enumerate() {
        count = i.saturating_add(1);
        match (c, start) {
            ('-' | '=', None) => start = Some(i),
            ('-' | '=', Some(_)) => {}
            (' ', Some(from)) => {
                runs.push((from, i));
                start = None;
            }
            (' ', None) => {}
            _ => return None,
        }
    }
    if let Some(from) = start {
        runs.push((from, count));
    }
    (runs.len() >= 3 && runs.iter().all(|&(from, to)| to.saturating_sub(from) >= 2)).then_some(runs)
}

/// The layout of a text whose first lines hold a report's header (see the
/// module docs): over a rule of dashes ([`ruled`]), else over lines in columns
/// ([`aligned`]). `None` for text with tabs or NUL bytes (delimited, or UTF-16),
/// or with neither.
pub(super) fn layout(head: &[u8]) -> Option<Layout> {
    let head = head.get(..head.len().min(LOOK_BYTES)).unwrap_or(head);
    if head.iter().any(|&b| b == b'\t' || b == 0) {
        return None;
    }
    let text = String::from_utf8_lossy(head);
    let lines: Vec<&str> = text.lines().take(LOOK_LINES).map(|l| l.trim_end_matches('\r')).collect();
    ruled(&lines).or_else(|| aligned(&lines))
}

/// The layout of a header over a rule of dashes: the first rule line of the
/// [`LOOK_LINES`] whose line above has text over most of its runs.
fn ruled(lines: &[&str]) -> Option<Layout> {
    for (at, line) in lines.iter().enumerate().skip(1) {
        let Some(runs) = rule_runs(line) else { continue };
        let header: Vec<char> =
            lines.get(at.saturating_sub(1))?.trim_start_matches('\u{feff}').chars().collect();
        let named = runs
            .iter()
            .filter(|&&(from, to)| {
                header.get(from..to.min(header.len())).is_some_and(|s| s.iter().any(|c| !c.is_whitespace()))
            })
            .count();
        if named.saturating_mul(3) < runs.len().saturating_mul(2) {
            continue;
        }
        let cuts = runs
            .windows(2)
            .filter_map(|pair| match pair {
                [(_, end), (start, _)] => {
                    Some(end.saturating_add(start.saturating_sub(*end).saturating_add(1) / 2))
                }
                _ => None,
            })
            .collect();
        if let Some(layout) = accepted(lines, at.saturating_sub(1), cuts, at.saturating_add(1)) {
            return Some(layout);
        }
    }
    None
}

/// Whether character `at` of `line` is blank (a space, or past the line's end).
fn blank_at(line: &[char], at: usize) -> bool {
    line.get(at).is_none_or(|c| c.is_whitespace())
}

/// The layout of a report printed in columns without a rule (Excel's "Formatted
/// Text (Space delimited)", a report printed to a file): the first line of three
/// or more names two spaces apart or more, over at least [`ALIGNED_LINES`] lines
/// whose text leaves the same places blank — in nine lines of ten, with text on
/// both sides in half of them at least: the gaps between its columns. Never for
/// text that holds `;` or `|`, or where half the lines have a comma between words
/// (delimited text; `1,250.00`'s comma is between digits).
fn aligned(lines: &[&str]) -> Option<Layout> {
    if lines.iter().any(|l| l.contains([';', '|'])) {
        return None;
    }
    let field_comma = |l: &[char]| {
        l.windows(3).any(|w| matches!(w, [a, ',', b] if !(a.is_ascii_digit() && b.is_ascii_digit())))
    };
    let chars: Vec<Vec<char>> =
        lines.iter().map(|l| l.trim_start_matches('\u{feff}').chars().collect()).collect();
    for (header, named) in chars.iter().enumerate().take(LOOK_LINES / 2) {
        if named.len() > WIDEST_HEADER {
            continue;
        }
        let names = named.split(|c| *c == ' ').filter(|w| !w.is_empty()).count();
        let gaps = named.windows(3).filter(|w| matches!(w, [a, ' ', ' '] if !a.is_whitespace())).count();
        if names < 3 || gaps < 2 {
            continue;
        }
        let body: Vec<&[char]> = chars
            .iter()
            .skip(header.saturating_add(1))
            .filter(|l| l.iter().any(|c| !c.is_whitespace()))
            .map(Vec::as_slice)
            .collect();
        if body.len() < ALIGNED_LINES {
            continue;
        }
        if body.iter().filter(|l| field_comma(l)).count().saturating_mul(2) >= body.len() {
            return None;
        }
        let width = named.len();
        let nine_in_ten = body.len().saturating_mul(9).div_ceil(10);
        let gutter: Vec<bool> = (0..width)
            .map(|at| blank_at(named, at) && body.iter().filter(|l| blank_at(l, at)).count() >= nine_in_ten)
            .collect();
        // Each gap of two spaces or more between the header's names holds one cut,
        // in the middle of its widest run of places the lines leave blank (a single
        // space is within a name: `Open Balance`).
        let text = |l: &[char], from: usize, to: usize| {
            l.get(..from).is_some_and(|b| b.iter().any(|c| !c.is_whitespace()))
                && l.get(to..).is_some_and(|a| a.iter().any(|c| !c.is_whitespace()))
        };
        let mut cuts = Vec::new();
        let mut at = 0usize;
        while at < named.len() {
            if !blank_at(named, at) || !text(named, at, at) {
                at = at.saturating_add(1);
                continue;
            }
            let gap = at;
            while blank_at(named, at) && at < named.len() {
                at = at.saturating_add(1);
            }
            if at.saturating_sub(gap) < 2 {
                continue;
            }
            let mut widest: Option<(usize, usize)> = None;
            let mut run = gap;
            while run < at {
                if !gutter.get(run).copied().unwrap_or(false) {
                    run = run.saturating_add(1);
                    continue;
                }
                let from = run;
                while run < at && gutter.get(run).copied().unwrap_or(false) {
                    run = run.saturating_add(1);
                }
                if widest.is_none_or(|(f, t)| run.saturating_sub(from) > t.saturating_sub(f)) {
                    widest = Some((from, run));
                }
            }
            let Some((from, to)) = widest else { continue };
            if body.iter().filter(|l| text(l, from, to)).count().saturating_mul(2) >= body.len() {
                cuts.push(from.saturating_add(to.saturating_sub(from).saturating_add(1) / 2));
            }
        }
        if cuts.len() < 2 {
            continue;
        }
        if let Some(layout) = accepted(lines, header, cuts, header.saturating_add(1)) {
            return Some(layout);
        }
    }
    None
}

/// Lines of text under a header without a rule that [`aligned`] needs.
const ALIGNED_LINES: usize = 3;

/// The longest header [`aligned`] looks at, in characters.
const WIDEST_HEADER: usize = 1_000;

/// The layout of `cuts` under the header on line `header`, if the header and the
/// first line of text from line `body` on fall into its columns (a
/// comma-delimited header over spaced dashes does not).
fn accepted(lines: &[&str], header: usize, cuts: Vec<usize>, body: usize) -> Option<Layout> {
    let titles = lines.iter().take(header).map(|l| shape(l)).filter(|t| !t.is_empty()).collect();
    let layout = Layout { cuts, header, titles };
    let cut = |index: usize, line: &str| {
        let mut out = Vec::new();
        layout.write_line(index, line.as_bytes(), &mut out);
        out.contains(&SEPARATOR)
    };
    let below = lines.iter().enumerate().skip(body).find(|(_, l)| !l.trim().is_empty());
    (cut(header, lines.get(header)?) && below.is_none_or(|(index, line)| cut(index, line))).then_some(layout)
}

impl Layout {
    /// Writes line `index` (0-based, without its line break) to `out` as the
    /// delimited reader reads it: a title above the header as one field; a line
    /// from the header down as its columns' texts, [`SEPARATOR`] between them —
    /// unless a word crosses a cut (a page's title repeated, a value wider than
    /// its column), which leaves the line one field. A field holding a double
    /// quote is quoted.
    pub(super) fn write_line(&self, index: usize, line: &[u8], out: &mut Vec<u8>) {
        let (bom, line) = match line.strip_prefix(b"\xef\xbb\xbf") {
            Some(rest) if index == 0 => (true, rest),
            _ => (false, line),
        };
        if bom {
            out.extend_from_slice(b"\xef\xbb\xbf");
        }
        if index < self.header
            || line.iter().all(u8::is_ascii_whitespace)
            || self.titles.contains(&shape(&String::from_utf8_lossy(line)))
        {
            field(line, out);
            return;
        }
        // Character offsets of a UTF-8 line; a line in another encoding (a
        // single-byte code page) is cut at byte offsets.
        let bounds: Vec<usize> = match std::str::from_utf8(line) {
            Ok(text) => text.char_indices().map(|(at, _)| at).chain([line.len()]).collect(),
            Err(_) => (0..=line.len()).collect(),
        };
        let chars = bounds.len().saturating_sub(1);
        let byte = |char_at: usize| bounds.get(char_at.min(chars)).copied().unwrap_or(line.len());
        let blank = |char_at: usize| {
            line.get(byte(char_at)..byte(char_at.saturating_add(1)))
                .is_none_or(|b| b.iter().all(u8::is_ascii_whitespace))
        };
        // Each cut where the line is blank on one side of it, else at the
        // nearest blank within [`SHIFT`] characters (a value a little wider than
        // its rule, or printed a little off).
        let mut cuts = Vec::with_capacity(self.cuts.len());
        let mut from = 0usize;
        for &cut in &self.cuts {
            let fits = |at: usize| at > from && (at >= chars || blank(at.saturating_sub(1)) || blank(at));
            let near =
                (0..=SHIFT).flat_map(|d| [cut.saturating_sub(d), cut.saturating_add(d)]).find(|&at| fits(at));
            let Some(at) = near else {
                field(line, out);
                return;
            };
            cuts.push(at);
            from = at;
        }
        let mut from = 0usize;
        for cut in cuts {
            field(line.get(byte(from)..byte(cut)).unwrap_or_default(), out);
            out.push(SEPARATOR);
            from = cut;
        }
        field(line.get(byte(from)..).unwrap_or_default(), out);
    }
}

/// `bytes` trimmed as one field, quoted when it holds a double quote.
fn field(bytes: &[u8], out: &mut Vec<u8>) {
    let bytes = bytes.trim_ascii();
    if bytes.contains(&b'"') {
        out.push(b'"');
        for &b in bytes {
            out.push(b);
            if b == b'"' {
                out.push(b'"');
            }
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(bytes);
    }
}

/// The longest line cut into columns: a longer one (no printed report's) is
/// handed over as it is, for the delimited reader's limits to judge.
const LONGEST_LINE: usize = 64 << 10;

/// Cuts a fixed-width text chunk by chunk (see [`Layout::write_line`]): lines
/// may be split across chunks anywhere.
#[derive(Debug)]
pub(super) struct Cutter {
    layout: Layout,
    /// The start of a line whose end has not come yet.
    carry: Vec<u8>,
    /// Whether the rest of a line longer than [`LONGEST_LINE`] is being passed on.
    passing: bool,
    /// Lines written so far.
    lines: usize,
}

impl Cutter {
    /// A cutter of text laid out as `layout`.
    pub(super) fn new(layout: Layout) -> Self {
        Cutter { layout, carry: Vec::new(), passing: false, lines: 0 }
    }

    /// The delimited text of the complete lines of `chunk` (with the line
    /// carried from the chunk before); `last` writes the line left too.
    pub(super) fn cut(&mut self, chunk: &[u8], last: bool) -> Vec<u8> {
        let mut out = Vec::with_capacity(chunk.len().saturating_add(chunk.len() / 8));
        let mut rest = chunk;
        while let Some(end) = memchr::memchr(b'\n', rest) {
            let (line, after) = rest.split_at(end);
            rest = after.get(1..).unwrap_or_default();
            self.lines = self.lines.saturating_add(1);
            if std::mem::take(&mut self.passing) || self.carry.len().saturating_add(line.len()) > LONGEST_LINE
            {
                out.append(&mut self.carry);
                out.extend_from_slice(line);
                out.push(b'\n');
                continue;
            }
            self.carry.extend_from_slice(line);
            let line = std::mem::take(&mut self.carry);
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            self.layout.write_line(self.lines.saturating_sub(1), line, &mut out);
            out.push(b'\n');
        }
        if self.passing || self.carry.len().saturating_add(rest.len()) > LONGEST_LINE {
            self.passing = true;
            out.append(&mut self.carry);
            out.extend_from_slice(rest);
            return out;
        }
        self.carry.extend_from_slice(rest);
        if last && !self.carry.is_empty() {
            let line = std::mem::take(&mut self.carry);
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            self.layout.write_line(self.lines, line, &mut out);
            self.lines = self.lines.saturating_add(1);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "Aged Trial Balance\n\
        \n\
        Customer ID   Name              Due Date         Amount\n\
        ------------  ----------------  ----------  -----------\n\
        AARON0001     Aaron \"A\" Fitz    6/14/2026      1,250.00\n\
        ADAM0001      Adam Park Resort  3/22/2026        -150.00\n";

    #[test]
    fn a_header_over_a_rule_of_dashes_gives_the_columns() {
        let layout = layout(REPORT.as_bytes()).unwrap();
        // Runs at 0–12, 14–30, 32–42, 44–55: cut in the middle of each gap.
        assert_eq!(
            layout,
            Layout { cuts: vec![13, 31, 43], header: 2, titles: vec!["AgedTrialBalance".into()] }
        );
        let out = Cutter::new(layout).cut(REPORT.as_bytes(), true);
        let text = String::from_utf8(out).unwrap().replace('\u{1f}', "|");
        assert_eq!(
            text,
            "Aged Trial Balance\n\n\
             Customer ID|Name|Due Date|Amount\n\
             ------------|----------------|----------|-----------\n\
             AARON0001|\"Aaron \"\"A\"\" Fitz\"|6/14/2026|1,250.00\n\
             ADAM0001|Adam Park Resort|3/22/2026|-150.00\n"
        );
    }

    #[test]
    fn columns_without_a_rule_are_found_by_the_places_left_blank() {
        let text = "Customer          Invoice   Due date      Open Balance\n\
                    Acme Corp         INV-1001  05/31/2026         1000.00\n\
                    Birch Ltd         INV-1002  06/14/2026          250.00\n\
                    Cedar & Sons Inc  INV-1003  07/01/2026          750.00\n";
        let layout = layout(text.as_bytes()).unwrap();
        // One cut a gap between names (`Open Balance` is one name; the blank place
        // in `Cedar & Sons Inc`'s column is no gap of the header).
        assert_eq!(layout.cuts, [17, 27, 40]);
        let out = String::from_utf8(Cutter::new(layout).cut(text.as_bytes(), true)).unwrap();
        assert_eq!(out.lines().nth(3), Some("Cedar & Sons Inc\u{1f}INV-1003\u{1f}07/01/2026\u{1f}750.00"));
    }

    #[test]
    fn delimited_or_ragged_text_has_no_columns_without_a_rule() {
        for text in [
            // Comma and space between fields.
            "Customer,  Invoice,  Amount\nAcme,  INV-1,  100.00\nBirch,  INV-2,  200.00\nCedar,  INV-3,  300.00\n",
            "Customer;  Invoice;  Amount\nAcme;  INV-1;  100.00\nBirch;  INV-2;  200.00\nCedar;  INV-3;  300.00\n",
            // Prose, and lines of words one space apart.
            "Dear customer,  please find  attached\nthe invoices we discussed on the phone today and\nthe statement of your account as\nof the end of June.\n",
            "Customer Invoice Amount\nAcme INV-1 100.00\nBirch INV-2 200.00\nCedar INV-3 300.00\n",
            // Too few lines below the header.
            "Customer   Invoice   Amount\nAcme       INV-1     100.00\n",
        ] {
            assert_eq!(layout(text.as_bytes()), None, "{text:?}");
        }
    }

    /// `text` cut by a cutter fed in two chunks, split at byte `at`.
    fn in_two(layout: &Layout, text: &str, at: usize) -> Vec<u8> {
        let mut cutter = Cutter::new(layout.clone());
        let (a, b) = text.as_bytes().split_at(at);
        let mut out = cutter.cut(a, false);
        out.extend(cutter.cut(b, true));
        out
    }

    #[test]
    fn lines_split_anywhere_cut_alike() {
        let layout = layout(REPORT.as_bytes()).unwrap();
        let whole = Cutter::new(layout.clone()).cut(REPORT.as_bytes(), true);
        for at in 0..REPORT.len() {
            assert_eq!(in_two(&layout, REPORT, at), whole, "cut at {at}");
        }
    }

    #[test]
    fn a_line_longer_than_any_report_is_passed_on_as_it_is() {
        let layout = layout(REPORT.as_bytes()).unwrap();
        let long = format!(
            "{REPORT}{}\nAB0001        Short             6/14/2026          1.00\n",
            "x ".repeat(40_000)
        );
        let whole = Cutter::new(layout.clone()).cut(long.as_bytes(), true);
        let text = String::from_utf8(whole.clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[6], "x ".repeat(40_000));
        assert_eq!(lines[7], "AB0001\u{1f}Short\u{1f}6/14/2026\u{1f}1.00");
        for at in [REPORT.len() + 10, REPORT.len() + 70_000, long.len() - 5] {
            assert_eq!(in_two(&layout, &long, at), whole, "cut at {at}");
        }
    }

    #[test]
    fn a_line_crossing_the_columns_stays_whole() {
        let layout = layout(REPORT.as_bytes()).unwrap();
        let mut out = Vec::new();
        layout.write_line(9, b"System: 6/30/2026 10:15:22 AM   Fabrikam, Inc.   Page: 2", &mut out);
        assert_eq!(out, b"System: 6/30/2026 10:15:22 AM   Fabrikam, Inc.   Page: 2");
    }

    #[test]
    fn delimited_text_and_lone_rules_are_no_layout() {
        for text in [
            "Customer,Invoice,Amount\n---,---,---\nA,1,2\n",
            "Customer\tInvoice\tAmount\n------\t------\t------\n",
            "Title\n------------------------------\nCustomer Amount\n",
            "---------  ---------  ---------\nCustomer   Invoice    Amount\n",
            "Customer,Invoice,Amount\n---------- ---------- ----------\nAcme,INV-1,100.00\n",
        ] {
            assert_eq!(layout(text.as_bytes()), None, "{text:?}");
        }
    }
}
