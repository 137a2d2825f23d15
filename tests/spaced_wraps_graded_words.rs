//! pdfplumber's `extract_text()` of a table whose name column wraps: the wrapped
//! name's next lines may end in words that read as a graded value on their own
//! ("…覆盖率完成", "…工作落实"). Before, such a line was read as an indicator of its
//! own without a value, and the name above was cut short; when the row above already
//! holds its value, a line of such words can only continue the row's wrapped name.
//! Fixture synthetic (own names and numbers) in the shape of the probe PDFs' text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, show};

const FORM: &str = "\
项目支出绩效目标表
项目名称 某镇农村道路养护补助
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 养护里程数每季 ≥120公里
度巡查任务完成
质量指标 路面修补合格率 ≥98%
时效指标 养护任务计划 100%
按季度落实
效益指标 社会效益指标 群众出行条件 明显改善
满意度指标 服务对象满意度指标 沿线群众满意度 ≥90%
";

#[test]
fn graded_words_continue_a_valued_rows_wrapped_name() {
    let f = parse(FORM);
    let got: Vec<(String, String, String, String)> = rows(&f);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "养护里程数每季度巡查任务完成", "≥120公里"),
        ("产出指标", "质量指标", "路面修补合格率", "≥98%"),
        ("产出指标", "时效指标", "养护任务计划按季度落实", "100%"),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ];
    assert_eq!(got, want, "{}", show(&f));
}
