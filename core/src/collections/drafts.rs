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
//! | `{earlier}` | "This follows our e-mail of … and our call of …" and a blank line when the collection log ([`crate::collections::log`]) has contacts, else nothing |
//! | `{next_party}` | "a collection agency" or "our legal advisers" (final notices) |
//! | `{company}`, `{contact}`, `{payment_details}` | the sender's details, or a marked gap such as `[your company]` |
//!
//! An unknown placeholder is an error naming it, so no draft ever shows a raw `{…}`.

use crate::collections::accounts::Account;
use crate::collections::ladder::Step;
use crate::collections::reasons::money;
use crate::collections::worklist::{WorklistOptions, WorklistRow};
use crate::error::Error;
use crate::ledger::Book;
use chrono::{Days, NaiveDate};
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
    /// A firm reminder, a call or a plan offer.
    Firm,
    /// Last letter before a referral.
    FinalNotice,
}

/// A subject and a body with placeholders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Template {
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
}

/// One template per tone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Templates {
    /// Before the due date.
    pub courtesy: Template,
    /// First reminder.
    pub friendly: Template,
    /// A firm reminder, call, plan offer.
    pub firm: Template,
    /// Before a referral.
    pub final_notice: Template,
}

/// Who sends the reminders; a missing field shows as a marked gap in the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Sender {
    /// The sender's company name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// A person and how to reach them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// How to pay: bank account, reference to quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_details: Option<String>,
}

/// A finished draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
                "Dear {customer},\n\n{earlier}Our records show the following invoices as unpaid after their due \
                 date:\n\n{invoices}\n\nTotal overdue: {total}\n{disputed}\nPerhaps this has slipped \
                 through. Could you arrange payment, or let us know if anything is holding it up? If you \
                 have already paid, thank you, and please send us the payment details so that we can \
                 match it.\n\n",
            ),
            firm: t(
                "Overdue payment: {total}, please pay by {deadline}",
                "Dear {customer},\n\n{earlier}The following invoices remain unpaid:\n\n{invoices}\n\n\
                 Total overdue: {total}\n{disputed}\nPlease pay this amount by \
                 {deadline}, or contact us before then to agree how it will be settled. If you believe \
                 any of these amounts is not owed, please tell us why.\n{plan}\n",
            ),
            final_notice: t(
                "Final notice before referral: {total} overdue",
                "Dear {customer},\n\n{earlier}The following invoices are overdue:\n\n\
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
                if let Err(unknown) = render(text, &Placeholders::default()) {
                    return Err(Error::option(
                        "templates",
                        format!(
                            "unknown placeholder {{{unknown}}} in the {name} {part}; known: {}",
                            Placeholders::NAMES.map(|p| format!("{{{p}}}")).join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What a draft's placeholders are filled with: one field per placeholder
/// (see the module docs), so the names live in one place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placeholders {
    /// `{customer}`: the customer's name.
    pub customer: String,
    /// `{invoices}`: one line per invoice.
    pub invoices: String,
    /// `{total}`: the amount the message is about, with its currency.
    pub total: String,
    /// `{count}`: how many invoices are listed.
    pub count: String,
    /// `{as_of}`: the as-of date.
    pub as_of: String,
    /// `{deadline}`: the as-of date plus the reply days.
    pub deadline: String,
    /// `{plan}`: the payment-plan offer, else empty.
    pub plan: String,
    /// `{disputed}`: the note on disputed invoices left out, else empty.
    pub disputed: String,
    /// `{earlier}`: the logged contacts this message follows, else empty.
    pub earlier: String,
    /// `{next_party}`: who the account would be referred to.
    pub next_party: String,
    /// `{company}`: the sender's company, or a marked gap.
    pub company: String,
    /// `{contact}`: the sender's contact, or a marked gap.
    pub contact: String,
    /// `{payment_details}`: how to pay, or a marked gap.
    pub payment_details: String,
}

impl Placeholders {
    /// Every placeholder name a template may use.
    pub const NAMES: [&'static str; 13] = [
        "customer",
        "invoices",
        "total",
        "count",
        "as_of",
        "deadline",
        "plan",
        "disputed",
        "earlier",
        "next_party",
        "company",
        "contact",
        "payment_details",
    ];

    /// The value of placeholder `name`; `None` for a name that is not one.
    pub fn get(&self, name: &str) -> Option<&str> {
        Some(match name {
            "customer" => &self.customer,
            "invoices" => &self.invoices,
            "total" => &self.total,
            "count" => &self.count,
            "as_of" => &self.as_of,
            "deadline" => &self.deadline,
            "plan" => &self.plan,
            "disputed" => &self.disputed,
            "earlier" => &self.earlier,
            "next_party" => &self.next_party,
            "company" => &self.company,
            "contact" => &self.contact,
            "payment_details" => &self.payment_details,
            _ => return None,
        })
    }
}

/// Fills `{name}` placeholders from `values`; an unknown name is returned as the
/// error. A `{` without a closing `}` is kept as text.
///
/// ```
/// use arlens::collections::drafts::{Placeholders, render};
/// let values = Placeholders { customer: "Acme".into(), ..Placeholders::default() };
/// assert_eq!(render("Dear {customer},", &values).unwrap(), "Dear Acme,");
/// assert_eq!(render("{nope}", &values).unwrap_err(), "nope");
/// ```
pub fn render(template: &str, values: &Placeholders) -> Result<String, String> {
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
        match values.get(name) {
            Some(v) => out.push_str(v),
            None => return Err(name.to_owned()),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The draft of a row, from the account's invoices.
pub(crate) fn draft_for(
    ledger: &Book,
    a: &Account,
    row: &WorklistRow,
    as_of: NaiveDate,
    options: &WorklistOptions,
    templates: &Templates,
    earlier: String,
) -> Result<Draft, Error> {
    // Nothing overdue (a step set by hand on invoices not yet due): the
    // courtesy note, never a letter calling them overdue.
    let tone = if a.oldest_days.is_none() { Tone::Courtesy } else { row.step.tone() };
    let courtesy = tone == Tone::Courtesy;
    let lines: Vec<String> = a
        .invoices
        .iter()
        .filter(|i| !i.disputed)
        .filter(|i| if courtesy { i.days_overdue <= 0 } else { i.days_overdue > 0 })
        .filter(|i| !courtesy || -i.days_overdue <= i64::from(options.courtesy_days))
        .map(|i| {
            let e = &ledger.entries[i.entry];
            let when = match i.days_overdue {
                d if d > 0 => format!("{d} {} overdue", if d == 1 { "day" } else { "days" }),
                0 => "due today".to_owned(),
                d => format!("due in {} {}", -d, if d == -1 { "day" } else { "days" }),
            };
            let number = if e.id.is_empty() { "(no number)" } else { e.id.as_str() };
            format!(
                "- Invoice {number}, dated {}, due {}: {} ({when})",
                e.date,
                e.due_date,
                money(i.open, &a.currency)
            )
        })
        .collect();
    let disputed: Vec<&str> = a
        .invoices
        .iter()
        .filter(|i| i.disputed && i.days_overdue > 0)
        .map(|i| ledger.entries[i.entry].id.as_str())
        .collect();
    let deadline = as_of + Days::new(u64::from(options.reply_days));
    let plan_text = row.plan.as_ref().map_or(String::new(), |p| {
        let first = &p.installments[0];
        format!(
            "\nIf paying in one sum is difficult, we can offer to spread the {} over {} monthly payments of {}, \
             the first on {}. Please reply to confirm.\n",
            money(p.total, &p.currency),
            p.installments.len(),
            money(first.amount, &p.currency),
            first.date
        )
    });
    let sender = &options.sender;
    let gap = |field: &Option<String>, marked: &str| field.clone().unwrap_or_else(|| marked.to_owned());
    let values = Placeholders {
        customer: a.customer.name.to_string(),
        count: lines.len().to_string(),
        invoices: lines.join("\n"),
        total: money(row.at_stake, &a.currency),
        as_of: as_of.to_string(),
        deadline: deadline.to_string(),
        plan: plan_text,
        disputed: if disputed.is_empty() {
            String::new()
        } else {
            format!("\nInvoices under discussion with you ({}) are not included.\n", disputed.join(", "))
        },
        earlier,
        next_party: if row.step == Step::LegalAction { "our legal advisers" } else { "a collection agency" }
            .to_owned(),
        company: gap(&sender.company, "[your company]"),
        contact: gap(&sender.contact, "[your name, phone and email]"),
        payment_details: gap(
            &sender.payment_details,
            "[how to pay: bank account and the reference to quote]",
        ),
    };
    let template = templates.get(tone);
    let fill = |text: &str| {
        render(text, &values)
            .map_err(|name| Error::option("templates", format!("unknown placeholder {{{name}}}")))
    };
    Ok(Draft { tone, subject: fill(&template.subject)?, body: fill(&template.body)? })
}
