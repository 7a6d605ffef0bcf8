//! Why a command could not do its work, with a stable code: the library's
//! ([`hoinghi::Error::code`]: `json-shape`, `input-too-large`, `attendance-invalid`, …)
//! for what the library refuses, and the command's own ([`CLI_CODES`]) for the
//! rest. Every failure exits with [`Fail::EXIT`] (2); it is told on standard error as
//! `hoinghi: MESSAGE [CODE]` and, with `check --format json`, also on standard output
//! as `{"error": {"code", "message", "path"?, "file"?}}`.

use std::io::Write;
use std::path::Path;

/// The codes the command adds to the library's.
pub(crate) const CLI_CODES: &[&str] = &[
    // The arguments do not make sense together (no rule given, an unknown rule code).
    "usage",
    // A file or standard input could not be read.
    "input-unreadable",
    // A file or standard output could not be written.
    "output-failed",
];

/// A failure: exit code [`Fail::EXIT`].
#[derive(Debug)]
pub(crate) struct Fail {
    /// The stable code.
    pub(crate) code: &'static str,
    /// What went wrong, for people.
    pub(crate) message: String,
    /// The JSON pointer the failure is about, when the library gives one.
    pub(crate) path: Option<String>,
    /// The input it is about ("standard input" for `-`).
    pub(crate) file: Option<String>,
}

impl Fail {
    /// The exit code of every failure (1 is a plan with errors, or a quorum not met).
    pub(crate) const EXIT: u8 = 2;

    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Self {
        debug_assert!(
            CLI_CODES.contains(&code) || hoinghi::Error::CODES.contains(&code),
            "{code}"
        );
        Self {
            code,
            message: message.into(),
            path: None,
            file: None,
        }
    }

    /// Arguments that do not make sense.
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self::new("usage", message)
    }

    /// Output that could not be written.
    pub(crate) fn output(message: impl Into<String>) -> Self {
        Self::new("output-failed", message)
    }

    /// What the library refused in the input `path` ("FILE: message").
    pub(crate) fn input(path: &Path, error: impl Into<hoinghi::Error>) -> Self {
        let file = crate::named(path);
        let mut fail = Self::from(error.into());
        fail.message = format!("{file}: {}", fail.message);
        fail.file = Some(file);
        fail
    }

    /// A problem of the input `path` that the command finds itself.
    pub(crate) fn at(path: &Path, code: &'static str, message: impl Into<String>) -> Self {
        let mut fail = Self::new(code, message);
        fail.file = Some(crate::named(path));
        fail
    }

    /// The failure as JSON: `{"error": {"code", "message", "path"?, "file"?}}`.
    pub(crate) fn json(&self) -> serde_json::Value {
        let mut error = serde_json::Map::new();
        error.insert("code".to_owned(), self.code.into());
        error.insert("message".to_owned(), self.message.as_str().into());
        if let Some(path) = &self.path {
            error.insert("path".to_owned(), path.as_str().into());
        }
        if let Some(file) = &self.file {
            error.insert("file".to_owned(), file.as_str().into());
        }
        serde_json::json!({ "error": error })
    }

    /// Tells the failure: on standard error, and as JSON on standard output when asked.
    pub(crate) fn tell(&self, json: bool) {
        crate::note(&format!(
            "hoinghi: {} [{}]",
            crate::terminal::shown(&self.message),
            self.code
        ));
        if json {
            let mut out = std::io::stdout().lock();
            // Nothing is left to report a failure to write this to.
            let _ = writeln!(out, "{:#}", self.json()).and_then(|()| out.flush());
        }
    }
}

impl From<hoinghi::Error> for Fail {
    fn from(e: hoinghi::Error) -> Self {
        Self {
            code: e.code(),
            message: e.to_string(),
            path: e.path().map(str::to_owned),
            file: None,
        }
    }
}

impl From<hoinghi::quorum::QuorumError> for Fail {
    fn from(e: hoinghi::quorum::QuorumError) -> Self {
        hoinghi::Error::from(e).into()
    }
}

impl From<serde_json::Error> for Fail {
    fn from(e: serde_json::Error) -> Self {
        Self::output(format!("cannot write JSON: {e}"))
    }
}

impl crate::Cli {
    /// Whether failures are also told as JSON (`check --format json`).
    pub(crate) fn wants_json(&self) -> bool {
        matches!(
            self.command,
            crate::Command::Check {
                format: crate::Output::Json,
                ..
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_errors_keep_their_code_and_pointer() {
        let e =
            hoinghi::json::from_str(r#"{"schemaVersion":1,"header":{"colour":1}}"#).unwrap_err();
        let fail = Fail::input(Path::new("-"), e);
        assert_eq!(fail.code, "json-shape");
        assert_eq!(fail.path.as_deref(), Some("/header/colour"));
        assert!(
            fail.message.starts_with("standard input: "),
            "{}",
            fail.message
        );
        let json = fail.json();
        assert_eq!(json["error"]["code"], "json-shape");
        assert_eq!(json["error"]["file"], "standard input");
    }

    #[test]
    fn the_command_codes_are_not_the_library_codes() {
        for code in CLI_CODES {
            assert!(!hoinghi::Error::CODES.contains(code), "{code}");
        }
    }
}
