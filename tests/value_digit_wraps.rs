//! pdfplumber's text of a table whose value column is narrow: a value wraps inside
//! its digits or between a year and its month, and the rest comes on the lines below
//! ("≥16" / "00人" / "次", "2026" / "年10" / "月"). Before, a piece opening with a digit
//! never continued a number (a next row's value reads so too) and "2026年10" is no
//! date, so the value kept "≥16" and "2026" and its rest became rows of their own.
//! Now a piece opening with a zero and a digit continues the number above it (no value
//! opens so), and a year with a month's number waits for the 月 on the next line.
//! Fixture synthetic (own names and numbers) in the shape of the probe PDFs' text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, show};

const FORM: &str = "\
项目支出绩效目标表
项目名称 农村饮水安全巡检
主管部门 县水务局 实施单位 县供水管理站
年度绩效目标
完成全县农村供水工程巡检与水质抽检任务。
一级指标 二级指标 三级指标 指标
值
产出指标 数量指标 巡检工程处数 ≥60
处
质量指标 水质抽检合格率 ≥95
%
时效指标 年度巡检完成时间 2026
年10
月
成本指标 受益人口规模 ≥16
00人
次
效益指标 社会效益指标 供水保障水平 明显提高
";

#[test]
fn a_value_wrapped_inside_its_digits_or_before_its_month_is_one_value() {
    let f = parse(FORM);
    let got = rows(&f);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "巡检工程处数", "≥60处"),
        ("产出指标", "质量指标", "水质抽检合格率", "≥95%"),
        ("产出指标", "时效指标", "年度巡检完成时间", "2026年10月"),
        ("产出指标", "成本指标", "受益人口规模", "≥1600人次"),
        ("效益指标", "社会效益指标", "供水保障水平", "明显提高"),
    ];
    assert_eq!(got, want, "{}", show(&f));
}
