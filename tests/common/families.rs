//! Helpers of the layout-family tests (a `#[path]` module in each): parse a text
//! and read its indicators back as tuples.
#![allow(dead_code)]

use jixiao::{parse_text, Filing, Indicator, ParseOptions};

pub fn parse(text: &str) -> Filing {
    parse_text(text, &ParseOptions::default())
}

pub fn all(f: &Filing) -> Vec<&Indicator> {
    f.projects.iter().flat_map(|p| &p.indicators).collect()
}

/// (level1, level2, name, value) of every indicator.
pub fn rows(f: &Filing) -> Vec<(String, String, String, String)> {
    all(f).into_iter().map(|i| (i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone())).collect()
}

pub fn expect(rows: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String, String)> {
    rows.iter().map(|r| (r.0.to_string(), r.1.to_string(), r.2.to_string(), r.3.to_string())).collect()
}

pub fn show(f: &Filing) -> String {
    let mut s = String::new();
    for p in &f.projects {
        s.push_str(&format!("P name={:?} dept={:?} goal={:?} funds={:?}\n", p.name, p.department, p.goals.annual, p.funds.annual));
        for i in &p.indicators {
            s.push_str(&format!(
                "  {} | {} | {} | {} | desc={:?} basis={:?} pol={:?} score={:?} remark={:?} scoring={:?} per={:?} kind={} line={}\n",
                i.level1,
                i.level2,
                i.name,
                i.value,
                i.description,
                i.basis,
                i.polarity,
                i.score,
                i.remark,
                i.scoring,
                i.period,
                i.target.kind.as_str(),
                i.line
            ));
        }
    }
    for d in &f.diagnostics {
        s.push_str(&format!("  D {} {} {:?}\n", d.code, d.message, d.snippet));
    }
    s
}

/// The cells a parse left unplaced (the snippets of its S005 findings).
pub fn s005(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect()
}
