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
    let text = format!("发布时间：2020-01-10  浏览次数：\n【字体：大 中 小】\n{TABLE}打印本页 关闭窗口\n分享到：\n【打印】【关闭】\n");
    let f = parse(&text);
    assert_eq!(rows(&f), rows(&parse(TABLE)), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn a_time_field_is_not_furniture() {
    // "实施时间" is a field; a bare "时间" with a date but no website label beside it is
    // the filing's own text, quoted if nothing reads it.
    let f = parse(&format!(
        "项目支出绩效目标表\n项目名称\t道路维护\n实施时间:\t2023年\n时间：2023年1月-12月\n{}",
        &TABLE[TABLE.find("一级").unwrap()..]
    ));
    let quoted = s005(&f);
    assert!(quoted.iter().any(|s| s.contains("2023年1月-12月")), "{quoted:?} {}", show(&f));
    let extra = &f.projects[0].extra;
    assert!(extra.values().any(|v| v.contains("2023年")) || quoted.iter().any(|s| s.contains("实施时间")), "{extra:?} {quoted:?}");
    // One control word alone (a value that happens to be 收藏 or 大) is no page control.
    let g = parse(&format!("{TABLE}收藏\n"));
    assert!(s005(&g).iter().any(|s| s == "收藏"), "{:?}", s005(&g));
}

#[test]
fn site_navigation_and_footer_are_furniture() {
    let text = format!(
        "首页 | 信息公开 | 政务公开\n当前位置：首页 > 信息公开 > 财政预决算\n首页\t机构概况\t信息公开\t办事服务\n{TABLE}\
         【打印本页】【关闭窗口】 主办单位：某县人民政府办公室 ICP备案号：皖ICP备12345678号\n\
         版权所有：某县人民政府 网站标识码：3415000001\n"
    );
    let f = parse(&text);
    assert_eq!(rows(&f), rows(&parse(TABLE)), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn a_filing_line_that_mentions_a_home_page_is_not_navigation() {
    // "首页" opening the filing's own text, with no links after it, is quoted.
    let f = parse(&format!("{TABLE}首页改版工作已完成，信息发布及时率达到要求\n"));
    assert!(s005(&f).iter().any(|s| s.contains("首页改版")), "{:?}", s005(&f));
}

/// The page's publication line with the site's owner and domain, cut into cells (a
/// web page copied as tab-separated text, real 05), and a 浏览量 counter (real 08):
/// each cell was quoted by S005.
#[test]
fn a_publication_line_with_the_site_domain_is_furniture() {
    for line in [
        "湘潭市城市管理和综合执法局\txtcg.xiangtan.gov.cn\t发布时间:2023-10-13\t19:49",
        "湘潭市城市管理和综合执法局   xtcg.xiangtan.gov.cn   发布时间:2023-10-13   19:49",
        "xtcg.xiangtan.gov.cn",
        "浏览量:1",
    ] {
        let f = parse(&format!("{line}\n{TABLE}"));
        assert_eq!(rows(&f), rows(&parse(TABLE)), "{line}: {}", show(&f));
        assert!(s005(&f).is_empty(), "{line}: {:?}", s005(&f));
    }
    // A decimal is no domain, and a domain beside a filing's own words is no page
    // line: both are still read.
    let f = parse(&format!("{TABLE}完成率 2023.07\t95.5\n"));
    assert_eq!(rows(&f).len(), 2, "{}", show(&f));
    let f = parse(&format!("项目网址 www.example.gov.cn\n{TABLE}"));
    assert!(s005(&f).iter().any(|s| s.contains("www.example.gov.cn")), "{}", show(&f));
}
