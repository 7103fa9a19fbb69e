//! Small controls shared by the features.

mod choice;

pub use choice::Choice;
