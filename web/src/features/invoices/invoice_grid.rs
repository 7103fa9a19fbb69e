//! Every open document at the as-of date, in a grid: of the currency shown,
//! and of one aging column or one customer when a chart or a customer asked.

use crate::app::Router;
use crate::route::View;
use crate::widgets::DataGrid;
use arlens::figures::aging::Bucket;
use arlens::grid::{Filter, GridName, Test};
use leptos::prelude::*;

/// The label of the aging column a `bucket` parameter names: `notDue`,
/// `credits` or a bucket's index (as the grid's `column` choices are written).
fn column_label(bucket: &str, buckets: &[Bucket]) -> Option<String> {
    match bucket {
        "notDue" => Some("Not due".to_owned()),
        "credits" => Some("Credits".to_owned()),
        b => b.parse::<usize>().ok().and_then(|i| buckets.get(i)).map(|b| b.label.clone()),
    }
}

fn one_of(column: &str, value: String) -> Filter {
    Filter { column: column.to_owned(), test: Test::OneOf(vec![value]) }
}

/// The open documents.
#[component]
pub fn InvoiceGrid(
    /// The report's buckets (a chart's `bucket` parameter is an index).
    buckets: Vec<Bucket>,
    /// The currency shown.
    currency: Option<String>,
    /// The aging column asked for: `notDue`, `credits` or a bucket's index.
    bucket: Option<String>,
    /// The customer id asked for.
    customer: Option<String>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let column = bucket.as_deref().and_then(|b| column_label(b, &buckets));
    let mut fixed = Vec::new();
    if let Some(code) = &currency {
        fixed.push(one_of("currency", code.clone()));
    }
    if let Some(id) = &customer {
        fixed.push(one_of("customerId", id.clone()));
    }
    if let Some(label) = &column {
        fixed.push(one_of("column", label.clone()));
    }
    let mut asked: Vec<String> = Vec::new();
    if let Some(c) = &column {
        asked.push(format!("column {c}"));
    }
    if let Some(id) = &customer {
        asked.push(format!("customer {id}"));
    }
    let filtered = (!asked.is_empty()).then(|| {
        view! {
            <p class="hint" data-testid="invoices-filtered">
                {format!("Filtered to {}. ", asked.join(", "))}
                <button type="button" class="link" data-testid="invoices-clear" on:click=move |_| router.open(View::Invoices, &[])>
                    "show every open document"
                </button>
            </p>
        }
    });
    let code = currency.unwrap_or_default();
    view! {
        <section class="card">
            <h2>{format!("Open documents ({code})")}</h2>
            {filtered}
            <DataGrid name=GridName::Invoices testid="invoices" noun="open documents" one="open document" fixed=Signal::stored(fixed) />
        </section>
    }
}
