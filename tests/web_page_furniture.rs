//! Page furniture of a government website a filing was copied from: a publication line
//! that opens with a bare 时间 ("时间:2019-12-31 15:38:36 来源::", real 18) and the
//! page's controls ("【字体：大 中 小】", "打印本页 关闭窗口", "分享到："). Each was
//! reported as an unplaced cell (S005); a 时间 field of the filing itself is not
//! furniture and is still read (or quoted) as before.

#[path = "common/families.rs"]
mod families;

use families::{parse, rows, s005, show};

const TABLE: &str = "项目支出绩效目标表
项目名称\t道路维护
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t维护道路里程\t≥50公里
";

#[test]
fn a_time_line_with_a_source_label_is_furniture() {
    for line in [
        "时间:2019-12-31 15:38:36 来源::",
        "时间：2020-01-10 09:12 浏览次数：",
        "时间: 2021年3月5日 | 发布单位:区财政局",
        "时间:2019-12-31\t15:38:36\t来源::",
    ] {
        let f = parse(&format!("部门整体支出绩效目标\n{line}\n{TABLE}"));
        let clean = parse(TABLE);
        assert_eq!(rows(&f), rows(&clean), "{line}: {}", show(&f));
        assert!(s005(&f).iter().all(|s| !s.contains("时间") && !s.contains("来源") && !s.contains(':')), "{line}: {:?}", s005(&f));
    }
}

#[test]
fn site_controls_are_furniture() {
    let text = format!(
        "发布时间：2020-01-10  浏览次数：\n【字体：大 中 小】\n{TABLE}打印本页 关闭窗口\n分享到：\n【打印】【关闭】\n"
    );
    let f = parse(&text);
    assert_eq!(rows(&f), rows(&parse(TABLE)), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn a_time_field_is_not_furniture() {
    // "实施时间" is a field; a bare "时间" with a date but no website label beside it is
    // the filing's own text, quoted if nothing reads it.
    let f = parse(&format!("项目支出绩效目标表\n项目名称\t道路维护\n实施时间:\t2023年\n时间：2023年1月-12月\n{}", &TABLE[TABLE.find("一级").unwrap()..]));
    let quoted = s005(&f);
    assert!(quoted.iter().any(|s| s.contains("2023年1月-12月")), "{quoted:?} {}", show(&f));
    let extra = &f.projects[0].extra;
    assert!(extra.values().any(|v| v.contains("2023年")) || quoted.iter().any(|s| s.contains("实施时间")), "{extra:?} {quoted:?}");
    // One control word alone (a value that happens to be 收藏 or 大) is no page control.
    let g = parse(&format!("{TABLE}收藏\n"));
    assert!(s005(&g).iter().any(|s| s == "收藏"), "{:?}", s005(&g));
}
