//! Errors are flat data (`code`, `path`, `message`, `help`): the same in Rust, JSON, JS and the CLI.

use alloc::string::String;

stable_enum! {
    /// What kind of error.
    ErrorCode {
        /// The rule input is malformed: wrong type, unknown or missing field, impossible date.
        InvalidInput = "INVALID_INPUT" { zh: "输入无效", ko: "입력 오류", en: "invalid input" },
        /// The options (`lang`, `params`) are malformed.
        InvalidOptions = "INVALID_OPTIONS" { zh: "选项无效", ko: "선택 사항 오류", en: "invalid options" },
        /// No rule has this id.
        UnknownRule = "UNKNOWN_RULE" { zh: "未知规则", ko: "알 수 없는 규칙", en: "unknown rule" },
        /// A function of the npm package's web build called before `init()`. Only the package
        /// raises it (the module is not running yet, so its words are in the package's
        /// `devzone_error.js`); the core never does.
        NotInitialized = "NOT_INITIALIZED" { zh: "模块尚未初始化", ko: "모듈 초기화 전", en: "module not initialised" },
        /// The rule exists but has no function (an open item, not computable, or planned).
        NotEvaluable = "NOT_EVALUABLE" { zh: "不可计算的规则", ko: "계산할 수 없는 규칙", en: "rule not evaluable" },
        /// A computed date falls outside the representable range.
        OutOfRange = "OUT_OF_RANGE" { zh: "超出范围", ko: "범위 초과", en: "out of range" },
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
