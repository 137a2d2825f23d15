//! `pdftotext -layout` text of a one-sided table printed tight (no blank lines between
//! rows, a form feed opening the page): the project's head, its funds, and the
//! indicator matrix. Written here column by column (pdftotext prints an ideograph in
//! one column); names and values are made up.

#[path = "common/laid_out_lines.rs"]
mod laid_out_lines;
use laid_out_lines::{indicators, line, parse};

/// A page: `head` (the project's fields and funds), the goal, then the indicator
/// header and `rows`.
fn page(head: &[String], rows: &[String]) -> String {
    let top = [line(&[(0, "\u{c}项目支出绩效目标表")]), line(&[(0, "项目名称"), (11, "乡镇文化站免费开放")])];
    let goal = [line(&[(0, "年度绩效目标")]), line(&[(0, "保障全县乡镇文化站全年免费开放，群众满意度不低于 90%。")])];
    let header = [line(&[(0, "一级指标"), (11, "二级指标"), (22, "三级指标"), (34, "指标值")])];
    top.iter().chain(head).chain(&goal).chain(&header).chain(rows).cloned().collect::<Vec<_>>().join("\n") + "\n"
}

/// The report's prose before its table, blank lines between paragraphs.
const PROSE: [&str; 7] = [
    "一、部门职责",
    "负责全县公共文化服务体系建设。",
    "二、工作任务",
    "推进乡镇文化站免费开放。",
    "三、保障措施",
    "加强资金监管。",
    "四、绩效目标表",
];

fn matrix() -> Vec<String> {
    vec![
        line(&[(0, "产出指标"), (11, "数量指标"), (22, "开放文化站数"), (34, "12 个")]),
        line(&[(11, "质量指标"), (22, "设备完好率"), (34, "≥95%")]),
        line(&[(11, "时效指标"), (22, "开放时间"), (34, "2025 年 12 月")]),
        line(&[(0, "满意度指标"), (11, "满意度指标"), (22, "群众满意度"), (34, "≥90%")]),
    ]
}

/// A fund key wrapped in its cell ("其中：财政拨" over "款"), its amount beside the
/// first line, right under the total's amount: an amount with its cents is whole, so
/// the amount under it is the next row's and the total keeps its own.
#[test]
fn a_wrapped_fund_key_under_the_total_keeps_the_total() {
    let head = [
        line(&[(0, "主管部门"), (11, "县文化旅游局"), (26, "实施单位"), (37, "县文化馆")]),
        line(&[(0, "项目资金"), (11, "年度资金总额"), (24, "86.50")]),
        line(&[(0, "（万元）"), (11, "其中：财政拨"), (24, "86.50")]),
        line(&[(11, "款")]),
    ];
    let f = parse(&(PROSE.join("\n\n") + "\n\n" + &page(&head, &matrix())));
    let annual = f.projects[0].funds.annual.as_ref().expect("annual funds");
    assert_eq!(annual.total, Some(86.5), "{annual:?}");
    assert_eq!(annual.fiscal, Some(86.5), "{annual:?}");
    assert_eq!(indicators(&f).len(), 4, "{:#?}", indicators(&f));
}

/// The project's fields, its funds on one line each.
fn head() -> Vec<String> {
    vec![
        line(&[(0, "主管部门"), (11, "县文化旅游局"), (26, "实施单位"), (37, "县文化馆")]),
        line(&[(0, "项目资金"), (11, "年度资金总额"), (24, "86.50")]),
        line(&[(11, "其中：财政拨款"), (24, "86.50")]),
    ]
}

/// A report whose prose paragraphs have blank lines between them, its table printed
/// tight: the table (one long block) is read as in a tight report, where a line under
/// the name's column goes on in a name that fills its cell, though the goal's line in
/// the same block runs over every column.
#[test]
fn a_tight_table_after_blank_line_prose_joins_its_wrapped_names() {
    let mut rows = matrix();
    rows.insert(2, line(&[(11, "成本指标"), (22, "各项经费拨付"), (34, "≥95%")]));
    rows.insert(3, line(&[(22, "率")]));
    let text = PROSE.join("\n\n") + "\n\n" + &page(&head(), &rows);
    let got = indicators(&parse(&text));
    assert!(got.contains(&"成本指标 | 各项经费拨付率 | ≥95%".to_string()), "{got:#?}");
    assert_eq!(got.len(), 5, "{got:#?}");
}

/// A name whose bracket group did not fit on its line is printed with the whole group
/// on the next line ("…达标比例" over "(%)"): the line above reads as having room left
/// (six ideographs under a widest line of seven), but not room for the group, so the
/// line below still goes on in the name — also when it runs on wider than the line it
/// continues ("举办培训班" over "(期)、讲座和展": the group goes down with the "、" after
/// it, which never opens a line). (Values are printed two columns
/// after the widest name, as pdftotext sets them.) A line under a short name opening
/// with a group that would have fitted ("开放时间" over "(乡镇)到岗率") starts the next row.
#[test]
fn a_bracket_group_moved_whole_to_the_next_line_joins_its_name() {
    let rows = [
        line(&[(0, "产出指标"), (11, "数量指标"), (22, "按常住人口计算"), (31, "≥95%")]),
        line(&[(22, "的文化站开放覆")]),
        line(&[(22, "盖率达标比例")]),
        line(&[(22, "(%)")]),
        line(&[(11, "质量指标"), (22, "群众投诉次数"), (31, "0 次")]),
        line(&[(22, "(次)")]),
        line(&[(22, "举办培训班"), (31, "≥6期")]),
        line(&[(22, "(期)、讲座和展")]),
        line(&[(22, "览")]),
        line(&[(11, "时效指标"), (22, "开放时间"), (31, "2025年12月")]),
        line(&[(22, "(乡镇)到岗率"), (31, "100%")]),
        line(&[(0, "满意度指标"), (11, "满意度指标"), (22, "群众满意度"), (31, "≥90%")]),
    ];
    let got = indicators(&parse(&page(&head(), &rows)));
    let want = [
        "数量指标 | 按常住人口计算的文化站开放覆盖率达标比例(%) | ≥95%",
        "质量指标 | 群众投诉次数(次) | 0次",
        "质量指标 | 举办培训班(期)、讲座和展览 | ≥6期",
        "时效指标 | 开放时间 | 2025年12月",
        "时效指标 | (乡镇)到岗率 | 100%",
        "服务对象满意度指标 | 群众满意度 | ≥90%",
    ];
    assert_eq!(got, want, "{got:#?}");
}

/// A range value wrapped at its second comparator ("65% ≤ 指标值" over "≤ 75%", the
/// widest line of its column): the joined value keeps the spaces its first comparator
/// was set off with.
#[test]
fn a_range_wrapped_at_its_second_comparator_keeps_its_spaces() {
    let mut rows = matrix();
    rows[2] = line(&[(11, "时效指标"), (22, "开放时间"), (34, "12 月底前")]);
    rows.insert(1, line(&[(11, "质量指标"), (22, "住院费用报销"), (34, "60% ≤ 指标值")]));
    rows.insert(2, line(&[(22, "比例"), (34, "≤ 70%")]));
    let got = indicators(&parse(&page(&head(), &rows)));
    assert!(got.contains(&"质量指标 | 住院费用报销比例 | 60% ≤ 指标值 ≤ 70%".to_string()), "{got:#?}");
}
