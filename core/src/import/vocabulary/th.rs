//! Thai names of ledger fields in export headers (Express, FlowAccount, PEAK).
//! Headers run their words together: the whole header is the term.

use super::Term;
use crate::import::columns::Field::*;

/// Thai terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "เลขที่ใบแจ้งหนี้", true),
    (DocumentId, "เลขที่ใบกำกับภาษี", true),
    (DocumentId, "เลขที่เอกสาร", true),
    (DocumentId, "เลขที่", false),
    (DocumentType, "ประเภทเอกสาร", true),
    (CustomerId, "รหัสลูกค้า", true),
    (CustomerName, "ชื่อลูกค้า", true),
    (CustomerName, "ลูกค้า", true),
    (InvoiceDate, "วันที่ใบแจ้งหนี้", true),
    (InvoiceDate, "วันที่เอกสาร", true),
    (InvoiceDate, "วันที่ออกเอกสาร", true),
    (InvoiceDate, "วันที่", false),
    (DueDate, "วันครบกำหนดชำระ", true),
    (DueDate, "วันครบกำหนด", true),
    (DueDate, "วันที่ครบกำหนด", true),
    (DueDate, "ครบกำหนด", true),
    (Amount, "ยอดรวม", true),
    (Amount, "จำนวนเงินรวม", true),
    (Amount, "จำนวนเงิน", false),
    (Amount, "มูลค่า", false),
    (OpenBalance, "ยอดคงค้าง", true),
    (OpenBalance, "ยอดค้างชำระ", true),
    (OpenBalance, "คงค้าง", true),
    (OpenBalance, "ยอดคงเหลือ", false),
    (AmountPaid, "ยอดชำระ", true),
    (AmountPaid, "ชำระแล้ว", true),
    (PaidDate, "วันที่ชำระ", true),
    (PaidDate, "วันที่รับชำระ", true),
    (Currency, "สกุลเงิน", true),
    (Status, "สถานะ", true),
    (Terms, "เงื่อนไขการชำระเงิน", true),
    (Email, "อีเมล", true),
];
