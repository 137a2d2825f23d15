//! Test helpers for the rules: excerpts of the seed filings (testdata/; the seeds may
//! be bundled), the real excerpts read from ../shared, and short ways to run one rule
//! on a text or a hand-built filing.

use crate::model::{Diagnostic, Filing};
use crate::{parse_text, ParseOptions};

use super::{Context, RuleSettings};

/// Seed 000 (六安 2023), project 1 (专项业务费): side-by-side 中期/年度 sets.
pub const SEED000_P0: &str = include_str!("testdata/seed000_p0.txt");
/// Seed 000, project 3 (厅级干部医疗费补助): "≥0%" 中期 vs "≥100%" 年度.
pub const SEED000_P2: &str = include_str!("testdata/seed000_p2.txt");
/// Seed 000, project 4 (城乡居民基本医疗保险补助): identical 中期/年度 blocks, 199923 万元.
pub const SEED000_P3: &str = include_str!("testdata/seed000_p3.txt");
/// Seed 000, project 5 (医疗服务与保障能力提升): an empty 中期 value.
pub const SEED000_P4: &str = include_str!("testdata/seed000_p4.txt");
/// Seed 001 (弋阳 2023, 101号 framework, 万元 header over 元 amounts): "普遍知晓".
pub const SEED001_P1: &str = include_str!("testdata/seed001_p1.txt");
/// Seed 001: "保障工作开展", "服务群众", "满意"; nothing quantified.
pub const SEED001_P2: &str = include_str!("testdata/seed001_p2.txt");
/// Seed 001: 社会成本指标 "成效明显"; 满意度 "≥80%".
pub const SEED001_P3: &str = include_str!("testdata/seed001_p3.txt");
/// Seed 002 (滨海 2024, 单位：元): a 1000 元 budget with 设备均价 ≤3万元.
pub const SEED002_P1: &str = include_str!("testdata/seed002_p1.txt");
/// Seed 004 (乐亭 2024): 各种费用拨付率 as 成本指标, spend plan, 项目编码 with year.
pub const SEED004_P0: &str = include_str!("testdata/seed004_p0.txt");
/// Seed 004: the last project, cut off after its first indicator.
pub const SEED004_P4: &str = include_str!("testdata/seed004_p4.txt");
/// A real excerpt, read from ../shared/corpus/real at test time: the real filings
/// stay in shared/ and are not copied into the repository. `stem` is the file's
/// number ("05": 湘潭 2023, "07": 南岳 2018, "15": 临海 2024, "17": 陈仓 2020,
/// "24": 乌海 2021). None, with the reason on stderr, when ../shared is absent.
pub fn real(stem: &str) -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real");
    let found = std::fs::read_dir(&dir).ok().and_then(|entries| {
        entries.flatten().map(|e| e.path()).find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&format!("{stem}_"))))
    });
    match found {
        Some(path) => std::fs::read_to_string(path).ok(),
        None => {
            eprintln!("skipped: ../shared/corpus/real/{stem}_* is not present beside the repository");
            None
        }
    }
}

/// Parse a text with only the rules matching `code` enabled.
pub fn run_text(text: &str, code: &str) -> Vec<Diagnostic> {
    run_text_with(text, RuleSettings::default().select([code]).unwrap())
}

pub fn run_text_with(text: &str, settings: RuleSettings) -> Vec<Diagnostic> {
    parse_text(text, &ParseOptions { rules: settings, ..ParseOptions::default() }).diagnostics
}

/// Parse a text with every rule.
pub fn parse(text: &str) -> Filing {
    parse_text(text, &ParseOptions::default())
}

/// Run only the rules matching `code` on a filing (no grammar flags, no leftovers).
pub fn run_filing(filing: &Filing, code: &str) -> Vec<Diagnostic> {
    let settings = RuleSettings::default().select([code]).unwrap();
    super::run(&Context { settings: &settings, ..Context::new(filing) })
}

/// (project, indicator, line) of each finding.
pub fn places(found: &[Diagnostic]) -> Vec<(Option<usize>, Option<usize>, Option<usize>)> {
    found.iter().map(|d| (d.project, d.indicator, d.line)).collect()
}

/// The indicator index of the first indicator of project `p` named `name`.
pub fn index_of(filing: &Filing, p: usize, name: &str) -> usize {
    filing.projects[p].indicators.iter().position(|i| i.name == name).unwrap_or_else(|| panic!("no indicator {name}"))
}

/// A one-project 2024 table (layout L2: 项目资金(万元) 100 = 100 + 0) with the given
/// rows "一级\t二级\t三级\t指标值" (blank labels carry down as merged cells do), for
/// probing a rule on values as filings print them.
pub fn table(rows: &[&str]) -> String {
    let mut text = String::from(
        "项目支出绩效目标表\n(2024年度)\n项目名称\t某县测试项目\n主管部门及代码\t101-某县财政局\t实施单位\t某县财政局\n\
         项目资金(万元)\t年度资金总额\t100\n\t其中：财政拨款\t100\n\t其他资金\t0\n年度绩效目标\n完成任务\n\
         一级指标\t二级指标\t三级指标\t指标值\n",
    );
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    text
}
