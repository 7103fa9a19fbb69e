//! A reminder draft as an e-mail file (`.eml`: RFC 5322 with MIME, built by
//! the `mail-builder` crate) that the user's own mail app opens as a message
//! to send: Outlook opens it as an unsent draft (`X-Unsent: 1`), Thunderbird and
//! Apple Mail show it with "Edit as new" / "Send again". arlens sends nothing.
//!
//! The subject is encoded as RFC 2047 words when it is not plain ASCII and the
//! body is UTF-8 plain text, quoted-printable or base64 as the builder
//! chooses; lines end in CRLF. Recipients are written as typed, split at `,`
//! or `;`, each either `address@host` or `Name <address@host>`.

use crate::error::{Error, quoted};
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;

/// What an `.eml` file is made of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message<'a> {
    /// Recipients as typed (`a@x.com; Jane Roe <jane@y.org>`); may be empty.
    pub to: &'a str,
    /// The sender's address, when known.
    pub from: Option<&'a str>,
    /// The subject line.
    pub subject: &'a str,
    /// The body, plain text (any line endings).
    pub body: &'a str,
    /// When it was written, in seconds since 1970-01-01 UTC (the `Date` header).
    pub date: i64,
}

/// One recipient as typed: its display name (if any) and address, or why it is not one.
fn address(text: &str) -> Result<(Option<String>, String), String> {
    let (name, email) = match text.rsplit_once('<') {
        Some((name, rest)) => {
            let email =
                rest.strip_suffix('>').ok_or_else(|| format!("{} lacks its closing >", quoted(text)))?;
            let name = name.trim().trim_matches('"').trim();
            ((!name.is_empty()).then(|| name.to_owned()), email.trim())
        }
        None => (None, text),
    };
    let well_formed = match email.split_once('@') {
        Some((local, host)) => {
            !local.is_empty()
                && !host.is_empty()
                && !email.contains(|c: char| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c))
                && !host.contains('@')
        }
        None => false,
    };
    if well_formed {
        Ok((name, email.to_owned()))
    } else {
        Err(format!("{} is not an e-mail address such as name@example.com", quoted(email)))
    }
}

/// Recipients typed in one field (`,` or `;` between them), each checked.
pub fn recipients(text: &str) -> Result<Vec<(Option<String>, String)>, Error> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| address(t).map_err(|why| Error::option("to", why)))
        .collect()
}

/// The message as the bytes of an `.eml` file; a recipient or sender that is
/// not an address is an error naming `to` or `from` and the text.
pub fn eml(message: &Message<'_>) -> Result<Vec<u8>, Error> {
    let list = |pairs: Vec<(Option<String>, String)>| {
        Address::new_list(pairs.into_iter().map(|(name, email)| Address::new_address(name, email)).collect())
    };
    let mut builder = MessageBuilder::new()
        .header("X-Unsent", Raw::new("1"))
        .date(message.date)
        .subject(message.subject)
        .text_body(message.body.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n"));
    let to = recipients(message.to)?;
    if !to.is_empty() {
        builder = builder.to(list(to));
    }
    if let Some(from) = message.from.map(str::trim).filter(|f| !f.is_empty()) {
        let (name, email) = address(from).map_err(|why| Error::option("from", why))?;
        builder = builder.from(Address::new_address(name, email));
    }
    let mut bytes = Vec::new();
    builder.write_to(&mut bytes).map_err(|e| Error::option("message", e.to_string()))?;
    Ok(bytes)
}
