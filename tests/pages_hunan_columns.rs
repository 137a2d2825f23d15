//! 湖南 项目支出绩效目标表 as its pages print it: "指标值内容" (what the value measures)
//! beside 指标值, and 评(扣)分标准 with its bracket closed late ("评(扣分标准)").
//! Unknown, either name left the header unread or its column unplaced. And lists
//! copied one cell per line that print a value with the columns after it on its line.
//! Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

#[test]
fn value_content_and_late_bracket_scoring_columns() {
    let f = parse(
        "某县2024年项目支出绩效目标表\n\
         项目名称\t校舍维修项目\t主管部门\t某县教育局\n\
         一级指标\t二级指标\t三级指标\t指标值\t指标值内容\t评(扣分标准)\t度量单位\t指标值类型\t备注\n\
         产出指标\t数量指标\t维修校舍面积\t1200\t反映维修校舍的面积\t完成得10分,每少100平方米扣1分\t平方米\t定量\t\n\
         \t时效指标\t完工时间\t2024年8月底前\t反映维修完成时间\t按期完成得10分\t\t定量\t\n\
         满意度指标\t服务对象满意度指标\t师生满意度\t90%以上\t反映师生对维修的满意程度\t每降低1%扣1分\t\t定性\t\n",
    );
    let got: Vec<(&str, &str, Option<&str>, Option<&str>)> =
        all(&f).iter().map(|i| (i.name.as_str(), i.value.as_str(), i.description.as_deref(), i.scoring.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("维修校舍面积", "1200平方米", Some("反映维修校舍的面积"), Some("完成得10分,每少100平方米扣1分")),
            ("完工时间", "2024年8月底前", Some("反映维修完成时间"), Some("按期完成得10分")),
            ("师生满意度", "90%以上", Some("反映师生对维修的满意程度"), Some("每降低1%扣1分")),
        ],
        "{}",
        show(&f)
    );
}

#[test]
fn value_line_carrying_its_type_unit_and_explanation() {
    // One cell per line, but each value printed with the columns after it on its
    // line: the whole line was the value, unread (V003), and no explanation was kept.
    let f = parse(
        "项目名称\n河道保洁项目\n主管部门\n某县水利局\n\
         一级指标\n二级指标\n三级指标\n指标值\n指标值类型\n计量单位\n指标解释\n\
         产出指标\n数量指标\n保洁河道长度\n45 定量 公里 反映保洁河道的长度\n\
         时效指标\n保洁完成时间\n2025年12月底前 定性 反映保洁完成的时间\n\
         满意度指标\n服务对象满意度指标\n沿河群众满意度\n≥85% 定量 反映沿河群众对保洁的满意程度\n",
    );
    let got: Vec<(&str, &str, Option<&str>)> =
        all(&f).iter().map(|i| (i.name.as_str(), i.value.as_str(), i.description.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("保洁河道长度", "45公里", Some("反映保洁河道的长度")),
            ("保洁完成时间", "2025年12月底前", Some("反映保洁完成的时间")),
            ("沿河群众满意度", "≥85%", Some("反映沿河群众对保洁的满意程度")),
        ],
        "{}",
        show(&f)
    );
    assert!(!f.diagnostics.iter().any(|d| d.code == "V003"), "{}", show(&f));
}
