//! The collection log as an input of the worklist, with hand-written logs on
//! `tests/fixtures/worklist.csv` at 2024-06-30 (the ledger is described in
//! `worklist.rs`: without a log, Alder is at the agency step, Eiche at the
//! payment plan, Dubois at a call, Birch gets a courtesy reminder and Cedar is
//! set apart).

use crate::shared::fixture;
use arlens::collections::drafts::Tone;
use arlens::collections::ladder::Step;
use arlens::collections::log::{CollectionLog, PromiseStatus};
use arlens::collections::worklist::WorklistRow;
use arlens::{ImportOptions, Options, Report, analyze, import};
use rust_decimal::Decimal;

/// The report at 2024-06-30 with the log written as JSON events.
fn with_log(events: &str) -> Report {
    let ledger = import(&fixture("worklist.csv"), &ImportOptions::default()).unwrap().ledger;
    let mut options = Options::at("2024-06-30".parse().unwrap());
    let log: CollectionLog =
        serde_json::from_str(&format!(r#"{{"version": 1, "events": [{events}]}}"#)).unwrap();
    options.log = Some(log);
    analyze(&ledger, &options).unwrap()
}

fn row<'a>(r: &'a Report, name: &str) -> &'a WorklistRow {
    r.worklist
        .rows
        .iter()
        .find(|w| &*w.customer.name == name)
        .unwrap_or_else(|| panic!("{name} is not on the worklist"))
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn a_logged_dispute_sets_the_invoice_apart_until_it_is_resolved() {
    let r = with_log(
        r#"{"kind": "dispute", "customer": "C-D", "date": "2024-06-15", "invoices": ["D-1"], "reason": "wrong quantity"}"#,
    );
    // Dubois's only undisputed overdue invoice, D-1 (400.00), is now disputed too: with D-2
    // (200.00, disputed in the file) 600.00 overdue but disputed, set apart before Cedar's 300.00.
    assert!(r.worklist.rows.iter().all(|w| &*w.customer.id != "C-D"));
    let apart: Vec<(&str, Decimal)> =
        r.worklist.set_apart.iter().map(|s| (&*s.customer.id, s.disputed)).collect();
    assert_eq!(apart, [("C-D", d("600.00")), ("C-C", d("300.00"))]);
    let dubois = r.risk.iter().find(|a| &*a.customer.id == "C-D").unwrap();
    assert_eq!(dubois.next_step, None);
    assert!(
        dubois.reasons.contains(&"invoice D-1 disputed in the log on 2024-06-15: wrong quantity".to_owned())
    );
    // Resolved by the as-of date: chased again, a call for its 30 days past due.
    let resolved = with_log(
        r#"{"kind": "dispute", "customer": "C-D", "date": "2024-06-15", "invoices": ["D-1"], "reason": "wrong quantity", "resolved": "2024-06-28"}"#,
    );
    assert_eq!(
        (row(&resolved, "Dubois Inc").step, row(&resolved, "Dubois Inc").at_stake),
        (Step::Call, d("400.00"))
    );
    // A dispute logged after the as-of date is not yet known.
    let later = with_log(
        r#"{"kind": "dispute", "customer": "C-D", "date": "2024-07-01", "invoices": ["D-1"], "reason": "wrong quantity"}"#,
    );
    assert_eq!(row(&later, "Dubois Inc").step, Step::Call);
}

#[test]
fn a_pending_promise_holds_the_step_and_a_broken_one_raises_it() {
    // Eiche's E-1 (900.00 EUR, due 19 April) is 72 days past due: a payment plan. On 10 May,
    // 72 − 51 = 21 days past due, it was a firm reminder (15–29 days); it promised to pay by
    // 10 July, not yet due: held there.
    let r = with_log(
        r#"{"kind": "promise", "customer": "C-E", "date": "2024-05-10", "due": "2024-07-10", "amount": "900.00"}"#,
    );
    let eiche = row(&r, "Eiche AG");
    assert_eq!(eiche.step, Step::FirmReminder);
    assert!(eiche.plan.is_none());
    assert_eq!(
        eiche.reasons.last().unwrap(),
        "held at firm reminder (not payment plan): promised 900.00 EUR by 2024-07-10 (on 2024-05-10); \
         no escalation before then"
    );
    let promise = eiche.promise.as_ref().unwrap();
    assert_eq!((promise.status, promise.paid), (PromiseStatus::Pending, Decimal::ZERO));

    // Dubois's D-1 is 30 days past due: a call. It promised on 5 June to pay 400.00 by
    // 20 June and paid nothing since: broken, raised one step to a payment plan.
    let r = with_log(
        r#"{"kind": "promise", "customer": "C-D", "date": "2024-06-05", "due": "2024-06-20", "amount": "400"}"#,
    );
    let dubois = row(&r, "Dubois Inc");
    assert_eq!(dubois.step, Step::PaymentPlan);
    assert!(dubois.reasons.contains(
        &"raised one step, to payment plan: promised 400.00 USD by 2024-06-20 (on 2024-06-05) and paid 0.00 USD of \
          it: the promise is broken"
            .to_owned()
    ));
    assert_eq!(dubois.promise.as_ref().unwrap().status, PromiseStatus::Broken);

    // Alder promised on 1 June to pay 1,000.00 by 15 June and paid P-3, 1,000.00, on 10 June:
    // kept; its step is the ladder's (the agency, as without a log).
    let r = with_log(
        r#"{"kind": "promise", "customer": "C-A", "date": "2024-06-01", "due": "2024-06-15", "amount": "1000.00"}"#,
    );
    let alder = row(&r, "Alder Ltd");
    assert_eq!(alder.step, Step::CollectionAgency);
    let promise = alder.promise.as_ref().unwrap();
    assert_eq!((promise.status, promise.paid), (PromiseStatus::Kept, d("1000.00")));
    assert!(
        alder
            .reasons
            .contains(&"kept its promise: promised 1,000.00 USD by 2024-06-15 (on 2024-06-01)".to_owned())
    );
}

#[test]
fn a_step_set_by_hand_wins_and_says_what_the_ladder_says() {
    let r = with_log(
        r#"{"kind": "override", "customer": "C-B", "date": "2024-06-28", "step": "call", "reason": "key account"},
           {"kind": "override", "customer": "C-C", "date": "2024-06-29", "step": "call", "reason": "check the dispute"}"#,
    );
    let birch = row(&r, "Birch GmbH");
    assert_eq!((birch.step, birch.by_hand, birch.at_stake), (Step::Call, true, d("800.00")));
    // The worklist reads back from its JSON (the app's worker sends it so), with and without a step set by hand.
    let json = serde_json::to_string(&r.worklist).unwrap();
    assert_eq!(serde_json::from_str::<arlens::collections::worklist::Worklist>(&json).unwrap(), r.worklist);
    let plain = with_log("");
    let json = serde_json::to_string(&plain.worklist).unwrap();
    assert_eq!(
        serde_json::from_str::<arlens::collections::worklist::Worklist>(&json).unwrap(),
        plain.worklist
    );
    assert_eq!(
        birch.reasons.last().unwrap(),
        "set by hand to call on 2024-06-28: key account (the ladder says courtesy reminder)"
    );
    // Cedar, set apart for its disputed C-1, is on the list at the hand-set step, for its 300.00.
    let cedar = row(&r, "Cedar SA");
    assert_eq!((cedar.step, cedar.at_stake), (Step::Call, d("300.00")));
    assert!(r.worklist.set_apart.is_empty());
    assert!(cedar.reasons.last().unwrap().ends_with("(the ladder says nothing to chase)"));
    // Birch's invoice is not yet due: its draft stays a courtesy note, never "overdue"; Cedar's
    // only invoice is disputed: no reminder is drafted.
    let draft = birch.draft.as_ref().unwrap();
    assert_eq!((draft.tone, draft.subject.as_str()), (Tone::Courtesy, "Upcoming payment: 800.00 USD"));
    assert!(cedar.draft.is_none());
    // A later override without a step gives the account back to the ladder.
    let cleared = with_log(
        r#"{"kind": "override", "customer": "C-B", "date": "2024-06-28", "step": "call", "reason": "key account"},
           {"kind": "override", "customer": "C-B", "date": "2024-06-29", "step": null}"#,
    );
    let birch = row(&cleared, "Birch GmbH");
    assert_eq!((birch.step, birch.by_hand), (Step::CourtesyReminder, false));
}

#[test]
fn drafts_mention_earlier_reminders_only_when_the_log_has_them() {
    // Without a log Dubois's call draft (a firm tone) claims no earlier reminder.
    let plain = with_log("");
    let body = &row(&plain, "Dubois Inc").draft.as_ref().unwrap().body;
    assert!(body.starts_with("Dear Dubois Inc,\n\nThe following invoices remain unpaid:\n\n"), "{body}");
    assert!(!body.contains("earlier") && !body.contains("This follows"));
    let r = with_log(
        r#"{"kind": "contact", "customer": "C-D", "date": "2024-06-03", "channel": "email", "step": "friendlyReminder"},
           {"kind": "note", "customer": "C-D", "date": "2024-06-04", "text": "Accounts payable on holiday"},
           {"kind": "contact", "customer": "C-D", "date": "2024-06-12", "channel": "phone"},
           {"kind": "contact", "customer": "C-D", "date": "2024-07-02", "channel": "letter"}"#,
    );
    let dubois = row(&r, "Dubois Inc");
    let body = &dubois.draft.as_ref().unwrap().body;
    // The letter of 2 July is after the as-of date: not yet sent.
    assert!(
        body.starts_with(
            "Dear Dubois Inc,\n\nThis follows our e-mail of 2024-06-03 and our call of 2024-06-12.\n\n\
             The following invoices remain unpaid:\n\n"
        ),
        "{body}"
    );
    assert_eq!(dubois.last_contact.map(|d| d.to_string()).as_deref(), Some("2024-06-12"));
    // A note changes nothing: the step is the ladder's.
    assert_eq!(dubois.step, Step::Call);
}

#[test]
fn events_that_match_nothing_are_listed_and_a_bad_log_is_refused_by_name() {
    let r = with_log(
        r#"{"kind": "note", "customer": "C-Z", "date": "2024-06-01", "text": "?"},
           {"kind": "dispute", "customer": "C-D", "date": "2024-06-15", "invoices": ["D-9"], "reason": "?"}"#,
    );
    assert_eq!(
        r.worklist.unmatched,
        [
            "customer \"C-Z\" is not in this ledger: its logged events play no part",
            "invoice \"D-9\" of customer \"C-D\" is not in this ledger: its dispute plays no part",
        ]
    );
    assert_eq!(row(&r, "Dubois Inc").step, Step::Call);

    let ledger = import(&fixture("worklist.csv"), &ImportOptions::default()).unwrap().ledger;
    let refused = |json: &str| {
        let mut options = Options::at("2024-06-30".parse().unwrap());
        options.log = Some(serde_json::from_str(json).unwrap());
        analyze(&ledger, &options).unwrap_err().to_string()
    };
    let e = refused(r#"{"version": 2, "events": []}"#);
    assert!(e.contains("log.version") && e.contains("2 is not a log version this arlens reads (1)"), "{e}");
    let e = refused(
        r#"{"version": 1, "events": [{"kind": "promise", "customer": "C-D", "date": "2024-06-05", "due": "2024-06-20", "amount": "-5"}]}"#,
    );
    assert!(e.contains("log.events[0].amount") && e.contains("-5 is not a positive amount"), "{e}");
    let e = refused(
        r#"{"version": 1, "events": [{"kind": "promise", "customer": "C-D", "date": "2024-06-05", "due": "2024-06-01", "amount": "5"}]}"#,
    );
    assert!(
        e.contains("log.events[0].due") && e.contains("2024-06-01 is before the promise (2024-06-05)"),
        "{e}"
    );
    // The document is read strictly: an unknown field is named.
    let unknown = serde_json::from_str::<CollectionLog>(
        r#"{"version": 1, "events": [{"kind": "note", "customer": "C-D", "date": "2024-06-05", "txt": "typo"}]}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(unknown.contains("unknown field `txt`"), "{unknown}");
    // What a log is written as reads back the same.
    let log: CollectionLog = serde_json::from_str(
        r#"{"version": 1, "events": [{"kind": "contact", "customer": "C-D", "date": "2024-06-03", "channel": "email"}]}"#,
    )
    .unwrap();
    assert_eq!(serde_json::from_str::<CollectionLog>(&serde_json::to_string(&log).unwrap()).unwrap(), log);
}

mod properties {
    use arlens::collections::ladder::Step;
    use arlens::collections::log::{Channel, CollectionLog, LogEvent};
    use arlens::sample::{SampleOptions, generate};
    use arlens::{ImportOptions, Ledger, Options, Report};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// (customer, currency) → step of each worklist row.
    fn steps(r: &Report) -> Vec<(String, String, Step)> {
        r.worklist.rows.iter().map(|w| (w.customer.id.to_string(), w.currency.clone(), w.step)).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        /// On generated ledgers with random logs: notes and contacts change no
        /// step; a promise not yet due never raises a step; a step set by hand
        /// is the row's step whenever the account is on the list.
        #[test]
        fn the_log_moves_steps_only_as_its_rules_say(
            seed in 0u64..1_000,
            days_back in 0u64..300,
            picks in proptest::collection::vec((0usize..1_000, 0usize..7, 1u64..60), 1..12),
        ) {
            let sample = generate(&SampleOptions { invoices: 200, seed, ..SampleOptions::default() });
            let ledger = Ledger::open(&sample.transactions_csv(), &ImportOptions::default()).unwrap();
            let last = ledger.summary().date_range.unwrap().last;
            let as_of = last - chrono::Days::new(days_back);
            let base = ledger.analyze(&Options::at(as_of)).unwrap();
            prop_assume!(!base.risk.is_empty());
            let customer = |i: usize| base.risk[i % base.risk.len()].customer.id.to_string();
            let with = |events: Vec<LogEvent>| {
                let mut options = Options::at(as_of);
                options.log = Some(CollectionLog { version: 1, events });
                ledger.analyze(&options).unwrap()
            };
            let yesterday = as_of.pred_opt().unwrap();
            // Notes and contacts: the same steps, in the same order.
            let quiet: Vec<LogEvent> = picks.iter().map(|&(c, _, _)| LogEvent::Note {
                customer: customer(c), date: yesterday, text: "n".into(),
            }).chain(picks.iter().map(|&(c, _, _)| LogEvent::Contact {
                customer: customer(c), date: yesterday, channel: Channel::Phone, step: None, note: None,
            })).collect();
            prop_assert_eq!(steps(&with(quiet)), steps(&base));
            // Promises made some days ago, due after the as-of date: no step goes up.
            let promises: Vec<LogEvent> = picks.iter().map(|&(c, _, ago)| LogEvent::Promise {
                customer: customer(c),
                date: as_of - chrono::Days::new(ago),
                due: as_of + chrono::Days::new(10),
                amount: Decimal::new(1_000_000_000, 2),
                currency: None,
                note: None,
            }).collect();
            let held = with(promises);
            for (id, currency, step) in steps(&held) {
                let before = steps(&base).into_iter().find(|(i, c, _)| *i == id && *c == currency).map(|s| s.2);
                prop_assert!(before.is_some_and(|b| step <= b), "{} {}: {:?} after {:?}", id, currency, step, before);
            }
            // Steps set by hand win.
            let overrides: Vec<LogEvent> = picks.iter().map(|&(c, s, _)| LogEvent::Override {
                customer: customer(c), date: yesterday, step: Some(Step::ALL[s]), reason: String::new(),
            }).collect();
            let last_set = |id: &str| overrides.iter().rev().find_map(|e| match e {
                LogEvent::Override { customer, step, .. } if customer == id => *step,
                _ => None,
            });
            let set = with(overrides.clone());
            for row in &set.worklist.rows {
                if let Some(step) = last_set(&row.customer.id) {
                    prop_assert_eq!(row.step, step);
                    prop_assert!(row.by_hand);
                }
            }
        }
    }
}
