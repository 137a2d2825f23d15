//! TEMPORARY stub: replaced by the target grammar.
use crate::model::{Target, TargetKind};

pub struct TargetContext {
    pub year: Option<i32>,
    pub expect_date: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TargetFlags {
    pub glyph_normalized: bool,
    pub ocr_suspect: bool,
    pub placeholder: bool,
    pub excel_serial: bool,
}

pub fn parse_target(raw: &str, _ctx: &TargetContext) -> (Target, TargetFlags) {
    let kind = if raw.trim().is_empty() { TargetKind::Empty } else { TargetKind::Unparsed };
    (Target { kind, ..Default::default() }, TargetFlags::default())
}
