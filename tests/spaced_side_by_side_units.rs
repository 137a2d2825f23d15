//! PyMuPDF's `get_text(sort=True)` of a table printed side by side (two periods): the
//! value and its unit come apart at one space ("≥3 次/年"), and a continuation line
//! lacks the level columns, so it has no more pieces than the header has columns
//! after its labels. Before, only the first value of such a row got its unit back;
//! the second read as "≥3" and the unit was dropped. Now a unit piece after a number
//! that reads without one is that number's wherever the header has no unit column.
//! Fixture synthetic (own names and numbers) in the shape of the probe PDFs' text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, show};

const FORM: &str = "\
项目支出绩效目标表


项目名称        某县农机作业补贴项目
主管部门        县农业农村局        实施单位        县农机服务中心
年度绩效目标
完成全县农机作业补贴发放和培训任务。
绩效指标     一级指标     二级指标     三级指标     指标值      二级指标     三级指标     指标值
         产出指标     数量指标     农机手培训场次   ≥3 次/年     数量指标     补贴作业面积   850 亩
                          维修网点巡查     6 次/年              农机手培训场次   ≥3 次/年
                 时效指标     补贴发放完成时间  ≤11 月份    时效指标     巡查完成时间   ≤10 月份
         效益指标     社会效益指标     农户作业成本下降   ≥5%      社会效益指标     农户作业成本下降   ≥5%
         满意度指标     服务对象满意度指标     农户满意度   ≥90%      服务对象满意度指标     农户满意度   ≥90%
";

#[test]
fn a_unit_cut_off_in_a_side_by_side_continuation_line_goes_back_to_its_value() {
    let f = parse(FORM);
    let got = rows(&f);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "农机手培训场次", "≥3次/年"),
        ("产出指标", "数量指标", "维修网点巡查", "6次/年"),
        ("产出指标", "时效指标", "补贴发放完成时间", "≤11月份"),
        ("效益指标", "社会效益指标", "农户作业成本下降", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ("产出指标", "数量指标", "补贴作业面积", "850亩"),
        ("产出指标", "数量指标", "农机手培训场次", "≥3次/年"),
        ("产出指标", "时效指标", "巡查完成时间", "≤10月份"),
        ("效益指标", "社会效益指标", "农户作业成本下降", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ];
    assert_eq!(got, want, "{}", show(&f));
}
