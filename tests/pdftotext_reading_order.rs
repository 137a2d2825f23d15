//! Text plain `pdftotext FILE.pdf` (no `-layout`) pulls out of a filing: lines in the
//! order they stand on the page, one cell a line, blank lines between text blocks.
//! A value centred in a row of a two-line name stands between the name's lines.
//! Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, show};

/// "乡镇卫生院设备更新覆" / "≥90%" / "盖率": the value between a wrapped name's lines
/// goes after the whole name, where three names at one width show the shape.
#[test]
fn a_value_between_a_wrapped_names_lines_goes_after_the_name() {
    let text = "项目支出绩效目标表\n(2,025 年度)\n项目名称\n主管部门及代码\n项目资金 (万元)\n\n\
        基层医疗设备更新补助\n305-云岭县卫生健康局\n实施单位\n年度资金总额\n2,460,000\n其中：财政拨款\n2,460,000\n\
        其他资金\n0\n\n云岭县卫生健康服务中心\n\n年度绩效目标\n更新基层医疗机构诊疗设备，提升乡镇卫生院服务能力\n\
        一级指标\n二级指标\n三级指标\n指标值\n\
        成本指标\n经济成本指标\n设备购置补助资金\n≤246万元\n\
        产出指标\n数量指标\n乡镇卫生院设备更新覆\n≥90%\n盖率\n更新设备台数\n≥120台\n\
        质量指标\n新购设备验收一次通过\n100%\n比例\n\
        时效指标\n年度补助资金拨付完成\n2025年10月\n时间\n\
        效益指标\n社会效益指标\n基层首诊病人数量\n≥5%\n\
        满意度指标\n服务对象满意度指标\n就诊群众满意度\n≥88%\n";
    let f = parse(text);
    assert_eq!(
        rows(&f),
        expect(&[
            ("成本指标", "经济成本指标", "设备购置补助资金", "≤246万元"),
            ("产出指标", "数量指标", "乡镇卫生院设备更新覆盖率", "≥90%"),
            ("产出指标", "数量指标", "更新设备台数", "≥120台"),
            ("产出指标", "质量指标", "新购设备验收一次通过比例", "100%"),
            ("产出指标", "时效指标", "年度补助资金拨付完成时间", "2025年10月"),
            ("效益指标", "社会效益指标", "基层首诊病人数量", "≥5%"),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥88%"),
        ]),
        "{}",
        show(&f)
    );
}
