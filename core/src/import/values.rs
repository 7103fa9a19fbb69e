//! Reading single cell values: dates, amounts, currency codes, document ids.
//!
//! Parsers return `Err(expected)` with a plain description of what would have
//! been accepted; the caller adds the location. Ambiguous text is never guessed:
//! `03/04/2024` needs a [`DateOrder`], inferred per column from unambiguous
//! values ([`infer_date_order`]) or given by the caller.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The order of day, month and year in numeric date text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DateOrder {
    /// 31/03/2024 (UK, Europe, Australia, India).
    Dmy,
    /// 03/31/2024 (US).
    Mdy,
    /// 2024/03/31 (ISO-like, East Asia).
    Ymd,
}

impl DateOrder {
    /// The order as a format hint: `DD/MM/YYYY`.
    pub fn pattern(self) -> &'static str {
        match self {
            DateOrder::Dmy => "DD/MM/YYYY",
            DateOrder::Mdy => "MM/DD/YYYY",
            DateOrder::Ymd => "YYYY/MM/DD",
        }
    }
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in any accepted form.
    Invalid,
    /// Numeric day and month ≤ 12 with no known order: `03/04/2024`.
    Ambiguous,
}

/// Excel's serial day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's bug,
/// kept by Excel for compatibility).
const FAKE_LEAP_DAY: f64 = 60.0;

/// Converts an Excel serial day number to a date, ignoring any time of day.
///
/// 1900 system: serial 1 = 1900-01-01; serial 60 is the fictitious 1900-02-29 and is
/// refused; from 61 on, day 0 is 1899-12-30. 1904 system: serial 0 = 1904-01-01.
///
/// ```
/// use arlens::import::values::excel_serial_date;
/// let d = |s| excel_serial_date(s, false).map(|d| d.to_string());
/// assert_eq!(d(1.0).as_deref(), Some("1900-01-01"));
/// assert_eq!(d(59.0).as_deref(), Some("1900-02-28"));
/// assert_eq!(d(60.0), None); // 1900-02-29 never existed
/// assert_eq!(d(61.0).as_deref(), Some("1900-03-01"));
/// assert_eq!(d(45382.75).as_deref(), Some("2024-03-31"));
/// assert_eq!(excel_serial_date(0.0, true).map(|d| d.to_string()).as_deref(), Some("1904-01-01"));
/// ```
pub fn excel_serial_date(serial: f64, date1904: bool) -> Option<NaiveDate> {
    if !serial.is_finite() || !(0.0..2_958_466.0).contains(&serial) {
        return None; // beyond 9999-12-31
    }
    let day = serial.floor();
    let (base, offset) = if date1904 {
        (NaiveDate::from_ymd_opt(1904, 1, 1)?, day)
    } else if day < 1.0 || day == FAKE_LEAP_DAY {
        return None;
    } else if day < FAKE_LEAP_DAY {
        (NaiveDate::from_ymd_opt(1899, 12, 31)?, day)
    } else {
        (NaiveDate::from_ymd_opt(1899, 12, 30)?, day)
    };
    base.checked_add_days(Days::new(offset as u64))
}

/// Excel's two-digit year window: 00–29 → 2000–2029, 30–99 → 1930–1999.
pub fn expand_two_digit_year(year: u32) -> i32 {
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if year < 30 { 2000_i32.saturating_add(year) } else { 1900_i32.saturating_add(year) }
}

/// Month names, January first, lower case with accents folded (see
/// [`crate::import::vocabulary::folded`]): English, German, French, Spanish,
/// Portuguese, Italian, Dutch, Swedish, Danish and Norwegian, Turkish, Polish (and the
/// form its dates write, `31 maja`), Russian (likewise, `31 мая`), Czech (likewise,
/// `31. března`), Hungarian, Greek (both forms, `31 Μαρτίου`), Indonesian, Malay,
/// Romanian, Arabic (`31 مارس 2026`), Hebrew (also with `ב`, `31 במרץ`), Thai (`31
/// มีนาคม 2569`, with a Buddhist-era year) and the Solar Hijri months in Persian (`15
/// فروردین 1405`: with a Solar Hijri year, that calendar's month; `دی`, two letters, is
/// in [`MONTH_WORDS`]), Hindi (`31 मार्च 2026`), Marathi and Bengali (`৩১ মার্চ ২০২৬`).
/// Finnish is in [`MONTH_WORDS`]: its `marraskuu` (November) would make `Mar` two
/// months; so are the spellings of Hindi's months with a half `m` (`सितम्बर`), and
/// May in Hindi, Marathi and Bengali (`मई`, `मे`, `মে`: two letters).
#[rustfmt::skip]
const MONTH_NAMES: [[&str; 12]; 30] = [
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
    ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    ["ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik"],
    ["styczen", "luty", "marzec", "kwiecien", "maj", "czerwiec", "lipiec", "sierpien", "wrzesien", "pazdziernik", "listopad", "grudzien"],
    ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia"],
    ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    ["leden", "unor", "brezen", "duben", "kveten", "cerven", "cervenec", "srpen", "zari", "rijen", "listopad", "prosinec"],
    ["ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna", "listopadu", "prosince"],
    ["januar", "februar", "marcius", "aprilis", "majus", "junius", "julius", "augusztus", "szeptember", "oktober", "november", "december"],
    ["ιανουαριοσ", "φεβρουαριοσ", "μαρτιοσ", "απριλιοσ", "μαιοσ", "ιουνιοσ", "ιουλιοσ", "αυγουστοσ", "σεπτεμβριοσ", "οκτωβριοσ", "νοεμβριοσ", "δεκεμβριοσ"],
    ["ιανουαριου", "φεβρουαριου", "μαρτιου", "απριλιου", "μαιου", "ιουνιου", "ιουλιου", "αυγουστου", "σεπτεμβριου", "οκτωβριου", "νοεμβριου", "δεκεμβριου"],
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
    ["januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november", "disember"],
    ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"],
    ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
    ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
    ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    ["فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "ابان", "اذر", "دي", "بهمن", "اسفند"],
    ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    ["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर"],
    ["জানুযারি", "ফেব্রুযারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
];

/// Month words read only whole: short forms that are not the start of their
/// month's name (German `Mrz`, Dutch `mrt`), and Finnish names — as written
/// (`tammikuu`), in the form dates write (`31. tammikuuta`) and shortened
/// (`tammik.`) — whose starts other languages' names share (`mar`).
#[rustfmt::skip]
const MONTH_WORDS: [(&str, u32); 45] = [
    ("mrz", 3), ("mrt", 3), ("دي", 10),
    ("सितम्बर", 9), ("नवम्बर", 11), ("दिसम्बर", 12), ("मई", 5), ("मे", 5), ("মে", 5),
    ("tammikuu", 1), ("tammikuuta", 1), ("tammik", 1),
    ("helmikuu", 2), ("helmikuuta", 2), ("helmik", 2),
    ("maaliskuu", 3), ("maaliskuuta", 3), ("maalisk", 3),
    ("huhtikuu", 4), ("huhtikuuta", 4), ("huhtik", 4),
    ("toukokuu", 5), ("toukokuuta", 5), ("toukok", 5),
    ("kesakuu", 6), ("kesakuuta", 6), ("kesak", 6),
    ("heinakuu", 7), ("heinakuuta", 7), ("heinak", 7),
    ("elokuu", 8), ("elokuuta", 8), ("elok", 8),
    ("syyskuu", 9), ("syyskuuta", 9), ("syysk", 9),
    ("lokakuu", 10), ("lokakuuta", 10), ("lokak", 10),
    ("marraskuu", 11), ("marraskuuta", 11), ("marrask", 11),
    ("joulukuu", 12), ("joulukuuta", 12), ("jouluk", 12),
];

/// The month number of a month's name or its abbreviation (three letters or more,
/// a trailing point allowed) in any language of [`MONTH_NAMES`]: `"March"`, `"mar"`,
/// `"Sept."`, `"März"`, `"janv."`, `"maja"`. A whole name is its month though it
/// starts another's (Czech `červen`, June; `červenec`, July). `None` when the word
/// is no month's, or starts the names of two (`jui`: juin or juillet).
fn month_number(word: &str) -> Option<u32> {
    let w = crate::import::vocabulary::folded(word.trim_end_matches('.'));
    if let Some((_, n)) = MONTH_WORDS.iter().find(|(word, _)| *word == w) {
        return Some(*n);
    }
    if w.chars().count() < 3 {
        return None;
    }
    let mut whole =
        MONTH_NAMES.iter().flat_map(|names| names.iter().zip(1u32..)).filter(|(name, _)| **name == w);
    if let Some((_, number)) = whole.next() {
        return whole.all(|(_, other)| other == number).then_some(number);
    }
    let mut found = None;
    for names in &MONTH_NAMES {
        for (name, number) in names.iter().zip(1u32..) {
            if name.starts_with(w.as_str()) {
                match found {
                    None => found = Some(number),
                    Some(other) if other != number => return None,
                    Some(_) => {}
                }
            }
        }
    }
    found
}

/// The day of a date whose month is written as a word: one or two digits, with
/// or without an ordinal's ending (`31`, `1st`, `22nd`, `3rd`, `4th`, French `1er`).
fn day_number(text: &str) -> Option<u32> {
    let endings = ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH", "er"];
    let digits = endings.iter().find_map(|e| text.strip_suffix(e)).unwrap_or(text);
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

fn year_of(text: &str) -> Option<i32> {
    match text.len() {
        4 => text.parse().ok(),
        2 => text.parse::<u32>().ok().map(expand_two_digit_year),
        _ => None,
    }
}

/// The calendar date text was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Calendar {
    /// The Gregorian calendar.
    Gregorian,
    /// The Thai solar calendar: Gregorian months, years of the Buddhist era
    /// (`2569` is 2026, 543 years on).
    Buddhist,
    /// The Solar Hijri calendar of Iran and Afghanistan (`1405/01/01` is
    /// 2026-03-21).
    Persian,
    /// The Hijri calendar as Saudi Arabia reckons it (Umm al-Qura: `1447/09/01`
    /// is 2026-02-18).
    Hijri,
    /// Japanese era years, Gregorian months (`令和8年3月31日`, `R8.3.31`).
    Japanese,
    /// Years of the Republic of China as Taiwan writes them, Gregorian months
    /// (`115/03/31`, `民國115年3月31日`: 2026-03-31, year 1 being 1912).
    Minguo,
}

impl Calendar {
    /// The calendar's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Calendar::Gregorian => "Gregorian calendar",
            Calendar::Buddhist => "Thai solar calendar (Buddhist era years)",
            Calendar::Persian => "Solar Hijri (Persian) calendar",
            Calendar::Hijri => "Hijri calendar (Umm al-Qura)",
            Calendar::Japanese => "Japanese era calendar",
            Calendar::Minguo => "Minguo (Republic of China) calendar",
        }
    }
}

/// The years of dates written in the Buddhist era: 1900–2100 of the Gregorian
/// calendar, years no ledger writes in the Gregorian one.
const BUDDHIST_YEARS: std::ops::RangeInclusive<i32> = 2443..=2643;

/// The years of dates written in the Solar Hijri calendar: 1921–2042.
const PERSIAN_YEARS: std::ops::RangeInclusive<i32> = 1300..=1420;

/// The years of dates written in the Hijri calendar: 2000–2077. Solar Hijri
/// years reach 1421 only in 2042 and Hijri years of 1420 or before are before
/// 2000, so a four-digit year from 1300 to 1500 names one calendar, told by its
/// year: no ledger writes such a year in the Gregorian calendar.
const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1421..=1500;

/// The Gregorian date of `year-month-day`, in the calendar its year names
/// ([`BUDDHIST_YEARS`], [`PERSIAN_YEARS`], [`HIJRI_YEARS`]; otherwise
/// Gregorian), with that calendar.
#[inline]
fn ymd(year: i32, month: u32, day: u32) -> Result<(NaiveDate, Calendar), DateError> {
    // Almost every date: Gregorian, read without looking further (this is on the
    // path of every date cell).
    if *HIJRI_YEARS.end() < year && year < *BUDDHIST_YEARS.start() {
        return NaiveDate::from_ymd_opt(year, month, day)
            .map(|d| (d, Calendar::Gregorian))
            .ok_or(DateError::Invalid);
    }
    other_calendar(year, month, day)
}

/// [`ymd`] for a year outside 1501–2442: in the calendar its year names, else Gregorian.
#[cold]
#[inline(never)]
fn other_calendar(year: i32, month: u32, day: u32) -> Result<(NaiveDate, Calendar), DateError> {
    let gregorian = |year: i32, month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    let from_iso = |iso: icu_calendar::Date<icu_calendar::Iso>| {
        gregorian(iso.year().extended_year(), u32::from(iso.month().ordinal), u32::from(iso.day_of_month().0))
    };
    let (Ok(m), Ok(d)) = (u8::try_from(month), u8::try_from(day)) else { return Err(DateError::Invalid) };
    let read = if BUDDHIST_YEARS.contains(&year) {
        gregorian(year.wrapping_sub(543), month, day).map(|date| (date, Calendar::Buddhist))
    } else if PERSIAN_YEARS.contains(&year) {
        let date = icu_calendar::Date::try_new_persian(year, m, d).ok();
        date.and_then(|date| from_iso(date.to_calendar(icu_calendar::Iso)))
            .map(|date| (date, Calendar::Persian))
    } else if HIJRI_YEARS.contains(&year) {
        let hijri = icu_calendar::cal::Hijri::new_umm_al_qura();
        let date = icu_calendar::Date::try_new_hijri_with_calendar(year, m, d, hijri).ok();
        date.and_then(|date| from_iso(date.to_calendar(icu_calendar::Iso)))
            .map(|date| (date, Calendar::Hijri))
    } else {
        gregorian(year, month, day).map(|date| (date, Calendar::Gregorian))
    };
    read.ok_or(DateError::Invalid)
}

/// The modern Japanese eras: their names, their initials as dates abbreviate
/// them (`R8.3.31`), and their first days.
const JAPANESE_ERAS: [(&str, char, (i32, u32, u32)); 3] =
    [("令和", 'R', (2019, 5, 1)), ("平成", 'H', (1989, 1, 8)), ("昭和", 'S', (1926, 12, 25))];

/// A date written with a Japanese era year: `令和8年3月31日`, `令和元年5月1日`
/// (`元`, the era's first year), `R8.3.31`, `H31/04/30`. `None` when `text`
/// does not start with an era; a day before the era's first is invalid.
fn japanese_date(text: &str) -> Option<Result<(NaiveDate, Calendar), DateError>> {
    let t = text.trim();
    let (start, rest) = JAPANESE_ERAS.iter().find_map(|&(name, initial, start)| {
        let rest = t.strip_prefix(name).or_else(|| {
            t.strip_prefix(initial)
                .or_else(|| t.strip_prefix(initial.to_ascii_lowercase()))
                .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })?;
        Some((start, rest.trim_start()))
    })?;
    let rest = rest.strip_prefix('元').map_or(std::borrow::Cow::Borrowed(rest), |r| format!("1{r}").into());
    let parts = date_parts(&rest)?;
    let digits = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    let [y, m, d] = parts.as_slice() else { return Some(Err(DateError::Invalid)) };
    if !(digits(y) && digits(m) && digits(d)) {
        return Some(Err(DateError::Invalid));
    }
    let (y, m, d) = (y.parse::<i32>().ok()?, m.parse().ok()?, d.parse().ok()?);
    let year = start.0.checked_add(y)?.checked_sub(1)?;
    let first = NaiveDate::from_ymd_opt(start.0, start.1, start.2)?;
    Some(match NaiveDate::from_ymd_opt(year, m, d) {
        Some(date) if y >= 1 && date >= first => Ok((date, Calendar::Japanese)),
        _ => Err(DateError::Invalid),
    })
}

/// Splits date text into its parts, dropping a trailing time (`… 17:46:11.48`,
/// `…T00:00:00`), the separators `/ . - ,`, spaces and the CJK year, month and day
/// marks, and the words `de`, `del` and `г` between or after the parts.
/// More than [`MAX_DATE_PARTS`] parts is no date: `None`, without allocating.
fn date_parts(text: &str) -> Option<DateParts<'_>> {
    let t = text.trim();
    // Excel's text prefix, which some systems write to keep a date from being converted.
    let t = t.strip_prefix('\'').unwrap_or(t);
    // A time starts at the first ':' — cut back to the space or 'T' before it.
    let t = match t.find(':') {
        Some(colon) => {
            t.get(..colon).and_then(|head| head.rfind([' ', 'T'])).and_then(|cut| t.get(..cut)).unwrap_or(t)
        }
        None => t,
    };
    let mut parts = DateParts { items: [""; MAX_DATE_PARTS], len: 0 };
    // CJK dates mark each part (`2026年5月31日`, `2026년 5월 31일`); Spanish and
    // Portuguese join them with `de` (`31 de marzo de 2026`); Russian ends with `г.`,
    // Polish with `r.` (`roku`).
    let separators = ['/', '.', '-', ',', ' ', '年', '月', '日', '년', '월', '일'];
    let filler = |p: &&str| !p.is_empty() && !matches!(*p, "de" | "del" | "De" | "г" | "r");
    for part in t.split(separators).filter(filler) {
        *parts.items.get_mut(parts.len)? = part;
        parts.len = parts.len.saturating_add(1);
    }
    Some(parts)
}

/// The most parts a date has: a weekday, a day, a month and a year.
const MAX_DATE_PARTS: usize = 4;

/// The parts of date text (see [`date_parts`]), kept on the stack.
struct DateParts<'a> {
    items: [&'a str; MAX_DATE_PARTS],
    len: usize,
}

impl<'a> DateParts<'a> {
    fn as_slice(&self) -> &[&'a str] {
        self.items.get(..self.len).unwrap_or_default()
    }
}

/// `YYYY-MM-DD` exactly, the form most exports write: read without splitting.
pub(super) fn iso_date(text: &str) -> Option<Result<(NaiveDate, Calendar), DateError>> {
    let b = text.as_bytes();
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = b else { return None };
    let digit = |c: u8| c.is_ascii_digit().then(|| u32::from(c.wrapping_sub(b'0')));
    let n =
        |cs: &[u8]| cs.iter().try_fold(0u32, |acc, &c| Some(acc.wrapping_mul(10).wrapping_add(digit(c)?)));
    let (year, month, day) = (n(&[y1, y2, y3, y4])?, n(&[m1, m2])?, n(&[d1, d2])?);
    // Four digits: at most 9999, so the year fits an i32.
    Some(ymd(i32::try_from(year).ok()?, month, day))
}

/// The code points of the zero of each script whose ten decimal digits follow
/// one another (Unicode's `Nd`): Arabic-Indic `٠`, Persian and Urdu `۰`, NKo,
/// Devanagari `०`, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
/// Malayalam, Thai `๐`, Lao, Tibetan, Myanmar, Khmer, Mongolian, full-width `０`.
const DIGIT_ZEROS: [u32; 19] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
    0x1040, 0x17e0, 0x1810, 0xff10,
];

/// `c` as date and amount text writes it in ASCII: a digit of another script
/// ([`DIGIT_ZEROS`]) as its ASCII digit, the Arabic decimal and thousands
/// separators `٫` `٬` as `.` `,`, the Arabic comma `،` as `,`, a full-width form
/// (`／`, `－`, `．`) as its ASCII character, the ideographic space as a space;
/// any other character as it is.
fn ascii_form(c: char) -> char {
    let code = u32::from(c);
    match c {
        '\0'..='\u{7f}' => c,
        '\u{66b}' => '.',
        '\u{66c}' | '\u{60c}' => ',',
        '\u{3000}' => ' ',
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(code.wrapping_sub(0xfee0)).unwrap_or(c),
        _ => DIGIT_ZEROS
            .iter()
            .find(|&&zero| (zero..zero.saturating_add(10)).contains(&code))
            .and_then(|&zero| char::from_digit(code.wrapping_sub(zero), 10))
            .unwrap_or(c),
    }
}

/// `text` with its digits and separators in ASCII — a digit of another script
/// as its ASCII digit, the Arabic decimal and thousands separators `٫` `٬` and
/// comma `،` as `.` `,` `,`, full-width forms as their ASCII characters: Arabic
/// `١٬٢٣٤٫٥٠` → `1,234.50`, Persian `۱۴۰۵/۰۱/۱۵` → `1405/01/15`, Japanese
/// `２０２６年３月` → `2026年3月`. `None` when there is nothing to change (ASCII
/// text is not copied), so callers read such text as it is.
pub fn ascii_digits(text: &str) -> Option<String> {
    if text.is_ascii() || text.chars().all(|c| ascii_form(c) == c) {
        return None;
    }
    Some(text.chars().map(ascii_form).collect())
}

/// Parses date text: ISO `2024-03-31` (with or without a time), `20240331`, numeric
/// `31/03/2024` or `03/31/24` in the given `order`, and month names (`31 Mar 2024`,
/// `March 31, 2024`, `31-Mar-24`).
///
/// Without an `order`, numeric text that reads as a date one way only is read so
/// (`13/04/2024`); text that reads two ways (`03/04/2024`) is
/// [`DateError::Ambiguous`]. Importers infer one order per column
/// ([`infer_date_order`]) and pass it, so a column is never read two ways.
pub fn parse_date(text: &str, order: Option<DateOrder>) -> Result<NaiveDate, DateError> {
    read_date(text, order).map(|(date, _)| date)
}

/// A date as Vietnamese writes it in words: `ngày 31 tháng 3 năm 2026`, `31 tháng
/// 03 năm 2026` (day, `tháng` and the month, `năm` and the year; with or without
/// the accents). `None` when `text` has no `tháng`.
fn vietnamese_date(text: &str) -> Option<Result<(NaiveDate, Calendar), DateError>> {
    let lower = text.trim().to_lowercase();
    let (day, rest) = lower.split_once("tháng").or_else(|| lower.split_once("thang"))?;
    let (month, year) = rest.split_once("năm").or_else(|| rest.split_once("nam"))?;
    let day = day.trim();
    let day = day.strip_prefix("ngày").or_else(|| day.strip_prefix("ngay")).unwrap_or(day).trim();
    let number = |t: &str| {
        let t = t.trim();
        (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let (Some(d), Some(m), Some(y)) = (number(day), number(month), number(year)) else {
        return Some(Err(DateError::Invalid));
    };
    Some(i32::try_from(y).map_err(|_| DateError::Invalid).and_then(|y| ymd(y, m, d)))
}

/// The Gregorian date of a Minguo year (`115` is 2026), month and day.
fn minguo(year: &str, month: &str, day: &str) -> Result<(NaiveDate, Calendar), DateError> {
    let n = |t: &str| t.parse::<u32>().map_err(|_| DateError::Invalid);
    let year = i32::try_from(n(year)?).map_err(|_| DateError::Invalid)?;
    if !(1..=199).contains(&year) {
        return Err(DateError::Invalid);
    }
    NaiveDate::from_ymd_opt(year.saturating_add(1911), n(month)?, n(day)?)
        .map(|date| (date, Calendar::Minguo))
        .ok_or(DateError::Invalid)
}

/// A date written with a Minguo year after `民國` (`民國115年3月31日`, `中華民國
/// 115.03.31`; also `民国`). `None` when `text` does not start so.
fn minguo_named(text: &str) -> Option<Result<(NaiveDate, Calendar), DateError>> {
    let t = text.trim_start();
    let rest = ["中華民國", "中华民国", "民國", "民国"].iter().find_map(|p| t.strip_prefix(p))?;
    let parts = date_parts(rest)?;
    let digits = |p: &str| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit());
    Some(match parts.as_slice() {
        [y, m, d] if digits(y) && digits(m) && digits(d) => minguo(y, m, d),
        _ => Err(DateError::Invalid),
    })
}

/// [`parse_date`], with the calendar the text was written in: a four-digit
/// year of the Buddhist era (`15/01/2569`), of the Solar Hijri or the Hijri
/// calendar (`1405/01/15`, `1447/09/01`), a Japanese era year (`R8.3.31`), or
/// a Minguo year (`115/03/31`: three digits first, 100–199, with slashes;
/// `民國115年3月31日`), is read in that calendar ([`Calendar`]) and given as
/// its Gregorian date.
pub fn read_date(text: &str, order: Option<DateOrder>) -> Result<(NaiveDate, Calendar), DateError> {
    if let Some(date) = iso_date(text) {
        return date;
    }
    if let Some(ascii) = ascii_digits(text) {
        return read_date(&ascii, order);
    }
    if let Some(date) = japanese_date(text) {
        return date;
    }
    if let Some(date) = vietnamese_date(text) {
        return date;
    }
    if let Some(date) = minguo_named(text) {
        return date;
    }
    let parts = date_parts(text).ok_or(DateError::Invalid)?;
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [compact] if compact.len() == 8 && digits(compact) => {
            let n = |r: std::ops::Range<usize>| compact[r].parse::<u32>().map_err(|_| DateError::Invalid);
            ymd(n(0..4)? as i32, n(4..6)?, n(6..8)?)
        }
        // A year of three digits first, with slashes, is a Minguo year
        // (`115/03/31`, `115/3/1`): no other date is written so. Not with dots or
        // dashes, as account codes are (`120.01.01`), nor as seven digits
        // (`1150331`), as document numbers are.
        [a, b, c]
            if a.len() == 3
                && a.starts_with('1')
                && b.len() <= 2
                && c.len() <= 2
                && digits(a)
                && digits(b)
                && digits(c)
                && text.contains('/') =>
        {
            minguo(a, b, c)
        }
        [a, b, c] if digits(a) && digits(b) && digits(c) => {
            if a.len() == 4 {
                return ymd(
                    year_of(a).ok_or(DateError::Invalid)?,
                    b.parse().map_err(|_| DateError::Invalid)?,
                    c.parse().map_err(|_| DateError::Invalid)?,
                );
            }
            let year = year_of(c).ok_or(DateError::Invalid)?;
            let (x, y): (u32, u32) =
                (a.parse().map_err(|_| DateError::Invalid)?, b.parse().map_err(|_| DateError::Invalid)?);
            match order {
                Some(DateOrder::Dmy) => ymd(year, y, x),
                Some(DateOrder::Mdy) => ymd(year, x, y),
                Some(DateOrder::Ymd) => Err(DateError::Invalid),
                None => match (ymd(year, y, x), ymd(year, x, y)) {
                    (Ok(d), Ok(m)) if d == m => Ok(d),
                    (Ok(_), Ok(_)) => Err(DateError::Ambiguous),
                    (Ok(d), Err(_)) | (Err(_), Ok(d)) => Ok(d),
                    (Err(e), Err(_)) => Err(e),
                },
            }
        }
        // 31 Mar 2024, 31-Mar-24, 1st March 2024, 1er mars 2024
        [d, m, y] if day_number(d).is_some() && !digits(m) && digits(y) => ymd(
            year_of(y).ok_or(DateError::Invalid)?,
            month_number(m).ok_or(DateError::Invalid)?,
            day_number(d).ok_or(DateError::Invalid)?,
        ),
        // March 31, 2024 / Mar 31 2024 / March 31st, 2024
        [m, d, y] if !digits(m) && day_number(d).is_some() && digits(y) => ymd(
            year_of(y).ok_or(DateError::Invalid)?,
            month_number(m).ok_or(DateError::Invalid)?,
            day_number(d).ok_or(DateError::Invalid)?,
        ),
        // Year first, as Hungarian writes it: 2024. március 31.
        [y, m, d] if y.len() == 4 && digits(y) && !digits(m) && day_number(d).is_some() => ymd(
            year_of(y).ok_or(DateError::Invalid)?,
            month_number(m).ok_or(DateError::Invalid)?,
            day_number(d).ok_or(DateError::Invalid)?,
        ),
        // Weekday first: Sunday, 31 March 2024
        [w, rest @ ..] if rest.len() == 3 && month_number(w).is_none() && !digits(w) => {
            read_date(&rest.join(" "), order)
        }
        _ => Err(DateError::Invalid),
    }
}

/// What each reading of numeric date text allows, for inference.
/// `text`'s digits are ASCII ([`infer_date_order`] converts them first).
fn orders_allowed(text: &str) -> Option<[bool; 2]> {
    if iso_date(text).is_some() {
        return None; // Year first: no day/month order to decide.
    }
    let parts = date_parts(text)?;
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if a.len() >= 3
        || !(a.bytes().all(|x| x.is_ascii_digit())
            && b.bytes().all(|x| x.is_ascii_digit())
            && c.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    let year = year_of(c)?;
    let (x, y): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    Some([ymd(year, y, x).is_ok(), ymd(year, x, y).is_ok()])
}

/// The outcome of looking at a column's numeric date text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderEvidence {
    /// No numeric D/M or M/D text: nothing to decide.
    NotNeeded,
    /// Every value reads one way only, or some value decides it.
    Decided(DateOrder),
    /// Every value reads both ways (all days ≤ 12).
    Undecided,
    /// Some values read only as D/M/Y and others only as M/D/Y.
    Conflicting,
}

/// Infers the day/month order of a column from its values: any value that is a
/// valid date in one order only decides it (`13/04/2024` → D/M/Y). Values that
/// all read both ways are D/M/Y when every one is written with dots
/// (`05.01.2026`): every locale that writes dates with dots puts the day (or the
/// year) first — German, Russian, Polish, Czech, Turkish, Finnish, Norwegian —
/// and none the month.
pub fn infer_date_order<'a>(values: impl IntoIterator<Item = &'a str>) -> OrderEvidence {
    let (mut seen, mut dmy_only, mut mdy_only, mut dotted) = (false, false, false, true);
    for v in values {
        let ascii = ascii_digits(v);
        let v = ascii.as_deref().unwrap_or(v);
        if let Some([dmy, mdy]) = orders_allowed(v) {
            seen = true;
            dmy_only |= dmy && !mdy;
            mdy_only |= mdy && !dmy;
            dotted &= v.contains('.') && !v.contains(['/', '-']);
        }
    }
    match (seen, dmy_only, mdy_only) {
        (false, _, _) => OrderEvidence::NotNeeded,
        (true, true, true) => OrderEvidence::Conflicting,
        (true, true, false) => OrderEvidence::Decided(DateOrder::Dmy),
        (true, false, true) => OrderEvidence::Decided(DateOrder::Mdy),
        (true, false, false) if dotted => OrderEvidence::Decided(DateOrder::Dmy),
        (true, false, false) => OrderEvidence::Undecided,
    }
}

/// What [`parse_amount`] accepts, for error messages.
pub const AMOUNT_FORMS: &str = "an amount (expected a number such as 1,234.56, (1,234.56) or 1.234,56-)";

/// Which character separates the decimals in a column's amount text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DecimalMark {
    /// `1,234.56` (the default).
    #[default]
    Point,
    /// `1.234,56`.
    Comma,
}

/// An amount read from text, with the currency it named, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    /// The value, exact.
    pub value: Decimal,
    /// An ISO code found in the text (`EUR`, `BRL` for `R$`).
    pub currency: Option<String>,
    /// A symbol found that names several currencies (`$`, `¥`), if any.
    pub ambiguous: Option<&'static str>,
}

/// Currency symbols read in amounts and currency cells, longest first: `None`
/// for a symbol several currencies use (`$`: USD, CAD, AUD, MXN…; `¥` and `￥`: JPY, CNY;
/// `kr`: SEK, NOK, DKK, ISK; `\`: JPY or KRW, see below), which names no currency.
const SYMBOLS: [(&str, Option<&str>); 52] = [
    ("US$", Some("USD")),
    ("NT$", Some("TWD")),
    ("CA$", Some("CAD")),
    ("AU$", Some("AUD")),
    // Renminbi, as Chinese exports name the yuan (its code is CNY).
    ("RMB", Some("CNY")),
    ("NZ$", Some("NZD")),
    ("HK$", Some("HKD")),
    ("MX$", Some("MXN")),
    ("R$", Some("BRL")),
    ("A$", Some("AUD")),
    ("C$", Some("CAD")),
    ("S$", Some("SGD")),
    ("$", None),
    ("€", Some("EUR")),
    ("£", Some("GBP")),
    ("¥", None),
    // The full-width forms Japanese, Chinese and Korean text writes.
    ("￥", None),
    ("＄", None),
    ("￡", Some("GBP")),
    ("￦", Some("KRW")),
    ("kr.", None),
    ("kr", None),
    ("Kr", None),
    ("₹", Some("INR")),
    ("₩", Some("KRW")),
    ("₽", Some("RUB")),
    ("₪", Some("ILS")),
    ("₺", Some("TRY")),
    ("₱", Some("PHP")),
    ("฿", Some("THB")),
    ("₫", Some("VND")),
    ("₴", Some("UAH")),
    ("zł", Some("PLN")),
    ("Kč", Some("CZK")),
    ("CHF", Some("CHF")),
    ("円", Some("JPY")),
    ("元", None),
    ("руб.", Some("RUB")),
    ("руб", Some("RUB")),
    ("TL", Some("TRY")),
    ("Ft", Some("HUF")),
    ("Rp", Some("IDR")),
    ("RM", Some("MYR")),
    ("₦", Some("NGN")),
    ("₸", Some("KZT")),
    ("৳", Some("BDT")),
    ("₾", Some("GEL")),
    ("ر.س", Some("SAR")),
    ("د.إ", Some("AED")),
    ("ج.م", Some("EGP")),
    ("﷼", None),
    // The byte Japanese (Shift_JIS) and Korean (EUC-KR) code pages show as `¥` and
    // `₩`, 0x5C, decodes as a backslash: `\125,000` in a Japanese CSV from Excel.
    ("\\", None),
];

/// Currency symbols that are letters a word may begin with, read only before a
/// number, apart from it or against one with separators (`R 11,500.00`,
/// `-R1 150,00`, `Rs. 1,200`; not `R1001`), never within text: the South
/// African rand, and the rupees of India, Pakistan, Sri Lanka and Nepal (`None`).
const LETTER_SYMBOLS: [(&str, Option<&str>); 3] = [("Rs.", None), ("Rs", None), ("R", Some("ZAR"))];

/// The currency `text` (a whole symbol, as [`SYMBOLS`] or [`LETTER_SYMBOLS`] lists it) names: `Some(Some(code))`,
/// `Some(None)` for a symbol several currencies use, `None` for no symbol.
pub(super) fn symbol_currency(text: &str) -> Option<Option<&'static str>> {
    SYMBOLS.iter().chain(&LETTER_SYMBOLS).find(|(symbol, _)| *symbol == text).map(|(_, code)| *code)
}

/// `text` when it is a symbol several currencies use ([`SYMBOLS`], [`LETTER_SYMBOLS`]), as the table keeps it.
pub(super) fn shared_symbol(text: &str) -> Option<&'static str> {
    SYMBOLS
        .iter()
        .chain(&LETTER_SYMBOLS)
        .find(|(symbol, code)| code.is_none() && *symbol == text)
        .map(|(s, _)| *s)
}

/// A symbol as messages quote it: the backslash of a Japanese or Korean code
/// page as its reader sees it, with what it is (quoting doubles it).
pub(super) fn quoted_symbol(symbol: &str) -> String {
    if symbol == "\\" {
        r#""\" (the yen or won sign of a Japanese or Korean code page)"#.to_owned()
    } else {
        crate::error::quoted(symbol)
    }
}

/// Invisible marks that spreadsheets and right-to-left locales put around numbers.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Parses amount text: currency symbols or ISO codes before or after (`$`, `€`,
/// `AED 1,234.56`, `1.249,50- EUR`, `USD1,234.56`); thousands separators `,` `.` space `'` and
/// Indian grouping (`12,34,567.89`); a decimal point or comma (`mark`); negatives
/// as `-1`, `−1` (Unicode minus), `–1` (en dash), `△1` and `▲1` (Japanese and
/// Korean accounts), `(1)`, `1-` (SAP), `1 CR`; a dash for the decimals (`12,-`,
/// Swiss `12.-`) is a whole amount, not a minus;
/// `1 H` (German Haben); `DR` and `S` (Soll) for debit; scientific notation
/// (`1.5E+3`); a dash alone, with or without a currency (`$ -`: Excel's
/// accounting format for zero), is 0; Excel's text prefix (`'500.00`) is
/// passed over.
///
/// With [`DecimalMark::Point`], a lone comma followed by exactly three digits
/// (`1,234`) is a thousands separator; a lone comma followed by one or two digits
/// (`12,5`) is refused rather than guessed — the column's mark decides it.
///
/// ```
/// use arlens::import::values::{parse_amount, DecimalMark::*};
/// let v = |t, m| parse_amount(t, m).map(|a| a.value.to_string());
/// assert_eq!(v("(1,234.00)", Point).unwrap(), "-1234.00");
/// assert_eq!(v("1.234,56-", Comma).unwrap(), "-1234.56");
/// assert_eq!(v("12,34,567.89", Point).unwrap(), "1234567.89");
/// ```
pub fn parse_amount(text: &str, mark: DecimalMark) -> Result<Amount, &'static str> {
    if let Some(value) = plain_amount(text.as_bytes(), mark) {
        return Ok(Amount { value, currency: None, ambiguous: None });
    }
    general_amount(text, mark)
}

/// The most common form of all, read in one pass over its bytes: an optional
/// `-`, then ASCII digits (1 to 18) with at most one decimal mark — `2420.93`,
/// `-15`, `0,5` — and nothing else. `None` for any other text, which
/// [`general_amount`] reads (with the same value for these: a property test).
fn plain_amount(bytes: &[u8], mark: DecimalMark) -> Option<Decimal> {
    let decimal = match mark {
        DecimalMark::Point => b'.',
        DecimalMark::Comma => b',',
    };
    let (negative, digits) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    let mut mantissa: u64 = 0;
    let mut count: u32 = 0;
    let mut point = None;
    for (i, &b) in digits.iter().enumerate() {
        if b.is_ascii_digit() {
            // At most 18 digits (checked below): below u64::MAX.
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b.wrapping_sub(b'0')));
            count = count.saturating_add(1);
        } else if b == decimal && point.is_none() {
            point = Some(i);
        } else {
            return None;
        }
    }
    if count == 0 || count > 18 {
        return None;
    }
    let scale = point.map_or(0, |p| digits.len().saturating_sub(p).saturating_sub(1));
    let value = Decimal::try_from_i128_with_scale(i128::from(mantissa), u32::try_from(scale).ok()?).ok()?;
    Some(crate::money::signed(value, negative))
}

/// Every form [`parse_amount`] reads (see its docs).
fn general_amount(text: &str, mark: DecimalMark) -> Result<Amount, &'static str> {
    if let Some(ascii) = ascii_digits(text) {
        return general_amount(&ascii, mark);
    }
    // Every form below has a digit, but a dash alone (zero): text with neither
    // (a name, a word) is no amount, ruled out before the searches for codes and
    // symbols.
    if !text.bytes().any(|b| b.is_ascii_digit()) && !text.contains(['-', '\u{2013}', '\u{2014}', '\u{2212}'])
    {
        return Err(AMOUNT_FORMS);
    }
    // Excel's text prefix (`'500.00`), which some systems write to keep a number
    // from being converted: the number after it.
    if let Some(rest) = text.trim_start().strip_prefix('\'')
        && rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '(' | '.'))
    {
        return general_amount(rest, mark);
    }
    // Digits and separators alone (`-1,234.56`, ` 12.50 `): a number, without
    // looking for markers, codes and symbols.
    let plain = text.trim();
    let (negative, digits) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain),
    };
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        let value = parse_number(digits, mark).ok_or(AMOUNT_FORMS)?;
        return Ok(Amount { value: crate::money::signed(value, negative), currency: None, ambiguous: None });
    }
    let mut t: String = text.chars().filter(|c| !is_invisible(*c)).collect::<String>().trim().to_owned();
    let mut negative = false;
    let mut currency = None;
    let mut ambiguous = None;
    // Sign markers around the number.
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative = true;
        t = inner.trim().to_owned();
    }
    // `Dr.` and `Cr.` as Indian ledgers (Busy, Marg) abbreviate them.
    if t.len() > 3 && (t.ends_with("r.") || t.ends_with("R.")) {
        t.pop();
    }
    let upper = t.to_ascii_uppercase();
    if upper.ends_with("CR") || upper.ends_with("DR") {
        negative ^= upper.ends_with("CR");
        t.truncate(t.len().saturating_sub(2));
        t = t.trim().to_owned();
    } else if let Some(body) = upper.strip_suffix(" S").or_else(|| upper.strip_suffix(" H"))
        && body.trim_end().ends_with(|c: char| c.is_ascii_digit())
    {
        // German balances marked Soll (debit) or Haben (credit), apart from the
        // number: DATEV's and Lexware's `2.000,00 S`, `150,00 H`.
        negative ^= upper.ends_with('H');
        t.truncate(t.len().saturating_sub(2));
        t = t.trim().to_owned();
    }
    // Currency codes and symbols, before or after.
    // A code apart from the number, which may itself be grouped with spaces
    // (`1 250,00 PLN`, `EUR 1 234,56`): the first or the last word.
    let words: Vec<&str> = t.split_whitespace().collect();
    if let [first, .., last] = words[..] {
        let code =
            |w: &str| Some(w.to_ascii_uppercase()).filter(|u| w.len() == 3 && crate::money::is_iso_code(u));
        let found = code(first).zip(t.strip_prefix(first)).or_else(|| code(last).zip(t.strip_suffix(last)));
        if let Some((found, number)) = found {
            currency = Some(found);
            t = number.trim().to_owned();
        }
    } else if let [word] = words[..] {
        // A code written against the number (`USD1,234.56`, `1234.56EUR`).
        let code = |w: &str| {
            Some(w.to_ascii_uppercase())
                .filter(|u| w.bytes().all(|b| b.is_ascii_alphabetic()) && crate::money::is_iso_code(u))
        };
        // The number next to the code starts (or ends) with a digit: `GBP-0001` is a number
        // of a document, not minus one pound.
        let starts = |c: char| c.is_ascii_digit() || matches!(c, '(' | '.');
        let ends = |c: char| c.is_ascii_digit() || c == ')';
        // A minus before the code (`-EUR500.00`) stays before the number.
        let (sign, body) = word.strip_prefix('-').map_or(("", word), |rest| ("-", rest));
        let split = body.len().checked_sub(3).filter(|&n| n > 0);
        let before = body.get(..3).zip(body.get(3..)).filter(|(_, n)| n.starts_with(starts));
        let after = split.and_then(|n| body.get(n..).zip(body.get(..n))).filter(|(_, n)| n.ends_with(ends));
        if let Some((found, number)) = before
            .and_then(|(c, n)| Some((code(c)?, n)))
            .or_else(|| after.and_then(|(c, n)| Some((code(c)?, n))))
        {
            currency = Some(found);
            t = format!("{sign}{number}");
        }
    }
    if currency.is_none() {
        let (sign, body) = t.strip_prefix('-').map_or(("", t.as_str()), |rest| ("-", rest));
        // Apart from the number, or against one with a separator: `R1001` is a
        // document's number.
        let letters = LETTER_SYMBOLS.iter().find_map(|(symbol, code)| {
            let after = body.strip_prefix(symbol)?;
            let number = after.trim_start();
            let apart = number.len() < after.len() || number.contains(['.', ',', ' ', '\u{a0}']);
            (apart && number.starts_with(|c: char| c.is_ascii_digit())).then_some((*symbol, *code, number))
        });
        if let Some((symbol, code, number)) = letters {
            match code {
                Some(code) => currency = Some(code.to_owned()),
                None => ambiguous = Some(symbol),
            }
            t = format!("{sign}{number}");
        }
    }
    for (symbol, code) in SYMBOLS {
        if let Some(pos) = t.find(symbol) {
            match code {
                Some(code) => {
                    currency.get_or_insert_with(|| code.to_owned());
                }
                None => ambiguous = Some(symbol),
            }
            t = format!(
                "{}{}",
                t.get(..pos).unwrap_or_default(),
                t.get(pos.saturating_add(symbol.len())..).unwrap_or_default()
            );
            break;
        }
    }
    let mut t = t.trim().to_owned();
    if is_dash(&t) {
        return Ok(Amount { value: Decimal::ZERO, currency, ambiguous });
    }
    // Japanese and Korean accounts' minus, before the number: `△1,234`, `▲2,000`.
    if let Some(rest) = t.strip_prefix(['\u{25b3}', '\u{25b2}']) {
        negative ^= true;
        t = rest.trim().to_owned();
    }
    // A dash for the decimals after the decimal mark (`12,-`, `1.234,–`, Swiss
    // `12.-`): a whole amount, as German, Swiss and Nordic prices write it, not a
    // trailing minus.
    let (decimal, _) = separators(mark);
    let undashed = t.trim_end_matches(['-', '\u{2013}', '\u{2014}']);
    let dashes = t.get(undashed.len()..).map_or(0, |d| d.chars().count());
    if (1..=2).contains(&dashes)
        && let Some(whole) =
            undashed.strip_suffix(decimal).filter(|w| w.ends_with(|c: char| c.is_ascii_digit()))
    {
        t = whole.to_owned();
    }
    // Leading or trailing minus (ASCII, Unicode or an en dash), possibly next to a symbol.
    for minus in ['-', '\u{2212}', '\u{2013}'] {
        if let Some(rest) = t.strip_prefix(minus) {
            negative ^= true;
            t = rest.trim().to_owned();
        } else if let Some(rest) = t.strip_suffix(minus) {
            negative ^= true;
            t = rest.trim().to_owned();
        }
    }
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative ^= true;
        t = inner.trim().to_owned();
    }
    let value = parse_number(&t, mark).ok_or(AMOUNT_FORMS)?;
    Ok(Amount { value: crate::money::signed(value, negative), currency, ambiguous })
}

/// Whether `text` (trimmed, without its currency) is a dash alone: how Excel's
/// accounting format writes zero (`$ -`, `-   €`), so a sheet saved as text has
/// it where the amount is 0.
pub fn is_dash(text: &str) -> bool {
    matches!(text.trim(), "-" | "\u{2013}" | "\u{2014}" | "\u{2212}")
}

/// The decimal separator `mark` names, and the separator grouping thousands beside it.
fn separators(mark: DecimalMark) -> (char, char) {
    match mark {
        DecimalMark::Point => ('.', ','),
        DecimalMark::Comma => (',', '.'),
    }
}

/// Separators other than the mark's own group separator that group thousands.
fn is_space_group(c: char) -> bool {
    matches!(c, ' ' | '\'' | '\u{a0}' | '\u{202f}' | '\u{2019}')
}

/// The unsigned number in `t`, separators resolved by `mark`: the integer part is
/// digits, or groups split by one separator in one of two styles — a head of 1–3
/// digits then groups of three (`1,234,567`), or Indian grouping, a head of 1–2
/// digits then groups of two, the last of three (`12,34,567`); a mix of the two
/// (`120.01.001`, an account code) is no number. The fraction is digits.
fn parse_number(t: &str, mark: DecimalMark) -> Option<Decimal> {
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.contains(['e', 'E']) {
        return Decimal::from_scientific(t).ok();
    }
    let (decimal, group) = separators(mark);
    let (int, frac) = match t.split_once(decimal) {
        Some((int, frac)) => (int, Some(frac)),
        None => (t, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if frac.is_some_and(|f| !all_digits(f)) || (int.is_empty() && frac.is_none_or(str::is_empty)) {
        return None;
    }
    // One group: plain digits. Several: the last of 3 digits; the first of 1–3
    // and the middle ones of 3 (thousands), or the first of 1–2 and the middle
    // ones of 2 (Indian grouping, set by the first middle group).
    let mut groups = int.split(|c: char| c == group || is_space_group(c)).peekable();
    let mut first: Option<usize> = None;
    let mut middle: Option<usize> = None;
    while let Some(g) = groups.next() {
        let last = groups.peek().is_none();
        let fits = match (first, last) {
            (None, true) => true,
            (None, false) => (1..=3).contains(&g.len()),
            (Some(_), true) => g.len() == 3,
            (Some(head), false) => match *middle.get_or_insert(g.len()) {
                3 => g.len() == 3,
                2 => g.len() == 2 && head <= 2,
                _ => false,
            },
        };
        if !fits || !all_digits(g) {
            return None;
        }
        first = first.or(Some(g.len()));
    }
    let frac = frac.unwrap_or_default();
    let int_digits = int.bytes().filter(u8::is_ascii_digit);
    // Up to 18 digits fit a u64 exactly: the value from the digits and the scale.
    if int.len().saturating_add(frac.len()) <= 18 {
        let mantissa = int_digits
            .chain(frac.bytes())
            .fold(0u64, |m, d| m.wrapping_mul(10).wrapping_add(u64::from(d.wrapping_sub(b'0'))));
        // At most 18 fraction digits: within Decimal's scale of 28.
        return Decimal::try_from_i128_with_scale(i128::from(mantissa), u32::try_from(frac.len()).ok()?).ok();
    }
    let mut text: String = int_digits.map(char::from).collect();
    if text.is_empty() {
        text.push('0');
    }
    if !frac.is_empty() {
        text.push('.');
        text.push_str(frac);
    }
    text.parse().ok()
}

/// Which decimal mark a column's amount text implies: the later of `.` and `,`
/// in `1.234,56`; a lone separator followed by other than three digits (`12,5`,
/// `12.50`); repeated separators (`1,234,567`). `None` when nothing decides.
pub fn infer_decimal_mark<'a>(values: impl IntoIterator<Item = &'a str>) -> Option<DecimalMark> {
    for v in values {
        let ascii = ascii_digits(v);
        let v = ascii.as_deref().unwrap_or(v);
        let marks: String = v.chars().filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',')).collect();
        let (points, commas) = (marks.matches('.').count(), marks.matches(',').count());
        // The digits after the last `sep` (all of them when there is none).
        let tail = |sep: char| marks.rsplit(sep).next().map_or(0, str::len);
        let decided = match (points, commas) {
            (0, 0) => None,
            (p, c) if p > 0 && c > 0 => Some(if marks.rfind(',') > marks.rfind('.') {
                DecimalMark::Comma
            } else {
                DecimalMark::Point
            }),
            (0, 1) if tail(',') != 3 => Some(DecimalMark::Comma),
            (1, 0) if tail('.') != 3 => Some(DecimalMark::Point),
            (0, c) if c > 1 => Some(DecimalMark::Point),
            (p, 0) if p > 1 => Some(DecimalMark::Comma),
            _ => None,
        };
        if decided.is_some() {
            return decided;
        }
    }
    None
}

/// Reads a currency code: three ASCII letters, upper-cased (`usd` → `USD`), a
/// symbol (`€` → `EUR`; `$` alone names several), or a name as some systems
/// write it (`US Dollar`, `Pound Sterling`, `Euro (EUR)`).
pub fn parse_currency(text: &str) -> Result<String, &'static str> {
    let t = text.trim();
    let upper = t.to_ascii_uppercase();
    if crate::money::is_iso_code(&upper) {
        return Ok(upper);
    }
    match symbol_currency(t) {
        Some(Some(code)) => Ok(code.to_owned()),
        Some(None) => {
            Err("a currency code: this symbol names several currencies (give the ISO code, such as USD)")
        }
        None => super::vocabulary::currencies::named(t)
            .map(str::to_owned)
            .ok_or("a currency code (expected an ISO 4217 code such as USD, or a currency's name)"),
    }
}

/// A document or customer id as text: a number written as a float by a
/// spreadsheet round trip (`2960623488.0`) loses its `.0`; anything else is kept
/// as written, leading zeros included.
pub fn clean_id(text: &str) -> String {
    id_text(text).to_owned()
}

/// [`clean_id`] without the copy: the part of `text` that is the id.
pub(crate) fn id_text(text: &str) -> &str {
    let t = text.trim();
    // A slice pattern, not `strip_suffix(".0")`: that calls `memcmp`, a
    // function call for two bytes in WebAssembly, for every id of every row.
    match t.as_bytes() {
        [digits @ .., b'.', b'0'] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
            t.get(..digits.len()).unwrap_or(t)
        }
        _ => t,
    }
}

/// A whole-number float as id text (`2960623488.0` → `"2960623488"`), else its shortest form.
pub fn id_from_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() }
}

/// The side of the account a debit/credit indicator names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Raises the receivable: the amount as written.
    Debit,
    /// Lowers it: the amount negative.
    Credit,
}

impl Side {
    /// `value` on this side: a credit negative whatever sign it is written
    /// with, a debit as written.
    pub fn apply(self, value: Decimal) -> Decimal {
        match self {
            Side::Debit => value,
            Side::Credit if value.is_zero() => value,
            Side::Credit => crate::money::negate(value.abs()),
        }
    }
}

/// What [`parse_side`] reads, for messages.
pub const SIDE_EXPECTED: &str =
    "a debit/credit indicator (D or C, Dr or Cr, S or H for Soll or Haben, + or −)";

/// Reads a debit/credit indicator, in the languages of the header tables:
/// `D`/`C`, `Dr`/`Cr`, `Debit`/`Credit`; SAP's `S`/`H` (Soll/Haben), `Debe`/`Haber`,
/// `Débito`/`Crédito`, `Dare`/`Avere` (`D`/`A`), `Debet`/`Kredit`, `Wn`/`Ma`; `+`/`−`.
pub fn parse_side(text: &str) -> Result<Side, &'static str> {
    let t = super::vocabulary::folded(text.trim().trim_end_matches('.'));
    match t.as_str() {
        "d" | "dr" | "db" | "deb" | "debit" | "debito" | "debet" | "s" | "soll" | "debe" | "dare" | "wn"
        | "winien" | "+" => Ok(Side::Debit),
        "c" | "cr" | "cred" | "credit" | "credito" | "h" | "haben" | "haber" | "k" | "kredit" | "avere"
        | "a" | "ma" | "-" | "\u{2212}" => Ok(Side::Credit),
        _ => Err(SIDE_EXPECTED),
    }
}

#[cfg(test)]
mod tests {
    use super::{DecimalMark, parse_amount, plain_amount};

    /// A value with its scale and sign as written (`Decimal`'s `==` ignores both).
    fn shown(value: rust_decimal::Decimal) -> String {
        format!("{value} (scale {})", value.scale())
    }

    #[test]
    fn plain_amounts_are_read_in_one_pass() {
        let read = |t: &str, mark| plain_amount(t.as_bytes(), mark).map(shown);
        assert_eq!(read("2420.93", DecimalMark::Point).as_deref(), Some("2420.93 (scale 2)"));
        assert_eq!(read("-15", DecimalMark::Point).as_deref(), Some("-15 (scale 0)"));
        assert_eq!(read("0,5", DecimalMark::Comma).as_deref(), Some("0.5 (scale 1)"));
        assert_eq!(read("12.", DecimalMark::Point).as_deref(), Some("12 (scale 0)"));
        assert_eq!(
            read("999999999999999999", DecimalMark::Point).as_deref(),
            Some("999999999999999999 (scale 0)")
        );
        // Left to the general reader: groups, spaces, signs other than a leading
        // `-`, 19 digits, no digit at all.
        for t in ["1,234.50", " 12.50", "+5", "5-", "1234567890123456789", "-", ".", "", "1.2.3"] {
            assert_eq!(read(t, DecimalMark::Point), None, "{t:?}");
        }
        assert_eq!(read("1.234,50", DecimalMark::Comma), None);
        assert_eq!(
            parse_amount("1,234.50", DecimalMark::Point).map(|a| shown(a.value)),
            Ok("1234.50 (scale 2)".into())
        );
    }

    #[test]
    fn month_tables_are_written_folded() {
        // `month_number` compares a folded word with the tables as written.
        let names = super::MONTH_NAMES.iter().flatten().copied();
        for name in names.chain(super::MONTH_WORDS.iter().map(|&(word, _)| word)) {
            assert_eq!(crate::import::vocabulary::folded(name), name);
        }
        for (text, month) in [("मार्च", 3), ("सितम्बर", 9), ("मई", 5), ("ফেব্রুয়ারি", 2), ("নভেম্বর", 11)]
        {
            assert_eq!(super::month_number(text), Some(month), "{text}");
        }
    }

    // Proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// What the one-pass reader reads, the general reader reads the same,
        /// scale and sign included.
        #[test]
        fn the_one_pass_reader_agrees_with_the_general_one(
            text in proptest::prop_oneof![
                "-?[0-9]{1,20}([.,][0-9]{0,6})?",
                "[-+ (]?[0-9.,]{0,22}[ )-]?",
            ],
            comma: bool,
        ) {
            let mark = if comma { DecimalMark::Comma } else { DecimalMark::Point };
            if let Some(fast) = plain_amount(text.as_bytes(), mark) {
                let general = super::general_amount(&text, mark).map(|a| shown(a.value));
                proptest::prop_assert_eq!(Ok(shown(fast)), general);
            }
        }
    }
}
