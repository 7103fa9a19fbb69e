//! Every value form the importer reads, table-driven: dates, amounts, ids.

use arlens::import::values::{
    DateError, DateOrder, DecimalMark, OrderEvidence, clean_id, excel_serial_date, id_from_number,
    infer_date_order, infer_decimal_mark, parse_amount, parse_currency, parse_date,
};

#[test]
fn dates_in_every_form() {
    use DateOrder::*;
    // (text, order, expected)
    let ok: &[(&str, Option<DateOrder>, &str)] = &[
        ("2024-03-31", None, "2024-03-31"),
        ("2024/03/31", None, "2024-03-31"),
        ("20240331", None, "2024-03-31"),
        ("2020-04-03 17:46:11.484375000", None, "2020-04-03"),
        ("2020-04-03 00:00:00.000000000", None, "2020-04-03"),
        ("2020-04-03T00:00:00", None, "2020-04-03"),
        ("'2024-03-31", None, "2024-03-31"), // Excel's text prefix
        ("'03/04/2024", Some(Dmy), "2024-04-03"),
        ("31/03/2024", None, "2024-03-31"),      // only one reading
        ("03/31/2024", None, "2024-03-31"),      // only one reading
        ("03/04/2024", Some(Dmy), "2024-04-03"), // order given
        ("03/04/2024", Some(Mdy), "2024-03-04"),
        ("3.4.2024", Some(Dmy), "2024-04-03"),
        ("03-04-24", Some(Dmy), "2024-04-03"),
        ("31/03/29", Some(Dmy), "2029-03-31"), // Excel window: 00–29 → 20xx
        ("31/03/30", Some(Dmy), "1930-03-31"), // 30–99 → 19xx
        ("31 Mar 2024", None, "2024-03-31"),
        ("31 March 2024", None, "2024-03-31"),
        ("31-Mar-24", None, "2024-03-31"),
        ("March 31, 2024", None, "2024-03-31"),
        ("Sept 1 2024", None, "2024-09-01"),
        ("Sunday, 31 March 2024", None, "2024-03-31"),
        ("March 31st, 2024", None, "2024-03-31"), // ordinals, as long US dates write them
        ("January 2nd, 2026", None, "2026-01-02"),
        ("23rd Feb 2026", None, "2026-02-23"),
        ("1er mars 2026", None, "2026-03-01"), // French writes the first of the month so
        ("05/05/2024", None, "2024-05-05"),    // both readings agree
        // Month names as Excel in other languages writes them (`dd-mmm-yy` and long dates).
        ("31-mars-24", None, "2024-03-31"),             // French
        ("15-janv.-24", None, "2024-01-15"),            // French, with its point
        ("1 août 2024", None, "2024-08-01"),            // French, accent
        ("31. März 2024", None, "2024-03-31"),          // German
        ("31-Mrz-24", None, "2024-03-31"),              // German short form
        ("31 de marzo de 2024", None, "2024-03-31"),    // Spanish
        ("15-dic-24", None, "2024-12-15"),              // Spanish and Italian
        ("15 de setembro de 2024", None, "2024-09-15"), // Portuguese
        ("3 giugno 2024", None, "2024-06-03"),          // Italian
        ("31-mrt-24", None, "2024-03-31"),              // Dutch short form
        ("15 mei 2024", None, "2024-05-15"),            // Dutch
        ("15 maj 2024", None, "2024-05-15"),            // Swedish, Danish, Polish
        ("15 Ağustos 2024", None, "2024-08-15"),        // Turkish
        ("31 maja 2024", None, "2024-05-31"),           // Polish, the form dates write
        ("31 мая 2024 г.", None, "2024-05-31"),         // Russian, with its year mark
        ("15 янв. 2024", None, "2024-01-15"),           // Russian short form
        ("31. března 2024", None, "2024-03-31"),        // Czech, the form dates write
        ("1. června 2024", None, "2024-06-01"),         // Czech: June (červen) …
        ("1. července 2024", None, "2024-07-01"),       // … and July (červenec)
        ("30 červen 2024", None, "2024-06-30"),         // named, June (was read as July: červenec)
        ("1 červenec 2024", None, "2024-07-01"),
        ("12 listopad 2024", None, "2024-11-12"), // Czech and Polish: November
        ("2024. március 31.", None, "2024-03-31"), // Hungarian
        ("31 Μαρτίου 2024", None, "2024-03-31"),  // Greek, the form dates write
        ("15 Μαΐου 2024", None, "2024-05-15"),    // Greek, with dialytika and tonos
        ("15 ΜΑΪΟΥ 2024", None, "2024-05-15"),    // Greek in capitals
        ("31. maaliskuuta 2024", None, "2024-03-31"), // Finnish, the form dates write
        ("1. marraskuuta 2024", None, "2024-11-01"), // Finnish November, not March
        ("15. tammik. 2024", None, "2024-01-15"), // Finnish short form
        ("2024年3月31日", None, "2024-03-31"),    // Japanese, Chinese
        ("2024년 3월 31일", None, "2024-03-31"),  // Korean
        ("2024. 3. 31.", None, "2024-03-31"),     // Korean, with points
        ("31 Maret 2026", None, "2026-03-31"),    // Indonesian
        ("15 Ogos 2026", None, "2026-08-15"),     // Malay
        ("15-Agu-2026", None, "2026-08-15"),      // Indonesian short form
        ("31 martie 2026", None, "2026-03-31"),   // Romanian
        ("31 مارس 2026", None, "2026-03-31"),     // Arabic
        ("15 أغسطس 2026", None, "2026-08-15"),    // Arabic, with its hamza
        ("31 במרץ 2026", None, "2026-03-31"),     // Hebrew, with ב ("in")
        ("31 มีนาคม 2569", None, "2026-03-31"),    // Thai, a Buddhist-era year
        ("15 فروردین 1405", None, "2026-04-04"),  // Persian: a Solar Hijri month and year
        ("1 دی 1404", None, "2025-12-22"),        // … Dey, a two-letter month
        ("ngày 31 tháng 3 năm 2026", None, "2026-03-31"), // Vietnamese in words
        ("05 thang 04 nam 2026", None, "2026-04-05"), // … without accents: day first
        // Digits of other scripts.
        ("٢٠٢٦/٠٣/٣١", None, "2026-03-31"),           // Arabic-Indic
        ("٣١/٠٣/٢٠٢٦", None, "2026-03-31"),           // Arabic-Indic, day first
        ("२०२६-०३-३१", None, "2026-03-31"),           // Devanagari
        ("２０２６年３月３１日", None, "2026-03-31"), // full-width, as Japanese text writes them
        ("２０２６／０３／３１", None, "2026-03-31"), // full-width slashes too
        // Other calendars, told by their years.
        ("31/03/2569", None, "2026-03-31"), // Thai: Buddhist era, 543 years on
        ("2569-02-28", None, "2026-02-28"), // … in ISO form too
        ("1405/01/01", None, "2026-03-21"), // Solar Hijri: Nowruz 1405
        ("۱۴۰۵/۰۴/۰۹", None, "2026-06-30"), // … in Persian digits
        ("1404/12/29", None, "2026-03-20"), // … the last day of 1404
        ("1447/01/01", None, "2025-06-26"), // Hijri (Umm al-Qura): 1 Muharram 1447
        ("1447/09/01", None, "2026-02-18"), // … 1 Ramadan 1447
        ("R8.3.31", None, "2026-03-31"),    // Japanese era: Reiwa 8
        ("令和8年3月31日", None, "2026-03-31"),
        ("令和元年5月1日", None, "2019-05-01"), // 元: the era's first year
        ("H31/04/30", None, "2019-04-30"),      // Heisei 31
        ("平成30年12月31日", None, "2018-12-31"),
        // Minguo years (Taiwan): year 1 is 1912. These were "not a date".
        ("115/03/31", None, "2026-03-31"),
        ("115/3/1", Some(Dmy), "2026-03-01"), // three digits first, whatever the order
        ("民國115年3月31日", None, "2026-03-31"),
        ("中華民國 115.3.31", None, "2026-03-31"),
    ];
    for (text, order, want) in ok {
        assert_eq!(
            parse_date(text, *order).map(|d| d.to_string()),
            Ok((*want).to_owned()),
            "text {text:?}, order {order:?}"
        );
    }
    let bad: &[(&str, Option<DateOrder>, DateError)] = &[
        ("03/04/2024", None, DateError::Ambiguous),
        ("31/02/2024", None, DateError::Invalid),
        ("2023-02-29", None, DateError::Invalid),
        ("31/03/2024", Some(Mdy), DateError::Invalid),
        ("soon", None, DateError::Invalid),
        ("", None, DateError::Invalid),
        ("32 Mar 2024", None, DateError::Invalid),
        ("15 jui 2024", None, DateError::Invalid), // juin or juillet: no month
        ("15 marras 2024", None, DateError::Invalid), // Finnish names are read whole
        ("15 Ιου 2024", None, DateError::Invalid), // Ιούνιος or Ιούλιος: no month
        ("15 Ma 2024", None, DateError::Invalid),  // two letters name no month
        ("Mars Inc", None, DateError::Invalid),
        ("31st Feb 2024", None, DateError::Invalid),
        ("105th March 2024", None, DateError::Invalid), // an ordinal of three digits is no day
        ("1st Avenue 2024", None, DateError::Invalid),
        ("29/02/2569", None, DateError::Invalid), // 2026 has no 29 February, whatever 2569 would
        ("1405/12/30", None, DateError::Invalid), // Esfand 1405 has 29 days
        ("1405/13/01", None, DateError::Invalid),
        ("R1.4.30", None, DateError::Invalid), // before Reiwa began (1 May 2019)
        ("令和0年1月1日", None, DateError::Invalid),
        ("X8.3.31", None, DateError::Invalid),
        ("115/02/29", None, DateError::Invalid), // 2026 has no 29 February
        ("215/03/31", None, DateError::Invalid), // no Minguo year of this century
        ("民國115年13月1日", None, DateError::Invalid),
        // Account codes and document numbers, not Minguo dates.
        ("120.01.01", None, DateError::Invalid),
        ("120/01/001", None, DateError::Invalid),
        ("1150331", None, DateError::Invalid),
    ];
    for (text, order, want) in bad {
        assert_eq!(parse_date(text, *order), Err(want.clone()), "text {text:?}, order {order:?}");
    }
}

#[test]
fn date_order_is_inferred_per_file() {
    let cases: &[(&[&str], OrderEvidence)] = &[
        (&["2024-03-31"], OrderEvidence::NotNeeded),
        (&["01/02/2024", "13/02/2024"], OrderEvidence::Decided(DateOrder::Dmy)),
        (&["01/02/2024", "02/13/2024"], OrderEvidence::Decided(DateOrder::Mdy)),
        (&["01/02/2024", "02/03/2024"], OrderEvidence::Undecided),
        (&["13/02/2024", "02/13/2024"], OrderEvidence::Conflicting),
        // Dates written with dots put the day first in every locale that writes them so.
        (&["05.01.2026", "04.02.2026"], OrderEvidence::Decided(DateOrder::Dmy)),
        (&["05.01.2026", "04/02/2026"], OrderEvidence::Undecided),
        (&["01.13.2026"], OrderEvidence::Decided(DateOrder::Mdy)),
        // Minguo dates put the year first: nothing to decide.
        (&["115/03/31", "115/04/01"], OrderEvidence::NotNeeded),
    ];
    for (values, want) in cases {
        assert_eq!(infer_date_order(values.iter().copied()), *want, "values {values:?}");
    }
}

#[test]
fn excel_serial_dates_in_both_systems() {
    let cases: &[(f64, bool, Option<&str>)] = &[
        (1.0, false, Some("1900-01-01")),
        (59.0, false, Some("1900-02-28")),
        (60.0, false, None), // Excel's fictitious 1900-02-29
        (61.0, false, Some("1900-03-01")),
        (43831.0, false, Some("2020-01-01")),
        (45382.999, false, Some("2024-03-31")), // a time of day is dropped
        (0.0, true, Some("1904-01-01")),
        (42369.0, true, Some("2020-01-01")), // 1904 system: 1,462 days fewer
        (-1.0, false, None),
        (f64::NAN, false, None),
    ];
    for (serial, date1904, want) in cases {
        assert_eq!(
            excel_serial_date(*serial, *date1904).map(|d| d.to_string()).as_deref(),
            *want,
            "serial {serial}, 1904 {date1904}"
        );
    }
}

#[test]
fn amounts_in_every_form() {
    use DecimalMark::*;
    // (text, decimal mark, value, currency found)
    let ok: &[(&str, DecimalMark, &str, Option<&str>)] = &[
        ("1000", Point, "1000", None),
        ("1,234.56", Point, "1234.56", None),
        ("1,234", Point, "1234", None),
        ("1.234,56", Comma, "1234.56", None),
        ("1 234,56", Comma, "1234.56", None),
        ("1'234.50", Point, "1234.50", None),
        ("1\u{a0}234.50", Point, "1234.50", None),
        ("12,34,567.89", Point, "1234567.89", None), // Indian lakh grouping
        ("1,23,45,678", Point, "12345678", None),    // and crore
        ("1.234.567,89", Comma, "1234567.89", None),
        ("12 345 678", Comma, "12345678", None),
        ("12,5", Comma, "12.5", None),
        // Digits of other scripts, with the Arabic decimal and thousands separators.
        ("١٢٬٥٠٠٫٧٥", Point, "12500.75", None),
        ("۱۲۵٬۰۰۰٬۰۰۰", Point, "125000000", None),
        ("-١٬٢٣٤٫٥٠", Point, "-1234.50", None),
        ("١٬٢٣٤٫٥٠ ر.س", Point, "1234.50", Some("SAR")),
        ("１，２３４", Point, "1234", None),  // full-width
        ("๑,๒๓๔.๕๐", Point, "1234.50", None), // Thai digits
        ("Rp 11.100.000,00", Comma, "11100000.00", Some("IDR")),
        ("RM 1,234.50", Point, "1234.50", Some("MYR")),
        ("₦12,500.00", Point, "12500.00", Some("NGN")),
        // Letters before the number: the rand (Sage Pastel), the rupees of several countries.
        ("R 11,500.00", Point, "11500.00", Some("ZAR")),
        ("-R 1,150.00", Point, "-1150.00", Some("ZAR")),
        ("R1 150,00", Comma, "1150.00", Some("ZAR")),
        ("(R 250.00)", Point, "-250.00", Some("ZAR")),
        ("Rs. 1,200.00", Point, "1200.00", None),
        ("Rs 12,34,567", Point, "1234567", None),
        ("-50.00", Point, "-50.00", None),
        // A code written against the number.
        ("USD1,234.56", Point, "1234.56", Some("USD")),
        ("-EUR500.00", Point, "-500.00", Some("EUR")),
        ("1.234,56EUR", Comma, "1234.56", Some("EUR")),
        ("(1,234.56)GBP", Point, "-1234.56", Some("GBP")),
        // Excel's text prefix, written by systems to keep Excel from converting the number.
        ("'500.00", Point, "500.00", None),
        ("'(1,234.50)", Point, "-1234.50", None),
        ("\u{2212}50.00", Point, "-50.00", None),     // Unicode minus
        ("\u{2013}1234.56", Point, "-1234.56", None), // an en dash, as typeset reports write minus
        // Excel's accounting format writes zero as a dash, with or without its currency.
        ("-", Point, "0", None),
        (" -   ", Point, "0", None),
        ("$ -", Point, "0", None),
        ("-   €", Comma, "0", Some("EUR")),
        ("(1,234.00)", Point, "-1234.00", None),
        ("1.234,56-", Comma, "-1234.56", None), // SAP trailing minus
        // A dash for the decimals: a whole amount (German, Swiss, Nordic), no minus.
        ("1.234,-", Comma, "1234", None),
        ("12,\u{2013}", Comma, "12", None),
        ("12,--", Comma, "12", None),
        ("-12,-", Comma, "-12", None),
        ("CHF 1'234.-", Point, "1234", Some("CHF")),
        ("5,00-", Comma, "-5.00", None),
        ("12,678.79-", Point, "-12678.79", None),
        ("100.00 CR", Point, "-100.00", None),
        ("100.00 DR", Point, "100.00", None),
        ("12,500.00 Dr.", Point, "12500.00", None), // Busy's and Marg's balances
        ("1,234.56 Cr.", Point, "-1234.56", None),
        ("2.000,00 S", Comma, "2000.00", None), // German Soll (debit) and Haben (credit)
        ("150,00 H", Comma, "-150.00", None),
        ("$12.00", Point, "12.00", None), // `$` names several currencies,
        ("-$12.00", Point, "-12.00", None),
        ("($12.00)", Point, "-12.00", None),
        ("€ 1.249,50", Comma, "1249.50", Some("EUR")),
        ("£5", Point, "5", Some("GBP")),
        ("AED 1,234.56", Point, "1234.56", Some("AED")),
        ("1.249,50- EUR", Comma, "-1249.50", Some("EUR")),
        ("NT$125,000", Point, "125000", Some("TWD")),
        ("RMB 1,234.00", Point, "1234.00", Some("CNY")),
        ("CA$1,234.00", Point, "1234.00", Some("CAD")),
        ("-AU$ 99.00", Point, "-99.00", Some("AUD")),
        // A code apart from a number grouped with spaces (Polish, Czech, French exports).
        ("1 250,00 PLN", Comma, "1250.00", Some("PLN")),
        ("1\u{a0}250,00\u{a0}CZK", Comma, "1250.00", Some("CZK")),
        ("EUR 1 234 567,89", Comma, "1234567.89", Some("EUR")),
        ("-1 250,00 PLN", Comma, "-1250.00", Some("PLN")),
        ("(1 250.00) USD", Point, "-1250.00", Some("USD")),
        ("1,100,000円", Point, "1100000", Some("JPY")),
        // Japanese and Korean accounts write minus as a triangle.
        ("\u{25b3}1,234", Point, "-1234", None),
        ("\u{25b2}2,000円", Point, "-2000", Some("JPY")),
        ("\u{25b3} 15,000", Point, "-15000", None),
        ("（１，２３４）", Point, "-1234", None), // full-width brackets and digits
        ("12 300,00 zł", Comma, "12300.00", Some("PLN")),
        ("1.234,56 TL", Comma, "1234.56", Some("TRY")),
        ("1 234,56 руб.", Comma, "1234.56", Some("RUB")),
        ("5 000 Ft", Comma, "5000", Some("HUF")),
        ("60 500,00 Kč", Comma, "60500.00", Some("CZK")),
        ("\u{200f}1,234.56\u{200e}", Point, "1234.56", None), // bidi marks
        ("1.5E+3", Point, "1500", None),
        ("+7", Point, "7", None),
        (".5", Point, "0.5", None),
    ];
    for (text, mark, value, currency) in ok {
        let got = parse_amount(text, *mark).unwrap_or_else(|e| panic!("text {text:?}: {e}"));
        assert_eq!(
            (got.value.to_string().as_str(), got.currency.as_deref()),
            (*value, *currency),
            "text {text:?}"
        );
    }
    let bad: &[(&str, DecimalMark)] = &[
        ("", Point),
        ("abc", Point),
        ("1.2.3", Point),
        ("120.01.001", Comma),   // an account code: groups of three, then of two
        ("1,234,56,789", Point), // thousands, then Indian grouping
        ("123,45,678", Point),   // Indian grouping has a head of one or two digits
        ("12,5", Point),         // a decimal comma in a point column: refused, not read as 125
        ("12,50", Point),        // likewise
        ("1.5", Comma),          // a decimal point in a comma column
        ("1,23,4.5", Point),
        ("GBP-0001", Point),  // a document number, not minus one pound
        ("PLN 12 ab", Comma), // a code, then no number
        ("12 S 4", Comma),    // a letter within, not after, the number
        ("INV1234", Point),   // no currency's code
        ("R1001", Point),     // a document's number, not 1,001 rand
        ("Rand 100", Point),  // a word, not the symbol
        ("()", Point),
        ("#N/A", Point),
    ];
    for (text, mark) in bad {
        assert!(parse_amount(text, *mark).is_err(), "text {text:?} should fail with {mark:?}");
    }
}

#[test]
fn decimal_mark_is_inferred_per_file() {
    let cases: &[(&[&str], Option<DecimalMark>)] = &[
        (&["1,234"], None),
        (&["1,234", "12.50"], Some(DecimalMark::Point)),
        (&["1.234", "1.234,56"], Some(DecimalMark::Comma)),
        (&["12,5"], Some(DecimalMark::Comma)),
        (&["1.234.567"], Some(DecimalMark::Comma)),
        (&["1,234,567"], Some(DecimalMark::Point)),
    ];
    for (values, want) in cases {
        assert_eq!(infer_decimal_mark(values.iter().copied()), *want, "values {values:?}");
    }
}

#[test]
fn ids_and_currencies() {
    for (text, want) in [
        ("2960623488.0", "2960623488"),
        ("0140105686", "0140105686"),
        (" INV-1 ", "INV-1"),
        ("1.5", "1.5"),
        (".0", ".0"),
        ("A1.0", "A1.0"),
        ("10.00", "10.00"),
        (" 7.0 ", "7"),
    ] {
        assert_eq!(clean_id(text), want, "text {text:?}");
    }
    assert_eq!(id_from_number(2960623488.0), "2960623488");
    for (text, want) in [("usd", Ok("USD")), ("€", Ok("EUR")), ("dollars", Err(()))] {
        assert_eq!(parse_currency(text).map_err(|_| ()), want.map(str::to_owned), "text {text:?}");
    }
}

#[test]
fn empty_date_markers_are_no_date_and_never_drop_a_row() {
    use arlens::{ImportOptions, Options, analyze, import};
    // An invoice list whose paid-date column marks unpaid invoices in every way seen in
    // exports; only I-7 was paid (2024-03-10).
    let csv = "Invoice,Customer,Invoice date,Due date,Amount,Paid date\n\
               I-1,Acme,2024-01-05,2024-02-04,100.00,0\n\
               I-2,Acme,2024-01-05,2024-02-04,200.00,00/00/0000\n\
               I-3,Acme,2024-01-05,2024-02-04,300.00,0000-00-00\n\
               I-4,Acme,2024-01-05,2024-02-04,400.00,-\n\
               I-5,Acme,2024-01-05,2024-02-04,500.00,N/A\n\
               I-6,Acme,2024-01-05,2024-02-04,600.00,1900-01-00\n\
               I-7,Acme,2024-01-05,2024-02-04,700.00,2024-03-10\n\
               I-8,Acme,2024-01-05,2024-02-04,800.00,n.d.\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(out.report.skipped.is_empty(), "{:?}", out.report.skipped);
    let markers = crate::shared::warnings_about(&out, "empty-date marker");
    assert_eq!(
        markers,
        [
            r#"row 2, column F ("Paid date"): 7 cells in this column hold an empty-date marker such as "0" (0, 00/00/0000, -, N/A): read as no date, the rows kept"#
        ]
    );
    let report = analyze(&out.ledger, &Options::at("2024-03-31".parse().unwrap())).unwrap();
    // Open at 2024-03-31: every invoice but I-7, 100 + 200 + 300 + 400 + 500 + 600 + 800 = 2,900.00,
    // all due 2024-02-04, 56 days past due → 31–60.
    let usd = &report.aging.currencies[0];
    assert_eq!(
        (usd.buckets[1].to_string(), usd.open_total.to_string()),
        ("2900.00".into(), "2900.00".into())
    );
}

#[test]
fn date_serials_out_of_range_are_located_errors_and_zero_is_no_date() {
    use arlens::{ImportOptions, import};
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Invoice", "Customer", "Invoice date", "Amount", "Paid date"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    // (invoice, paid-date serial): 0 and −3 mean no date; 2958466 is past 9999-12-31.
    for (r, (id, paid)) in [("A", 0.0), ("B", -3.0), ("C", 2_958_466.0), ("D", 45_000.0)].iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, *id).unwrap();
        sheet.write_string(row, 1, "Acme").unwrap();
        sheet.write_number(row, 2, 44_927.0).unwrap(); // 2023-01-01
        sheet.write_number(row, 3, 10.0).unwrap();
        sheet.write_number(row, 4, *paid).unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let out = import(&bytes, &ImportOptions::default()).unwrap();
    let skipped: Vec<String> =
        out.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(
        skipped,
        [
            r#"sheet "Sheet1", row 4, column E ("Paid date"): 2958466 is not a date: serial numbers end at 2958465 (9999-12-31)"#
        ]
    );
    // A, B and D imported: three invoices and D's payment (45000 = 2023-03-15).
    assert_eq!(out.report.entries, 4);
}

/// The general path, written independently as the oracle: every thousands group
/// checked by its length (one grouping style per number), separators dropped, the
/// text parsed by `rust_decimal`.
fn reference_number(t: &str, mark: DecimalMark) -> Option<rust_decimal::Decimal> {
    let t = t.strip_prefix('+').unwrap_or(t);
    let point = if mark == DecimalMark::Comma { ',' } else { '.' };
    let group = if point == ',' { '.' } else { ',' };
    let (int, frac) = t.split_once(point).unwrap_or((t, ""));
    let lengths: Vec<usize> = int.split(group).map(str::len).collect();
    let inner = lengths.get(1..lengths.len().saturating_sub(1)).unwrap_or_default();
    // Thousands (a head of 1–3 digits, then threes) or Indian grouping (a head of 1–2,
    // then twos, the last three): one style in a number.
    let grouped = lengths.len() == 1
        || (lengths.last() == Some(&3)
            && ((matches!(lengths.first(), Some(1..=3)) && inner.iter().all(|l| *l == 3))
                || (matches!(lengths.first(), Some(1..=2)) && inner.iter().all(|l| *l == 2))));
    let plain = int.replace(group, "");
    let only_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !grouped || !only_digits(&plain) || !only_digits(frac) || (plain.is_empty() && frac.is_empty()) {
        return None;
    }
    let whole = if plain.is_empty() { "0" } else { plain.as_str() };
    let text = if frac.is_empty() { whole.to_owned() } else { format!("{whole}.{frac}") };
    text.parse().ok()
}

proptest::proptest! {
    /// Plain amounts (digits, `.` and `,`, a leading minus) read from their
    /// digits and scale give the value, to the last digit and scale, that the
    /// general path gives — short and long (past 18 digits) alike.
    #[test]
    fn plain_amounts_read_fast_as_the_general_path_reads_them(
        negative in proptest::bool::ANY,
        // Random text (mostly not a number) and numbers as exports write them.
        body in proptest::prop_oneof![
            "[0-9.,]{1,32}",
            "[0-9]{1,3}(,[0-9]{2,3}){0,6}(\\.[0-9]{0,12})?",
            "[0-9]{1,3}(\\.[0-9]{3}){0,6}(,[0-9]{0,12})?",
            "[0-9]{0,22}[.,][0-9]{0,12}",
        ],
        comma in proptest::bool::ANY,
    ) {
        let mark = if comma { DecimalMark::Comma } else { DecimalMark::Point };
        let text = format!("{}{body}", if negative { "-" } else { "" });
        let want = reference_number(&body, mark).map(|v| if negative { -v } else { v });
        let got = parse_amount(&text, mark).ok().map(|a| a.value);
        proptest::prop_assert_eq!(got.map(|v| (v, v.scale())), want.map(|v| (v, v.scale())), "text {:?}", text);
    }

    /// `YYYY-MM-DD` read without splitting gives what `YYYY/MM/DD` gives
    /// through the general reader, valid or not, whatever the order.
    #[test]
    fn iso_dates_read_fast_as_the_general_path_reads_them(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}", order in 0..4u8) {
        let order = [None, Some(DateOrder::Dmy), Some(DateOrder::Mdy), Some(DateOrder::Ymd)][usize::from(order)];
        proptest::prop_assert_eq!(parse_date(&text, order), parse_date(&text.replace('-', "/"), order));
    }
}

#[test]
fn due_dates_settle_the_order_of_dates_that_all_read_both_ways() {
    use arlens::{ImportOptions, Options, analyze, import};
    let read = |csv: &str| import(csv.as_bytes(), &ImportOptions::default());
    // Two invoices, 100.00 and 200.00, each dated and due as written.
    let invoices = |[(d1, due1), (d2, due2)]: [(&str, &str); 2]| {
        format!(
            "Invoice,Customer,Date,Due,Amount\nI-1,Acme,{d1},{due1},100.00\nI-2,Acme,{d2},{due2},200.00\n"
        )
    };
    // Day first: I-1 issued 5 Jan, due 4 Feb; I-2 issued 10 Feb, due 12 Mar. Month first,
    // I-1 would be issued 1 May and due 2 April: ruled out.
    let dmy = read(&invoices([("05/01/2026", "04/02/2026"), ("10/02/2026", "12/03/2026")])).unwrap();
    assert_eq!(dmy.report.date_order, Some(DateOrder::Dmy));
    let messages: Vec<&str> = dmy.report.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(
        messages.contains(
            &"every date reads as DD/MM/YYYY and as MM/DD/YYYY: read as DD/MM/YYYY, the one order that puts no due date before its invoice date (as MM/DD/YYYY, row 2 would be due on 04/02/2026 before its invoice date 05/01/2026); set the date order if that is wrong"
        ),
        "{messages:?}"
    );
    let report = analyze(&dmy.ledger, &Options::at("2026-03-31".parse().unwrap())).unwrap();
    // At 31 March: I-1 due 4 Feb, 55 days past due → 31–60: 100.00; I-2 due 12 Mar, 19 days → 1–30: 200.00.
    let aged = &report.aging.currencies[0];
    assert_eq!(
        (aged.buckets[0].to_string(), aged.buckets[1].to_string()),
        ("200.00".to_owned(), "100.00".to_owned())
    );
    // The same dates month first: only MM/DD/YYYY puts every due date after its invoice date.
    let mdy = read(&invoices([("01/05/2026", "02/04/2026"), ("02/10/2026", "03/12/2026")])).unwrap();
    assert_eq!(mdy.report.date_order, Some(DateOrder::Mdy));
    // Both orders keep every due date after its invoice date (1 Mar → 2 Apr, or 3 Jan → 4 Feb):
    // nothing settles it, the order is asked for.
    let neither = read("Invoice,Customer,Date,Due,Amount\nI-1,Acme,01/03/2024,02/04/2024,10\n").unwrap_err();
    assert_eq!(neither.kind().code(), "ambiguousDates");
    // Each order puts some due date before its invoice date (row 2 month first, row 3 day
    // first): a file with errors either way, and no order is chosen for it.
    let both = read(&invoices([("05/01/2026", "04/02/2026"), ("01/05/2026", "02/04/2026")])).unwrap_err();
    assert_eq!(both.kind().code(), "ambiguousDates");
}

/// A Brazilian receivables list (Omie) of installments due on the 10th of each
/// month: every date reads both ways, and both orders keep each due date after
/// its issue date (10 Jan → 10 Feb, or 1 Oct → 2 Oct). The amounts' decimal
/// comma settles it: the locales that write the month first write a decimal
/// point. The file was refused, asking for the order.
#[test]
fn a_decimal_comma_settles_the_order_of_dates_that_all_read_both_ways() {
    use arlens::import::DecimalMark;
    use arlens::{ImportOptions, import};
    let csv = |amounts: [&str; 2]| {
        format!(
            "Cliente;Nº Documento;Parcela;Emissão;Vencimento;Valor;Valor Aberto\n\
             Mercado Bom Preço;1001;1/2;10/01/2026;10/02/2026;{a};{a}\n\
             Mercado Bom Preço;1001;2/2;10/01/2026;10/03/2026;{b};{b}\n",
            a = amounts[0],
            b = amounts[1]
        )
    };
    let read = import(csv(["1.000,00", "1.000,00"]).as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.date_order, Some(DateOrder::Dmy));
    let messages: Vec<&str> = read.report.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(
        messages.contains(
            &r#"every date reads as DD/MM/YYYY and as MM/DD/YYYY: read as DD/MM/YYYY for the decimal comma of "1.000,00" (row 2, column F ("Valor")): the locales that write the month first write a decimal point; set the date order if that is wrong"#
        ),
        "{messages:?}"
    );
    // Day first: due 10 February and 10 March 2026.
    let due: Vec<String> = read.ledger.entries.iter().map(|e| e.due_date.to_string()).collect();
    assert_eq!(due, ["2026-02-10", "2026-03-10"]);
    // Amounts that settle no mark (`1000`, `250`) settle no order: asked for, as before.
    let plain = import(csv(["1000", "250"]).as_bytes(), &ImportOptions::default()).unwrap_err();
    assert_eq!(plain.kind().code(), "ambiguousDates");
    // Nor does a decimal point.
    let point = import(csv(["1,000.50", "250.00"]).as_bytes(), &ImportOptions::default()).unwrap_err();
    assert_eq!(point.kind().code(), "ambiguousDates");
    // The decimal comma chosen by the caller settles it too.
    let chosen = ImportOptions { decimal_mark: Some(DecimalMark::Comma), ..Default::default() };
    let read = import(csv(["1000", "250"]).as_bytes(), &chosen).unwrap();
    assert_eq!(read.report.date_order, Some(DateOrder::Dmy));
    assert!(read.report.warnings.iter().any(|w| w.message.contains("for the decimal comma you chose")));
}

/// Whole amounts written with a point grouping thousands (`1.234`, `2.500` in
/// euros: German, Dutch, Italian, Indonesian exports) settle no decimal mark,
/// and were read as 1.234 and 2.5 — 3,734.00 owed read as 3.734, nothing said.
/// A currency of two decimals (or none) writes no three: the point groups
/// thousands, said. The dinars' three decimals are kept; a currency not known
/// keeps the point, and the three decimals are said.
#[test]
fn a_point_before_three_digits_groups_thousands_in_a_currency_of_fewer_decimals() {
    use arlens::{ImportOptions, import};
    let csv = |currency: &str, amounts: [&str; 3]| {
        format!(
            "Invoice,Customer,Date,Amount{c}\nI1,Acme,2024-01-05,{a}{cc}\nI2,Beta,2024-01-06,{b}{cc}\nI3,Gamma,2024-01-07,{d}{cc}\n",
            c = if currency.is_empty() { "" } else { ",Currency" },
            cc = if currency.is_empty() { String::new() } else { format!(",{currency}") },
            a = amounts[0],
            b = amounts[1],
            d = amounts[2],
        )
    };
    let total = |out: &arlens::Imported| -> String {
        out.ledger.entries.iter().map(|e| e.amount).sum::<rust_decimal::Decimal>().to_string()
    };
    let messages = |out: &arlens::Imported| crate::shared::warnings_about(out, "three");
    // 1.234 + 2.500 + 300 = 1,234 + 2,500 + 300 = 4,034 euros.
    let out = import(csv("EUR", ["1.234", "2.500", "300"]).as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(out.report.decimal_mark, DecimalMark::Comma);
    assert_eq!(total(&out), "4034");
    assert_eq!(
        messages(&out),
        [
            r#"row 2, column D ("Amount"): amounts such as "1.234" write three digits after a point and no amount settles the decimal mark: read with the point grouping thousands (1234), since EUR has 2 decimals, not three; set the decimal mark if that is wrong"#
        ]
    );
    // The currency in the amount (`€`), and yen (no decimals): 1,234 + 12,500 + 300 = 14,034.
    let out = import(csv("", ["€1.234", "€ 12.500", "€ 300"]).as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(total(&out), "14034");
    let out = import(csv("JPY", ["1.234", "12.500", "300"]).as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(total(&out), "14034");
    // Kuwaiti dinars have three decimals: 1.234 + 2.500 + 300 = 303.734, nothing said.
    let out = import(csv("KWD", ["1.234", "2.500", "300"]).as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!((out.report.decimal_mark, total(&out).as_str()), (DecimalMark::Point, "303.734"));
    assert_eq!(messages(&out), Vec::<String>::new());
    // A currency not known: read as written (1.234 + 2.500 + 300 = 303.734), the three decimals said.
    let out = import(csv("", ["1.234", "2.500", "300"]).as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(total(&out), "303.734");
    assert_eq!(
        messages(&out),
        [
            r#"row 2, column D ("Amount"): 2 amounts have three decimals (1.234 here) in an unknown currency (few currencies have three decimals): a point or comma grouping thousands read as the decimal mark, or a slip? check them, or set the decimal mark"#
        ]
    );
    // The caller's mark stands.
    let point = ImportOptions { decimal_mark: Some(DecimalMark::Point), ..Default::default() };
    let out = import(csv("EUR", ["1.234", "2.500", "300"]).as_bytes(), &point).unwrap();
    assert_eq!(total(&out), "303.734");
    // Dates that read both ways: a point grouping thousands is a decimal comma's
    // locale, which writes the day first (as a decimal comma settles it).
    let dutch = "Factuur;Klant;Datum;Bedrag\nF1;Acme;05-01-2024;€ 1.234\nF2;Beta;06-02-2024;€ 2.500\n";
    let out = import(dutch.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(out.report.date_order, Some(DateOrder::Dmy));
    let dates: Vec<String> = out.ledger.entries.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2024-01-05", "2024-02-06"]);
    assert!(
        crate::shared::warnings(&out).iter().any(|w| w.ends_with(
            r#"every date reads as DD/MM/YYYY and as MM/DD/YYYY: read as DD/MM/YYYY for the point grouping thousands in "€ 1.234" (row 2, column D ("Bedrag")): the locales that write the month first write a decimal point; set the date order if that is wrong"#
        )),
        "{:?}",
        crate::shared::warnings(&out)
    );
}

/// An amount with three decimals in a currency of fewer, in a file whose other
/// amounts settle the mark (`1.234` among `12.50` in dollars; `1,234` yen among
/// euros written `12,50`), was read as written with nothing said: said, per
/// currency, at its first row.
#[test]
fn three_decimals_in_a_currency_of_fewer_are_said() {
    use arlens::{ImportOptions, import};
    let dollars =
        "Invoice,Customer,Date,Amount,Currency\nI1,Acme,2024-01-05,1.234,USD\nI2,Beta,2024-01-06,12.50,USD\n";
    let out = import(dollars.as_bytes(), &ImportOptions::default()).unwrap();
    let said = crate::shared::warnings_about(&out, "three");
    assert_eq!(
        said,
        [
            r#"row 2, column D ("Amount"): 1 amount has three decimals (1.234 here) in USD, which has 2: a point or comma grouping thousands read as the decimal mark, or a slip? check them, or set the decimal mark"#
        ]
    );
    let yen = "Invoice;Customer;Date;Amount;Currency\nI1;Acme;05.01.2024;12,50;EUR\nI2;Beta;06.01.2024;1,234;JPY\nI3;Beta;07.01.2024;2,500;JPY\n";
    let out = import(yen.as_bytes(), &ImportOptions::default()).unwrap();
    let said = crate::shared::warnings_about(&out, "three");
    assert_eq!(
        said,
        [
            r#"row 3, column D ("Amount"): 2 amounts have three decimals (1.234 here) in JPY, which has 0: a point or comma grouping thousands read as the decimal mark, or a slip? check them, or set the decimal mark"#
        ]
    );
}

#[test]
fn an_accounting_dash_is_zero_and_a_column_of_dashes_no_amount() {
    use arlens::import::Field;
    use arlens::{ImportOptions, Options, analyze, import};
    // Excel's accounting format, saved as CSV: I-1 fully paid shows its open balance as `$ -`.
    let csv = "Invoice,Customer,Date,Due,Amount,Open balance\n\
               I-1,Acme,2026-01-05,2026-02-04,$ 100.00,$ -   \n\
               I-2,Acme,2026-01-05,2026-02-04,$ 500.00,$ 450.00\n";
    let out =
        import(csv.as_bytes(), &ImportOptions { default_currency: Some("USD".into()), ..Default::default() })
            .unwrap();
    assert!(out.report.skipped.is_empty(), "{:?}", out.report.skipped);
    let report = analyze(&out.ledger, &Options::at("2026-03-31".parse().unwrap())).unwrap();
    // Only I-2 is open: 450.00, due 4 Feb, 55 days past due → 31–60.
    let usd = &report.aging.currencies[0];
    assert_eq!(
        (usd.open_total.to_string(), usd.buckets[1].to_string(), usd.open_documents),
        ("450.00".to_owned(), "450.00".to_owned(), 1)
    );
    // A column of dashes alone under a header naming nothing known (`Fee`) is no open
    // balance: taken for one, every invoice would be settled.
    let csv = "Invoice,Customer,Date,Due,Zz,Fee\n\
               I-1,Acme,2026-01-05,2026-02-04,100.00,-\n\
               I-2,Acme,2026-01-05,2026-02-04,500.00,-\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let mapped: Vec<(&str, Field)> =
        out.report.mapping.columns.iter().map(|c| (c.header.as_str(), c.field)).collect();
    assert_eq!(
        mapped,
        [
            ("Invoice", Field::DocumentId),
            ("Customer", Field::CustomerName),
            ("Date", Field::InvoiceDate),
            ("Due", Field::DueDate),
            ("Zz", Field::Amount)
        ]
    );
}

/// The currency an Excel number format shows: a symbol or code in `[$…-LCID]`,
/// quoted, escaped or bare; a `$`, `¥` or `kr` only with the locale that tells
/// which; none for Excel's own currency formats (which follow the computer's
/// locale), for a locale alone (date formats) or for two currencies.
#[test]
fn currencies_number_formats_show() {
    use arlens::import::format_currency::currency;
    let cases: &[(&str, Option<&str>)] = &[
        ("#,##0.00 [$€-407]", Some("EUR")),
        ("[$€-407] #,##0.00;[Red]-[$€-407] #,##0.00", Some("EUR")),
        ("[$€-2] #,##0.00", Some("EUR")),
        ("#,##0.00 €", Some("EUR")),
        ("\\€#,##0.00", Some("EUR")),
        ("\"£\"#,##0.00", Some("GBP")),
        ("[$£-809]#,##0.00;-[$£-809]#,##0.00", Some("GBP")),
        ("[$USD] #,##0.00", Some("USD")),
        ("[$CHF] #,##0.00", Some("CHF")),
        ("[$$-409]#,##0.00", Some("USD")),
        ("[$$-1009]#,##0.00", Some("CAD")),
        ("[$$-C09]#,##0.00", Some("AUD")),
        ("[$R$-416] #,##0.00", Some("BRL")),
        ("[$¥-411]#,##0", Some("JPY")),
        ("[$¥-804]#,##0.00", Some("CNY")),
        ("#,##0.00\\ [$kr-41D]", Some("SEK")),
        ("#,##0.00 [$zł-415]", Some("PLN")),
        ("[$₹-4009] #,##0.00", Some("INR")),
        // Symbols several currencies use, without a locale: none.
        ("#,##0.00 \"kr\"", None),
        ("$#,##0.00", None),
        ("_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_)", None),
        // No currency at all.
        ("[$-409]mmmm d, yyyy", None),
        ("#,##0.00", None),
        ("0.00\" days\"", None),
        ("General", None),
        // Two currencies.
        ("[$EUR] #,##0.00;[$USD] #,##0.00", None),
    ];
    for (code, expected) in cases {
        assert_eq!(currency(code).as_deref(), *expected, "{code}");
    }
}
