//! A 申报表's template notes under its matrix ("注: 1.“其他资金”是指…" / "2.各单位
//! 可…"): their lines were quoted as unplaced cells (S005). They are kept whole in the
//! project's `extra` under 注. Fixture synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

const FORM: &str = "某园区2024年度项目支出绩效目标申报表
项目名称 园区道路保洁
主管部门 县住建局 实施单位 某园区管理委员会
项目资金(万元) 年度资金总额: 300
其中:财政拨款 300
年度目标 目标1:保持园区主次干道清洁
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 保洁道路面积 ≥40万平方米
产出指标 质量指标 道路清洁达标率 ≥95%
满意度指标 服务对象满意度指标 企业满意度 ≥90%
注: 1.“其他资金”是指与财政拨款一同用于本项目的单位自有资金等。
2.各单位可按项目特点增减二级指标。
";

#[test]
fn notes_under_the_matrix_are_kept_under_their_label() {
    let f = parse(FORM);
    let p = &f.projects[0];
    let note = p.extra.get("注").map(|v| v.to_string()).unwrap_or_default();
    assert!(note.starts_with("1.“其他资金”是指"), "{:?}", p.extra);
    assert!(note.ends_with("2.各单位可按项目特点增减二级指标。"), "{:?}", p.extra);
    assert!(s005(&f).is_empty(), "{}", show(&f));
    assert_eq!(p.indicators.len(), 3, "{}", show(&f));
}
