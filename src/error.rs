//! The one error type of the core. The Python layer maps each variant to a
//! `jixiao.JixiaoError` subclass that also derives from the matching built-in.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no such file: {0}")]
    NotFound(PathBuf),
    #[error("is a directory, not a filing: {0} (use jixiao.read for folders)")]
    IsADirectory(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("input is empty")]
    Empty,
    #[error("input is {size} bytes, above the limit of {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("cannot decode the text as {encoding}: {detail}")]
    Decode { encoding: String, detail: String },
    #[error("unknown encoding label: {0:?}")]
    UnknownEncoding(String),
    #[error("unknown format {0:?}; expected one of: text, docx, xlsx, xls, html, pdf")]
    UnknownFormat(String),
    #[error("input looks binary ({0}), not a text filing")]
    Binary(String),
    #[error("format {0} is not readable yet")]
    Unsupported(String),
    /// A zip package (DOCX/XLSX) inflates past the cap: counted while inflating, never
    /// taken from the sizes the archive claims.
    #[error("{format} unpacks to more than {limit} bytes (zip bomb?)")]
    ZipBomb { format: String, limit: u64 },
    /// Any other cap of [`crate::read::Limits`]: zip entries, XML/HTML nesting, cells.
    #[error("{format}: {what} exceeds the limit of {limit}")]
    Limit { format: String, what: String, limit: u64 },
    /// The file claims a format but its bytes are broken (truncated, corrupt).
    #[error("malformed {format} file: {detail}")]
    Malformed { format: String, detail: String },
    /// A zip archive of files (a department's attachments), not one filing.
    #[error(
        "a zip archive of {members} files ({names}), not one filing: jixiao.read opens archives, \
         each member a filing; to parse one member, give its path inside the archive (archive.zip/member)"
    )]
    Archive { members: usize, names: String },
}

impl Error {
    /// Stable short name of the variant, for tables and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::NotFound(_) => "not_found",
            Error::IsADirectory(_) => "is_a_directory",
            Error::Io { .. } => "io",
            Error::Empty => "empty",
            Error::TooLarge { .. } => "too_large",
            Error::Decode { .. } => "decode",
            Error::UnknownEncoding(_) => "unknown_encoding",
            Error::UnknownFormat(_) => "unknown_format",
            Error::Binary(_) => "binary",
            Error::Unsupported(_) => "unsupported",
            Error::ZipBomb { .. } => "zip_bomb",
            Error::Limit { .. } => "limit",
            Error::Malformed { .. } => "malformed",
            Error::Archive { .. } => "archive",
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// The message for a caught panic (a bug): its payload is a `&str` or a `String` when
/// it came from `panic!`/`expect`.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic payload".to_string());
    format!("jixiao panicked: {what}; this is a bug, please report it with the input")
}
