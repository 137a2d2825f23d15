//! pdfplumber's `extract_text(layout=True)`: the page printed onto a character grid,
//! every line padded with spaces to the page's width, blank lines standing for the
//! vertical space between printed lines. Those blank lines fall inside a row whose
//! name wraps and between rows printed tight alike, so they say nothing of where a
//! row ends. Before, such text was read as `pdftotext -layout` text, whose rows are the
//! blocks between blank lines: the one-line rows of a block ran together into one
//! indicator and a wrapped name's last line was cut off its row. Now lines padded to
//! one width are cut at their column gaps line by line, as any space-cut text is.
//! Fixture synthetic (own names and numbers) in the shape of the probe PDFs' text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, show};

/// The page's lines before padding; blank lines where the page had more room.
const PAGE: [&str; 27] = [
    "",
    "",
    "        项目支出绩效目标表",
    "",
    "        项目名称             乡村道路养护补助",
    "        主管部门             县交通运输局         实施单位             县公路养护站",
    "        项目资金（万元）         年度资金总额           86.00",
    "",
    "        年度绩效目标",
    "        完成全县乡村道路日常养护与桥梁巡查任务。",
    "        一级指标             二级指标             三级指标             指标值",
    "        产出指标             数量指标             养护道路里程           ≥320公里",
    "                                          巡查桥梁座数           46座",
    "",
    "                                          病害处置次数           ≥60次",
    "                         质量指标             养护路段优良路率         ≥85%",
    "",
    "                                          巡查问题整改完           100%",
    "                                          成率",
    "                         时效指标             病害处置完成时限         ≤7天",
    "        效益指标             社会效益指标           群众出行条件           明显改善",
    "",
    "        满意度指标            服务对象满意度          沿线群众满意度          ≥90%",
    "                         指标",
    "",
    "",
    "",
];

fn page_grid(width: usize) -> String {
    PAGE.iter().map(|l| format!("{l:<width$}\n")).collect()
}

#[test]
fn rows_of_a_page_grid_are_its_lines_not_its_blocks_between_blank_lines() {
    let f = parse(&page_grid(84));
    let got = rows(&f);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "养护道路里程", "≥320公里"),
        ("产出指标", "数量指标", "巡查桥梁座数", "46座"),
        ("产出指标", "数量指标", "病害处置次数", "≥60次"),
        ("产出指标", "质量指标", "养护路段优良路率", "≥85%"),
        ("产出指标", "质量指标", "巡查问题整改完成率", "100%"),
        ("产出指标", "时效指标", "病害处置完成时限", "≤7天"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ];
    assert_eq!(got, want, "{}", show(&f));
    assert_eq!(f.projects[0].name.as_deref(), Some("乡村道路养护补助"), "{}", show(&f));
}

#[test]
fn a_page_grid_cites_the_lines_of_the_text_given() {
    // The blank lines are passed over, not dropped: an indicator's line is the line of
    // the text as the user has it.
    let f = parse(&page_grid(84));
    let first = f.projects[0].indicators.first().expect("indicators");
    assert_eq!(first.line, 12, "{}", show(&f));
}

/// Names printed twice (name and description columns) and wrapped, a blank line where
/// the page had more room between two of a row's lines, a page number under the table.
const WRAPPED: [&str; 17] = [
    "        项目名称      乡镇卫生院设备更新",
    "        年度绩效目标",
    "        完成全县乡镇卫生院诊疗设备更新任务。",
    "        一级指标      二级指标      三级指标      绩效指标描述    指标值",
    "        产出指标      数量指标      更新诊疗设备    更新诊疗设备    ≥36台",
    "                            台数        台数",
    "                  质量指标      设备安装调试    设备安装调试    100%",
    "",
    "                            验收合格率     验收合格率",
    "                  成本指标      单台设备平均    单台设备平均    ≤8万元",
    "                            采购价格      采购价格",
    "        效益指标      社会效益指标    基层诊疗服务    基层诊疗服务    明显提升",
    "",
    "                            能力        能力",
    "        第 1 页",
    "",
    "",
];

#[test]
fn a_wrapped_line_after_a_blank_line_of_a_page_grid_still_continues_its_cell() {
    let text: String = WRAPPED.iter().map(|l| format!("{l:<72}\n")).collect();
    let f = parse(&text);
    let got = rows(&f);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "更新诊疗设备台数", "≥36台"),
        ("产出指标", "质量指标", "设备安装调试验收合格率", "100%"),
        ("产出指标", "成本指标", "单台设备平均采购价格", "≤8万元"),
        ("效益指标", "社会效益指标", "基层诊疗服务能力", "明显提升"),
    ];
    assert_eq!(got, want, "{}", show(&f));
}
