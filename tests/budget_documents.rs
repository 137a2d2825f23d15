//! A whole 部门预算公开 document (tests/fixtures/extra/budget_document.txt): the target
//! table sits among the budget's other parts (部门概况, the 收支 tables, 情况说明,
//! 名词解释), as researchers get it when they feed the published document whole.
//! The table ends where the document's next part begins, and the table number over
//! its title ("表13") is the document's furniture, not an unplaced cell.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, rows, s005, show};

fn document() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/extra/budget_document.txt")).unwrap()
}

#[test]
fn the_next_part_of_the_document_ends_the_table() {
    let f = parse(&document());
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "新建高标准农田面积", "≥1万亩"),
            ("产出指标", "质量指标", "工程验收合格率", "100%"),
            ("产出指标", "时效指标", "项目完成时间", "2023年12月底前"),
            ("效益指标", "经济效益指标", "亩均增产", "≥50公斤"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    // The table was not cut off: its last rows are whole.
    assert!(f.diagnostics.iter().all(|d| d.code != "S004"), "{}", show(&f));
    // What follows the table is quoted, not lost.
    let quoted = s005(&f);
    assert!(quoted.iter().any(|s| s.contains("名词解释")), "{quoted:?}");
    assert!(quoted.iter().any(|s| s.contains("财政拨款收入：指")), "{quoted:?}");
}

#[test]
fn a_table_number_over_a_title_is_furniture() {
    let f = parse(&document());
    let quoted = s005(&f);
    for number in ["表1", "表2", "表3", "表13"] {
        assert!(!quoted.iter().any(|s| s.trim() == number), "{number}: {quoted:?}");
    }
    // A number inside the text is still text.
    let f = parse("附表二\n表13-1\n项目支出绩效目标表\n项目名称\t道路维护\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n表中数据为预算数\n");
    assert!(s005(&f).iter().any(|s| s.contains("表中数据")), "{}", show(&f));
    assert!(!s005(&f).iter().any(|s| s.contains("附表二") || s.contains("13-1")), "{}", show(&f));
}

#[test]
fn parts_of_a_document_are_told_from_indicator_names() {
    // An indicator named with 第 and a numeral stays in the table.
    let text = "项目支出绩效目标表\n项目名称\t道路维护\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t第三方评估次数\t1次\n产出指标\t时效指标\t第一季度完成率\t≥30%\n第四部分 名词解释\n";
    let f = parse(text);
    assert_eq!(rows(&f).len(), 2, "{}", show(&f));
    assert_eq!(rows(&f)[1].2, "第一季度完成率", "{}", show(&f));
}

#[test]
fn a_table_number_between_two_tables_ends_the_one_above() {
    let text = "部门整体支出绩效目标表\n部门名称\t某某县卫生健康局\n年度预算申请\t资金总额\t1500\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t家庭医生签约人数\t≥5万人\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n表13-1\n项目支出绩效目标表\n项目名称\t基本公共卫生服务项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t老年人健康管理人数\t≥1.2万人\n";
    let f = parse(text);
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    assert_eq!(f.projects[0].indicators.len(), 2, "{}", show(&f));
    assert!(f.projects[0].indicators.iter().all(|i| !i.name.contains("表13")), "{}", show(&f));
    assert!(!s005(&f).iter().any(|s| s.contains("年度预算申请") || s.contains("表13")), "{}", show(&f));
}

/// A part of the document with no target table in it (部门概况, 情况说明, 名词解释:
/// prose, or the budget's other tables) is one S005 finding from its heading on,
/// quoting every one of its cells a line each, rather than one finding per line.
#[test]
fn a_part_with_no_target_table_is_one_finding_quoting_all_its_cells() {
    let doc = document();
    let f = parse(&doc);
    let findings: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S005").collect();
    let snippets: Vec<&str> = findings.iter().filter_map(|d| d.snippet.as_deref()).collect();
    for heading in ["第一部分 部门概况", "第二部分 2023年部门预算表", "第三部分 2023年部门预算情况说明", "第四部分 名词解释"]
    {
        let parts: Vec<_> = findings.iter().filter(|d| d.snippet.as_deref().is_some_and(|s| s.starts_with(heading))).collect();
        assert_eq!(parts.len(), 1, "{heading}: {snippets:?}");
        // The heading's line, and the count of cells in the message.
        let line = doc.lines().position(|l| l == heading).unwrap() + 1;
        assert_eq!(parts[0].line, Some(line), "{heading}");
        let n = parts[0].snippet.as_deref().unwrap().lines().count();
        assert!(n > 1 && parts[0].message.contains(&format!("{n} 个单元格")), "{heading}: {}", parts[0].message);
    }
    // Nothing vanished: every cell of the parts outside the target table (its page
    // furniture, table numbers "表1" …, aside) is quoted, in its part's finding, not a finding of its own.
    let table = doc.find("表13").unwrap();
    let outside = doc[..table].lines().chain(doc[doc.find("第四部分").unwrap()..].lines()).skip(1);
    for cell in
        outside.flat_map(|l| l.split('\t')).map(str::trim).filter(|c| !(c.is_empty() || c.starts_with('表') && c.chars().count() <= 3))
    {
        assert!(snippets.iter().any(|s| s.lines().any(|l| l == cell)), "{cell}: {snippets:?}");
        assert!(!snippets.contains(&cell) || cell.starts_with('第'), "{cell} quoted alone: {snippets:?}");
    }
    // Prose within a project's table is still quoted cell by cell.
    let f = parse("项目支出绩效目标表\n项目名称\t道路维护\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n表中数据为预算数\n备注：另行说明\n");
    let quoted = s005(&f);
    assert!(quoted.iter().all(|s| !s.contains('\n')), "{quoted:?}");
}
