//! 项目绩效自评表 run together into one line (a DOC copied to a web page with no cell
//! breaks): "…三级指标分值年度指标值全年实际值得分未完成原因…" then, per indicator, its
//! name, 分值, target, achieved value and 得分 glued ("清淤验收合格率15100%100%15").
//! The glued header stopped at 三级指标 (two-character 分值 / 得分 were no header
//! words), a comparator or phrase right after a number was taken for part of a word,
//! so names came out as "≥" and "厘米" with values like "266米≥266米10". Fixture
//! synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{all, expect, parse, rows, s005, show};

const PAGE: &str = "项目绩效自评表(2023年度)项目名称某县灌区渠道清淤工程主管部门某县水务局实施单位某县水务局\
年度总体目标完成灌区渠道清淤,保障灌溉用水。绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分\
未完成原因及拟采取的改进措施产出指标(60分)数量指标清淤渠道长度15≥12公里≥12公里15渠道断面宽度10≥80厘米≥80厘米10\
质量指标清淤验收合格率15100%100%15时效指标按期完工率10≥95%≥95%10效益指标(30分)社会效益指标受益灌溉面积15≥3000亩≥3000亩15\
灌溉条件改善情况15明显改善明显改善15满意度指标(10分)服务对象满意度指标受益群众满意度10≥90%≥90%10……总分100100\
注:1.各项指标的分值按重要程度确定。\n";

#[test]
fn glued_self_evaluation_rows_give_name_target_and_achieved_value() {
    let f = parse(PAGE);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "清淤渠道长度", "≥12公里"),
            ("产出指标", "数量指标", "渠道断面宽度", "≥80厘米"),
            ("产出指标", "质量指标", "清淤验收合格率", "100%"),
            ("产出指标", "时效指标", "按期完工率", "≥95%"),
            ("效益指标", "社会效益指标", "受益灌溉面积", "≥3000亩"),
            ("效益指标", "社会效益指标", "灌溉条件改善情况", "明显改善"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    let actual: Vec<_> = all(&f).iter().map(|i| i.actual.clone().unwrap_or_default()).collect();
    assert_eq!(actual, ["≥12公里", "≥80厘米", "100%", "≥95%", "≥3000亩", "明显改善", "≥90%"]);
    // The template's "……" row fills no column, and the total score is no indicator.
    assert!(all(&f).iter().all(|i| i.basis.is_none()), "{}", show(&f));
    assert!(s005(&f).iter().all(|s| !s.contains('≥')), "{}", show(&f));
}
