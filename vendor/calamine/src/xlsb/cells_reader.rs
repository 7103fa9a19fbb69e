// SPDX-License-Identifier: MIT
//
// Copyright 2016-2026, Johann Tuffe.

use std::io::{Read, Seek};

use crate::{
    datatype::DataRef,
    formats::{format_excel_f64_ref, format_excel_i64_ref, CellFormat},
    utils::{read_f64, read_i32, read_u32, read_usize},
    Cell, CellErrorType, Dimensions, XlsbError,
};

use super::{cell_format, parse_formula, wide_str, RecordIter};

/// A cells reader for xlsb files
pub struct XlsbCellsReader<'a, RS>
where
    RS: Read + Seek,
{
    iter: RecordIter<'a, RS>,
    formats: &'a [CellFormat],
    strings: &'a [String],
    extern_sheets: &'a [String],
    metadata_names: &'a [(String, String)],
    typ: u16,
    row: u32,
    is_1904: bool,
    dimensions: Dimensions,
    buf: Vec<u8>,
    /// Rows whose header says they are hidden (arlens patch 24), 0-based, in file order.
    hidden_rows: Vec<u32>,
    /// Columns a BrtColInfo hides (arlens patch 25): see [`XlsbCellsReader::hidden_columns`].
    hidden_columns: Vec<(u32, u32)>,
}

impl<'a, RS> XlsbCellsReader<'a, RS>
where
    RS: Read + Seek,
{
    pub(crate) fn new(
        mut iter: RecordIter<'a, RS>,
        formats: &'a [CellFormat],
        strings: &'a [String],
        extern_sheets: &'a [String],
        metadata_names: &'a [(String, String)],
        is_1904: bool,
    ) -> Result<Self, XlsbError> {
        let mut buf = Vec::with_capacity(1024);
        // BrtWsDim
        let dim_len = iter.next_skip_blocks(
            0x0094,
            &[
                (0x0081, None), // BrtBeginSheet
                (0x0093, None), // BrtWsProp
            ],
            &mut buf,
        )?;
        let dimensions = parse_dimensions(super::field(&buf[..dim_len], 0, 16, "BrtWsDim")?);

        // BrtBeginSheetData, reading the columns' BrtColInfo on the way (arlens
        // patch 25: its block was skipped whole). MS-XLSB 2.4.323: colFirst, colLast,
        // then at byte 16 the flags, bit 0 fHidden.
        let mut hidden_columns = Vec::new();
        loop {
            let typ = iter.read_type()?;
            let len = iter.fill_buffer(&mut buf)?;
            let end = match typ {
                0x0091 => break,
                0x003C if len > 16 && buf[16] & 0x01 != 0 => {
                    let (first, last) = (read_u32(&buf[0..4]), read_u32(&buf[4..8]));
                    if last >= first {
                        hidden_columns.push((first, last.min(16_383)));
                    }
                    continue;
                }
                0x0085 => 0x0086, // Views
                0x0025 => 0x0026, // AC blocks
                _ => continue,
            };
            while iter.read_type()? != end {
                let _ = iter.fill_buffer(&mut buf)?;
            }
            let _ = iter.fill_buffer(&mut buf)?;
        }

        Ok(XlsbCellsReader {
            iter,
            formats,
            is_1904,
            strings,
            extern_sheets,
            metadata_names,
            dimensions,
            typ: 0,
            row: 0,
            buf,
            hidden_rows: Vec::new(),
            hidden_columns,
        })
    }

    pub fn dimensions(&self) -> Dimensions {
        self.dimensions
    }

    /// The rows [`XlsbCellsReader::next_cell`] has read a header of that the sheet
    /// hides (BrtRowHdr's `fDyZero`: hidden, or filtered out by an AutoFilter),
    /// 0-based, in file order (arlens patch 24). Their cells are read like any other's.
    pub fn hidden_rows(&self) -> &[u32] {
        &self.hidden_rows
    }

    /// The columns the sheet hides (a BrtColInfo's `fHidden`), as (first, last)
    /// 0-based inclusive ranges in file order (arlens patch 25). Their cells are
    /// read like any other's.
    pub fn hidden_columns(&self) -> &[(u32, u32)] {
        &self.hidden_columns
    }

    /// The sheet's merged regions (BrtMergeCell, MS-XLSB 2.4.660: rwFirst, rwLast,
    /// colFirst, colLast), written after the cells: call once
    /// [`XlsbCellsReader::next_cell`] has returned `None` (arlens patch 26).
    pub fn merge_cells(&mut self) -> Result<Vec<Dimensions>, XlsbError> {
        let mut merged = Vec::new();
        // The sheet's end (BrtEndSheet), or the stream's.
        while let Ok(typ) = self.iter.read_type() {
            let len = self.iter.fill_buffer(&mut self.buf)?;
            match typ {
                0x0082 => break,
                0x00B0 if len >= 16 => {
                    let at = |i: usize| read_u32(&self.buf[i..i + 4]);
                    let (rows, cols) = ((at(0), at(4)), (at(8), at(12)));
                    if rows.1 >= rows.0 && cols.1 >= cols.0 {
                        merged.push(Dimensions {
                            start: (rows.0, cols.0),
                            end: (rows.1, cols.1),
                        });
                    }
                }
                _ => (),
            }
        }
        Ok(merged)
    }

    pub fn next_cell(&mut self) -> Result<Option<Cell<DataRef<'a>>>, XlsbError> {
        // loop until end of sheet
        let value = loop {
            self.typ = self.iter.read_type()?;
            let len = self.iter.fill_buffer(&mut self.buf)?;
            // arlens patch 12: each cell record was read as if it were long enough.
            let needed = match self.typ {
                0x0000 => 4,
                0x0006 | 0x0008 => 8,
                0x0003 | 0x0004 | 0x000A => 9,
                0x0002 | 0x0007 => 12,
                0x0005 | 0x0009 => 16,
                _ => 0,
            };
            if len < needed {
                return Err(XlsbError::Unrecognized {
                    typ: "cell record",
                    val: format!("record {:#06x} of {len} bytes, {needed} needed", self.typ),
                });
            }
            let value = match self.typ {
                // 0x0001 => continue, // Data::Empty, // BrtCellBlank
                0x0002 => {
                    // BrtCellRk MS-XLSB 2.5.122
                    let d100 = (self.buf[8] & 1) != 0;
                    let is_int = (self.buf[8] & 2) != 0;
                    self.buf[8] &= 0xFC;

                    if is_int {
                        let v = (read_i32(&self.buf[8..12]) >> 2) as i64;
                        if d100 {
                            let v = (v as f64) / 100.0;
                            format_excel_f64_ref(
                                v,
                                cell_format(self.formats, &self.buf),
                                self.is_1904,
                            )
                        } else {
                            // A whole-number date (e.g. 2021-01-01, 44197) is
                            // often stored as an integer RK, so it needs the
                            // cell's format too.
                            format_excel_i64_ref(
                                v,
                                cell_format(self.formats, &self.buf),
                                self.is_1904,
                            )
                        }
                    } else {
                        let mut v = [0u8; 8];
                        v[4..].copy_from_slice(&self.buf[8..12]);
                        let v = read_f64(&v);
                        let v = if d100 { v / 100.0 } else { v };
                        format_excel_f64_ref(v, cell_format(self.formats, &self.buf), self.is_1904)
                    }
                }
                0x0003 => {
                    let error = match self.buf[8] {
                        0x00 => CellErrorType::Null,
                        0x07 => CellErrorType::Div0,
                        0x0F => CellErrorType::Value,
                        0x17 => CellErrorType::Ref,
                        0x1D => CellErrorType::Name,
                        0x24 => CellErrorType::Num,
                        0x2A => CellErrorType::NA,
                        0x2B => CellErrorType::GettingData,
                        c => return Err(XlsbError::CellError(c)),
                    };
                    // BrtCellError
                    DataRef::Error(error)
                }
                0x0004 | 0x000A => DataRef::Bool(self.buf[8] != 0), // BrtCellBool or BrtFmlaBool
                0x0005 | 0x0009 => {
                    let v = read_f64(&self.buf[8..16]);
                    format_excel_f64_ref(v, cell_format(self.formats, &self.buf), self.is_1904)
                } // BrtCellReal or BrtFmlaNum
                0x0006 | 0x0008 => DataRef::String(wide_str(&self.buf[8..len], &mut 0)?.into_owned()), // BrtCellSt or BrtFmlaString
                0x0007 => {
                    // BrtCellIsst
                    let isst = read_usize(&self.buf[8..12]);
                    // arlens patch 12: an index past the shared strings panicked.
                    let string = self.strings.get(isst).ok_or_else(|| XlsbError::Unrecognized {
                        typ: "BrtCellIsst",
                        val: format!("shared string {isst} of {}", self.strings.len()),
                    })?;
                    DataRef::SharedString(string)
                }
                0x0000 => {
                    // BrtRowHdr
                    self.row = read_u32(&self.buf);
                    if self.row > 0x0010_0000 {
                        return Ok(None); // invalid row
                    }
                    // arlens patch 24: MS-XLSB 2.4.726, byte 11 bit 4 is fDyZero (hidden).
                    if len > 11 && self.buf[11] & 0x10 != 0 {
                        self.hidden_rows.push(self.row);
                    }
                    continue;
                }
                0x0092 => return Ok(None), // BrtEndSheetData
                _ => continue, // anything else, ignore and try next, without changing idx
            };
            break value;
        };
        let col = read_u32(&self.buf);
        Ok(Some(Cell::new((self.row, col), value)))
    }

    pub fn next_formula(&mut self) -> Result<Option<Cell<String>>, XlsbError> {
        let value = loop {
            self.typ = self.iter.read_type()?;
            let _ = self.iter.fill_buffer(&mut self.buf)?;

            let value = match self.typ {
                // 0x0001 => continue, // Data::Empty, // BrtCellBlank
                0x0008 => {
                    // BrtFmlaString
                    let cch = read_u32(&self.buf[8..]) as usize;
                    let formula = &self.buf[14 + cch * 2..];
                    let cce = read_u32(formula) as usize;
                    let rgce = &formula[4..4 + cce];
                    parse_formula(rgce, self.extern_sheets, self.metadata_names)?
                }
                0x0009 => {
                    // BrtFmlaNum
                    let formula = &self.buf[18..];
                    let cce = read_u32(formula) as usize;
                    let rgce = &formula[4..4 + cce];
                    parse_formula(rgce, self.extern_sheets, self.metadata_names)?
                }
                0x000A | 0x000B => {
                    // BrtFmlaBool | BrtFmlaError
                    let formula = &self.buf[11..];
                    let cce = read_u32(formula) as usize;
                    let rgce = &formula[4..4 + cce];
                    parse_formula(rgce, self.extern_sheets, self.metadata_names)?
                }
                0x0000 => {
                    // BrtRowHdr
                    self.row = read_u32(&self.buf);
                    if self.row > 0x0010_0000 {
                        return Ok(None); // invalid row
                    }
                    continue;
                }
                0x0092 => return Ok(None), // BrtEndSheetData
                _ => continue, // anything else, ignore and try next, without changing idx
            };
            break value;
        };
        let col = read_u32(&self.buf);
        Ok(Some(Cell::new((self.row, col), value)))
    }
}

fn parse_dimensions(buf: &[u8]) -> Dimensions {
    Dimensions {
        start: (read_u32(&buf[0..4]), read_u32(&buf[8..12])),
        end: (read_u32(&buf[4..8]), read_u32(&buf[12..16])),
    }
}
