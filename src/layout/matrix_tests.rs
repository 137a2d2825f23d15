//! Tests of the matrix assembler on small hand-made tables.

use super::*;
use crate::layout::header::parse_header;
use crate::read::text::split_cells;

fn run(text: &str) -> Vec<RawIndicator> {
    let g = split_cells(text);
    let schema = parse_header(&g.rows[0]).unwrap();
    let mut a = Assembler::new(&schema, false);
    for r in &g.rows[1..] {
        a.row(r);
    }
    a.finish().0
}

#[test]
fn carried_labels_and_positions() {
    let out = run("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t人数\t5人\n\t质量指标\t合格率\t100%\n");
    assert_eq!(out.len(), 2);
    assert_eq!((out[1].level1_raw.as_str(), out[1].level2_raw.as_str()), ("产出指标", "质量指标"));
    assert_eq!(out[1].value(), "100%");
}

#[test]
fn side_by_side_rows_split_into_two_groups() {
    let text = "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n\
                \t产出指标\t数量指标\tA\t1人\t数量指标\tB\t2人\n\
                \t\t\t\t\t\t\tC\t3人\n\
                \t\t\t成本指标\t\tD\t\t≤4元\t成本指标\n";
    let out = run(text);
    let by_group: Vec<(usize, &str, &str)> = out.iter().map(|r| (r.group, r.name.as_str(), r.level2_raw.as_str())).collect();
    assert_eq!(by_group, vec![(0, "A", "数量指标"), (0, "D", "成本指标"), (1, "B", "数量指标"), (1, "C", "数量指标")]);
}

#[test]
fn split_comparator_and_unit_columns_join_into_the_value() {
    let out = run("| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 |\n| 产出指标 | 数量指标 | 人数(人) | = | 116 | 人 | 合理 |\n| 保障人数 | ≥ | 81 | 人 | 合理 |\n");
    assert_eq!(out[0].value(), "=116人");
    assert_eq!(out[1].value(), "≥81人");
    assert_eq!(out[1].desc.as_deref(), Some("合理"));
    assert_eq!(out[1].level2_raw, "数量指标");
}

#[test]
fn label_only_rows_are_not_indicators() {
    let out = run("一级指标\t二级指标\t三级指标\t指标值\n效益指标\t生态效益指标\t\t\n\t社会效益指标\t就业\t有效提升\n");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].level2_raw, "社会效益指标");
}
