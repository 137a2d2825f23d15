//! Golden test: the four seed filings parse exactly to the hand-made truth in
//! ../shared/spec/truth (every field the truth has). Skips, saying why, when
//! ../shared is not beside the repository.

use std::path::{Path, PathBuf};

use jixiao::{parse_path, ParseOptions};
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.join("spec/truth").is_dir().then_some(p)
}

/// Every key of `truth` must be equal in `got` (which may have more keys). Truth level
/// labels are the printed ones, so `level1`/`level2` compare with `level1_raw`/`level2_raw`.
fn compare(path: &str, truth: &Value, got: &Value, diffs: &mut Vec<String>) {
    match (truth, got) {
        (Value::Object(t), Value::Object(g)) => {
            for (k, tv) in t {
                if k == "notes" || k == "file" {
                    continue;
                }
                let gk = match k.as_str() {
                    "level1" if g.contains_key("level1_raw") => "level1_raw",
                    "level2" if g.contains_key("level2_raw") => "level2_raw",
                    other => other,
                };
                match g.get(gk) {
                    Some(gv) => compare(&format!("{path}.{k}"), tv, gv, diffs),
                    None => diffs.push(format!("{path}.{k}: missing (truth {tv})")),
                }
            }
        }
        (Value::Array(t), Value::Array(g)) => {
            if t.len() != g.len() {
                diffs.push(format!("{path}: {} items, truth has {}", g.len(), t.len()));
            }
            for (i, (tv, gv)) in t.iter().zip(g).enumerate() {
                compare(&format!("{path}[{i}]"), tv, gv, diffs);
            }
        }
        (Value::Number(t), Value::Number(g)) => {
            if (t.as_f64().unwrap() - g.as_f64().unwrap()).abs() > 1e-9 {
                diffs.push(format!("{path}: {g} != truth {t}"));
            }
        }
        (t, g) => {
            if t != g {
                diffs.push(format!("{path}: {g} != truth {t}"));
            }
        }
    }
}

fn check_seed(stem: &str) {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/spec/truth is not present beside the repository");
        return;
    };
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join(format!("spec/truth/{stem}.json"))).unwrap()).unwrap();
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
