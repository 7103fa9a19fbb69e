//! The words of document-type columns that name an entry's kind, in every
//! language of the header tables, with the codes SAP and Sage write.
//!
//! Only words that name one kind whatever the amount's sign: a correction
//! (`Korrektur`, `korekta`) may raise or lower an invoice and names none.

use crate::ledger::EntryKind::{self, CreditNote, Invoice, Payment};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Type-column texts and the kind each names, as written (matched as
/// [`super::words`] joins them: case, accents and spacing do not matter).
const WORDS: &[(&str, EntryKind)] = &[
    // English, and the codes of SAP (`RV`, `DR`, `DG`, `DZ`), Sage (`SI`, `SC`, `SR`, `PA`),
    // Dynamics GP and JD Edwards (below).
    ("invoice", Invoice),
    ("inv", Invoice),
    ("sales invoice", Invoice),
    // Tally's voucher type for a sales invoice.
    ("sales", Invoice),
    ("sale", Invoice),
    ("SI", Invoice),
    ("RV", Invoice),
    ("DR", Invoice),
    ("bill", Invoice),
    ("debit note", Invoice),
    ("debit memo", Invoice),
    ("charge", Invoice),
    ("DN", Invoice),
    ("tax invoice", Invoice),
    ("credit note", CreditNote),
    ("credit memo", CreditNote),
    ("credit", CreditNote),
    ("CN", CreditNote),
    ("CM", CreditNote),
    ("SC", CreditNote),
    ("DG", CreditNote),
    ("return", CreditNote),
    ("sales credit", CreditNote),
    ("sales credit note", CreditNote),
    ("sales return", CreditNote),
    ("CRN", CreditNote),
    ("cr note", CreditNote),
    ("cr memo", CreditNote),
    // Dynamics GP's receivables document types (`SLS`, `SCP`, `DR`, `FIN`, `WRN`, `CR`,
    // `RTN`, `PMT`; its `SVC`, service and repairs, is El Salvador's currency code, which
    // a type column's words lose, and is read by its amount's sign).
    ("SLS", Invoice),
    ("SCP", Invoice),
    ("FIN", Invoice),
    ("WRN", Invoice),
    ("PMT", Payment),
    ("finance charge", Invoice),
    // QuickBooks' statement charges and the fees charged on late payments.
    ("statement charge", Invoice),
    ("late fee", Invoice),
    ("late charge", Invoice),
    ("CR", CreditNote),
    ("RTN", CreditNote),
    ("applied credit", CreditNote),
    // JD Edwards' receivables document types (`Doc Ty`): invoice, finance charge,
    // credit memo, receipt (applied and unapplied).
    ("RI", Invoice),
    ("RF", Invoice),
    ("RM", CreditNote),
    ("RC", Payment),
    ("RU", Payment),
    ("write off", CreditNote),
    ("write-off", CreditNote),
    ("bad debt", CreditNote),
    ("bad debt write off", CreditNote),
    // A discount allowed (for paying early, or on settling): it lowers what is owed.
    ("discount", CreditNote),
    ("discount allowed", CreditNote),
    ("cash discount", CreditNote),
    ("settlement discount", CreditNote),
    ("early payment discount", CreditNote),
    ("prompt payment discount", CreditNote),
    ("skonto", CreditNote),
    ("escompte", CreditNote),
    ("descuento", CreditNote),
    ("descuento por pronto pago", CreditNote),
    ("sconto", CreditNote),
    ("korting", CreditNote),
    ("payment", Payment),
    ("receipt", Payment),
    ("pmt", Payment),
    ("pay", Payment),
    ("SR", Payment),
    ("PA", Payment),
    ("DZ", Payment),
    ("cash receipt", Payment),
    ("receive payment", Payment),
    ("payment entry", Payment),
    ("customer payment", Payment),
    ("sales receipt", Payment),
    // Money received ahead of or beside invoices (QuickBooks' `Deposit`); not the
    // ways of paying (`Check`, `Virement`), which a payment-method column holds.
    ("deposit", Payment),
    ("customer deposit", Payment),
    ("prepayment", Payment),
    ("advance", Payment),
    ("advance payment", Payment),
    ("down payment", Payment),
    ("unapplied cash", Payment),
    ("unapplied payment", Payment),
    ("payment on account", Payment),
    ("overpayment", Payment),
    ("remittance", Payment),
    // German
    ("Rechnung", Invoice),
    ("Ausgangsrechnung", Invoice),
    ("Gutschrift", CreditNote),
    ("Zahlung", Payment),
    ("Zahlungseingang", Payment),
    ("Anzahlung", Payment),
    // French
    ("Facture", Invoice),
    ("Avoir", CreditNote),
    ("Paiement", Payment),
    ("Règlement", Payment),
    ("Encaissement", Payment),
    ("Note de crédit", CreditNote),
    ("Facture d'avoir", CreditNote),
    ("Acompte", Payment),
    // Spanish and Portuguese
    ("Factura", Invoice),
    ("Fatura", Invoice),
    ("Nota de crédito", CreditNote),
    ("Nota crédito", CreditNote),
    ("Abono", CreditNote),
    ("Nota de abono", CreditNote),
    ("Devolución", CreditNote),
    ("Devolução", CreditNote),
    ("Anticipo", Payment),
    ("Adiantamento", Payment),
    ("Cobranza", Payment),
    ("Pago", Payment),
    ("Cobro", Payment),
    ("Pagamento", Payment),
    ("Recebimento", Payment),
    // Italian
    ("Fattura", Invoice),
    ("Nota di credito", CreditNote),
    ("Nota credito", CreditNote),
    ("Reso", CreditNote),
    ("Acconto", Payment),
    ("Riscossione", Payment),
    ("Incasso", Payment),
    // Dutch
    ("Factuur", Invoice),
    ("Creditnota", CreditNote),
    ("Creditfactuur", CreditNote),
    ("Verkoopfactuur", Invoice),
    ("Ontvangst", Payment),
    ("Betaling", Payment),
    // Polish
    ("Faktura", Invoice),
    ("Faktura VAT", Invoice),
    ("Wpłata", Payment),
    ("Płatność", Payment),
    ("Nota kredytowa", CreditNote),
    // Swedish, Danish, Norwegian
    ("Kundfaktura", Invoice),
    ("Kreditfaktura", CreditNote),
    ("Kreditnota", CreditNote),
    ("Betalning", Payment),
    ("Inbetalning", Payment),
    ("Innbetaling", Payment),
    ("Indbetaling", Payment),
    // Finnish
    ("Lasku", Invoice),
    ("Myyntilasku", Invoice),
    ("Hyvityslasku", CreditNote),
    ("Maksu", Payment),
    ("Suoritus", Payment),
    // Czech and Slovak
    ("Faktúra", Invoice),
    ("Dobropis", CreditNote),
    ("Platba", Payment),
    ("Úhrada", Payment),
    // Turkish
    ("Satış faturası", Invoice),
    ("İade faturası", CreditNote),
    ("Tahsilat", Payment),
    ("Ödeme", Payment),
    // Russian and Ukrainian
    ("Счет", Invoice),
    ("Счет-фактура", Invoice),
    ("Реализация", Invoice),
    ("Рахунок", Invoice),
    ("Возврат", CreditNote),
    // Bulgarian's and Russian's credit note.
    ("Кредитно известие", CreditNote),
    ("Кредит-нота", CreditNote),
    ("Оплата", Payment),
    ("Поступление", Payment),
    ("Платеж", Payment),
    ("Платіж", Payment),
    // Japanese
    ("請求", Invoice),
    ("請求書", Invoice),
    ("売上", Invoice),
    ("返品", CreditNote),
    // A red slip: an entry reversed, written in red.
    ("赤伝", CreditNote),
    ("赤伝票", CreditNote),
    ("入金", Payment),
    // Chinese
    ("发票", Invoice),
    ("發票", Invoice),
    ("销售发票", Invoice),
    ("红字发票", CreditNote),
    ("退货", CreditNote),
    ("收款", Payment),
    ("回款", Payment),
    // Korean
    ("청구", Invoice),
    ("매출", Invoice),
    ("반품", CreditNote),
    ("입금", Payment),
    ("수금", Payment),
    // Arabic
    ("فاتورة", Invoice),
    ("فاتورة مبيعات", Invoice),
    ("فاتورة ضريبية", Invoice),
    ("إشعار دائن", CreditNote),
    ("مرتجع مبيعات", CreditNote),
    ("سند قبض", Payment),
    ("دفعة", Payment),
    // Persian
    ("فاکتور", Invoice),
    ("فاکتور فروش", Invoice),
    ("برگشت از فروش", CreditNote),
    ("دریافت", Payment),
    ("رسید دریافت", Payment),
    // Hebrew
    ("חשבונית", Invoice),
    ("חשבונית מס", Invoice),
    ("חשבונית זיכוי", CreditNote),
    ("זיכוי", CreditNote),
    ("קבלה", Payment),
    ("תקבול", Payment),
    // Thai
    ("ใบแจ้งหนี้", Invoice),
    ("ใบกำกับภาษี", Invoice),
    ("ใบลดหนี้", CreditNote),
    ("ใบเสร็จรับเงิน", Payment),
    ("รับชำระ", Payment),
    // Hindi and Marathi (Tally's voucher types: sales, receipt)
    ("बिल", Invoice),
    ("बीजक", Invoice),
    ("कर बीजक", Invoice),
    ("इनवॉइस", Invoice),
    ("बिक्री", Invoice),
    ("बिक्री बिल", Invoice),
    ("डेबिट नोट", Invoice),
    ("क्रेडिट नोट", CreditNote),
    ("जमा पत्र", CreditNote),
    ("बिक्री वापसी", CreditNote),
    ("रसीद", Payment),
    ("प्राप्ति", Payment),
    ("भुगतान", Payment),
    // Bengali
    ("চালান", Invoice),
    ("বিল", Invoice),
    ("বিক্রয়", Invoice),
    ("ক্রেডিট নোট", CreditNote),
    ("বিক্রয় ফেরত", CreditNote),
    ("রসিদ", Payment),
    ("প্রাপ্তি", Payment),
    ("পরিশোধ", Payment),
    // Indonesian and Malay
    ("faktur", Invoice),
    ("faktur penjualan", Invoice),
    ("invois", Invoice),
    ("nota kredit", CreditNote),
    ("retur penjualan", CreditNote),
    ("pembayaran", Payment),
    ("penerimaan", Payment),
    ("bayaran", Payment),
    ("resit", Payment),
    // Vietnamese
    ("hóa đơn", Invoice),
    ("hoa don", Invoice),
    ("hóa đơn bán hàng", Invoice),
    ("hàng bán trả lại", CreditNote),
    ("phiếu thu", Payment),
    ("phieu thu", Payment),
    ("thu tiền", Payment),
    // Hungarian
    ("számla", Invoice),
    ("jóváíró számla", CreditNote),
    ("jóváírás", CreditNote),
    ("befizetés", Payment),
    // Greek
    ("τιμολόγιο", Invoice),
    ("τιμολόγιο πώλησης", Invoice),
    ("πιστωτικό", CreditNote),
    ("πιστωτικό τιμολόγιο", CreditNote),
    ("είσπραξη", Payment),
    ("απόδειξη είσπραξης", Payment),
    // Romanian
    ("factură", Invoice),
    ("factură storno", CreditNote),
    ("încasare", Payment),
    ("chitanță", Payment),
    ("ordin de plată", Payment),
];

/// The kind a type-column text names, if it names one (texts compared as
/// [`crate::import::columns::normalize_header`] reads headers).
pub(crate) fn kind(text: &str) -> Option<EntryKind> {
    use crate::import::columns::normalize_header;
    static INDEX: OnceLock<HashMap<String, EntryKind>> = OnceLock::new();
    let index = INDEX.get_or_init(|| WORDS.iter().map(|(w, k)| (normalize_header(w), *k)).collect());
    Some(normalize_header(text)).filter(|key| !key.is_empty()).and_then(|key| index.get(&key).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_read_in_every_language_whatever_the_case_and_accents() {
        let cases = [
            ("Invoice", Some(Invoice)),
            ("RV", Some(Invoice)),
            ("Payment Entry", Some(Payment)),
            ("GUTSCHRIFT", Some(CreditNote)),
            ("Nota de credito", Some(CreditNote)),
            ("WPLATA", Some(Payment)),
            ("Płatność", Some(Payment)),
            ("iade faturasi", Some(CreditNote)),
            ("فاتورة", Some(Invoice)),
            ("اشعار دائن", Some(CreditNote)), // without the hamza
            ("سند قبض", Some(Payment)),
            ("חשבונית זיכוי", Some(CreditNote)),
            ("ใบลดหนี้", Some(CreditNote)),
            ("Pembayaran", Some(Payment)),
            ("Phiếu thu", Some(Payment)),
            ("Számla", Some(Invoice)),
            ("Πιστωτικό", Some(CreditNote)),
            ("Încasare", Some(Payment)),
            ("İADE FATURASI", Some(CreditNote)),
            ("счёт-фактура", Some(Invoice)),
            ("入金", Some(Payment)),
            ("Кредит-нота", Some(CreditNote)),
            ("кредитно известие", Some(CreditNote)),
            ("赤伝", Some(CreditNote)),
            ("बिक्री", Some(Invoice)),
            ("क्रेडिट नोट", Some(CreditNote)),
            ("বিক্রয়", Some(Invoice)),
            ("রসিদ", Some(Payment)),
            // A discount allowed, written positive: a credit, not an invoice.
            ("Cash Discount", Some(CreditNote)),
            ("SKONTO", Some(CreditNote)),
            ("Descuento por pronto pago", Some(CreditNote)),
            ("Korekta", None),
            ("Korrektur", None),
            ("", None),
            ("  ", None),
        ];
        // Every word of the table is read as itself: none is lost to the normalising
        // (a stop word or a currency code alone would be an empty key).
        for (word, want) in WORDS {
            assert_eq!(kind(word), Some(*want), "{word:?}");
        }
        for (text, want) in cases {
            assert_eq!(kind(text), want, "{text:?}");
        }
    }
}
