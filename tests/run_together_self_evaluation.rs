//! A 项目支出绩效自评表 copied with its cells run together (no separators): the header
//! holds the self-evaluation columns (年度指标值 实际完成值 分值 得分 偏差原因分析及改进
//! 措施), so each row's target, what was achieved and the scores follow one another
//! ("52公里53公里2020"). Fixture synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

#[test]
fn a_run_together_self_evaluation_table_keeps_target_actual_and_score_apart() {
    let text = "某县2024年度项目支出绩效自评表项目名称乡村道路养护主管部门某县交通运输局实施单位某县公路养护中心\
        年度总体目标全年完成乡村道路养护52公里，路况优良率达到90%以上。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分\
        偏差原因分析及改进措施产出指标数量指标养护道路长度52公里53公里2020质量指标养护工程验收合格率≥95%97%2020\
        时效指标养护完成及时率100%100%1010效益指标社会效益指标群众出行条件改善明显改善明显改善2018\
        满意度指标服务对象满意度指标沿线群众满意度≥90%88%109\n";
    let f = parse(text);
    let got: Vec<(String, String, Option<String>, Option<f64>)> =
        all(&f).into_iter().map(|i| (i.name.clone(), i.value.clone(), i.actual.clone(), i.score)).collect();
    let want = [
        ("养护道路长度", "52公里", "53公里", 20.0),
        ("养护工程验收合格率", "≥95%", "97%", 20.0),
        ("养护完成及时率", "100%", "100%", 10.0),
        ("群众出行条件改善", "明显改善", "明显改善", 20.0),
        ("沿线群众满意度", "≥90%", "88%", 10.0),
    ];
    let want: Vec<_> = want.iter().map(|w| (w.0.to_string(), w.1.to_string(), Some(w.2.to_string()), Some(w.3))).collect();
    assert_eq!(got, want, "{}", show(&f));
}
