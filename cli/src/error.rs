//! What can go wrong in the CLI, how it is printed, and which exit code it gives.
//!
//! Rule, input and option errors are the core's [`Error`] (printed with its `Display`, so the CLI
//! says exactly what the JSON API and the npm package say) and exit with 2; reading or writing a
//! file fails with 1 and names the file.

use std::fmt;
use std::process::ExitCode;

use devzone_rules::error::{Error, ErrorCode};

/// A failure of one `devzone` run.
#[derive(Debug)]
pub enum CliError {
    /// Bad input, options, command-line value or rule id (exit code 2).
    Invalid(Error),
    /// A file or stream could not be read or written (exit code 1).
    Io {
        /// What was being read or written, already quoted, e.g. ``cannot read `in.json` ``.
        action: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
}

impl CliError {
    /// A bad command-line value: `flag` is the path shown before the message (`--issued`).
    pub fn usage(flag: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid(Error::new(ErrorCode::InvalidInput, flag, message))
    }

    /// A bad command-line option value (language, format, parameters file).
    pub fn bad_option(flag: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid(Error::new(ErrorCode::InvalidOptions, flag, message))
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

/// `error: <message>` and, when the core has a hint, a second line `help: <hint>`.
impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Invalid(e) => {
                write!(f, "error: {e}")?;
                if let Some(help) = &e.help {
                    write!(f, "\nhelp: {help}")?;
                }
                Ok(())
            }
            Self::Io { action, source } => write!(f, "error: {action}: {source}"),
        }
    }
}
