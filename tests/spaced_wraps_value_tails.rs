//! pdfplumber's `extract_text()` of a table whose value column is narrow: a value
//! wraps off its unit or its month, and the rest comes last on the continuation line,
//! after the pieces of a name still wrapping ("≤80万" / "元", "≥2400" / "…覆盖 人次",
//! "2024年" / "10月"). Before, a bare unit read as a placeholder value and a month as
//! a value of its own: the unit was glued to the name ("站点覆盖率元"), or the line stood
//! as a row of its own and cut the name above short. Now the target grammar decides:
//! a piece that ends up in the value's unit or date is the value's; a next row's
//! value under a number with no unit ("≥36" / "站点验收次数 100次") stays that row's.
//! Fixture synthetic (own names and numbers) in the shape of the probe PDFs' text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, show};

const FORM: &str = "\
项目支出绩效目标表
项目名称 某区便民服务站点建设
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 新建便民服务站 ≥36
站点验收次数 100次
站点覆盖率 ≤80万
元
新建站点巡查服 ≥2400
务并完成登记 人次
质量指标 站点验收合格率 ≥95
%
时效指标 站点建成时间 2024年
10月
效益指标 社会效益指标 居民办事便利度 明显提升
满意度指标 服务对象满意度指标 居民满意度 ≥90%
";

#[test]
fn a_values_wrapped_unit_or_month_goes_back_to_the_value() {
    let f = parse(FORM);
    let got: Vec<(String, String, String, String)> = rows(&f);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "新建便民服务站", "≥36"),
        ("产出指标", "数量指标", "站点验收次数", "100次"),
        ("产出指标", "数量指标", "站点覆盖率", "≤80万元"),
        ("产出指标", "数量指标", "新建站点巡查服务并完成登记", "≥2400人次"),
        ("产出指标", "质量指标", "站点验收合格率", "≥95%"),
        ("产出指标", "时效指标", "站点建成时间", "2024年10月"),
        ("效益指标", "社会效益指标", "居民办事便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ];
    assert_eq!(got, want, "{}", show(&f));
}
