//! The payment-plan calculator.

mod plan_calculator;

pub use plan_calculator::PlanCalculator;
