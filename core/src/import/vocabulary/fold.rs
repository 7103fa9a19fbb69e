//! How header words and currency names are folded before they are compared:
//! lower case, accents and marks dropped, a few letters written as their
//! neighbours write them. Plain Rust without the crate around it, so that the
//! build script (`core/build.rs`) folds CLDR's currency names the same way
//! when it writes their table.

/// Folds a lower-case letter's accent: `é` → `e`, `ß` → `ss`, `ç` → `c`, `ł` →
/// `l`, `ı` → `i`, `ё` → `е`, `ί` → `ι` (exports often drop them: `Termin platnosci`).
pub(crate) fn fold(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' | 'ā' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ė' | 'ē' => "e",
        'ğ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => "i",
        'ķ' => "k",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'º' | '°' => "o",
        'ё' => "е",
        // Greek: the tonos and dialytika, and the final sigma (`Μαΐου`, `Μάρτιος`).
        'ά' => "α",
        'έ' => "ε",
        'ή' => "η",
        'ί' | 'ϊ' | 'ΐ' => "ι",
        'ό' => "ο",
        'ύ' | 'ϋ' | 'ΰ' => "υ",
        'ώ' => "ω",
        'ς' => "σ",
        // Arabic and Persian: hamza forms, teh marbuta, alef maksura, the Persian
        // yeh and kaf as the Arabic ones; tatweel and short vowels dropped.
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ة' => "ه",
        'ى' | 'ی' | 'ئ' => "ي",
        'ک' => "ك",
        'ؤ' => "و",
        '\u{640}' => "",
        // Devanagari: the nukta, which writers add or leave out (`दस्तावेज़`,
        // `दस्तावेज`), and the letters precomposed with it; the candrabindu as the
        // anusvara (`अँ`, `अं`).
        '\u{93c}' => "",
        '\u{958}' => "क",
        '\u{959}' => "ख",
        '\u{95a}' => "ग",
        '\u{95b}' => "ज",
        '\u{95c}' => "ड",
        '\u{95d}' => "ढ",
        '\u{95e}' => "फ",
        '\u{95f}' => "य",
        '\u{901}' => "\u{902}",
        // Bengali likewise: the nukta and the letters precomposed with it (`য়`).
        '\u{9bc}' => "",
        '\u{9dc}' => "ড",
        '\u{9dd}' => "ঢ",
        '\u{9df}' => "য",
        // Combining accents (text written decomposed, `Số` as `S` `o` U+0302 U+0301,
        // and the dot `İ` keeps when lower-cased, `i` + U+0307), Hebrew points and
        // Arabic short vowels: dropped. The vowel signs of Thai and of the Indian
        // scripts (Devanagari to Malayalam) are kept: they spell the word.
        c if is_mark(c) && !matches!(c, '\u{900}'..='\u{d7f}' | '\u{e00}'..='\u{e7f}') => "",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

/// Whether `c` is a combining mark that belongs to the letter before it:
/// combining accents, Hebrew points, Arabic short vowels, Devanagari and Thai
/// vowel signs (Rust's `is_alphanumeric` counts none of them a letter).
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{591}'..='\u{5bd}' | '\u{5bf}' | '\u{5c1}'..='\u{5c2}' | '\u{5c4}'..='\u{5c5}' | '\u{5c7}'
        | '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6dc}'
        | '\u{6df}'..='\u{6e4}' | '\u{6e7}'..='\u{6e8}' | '\u{6ea}'..='\u{6ed}'
        | '\u{e31}' | '\u{e34}'..='\u{e3a}' | '\u{e47}'..='\u{e4e}')
        || indic_sign(c)
}

/// A sign of one of the Indian scripts' blocks (Devanagari, Bengali, Gurmukhi,
/// Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam; each laid out alike): a
/// vowel sign, the virama that joins two consonants (`ग्र`), the nukta, the
/// anusvara — part of the word it is written in.
fn indic_sign(c: char) -> bool {
    let code = u32::from(c);
    (0x900..=0xd7f).contains(&code)
        && matches!(code & 0x7f, 0x00..=0x03 | 0x3a..=0x3c | 0x3e..=0x4f | 0x51..=0x57 | 0x62..=0x63)
}

/// `text` in lower case with its accents folded as headers' words are
/// (`März` → `marz`, `Août` → `aout`), not split into words.
pub(crate) fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        fold(c, &mut out);
    }
    out
}

/// `text` folded as headers are, its non-alphanumerics spaces, its words one
/// space apart: the form a currency's name is looked up in (`Đồng Việt Nam` →
/// `dồng viet nam`).
pub(crate) fn name_key(text: &str) -> String {
    let folded = folded(text);
    let spaced: String = folded.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}
