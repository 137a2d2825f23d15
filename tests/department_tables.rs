//! 部门整体支出绩效目标表 (domain.md §5 L7) as the structured formats print them: the
//! department's own fields, the duties block (年度履职目标 / 年度主要任务) with column
//! names of its own, then the indicator matrix.

use jixiao::{parse_bytes, Filing, ParseOptions};

fn parse(html: &str) -> Filing {
    parse_bytes(html.as_bytes(), &ParseOptions::default()).unwrap()
}

fn s005(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect()
}

/// Fujian style: 年度履职目标 | 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额.
const DUTIES: &str = r#"<html><head><meta charset="utf-8"></head><body>
<p>2024年部门整体支出绩效目标表</p>
<table border="1">
<tr><td colspan="2">部门（单位）名称</td><td colspan="3">某县教育局</td><td>预算编码</td><td>301</td></tr>
<tr><td colspan="2">年度预算安排（万元）</td><td colspan="3">资金总额</td><td colspan="2">5,230.60</td></tr>
<tr><td colspan="2">年度总体目标</td><td colspan="5">保障全县中小学正常运转，义务教育巩固率保持在98%以上。</td></tr>
<tr><td rowspan="3">年度履职目标</td><td>部门职能</td><td colspan="2">年度目标任务</td><td colspan="2">支出项目名称</td><td>预算金额</td></tr>
<tr><td>义务教育管理</td><td colspan="2">保障义务教育学校运转</td><td colspan="2">义务教育公用经费</td><td>800</td></tr>
<tr><td>教师队伍建设</td><td colspan="2">开展教师培训</td><td colspan="2">教师培训经费</td><td>100</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td colspan="2">指标解释</td><td>目标值</td></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td colspan="2">保障学校数</td><td colspan="2">全县公办中小学校数量</td><td>46所</td></tr>
<tr><td>质量指标</td><td colspan="2">义务教育巩固率</td><td colspan="2"></td><td>≥98%</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td colspan="2">家长满意度</td><td colspan="2"></td><td>≥90%</td></tr>
</table></body></html>"#;

#[test]
fn duties_block_column_names_are_not_field_keys() {
    let f = parse(DUTIES);
    assert_eq!(f.kind, "department");
    let p = &f.projects[0];
    // "年度目标任务" starts with the key 年度目标: the goal was read as "任务".
    assert_eq!(p.goals.annual.as_deref(), Some("保障全县中小学正常运转，义务教育巩固率保持在98%以上。"));
    let duties = p.extra.get("年度履职目标").expect("the duties block is kept");
    assert!(duties.starts_with("部门职能\t年度目标任务\t支出项目名称\t预算金额\n义务教育管理\t"), "{duties}");
    assert!(duties.ends_with("教师培训经费\t100"), "{duties}");
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    assert_eq!(p.indicators.len(), 3);
}

/// 88号 附件2 style: 年度主要任务 | 任务名称 | 主要内容 | 预算金额 over 总额 | 财政拨款 | 其他资金.
const TASKS: &str = r#"<html><head><meta charset="utf-8"></head><body>
<p>部门（单位）整体支出绩效目标申报表</p><p>（2024年度）</p>
<table border="1">
<tr><td colspan="2">部门（单位）名称</td><td colspan="5">某市水利局</td></tr>
<tr><td rowspan="3" colspan="2">年度预算申请（万元）</td><td colspan="2">资金总额</td><td colspan="3">980</td></tr>
<tr><td colspan="2">其中：财政拨款</td><td colspan="3">900</td></tr>
<tr><td colspan="2">其他资金</td><td colspan="3">80</td></tr>
<tr><td rowspan="4">年度主要任务</td><td rowspan="2">任务名称</td><td rowspan="2" colspan="2">主要内容</td><td colspan="3">预算金额（万元）</td></tr>
<tr><td>总额</td><td>财政拨款</td><td>其他资金</td></tr>
<tr><td>河道整治</td><td colspan="2">整治河道12公里</td><td>600</td><td>550</td><td>50</td></tr>
<tr><td>水库安全运行</td><td colspan="2">保障5座小型水库安全度汛</td><td>380</td><td>350</td><td>30</td></tr>
<tr><td colspan="2">年度总体目标</td><td colspan="5">完成河道整治12公里，确保水库安全度汛。</td></tr>
<tr><td rowspan="3">年度绩效指标</td><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td colspan="2">指标值</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td colspan="2">河道整治长度</td><td colspan="2">≥12公里</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td colspan="2">沿河群众满意度</td><td colspan="2">≥90%</td></tr>
</table></body></html>"#;

#[test]
fn task_amounts_are_not_the_department_funds() {
    let f = parse(TASKS);
    // "部门（单位）整体": the bracketed qualifier inside the title's words.
    assert_eq!(f.kind, "department");
    assert!(f.diagnostics.iter().all(|d| d.code != "S002" && d.code != "F001"), "{:?}", f.diagnostics);
    let p = &f.projects[0];
    let a = p.funds.annual.as_ref().unwrap();
    // The sub-header 总额 | 财政拨款 | 其他资金 gave the first task's 550 / 50 to the department.
    assert_eq!((a.total, a.fiscal, a.other), (Some(980.0), Some(900.0), Some(80.0)));
    assert_eq!(p.goals.annual.as_deref(), Some("完成河道整治12公里，确保水库安全度汛。"));
    let tasks = p.extra.get("年度主要任务").expect("the tasks block is kept");
    assert!(tasks.contains("总额\t财政拨款\t其他资金\n河道整治\t整治河道12公里\t600\t550\t50"), "{tasks}");
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    assert_eq!(p.indicators.len(), 2);
}
