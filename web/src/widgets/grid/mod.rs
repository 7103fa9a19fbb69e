//! A spreadsheet-style grid of one of the core's tables ([`arlens::grid`]):
//! every row, virtualised; sort, filters and search run in the worker, which
//! sends the rows in view a page at a time.
//!
//! Only the rows in view and a margin are in the DOM, between two spacers
//! whose heights stand for the rows above and below, from a pool of row
//! elements moved and rewritten as the grid scrolls (module `body`);
//! `aria-rowcount` declares them all and each row has its `aria-rowindex`.
//! Heights and column widths are set through the CSSOM
//! (`element.style.setProperty`), which the page's CSP (`style-src 'self'`, no
//! inline styles) allows, never through a `style` attribute. Written here rather than taken from a Leptos table crate: the
//! kept one (`leptos-struct-table`) sorts and filters in the component from
//! rows it holds, where ours run in the worker on rows the page never holds.
//!
//! Keyboard (on the focused grid): arrows, Page Up/Down, Home/End (first and
//! last column), Ctrl+Home/End (first and last row), Shift to extend the
//! selected range, Ctrl+A to select every row, Ctrl+C to copy the range as
//! tab-separated text, Enter to open the row where the grid has a drill-down.
//! The state (sort, filters, search, first row in view) lives in the hash
//! ([`state`]).

mod body;
pub mod state;

use crate::analyst::{CopyRange, ExportRequest, GridRequest, Work};
use crate::app::Router;
use crate::widgets::save_bytes;
use arlens::grid::{Cell, Column, ColumnKind, Filter, GridName, Page, Query, Totals};
use body::{CellView, HEADER_ROWS, RowPool};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// A body row's height in pixels (`.grid-body .grid-row` in `style.css`).
/// Pixels are whole numbers here: no floating point in the page's code.
const ROW_PX: usize = 30;
/// Rows rendered above and below those in view.
const MARGIN: usize = 12;
/// Rows asked of the worker at a time.
const FETCH: usize = 240;

/// What a grid's rows are of: the analysis (its opening and answer) and, for
/// the Members grid, the traced figure; `None` before the first analysis.
type Version = Option<(u64, usize, Option<String>)>;

/// A page of rows and the query and analysis it answers.
#[derive(Clone)]
struct Loaded {
    query: Query,
    version: Version,
    page: Page,
}

/// A column's starting width in pixels, by its kind and header; a text or pick
/// column's by what it holds in `rows` (the first rows fetched) or may show, so
/// that short codes take little room and names are not cut short: about 9 px a
/// character, between 90 and 300 px (a pick's filter needs room for its arrow).
fn starting_width(c: &Column, index: usize, rows: &[Vec<Cell<'_>>]) -> i32 {
    let fitted = |chars: usize, extra: i32, widest: i32| {
        (i32::try_from(chars.min(40)).unwrap_or(40) * 9 + 24 + extra).clamp(90, widest)
    };
    let base = match c.kind {
        ColumnKind::Text if c.key == "why" => 360,
        ColumnKind::Text => {
            let longest = rows
                .iter()
                .take(FITTED_ROWS)
                .filter_map(|row| match row.get(index) {
                    Some(Cell::Text(t)) => Some(t.chars().count()),
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            fitted(longest, 0, 300)
        }
        ColumnKind::Pick => fitted(c.choices.iter().map(|t| t.chars().count()).max().unwrap_or(0), 28, 200),
        ColumnKind::Date => 120,
        ColumnKind::Days | ColumnKind::Count | ColumnKind::Score | ColumnKind::Percent => 96,
        ColumnKind::Money => 150,
    };
    // About 10 px a character of the bold header, and room for the sort mark.
    let label = i32::try_from(c.label.chars().count().min(40)).unwrap_or(40) * 10 + 40;
    base.max(label)
}

/// How many of the first rows fetched a text column's starting width fits.
const FITTED_ROWS: usize = 200;

/// A pixel count as the DOM's scroll positions take it.
fn px(pixels: usize) -> i32 {
    i32::try_from(pixels).unwrap_or(i32::MAX)
}

/// Runs `f` once after `ms` milliseconds, on the browser's timer.
fn after(ms: i32, f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}

/// The currency code of a row: its `currency` column's choice.
fn row_currency<'a>(columns: &'a [Column], cells: &[Cell<'_>]) -> &'a str {
    columns
        .iter()
        .position(|c| c.key == "currency")
        .and_then(|i| match cells.get(i) {
            Some(Cell::Pick(p)) => columns[i].choices.get(*p as usize),
            _ => None,
        })
        .map_or("", String::as_str)
}

/// A cell as the grid shows it, in the page's number and date style: amounts
/// in the row's currency's minor units, scores and percentages to one decimal.
fn shown(column: &Column, cell: &Cell<'_>, currency: &str) -> String {
    match cell {
        Cell::Text(t) => t.to_string(),
        Cell::Pick(p) => column.choices.get(*p as usize).cloned().unwrap_or_default(),
        Cell::Date(d) => crate::display::date(*d),
        Cell::Int(i) => i.to_string(),
        Cell::Number(n) if column.kind == ColumnKind::Money => crate::display::money(*n, currency),
        Cell::Number(n) if column.kind == ColumnKind::Percent => crate::display::percent(*n),
        Cell::Number(n) => crate::display::number(*n, 1),
        Cell::Empty => String::new(),
    }
}

/// The cells of a totals or share row: `text(column index)` in each, test ids
/// `<testid>-<what>-<column key>`.
fn summary_cells(
    columns: &[Column],
    testid: &str,
    what: &str,
    text: impl Fn(usize) -> String,
) -> Vec<AnyView> {
    columns
        .iter()
        .enumerate()
        .map(|(c, column)| {
            let class = if column.kind.is_number() { "gc num" } else { "gc" };
            let (id, text) = (format!("{testid}-{what}-{}", column.key), text(c));
            view! { <div role="gridcell" class=class data-testid=id>{text}</div> }.into_any()
        })
        .collect()
}

/// The as-of date of the analysis shown, as text (empty before the first).
pub fn as_of(work: Work) -> String {
    work.analysed.with_untracked(|a| {
        a.as_ref().and_then(|(_, a)| a.report.as_ref().ok()).map(|r| r.as_of.to_string()).unwrap_or_default()
    })
}

/// A file name for an export: the ledger's name without its extension, what
/// the rows are, the as-of date: `two-currencies-open-documents-2024-03-31.csv`.
pub fn export_name(ledger: &str, what: &str, as_of: String, extension: &str) -> String {
    let stem = ledger.rsplit_once('.').map_or(ledger, |(stem, _)| stem);
    let stem = if stem.is_empty() { "ledger" } else { stem };
    let what = what.replace(' ', "-");
    format!("{stem}-{what}-{as_of}.{extension}")
}

/// The ordered pair's smaller and larger.
fn span(a: usize, b: usize) -> (usize, usize) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Sets a CSS property of `el` through the CSSOM.
fn set_css(el: &web_sys::HtmlElement, name: &str, value: &str) {
    let _ = el.style().set_property(name, value);
}

/// The grid.
#[component]
pub fn DataGrid(
    /// The core's table.
    name: GridName,
    /// `data-testid` of the grid, prefix of its parts' (`<id>-count`, `<id>-3-open`).
    testid: &'static str,
    /// What its rows are, plural: "open documents".
    noun: &'static str,
    /// One of them: "open document".
    one: &'static str,
    /// The table's scope the view sets (the currency shown, a chart's choice).
    #[prop(into)]
    fixed: Signal<Vec<Filter>>,
    /// What Enter or a double click on a row opens: called with the columns
    /// and the row's cells.
    #[prop(optional)]
    on_open: Option<Callback<(Vec<Column>, Vec<Cell<'static>>)>>,
    /// The prefix of its keys in the hash, for a grid inside another's page
    /// ([`state::NESTED`]); none for a view's own grid.
    #[prop(optional)]
    prefix: &'static str,
    /// For the Members grid: the traced figure's text form.
    #[prop(optional, into)]
    trace: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let key = move |k: &str| format!("{prefix}{k}");
    let work = expect_context::<Work>();
    let router = expect_context::<Router>();
    let hash_query = Memo::new(move |_| router.0.with(|r| state::query(r, prefix)));
    let query = Memo::new(move |_| {
        let mut q = hash_query.get();
        q.scope = fixed.get();
        q
    });
    // A new analysis (options, file) is a new answer of the worker.
    let version: Memo<Version> = Memo::new(move |_| {
        let figure = trace.and_then(|t| t.get());
        work.analysed.with(|a| a.as_ref().map(|(g, a)| (*g, Arc::as_ptr(a) as usize, figure)))
    });
    let loaded: RwSignal<Option<Loaded>> = RwSignal::new(None);
    let error = RwSignal::new(None::<String>);
    let first_row = state::first_row(&router.0.get_untracked(), prefix);
    let top = RwSignal::new(first_row);
    let visible = RwSignal::new(16usize);
    let active = RwSignal::new((first_row, 0usize));
    let anchor = RwSignal::new((first_row, 0usize));
    let widths = RwSignal::new(Vec::<i32>::new());
    let status = RwSignal::new(String::new());
    // A query sent and not answered yet (`aria-busy` on the grid).
    let waiting = RwSignal::new(false);
    let asked = StoredValue::new(None::<(u32, Query, Version, usize)>);
    let restore = StoredValue::new((first_row > 0).then_some(first_row));
    let scroller = NodeRef::<Div>::new();
    let head = NodeRef::<Div>::new();
    let foot = NodeRef::<Div>::new();
    let above = NodeRef::<Div>::new();
    let below = NodeRef::<Div>::new();

    let columns =
        Memo::new(move |_| loaded.with(|l| l.as_ref().map(|l| l.page.columns.clone()).unwrap_or_default()));
    let matched = Memo::new(move |_| loaded.with(|l| l.as_ref().map_or(0, |l| l.page.matched)));
    let rows_total = Memo::new(move |_| loaded.with(|l| l.as_ref().map_or(0, |l| l.page.rows_total)));
    let totals =
        Memo::new(move |_| loaded.with(|l| l.as_ref().map(|l| l.page.totals.clone()).unwrap_or_default()));

    // Ask the worker for the rows in view when they are not here.
    Effect::new(move |_| {
        let q = query.get();
        let v = version.get();
        let t = top.get();
        let n = visible.get();
        if v.is_none() {
            return;
        }
        let want = t.saturating_sub(MARGIN)..t + n + MARGIN;
        let covered = loaded.with_untracked(|l| {
            l.as_ref().is_some_and(|l| {
                l.query == q
                    && l.version == v
                    && l.page.offset <= want.start
                    && want.end.min(l.page.matched) <= l.page.offset + l.page.rows.len()
            })
        });
        let pending = asked.with_value(|a| {
            a.as_ref().is_some_and(|(_, aq, av, off)| {
                *aq == q && *av == v && *off <= want.start && want.end <= off + FETCH
            })
        });
        if covered || pending {
            return;
        }
        if let Some((id, ..)) = asked.get_value() {
            work.cancel_grid(id);
        }
        let offset = t.saturating_sub(FETCH / 3);
        let figure = v.as_ref().and_then(|(_, _, f)| f.clone());
        let request =
            GridRequest { grid: name, query: q.clone(), offset, limit: FETCH, copy: None, trace: figure };
        let for_answer = q.clone();
        let for_version = v.clone();
        waiting.set(true);
        let id = work.grid(&request, move |answer| {
            asked.try_set_value(None);
            waiting.try_set(false);
            match answer.page {
                Ok(page) => {
                    if widths.try_with_untracked(|w| w.len() != page.columns.len()) == Some(true) {
                        widths.try_set(
                            page.columns
                                .iter()
                                .enumerate()
                                .map(|(i, c)| starting_width(c, i, &page.rows))
                                .collect(),
                        );
                    }
                    error.try_set(None);
                    loaded.try_set(Some(Loaded { query: for_answer, version: for_version, page }));
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
        asked.set_value(Some((id, q, v, offset)));
    });
    on_cleanup(move || {
        if let Some(Some((id, ..))) = asked.try_get_value() {
            work.cancel_grid(id);
        }
    });

    // A new query starts at its first row.
    Effect::new(move |previous: Option<Query>| {
        let q = hash_query.get();
        if previous.is_some_and(|p| p != q) {
            top.set(0);
            active.set((0, active.get_untracked().1));
            anchor.set(active.get_untracked());
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_top(0);
            }
            router.set(&key("row"), "");
        }
        q
    });

    // Column widths and the spacers' heights, through the CSSOM.
    Effect::new(move |_| {
        let cols = widths.with(|w| w.iter().map(|px| format!("{px}px")).collect::<Vec<_>>().join(" "));
        if let Some(el) = scroller.get() {
            set_css(&el, "--grid-cols", &cols);
        }
    });
    let rendered = Memo::new(move |_| {
        let m = matched.get();
        let t = top.get().min(m);
        t.saturating_sub(MARGIN)..(t + visible.get() + MARGIN).min(m)
    });
    Effect::new(move |_| {
        let r = rendered.get();
        let m = matched.get();
        if let (Some(a), Some(b)) = (above.get(), below.get()) {
            set_css(&a, "height", &format!("{}px", r.start * ROW_PX));
            set_css(&b, "height", &format!("{}px", m.saturating_sub(r.end) * ROW_PX));
        }
    });

    // How many rows fit between the header and the totals. Also called from an
    // animation frame, which may come after the grid is gone: every read is a `try_`.
    let measure = move || {
        let (Some(Some(el)), Some(Some(h)), Some(Some(f))) =
            (scroller.try_get_untracked(), head.try_get_untracked(), foot.try_get_untracked())
        else {
            return;
        };
        let room = el.client_height() - h.offset_height() - f.offset_height();
        let n = (usize::try_from(room).unwrap_or(0) / ROW_PX).max(1);
        if visible.try_get_untracked().is_some_and(|v| v != n) {
            visible.try_set(n);
        }
    };
    Effect::new(move |_| {
        totals.track();
        columns.track();
        request_animation_frame(measure);
        // A bookmarked or restored first row, once the rows are there.
        if matched.get() > 0
            && let Some(row) = restore.get_value()
        {
            restore.set_value(None);
            request_animation_frame(move || {
                if let Some(Some(el)) = scroller.try_get_untracked() {
                    el.set_scroll_top(px(row * ROW_PX));
                }
            });
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // The first row in view goes to the hash when scrolling stops.
    let scroll_serial = StoredValue::new(0u32);
    let on_scroll = move |_| {
        let Some(el) = scroller.get_untracked() else { return };
        let t = usize::try_from(el.scroll_top()).unwrap_or(0) / ROW_PX;
        if t != top.get_untracked() {
            top.set(t);
            scroll_serial.update_value(|s| *s += 1);
            let serial = scroll_serial.get_value();
            after(300, move || {
                if scroll_serial.try_get_value() == Some(serial) {
                    router.set(&key("row"), &if t == 0 { String::new() } else { t.to_string() });
                }
            });
        }
    };

    // Keeps the active cell in view: rows by the scroll position, columns by their widths.
    let reveal = move |(row, col): (usize, usize)| {
        let Some(el) = scroller.get_untracked() else { return };
        let t = top.get_untracked();
        let n = visible.get_untracked();
        if row < t {
            el.set_scroll_top(px(row * ROW_PX));
        } else if row >= t + n {
            el.set_scroll_top(px((row + 1 - n) * ROW_PX));
        }
        let (x, w, frozen) = widths.with_untracked(|w| {
            (
                w.iter().take(col).sum::<i32>(),
                w.get(col).copied().unwrap_or(0),
                w.first().copied().unwrap_or(0),
            )
        });
        let left = el.scroll_left();
        let width = el.client_width();
        if col > 0 && x < left + frozen {
            el.set_scroll_left(x - frozen);
        } else if x + w > left + width {
            el.set_scroll_left(x + w - width);
        }
    };
    let move_to = move |cell: (usize, usize), extend: bool| {
        active.set(cell);
        if !extend {
            anchor.set(cell);
        }
        reveal(cell);
    };

    let copy = move || {
        let (r0, r1) = span(anchor.get_untracked().0, active.get_untracked().0);
        let (c0, c1) = span(anchor.get_untracked().1, active.get_untracked().1);
        let request = GridRequest {
            grid: name,
            query: query.get_untracked(),
            offset: 0,
            limit: 0,
            copy: Some(CopyRange { rows: (r0, r1), columns: (c0, c1) }),
            trace: trace.and_then(|t| t.get_untracked()),
        };
        let (rows, cols) = (r1 - r0 + 1, c1 - c0 + 1);
        status.set("Copying…".to_owned());
        work.grid(&request, move |answer| {
            let Some(text) = answer.copied else {
                status.try_set(format!("Nothing copied: {}", answer.page.err().unwrap_or_default()));
                return;
            };
            let clipboard = window().navigator().clipboard();
            leptos::task::spawn_local(async move {
                let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
                status.try_set(match written {
                    Ok(_) => format!(
                        "Copied {rows} row{} × {cols} column{} as tab-separated text.",
                        if rows == 1 { "" } else { "s" },
                        if cols == 1 { "" } else { "s" }
                    ),
                    Err(_) => "The browser did not let arlens write to the clipboard.".to_owned(),
                });
            });
        });
    };

    let open_row = move |row: usize| {
        let Some(open) = on_open else { return };
        let found = loaded.with_untracked(|l| {
            let l = l.as_ref()?;
            let cells = l.page.rows.get(row.checked_sub(l.page.offset)?)?.clone();
            Some((l.page.columns.clone(), cells))
        });
        if let Some(found) = found {
            open.run(found);
        }
    };

    let on_key = move |ev: web_sys::KeyboardEvent| {
        // Keys typed in a filter box are the box's.
        if ev.target() != ev.current_target() {
            return;
        }
        let m = matched.get_untracked();
        let last_col = columns.with_untracked(|c| c.len().saturating_sub(1));
        if m == 0 {
            return;
        }
        let (row, col) = active.get_untracked();
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let shift = ev.shift_key();
        let page = visible.get_untracked().max(1);
        let target = match ev.key().as_str() {
            "ArrowDown" => Some(((row + 1).min(m - 1), col)),
            "ArrowUp" => Some((row.saturating_sub(1), col)),
            "ArrowRight" => Some((row, (col + 1).min(last_col))),
            "ArrowLeft" => Some((row, col.saturating_sub(1))),
            "PageDown" => Some(((row + page).min(m - 1), col)),
            "PageUp" => Some((row.saturating_sub(page), col)),
            "Home" if ctrl => Some((0, 0)),
            "End" if ctrl => Some((m - 1, last_col)),
            "Home" => Some((row, 0)),
            "End" => Some((row, last_col)),
            "a" | "A" if ctrl => {
                ev.prevent_default();
                anchor.set((0, 0));
                active.set((m - 1, last_col));
                return;
            }
            "c" | "C" if ctrl => {
                ev.prevent_default();
                copy();
                return;
            }
            "Enter" => {
                ev.prevent_default();
                open_row(row);
                return;
            }
            _ => None,
        };
        if let Some(cell) = target {
            ev.prevent_default();
            move_to(cell, shift);
        }
    };

    let cell_id = move |row: usize, col: usize| format!("{testid}-r{row}-c{col}");

    // The rows in view, from a pool of row elements moved and rewritten as the
    // grid scrolls (see [`body`]), with the selection's marks (`sel`, `active`,
    // `aria-selected`).
    let pool = StoredValue::new_local(RowPool::new(testid));
    Effect::new(move |_| {
        let r = rendered.get();
        let selection = (anchor.get(), active.get());
        let count = columns.with(Vec::len);
        let Some(below) = below.get() else { return };
        loaded.with(|l| {
            let view = |row: usize| {
                let l = l.as_ref()?;
                let cells = row.checked_sub(l.page.offset).and_then(|i| l.page.rows.get(i))?;
                let currency = row_currency(&l.page.columns, cells);
                let shown = l.page.columns.iter().zip(cells).map(|(c, cell)| {
                    let text = shown(c, cell, currency);
                    let class =
                        match (c.kind.is_number(), c.kind == ColumnKind::Money && text.starts_with('-')) {
                            (true, true) => "gc num negative",
                            (true, false) => "gc num",
                            _ => "gc",
                        };
                    CellView { class, key: c.key.clone(), text }
                });
                Some(shown.collect())
            };
            pool.update_value(|p| p.render(&document(), &below, r, count, view, selection));
        });
    });
    // A click on a cell moves to it (Shift extends), a double click opens its
    // row: one listener each for the body, not one a cell.
    let cell_at = |ev: &web_sys::MouseEvent| {
        let cell = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[role=gridcell]").ok().flatten())?;
        let index =
            |el: &web_sys::Element, name: &str| el.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
        let row = cell.parent_element().and_then(|r| index(&r, "data-row"))?;
        let col = index(&cell, "aria-colindex").and_then(|c| c.checked_sub(1))?;
        Some((row, col))
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(cell) = cell_at(&ev) {
            move_to(cell, ev.shift_key());
            if let Some(el) = scroller.get_untracked() {
                let _ = el.focus();
            }
        }
    };
    let on_dblclick = move |ev: web_sys::MouseEvent| {
        if let Some((row, _)) = cell_at(&ev) {
            open_row(row);
        }
    };

    let header = move || {
        let sort = hash_query.with(|q| q.sort.clone());
        columns
            .get()
            .into_iter()
            .enumerate()
            .map(|(c, column)| {
                let at = sort.iter().position(|k| k.column == column.key);
                let aria = match at.map(|i| sort[i].descending) {
                    _ if at.is_some_and(|i| i > 0) => "other",
                    Some(false) => "ascending",
                    Some(true) => "descending",
                    None => "none",
                };
                let mark = match at {
                    Some(i) if sort.len() > 1 => format!(" {}{}", if sort[i].descending { "▼" } else { "▲" }, i + 1),
                    Some(i) => format!(" {}", if sort[i].descending { "▼" } else { "▲" }),
                    None => String::new(),
                };
                let column_key = column.key.clone();
                let class = if column.kind.is_number() { "gc num" } else { "gc" };
                let drag = StoredValue::new(None::<(i32, i32)>);
                view! {
                    <div role="columnheader" class=class aria-colindex=c + 1 aria-sort=aria data-testid=format!("{testid}-head-{}", column.key)>
                        <button type="button" class="sort" title="Sort (Shift: add as the next key)" on:click=move |ev: web_sys::MouseEvent| {
                            let sort = hash_query.with_untracked(|q| state::clicked(&q.sort, &column_key, ev.shift_key()));
                            router.set(&key("sort"), &state::write_sort(&sort));
                        }>
                            {column.label.clone()}
                            <span class="mark" aria-hidden="true">{mark}</span>
                        </button>
                        <span
                            class="grid-resize"
                            aria-hidden="true"
                            on:pointerdown=move |ev: web_sys::PointerEvent| {
                                ev.prevent_default();
                                let w = widths.with_untracked(|w| w.get(c).copied().unwrap_or(100));
                                drag.set_value(Some((ev.client_x(), w)));
                                if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                                    let _ = t.set_pointer_capture(ev.pointer_id());
                                }
                            }
                            on:pointermove=move |ev: web_sys::PointerEvent| {
                                if let Some((x0, w0)) = drag.get_value() {
                                    let w = (w0 + ev.client_x() - x0).max(48);
                                    widths.update(|ws| if let Some(slot) = ws.get_mut(c) { *slot = w });
                                }
                            }
                            on:pointerup=move |_| drag.set_value(None)
                        ></span>
                    </div>
                }
            })
            .collect_view()
    };

    let current_filters = Memo::new(move |_| router.0.with(|r| state::filters(r, prefix)));
    let filter_row = move || {
        let current = current_filters.get();
        columns
            .get()
            .into_iter()
            .map(|column| {
                let param = key(&format!("{}{}", state::FILTER_PREFIX, column.key));
                let value = current.iter().find(|(k, _)| *k == column.key).map(|(_, v)| v.clone()).unwrap_or_default();
                let label = column.label.clone();
                let tid = format!("{testid}-filter-{}", column.key);
                let control = match column.kind {
                    ColumnKind::Text => {
                        let param = param.clone();
                        view! {
                            <input type="search" class="grid-filter" placeholder="contains" aria-label=format!("{label} contains")
                                data-testid=tid prop:value=value
                                on:change=move |ev| router.set(&param, &event_target_value(&ev)) />
                        }
                        .into_any()
                    }
                    ColumnKind::Pick => {
                        let param = param.clone();
                        let options = column
                            .choices
                            .iter()
                            .map(|c| view! { <option value=c.clone() selected=*c == value>{c.clone()}</option> })
                            .collect_view();
                        view! {
                            <select class="grid-filter" aria-label=format!("{label}: show") data-testid=tid
                                on:change=move |ev| router.set(&param, &event_target_value(&ev))>
                                <option value="" selected=value.is_empty()>"All"</option>
                                {options}
                            </select>
                        }
                        .into_any()
                    }
                    _ => {
                        let (from, to) = if value.is_empty() { (String::new(), String::new()) } else { state::range_sides(&value) };
                        let sides = StoredValue::new((from.clone(), to.clone()));
                        let (p1, p2) = (param.clone(), param.clone());
                        let hint = if column.kind == ColumnKind::Date { "YYYY-MM-DD" } else { "" };
                        view! {
                            <span class="grid-range">
                                <input class="grid-filter" placeholder="from" title=hint aria-label=format!("{label} from") data-testid=format!("{tid}-from")
                                    prop:value=from on:change=move |ev| {
                                        sides.update_value(|s| s.0 = event_target_value(&ev));
                                        let (f, t) = sides.get_value();
                                        router.set(&p1, &state::range_text(&f, &t));
                                    } />
                                <input class="grid-filter" placeholder="to" title=hint aria-label=format!("{label} to") data-testid=format!("{tid}-to")
                                    prop:value=to on:change=move |ev| {
                                        sides.update_value(|s| s.1 = event_target_value(&ev));
                                        let (f, t) = sides.get_value();
                                        router.set(&p2, &state::range_text(&f, &t));
                                    } />
                            </span>
                        }
                        .into_any()
                    }
                };
                view! { <div role="gridcell" class="gc filter">{control}</div> }
            })
            .collect_view()
    };

    let total_rows = move || {
        let cols = columns.get();
        let m = matched.get();
        totals
            .get()
            .into_iter()
            .enumerate()
            .map(|(k, t): (usize, Totals)| {
                let rows = if t.rows == 1 { "1 row".to_owned() } else { format!("{} rows", t.rows) };
                let sums = summary_cells(&cols, testid, &format!("total-{}", t.currency), |c| {
                    match (c, t.sums.get(c).copied().flatten()) {
                        (0, _) => format!("Total {} ({rows})", t.currency),
                        (_, Some(sum)) => crate::display::money(sum, &t.currency),
                        _ => String::new(),
                    }
                });
                let shares = summary_cells(&cols, testid, &format!("share-{}", t.currency), |c| {
                    match (c, t.shares.get(c).copied().flatten()) {
                        (0, _) => format!("Share of all {}", t.currency),
                        (_, Some(share)) => format!("{} %", crate::display::number(share, 1)),
                        _ => String::new(),
                    }
                });
                let index = m + HEADER_ROWS + 1 + 2 * k;
                view! {
                    <div role="row" class="grid-row total" aria-rowindex=index>{sums}</div>
                    <div role="row" class="grid-row share" aria-rowindex=index + 1>{shares}</div>
                }
            })
            .collect_view()
    };

    let search_value = Memo::new(move |_| router.0.with(|r| r.get(&key("q")).unwrap_or_default().to_owned()));
    let search_serial = StoredValue::new(0u32);
    let count = move || {
        let m = matched.get();
        let total = rows_total.get();
        let n = crate::display::count;
        match (m == total, total == 1) {
            (true, true) => format!("1 {one}"),
            (true, false) => format!("{} {noun}", n(total)),
            (false, _) => format!("{} of {} {noun}", n(m), n(total)),
        }
    };
    let has_filters = move || {
        router.0.with(|r| {
            !state::filters(r, prefix).is_empty() || r.get(&key("q")).is_some_and(|q| !q.is_empty())
        })
    };
    // Filters and search go; the sort stays.
    let clear = move |_| {
        let mut r = router.0.get_untracked();
        r.params.retain(|(k, _)| !state::is_key_of(k, prefix) || *k == key("sort"));
        router.go(r, false);
    };
    let active_id = move || {
        let (r, c) = active.get();
        (matched.get() > 0).then(|| cell_id(r, c))
    };
    // The rows as filtered and sorted, every one of them, as a file (made in the worker).
    let export = move |xlsx: bool| {
        let request = ExportRequest::Grid {
            grid: name,
            query: query.get_untracked(),
            trace: trace.and_then(|t| t.get_untracked()),
            xlsx,
            locale: window().navigator().language().unwrap_or_default(),
        };
        let file = export_name(
            &work.shown.get_untracked().name,
            noun,
            as_of(work),
            if xlsx { "xlsx" } else { "csv" },
        );
        status.set("Making the file…".to_owned());
        work.export(&request, move |made| match made {
            Ok(bytes) => {
                let mime = if xlsx {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                } else {
                    "text/csv;charset=utf-8"
                };
                save_bytes(&file, mime, &bytes);
                status.try_set(format!("Saved {file}."));
            }
            Err(e) => {
                status.try_set(format!("No file: {e}"));
            }
        });
    };
    view! {
        <div class="grid-tools">
            <input type="search" class="grid-search" placeholder=format!("Search {noun}") aria-label=format!("Search {noun}")
                data-testid=format!("{testid}-search") prop:value=move || search_value.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    search_serial.update_value(|s| *s += 1);
                    let serial = search_serial.get_value();
                    after(250, move || {
                        if search_serial.try_get_value() == Some(serial) {
                            router.set(&key("q"), &text);
                        }
                    });
                } />
            <span class="hint" data-testid=format!("{testid}-count")>{count}</span>
            {move || has_filters().then(|| view! {
                <button type="button" class="link" data-testid=format!("{testid}-clear-filters") on:click=clear>"clear filters"</button>
            })}
            <span class="grid-export">
                <button type="button" aria-label=format!("Save the {noun} as CSV") data-testid=format!("{testid}-csv") title=format!("Save the {noun} shown, as filtered and sorted, as CSV")
                    on:click=move |_| export(false)>"CSV"</button>
                <button type="button" aria-label=format!("Save the {noun} as XLSX") data-testid=format!("{testid}-xlsx") title=format!("Save the {noun} shown, as filtered and sorted, as an Excel workbook")
                    on:click=move |_| export(true)>"XLSX"</button>
            </span>
            <span class="hint grid-status" role="status" aria-live="polite" data-testid=format!("{testid}-status")>{move || status.get()}</span>
        </div>
        {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid=format!("{testid}-error")>{e}</p> })}
        <div class="grid" role="grid" tabindex="0" node_ref=scroller data-testid=testid
            aria-label=noun aria-multiselectable="true" aria-busy=move || waiting.get().to_string()
            aria-rowcount=move || matched.get() + HEADER_ROWS + 2 * totals.with(Vec::len)
            aria-colcount=move || columns.with(Vec::len)
            aria-activedescendant=active_id
            on:scroll=on_scroll on:keydown=on_key>
            <div role="rowgroup" class="grid-head" node_ref=head>
                <div role="row" class="grid-row" aria-rowindex="1">{header}</div>
                <div role="row" class="grid-row filters" aria-rowindex="2">{filter_row}</div>
            </div>
            <div role="rowgroup" class="grid-body" on:click=on_click on:dblclick=on_dblclick>
                <div class="grid-spacer" node_ref=above></div>
                <div class="grid-spacer" node_ref=below></div>
            </div>
            <div role="rowgroup" class="grid-foot" node_ref=foot>{total_rows}</div>
        </div>
        // Empty, said in words: nothing at this date, or nothing left by the filters.
        {move || (loaded.with(Option::is_some) && matched.get() == 0).then(|| {
            let text = match rows_total.get() {
                0 => format!("No {noun} at the as-of date."),
                total => format!(
                    "None of the {} {noun} match the search and filters: clear them to see every one.",
                    crate::display::count(total)
                ),
            };
            view! { <p class="notice" data-testid=format!("{testid}-empty")>{text}</p> }
        })}
        <p class="hint">
            "Click a header to sort (Shift+click adds a key). Arrows, Page Up/Down, Home/End move; Shift extends; Ctrl+C copies for a spreadsheet."
            {on_open.is_some().then_some(" Enter or a double click opens the row.")}
        </p>
    }
}
