//! Helpers shared by the integration tests (a `mod common;` in each test file).

use serde_json::Value;

/// Every key of `truth` must be equal in `got` (which may have more keys). Truth level
/// labels are the printed ones, so `level1`/`level2` compare with `level1_raw`/`level2_raw`.
pub fn compare(path: &str, truth: &Value, got: &Value, diffs: &mut Vec<String>) {
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
