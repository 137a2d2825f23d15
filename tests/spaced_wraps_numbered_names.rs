//! pdfplumber's `extract_text()` of a table whose names hold a number and wrap over
//! several lines while the value wraps too ("水质达标率16抽 ≥85%" / "样点位覆盖完成" /
//! "情况", "合格率18复核批 2026年" / "次抽检完成时限 11月" / …). Before, the grammar read
//! a rate's name before a number as a value ("…率16抽": 16 of "抽"), so the name was
//! never open and each continuation line stood as an indicator with no value; and a
//! month under a bare year on a line as full as its row was refused (only a unit was
//! taken there). Now a Han-led "value" with a unit no table prints and no operator word
//! is a name that may wrap, and a month joins its year when the name pieces before it
//! are as wide as the unfinished name above. A next row's own month under a whole
//! name ("实施年度" / "验收月份 11月") stays that row's.
//! Fixture synthetic (own names and numbers) in the shape of the probe PDFs' text.

#[path = "common/families.rs"]
mod families;
use families::{parse, rows, show};

const FORM: &str = "\
项目支出绩效目标表
项目名称 某县农村饮水安全巡检
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 巡检村数 ≥40个
水质达标率16抽 ≥85%
样点位覆盖完成
情况
管网维修次数 30次
管网覆盖率9改 ≤60万
造村组全覆盖 元
工作
合格率18复核批 2026年
次抽检完成时限 11月
内资金拨付
实施年度 2026年
验收月份 11月
效益指标 社会效益指标 饮水安全保障水平 明显提升
满意度指标 服务对象满意度指标 群众满意度 ≥90%
";

fn got(text: &str) -> Vec<(String, String, String, String)> {
    rows(&parse(text))
}

#[test]
fn names_holding_a_number_wrap_with_their_values() {
    let f = parse(FORM);
    let got = got(FORM);
    let got: Vec<(&str, &str, &str, &str)> = got.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str())).collect();
    let want = [
        ("产出指标", "数量指标", "巡检村数", "≥40个"),
        ("产出指标", "数量指标", "水质达标率16抽样点位覆盖完成情况", "≥85%"),
        ("产出指标", "数量指标", "管网维修次数", "30次"),
        ("产出指标", "数量指标", "管网覆盖率9改造村组全覆盖工作", "≤60万元"),
        ("产出指标", "数量指标", "合格率18复核批次抽检完成时限内资金拨付", "2026年11月"),
        ("产出指标", "数量指标", "实施年度", "2026年"),
        ("产出指标", "数量指标", "验收月份", "11月"),
        ("效益指标", "社会效益指标", "饮水安全保障水平", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ];
    assert_eq!(got, want, "{}", show(&f));
}
