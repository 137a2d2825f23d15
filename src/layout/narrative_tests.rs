//! Unit tests of the prose-target reader (narrative.rs).

use super::*;
use crate::read::text::split_cells;

#[test]
fn prose_targets_become_indicators() {
    let g = split_cells("一、 产出指标\n数量指标:种植数量(≥**株)>=17600株;成活率>=85%;时效指标:完成及时率≥100%。\n二、 效益指标\n经济效益指标:产值≥80万元,增加收入≥20万元;生态效益指标:生态修复功能提高。\n");
    assert!(looks_narrative(&g.rows));
    let n = parse(&g.rows);
    let n = &n.projects[0];
    let got: Vec<(&str, &str, String)> = n.raw.iter().map(|r| (r.level2_raw.as_str(), r.name.as_str(), r.value())).collect();
    assert_eq!(
        got,
        vec![
            ("数量指标", "种植数量(≥**株)", ">=17600株".to_string()),
            ("数量指标", "成活率", ">=85%".to_string()),
            ("时效指标", "完成及时率", "≥100%".to_string()),
            ("经济效益指标", "产值", "≥80万元".to_string()),
            ("经济效益指标", "增加收入", "≥20万元".to_string()),
            ("生态效益指标", "生态修复功能提高", String::new()),
        ]
    );
    assert_eq!(n.raw[3].level1_raw, "效益指标");
}
