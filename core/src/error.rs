//! Errors are flat data (`code`, `path`, `message`, `help`): the same in Rust, JSON, JS and the CLI.

use alloc::string::String;

/// What kind of error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum ErrorCode {
    /// The rule input is malformed: wrong type, unknown or missing field, impossible date.
    InvalidInput,
    /// The options (`lang`, `params`) are malformed.
    InvalidOptions,
    /// No rule has this id.
    UnknownRule,
    /// The rule exists but has no function (an open item, not computable, or planned).
    NotEvaluable,
    /// A computed date falls outside the representable range.
    OutOfRange,
}

impl ErrorCode {
    /// Stable code string.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InvalidInput => "INVALID_INPUT",
            Self::InvalidOptions => "INVALID_OPTIONS",
            Self::UnknownRule => "UNKNOWN_RULE",
            Self::NotEvaluable => "NOT_EVALUABLE",
            Self::OutOfRange => "OUT_OF_RANGE",
        }
    }
}

/// An error: what, where (a field path such as `input.meetings[1].date`), and a lowercase message.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct Error {
    /// Stable code.
    pub code: ErrorCode,
    /// Path of the offending field from the call's root (`input…` or `options…`); empty when none.
    pub path: String,
    /// What is wrong and what was expected, one line, lowercase, user text in backticks.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub help: Option<String>,
}

impl Error {
    /// An error at `path`.
    #[must_use]
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code,
            path: path.into(),
            message: message.into(),
            help: None,
        }
    }

    /// Adds a hint.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl core::error::Error for Error {}
