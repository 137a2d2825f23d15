//! Goals written as numbered pieces ("目标1:…", "目标一：…", "(1)…"), each on a line of
//! its own under the goal's label, in a copy that prints one cell a line. The pieces
//! are one goal's text, joined with line breaks as dotted "1."/"2." pieces are; with
//! 中期/年度 heads side by side, a piece numbered 1 again starts the next goal.
//! Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, show};

const MATRIX: &str = "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n修缮校舍面积\n800平方米\n";

fn goals(text: &str) -> (Option<String>, Option<String>, String) {
    let f = parse(text);
    let g = &f.projects[0].goals;
    (g.midterm.clone(), g.annual.clone(), show(&f))
}

fn single(pieces: &str) -> String {
    format!("项目名称\n某乡中心小学校舍修缮\n主管部门\n某县教育局\n年度资金总额\n40\n年度目标\n{pieces}{MATRIX}")
}

#[test]
fn goal_pieces_numbered_with_digits_stay_one_goal() {
    let (_, annual, shown) = goals(&single("目标1:修缮校舍800平方米;\n目标2:更换课桌椅120套。\n"));
    assert_eq!(annual.as_deref(), Some("目标1:修缮校舍800平方米;\n目标2:更换课桌椅120套。"), "{shown}");
}

#[test]
fn goal_pieces_numbered_with_chinese_numerals_stay_one_goal() {
    let (_, annual, shown) = goals(&single("目标一：修缮校舍800平方米；\n目标二：更换课桌椅120套；\n目标三：师生满意度达到95%。\n"));
    assert_eq!(annual.as_deref(), Some("目标一：修缮校舍800平方米；\n目标二：更换课桌椅120套；\n目标三：师生满意度达到95%。"), "{shown}");
}

#[test]
fn goal_pieces_numbered_in_brackets_stay_one_goal() {
    let (_, annual, shown) = goals(&single("(1)修缮校舍800平方米;\n(2)更换课桌椅120套。\n"));
    assert_eq!(annual.as_deref(), Some("(1)修缮校舍800平方米;\n(2)更换课桌椅120套。"), "{shown}");
}

#[test]
fn side_by_side_heads_take_their_numbered_pieces_in_turn() {
    let text = format!(
        "项目名称\n某乡中心小学校舍修缮\n主管部门\n某县教育局\n年度资金总额\n40\n总体目标\n中期目标(2024年-2026年)\n年度目标\n\
         目标1:修缮校舍2400平方米;\n目标2:更换课桌椅360套。\n目标1:修缮校舍800平方米;\n目标2:更换课桌椅120套。\n{MATRIX}"
    );
    let (mid, annual, shown) = goals(&text);
    assert_eq!(mid.as_deref(), Some("目标1:修缮校舍2400平方米;\n目标2:更换课桌椅360套。"), "{shown}");
    assert_eq!(annual.as_deref(), Some("目标1:修缮校舍800平方米;\n目标2:更换课桌椅120套。"), "{shown}");
}
