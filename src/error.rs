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
    #[error("unknown format {0:?}; expected one of: text")]
    UnknownFormat(String),
    #[error("input looks binary ({0}), not a text filing")]
    Binary(String),
    #[error("format {0} is not readable yet")]
    Unsupported(String),
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
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
