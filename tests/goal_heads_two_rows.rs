//! 88号 申报表 whose 总体目标 label spans two rows: "中期目标(2023年-2025年) | 年度目标"
//! on the first, their texts side by side on the second. Copies that print a tall
//! cell's lines as rows of their own, or one line per paragraph, must still give each
//! head its whole text. Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

const MATRIX: &str = "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t疏浚河道长度\t12公里\n";

fn goals(text: &str) -> (Option<String>, Option<String>, String) {
    let f = parse(text);
    let g = &f.projects[0].goals;
    (g.midterm.clone(), g.annual.clone(), show(&f))
}

#[test]
fn goal_texts_wrapped_onto_rows_below_stay_in_their_columns() {
    // Each goal's second piece on the next row, under its first: the rows below the
    // texts' row went to whichever goal took text last (all into the 年度 goal).
    let text = format!(
        "项目名称\t某镇河道疏浚项目\n主管部门及代码\t[305]某镇水利站\n项目资金(万元)\t中期资金总额\t90\t年度资金总额\t30\n\
         总体目标\t中期目标(2023年-2025年)\t年度目标\n\
         \t目标1:疏浚河道36公里;\t目标1:疏浚河道12公里;\n\
         \t目标2:加固堤岸9处。\t目标2:加固堤岸3处。\n{MATRIX}"
    );
    let (mid, annual, shown) = goals(&text);
    assert_eq!(mid.as_deref(), Some("目标1:疏浚河道36公里; 目标2:加固堤岸9处。"), "{shown}");
    assert_eq!(annual.as_deref(), Some("目标1:疏浚河道12公里; 目标2:加固堤岸3处。"), "{shown}");
    assert!(s005(&parse(&text)).is_empty(), "{shown}");
}

#[test]
fn dotted_goal_pieces_one_a_line_stay_with_their_goal() {
    // One paragraph a line: "2.…" after the 中期 goal's "1.…" went to the 年度 head,
    // which then took the 年度 text's pieces too.
    let text = "项目名称\n某镇河道疏浚项目\n主管部门及代码\n[305]某镇水利站\n年度资金总额\n30\n\
                总体目标\n中期目标(2023年-2025年)\n年度目标\n\
                1.疏浚河道36公里。\n2.加固堤岸9处。\n1.疏浚河道12公里。\n2.加固堤岸3处。\n\
                一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n疏浚河道长度\n12公里\n";
    let (mid, annual, shown) = goals(text);
    assert_eq!(mid.as_deref(), Some("1.疏浚河道36公里。\n2.加固堤岸9处。"), "{shown}");
    assert_eq!(annual.as_deref(), Some("1.疏浚河道12公里。\n2.加固堤岸3处。"), "{shown}");
}

#[test]
fn one_row_of_goal_texts_is_read_as_before() {
    let text = format!(
        "项目名称\t某镇河道疏浚项目\n主管部门及代码\t[305]某镇水利站\n\
         总体目标\t中期目标(2023年-2025年)\t年度目标\n\t疏浚河道36公里。\t疏浚河道12公里。\n{MATRIX}"
    );
    let (mid, annual, shown) = goals(&text);
    assert_eq!(mid.as_deref(), Some("疏浚河道36公里。"), "{shown}");
    assert_eq!(annual.as_deref(), Some("疏浚河道12公里。"), "{shown}");
}
