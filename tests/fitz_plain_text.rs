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

/// A name wrapped over lines of their own, printed again in the 绩效指标描述 column:
/// each twin run of lines is one cell, the indicator's name.
#[test]
fn a_wrapped_name_printed_twice_is_one_cell() {
    let text = "2026 年某镇农村饮水安全补助绩效目标表\n单位：元\n项目名称\n农村饮水安全补助\n\
        预算数\n5200000.00\n绩效目标\n保障全镇农村居民饮水安全。\n\
        一级指标\n二级指标\n三级指标\n绩效指标描述\n指标值\n\
        产出指标\n数量指标\n全镇农村集中\n供水工程覆盖\n行政村数量\n全镇农村集中\n供水工程覆盖\n行政村数量\n≥26 个\n\
        质量指标\n水质检测合格\n率\n水质检测合格\n率\n≥95%\n\
        时效指标\n维修养护工程\n完成时间\n维修养护工程\n完成时间\n2026 年11 月\n\
        满意度指标\n服务对象满意\n度指标\n受益农村居民\n满意度\n受益农村居民\n满意度\n≥90%\n";
    let f = parse(text);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "全镇农村集中供水工程覆盖行政村数量", "≥26个"),
            ("产出指标", "质量指标", "水质检测合格率", "≥95%"),
            ("产出指标", "时效指标", "维修养护工程完成时间", "2026年11月"),
            ("满意度指标", "服务对象满意度指标", "受益农村居民满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
}
