//! Golden test: the four seed filings parse exactly to the hand-made truth in
//! ../shared/spec/truth (every field the truth has). Skips, saying why, when
//! ../shared is not beside the repository.

use std::path::{Path, PathBuf};

use jixiao::{parse_path, ParseOptions};
use serde_json::Value;

mod common;
use common::compare;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.join("spec/truth").is_dir().then_some(p)
}

fn check_seed(stem: &str) {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/spec/truth is not present beside the repository");
        return;
    };
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(shared.join(format!("spec/truth/{stem}.json"))).unwrap()).unwrap();
    let filing = parse_path(&shared.join(format!("corpus/seeds/{stem}.txt")), &ParseOptions::default()).unwrap();
    let got = serde_json::to_value(&filing).unwrap();
    let mut diffs = Vec::new();
    compare("filing", &truth, &got, &mut diffs);
    assert!(diffs.is_empty(), "{stem}: {} differences from the truth:\n{}", diffs.len(), diffs.join("\n"));
}

#[test]
fn seed_000_side_by_side_midterm_and_annual() {
    check_seed("000_745e885c1d9c7d4d");
}

#[test]
fn seed_001_single_year_tab_rows() {
    check_seed("001_3c5feb4450205158");
}

#[test]
fn seed_002_cell_per_line_with_descriptions() {
    check_seed("002_f456bd2ab518867e");
}

#[test]
fn seed_004_department_goals_spend_plan_and_truncation() {
    check_seed("004_2a810ef67890c9d0");
}
