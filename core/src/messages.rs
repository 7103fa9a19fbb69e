//! Reminder drafts: plain-text subject and body in the tone of a worklist step.
//!
//! Drafts are polite and factual, in the spirit of fair debt-collection practice
//! (the US FDCPA): they state what is owed and by when, offer to talk, invite the
//! customer to say if they have paid or dispute something, and announce only the
//! next step the worklist itself recommends — no threats, no pressure words.
//! arlens never sends anything; the app and the package let the user copy the
//! text, open it in their own mail client or save it.
//!
//! Templates are editable. A template is text with placeholders in braces:
//!
//! | placeholder | filled with |
//! |---|---|
//! | `{customer}` | the customer's name |
//! | `{invoices}` | one line per invoice: number, date, due date, open amount, days overdue (or due in) |
//! | `{total}` | the amount the message is about, with its currency |
//! | `{as_of}` | the as-of date |
//! | `{deadline}` | the as-of date plus the reply days |
//! | `{plan}` | the payment-plan offer (payment-plan step), else nothing |
//! | `{disputed}` | a note that disputed invoices are left out, else nothing |
//! | `{next_party}` | "a collection agency" or "our legal advisers" (final notices) |
//! | `{company}`, `{contact}`, `{payment_details}` | the sender's details, or a marked gap such as `[your company]` |
//!
//! An unknown placeholder is an error naming it, so no draft ever shows a raw `{…}`.

use crate::error::Error;
use serde::{Deserialize, Serialize};

/// The tone of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Tone {
    /// Before the due date.
    Courtesy,
    /// First reminder.
    Friendly,
    /// Second reminder, a call or a plan offer.
    Firm,
    /// Last letter before a referral.
    FinalNotice,
}

/// A subject and a body with placeholders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Template {
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
}

/// One template per tone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Templates {
    /// Before the due date.
    pub courtesy: Template,
    /// First reminder.
    pub friendly: Template,
    /// Second reminder, call, plan offer.
    pub firm: Template,
    /// Before a referral.
    pub final_notice: Template,
}

/// Who sends the reminders; a missing field shows as a marked gap in the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Sender {
    /// The sender's company name.
    pub company: Option<String>,
    /// A person and how to reach them.
    pub contact: Option<String>,
    /// How to pay: bank account, reference to quote.
    pub payment_details: Option<String>,
}

/// A finished draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Its tone.
    pub tone: Tone,
    /// The subject line.
    pub subject: String,
    /// The body, plain text.
    pub body: String,
}

const SIGNATURE: &str = "{payment_details}\n\nKind regards,\n{contact}\n{company}\n";

impl Default for Templates {
    fn default() -> Self {
        let t = |subject: &str, body: &str| Template {
            subject: subject.to_owned(),
            body: format!("{body}{SIGNATURE}"),
        };
        Templates {
            courtesy: t(
                "Upcoming payment: {total}",
                "Dear {customer},\n\nThis is a courtesy note that the following invoices fall due soon:\n\n\
                 {invoices}\n\nTotal: {total}\n\nIf payment is already on its way, thank you, and please \
                 disregard this note.\n\n",
            ),
            friendly: t(
                "Payment reminder: {total} overdue",
                "Dear {customer},\n\nOur records show the following invoices as unpaid after their due \
                 date:\n\n{invoices}\n\nTotal overdue: {total}\n{disputed}\nPerhaps this has slipped \
                 through. Could you arrange payment, or let us know if anything is holding it up? If you \
                 have already paid, thank you, and please send us the payment details so that we can \
                 match it.\n\n",
            ),
            firm: t(
                "Second reminder: {total} overdue",
                "Dear {customer},\n\nDespite our earlier reminders, the following invoices remain \
                 unpaid:\n\n{invoices}\n\nTotal overdue: {total}\n{disputed}\nPlease pay this amount by \
                 {deadline}, or contact us before then to agree how it will be settled. If you believe \
                 any of these amounts is not owed, please tell us why.\n{plan}\n",
            ),
            final_notice: t(
                "Final notice before referral: {total} overdue",
                "Dear {customer},\n\nWe have written to you about the following overdue invoices:\n\n\
                 {invoices}\n\nTotal overdue: {total}\n{disputed}\nUnless the amount is paid, or a payment \
                 arrangement is agreed with us, by {deadline}, we intend to refer the account to \
                 {next_party}. We would much prefer to settle this directly with you, so please contact \
                 us before then. If you believe any of these amounts is not owed, please tell us why.\n\n",
            ),
        }
    }
}

impl Templates {
    /// The template of `tone`.
    pub fn get(&self, tone: Tone) -> &Template {
        match tone {
            Tone::Courtesy => &self.courtesy,
            Tone::Friendly => &self.friendly,
            Tone::Firm => &self.firm,
            Tone::FinalNotice => &self.final_notice,
        }
    }

    /// Checks that every placeholder is known.
    pub fn check(&self) -> Result<(), Error> {
        for (name, t) in [
            ("courtesy", &self.courtesy),
            ("friendly", &self.friendly),
            ("firm", &self.firm),
            ("finalNotice", &self.final_notice),
        ] {
            for (part, text) in [("subject", &t.subject), ("body", &t.body)] {
                if let Err(unknown) = render(text, &|_| Some(String::new())) {
                    return Err(Error::option(
                        "templates",
                        format!(
                            "unknown placeholder {{{unknown}}} in the {name} {part}; known: {}",
                            PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Every placeholder a template may use.
pub const PLACEHOLDERS: [&str; 12] = [
    "customer",
    "invoices",
    "total",
    "as_of",
    "deadline",
    "plan",
    "disputed",
    "next_party",
    "company",
    "contact",
    "payment_details",
    "count",
];

/// Fills `{name}` placeholders with `value(name)`; an unknown one (for which
/// `value` gives `None`, or not in [`PLACEHOLDERS`]) is returned as the error.
/// A `{` without a closing `}` is kept as text.
///
/// ```
/// use arlens::messages::render;
/// let out = render("Dear {customer},", &|k| (k == "customer").then(|| "Acme".to_owned()));
/// assert_eq!(out.unwrap(), "Dear Acme,");
/// assert_eq!(render("{nope}", &|_| Some(String::new())).unwrap_err(), "nope");
/// ```
pub fn render(template: &str, value: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return Ok(out);
        };
        let name = &after[..close];
        match value(name).filter(|_| PLACEHOLDERS.contains(&name)) {
            Some(v) => out.push_str(&v),
            None => return Err(name.to_owned()),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
