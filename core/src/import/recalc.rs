//! Formulas saved without their values, calculated as Excel would.
//!
//! A workbook written by a program that does not calculate formulas reads, in
//! any reader but a spreadsheet, as placeholders where Excel shows figures:
//! XlsxWriter and rust_xlsxwriter (pandas reports, scripts) save every formula
//! with the value 0 and set `<calcPr fullCalcOnLoad="1"/>` so that Excel
//! calculates on opening; openpyxl saves no value at all. An amount column of
//! `=E2+F2` read every invoice as 0.00, in silence.
//!
//! arlens calculates such formulas when they are arithmetic over the sheet's
//! own cells, exactly, in decimal:
//! - numbers, text in double quotes, cell references (`E2`, `$E$2`), ranges
//!   (`G2:G9`) as function arguments;
//! - `+ - * /`, unary minus, `%`, `&` (joins texts), parentheses;
//! - `SUM`, `MIN`, `MAX` (numbers in ranges; text, blanks and booleans there
//!   are passed over, as in Excel), `ROUND` (half away from zero, as Excel),
//!   `ABS`;
//! - a date plus or minus whole days is a date, a date minus a date is days.
//!
//! A referenced blank cell is 0; a formula naming another formula uses that
//! one's calculated value. Anything else — other functions, other sheets,
//! names, tables, comparisons, text in arithmetic, division by zero, a cycle —
//! is not calculated, and the caller names the cell: nothing is guessed.

use super::grid::{CellRef, Row};
use crate::money::{display, from_excel_number};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::fmt;

/// A calculated value.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Value {
    /// A number.
    Number(Decimal),
    /// A date (a date cell, or a date plus days).
    Date(NaiveDate),
    /// A text.
    Text(String),
    /// An empty cell (0 in arithmetic, `""` in `&`).
    Blank,
}

impl fmt::Display for Value {
    /// The value as a warning shows it: `120`, `2026-02-04`, `"INV-1"`, nothing for a blank.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{}", n.normalize()),
            Value::Date(d) => write!(f, "{d}"),
            Value::Text(t) => f.write_str(&crate::error::quoted(t)),
            Value::Blank => Ok(()),
        }
    }
}

impl Value {
    /// The value as a number in arithmetic: a blank is 0; a date or text is none.
    fn number(&self) -> Option<Decimal> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Blank => Some(Decimal::ZERO),
            Value::Date(_) | Value::Text(_) => None,
        }
    }

    /// The value joined by `&`: a number in its shortest form, a blank as
    /// nothing; a date (Excel would join its serial number) is none.
    fn text(self) -> Option<String> {
        match self {
            Value::Number(n) => Some(n.normalize().to_string()),
            Value::Text(t) => Some(t),
            Value::Blank => Some(String::new()),
            Value::Date(_) => None,
        }
    }
}

/// The most cells one sheet's calculation reads (a range counted cell by cell),
/// so that a sheet of running totals (`=SUM($G$2:G9)` on every row) cannot hang
/// the import: past it, formulas are not calculated.
const BUDGET: u64 = 20_000_000;
/// The longest chain of formulas naming formulas followed.
const CHAIN: usize = 64;
/// The deepest nesting of parentheses and function calls read in one formula.
const NESTING: usize = 32;
/// The longest formula read (Excel's own limit).
const LONGEST: usize = 8192;

/// A cell's place: its row number (1-based) and column index (0-based).
pub(super) type At = (u64, usize);

/// A table by cell place, Fx-hashed: a place is two small integers, and SipHash
/// was a tenth of calculating a sheet of 300,000 formulas.
type Map<V> = std::collections::HashMap<At, V, rustc_hash::FxBuildHasher>;

/// A sheet's formula cells to calculate over its rows.
pub(super) struct Sheet<'a> {
    /// The sheet's rows, numbers strictly increasing.
    rows: &'a [Row],
    /// The formulas to calculate, by place (text without the leading `=`).
    formulas: Map<&'a str>,
    /// The formulas calculated so far.
    done: Map<Option<Value>>,
    /// The formulas being calculated, innermost last.
    active: Vec<At>,
    /// Cells that may still be read.
    budget: u64,
}

impl<'a> Sheet<'a> {
    /// The formulas `formulas` of a sheet of `rows` (numbers strictly
    /// increasing); a referenced formula cell not among them reads as saved.
    pub(super) fn new(rows: &'a [Row], formulas: &'a [(At, String)]) -> Sheet<'a> {
        let formulas = formulas.iter().map(|(at, f)| (*at, f.strip_prefix('=').unwrap_or(f))).collect();
        Sheet { rows, formulas, done: Map::default(), active: Vec::new(), budget: BUDGET }
    }

    /// The value of the formula at `at`, or `None` when it cannot be calculated
    /// (see the module's documentation). A formula giving a blank gives 0.
    pub(super) fn calculate(&mut self, at: At) -> Option<Value> {
        if let Some(value) = self.done.get(&at) {
            return value.clone();
        }
        let formula = *self.formulas.get(&at)?;
        if self.active.contains(&at) || self.active.len() >= CHAIN || formula.len() > LONGEST {
            return None;
        }
        self.active.push(at);
        let mut parser = Parser { src: formula.as_bytes(), pos: 0, nesting: 0 };
        let value =
            parser.formula(self).map(|v| if v == Value::Blank { Value::Number(Decimal::ZERO) } else { v });
        self.active.pop();
        self.done.insert(at, value.clone());
        value
    }

    /// A referenced cell's value: a formula's calculated one, or the cell as saved.
    fn cell(&mut self, at: At) -> Option<Value> {
        self.budget = self.budget.checked_sub(1)?;
        if self.formulas.contains_key(&at) {
            return self.calculate(at);
        }
        let row = self.rows.binary_search_by_key(&at.0, |r| r.number).ok().and_then(|i| self.rows.get(i));
        match row.map_or(CellRef::Empty, |r| r.get(at.1)) {
            CellRef::Empty => Some(Value::Blank),
            CellRef::Number(n) => from_excel_number(n).map(Value::Number),
            CellRef::Date(d) => Some(Value::Date(d)),
            CellRef::Text(t) => Some(Value::Text(t.to_owned())),
            CellRef::Bool(_) | CellRef::Error(_) => None,
        }
    }

    /// The numbers of a range's cells, passing over blanks, texts and
    /// booleans (as `SUM` does); a date or an error in it is none.
    fn range(&mut self, (r1, c1): At, (r2, c2): At) -> Option<Vec<Decimal>> {
        let (r1, r2) = (r1.min(r2), r1.max(r2));
        let (c1, c2) = (c1.min(c2), c1.max(c2));
        let width = u64::try_from(c2.saturating_sub(c1)).ok()?.saturating_add(1);
        let cells = r2.saturating_sub(r1).saturating_add(1).saturating_mul(width);
        if cells > self.budget {
            self.budget = 0;
            return None;
        }
        let mut numbers = Vec::new();
        for r in r1..=r2 {
            for c in c1..=c2 {
                let at = (r, c);
                let value = if self.formulas.contains_key(&at) {
                    self.budget = self.budget.checked_sub(1)?;
                    self.calculate(at)?
                } else {
                    let row = self
                        .rows
                        .binary_search_by_key(&r, |row| row.number)
                        .ok()
                        .and_then(|i| self.rows.get(i));
                    match row.map_or(CellRef::Empty, |row| row.get(c)) {
                        CellRef::Number(n) => Value::Number(from_excel_number(n)?),
                        CellRef::Date(_) | CellRef::Error(_) => return None,
                        CellRef::Empty | CellRef::Text(_) | CellRef::Bool(_) => Value::Blank,
                    }
                };
                match value {
                    Value::Number(n) => numbers.push(n),
                    Value::Blank | Value::Text(_) => {}
                    Value::Date(_) => return None,
                }
            }
        }
        Some(numbers)
    }
}

/// A reference read from a formula: a cell, or a range of cells.
enum Reference {
    Cell(At),
    Range(At, At),
}

/// A function's argument: a value, or the numbers of a range.
enum Argument {
    Value(Value),
    Range(Vec<Decimal>),
}

/// Reads and calculates one formula (recursive descent, Excel's precedence:
/// `&` below `+ -`, below `* /`, below `%`, below unary minus).
struct Parser<'f> {
    src: &'f [u8],
    pos: usize,
    nesting: usize,
}

impl<'f> Parser<'f> {
    /// The whole formula's value; none unless every character was read.
    fn formula(&mut self, sheet: &mut Sheet<'_>) -> Option<Value> {
        let value = self.join(sheet)?;
        self.skip_spaces();
        (self.pos == self.src.len()).then_some(value)
    }

    /// Moves one byte on.
    fn advance(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn skip_spaces(&mut self) {
        while self.src.get(self.pos).is_some_and(|b| b.is_ascii_whitespace()) {
            self.advance();
        }
    }

    /// Moves past `byte` (after spaces) when it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_spaces();
        let next = self.src.get(self.pos) == Some(&byte);
        if next {
            self.advance();
        }
        next
    }

    fn join(&mut self, sheet: &mut Sheet<'_>) -> Option<Value> {
        let mut value = self.sum(sheet)?;
        while self.eat(b'&') {
            let right = self.sum(sheet)?;
            let mut text = value.text()?;
            text.push_str(&right.text()?);
            value = Value::Text(text);
        }
        Some(value)
    }

    fn sum(&mut self, sheet: &mut Sheet<'_>) -> Option<Value> {
        let mut value = self.product(sheet)?;
        loop {
            if self.eat(b'+') {
                value = add(value, self.product(sheet)?)?;
            } else if self.eat(b'-') {
                value = subtract(value, self.product(sheet)?)?;
            } else {
                return Some(value);
            }
        }
    }

    fn product(&mut self, sheet: &mut Sheet<'_>) -> Option<Value> {
        let mut value = self.unary(sheet)?;
        loop {
            if self.eat(b'*') {
                let right = self.unary(sheet)?.number()?;
                value = Value::Number(value.number()?.checked_mul(right)?);
            } else if self.eat(b'/') {
                let right = self.unary(sheet)?.number()?;
                value = Value::Number(value.number()?.checked_div(right)?);
            } else {
                return Some(value);
            }
        }
    }

    fn unary(&mut self, sheet: &mut Sheet<'_>) -> Option<Value> {
        if self.eat(b'-') {
            self.nested(|p| Some(Value::Number(Decimal::ZERO.checked_sub(p.unary(sheet)?.number()?)?)))
        } else if self.eat(b'+') {
            self.nested(|p| p.unary(sheet))
        } else {
            let mut value = self.primary(sheet)?;
            while self.eat(b'%') {
                value = Value::Number(value.number()?.checked_div(Decimal::ONE_HUNDRED)?);
            }
            Some(value)
        }
    }

    /// Runs `f` one level deeper, none past [`NESTING`].
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.nesting >= NESTING {
            return None;
        }
        self.nesting = self.nesting.saturating_add(1);
        let out = f(self);
        self.nesting = self.nesting.saturating_sub(1);
        out
    }

    fn primary(&mut self, sheet: &mut Sheet<'_>) -> Option<Value> {
        self.skip_spaces();
        match *self.src.get(self.pos)? {
            b'(' => {
                self.advance();
                let value = self.nested(|p| p.join(sheet))?;
                self.eat(b')').then_some(value)
            }
            b'"' => self.text().map(Value::Text),
            b'0'..=b'9' | b'.' => self.number().map(Value::Number),
            _ => {
                let start = self.pos;
                let name = self.name();
                if self.eat(b'(') {
                    return self.nested(|p| p.function(name, sheet));
                }
                self.pos = start;
                match self.reference()? {
                    Reference::Cell(at) => sheet.cell(at),
                    Reference::Range(..) => None,
                }
            }
        }
    }

    /// A text in double quotes (`""` inside is one quote).
    fn text(&mut self) -> Option<String> {
        self.advance();
        let mut out = Vec::new();
        loop {
            let byte = *self.src.get(self.pos)?;
            self.advance();
            if byte == b'"' {
                if self.src.get(self.pos) != Some(&b'"') {
                    return String::from_utf8(out).ok();
                }
                self.advance();
            }
            out.push(byte);
        }
    }

    /// A number as written in a formula (`12`, `0.5`, `1.5E3`).
    fn number(&mut self) -> Option<Decimal> {
        let start = self.pos;
        while self.src.get(self.pos).is_some_and(|b| b.is_ascii_digit() || *b == b'.') {
            self.advance();
        }
        if self.src.get(self.pos).is_some_and(|b| b.eq_ignore_ascii_case(&b'e')) {
            self.advance();
            if self.src.get(self.pos).is_some_and(|b| matches!(b, b'+' | b'-')) {
                self.advance();
            }
            while self.src.get(self.pos).is_some_and(u8::is_ascii_digit) {
                self.advance();
            }
        }
        let text = std::str::from_utf8(self.src.get(start..self.pos)?).ok()?;
        if text.contains(['e', 'E']) { Decimal::from_scientific(text).ok() } else { text.parse().ok() }
    }

    /// A function's or reference's letters, digits, `_`, `.` and `$`.
    fn name(&mut self) -> &'f [u8] {
        let start = self.pos;
        while self
            .src
            .get(self.pos)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$'))
        {
            self.advance();
        }
        self.src.get(start..self.pos).unwrap_or_default()
    }

    /// A cell (`B7`, `$B$7`) or a range (`B2:B9`) of this sheet.
    fn reference(&mut self) -> Option<Reference> {
        let first = cell(self.name())?;
        if self.src.get(self.pos) == Some(&b'!') {
            return None;
        }
        if self.src.get(self.pos) == Some(&b':') {
            self.advance();
            let last = cell(self.name())?;
            return Some(Reference::Range(first, last));
        }
        Some(Reference::Cell(first))
    }

    /// A function call's value, `(` read; none for a function not listed in
    /// the module's documentation.
    fn function(&mut self, name: &[u8], sheet: &mut Sheet<'_>) -> Option<Value> {
        let name = name.to_ascii_uppercase();
        let mut args = Vec::new();
        if !self.eat(b')') {
            loop {
                args.push(self.argument(sheet)?);
                if self.eat(b')') {
                    break;
                }
                if !self.eat(b',') {
                    return None;
                }
            }
        }
        let numbers = |args: Vec<Argument>| -> Option<Vec<Decimal>> {
            let mut all = Vec::new();
            for arg in args {
                match arg {
                    Argument::Value(v) => all.push(v.number()?),
                    Argument::Range(numbers) => all.extend(numbers),
                }
            }
            Some(all)
        };
        let value = match name.as_slice() {
            b"SUM" => numbers(args)?.into_iter().try_fold(Decimal::ZERO, Decimal::checked_add)?,
            b"MIN" => numbers(args)?.into_iter().min().unwrap_or(Decimal::ZERO),
            b"MAX" => numbers(args)?.into_iter().max().unwrap_or(Decimal::ZERO),
            b"ABS" => match <[Argument; 1]>::try_from(args).ok()? {
                [Argument::Value(v)] => v.number()?.abs(),
                _ => return None,
            },
            b"ROUND" => match <[Argument; 2]>::try_from(args).ok()? {
                [Argument::Value(v), Argument::Value(places)] => round(v.number()?, places.number()?)?,
                _ => return None,
            },
            _ => return None,
        };
        Some(Value::Number(value))
    }

    /// A function's argument: a range's numbers, or a value.
    fn argument(&mut self, sheet: &mut Sheet<'_>) -> Option<Argument> {
        self.skip_spaces();
        let start = self.pos;
        if let Some(Reference::Range(a, b)) = self.reference() {
            let next = {
                self.skip_spaces();
                self.src.get(self.pos)
            };
            if matches!(next, Some(b',' | b')')) {
                return sheet.range(a, b).map(Argument::Range);
            }
        }
        self.pos = start;
        self.join(sheet).map(Argument::Value)
    }
}

/// `ROUND(value, places)`: half away from zero, as Excel; `places` a whole
/// number from -15 to 15 (a negative one rounds to tens, hundreds…).
fn round(value: Decimal, places: Decimal) -> Option<Decimal> {
    if !places.fract().is_zero() || places.abs() > Decimal::from(15) {
        return None;
    }
    let places = places.to_i32()?;
    if places >= 0 {
        return Some(display(value, places.unsigned_abs()));
    }
    let unit = Decimal::from(10i64.pow(places.unsigned_abs()));
    display(value.checked_div(unit)?, 0).checked_mul(unit)
}

/// Whole days as a count, none for a fraction or a count too large for a date.
fn days(n: Decimal) -> Option<Days> {
    if !n.fract().is_zero() || n.is_sign_negative() || n > Decimal::from(3_000_000) {
        return None;
    }
    Some(Days::new(n.to_u64()?))
}

/// `a + b`: numbers added; a date plus whole days is a date.
fn add(a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Date(d), n) | (n, Value::Date(d)) => shift(d, n.number()?),
        (a, b) => Some(Value::Number(a.number()?.checked_add(b.number()?)?)),
    }
}

/// `a - b`: numbers subtracted; a date less whole days is a date, a date less
/// a date the days between.
fn subtract(a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Date(a), Value::Date(b)) => {
            Some(Value::Number(Decimal::from(a.signed_duration_since(b).num_days())))
        }
        (Value::Date(d), n) => shift(d, Decimal::ZERO.checked_sub(n.number()?)?),
        (a, b) => Some(Value::Number(a.number()?.checked_sub(b.number()?)?)),
    }
}

/// `date` moved by `by` whole days.
fn shift(date: NaiveDate, by: Decimal) -> Option<Value> {
    let moved = if by.is_sign_negative() {
        date.checked_sub_days(days(by.abs())?)
    } else {
        date.checked_add_days(days(by)?)
    };
    moved.map(Value::Date)
}

/// A cell named as `B7` or `$B$7`: its row number and column index.
fn cell(name: &[u8]) -> Option<At> {
    let name: Vec<u8> = name.iter().copied().filter(|&b| b != b'$').collect();
    let letters = name.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (column, row) = name.split_at(letters);
    if !(1..=3).contains(&column.len())
        || row.is_empty()
        || row.len() > 7
        || !row.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    // At most three letters: ZZZ is 18,278, no overflow.
    let place = |n: usize, b: &u8| {
        n.saturating_mul(26).saturating_add(usize::from(b.to_ascii_uppercase().saturating_sub(b'@')))
    };
    let column = column.iter().fold(0, place).checked_sub(1)?;
    let row: u64 = std::str::from_utf8(row).ok()?.parse().ok()?;
    ((1..=1_048_576).contains(&row) && column < 16_384).then_some((row, column))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::Cell;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    /// Row 1: 100 | 20 | 2026-01-31 | "INV" | (blank) | TRUE.
    fn rows() -> Vec<Row> {
        let date = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        vec![Row::new(
            1,
            vec![
                Cell::Number(100.0),
                Cell::Number(20.0),
                Cell::Date(date),
                Cell::text("INV"),
                Cell::Empty,
                Cell::Bool(true),
            ],
        )]
    }

    /// The value of `formula` written at H1 over [`rows`], with `others` (place, formula) beside it.
    fn calc(formula: &str, others: &[(At, &str)]) -> Option<Value> {
        let rows = rows();
        let mut formulas: Vec<(At, String)> = vec![((1, 7), formula.to_owned())];
        formulas.extend(others.iter().map(|(at, f)| (*at, (*f).to_owned())));
        Sheet::new(&rows, &formulas).calculate((1, 7))
    }

    #[test]
    fn arithmetic_over_the_sheets_cells() {
        let n = |f: &str| calc(f, &[]);
        assert_eq!(n("A1+B1"), Some(Value::Number(d("120"))));
        assert_eq!(n("=$A$1*1.2"), Some(Value::Number(d("120.0"))));
        // Precedence: 100 - 20 * 2 = 60; (100 - 20) * 2 = 160; -2^… not read.
        assert_eq!(n("A1-B1*2"), Some(Value::Number(d("60"))));
        assert_eq!(n("(A1 - B1) * 2"), Some(Value::Number(d("160"))));
        assert_eq!(n("A1*B1%"), Some(Value::Number(d("20"))));
        assert_eq!(n("-A1+E1"), Some(Value::Number(d("-100"))));
        // 100 / 3 = 33.333…, rounded half away from zero; 2.5 → 3; -2.5 → -3; 1234 → 1200.
        assert_eq!(n("ROUND(A1/3,2)"), Some(Value::Number(d("33.33"))));
        assert_eq!(n("ROUND(2.5,0)"), Some(Value::Number(d("3"))));
        assert_eq!(n("ROUND(-2.5,0)"), Some(Value::Number(d("-3"))));
        assert_eq!(n("ROUND(1234,-2)"), Some(Value::Number(d("1200"))));
        // SUM passes over the text, the blank and the boolean in its range: 100 + 20.
        assert_eq!(n("SUM(A1:B1,D1:F1)"), Some(Value::Number(d("120"))));
        assert_eq!(n("max(A1:B1)-min(A1:B1)+abs(-1)"), Some(Value::Number(d("81"))));
        assert_eq!(n("E1"), Some(Value::Number(d("0"))));
        assert_eq!(n("D1&\"-\"&A1"), Some(Value::Text("INV-100".into())));
    }

    #[test]
    fn dates_move_by_whole_days() {
        let date = |y, m, d| Some(Value::Date(NaiveDate::from_ymd_opt(y, m, d).unwrap()));
        // 2026-01-31 + 30 days = 2026-03-02 (February has 28 days).
        assert_eq!(calc("C1+30", &[]), date(2026, 3, 2));
        assert_eq!(calc("30+C1", &[]), date(2026, 3, 2));
        assert_eq!(calc("C1-31", &[]), date(2025, 12, 31));
        assert_eq!(calc("C1-G1", &[((1, 6), "C1-1")]), Some(Value::Number(d("1"))));
        assert_eq!(calc("C1+0.5", &[]), None);
        assert_eq!(calc("C1*2", &[]), None);
        assert_eq!(calc("SUM(C1:C1)", &[]), None);
    }

    #[test]
    fn formulas_naming_formulas_use_their_values() {
        // I1 = A1 + B1 = 120; H1 = I1 * 2 = 240.
        assert_eq!(calc("I1*2", &[((1, 8), "A1+B1")]), Some(Value::Number(d("240"))));
        // A cycle is not calculated.
        assert_eq!(calc("I1", &[((1, 8), "H1")]), None);
    }

    #[test]
    fn anything_else_is_not_calculated() {
        for formula in [
            "VLOOKUP(A1,Rates!A:B,2,FALSE)",
            "Rates!B2*A1",
            "'My sheet'!A1",
            "A:A",
            "A1>B1",
            "A1^2",
            "A1/0",
            "D1*2",
            "F1+1",
            "IF(A1,1,2)",
            "TaxRate*A1",
            "A1+",
            "(A1",
            "SUM(A1:B1",
            "ROUND(A1,0.5)",
            "ROUND(A1)",
            "\"open",
            "ZZZZ1",
            "A0",
        ] {
            assert_eq!(calc(formula, &[]), None, "{formula}");
        }
        let deep = format!("{}1{}", "(".repeat(40), ")".repeat(40));
        assert_eq!(calc(&deep, &[]), None);
        assert_eq!(calc(&"-".repeat(100_000), &[]), None);
    }

    #[test]
    fn a_sheet_of_running_totals_stops_at_the_budget() {
        // 1,000 rows of =SUM($A$1:A1) read 500,500 cells: within the budget.
        let rows: Vec<Row> = (1..=1000).map(|n| Row::new(n, vec![Cell::Number(1.0)])).collect();
        let mut formulas: Vec<(At, String)> =
            (1..=1000).map(|n| ((n, 1), format!("SUM($A$1:A{n})"))).collect();
        formulas.push(((1, 2), "SUM(A1:A1000)".into()));
        let mut sheet = Sheet::new(&rows, &formulas);
        let all: Vec<Option<Value>> = (1..=1000).map(|n| sheet.calculate((n, 1))).collect();
        assert_eq!(all[999], Some(Value::Number(d("1000"))));
        // A range past what is left of the budget is not read.
        sheet.budget = 10;
        assert_eq!(sheet.calculate((1, 2)), None);
        assert_eq!(Sheet::new(&rows, &formulas).calculate((1, 2)), Some(Value::Number(d("1000"))));
    }
}
