//! Korean names of ledger fields in export headers (더존, 이카운트).

use super::Term;
use crate::import::columns::Field::*;

/// Korean terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "청구서번호", true),
    (DocumentId, "전표번호", true),
    (DocumentId, "송장번호", true),
    (CustomerId, "거래처코드", true),
    (CustomerId, "고객코드", true),
    (CustomerName, "거래처명", true),
    (CustomerName, "거래처", true),
    (CustomerName, "고객명", true),
    (InvoiceDate, "청구일", true),
    (InvoiceDate, "발행일", true),
    (InvoiceDate, "전표일자", true),
    (InvoiceDate, "일자", false),
    (DueDate, "만기일", true),
    (DueDate, "지급기일", true),
    (DueDate, "결제예정일", true),
    (DueDate, "수금예정일", true),
    (Amount, "청구금액", true),
    (Amount, "합계금액", true),
    (Amount, "금액", false),
    (OpenBalance, "미수잔액", true),
    (OpenBalance, "미수금액", true),
    (OpenBalance, "미수금", true),
    (OpenBalance, "잔액", false),
    (AmountPaid, "수금액", true),
    (AmountPaid, "입금액", true),
    (PaidDate, "수금일", true),
    (PaidDate, "입금일", true),
    (Debit, "차변", false),
    (Credit, "대변", false),
    (Currency, "통화", true),
    (Status, "상태", true),
    (Email, "이메일", true),
];
