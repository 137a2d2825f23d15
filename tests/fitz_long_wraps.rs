//! PyMuPDF's plain `get_text()` of a matrix whose narrow name column wraps long names
//! over four or five lines: one cell per line, each piece at the width the column
//! wraps at (read off the lines, wrap_width.rs). Such a run is one name however many
//! lines it takes, even where its first line (with a row number and a space) is a
//! little wider than the rest. Fixtures synthetic (own names and numbers), in the
//! shape of such a copy.

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

/// (name, value) of every indicator read, in order.
fn pairs(text: &str) -> (Vec<(String, String)>, String) {
    let f = parse(text);
    let p = all(&f).iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    (p, show(&f))
}

const HEAD: &str = "2026 年部门预算项目支出绩效目标表\n项目名称\n乡村公路养护补助\n主管部门\n县交通局\n\
    实施单位\n县公路站\n项目资金（万元）\n年度资金总额\n86.00\n其中：财政拨款\n86.00\n年度绩效目标\n\
    完成乡村公路日常养护任务，沿线群众满意度不低于90%。\n一级指标\n二级指标\n三级指标\n指标值\n";

/// Names wrapped at six characters over four and five lines, between short names
/// that need no wrap: each long one is one name again, with its value.
#[test]
fn names_wrapped_over_four_or_five_lines_are_joined() {
    let body = "产出指标\n数量指标\n\
        养护里程数\n≥120 公里\n\
        乡道桥梁涵洞\n排水沟渠清理\n边坡防护修复\n完成数\n≥35 处\n\
        安全标志数\n≥60 块\n\
        质量指标\n公路路面平整\n路肩培土整形\n标线重新施划\n病害及时处治\n合格率\n≥92%\n\
        优良路率\n≥80%\n\
        时效指标\n雨后路面积水\n沟渠淤塞倒树\n清障处理时间\n≤24 小时\n\
        满意度指标\n服务对象满意度指标\n群众满意度\n≥90%\n";
    let (got, shown) = pairs(&format!("{HEAD}{body}"));
    for (name, value) in [
        ("养护里程数", "≥120公里"),
        ("乡道桥梁涵洞排水沟渠清理边坡防护修复完成数", "≥35处"),
        ("安全标志数", "≥60块"),
        ("公路路面平整路肩培土整形标线重新施划病害及时处治合格率", "≥92%"),
        ("优良路率", "≥80%"),
        ("雨后路面积水沟渠淤塞倒树清障处理时间", "≤24小时"),
        ("群众满意度", "≥90%"),
    ] {
        assert!(got.contains(&(name.to_string(), value.to_string())), "{name} {value}\n{shown}");
    }
    assert_eq!(got.len(), 7, "{shown}");
}

/// A numbered name wrapped over four lines: its first line carries the row number
/// and a space ("路面修补数3 桥"), so it is wider than the pieces after it.
#[test]
fn a_numbered_name_whose_first_line_is_wider_is_joined() {
    let body = "产出指标\n数量指标\n\
        养护里程数1\n≥120 公里\n\
        路面修补数2 桥\n梁涵洞排水沟\n渠清理边坡防\n护修复处数\n≥35 处\n\
        安全标志数3\n≥60 块\n\
        路肩整形数4 标\n线重新施划病\n害及时处治雨\n后积水清障数\n≥18 处\n\
        质量指标\n优良路率5\n≥80%\n";
    let (got, shown) = pairs(&format!("{HEAD}{body}"));
    for (name, value) in [
        ("养护里程数1", "≥120公里"),
        ("路面修补数2桥梁涵洞排水沟渠清理边坡防护修复处数", "≥35处"),
        ("安全标志数3", "≥60块"),
        ("路肩整形数4标线重新施划病害及时处治雨后积水清障数", "≥18处"),
        ("优良路率5", "≥80%"),
    ] {
        assert!(got.contains(&(name.to_string(), value.to_string())), "{name} {value}\n{shown}");
    }
    assert_eq!(got.len(), 5, "{shown}");
}
