//! Layout probe, round 9: tables in the text shapes PDF and web-page copies come in —
//! one cell per line (`pdftotext`), cut at runs of spaces (`pdftotext -layout`,
//! pdfplumber's `extract_text`) with header cells wrapped onto a second line, and a
//! government website's footer under the table. Each shape is checked against a clean
//! tab-separated reading of the same table.

#[path = "common/families.rs"]
mod families;
#[path = "common/probe8_tables.rs"]
mod probe8_tables;

use families::{all, parse, rows, s005, show};
use probe8_tables::*;

/// L11 one cell per line with each project's merged cells (unit, name, goal) printed
/// mid-span, between two of its indicator rows: the rows above a name went to the
/// project before it (the first ones to a project with no name).
#[test]
fn multi_project_sheet_one_cell_per_line_names_printed_mid_span() {
    let clean = parse(&sheet(Printed::EveryRow));
    check_sheet(&parse(&one_cell_per_line(&sheet(Printed::MidSpan))), &clean);
}

/// 湖南-style table whose header cells wrap onto a second line in text cut at spaces.
const WRAPPED_HEAD: &str = "2024年度项目支出绩效目标表
项目名称\t城区环卫作业市场化服务项目
主管部门\t湘潭市城市管理和综合执法局
年度绩效目标\t完成城区主次干道机械化清扫保洁，生活垃圾日产日清。
";
const WRAPPED_BODY: &str = "产出指标\t数量指标\t道路清扫保洁面积\t≥1280万平方米\t城区主次干道清扫保洁面积
产出指标\t质量指标\t道路机扫率\t≥90%\t机械化清扫面积/总面积
效益指标\t社会效益指标\t市容环境改善\t逐步提高\t城区市容面貌
满意度指标\t服务对象满意度指标\t市民满意度\t≥95%\t问卷调查
";

/// Header cells wrapped onto a line of their own ("指标值确定依" / "据", "绩效指标" /
/// "描述", "三级" / "指标"), in pdfplumber's text (the tail alone on its line) and in
/// `pdftotext -layout` (the tail under its column): the header was not found, or the
/// wrapped column was left out of it and its cells read as the next column's.
#[test]
fn a_header_cell_wrapped_onto_a_second_line_is_joined() {
    for (last, head_line, tail) in [
        ("指标值确定依据", "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依", "据"),
        ("绩效指标描述", "一级指标\t二级指标\t三级指标\t指标值\t绩效指标", "描述"),
        ("指标解释", "一级指标\t二级指标\t三级\t指标值\t指标解释", "指标"),
    ] {
        let clean_head = format!("一级指标\t二级指标\t三级指标\t指标值\t{last}\n");
        let clean = parse(&format!("{WRAPPED_HEAD}{clean_head}{WRAPPED_BODY}"));
        assert_eq!(all(&clean).len(), 4, "{}", show(&clean));
        assert!(all(&clean)[0].description.is_some() || all(&clean)[0].basis.is_some(), "{}", show(&clean));
        let pad = " ".repeat(head_line.replace('\t', "    ").chars().count() + 4);
        for (gap, tail_line) in [("  ", tail.to_string()), ("    ", format!("{pad}{tail}")), (" ", tail.to_string())] {
            let text = spaced(&format!("{WRAPPED_HEAD}{head_line}\n{tail_line}\n{WRAPPED_BODY}"), gap);
            let f = parse(&text);
            assert_eq!(full(&f), full(&clean), "{text}\n{}", show(&f));
            assert!(s005(&f).is_empty(), "{text}\n{}", show(&f));
        }
    }
}

const FOOTER_TABLE: &str = "项目支出绩效目标表
项目名称\t道路维护
主管部门\t某某市交通运输局
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t维护道路里程\t≥50公里
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
";

/// A government website's footer with no ICP number after the table: each line was
/// quoted as an unplaced cell (S005) or read as an indicator row.
#[test]
fn a_site_footer_without_an_icp_number_is_furniture() {
    let clean = parse(FOOTER_TABLE);
    let footer = "主办单位：某某市财政局\n承办：某某市财政局办公室\n技术支持：某某网络科技有限公司\n网站标识码：4302000001\n\
                  联系电话：0731-12345678 邮编：411100\n地址：某某市人民中路1号  邮编：411100\n";
    for text in [format!("{FOOTER_TABLE}{footer}"), spaced(&format!("{FOOTER_TABLE}{footer}"), " "), one_cell_per_line(&format!("{FOOTER_TABLE}{footer}"))] {
        let f = parse(&text);
        assert_eq!(rows(&f), rows(&clean), "{text}\n{}", show(&f));
        assert!(s005(&f).is_empty(), "{text}\n{}", show(&f));
        assert!(f.projects[0].extra.is_empty(), "{:?}", f.projects[0].extra);
    }
    // A 主管部门 or a filing's own 联系电话 is still read as before.
    let own = parse(&format!("{FOOTER_TABLE}联系电话：0731-12345678\n"));
    assert_eq!(own.projects[0].department.as_deref(), Some("某某市交通运输局"));
    assert!(s005(&own).iter().any(|s| s.contains("0731")) || own.projects[0].extra.values().any(|v| v.contains("0731")), "{}", show(&own));
}
