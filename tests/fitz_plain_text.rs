//! Text PyMuPDF's plain `page.get_text()` pulls out of a filing: one cell per line,
//! row by row, the 一级/二级 cells only on their group's first row, and a space
//! wherever the font changes between a digit and a Han character ("≤30 万元",
//! "2026 年9 月"). Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, show};

/// A third of the lines carry a font gap: still one cell a line, and the values read
/// as the PDF draws them ("≤30万元", not "≤30 万元").
#[test]
fn font_gaps_between_digits_and_han_keep_one_cell_a_line() {
    let text = "2026 年部门预算公开\n项目支出绩效目标表\n项目名称\n河道保洁补助\n主管部门\n区水务局\n\
        实施单位\n区河道管理所\n项目资金（万元）\n年度资金总额\n86.00\n其中：财政拨款\n86.00\n年度绩效目标\n\
        完成辖区河道保洁任务，群众满意度不低于88%。\n一级指标\n二级指标\n三级指标\n指标值\n\
        产出指标\n数量指标\n保洁河道长度\n36 公里\n巡查次数\n≥240 次\n清运垃圾量\n≥180 吨\n巡查报告\n12 份\n培训人次\n≥60 人次\n\
        成本指标\n保洁费用\n≤30 万元\n设备租赁费\n≤8 万元\n时效指标\n完成时间\n2026 年9 月\n\
        清运周期\n≤3 天\n效益指标\n社会效益指标\n水质达标率\n≥92%\n受益人口\n≥5200 人\n\
        满意度指标\n服务对象满意度指标\n沿河群众满意度\n≥88%\n";
    let f = parse(text);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "保洁河道长度", "36公里"),
            ("产出指标", "数量指标", "巡查次数", "≥240次"),
            ("产出指标", "数量指标", "清运垃圾量", "≥180吨"),
            ("产出指标", "数量指标", "巡查报告", "12份"),
            ("产出指标", "数量指标", "培训人次", "≥60人次"),
            ("产出指标", "成本指标", "保洁费用", "≤30万元"),
            ("产出指标", "成本指标", "设备租赁费", "≤8万元"),
            ("产出指标", "时效指标", "完成时间", "2026年9月"),
            ("产出指标", "时效指标", "清运周期", "≤3天"),
            ("效益指标", "社会效益指标", "水质达标率", "≥92%"),
            ("效益指标", "社会效益指标", "受益人口", "≥5200人"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥88%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(f.projects[0].name.as_deref(), Some("河道保洁补助"), "{}", show(&f));
}
