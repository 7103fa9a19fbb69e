//! A grid's state in the URL's hash, so that Back, a bookmark or a reload
//! shows the same rows: `sort=-days,customer` (a minus for descending),
//! `q=` the search, `f.<column>=` each column's filter as written in its box
//! (the core reads it: see [`arlens::grid::Test::Written`]), `row=` the
//! first row in view. A second grid on a view puts a prefix before each key
//! ([`NESTED`]: `d.sort`, `d.f.open`).

use crate::route::Route;
use arlens::grid::{Filter, Query, SortKey, Test};

/// The hash parameters a grid keeps its state in (besides `f.<column>`).
pub const KEYS: [&str; 3] = ["sort", "q", "row"];

/// The prefix of a column filter's parameter.
pub const FILTER_PREFIX: &str = "f.";

/// The prefix of the keys of a grid inside another's page (a customer's documents).
pub const NESTED: &str = "d.";

/// Whether `key` is a grid's parameter (not carried to another view).
pub fn is_grid_key(key: &str) -> bool {
    let key = key.strip_prefix(NESTED).unwrap_or(key);
    KEYS.contains(&key) || key.starts_with(FILTER_PREFIX)
}

/// The sort keys written as `-days,customer`.
pub fn parse_sort(text: &str) -> Vec<SortKey> {
    text.split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty() && *k != "-")
        .map(|k| match k.strip_prefix('-') {
            Some(column) => SortKey { column: column.to_owned(), descending: true },
            None => SortKey { column: k.to_owned(), descending: false },
        })
        .collect()
}

/// `sort` written for the hash.
pub fn write_sort(sort: &[SortKey]) -> String {
    sort.iter()
        .map(|k| if k.descending { format!("-{}", k.column) } else { k.column.clone() })
        .collect::<Vec<_>>()
        .join(",")
}

/// The sort after a click on `column`'s header: alone, a click cycles
/// ascending → descending → unsorted; with Shift (`add`) the column is added
/// as the next key, or its direction cycled where it already is.
pub fn clicked(sort: &[SortKey], column: &str, add: bool) -> Vec<SortKey> {
    let at = sort.iter().position(|k| k.column == column);
    let next = |k: Option<&SortKey>| match k {
        None => Some(SortKey { column: column.to_owned(), descending: false }),
        Some(k) if !k.descending => Some(SortKey { column: column.to_owned(), descending: true }),
        Some(_) => None,
    };
    if add {
        let mut out = sort.to_vec();
        match at {
            Some(i) => match next(sort.get(i)) {
                Some(k) => out[i] = k,
                None => {
                    out.remove(i);
                }
            },
            None => out.extend(next(None)),
        }
        out
    } else {
        let own = at.and_then(|i| sort.get(i)).filter(|_| sort.len() == 1);
        next(own).into_iter().collect()
    }
}

/// The query in `route` of the grid whose keys start with `prefix`: its
/// sort, search and column filters.
pub fn query(route: &Route, prefix: &str) -> Query {
    Query {
        sort: route.get(&format!("{prefix}sort")).map(parse_sort).unwrap_or_default(),
        filters: filters(route, prefix)
            .into_iter()
            .map(|(column, text)| Filter { column, test: Test::Written(text) })
            .collect(),
        search: route.get(&format!("{prefix}q")).unwrap_or_default().to_owned(),
        scope: Vec::new(),
    }
}

/// The column filters in `route` of the grid whose keys start with `prefix`:
/// (column key, text as written), non-empty.
pub fn filters(route: &Route, prefix: &str) -> Vec<(String, String)> {
    let start = format!("{prefix}{FILTER_PREFIX}");
    route
        .params
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix(start.as_str())?.to_owned(), v.clone())))
        .filter(|(_, v)| !v.trim().is_empty())
        .collect()
}

/// The first row in view of the grid whose keys start with `prefix`.
pub fn first_row(route: &Route, prefix: &str) -> usize {
    route.get(&format!("{prefix}row")).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// Whether `key` belongs to the grid whose keys start with `prefix`.
pub fn is_key_of(key: &str, prefix: &str) -> bool {
    key.strip_prefix(prefix).is_some_and(|k| KEYS.contains(&k) || k.starts_with(FILTER_PREFIX))
}

/// A range filter's text from its two boxes: `from..to`, either side may be
/// empty; empty when both are.
pub fn range_text(from: &str, to: &str) -> String {
    let (from, to) = (from.trim(), to.trim());
    if from.is_empty() && to.is_empty() { String::new() } else { format!("{from}..{to}") }
}

/// The two sides of a range filter's text (a single value is both).
pub fn range_sides(text: &str) -> (String, String) {
    match text.split_once("..") {
        Some((from, to)) => (from.trim().to_owned(), to.trim().to_owned()),
        None => (text.trim().to_owned(), text.trim().to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(sort: &[SortKey]) -> String {
        write_sort(sort)
    }

    #[test]
    fn sort_is_written_and_read_back() {
        let sort = parse_sort("-days, customer,,-");
        assert_eq!(keys(&sort), "-days,customer");
        assert_eq!(parse_sort(&write_sort(&sort)), sort);
    }

    #[test]
    fn a_click_cycles_a_column_and_shift_adds_a_key() {
        let none: Vec<SortKey> = Vec::new();
        let a = clicked(&none, "days", false);
        assert_eq!(keys(&a), "days");
        let b = clicked(&a, "days", false);
        assert_eq!(keys(&b), "-days");
        assert_eq!(keys(&clicked(&b, "days", false)), "");
        // A plain click on another column replaces the sort.
        assert_eq!(keys(&clicked(&b, "open", false)), "open");
        // Shift adds, then cycles in place, then removes.
        let c = clicked(&b, "open", true);
        assert_eq!(keys(&c), "-days,open");
        let d = clicked(&c, "open", true);
        assert_eq!(keys(&d), "-days,-open");
        assert_eq!(keys(&clicked(&d, "open", true)), "-days");
        // A plain click on a column of a two-key sort makes it the only key, ascending.
        assert_eq!(keys(&clicked(&d, "open", false)), "open");
    }

    #[test]
    fn the_query_comes_from_the_hash() {
        let route = Route {
            view: crate::route::View::Invoices,
            params: vec![
                ("asOf".into(), "2024-03-31".into()),
                ("sort".into(), "-open".into()),
                ("f.customer".into(), "acme".into()),
                ("f.days".into(), " ".into()),
                ("q".into(), "inv".into()),
                ("row".into(), "120".into()),
                ("d.sort".into(), "days".into()),
                ("d.f.status".into(), "open".into()),
            ],
        };
        let q = query(&route, "");
        assert_eq!(keys(&q.sort), "-open");
        assert_eq!(q.filters, vec![Filter { column: "customer".into(), test: Test::Written("acme".into()) }]);
        assert_eq!(q.search, "inv");
        assert_eq!(first_row(&route, ""), 120);
        // The nested grid's keys are its own.
        let d = query(&route, NESTED);
        assert_eq!(keys(&d.sort), "days");
        assert_eq!(d.filters, vec![Filter { column: "status".into(), test: Test::Written("open".into()) }]);
        assert_eq!((d.search.as_str(), first_row(&route, NESTED)), ("", 0));
        assert!(is_grid_key("f.days") && is_grid_key("sort") && is_grid_key("d.row") && !is_grid_key("asOf"));
        assert!(is_key_of("d.f.days", NESTED) && !is_key_of("f.days", NESTED) && is_key_of("f.days", ""));
    }

    #[test]
    fn a_range_is_written_from_two_boxes_and_read_back() {
        assert_eq!(range_text(" 30 ", ""), "30..");
        assert_eq!(range_text("", ""), "");
        assert_eq!(range_sides("30.."), ("30".into(), String::new()));
        assert_eq!(range_sides("-100..1.200,50"), ("-100".into(), "1.200,50".into()));
        assert_eq!(range_sides("7"), ("7".into(), "7".into()));
    }
}
