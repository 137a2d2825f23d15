//! CSV text (Excel's "save as CSV", budget systems' exports) read as a cell style of
//! the text reader: quoted fields, blank merged cells kept in place, GBK bytes — and
//! prose, tab text and space-cut text holding ASCII commas left as they were read.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, rows, s005, show};
use jixiao::read::text::split_cells;
use jixiao::read::CellStyle;
use jixiao::{parse_bytes, ParseOptions};

const SHEET: &str = "部门项目支出绩效目标表\n\
    单位名称,项目名称,项目金额,项目年度绩效目标,一级指标,二级指标,三级指标,指标值\n\
    某某局,道路维护,40,完成道路维护,产出指标,数量指标,维护里程,≥50公里\n\
    ,,,,效益指标,社会效益指标,通行条件,改善\n\
    某某局,路灯维修,12.5,保障照明,产出指标,质量指标,完好率,≥95%\n";

fn totals(f: &jixiao::Filing) -> Vec<Option<f64>> {
    f.projects.iter().map(|p| p.funds.annual.as_ref().and_then(|a| a.total)).collect()
}

fn sheet_rows() -> Vec<(String, String, String, String)> {
    expect(&[
        ("产出指标", "数量指标", "维护里程", "≥50公里"),
        ("效益指标", "社会效益指标", "通行条件", "改善"),
        ("产出指标", "质量指标", "完好率", "≥95%"),
    ])
}

#[test]
fn a_department_sheet_saved_as_csv() {
    assert_eq!(split_cells(SHEET).style, CellStyle::Commas);
    // Excel writes CRLF records and a UTF-8 BOM; both read the same.
    let crlf = format!("\u{FEFF}{}", SHEET.replace('\n', "\r\n"));
    for text in [SHEET.to_string(), crlf] {
        let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
        assert_eq!(f.format, "text");
        let names: Vec<Option<&str>> = f.projects.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(names, vec![Some("道路维护"), Some("路灯维修")], "{}", show(&f));
        assert_eq!(totals(&f), vec![Some(40.0), Some(12.5)], "{}", show(&f));
        assert_eq!(rows(&f), sheet_rows(), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    }
}

#[test]
fn a_gbk_csv_as_bytes() {
    let (bytes, _, _) = encoding_rs::GBK.encode(SHEET);
    let f = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    assert_eq!(f.format, "text");
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    assert_eq!(totals(&f), vec![Some(40.0), Some(12.5)]);
    assert_eq!(rows(&f), sheet_rows(), "{}", show(&f));
}

#[test]
fn a_single_project_form_padded_to_the_sheet_width() {
    let text = "项目支出绩效目标表,,,\n\
        项目名称,道路维护,,\n\
        主管部门及代码,610-某县交通局,实施单位,某中心\n\
        项目资金（万元）,年度资金总额,120,\n\
        ,其中：财政拨款,100,\n\
        ,其他资金,20,\n\
        年度绩效目标,完成道路维护,,\n\
        一级指标,二级指标,三级指标,指标值\n\
        产出指标,数量指标,维护里程,≥50公里\n\
        ,质量指标,完好率,≥95%\n\
        效益指标,社会效益指标,通行条件,改善\n";
    // Some exporters do not pad: trailing blank fields dropped read the same.
    let unpadded: String = text.lines().map(|l| format!("{}\n", l.trim_end_matches(','))).collect();
    for text in [text, unpadded.as_str()] {
        assert_eq!(split_cells(text).style, CellStyle::Commas);
        single_project_form(text);
    }
}

fn single_project_form(text: &str) {
    let f = parse(text);
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("道路维护"));
    assert_eq!((p.department.as_deref(), p.department_code.as_deref()), (Some("某县交通局"), Some("610")));
    assert_eq!(p.goals.annual.as_deref(), Some("完成道路维护"));
    let a = p.funds.annual.as_ref().unwrap();
    assert_eq!((a.total, a.fiscal, a.other), (Some(120.0), Some(100.0), Some(20.0)));
    let want = expect(&[
        ("产出指标", "数量指标", "维护里程", "≥50公里"),
        ("产出指标", "质量指标", "完好率", "≥95%"),
        ("效益指标", "社会效益指标", "通行条件", "改善"),
    ]);
    assert_eq!(rows(&f), want, "{}", show(&f));
}

#[test]
fn quoted_fields_keep_commas_quotes_and_line_breaks() {
    let text = "项目名称,\"道路,桥梁维护\",,\n\
        年度绩效目标,\"完成\"\"三路\"\"维护\n保障通行\",,\n\
        一级指标,二级指标,三级指标,指标值\n\
        产出指标,数量指标,维护金额,\"≥1,234.5万元\"\n";
    let g = split_cells(text);
    assert_eq!(g.style, CellStyle::Commas);
    let cells: Vec<Vec<&str>> = g.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    assert_eq!(cells[0], ["项目名称", "道路,桥梁维护", "", ""]);
    assert_eq!(cells[1], ["年度绩效目标", "完成\"三路\"维护\n保障通行", "", ""]);
    assert_eq!(cells[3], ["产出指标", "数量指标", "维护金额", "≥1,234.5万元"]);
    // A record after a wrapped field points at its own line.
    assert_eq!(g.rows[2].line, 4);
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("道路,桥梁维护"));
    assert_eq!(rows(&f), expect(&[("产出指标", "数量指标", "维护金额", "≥1,234.5万元")]), "{}", show(&f));
}

#[test]
fn prose_with_ascii_commas_and_amounts_is_not_csv() {
    let prose = "项目总投资1,234.56万元,其中财政拨款1,000万元。\n\
        主要完成道路维护,桥梁加固,路灯更换等工作。\n\
        预计受益群众12,000人,满意度达到90%以上。\n\
        项目实施期为一年,由某某局负责组织实施,按季度报送进度。\n";
    let g = split_cells(prose);
    assert_ne!(g.style, CellStyle::Commas);
    assert!(g.rows.iter().all(|r| r.cells.iter().all(|c| !c.text.is_empty())));
    assert_eq!(g.rows.len(), 4);
    // Clauses cut at ASCII commas, without full stops, in varying numbers.
    let clauses = "建设内容包括道路,桥梁,涵洞,路灯\n资金来源为省级补助,市级配套,县级自筹\n\
        完成时间2025年12月,验收合格,交付使用,群众满意,效益明显\n";
    assert_ne!(split_cells(clauses).style, CellStyle::Commas);
    // Thousands separators alone never make a line a record.
    let amounts = "金额 1,234.56 2,345.67 3,456.78\n合计 1,234,567.00 元\n";
    assert_ne!(split_cells(amounts).style, CellStyle::Commas);
}

#[test]
fn tab_text_with_commas_in_cells_stays_tabs() {
    let text = "项目名称\t道路,桥梁,隧道维护\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t维护道路,桥梁,隧道\t3处\n\
        \t质量指标\t完好率,合格率,达标率\t≥95%\n";
    let g = split_cells(text);
    assert_eq!(g.style, CellStyle::Tabs);
    assert_eq!(g.rows[2].cells[2].text, "维护道路,桥梁,隧道");
    let f = parse(text);
    assert_eq!(f.projects[0].name.as_deref(), Some("道路,桥梁,隧道维护"));
    assert_eq!(rows(&f).len(), 2, "{}", show(&f));
}

#[test]
fn space_cut_text_with_amounts_stays_spaces() {
    let text = "项目名称 道路维护\n\
        年度资金总额 1,234.56 财政拨款 1,000.00\n\
        一级指标 二级指标 三级指标 指标值\n\
        产出指标 数量指标 维护里程 ≥50公里\n\
        成本指标 经济成本指标 维护成本 ≤1,234.56万元\n";
    let g = split_cells(text);
    assert_eq!(g.style, CellStyle::Spaces);
    assert_eq!(g.rows[1].cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["年度资金总额", "1,234.56", "财政拨款", "1,000.00"]);
}

/// No text of the corpora (real pages and seeds, as pdftotext, Word and browsers
/// copy them) is taken for CSV.
#[test]
fn no_corpus_text_reads_as_csv() {
    let mut seen = 0;
    for dir in ["../shared/corpus/seeds", "../shared/corpus/real"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let loaded = jixiao::read::load(&bytes, None, None).unwrap();
            assert_ne!(loaded.grid.style, CellStyle::Commas, "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen > 0 || !std::path::Path::new("../shared/corpus").exists());
}

/// A record is whole: an exporter that drops trailing blank fields leaves the last
/// row short of the 备注 column without the row being cut off.
#[test]
fn a_short_last_record_is_whole() {
    let text = "项目名称,道路维护,,,\n\
        一级指标,二级指标,三级指标,指标值,备注\n\
        产出指标,数量指标,维护里程,≥50公里,按年计\n\
        ,质量指标,完好率,≥95%\n";
    assert_eq!(split_cells(text).style, CellStyle::Commas);
    let f = parse(text);
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "维护里程", "≥50公里"), ("产出指标", "质量指标", "完好率", "≥95%")]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// Cells wrapped over several lines (Alt+Enter in Excel) put lines without commas
/// into the file: the records, not the lines, decide.
#[test]
fn many_wrapped_cells_still_read_as_csv() {
    let text = "项目名称,道路维护,,\n\
        年度绩效目标,\"1.完成道路维护\n2.完成桥梁加固\n3.完成路灯更换\n4.改善通行条件\",,\n\
        一级指标,二级指标,三级指标,指标值\n\
        产出指标,数量指标,\"维护里程\n（公里）\",≥50\n\
        效益指标,社会效益指标,\"通行\n条件\",\"明显\n改善\"\n";
    let g = split_cells(text);
    assert_eq!(g.style, CellStyle::Commas);
    let f = parse(text);
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("1.完成道路维护\n2.完成桥梁加固\n3.完成路灯更换\n4.改善通行条件"));
    assert_eq!(rows(&f).len(), 2, "{}", show(&f));
}

/// Excel writes a merged cell's text into its first row and blanks the rest: a
/// project's name on the first of its three rows owns all three.
#[test]
fn a_merged_project_name_owns_the_rows_below_it() {
    let text = "单位名称,项目名称,项目金额,项目年度绩效目标,一级指标,二级指标,三级指标,指标值\n\
        某某局,道路维护,40,完成道路维护,产出指标,数量指标,维护里程,≥50公里\n\
        ,,,,,质量指标,合格率,≥95%\n\
        ,,,,效益指标,社会效益指标,通行条件,改善\n\
        某某局,路灯维修,12.5,保障照明,产出指标,质量指标,完好率,≥95%\n\
        ,,,,,时效指标,完成时间,2025年12月\n\
        ,,,,满意度指标,服务对象满意度指标,群众满意度,≥90%\n";
    assert_eq!(split_cells(text).style, CellStyle::Commas);
    let f = parse(text);
    let per: Vec<(Option<&str>, usize)> = f.projects.iter().map(|p| (p.name.as_deref(), p.indicators.len())).collect();
    assert_eq!(per, vec![(Some("道路维护"), 3), (Some("路灯维修"), 3)], "{}", show(&f));
    assert_eq!(totals(&f), vec![Some(40.0), Some(12.5)]);
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// The cells of every row, as text.
fn grid_cells(text: &str) -> Vec<Vec<String>> {
    split_cells(text).rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect()
}

/// European Excel saves CSV with ';' (its decimal mark is the comma); some saves name
/// the separator on a first line "sep=;" / "sep=,", which is no row of the sheet.
#[test]
fn semicolons_and_a_sep_line_read_as_csv() {
    let semi = SHEET.replace(',', ";");
    let variants =
        [semi.clone(), format!("sep=;\n{semi}"), format!("sep=,\n{SHEET}"), format!("\u{FEFF}sep=;\r\n{}", semi.replace('\n', "\r\n"))];
    for text in &variants {
        let g = split_cells(text.trim_start_matches('\u{FEFF}'));
        assert_eq!(g.style, CellStyle::Commas, "{text}");
        assert!(g.cells().all(|c| !c.text.starts_with("sep=")), "{text}");
        assert_eq!(grid_cells(text.trim_start_matches('\u{FEFF}')), grid_cells(SHEET), "{text}");
        let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
        assert_eq!(totals(&f), vec![Some(40.0), Some(12.5)], "{}", show(&f));
        assert_eq!(rows(&f), sheet_rows(), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    }
    // Rows after a "sep=" line keep their own line numbers.
    let g = split_cells(&variants[1]);
    assert_eq!((g.rows[0].line, g.rows[1].line), (2, 3));
    // A GB18030 save reads the same: the decoder runs before the style is asked.
    let (bytes, _, _) = encoding_rs::GB18030.encode(&variants[1]);
    let f = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    assert_eq!(rows(&f), sheet_rows(), "{}", show(&f));
}

/// Chinese prose separates clauses with the full-width '；' (never a ';' byte), and
/// prose that uses ASCII ';' varies its clause count from line to line: neither is CSV.
#[test]
fn prose_with_semicolons_is_not_csv() {
    let prose = "主要完成道路维护；桥梁加固；路灯更换；涵洞疏通等工作。\n\
        资金来源为省级补助；市级配套；县级自筹\n\
        完成时间2025年12月；验收合格；交付使用；群众满意\n\
        项目实施期为一年；由某某局负责组织实施；按季度报送进度。\n";
    let g = split_cells(prose);
    assert_ne!(g.style, CellStyle::Commas);
    assert_eq!(g.rows.len(), 4);
    assert!(g.rows.iter().all(|r| r.cells.iter().any(|c| c.text.contains('；'))));
    let ascii = "建设内容包括道路;桥梁;涵洞;路灯\n资金来源为省级补助;市级配套;县级自筹\n\
        完成时间2025年12月;验收合格;交付使用;群众满意;效益明显\n";
    assert_ne!(split_cells(ascii).style, CellStyle::Commas);
    // "sep=" only as Excel writes it, alone on the first line.
    let said = "sep=; 是分隔符的写法\n建设内容包括道路;桥梁;涵洞;路灯\n";
    assert_ne!(split_cells(said).style, CellStyle::Commas);
}
