//! A table copied with its cells run together (no separators) whose cells wrapped
//! their lines at spaces, labels too ("绩 效 指 标", "一级 指标", "产 出 指 标"): the
//! reader cuts such a line into words, a row each, and the layout joins them back to
//! recut the table. Fixture synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, show};

#[test]
fn a_run_together_table_wrapped_at_spaces_gives_its_indicators() {
    let text = "某县2025年乡村道路养护项目绩效目标表\n\
        项目名称乡村道路养护主管部门某县交通 运输局年度 总体 目标完成乡村道路养护52公里，路况优良率达到90%绩 效 指 标\
        一级 指标二级 指标三级指标指标 值产 出 指 标数量 指标养护道路长度52公里质量 指标养护工程验收 合格率≥95%时效 指标\
        养护完成 及时率100%成本 指标每公里养护 成本≤1.2万元效 益 指 标社会 效益 指标群众出行 条件改善明显改善\
        满 意 度 指 标服务 对象 满意度 指标沿线群众 满意度≥90%\n";
    let f = parse(text);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "养护道路长度", "52公里"),
            ("产出指标", "质量指标", "养护工程验收 合格率", "≥95%"),
            ("产出指标", "时效指标", "养护完成 及时率", "100%"),
            ("产出指标", "成本指标", "每公里养护 成本", "≤1.2万元"),
            ("效益指标", "社会效益指标", "群众出行 条件改善", "明显改善"),
            ("满意度指标", "服务对象满意度指标", "沿线群众 满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
}
