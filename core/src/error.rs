//! Errors are data: a stable `code` (where the call went wrong), a stable `problem` (what is
//! wrong), the field `path`, and texts in the three languages — what exactly is wrong
//! (`detail`), what was `expected`, what was given (`got`, as the caller wrote it), and how to
//! fix it (`help`, one for every problem). The same in Rust, JSON, JS and the CLI; a surface
//! renders it in the caller's language with [`Error::view`].

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use crate::words::{Label, Lang};

stable_enum! {
    /// Where the call went wrong.
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
        /// A computed date or sum falls outside the representable range.
        OutOfRange = "OUT_OF_RANGE" { zh: "超出范围", ko: "범위 초과", en: "out of range" },
    }
}

stable_enum! {
    /// What is wrong, finer than [`ErrorCode`]: each has a label and a default help text.
    Problem {
        /// The text is not JSON.
        NotJson = "NOT_JSON" { zh: "不是有效的 JSON", ko: "올바른 JSON이 아닙니다", en: "not valid JSON" },
        /// A value of the wrong kind (text for a number, a list for an object, …).
        WrongType = "WRONG_TYPE" { zh: "类型错误", ko: "형식 오류", en: "wrong type" },
        /// A required field is absent.
        MissingField = "MISSING_FIELD" { zh: "缺少必填字段", ko: "필수 항목 루락", en: "required field missing" },
        /// A field the input does not have.
        UnknownField = "UNKNOWN_FIELD" { zh: "未知字段", ko: "알 수 없는 항목", en: "unknown field" },
        /// A field given twice in one object.
        DuplicateField = "DUPLICATE_FIELD" { zh: "字段重复", ko: "항목 중복", en: "field given twice" },
        /// A name that is none of the allowed names.
        UnknownValue = "UNKNOWN_VALUE" { zh: "不是允许的取值", ko: "허용되지 않는 값", en: "not one of the allowed values" },
        /// A value of the right kind that is not valid (an impossible date, a negative amount, …).
        InvalidValue = "INVALID_VALUE" { zh: "取值无效", ko: "값 오류", en: "invalid value" },
        /// A reference to a zone, county, rule or bearer that is not there.
        UnknownReference = "UNKNOWN_REFERENCE" { zh: "引用的对象不存在", ko: "참조 대상 없음", en: "unknown reference" },
        /// A name that fits several bearers, counties or zones equally well.
        Ambiguous = "AMBIGUOUS" { zh: "名称对应多个对象", ko: "이름이 여럿에 해당함", en: "ambiguous name" },
        /// A record or item given twice.
        Duplicate = "DUPLICATE" { zh: "重复记录", ko: "중복 기록", en: "duplicate record" },
        /// Fields that contradict each other, or one that needs another.
        Inconsistent = "INCONSISTENT" { zh: "前后矛盾或缺少关联字段", ko: "항목 간 모순 또는 관련 항목 루락", en: "inconsistent fields" },
        /// A date or sum beyond what can be represented.
        TooLarge = "TOO_LARGE" { zh: "超出可表示的范围", ko: "표현 가능한 범위 초과", en: "beyond the representable range" },
        /// A rule id that is not in the rulebook.
        UnknownRule = "UNKNOWN_RULE" { zh: "未知规则", ko: "알 수 없는 규칙", en: "unknown rule" },
        /// A rule in the rulebook without a function.
        NotEvaluable = "NOT_EVALUABLE" { zh: "该规则不可计算", ko: "계산할 수 없는 규칙", en: "rule not evaluable" },
        /// A function of the package's web build called before `init()` (raised by the package's
        /// JavaScript, which words it: the module is not running yet).
        NotInitialized = "NOT_INITIALIZED" { zh: "模块尚未初始化", ko: "모듈 초기화 전", en: "module not initialised" },
    }
}

impl Problem {
    /// What to do about it, when the error itself gives no more specific help.
    #[must_use]
    pub const fn default_help(self) -> Label {
        let (zh, ko, en) = match self {
            Self::NotJson => (
                "检查括号、引号和逗号;文本须为一个 JSON 值。",
                "괄호, 따옴표, 쉼표를 확인하십시오. 문서는 하나의 JSON 값이여야 합니다.",
                "check brackets, quotes and commas; the text must be one JSON value.",
            ),
            Self::WrongType => (
                "按“应为”所示的类型填写该字段(各规则的输入格式见 `devzone schema <规则>`)。",
                "이 항목을 ‘기대’에 적힌 형식으로 입력하십시오(규칙별 입력 형식은 `devzone schema <규칙>`).",
                "give the field the kind of value shown under “expected” (each rule's input: `devzone schema <rule>`).",
            ),
            Self::MissingField => (
                "补上该字段;各规则的必填字段见 `devzone schema <规则>`。",
                "이 항목을 추가하십시오. 규칙별 필수 항목은 `devzone schema <규칙>`에서 볼 수 있습니다.",
                "add the field; each rule's required fields: `devzone schema <rule>`.",
            ),
            Self::UnknownField => (
                "删除该字段或更正其名称(区分大小写,采用 camelCase)。",
                "이 항목을 지우거나 이름을 바로잡으십시오(대소문자 구분, camelCase).",
                "remove the field or correct its name (case matters; names are camelCase).",
            ),
            Self::DuplicateField => (
                "每个字段在同一对象中只能出现一次。",
                "한 객체 안에서 항목은 한 번만 쓸 수 있습니다.",
                "give each field once per object.",
            ),
            Self::UnknownValue => (
                "使用“应为”中列出的取值之一(区分大小写)。",
                "‘기대’에 라렬된 값 가운데 하나를 쓰십시오(대소문자 구분).",
                "use one of the values listed under “expected” (case matters).",
            ),
            Self::InvalidValue => (
                "按“应为”所示更正该值。",
                "‘기대’에 적힌 대로 값을 바로잡으십시오.",
                "correct the value as shown under “expected”.",
            ),
            Self::UnknownReference => (
                "引用的标识须指向已有的对象(登记册中的记录、规则手册中的规则或责任主体的代码):更正标识,或先登记该对象。",
                "참조하는 식별자는 이미 있는 대상(등록부의 기록, 규칙집의 규칙 또는 책임주체의 코드)을 가리켜야 합니다. 식별자를 바로잡거나 대상을 먼저 등록하십시오.",
                "the id must name something that exists (a record of the register, a rule of the rulebook, an actor's code): correct the id, or add the record first.",
            ),
            Self::Ambiguous => (
                "写出全称或代码,使名称只对应一个对象。",
                "이름 전체나 코드를 써서 하나에만 해당하도록 하십시오.",
                "give the full name or the code, so that it fits one only.",
            ),
            Self::Duplicate => (
                "删除重复的一条,或合并为一条记录。",
                "중복된 하나를 지우거나 한 기록으로 합치십시오.",
                "remove the repeated record or merge the two.",
            ),
            Self::Inconsistent => (
                "使相关字段彼此一致,或补上所需的关联字段。",
                "관련 항목이 서로 맞도록 고치거나 필요한 항목을 추가하십시오.",
                "make the related fields agree, or add the field the other one needs.",
            ),
            Self::TooLarge => (
                "检查日期和金额是否录入有误(年份 1–9999,金额不超过 10^15 元)。",
                "날자와 금액이 잘못 입력되지 않았는지 확인하십시오(년도 1–9999, 금액 10^15원 이하).",
                "check the dates and amounts for typing errors (years 1–9999, amounts up to 10^15 yuan).",
            ),
            Self::UnknownRule => (
                "可计算的规则见 `devzone rules`;规则编号形如 `art-18.c`。",
                "계산할 수 있는 규칙은 `devzone rules`에서 볼 수 있습니다. 규칙 번호는 `art-18.c` 형식입니다.",
                "the computable rules are listed by `devzone rules`; ids look like `art-18.c`.",
            ),
            Self::NotInitialized => (
                "在调用其他函数之前先执行一次 `await init()`。",
                "다른 함수를 호출하기 전에 `await init()`를 한 번 실행하십시오.",
                "call `await init()` once before any other function.",
            ),
            Self::NotEvaluable => (
                "该规则为待办事项或不可计算:见 `devzone obligations` 与 `devzone rules`。",
                "이 규칙은 미결 항목이거나 계산할 수 없습니다. `devzone obligations`와 `devzone rules`를 보십시오.",
                "the rule is an open item or not computable: see `devzone obligations` and `devzone rules`.",
            ),
        };
        Label { zh, ko, en }
    }
}

/// A text in the three languages, made at run time (an error's words with its values filled
/// in). The crate's `text!` macro builds one from three format strings.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// Korean.
    pub ko: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::Ko => &self.ko,
            Lang::En => &self.en,
        }
    }

    /// The text of three formatted texts (what `text!` makes): one function for the module's
    /// ~120 texts, rather than each formatting (or copying) its three texts where it is made.
    #[must_use]
    #[inline(never)]
    pub fn of(
        zh: core::fmt::Arguments<'_>,
        ko: core::fmt::Arguments<'_>,
        en: core::fmt::Arguments<'_>,
    ) -> Self {
        Self {
            zh: alloc::fmt::format(zh),
            ko: alloc::fmt::format(ko),
            en: alloc::fmt::format(en),
        }
    }

    /// The same words in every language (a code, a number, a list of field names).
    #[must_use]
    pub fn same(s: impl Into<String>) -> Self {
        let s = s.into();
        Self {
            zh: s.clone(),
            ko: s.clone(),
            en: s,
        }
    }
}

impl From<Label> for Text {
    fn from(l: Label) -> Self {
        Self {
            zh: l.zh.into(),
            ko: l.ko.into(),
            en: l.en.into(),
        }
    }
}

/// An error: where the call went wrong, what is wrong, at which field, and the words to say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Stable code: which part of the call is wrong.
    pub code: ErrorCode,
    /// Stable code: what is wrong.
    pub problem: Problem,
    /// Path of the offending field from the call's root (`input.meetings[1].date`, the missing
    /// field itself for a missing one); empty when none.
    pub path: String,
    /// What exactly is wrong, when the problem's label is not enough.
    pub detail: Option<Box<Text>>,
    /// What was expected.
    pub expected: Option<Box<Text>>,
    /// What was given, as the caller wrote it (JSON: `"2019-02-30"`, `42`, `[…]`), cut short
    /// past 80 characters.
    pub got: Option<String>,
    /// How to fix it; [`Problem::default_help`] when `None`.
    pub help: Option<Box<Text>>,
}

impl Error {
    /// An error at `path`.
    #[must_use]
    pub fn new(code: ErrorCode, problem: Problem, path: impl Into<String>) -> Self {
        Self {
            code,
            problem,
            path: path.into(),
            detail: None,
            expected: None,
            got: None,
            help: None,
        }
    }

    /// An `INVALID_INPUT` error at `path` saying `detail`.
    #[must_use]
    pub fn input(problem: Problem, path: impl Into<String>, detail: Text) -> Self {
        Self::new(ErrorCode::InvalidInput, problem, path).with_detail(detail)
    }

    /// An `INVALID_OPTIONS` error at `path` saying `detail`.
    #[must_use]
    pub fn options(problem: Problem, path: impl Into<String>, detail: Text) -> Self {
        Self::new(ErrorCode::InvalidOptions, problem, path).with_detail(detail)
    }

    /// An `OUT_OF_RANGE` error at `path` saying `detail`.
    #[must_use]
    pub fn out_of_range(path: impl Into<String>, detail: Text) -> Self {
        Self::new(ErrorCode::OutOfRange, Problem::TooLarge, path).with_detail(detail)
    }

    /// Says what exactly is wrong.
    #[must_use]
    pub fn with_detail(mut self, detail: Text) -> Self {
        self.detail = Some(Box::new(detail));
        self
    }

    /// Says what was expected.
    #[must_use]
    pub fn with_expected(mut self, expected: Text) -> Self {
        self.expected = Some(Box::new(expected));
        self
    }

    /// Says what was given.
    #[must_use]
    pub fn with_got(mut self, got: impl Into<String>) -> Self {
        self.got = Some(shorten(got.into()));
        self
    }

    /// Adds a hint.
    #[must_use]
    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(Box::new(help));
        self
    }

    /// The message in `lang`: what is wrong, then what was expected and what was given. No
    /// path (surfaces show it apart; [`Display`](fmt::Display) puts it first).
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let mut out = String::new();
        out.push_str(self.problem.label(lang));
        if let Some(d) = &self.detail {
            out.push_str(match lang {
                Lang::Zh => ":",
                Lang::Ko | Lang::En => ": ",
            });
            out.push_str(d.get(lang));
        }
        if let Some(e) = &self.expected {
            out.push_str(match lang {
                Lang::Zh => ";应为",
                Lang::Ko => "; 기대: ",
                Lang::En => "; expected ",
            });
            out.push_str(e.get(lang));
        }
        if let Some(g) = &self.got {
            out.push_str(match lang {
                Lang::Zh => ";实际为 ",
                Lang::Ko => "; 입력: ",
                Lang::En => "; got ",
            });
            out.push_str(g);
        }
        out
    }

    /// The help in `lang`: the error's own, else its problem's.
    #[must_use]
    pub fn help(&self, lang: Lang) -> String {
        match &self.help {
            Some(h) => h.get(lang).into(),
            None => self.problem.default_help().pick(lang).into(),
        }
    }

    /// The error in one language, as every surface shows it.
    #[must_use]
    pub fn view(&self, lang: Lang) -> ErrorView {
        ErrorView {
            code: self.code,
            problem: self.problem,
            path: self.path.clone(),
            message: self.message(lang),
            expected: self.expected.as_ref().map(|e| e.get(lang).into()),
            got: self.got.clone(),
            help: self.help(lang),
            lang,
        }
    }
}

/// `s` as a JSON string (quotes, backslashes and control characters escaped), the form `got`
/// shows a text in; no serde needed.
#[must_use]
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                use core::fmt::Write;
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Cuts a quoted value past 80 characters (a person reads it; the path says where it is).
pub(crate) fn shorten(s: String) -> String {
    const MAX: usize = 80;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => {
            let mut short: String = s.get(..cut).unwrap_or_default().into();
            short.push('…');
            short
        }
        None => s,
    }
}

/// An error in one language (the JSON form of every error: the package's `DevzoneError`, the
/// CLI's `--json` errors, the vectors' `expectError`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct ErrorView {
    /// Stable code: which part of the call is wrong.
    pub code: ErrorCode,
    /// Stable code: what is wrong.
    pub problem: Problem,
    /// The offending field's path; empty when none.
    pub path: String,
    /// What is wrong, with what was expected and what was given.
    pub message: String,
    /// What was expected.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub expected: Option<String>,
    /// What was given.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub got: Option<String>,
    /// How to fix it.
    pub help: String,
    /// The language of `message`, `expected` and `help`.
    pub lang: Lang,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message(Lang::En))
        } else {
            write!(f, "{}: {}", self.path, self.message(Lang::En))
        }
    }
}

impl core::error::Error for Error {}

/// An error raised inside a `Deserialize` impl of the core's own types (dates, amounts, whole
/// numbers), passed through serde's `Error::custom`: written plainly (`{}`) it is the English
/// message any deserializer shows; written with `{:#}` it is a tagged form the boundary's own
/// deserializer (`strict.rs`) reads back into a structured, trilingual [`Error`]. Only with
/// serde (the `serde` feature): without it nothing is deserialized.
#[cfg(feature = "serde")]
pub(crate) struct Complaint {
    /// What is wrong.
    pub problem: Problem,
    /// The words.
    pub detail: Text,
    /// What was expected.
    pub expected: Option<Text>,
    /// What was given, as JSON.
    pub got: Option<String>,
}

/// Separates the parts of a [`Complaint`]'s tagged form.
#[cfg(feature = "serde")]
pub(crate) const TAG: char = '\u{0}';

#[cfg(feature = "serde")]
impl fmt::Display for Complaint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            let none = Text::default();
            let e = self.expected.as_ref().unwrap_or(&none);
            let d = &self.detail;
            write!(
                f,
                "{TAG}{}{TAG}{}{TAG}{}{TAG}{}{TAG}{}{TAG}{}{TAG}{}{TAG}{}",
                self.problem.as_str(),
                d.zh,
                d.ko,
                d.en,
                e.zh,
                e.ko,
                e.en,
                self.got.as_deref().unwrap_or_default()
            )
        } else {
            f.write_str(&self.detail.en)?;
            if let Some(e) = &self.expected {
                write!(f, ", expected {}", e.en)?;
            }
            Ok(())
        }
    }
}

#[cfg(feature = "serde")]
impl Complaint {
    /// Reads back the tagged form written by `{:#}`; `None` for any other message.
    pub(crate) fn read(tagged: &str) -> Option<Self> {
        let rest = tagged.strip_prefix(TAG)?;
        let parts: alloc::vec::Vec<&str> = rest.split(TAG).collect();
        let [problem, dzh, dko, den, ezh, eko, een, got] = parts.as_slice() else {
            return None;
        };
        let text = |zh: &str, ko: &str, en: &str| Text {
            zh: zh.into(),
            ko: ko.into(),
            en: en.into(),
        };
        Some(Self {
            problem: problem.parse().ok()?,
            detail: text(dzh, dko, den),
            expected: (!een.is_empty()).then(|| text(ezh, eko, een)),
            got: (!got.is_empty()).then(|| String::from(*got)),
        })
    }
}

/// What serde's and the core's visitors expect (their `expecting` text, in English), in the
/// three languages. A list of names (`one of `A`, `B``) keeps its names.
#[must_use]
pub fn expectation(en: &str) -> Text {
    const KNOWN: &[(&str, &str, &str)] = &[
        ("a boolean", "布尔值 true 或 false", "불 값 true 또는 false"),
        ("a string", "文本(字符串)", "문자렬"),
        ("a borrowed string", "文本(字符串)", "문자렬"),
        ("a sequence", "列表 […]", "목록 […]"),
        ("a map", "对象 {…}", "객체 {…}"),
        ("a whole number ≥ 0", "不小于 0 的整数", "0 이상의 옹근수"),
        (
            "a year from 1 to 9999",
            "1 至 9999 之间的年份",
            "1부터 9999까지의 년도",
        ),
        (
            "a date string `YYYY-MM-DD`",
            "格式为 `YYYY-MM-DD` 的日期文本",
            "`YYYY-MM-DD` 형식의 날자 문자렬",
        ),
        (
            "a calendar date `YYYY-MM-DD`",
            "格式为 `YYYY-MM-DD` 的日历日期",
            "`YYYY-MM-DD` 형식의 실제 날자",
        ),
        (
            crate::money::MONEY_EXPECTED,
            "以元为单位、最多两位小数的十进制文本,如 \"1000000.00\"",
            "원 단위, 소수점 아래 두 자리까지의 십진수 문자렬(례: \"1000000.00\")",
        ),
        (
            crate::money::RATIO_EXPECTED,
            "0 至 1 之间、最多 9 位小数的十进制文本,如 \"0.005\"",
            "0부터 1까지, 소수점 아래 9자리까지의 십진수 문자렬(례: \"0.005\")",
        ),
        (
            crate::money::AREA_EXPECTED,
            "以平方米为单位、最多两位小数的十进制文本,如 \"1200.50\"",
            "평방메터 단위, 소수점 아래 두 자리까지의 십진수 문자렬(례: \"1200.50\")",
        ),
        (
            crate::money::SCORE_EXPECTED,
            "最多 9 位小数的十进制分数文本,如 \"87.5\"",
            "소수점 아래 9자리까지의 십진수 점수 문자렬(례: \"87.5\")",
        ),
        ("unit", "null", "null"),
    ];
    // Serde's names of number types, in words (`u32` means nothing to an official).
    match en {
        "u8" | "u16" | "u32" | "u64" => {
            return expectation("a whole number ≥ 0");
        }
        "i32" | "i64" => {
            return Text {
                zh: "整数".into(),
                ko: "옹근수".into(),
                en: "a whole number".into(),
            };
        }
        _ => {}
    }
    if let Some((e, zh, ko)) = KNOWN.iter().find(|(e, _, _)| *e == en) {
        return Text {
            zh: (*zh).into(),
            ko: (*ko).into(),
            en: (*e).into(),
        };
    }
    if let Some(list) = en.strip_prefix("one of ") {
        return Text {
            zh: alloc::format!("以下之一:{list}"),
            ko: alloc::format!("다음 가운데 하나: {list}"),
            en: en.into(),
        };
    }
    Text::same(en)
}

/// A list of names as the messages show them: `` `a`, `b`, `c` ``.
#[must_use]
pub fn name_list(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(n);
        out.push('`');
    }
    out
}
