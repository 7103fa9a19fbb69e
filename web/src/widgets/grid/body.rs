//! The grid's body rows: a pool of row elements reused as the grid scrolls.
//!
//! Leptos's keyed `<For>` made every row scrolled into view anew (a row and
//! its cells, their attributes and text) and dropped every row scrolled out:
//! in a fast scroll, ten rows a frame and most of the frame's script. Here a
//! row scrolled out is moved to the side rows come in from and given the new
//! row's cells, and only what differs from what a cell already shows (its
//! text, class, test id, selection marks) is written to the DOM. The DOM order
//! stays the rows' order, as assistive technology reads it.

use std::ops::Range;
use web_sys::{Document, Element};

/// Rows of the header (column names, filters) before the first body row.
pub(super) const HEADER_ROWS: usize = 2;

/// What one cell shows.
#[derive(Clone, PartialEq, Default)]
pub(super) struct CellView {
    /// Its classes, without the selection's: `gc`, `gc num`, `gc num negative`.
    pub class: &'static str,
    /// Its column's key, for its test id (`<grid>-<row>-<key>`); empty for none.
    pub key: String,
    /// Its text.
    pub text: String,
}

/// The anchor and the active cell of the selected range, as (row, column).
pub(super) type Selection = ((usize, usize), (usize, usize));

/// What a cell's element shows, as last written (a new cell: none of it).
#[derive(PartialEq, Default)]
struct Shown {
    row: Option<usize>,
    class: String,
    selected: bool,
    active: bool,
    busy: bool,
    key: String,
    text: String,
}

/// One row element and its cells, showing `row` (`None`: just made).
struct Slot {
    row: Option<usize>,
    el: Element,
    cells: Vec<(Element, Shown)>,
}

/// The body's row elements, in the DOM's (and the rows') order.
pub(super) struct RowPool {
    /// The grid's test id: the prefix of its cells' ids and test ids.
    testid: &'static str,
    slots: Vec<Slot>,
}

impl RowPool {
    /// An empty pool for the grid whose test id is `testid`.
    pub(super) fn new(testid: &'static str) -> RowPool {
        RowPool { testid, slots: Vec::new() }
    }

    /// Shows `rows` before `below` (the lower spacer, in the body), each with
    /// `columns` cells: `view(row)` gives a row's cells, `None` while its page
    /// is on its way (the cells empty and `aria-busy`). Rows that stay keep
    /// their elements; the rest are moved, made or removed. The grid's test id
    /// prefixes the active cell's id (`<testid>-r<row>-c<col>`, which the grid's
    /// `aria-activedescendant` names) and the cells' test ids
    /// (`<testid>-<row>-<column key>`).
    pub(super) fn render(
        &mut self,
        document: &Document,
        below: &Element,
        rows: Range<usize>,
        columns: usize,
        view: impl Fn(usize) -> Option<Vec<CellView>>,
        selection: Selection,
    ) {
        let Some(body) = below.parent_node() else { return };
        // The slots whose row stays in view (one run: rows are contiguous), and the rest.
        let (mut kept, mut free): (Vec<Slot>, Vec<Slot>) = std::mem::take(&mut self.slots)
            .into_iter()
            .partition(|s| s.row.is_some_and(|r| rows.contains(&r)));
        let first_kept = kept.first().and_then(|s| s.row).unwrap_or(rows.end);
        let end_kept = kept.last().and_then(|s| s.row).map_or(rows.end, |r| r + 1);
        // A row's slot: a free one, else a new one (none only if the document
        // cannot make a `div`: the row is then left out, not the page).
        let mut take = |row: usize| {
            let mut slot = free.pop().or_else(|| Slot::new(document))?;
            slot.show_row(row);
            Some(slot)
        };
        // Rows above those kept, inserted bottom-up before the first kept row
        // (before the lower spacer when none is kept: every row is new).
        let mut front: Vec<Slot> = Vec::new();
        for row in (rows.start..first_kept).rev() {
            let Some(slot) = take(row) else { continue };
            let next = front.last().or(kept.first()).map_or(below, |s| &s.el);
            let _ = body.insert_before(&slot.el, Some(next));
            front.push(slot);
        }
        front.reverse();
        // Rows below those kept, appended before the lower spacer.
        let mut back = Vec::new();
        for row in end_kept..rows.end {
            let Some(slot) = take(row) else { continue };
            let _ = body.insert_before(&slot.el, Some(below));
            back.push(slot);
        }
        for slot in free {
            slot.el.remove();
        }
        front.append(&mut kept);
        front.append(&mut back);
        self.slots = front;

        let ((a_row, a_col), active) = selection;
        let (r0, r1) = (a_row.min(active.0), a_row.max(active.0));
        let (c0, c1) = (a_col.min(active.1), a_col.max(active.1));
        for slot in &mut self.slots {
            let Some(row) = slot.row else { continue };
            let cells = view(row);
            slot.fit(document, columns);
            for (c, (el, shown)) in slot.cells.iter_mut().enumerate() {
                let cell = cells.as_ref().and_then(|cells| cells.get(c));
                let selected = (r0..=r1).contains(&row) && (c0..=c1).contains(&c);
                let mut class = cell.map_or("gc", |cell| cell.class).to_owned();
                if selected {
                    class.push_str(" sel");
                }
                if (row, c) == active {
                    class.push_str(" active");
                }
                let want = Shown {
                    row: Some(row),
                    class,
                    selected,
                    active: (row, c) == active,
                    busy: cells.is_none(),
                    key: cell.map(|cell| cell.key.clone()).unwrap_or_default(),
                    text: cell.map(|cell| cell.text.clone()).unwrap_or_default(),
                };
                write_cell(el, shown, want, self.testid, c);
            }
        }
    }
}

/// A grid made again in place (Leptos rebuilds a view over the elements of the
/// one it replaces, the body included) must not find the old grid's rows there:
/// the pool takes its rows out of the DOM when it goes.
impl Drop for RowPool {
    fn drop(&mut self) {
        for slot in &self.slots {
            slot.el.remove();
        }
    }
}

impl Slot {
    /// A row element without cells yet.
    fn new(document: &Document) -> Option<Slot> {
        let el = document.create_element("div").ok()?;
        let _ = el.set_attribute("role", "row");
        el.set_class_name("grid-row");
        Some(Slot { row: None, el, cells: Vec::new() })
    }

    /// Makes the element row `row`'s (its cells follow in [`write_cell`]).
    fn show_row(&mut self, row: usize) {
        if self.row != Some(row) {
            self.row = Some(row);
            let _ = self.el.set_attribute("aria-rowindex", &(row + HEADER_ROWS + 1).to_string());
            let _ = self.el.set_attribute("data-row", &row.to_string());
        }
    }

    /// Gives the row `columns` cell elements.
    fn fit(&mut self, document: &Document, columns: usize) {
        while self.cells.len() > columns {
            if let Some((el, _)) = self.cells.pop() {
                el.remove();
            }
        }
        while self.cells.len() < columns {
            let Ok(el) = document.create_element("div") else { return };
            let _ = el.set_attribute("role", "gridcell");
            let _ = el.set_attribute("aria-colindex", &(self.cells.len() + 1).to_string());
            let _ = el.set_attribute("aria-selected", "false");
            let _ = self.el.append_child(&el);
            self.cells.push((el, Shown::default()));
        }
    }
}

/// Writes to cell `column`'s element the parts of `want` it does not show yet.
fn write_cell(el: &Element, shown: &mut Shown, want: Shown, testid: &str, column: usize) {
    let Some(row) = want.row else { return };
    let moved = shown.row != want.row;
    // Only the active cell has an id, the one `aria-activedescendant` names.
    if want.active && (moved || !shown.active) {
        el.set_id(&format!("{testid}-r{row}-c{column}"));
    } else if shown.active && !want.active {
        let _ = el.remove_attribute("id");
    }
    if shown.class != want.class {
        el.set_class_name(&want.class);
    }
    if shown.selected != want.selected {
        let _ = el.set_attribute("aria-selected", if want.selected { "true" } else { "false" });
    }
    if shown.busy != want.busy {
        if want.busy {
            let _ = el.set_attribute("aria-busy", "true");
        } else {
            let _ = el.remove_attribute("aria-busy");
        }
    }
    if moved || shown.key != want.key {
        if want.key.is_empty() {
            let _ = el.remove_attribute("data-testid");
        } else {
            let _ = el.set_attribute("data-testid", &format!("{testid}-{row}-{}", want.key));
        }
    }
    if shown.text != want.text {
        // The cell's text node rewritten, not replaced: no node made (and
        // collected) for every cell scrolled into view.
        match el.first_child() {
            Some(text) => text.set_node_value(Some(&want.text)),
            None => el.set_text_content(Some(&want.text)),
        }
    }
    *shown = want;
}
