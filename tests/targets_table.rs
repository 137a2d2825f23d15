//! The `targets` table (`jixiao.parse_targets`): the target grammar over a user's own
//! values gives, row for row, what a parse gives the same values in a filing, in input
//! order whatever the pool, with a missing value read as an empty target.

use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::Float64Type;
use arrow_array::{Array, RecordBatch};
use jixiao::export::{schemas, targets_table, TARGETS_BATCH};
use jixiao::extract::target::TargetContext;
use jixiao::{Indicator, ParseOptions, Target};

fn s(b: &RecordBatch, col: &str, row: usize) -> Option<String> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_string::<i32>();
    a.is_valid(row).then(|| a.value(row).to_string())
}

fn f(b: &RecordBatch, col: &str, row: usize) -> Option<f64> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_primitive::<Float64Type>();
    a.is_valid(row).then(|| a.value(row))
}

/// The target a row of the table holds, rebuilt through the record's own serde shape.
fn row_target(b: &RecordBatch, row: usize) -> serde_json::Value {
    serde_json::json!({
        "kind": s(b, "target_kind", row),
        "op": s(b, "target_op", row),
        "value": f(b, "target_value", row),
        "max": f(b, "target_max", row),
        "unit": s(b, "target_unit", row),
        "std_value": f(b, "target_std_value", row),
        "std_unit": s(b, "target_std_unit", row),
        "date": s(b, "target_date", row),
        "direction": s(b, "target_direction", row),
    })
}

fn as_json(t: &Target) -> serde_json::Value {
    let mut v = serde_json::to_value(t).unwrap();
    for key in ["kind", "op", "value", "max", "unit", "std_value", "std_unit", "date", "direction"] {
        v.as_object_mut().unwrap().entry(key).or_insert(serde_json::Value::Null);
    }
    v
}

/// Indicators of the fixtures (every format) whose value a parse reads without the
/// date hint (not 时效, no 时间/日期 in the name), with their filing's year.
fn fixture_indicators() -> Vec<(Option<i32>, Indicator)> {
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for dir in dirs {
        let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
        paths.sort();
        for p in &paths {
            let Ok(filing) = jixiao::parse_path(p, &ParseOptions::default()) else { continue };
            for ind in filing.projects.into_iter().flat_map(|p| p.indicators) {
                if ind.level2 != "时效指标" && !ind.name.contains("时间") && !ind.name.contains("日期") {
                    out.push((filing.year, ind));
                }
            }
        }
    }
    out
}

#[test]
fn each_row_is_the_target_a_parse_reads() {
    let all = fixture_indicators();
    assert!(all.len() > 200, "the fixtures hold {} indicators", all.len());
    let mut years: Vec<Option<i32>> = all.iter().map(|(y, _)| *y).collect();
    years.sort();
    years.dedup();
    let mut compared = 0;
    for year in years {
        let mine: Vec<&Indicator> = all.iter().filter(|(y, _)| *y == year).map(|(_, i)| i).collect();
        let values: Vec<Option<String>> = mine.iter().map(|i| Some(i.value.clone())).collect();
        let batches = targets_table(&values, TargetContext { year, expect_date: false }, Some(2)).unwrap();
        let mut row = 0;
        for b in &batches {
            for r in 0..b.num_rows() {
                assert_eq!(s(b, "value", r).as_deref(), Some(mine[row].value.as_str()));
                assert_eq!(row_target(b, r), as_json(&mine[row].target), "value {:?}", mine[row].value);
                row += 1;
            }
        }
        assert_eq!(row, mine.len());
        compared += row;
    }
    assert_eq!(compared, all.len());
}

#[test]
fn order_holds_across_batches_and_threads() {
    // More values than one batch, so the pool takes several; each row names its index.
    let n = TARGETS_BATCH * 2 + 77;
    let values: Vec<Option<String>> = (0..n).map(|i| if i % 5 == 0 { None } else { Some(format!("≥{i}人次")) }).collect();
    let one = targets_table(&values, TargetContext::default(), Some(1)).unwrap();
    let two = targets_table(&values, TargetContext::default(), Some(2)).unwrap();
    assert_eq!(one, two);
    assert_eq!(two.len(), 3);
    let mut i = 0;
    for b in &two {
        for r in 0..b.num_rows() {
            if i % 5 == 0 {
                assert_eq!((s(b, "value", r), s(b, "target_kind", r)), (None, Some("empty".to_string())));
            } else {
                assert_eq!(f(b, "target_value", r), Some(i as f64));
                assert_eq!(s(b, "target_op", r).as_deref(), Some(">="));
            }
            i += 1;
        }
    }
    assert_eq!(i, n);
}

#[test]
fn context_reads_month_only_dates_and_date_numbers() {
    let values = vec![Some("12月底前".to_string()), Some("20241231".to_string())];
    let plain = targets_table(&values, TargetContext::default(), None).unwrap();
    let dated = targets_table(&values, TargetContext { year: Some(2024), expect_date: true }, None).unwrap();
    assert_eq!(s(&dated[0], "target_kind", 1).as_deref(), Some("date"));
    assert_eq!(s(&dated[0], "target_date", 1).as_deref(), Some("2024-12-31"));
    assert_ne!(s(&plain[0], "target_kind", 1).as_deref(), Some("date"));
    assert!(s(&dated[0], "target_date", 0).is_some_and(|d| d.starts_with("2024-12")), "{:?}", s(&dated[0], "target_date", 0));
}

#[test]
fn no_value_is_one_empty_batch_typed_as_the_indicators_target_columns() {
    let empty = targets_table(&[], TargetContext::default(), None).unwrap();
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].num_rows(), 0);
    let indicators = &schemas()[2];
    for field in empty[0].schema().fields().iter().skip(1) {
        let theirs = indicators.field_with_name(field.name()).unwrap();
        assert_eq!((field.data_type(), field.is_nullable()), (theirs.data_type(), theirs.is_nullable()), "{}", field.name());
    }
    assert_eq!(empty[0].schema().field(0).name(), "value");
}
