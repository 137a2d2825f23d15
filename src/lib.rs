//! jixiao (绩效) — read Chinese project-expenditure performance target tables
//! (项目支出绩效目标表) into tidy records, and check them.
//!
//! The pipeline is visible in the modules: [`read`] (bytes → cells) → [`layout`]
//! (cells → tables) → [`extract`] (values → meaning) → [`validate`] (records →
//! diagnostics); [`pipeline`] runs them for one document.

pub mod batch;
pub mod chars;
pub mod error;
pub mod export;
pub mod extract;
pub mod layout;
pub mod model;
pub mod pipeline;
pub mod read;
pub mod validate;

#[cfg(feature = "python")]
mod python;

pub use batch::{expand, read_chunks, read_many, BatchOptions, Cancelled, FilingRecord, ReadError};
pub use error::{Error, Result};
pub use export::{tables, Tables};
pub use model::{Diagnostic, Filing, Indicator, Project, Target};
pub use pipeline::{parse_bytes, parse_path, parse_text, ParseOptions};
pub use read::Format;
