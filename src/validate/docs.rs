//! `docs/rules.md`, generated from the registry so that the documentation cannot drift
//! from the rules (tests/rules_doc.rs fails when the file differs from this text).

use std::fmt::Write;

use super::{catalogue, RuleSettings};

const FAMILIES: [(char, &str); 5] = [
    ('S', "S — structure and reading"),
    ('T', "T — indicator taxonomy"),
    ('V', "V — indicator values"),
    ('F', "F — funds"),
    ('C', "C — consistency"),
];

/// (name, default, meaning) of each threshold; the rules that read it come from the registry.
fn settings_rows() -> [(&'static str, String, &'static str); 3] {
    let d = RuleSettings::DEFAULT;
    [
        ("satisfaction_min", format!("{}", d.satisfaction_threshold()), "lowest acceptable 满意度 target, in percent (0–100)"),
        ("quantified_min", format!("{}", d.quantified_threshold()), "lowest acceptable share of quantified targets per project (0–1)"),
        (
            "framework",
            "\"auto\"".into(),
            "\"A\" (88号: 成本指标 under 产出指标), \"B\" (101号: 成本指标 as 一级), or \"auto\": detect per project and accept a table that uses both (T005 warns)",
        ),
    ]
}

/// The whole of docs/rules.md.
pub fn rules_markdown() -> String {
    let mut s = String::new();
    s.push_str("# jixiao rules\n\n");
    s.push_str(
        "<!-- Generated from the rule registry (src/validate/mod.rs). Do not edit: run\n     \
         JIXIAO_BLESS=1 cargo test --no-default-features --test rules_doc -->\n\n",
    );
    s.push_str(
        "Every finding (`Filing.diagnostics`) has a code, a severity, a message in Chinese and English, the\n\
         project and indicator it is about (indexes into `Filing.projects` and that project's\n\
         `indicators`), the source line, and a snippet quoting the text. Severities: **error** — the\n\
         table breaks a rule of the Ministry of Finance templates or cannot be used as it stands;\n\
         **warning** — a weakness an analyst or auditor would raise; **info** — a fact about the\n\
         reading (a glyph normalised, the framework detected). A rule that cannot be checked because a\n\
         field is missing stays silent; the missing field is its own finding.\n\n",
    );
    s.push_str("## Choosing rules\n\n");
    s.push_str(
        "`select` and `ignore` take codes or code prefixes, like ruff: `\"V\"` is every value rule,\n\
         `\"F00\"` is F001–F007, `\"ALL\"` is everything. With no `select` every rule runs. A code runs when\n\
         the most specific (longest) matching `select` entry is longer than the most specific matching\n\
         `ignore` entry; on a tie `ignore` wins. So `select=[\"V001\"], ignore=[\"V\"]` runs V001 alone.\n\
         Codes are case-insensitive; an entry that matches no rule is an error\n\
         (`jixiao.UnknownRuleError`, a `ValueError`).\n\n\
         ```python\n\
         jixiao.parse(path, rules=jixiao.Rules(select=[\"V\", \"F\"], ignore=[\"V004\"], satisfaction_min=85))\n\
         ```\n\n\
         ```console\n\
         $ jixiao check filings/ --select V,F --ignore V004 --satisfaction-min 85\n\
         ```\n\n",
    );
    s.push_str("## Settings\n\n| setting | default | read by | meaning |\n|---|---|---|---|\n");
    for (name, default, meaning) in settings_rows() {
        let users: Vec<&str> = catalogue().filter(|r| r.settings.contains(&name)).map(|r| r.code).collect();
        let _ = writeln!(s, "| `{name}` | {default} | {} | {meaning} |", users.join(", "));
    }
    s.push('\n');
    s.push_str(
        "Sources: 财预〔2015〕88号《中央部门预算绩效目标管理办法》; 财预〔2020〕10号《项目支出绩效评价管理办法》;\n\
         财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》; practice = seen in real\n\
         published filings.\n",
    );
    for (letter, title) in FAMILIES {
        let _ = write!(s, "\n## {title}\n\n| code | severity | rule | basis |\n|---|---|---|---|\n");
        for r in catalogue().filter(|r| r.code.starts_with(letter)) {
            let summary = r.summary.replace('|', "\\|");
            let _ = writeln!(s, "| {} | {} | {summary} | {} |", r.code, r.severity.as_str(), r.basis.replace('|', "\\|"));
        }
    }
    s
}
