//! What can go wrong in the CLI, how it is printed, and which exit code it gives.
//!
//! Rule, input and option errors are the core's [`Error`] (printed with its `Display`, so the CLI
//! says exactly what the JSON API and the npm package say) and exit with 2; reading or writing a
//! file fails with 1 and names the file.

use std::fmt;
use std::process::ExitCode;

use devzone_rules::error::{Error, ErrorCode, Problem, Text};
use devzone_rules::Lang;

/// A failure of one `devzone` run.
#[derive(Debug)]
pub enum CliError {
    /// Bad input, options, command-line value or rule id (exit code 2).
    Invalid(Error),
    /// A file or stream could not be read or written (exit code 1).
    Io {
        /// What was being read or written, already quoted, e.g. ``cannot read `in.json` ``.
        action: Text,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

impl CliError {
    /// A bad command-line value: `flag` is the path shown before the message (`--issued`).
    pub fn usage(flag: impl Into<String>, problem: Problem, detail: Text) -> Self {
        Self::Invalid(Error::new(ErrorCode::InvalidInput, problem, flag).with_detail(detail))
    }

    /// A bad command-line option value (language, format, parameters file).
    pub fn bad_option(flag: impl Into<String>, problem: Problem, detail: Text) -> Self {
        Self::Invalid(Error::new(ErrorCode::InvalidOptions, problem, flag).with_detail(detail))
    }

    /// The error as printed, in `lang`: `错误: <path>: <message>` and a line `提示: <help>`.
    pub fn render(&self, lang: Lang) -> String {
        let (error, help) = match lang {
            Lang::Zh => ("错误", "提示"),
            Lang::Ko => ("오류", "도움말"),
            Lang::En => ("error", "help"),
        };
        match self {
            Self::Invalid(e) => {
                let v = e.view(lang);
                let at = if v.path.is_empty() {
                    String::new()
                } else {
                    format!("{}: ", v.path)
                };
                format!("{error}: {at}{}\n{help}: {}", v.message, v.help)
            }
            Self::Io { action, source } => {
                format!("{error}: {}: {}", action.get(lang), io_reason(source, lang))
            }
        }
    }

    /// The process exit code: 2 for anything invalid, 1 for I/O.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::Invalid(_) => ExitCode::from(2),
            Self::Io { .. } => ExitCode::from(1),
        }
    }
}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        Self::Invalid(e)
    }
}

/// [`CliError::render`] in English.
impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A text in the three languages.
pub fn text(zh: impl Into<String>, ko: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        zh: zh.into(),
        ko: ko.into(),
        en: en.into(),
    }
}

/// The operating system's reason in `lang`: in Chinese or Korean for the common kinds (no such
/// file, no permission, not a file, not UTF-8), with the system's own words beside them so
/// nothing is lost; the system's words alone otherwise (in English, as it gives them).
fn io_reason(source: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    let said = match source.kind() {
        K::NotFound => Some(("文件不存在", "그런 파일이 없습니다")),
        K::PermissionDenied => Some(("没有权限", "권한이 없습니다")),
        K::IsADirectory => Some(("不是文件", "파일이 아닙니다")),
        K::InvalidData => Some(("不是 UTF-8 文本", "UTF-8 본문이 아닙니다")),
        _ => None,
    };
    match (said, lang) {
        (Some((zh, _)), Lang::Zh) => format!("{zh}({source})"),
        (Some((_, ko)), Lang::Ko) => format!("{ko}({source})"),
        _ => source.to_string(),
    }
}
