//! docs/rules.md is generated from the rule registry; this test fails when the two
//! disagree. To regenerate after changing a rule:
//!
//!     JIXIAO_BLESS=1 cargo test --no-default-features --test rules_doc

use std::path::Path;

use jixiao::validate::docs::rules_markdown;

#[test]
fn docs_rules_md_matches_the_registry() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let want = rules_markdown();
    if std::env::var_os("JIXIAO_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is out of date with the rule registry; regenerate it with\n    \
         JIXIAO_BLESS=1 cargo test --no-default-features --test rules_doc"
    );
}

#[test]
fn every_rule_is_in_the_docs_with_its_severity() {
    let text = rules_markdown();
    for r in jixiao::validate::catalogue() {
        assert!(text.contains(&format!("| {} | {} |", r.code, r.severity.as_str())), "{}", r.code);
    }
}
