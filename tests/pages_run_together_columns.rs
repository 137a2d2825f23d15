//! A 市直部门 项目支出绩效目标表 (a DOCX flattened to one line, 湖北 shape) whose
//! indicator matrix has a column the rows do not fill: its name stands between the
//! matrix title and the column names ("…绩效目标以…为目标。绩效指标保障绩效目标实现措施
//! 一级指标二级指标绩效标准当年预期实现值数量指标…"). That column name was handed on
//! as a line of its own, which the goal took for its own continuation ("…为目标。
//! 保障绩效目标实现措施"). Fixture synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, s005, show};

const GOAL: &str = "以档案馆服务对象满意为目标,保障馆舍安全运行。";

fn page(column: &str) -> String {
    format!(
        "某市2023年市直部门预算项目支出绩效目标表项目名称市档案馆馆舍运行保障项目类别本级支出项目项目性质持续性项目\
立项依据市档案馆三定方案项目预算成本构成金额测算(公式)依据保安服务费120依据招标文件保洁服务费60依据招标文件合计180\
绩效目标{GOAL}绩效指标{column}一级指标二级指标绩效标准当年预期实现值数量指标馆舍设备维护次数反映馆舍全年维护情况120次\
库房巡查次数反映库房安全巡查情况300次质量指标维护验收合格率反映馆舍维护质量情况≥95%时效指标维护响应时间反映维护及时情况≤24小时\n"
    )
}

#[test]
fn an_unfilled_column_name_stays_out_of_the_goal() {
    for column in ["保障绩效目标实现措施", "保障措施"] {
        let f = parse(&page(column));
        let p = &f.projects[0];
        assert_eq!(p.goals.annual.as_deref(), Some(GOAL), "{column}: {}", show(&f));
        assert_eq!(
            rows(&f),
            expect(&[
                ("产出指标", "数量指标", "馆舍设备维护次数", "120次"),
                ("产出指标", "数量指标", "库房巡查次数", "300次"),
                ("产出指标", "质量指标", "维护验收合格率", "≥95%"),
                ("产出指标", "时效指标", "维护响应时间", "≤24小时"),
            ]),
            "{}",
            show(&f)
        );
        // The column name is no stray cell either.
        assert!(s005(&f).iter().all(|s| !s.contains(column)), "{}", show(&f));
    }
}
