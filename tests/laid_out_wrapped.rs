//! `pdftotext -layout` text of a table printed with tight cell padding: rows follow
//! each other with no blank line between them, a wrapped cell goes on in its column on
//! the next line, and a row cut by a page break has the page number and running head
//! between its halves. Fixture: the first four pages of tests/fixtures/long/long.pdf
//! (tools/make_probe11_fixtures.py) through `pdftotext -layout`; the PDF's own reading
//! is the expected result.

use std::path::Path;

use jixiao::read::CellStyle;
use jixiao::{parse_bytes, parse_path, Filing, ParseOptions};

fn records(f: &Filing, projects: usize) -> Vec<String> {
    let mut out = Vec::new();
    for p in f.projects.iter().take(projects) {
        out.push(format!("P {:?} {:?} {:?}", p.name, p.funds.annual.as_ref().and_then(|a| a.total), p.goals.annual));
        for i in &p.indicators {
            out.push(format!("{} | {} | {} | {}", i.level1, i.level2, i.name, i.value));
        }
    }
    out
}

#[test]
fn tight_laid_out_text_with_wrapped_cells_and_a_row_cut_by_a_page_break_reads_as_its_pdf() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read(dir.join("laid_out_dense/long_pages_1_4.txt")).unwrap();
    assert_eq!(jixiao::read::load(&text, None, None).unwrap().grid.style, CellStyle::LaidOut);
    let got = parse_bytes(&text, &ParseOptions::default()).unwrap();
    let pdf = parse_path(&dir.join("long/long.pdf"), &ParseOptions::default()).unwrap();
    // The department table and the five project tables on those pages: titles ("表
    // 13-6") and goal paragraphs right above or below a table's rows stay out of them.
    assert_eq!(got.projects.len(), 6, "{:#?}", records(&got, 9));
    assert_eq!(records(&got, 6), records(&pdf, 6));
    // "数" of "…医保人数" is printed on the next page, after "-1-" and the running head.
    assert!(got.projects[1].indicators.iter().any(|i| i.name == "城镇职工困难企业和城乡居民医保人数"));
    assert!(got.projects.iter().flat_map(|p| &p.indicators).all(|i| !i.name.contains("部门预算") && !i.name.contains('表')));
}

/// The first indicator row of a table cut by a page break (pdftotext -layout of page 10
/// and 11 of long.pdf): "训人次" of both wrapped cells stands on the next page, after
/// the page number and the running head, and pdftotext has set that page's columns
/// further left, so the pieces are not under the cells they continue.
#[test]
fn the_rest_of_a_row_on_the_next_page_goes_on_in_its_wrapped_cells_though_the_columns_moved() {
    let text = [
        "某某县医疗保障局 2023 年部门预算",
        "一级指标        二级指标                三级指标        绩效指标描述      指标值",
        "产出指标        数量指标                支付方式改革累计培   支付方式改革累计培   ≥15 人次",
        "",
        "",
        "",
        "- 11 -",
        "\u{c}某某县医疗保障局 2023 年部门预算",
        "",
        "",
        "                        训人次         训人次",
        "            质量指标        医保台账自助查询准   医保台账自助查询准          ≥95%",
        "                        确率          确率",
        "            时效指标        手持终端入户即时结   手持终端入户即时结          ≥95%",
        "                        算率          算率",
        "            成本指标        设备均价        设备均价               ≤3 万元",
        "效益指标        社会效益指标      医保入户结算便利度   医保入户结算便利度          显著提升",
        "满意度指标       服务对象满意度指标   参保人员满意度     参保人员满意度            ≥90%",
        "\u{c}",
    ]
    .join("\n");
    let grid = jixiao::read::load(text.as_bytes(), None, None).unwrap().grid;
    assert_eq!(grid.style, CellStyle::LaidOut);
    let rows: Vec<Vec<&str>> = grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    let row = |first: &str| rows.iter().find(|r| r.first() == Some(&first)).unwrap_or_else(|| panic!("{first}: {rows:#?}")).clone();
    assert_eq!(row("产出指标"), ["产出指标", "数量指标", "支付方式改革累计培训人次", "支付方式改革累计培训人次", "≥15人次"]);
    assert_eq!(row("质量指标"), ["质量指标", "医保台账自助查询准确率", "医保台账自助查询准确率", "≥95%"]);
    // No page number, running head (past the first page's) or stray half-row.
    assert!(rows[1..].iter().all(|r| !r.iter().any(|c| c.contains("部门预算") || c.starts_with('-') || *c == "训人次")), "{rows:#?}");
    assert_eq!(rows.len(), 8, "{rows:#?}");
}

/// `pdftotext -layout` of a tight table whose project name wraps over five lines: a
/// line with digits in it takes more character columns than a full line of
/// ideographs though it fills the cell no more (pdftotext prints an ideograph in one
/// column), and the last line is the fund's document number, wrapped whole because it
/// did not fit, closing the bracket the line above opened.
#[test]
fn a_name_wrapped_around_digits_and_a_document_number_stays_one_cell() {
    // A raw string: the indentation is the layout.
    let text = [
        "\u{c}项目支出绩效目标表",
        r"项目名称        东山乡 1 道路养护与
            农村公路安全提升资
            金（2024 年中央补
            助）（县财预指
            [2024]88 号）
预算规模及资金用途   预算数            500000.00   其中：财政   资金   500000.00   其他资金
绩效目标        完成农村公路养护。
一级指标        二级指标           三级指标        绩效指标描述       指标值
产出指标        数量指标           养护里程        养护里程         ≥50 公里
            质量指标           路面合格率       路面合格率        ≥95%
            时效指标           完工时间        完工时间         2024 年底
            成本指标           养护单价        养护单价         ≤1 万元/公里
满意度指标       服务对象满意度指标      群众满意度       群众满意度        ≥90%",
    ]
    .join("\n");
    let f = parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(jixiao::read::load(text.as_bytes(), None, None).unwrap().grid.style, CellStyle::LaidOut);
    assert_eq!(
        records(&f, 1),
        [
            r#"P Some("东山乡1道路养护与农村公路安全提升资金（2024年中央补助）（县财预指[2024]88号）") Some(500000.0) Some("完成农村公路养护。")"#,
            "产出指标 | 数量指标 | 养护里程 | ≥50公里",
            "产出指标 | 质量指标 | 路面合格率 | ≥95%",
            "产出指标 | 时效指标 | 完工时间 | 2024年底",
            "产出指标 | 成本指标 | 养护单价 | ≤1万元/公里",
            "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%",
        ]
    );
}

/// A funds row cut by a page break where the next page opens with the purpose text
/// printed under it (all 21 pages of long.pdf through pdftotext -layout, where the
/// project "…（津财社指[2023]156号）" stands twice): a first line of a page used to go
/// on in the amount's cell as in a wrapped cell ("672000.00重点用于医保信息化"), and
/// the project lost its budget. An amount never wraps into words.
#[test]
fn the_next_page_does_not_continue_an_amount() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read(dir.join("laid_out_dense/long_all.txt")).unwrap();
    let f = parse_bytes(&text, &ParseOptions::default()).unwrap();
    let totals: Vec<Option<f64>> = f
        .projects
        .iter()
        .filter(|p| p.name.as_deref().is_some_and(|n| n.contains("津财社指") && n.contains("医疗保障与服务能力")))
        .map(|p| p.funds.annual.as_ref().and_then(|a| a.total))
        .collect();
    assert_eq!(totals, [Some(672000.0), Some(672000.0)], "{:#?}", records(&f, 30));
}
