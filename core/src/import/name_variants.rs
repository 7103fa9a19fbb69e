//! Customers told apart by their names alone (no column gives their ids)
//! whose names differ only in case, spacing, or the points and commas of an
//! abbreviation (`Acme Ltd`, `ACME LTD`, `Acme  Ltd.`): hand-typed spellings of
//! one account. Read apart, a payment under one spelling was not applied to the
//! invoices under another — they stayed overdue beside an unapplied credit, and
//! the worklist chased a customer who had paid. They are one account: each
//! later spelling takes the first spelling's id, keeping its own name, as an
//! account named two ways under one id is read.

use crate::ledger::Customer;
use rustc_hash::FxHashMap as HashMap;

/// A spelling read as another's account: the customer's index in the list, and
/// the index of the first spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Variant {
    /// The later spelling.
    pub(super) customer: usize,
    /// The first spelling, whose id it takes.
    pub(super) first: usize,
    /// The later spelling's own id, which it gives up (what its e-mail
    /// address was filed under).
    pub(super) own_id: std::sync::Arc<str>,
}

/// What two spellings of one name share: its words in lower case, split at
/// spaces, points and commas.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace() || c == '.' || c == ',').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Gives each later spelling of a name among `customers` (ids that are names)
/// the first spelling's id; the spellings so read.
pub(super) fn merge(customers: &mut [Customer]) -> Vec<Variant> {
    let mut first: HashMap<String, usize> = HashMap::default();
    let mut variants = Vec::new();
    for i in 0..customers.len() {
        let Some(id) = customers.get(i).map(|c| c.id.clone()) else { continue };
        let key = key(&id);
        if key.is_empty() {
            continue;
        }
        let at = *first.entry(key).or_insert(i);
        if let Some(first_id) = customers.get(at).map(|c| c.id.clone())
            && *first_id != *id
            && let Some(customer) = customers.get_mut(i)
        {
            customer.id = first_id;
            variants.push(Variant { customer: i, first: at, own_id: id });
        }
    }
    variants
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn customer(id: &str, name: &str) -> Customer {
        Customer { id: Arc::from(id), name: Arc::from(name) }
    }

    #[test]
    fn spellings_differing_in_case_spacing_points_and_commas_are_one_account() {
        let mut list = vec![
            customer("Acme Ltd", "Acme Ltd"),
            customer("ACME LTD", "ACME LTD"),
            customer("Beta", "Beta"),
            customer("Acme  Ltd.", "Acme  Ltd."),
            customer("Acme Ltd", "Acme Limited"),
            customer("A.B.C. Ltd", "A.B.C. Ltd"),
            customer("ABC Ltd", "ABC Ltd"),
            customer("Straße GmbH", "Straße GmbH"),
            customer("STRASSE GMBH", "STRASSE GMBH"),
            customer("...", "..."),
            customer(",", ","),
        ];
        let variants = merge(&mut list);
        let read: Vec<(usize, usize, &str)> =
            variants.iter().map(|v| (v.customer, v.first, &*v.own_id)).collect();
        assert_eq!(read, [(1, 0, "ACME LTD"), (3, 0, "Acme  Ltd.")]);
        let ids: Vec<&str> = list.iter().map(|c| &*c.id).collect();
        assert_eq!(
            ids,
            [
                "Acme Ltd",
                "Acme Ltd",
                "Beta",
                "Acme Ltd",
                "Acme Ltd",
                "A.B.C. Ltd",
                "ABC Ltd",
                "Straße GmbH",
                "STRASSE GMBH",
                "...",
                ","
            ]
        );
        // The names are kept; the ids shared, by address, as the import shares them.
        assert_eq!(&*list[1].name, "ACME LTD");
        assert!(Arc::ptr_eq(&list[0].id, &list[1].id));
    }
}
