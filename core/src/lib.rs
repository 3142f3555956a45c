#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Money and ratios are exact integers (see `money`): no float arithmetic anywhere in the core.
#![deny(clippy::float_arithmetic)]

extern crate alloc;

// The derives are written `tsify_next::Tsify` (the fork's name); the crate is tsify 0.5.8, which
// took the fork back. The alias keeps every `derive(tsify_next::Tsify)` valid.
#[cfg(feature = "wasm")]
extern crate tsify as tsify_next;

#[macro_use]
mod macros;
#[cfg(feature = "std")]
extern crate std;

pub mod agencies;
pub mod ambiguities;
pub mod answer;
#[cfg(feature = "serde")]
pub mod api;
#[cfg(feature = "serde")]
mod by_field;
pub mod calendar;
pub mod dates;
pub mod duties;
pub mod error;
pub mod fees;
pub mod illustrative;
#[cfg(feature = "serde")]
mod json_text;
pub mod limits;
pub mod lookup;
pub mod messages;
pub mod money;
pub mod num;
mod order;
pub mod params;
pub mod period;
pub mod register;
pub mod report;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
mod seen;
pub mod severity;
#[cfg(feature = "serde")]
mod strict;
pub mod summary;
#[cfg(feature = "serde")]
pub mod text;
#[cfg(feature = "serde")]
pub mod tree;
/// The text renderer needs `serde`; without it only the field labels are here (the computed
/// rules declare their own with their detail types).
#[cfg(not(feature = "serde"))]
pub mod text {
    #[path = "fields.rs"]
    pub mod fields;
}
pub mod words;

pub use answer::{Answer, Outcome, Reason};
pub use error::{Error, ErrorCode};
pub use messages::{Lang, ReasonCode};
pub use params::Params;
pub use rules::{RuleId, RULES};

/// The workspace README's Rust examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
