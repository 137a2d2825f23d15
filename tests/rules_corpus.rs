//! The rules on the shared corpus: the findings the seeds must produce (code, project,
//! indicator, line), no error a careful reader would call false on the seeds, and no
//! rule panicking on any file, whatever the settings. Skips when ../shared is absent.

use std::path::{Path, PathBuf};

use jixiao::validate::{Framework, RuleSettings};
use jixiao::{parse_path, Diagnostic, Filing, ParseOptions};

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    p.join("seeds").is_dir().then_some(p)
}

fn seed(stem: &str) -> Option<Filing> {
    let Some(dir) = corpus() else {
        eprintln!("skipped: ../shared/corpus is not present beside the repository");
        return None;
    };
    let path = std::fs::read_dir(dir.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(stem))
        .unwrap();
    Some(parse_path(&path, &ParseOptions::default()).unwrap())
}

/// (project, indicator, line) of the findings with this code.
fn at(f: &Filing, code: &str) -> Vec<(Option<usize>, Option<usize>, Option<usize>)> {
    f.diagnostics.iter().filter(|d| d.code == code).map(|d| (d.project, d.indicator, d.line)).collect()
}

fn indicator(f: &Filing, p: usize, name: &str, nth: usize) -> usize {
    f.projects[p].indicators.iter().enumerate().filter(|(_, i)| i.name == name).nth(nth).unwrap().0
}

fn errors(f: &Filing) -> Vec<&Diagnostic> {
    f.diagnostics.iter().filter(|d| d.severity == jixiao::model::Severity::Error).collect()
}

#[test]
fn seed_000_empty_value_growth_targets_and_missing_midterm_indicator() {
    let Some(f) = seed("000") else { return };
    // V001: 医保重要政策知晓率, project 5, has no 中期 value (line 174).
    assert_eq!(at(&f, "V001"), [(Some(4), Some(10), Some(174))]);
    assert_eq!(f.projects[4].indicators[10].name, "医保重要政策知晓率");
    // V011 and C002: 医保费报销水平同比增幅, project 3, ≥0% (中期) vs ≥100% (年度), line 106.
    let (mid, annual) = (indicator(&f, 2, "医保费报销水平同比增幅", 0), indicator(&f, 2, "医保费报销水平同比增幅", 1));
    let v011 = at(&f, "V011");
    assert!(v011.contains(&(Some(2), Some(mid), Some(106))) && v011.contains(&(Some(2), Some(annual), Some(106))), "{v011:?}");
    assert_eq!(at(&f, "C002"), [(Some(2), Some(annual), Some(106))]);
    // C001: 全市医保业务标准化建设执行率, project 1, annual only (line 23).
    let c001 = at(&f, "C001");
    assert!(c001.contains(&(Some(0), Some(indicator(&f, 0, "全市医保业务标准化建设执行率", 0)), Some(23))), "{c001:?}");
    // The one error is the empty value.
    assert_eq!(errors(&f).len(), 1, "{:#?}", errors(&f));
}

#[test]
fn seed_001_wan_header_framework_b_and_satisfaction_words() {
    let Some(f) = seed("001") else { return };
    let f004 = at(&f, "F004");
    let starts: Vec<_> = f.projects.iter().enumerate().map(|(i, p)| (Some(i), None, Some(p.lines[0]))).collect();
    assert_eq!(f004, starts);
    assert_eq!(f004.len(), 6);
    assert!(f.diagnostics.iter().filter(|d| d.code == "F004").all(|d| d.message.contains("likely unit: 元")));
    let t005: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "T005").collect();
    assert!(t005.len() == 1 && t005[0].message.contains("framework B"), "{t005:#?}");
    // V008: 政策知晓率 = 普遍知晓 (project 2, line 41), 工作满意度 = 满意 (project 3, line 61).
    assert_eq!(at(&f, "V008"), [(Some(1), Some(5), Some(41)), (Some(2), Some(5), Some(61))]);
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
}

#[test]
fn seed_002_cost_target_above_a_1000_yuan_budget() {
    let Some(f) = seed("002") else { return };
    assert_eq!(at(&f, "F007"), [(Some(1), Some(indicator(&f, 1, "设备均价", 0)), Some(121))]);
    assert_eq!(f.projects[1].funds.annual.as_ref().unwrap().total, Some(1000.0));
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
}

#[test]
fn seed_004_cut_off_project_and_disbursement_rate_as_cost() {
    let Some(f) = seed("004") else { return };
    assert_eq!(at(&f, "S004"), [(Some(4), None, Some(517))]);
    let v009 = at(&f, "V009");
    assert!(v009.contains(&(Some(0), Some(indicator(&f, 0, "各种费用拨付率", 0)), Some(123))), "{v009:?}");
    assert_eq!(v009.len(), 4);
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
}

#[test]
fn no_rule_panics_on_any_corpus_file_whatever_the_settings() {
    let Some(dir) = corpus() else {
        eprintln!("skipped: ../shared/corpus is not present beside the repository");
        return;
    };
    let settings = [
        RuleSettings::default(),
        RuleSettings::default().framework(Some(Framework::A)),
        RuleSettings::default().framework(Some(Framework::B)).satisfaction_min(100.0).unwrap().quantified_min(1.0).unwrap(),
        RuleSettings::default().satisfaction_min(0.0).unwrap().quantified_min(0.0).unwrap(),
    ];
    let mut files = 0;
    for sub in ["seeds", "real"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            files += 1;
            for rules in &settings {
                let opts = ParseOptions { rules: rules.clone(), ..ParseOptions::default() };
                let f = parse_path(&path, &opts).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                for d in &f.diagnostics {
                    // Every finding points inside the filing it is about.
                    if let Some(p) = d.project {
                        assert!(p < f.projects.len(), "{}: {d:?}", path.display());
                        if let Some(i) = d.indicator {
                            assert!(i < f.projects[p].indicators.len(), "{}: {d:?}", path.display());
                        }
                    }
                    assert!(d.message.contains(" / "), "{}: not bilingual: {d:?}", path.display());
                }
            }
        }
    }
    assert!(files >= 17, "{files} corpus files");
}
