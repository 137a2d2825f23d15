//! The real published excerpts in ../shared/corpus/real: every one parses without an
//! error, and indicator precision/recall against ../shared/spec/truth/real stays above
//! the recorded floor. Prints a per-file table (run with `--nocapture` to see it).
//!
//! An indicator matches when its name and its value (white space removed) both equal
//! a truth indicator's; each truth indicator matches at most once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jixiao::{parse_path, ParseOptions};
use serde_json::Value;

/// Raise these when the layout engine improves (issue-worthy work of its own).
const PRECISION_FLOOR: f64 = 0.95;
const RECALL_FLOOR: f64 = 0.98;
const F1_FLOOR: f64 = 0.98;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.join("spec/truth/real").is_dir().then_some(p)
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn key(name: &str, value: &str) -> (String, String) {
    (squeeze(name), squeeze(value))
}

#[test]
fn real_excerpts_parse_and_meet_the_precision_recall_floor() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/spec/truth/real is not present beside the repository");
        return;
    };
    let mut truths: Vec<PathBuf> = std::fs::read_dir(shared.join("spec/truth/real"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    truths.sort();
    assert!(truths.len() >= 13, "expected the 13 real excerpts, found {}", truths.len());
    let (mut tp, mut fp, mut fnn) = (0usize, 0usize, 0usize);
    println!("{:<55} {:>4} {:>4} {:>4}", "file", "tp", "fp", "fn");
    for truth_path in &truths {
        let stem = truth_path.file_stem().unwrap().to_string_lossy().to_string();
        let truth: Value = serde_json::from_str(&std::fs::read_to_string(truth_path).unwrap()).unwrap();
        let filing =
            parse_path(&shared.join(format!("corpus/real/{stem}.txt")), &ParseOptions::default()).unwrap_or_else(|e| panic!("{stem}: {e}"));
        let mut want: HashMap<(String, String), usize> = HashMap::new();
        for p in truth["projects"].as_array().unwrap() {
            for i in p["indicators"].as_array().unwrap() {
                *want.entry(key(i["name"].as_str().unwrap(), i["value"].as_str().unwrap())).or_default() += 1;
            }
        }
        let total_truth: usize = want.values().sum();
        let (mut f_tp, mut f_fp) = (0, 0);
        for ind in filing.projects.iter().flat_map(|p| &p.indicators) {
            match want.get_mut(&key(&ind.name, &ind.value)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    f_tp += 1;
                }
                _ => f_fp += 1,
            }
        }
        let f_fn = total_truth - f_tp;
        println!("{stem:<55} {f_tp:>4} {f_fp:>4} {f_fn:>4}");
        tp += f_tp;
        fp += f_fp;
        fnn += f_fn;
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fnn).max(1) as f64;
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    println!("overall: precision {precision:.3}  recall {recall:.3}  F1 {f1:.3}  (tp {tp}, fp {fp}, fn {fnn})");
    assert!(precision >= PRECISION_FLOOR, "precision {precision:.3} fell below the floor {PRECISION_FLOOR}");
    assert!(recall >= RECALL_FLOOR, "recall {recall:.3} fell below the floor {RECALL_FLOOR}");
    assert!(f1 >= F1_FLOOR, "F1 {f1:.3} fell below the floor {F1_FLOOR}");
}

/// The filing's year and each project's name, department, money unit and funds agree
/// with the truth of every real excerpt (funds compared as numbers).
#[test]
fn real_excerpts_match_their_truth_fields() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/spec/truth/real is not present beside the repository");
        return;
    };
    let mut checked = 0;
    for entry in std::fs::read_dir(shared.join("spec/truth/real")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let truth: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let file = truth["file"].as_str().unwrap();
        let f = parse_path(&shared.join("corpus/real").join(file), &ParseOptions::default()).unwrap();
        assert_eq!(f.year.map(i64::from), truth["year"].as_i64(), "{file}: year");
        let want = truth["projects"].as_array().unwrap();
        assert_eq!(f.projects.len(), want.len(), "{file}: projects");
        for (p, t) in f.projects.iter().zip(want) {
            assert_eq!(p.name.as_deref(), t["name"].as_str(), "{file}: name");
            assert_eq!(p.department.as_deref(), t["department"].as_str(), "{file}: department");
            assert_eq!(p.money_unit.as_deref(), t["money_unit"].as_str(), "{file}: money unit");
            let annual = p.funds.annual.as_ref();
            assert_eq!(annual.and_then(|a| a.total), t["funds_annual_total"].as_f64(), "{file}: annual total");
            assert_eq!(annual.and_then(|a| a.fiscal), t["funds_annual_fiscal"].as_f64(), "{file}: annual fiscal");
            assert_eq!(p.funds.midterm.as_ref().and_then(|m| m.total), t["funds_midterm_total"].as_f64(), "{file}: midterm total");
        }
        checked += 1;
    }
    assert!(checked >= 13, "expected the 13 real excerpts, checked {checked}");
}
