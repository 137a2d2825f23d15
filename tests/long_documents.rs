//! Long documents (a city or county 部门预算 of many pages): a 部门整体 table, then
//! dozens of project tables one after another, with the furniture a published document
//! puts between and inside them: running heads, page numbers, table numbers, a 第X部分
//! heading, prose, a header row printed again after a page break. Every table must come
//! out as its own project, whole, and nothing else as one.
//!
//! The text forms are built here; the Word, workbook and PDF forms are made by
//! tools/make_probe11_fixtures.py from the seeds (tests/fixtures/long/).

#[path = "common/families.rs"]
mod families;

use families::{parse, s005, show};
use jixiao::{parse_path, Filing, ParseOptions};

const HEAD: &str = "某某县医疗保障局2023年部门预算";
const PROSE: &str = "以上项目绩效目标由项目单位自行设定，经主管部门审核后随部门预算一并公开，接受社会监督。";
const PLACES: [&str; 8] = ["城关镇", "东城区", "西城区", "南湖乡", "北山镇", "江口乡", "河西区", "新桥镇"];
const WORKS: [&str; 5] = ["道路维护经费", "农村饮水安全补助", "学校运转保障经费", "医疗救助补助资金", "绿化养护经费"];
const NAMES: [(&str, &str, &str, &str); 8] = [
    ("产出指标", "数量指标", "完成维护里程", "≥50公里"),
    ("产出指标", "数量指标", "受益人数", "≥1200人"),
    ("产出指标", "质量指标", "验收合格率", "100%"),
    ("产出指标", "时效指标", "完成时间", "2023年12月底前"),
    ("产出指标", "成本指标", "人均补助标准", "≤384元"),
    ("效益指标", "社会效益指标", "群众就医负担减轻程度", "有效减轻"),
    ("效益指标", "可持续影响指标", "设施使用年限", "≥20年"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
];

/// One table as rows of cells, and what it should parse to.
struct Table {
    rows: Vec<Vec<String>>,
    name: Option<String>,
    total: f64,
    count: usize,
}

fn cells(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

fn department() -> Table {
    let mut rows = vec![
        cells(&["部门名称", "某某县医疗保障局"]),
        cells(&["年度预算申请", "资金总额", "1500"]),
        cells(&["年度总体目标", "全面落实医疗保障各项政策，确保基金安全运行。"]),
        cells(&["一级指标", "二级指标", "三级指标", "指标值"]),
    ];
    rows.extend(NAMES[..3].iter().map(|r| cells(&[r.0, r.1, &format!("全县{}", r.2), r.3])));
    Table { rows, name: None, total: 1500.0, count: 3 }
}

/// Project `k`: four columns, or five with 绩效指标描述 every third one; 3 to 8
/// indicators, their 一级 and 二级 printed only where they change (merged cells).
fn project(k: usize) -> Table {
    let name = format!("{}{}{}", PLACES[k % PLACES.len()], k + 1, WORKS[k % WORKS.len()]);
    let total = 10.0 * (k + 1) as f64 + 0.5;
    let desc = k % 3 == 2;
    let count = 3 + k % 6;
    let mut rows = vec![
        cells(&["项目名称", &name]),
        cells(&["主管部门及代码", "610-某某县医疗保障局", "实施单位", "某某县医疗保障服务中心"]),
        cells(&["项目资金 (万元)", "年度资金总额", &format!("{total}")]),
        cells(&["", "其中：财政拨款", &format!("{total}")]),
        cells(&["", "其他资金", "0"]),
        cells(&["年度绩效目标", &format!("保障{name}按期实施，完成年度建设任务。")]),
    ];
    rows.push(if desc {
        cells(&["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"])
    } else {
        cells(&["一级指标", "二级指标", "三级指标", "指标值"])
    });
    let picked: Vec<_> = NAMES.iter().skip(8 - count).collect();
    for (j, r) in picked.iter().enumerate() {
        let l1 = if j == 0 || picked[j - 1].0 != r.0 { r.0 } else { "" };
        let l2 = if j == 0 || picked[j - 1].1 != r.1 { r.1 } else { "" };
        let name = format!("{}{}", r.2, k + 1);
        rows.push(if desc { cells(&[l1, l2, &name, &format!("按计划{}", r.2), r.3]) } else { cells(&[l1, l2, &name, r.3]) });
    }
    Table { rows, name: Some(name), total, count }
}

#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// Tab-separated cells (pdftotext-like).
    Tabs,
    /// One cell per line, blank cells dropped (pdftotext without -layout).
    Lines,
    /// Cells cut at runs of spaces (pdftotext -layout).
    Spaces,
}

/// The document: a 第X部分 heading, the 部门整体 table, then `n` project tables with
/// table numbers, running heads and page numbers between and inside them, a header
/// printed again on every other broken table, prose after every third.
fn document(n: usize, form: Form) -> (String, Vec<Table>) {
    let tables: Vec<Table> = std::iter::once(department()).chain((0..n).map(project)).collect();
    let mut out = vec![HEAD.to_string(), "第三部分 部门整体支出绩效目标".to_string()];
    let mut page = 0;
    let mut furniture = |out: &mut Vec<String>| {
        page += 1;
        out.push(if page % 2 == 1 { format!("- {page} -") } else { format!("第{page}页") });
        out.push(HEAD.to_string());
    };
    let line = |r: &[String]| -> Vec<String> {
        match form {
            Form::Tabs => vec![r.join("\t")],
            Form::Lines => r.iter().filter(|c| !c.is_empty()).cloned().collect(),
            Form::Spaces => vec![r
                .iter()
                .map(|c| format!("{c}{}", " ".repeat(4 + 2 * (14usize.saturating_sub(c.chars().count())))))
                .collect::<String>()
                .trim_end()
                .to_string()],
        }
    };
    for (t, table) in tables.iter().enumerate() {
        if t == 1 {
            out.push("第四部分 项目支出绩效目标".to_string());
            out.push(PROSE.to_string());
        }
        out.push(format!("表13-{}", t + 1));
        out.push(if t == 0 { "部门整体支出绩效目标表" } else { "项目支出绩效目标表" }.to_string());
        out.push("（2023年度）".to_string());
        let header = table.rows.iter().position(|r| r[0] == "一级指标").unwrap();
        for (i, r) in table.rows.iter().enumerate() {
            // A page break two rows into the matrix.
            if t > 0 && i == header + 3 {
                furniture(&mut out);
                if t % 2 == 1 {
                    out.extend(line(&table.rows[header]));
                }
            }
            out.extend(line(r));
        }
        if t % 3 == 0 {
            out.push(PROSE.to_string());
        }
        if t % 4 == 3 {
            furniture(&mut out);
        }
    }
    (out.join("\n") + "\n", tables)
}

/// Every table is its own project, in order, with its name, funds and indicators.
fn check(f: &Filing, tables: &[Table], what: &str) {
    let got: Vec<_> =
        f.projects.iter().map(|p| (p.name.clone(), p.funds.annual.as_ref().and_then(|a| a.total), p.indicators.len())).collect();
    let want: Vec<_> = tables.iter().map(|t| (t.name.clone(), Some(t.total), t.count)).collect();
    assert_eq!(got, want, "{what}\n{}", show(f));
    // No furniture became an indicator, and each project's indicators are its own.
    for (p, t) in f.projects.iter().zip(tables) {
        for i in &p.indicators {
            assert!(
                !i.name.contains("表13") && !i.name.contains(HEAD) && !i.name.contains("以上") && !i.name.contains('页'),
                "{what}: {}",
                i.name
            );
            if let Some(name) = &t.name {
                let k = name.trim_start_matches(|c: char| !c.is_ascii_digit()).trim_end_matches(|c: char| !c.is_ascii_digit());
                assert!(i.name.ends_with(k), "{what}: {} in {name}", i.name);
            }
        }
    }
    assert_eq!(f.projects[0].department.as_deref(), Some("某某县医疗保障局"), "{what}");
    // The prose between the tables is quoted, not dropped.
    assert!(s005(f).iter().any(|s| s.contains("以上项目绩效目标")), "{what}\n{}", show(f));
}

#[test]
fn forty_tables_as_tab_text_each_stay_one_project() {
    let (text, tables) = document(40, Form::Tabs);
    check(&parse(&text), &tables, "tabs");
}

#[test]
fn forty_tables_one_cell_per_line_each_stay_one_project() {
    let (text, tables) = document(40, Form::Lines);
    check(&parse(&text), &tables, "lines");
}

#[test]
fn forty_tables_cut_at_spaces_each_stay_one_project() {
    let (text, tables) = document(40, Form::Spaces);
    check(&parse(&text), &tables, "spaces");
}

/// Prose between two tables ends the one above: it is no indicator of it (it was
/// taken as a name without a value, under the last 一级 and 二级).
#[test]
fn prose_between_tables_is_quoted_not_an_indicator() {
    let table = |name: &str| {
        format!("项目支出绩效目标表\n项目名称\t{name}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t{name}里程\t≥50公里\n满意度指标\t服务对象满意度\t政策知晓率\t≥95%\n")
    };
    // Tab rows and one cell per line; the next table's number straight after, or after
    // the page's number.
    for (sep, page) in [("\t", ""), ("\n", ""), ("\n", "第14页\n"), ("\t", "- 14 -\n")] {
        let text = format!("{}{PROSE}\n{page}表13-4\n{}", table("道路维护"), table("桥梁维护")).replace('\t', sep);
        let f = parse(&text);
        assert_eq!(f.projects.iter().map(|p| p.indicators.len()).collect::<Vec<_>>(), [2, 2], "{}", show(&f));
        assert!(s005(&f).iter().any(|s| s.contains("以上项目")), "{}", show(&f));
    }
}

/// A 部门整体 table printed one cell per line (no header row to find, no 项目名称)
/// ends at the next table's title: the project after it is not merged into it.
#[test]
fn a_department_table_one_cell_per_line_ends_at_the_next_title() {
    let text = "部门整体支出绩效目标表\n部门名称\n某某县卫生健康局\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n家庭医生签约人数\n≥5万人\n\
                项目支出绩效目标表\n项目名称\n基本公共卫生服务项目\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n老年人健康管理人数\n≥1.2万人\n";
    let f = parse(text);
    let got: Vec<_> = f.projects.iter().map(|p| (p.name.clone(), p.indicators.len())).collect();
    assert_eq!(got, [(None, 1), (Some("基本公共卫生服务项目".to_string()), 1)], "{}", show(&f));
    assert_eq!(f.projects[0].indicators[0].name, "家庭医生签约人数", "{}", show(&f));
}

/// The structured forms from tools/make_probe11_fixtures.py (seeds 001 and 002, copied
/// under other names): one Word table per project, all projects in ONE Word table
/// under title rows, a sheet with all of them stacked, and the Word file as a PDF.
#[test]
fn structured_long_documents_split_into_their_tables() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/long/");
    let expected: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(format!("{dir}expected.json")).unwrap()).unwrap();
    // (The side-by-side seed 000 tables are in the text forms only.)
    let want: Vec<_> = expected
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] != "L3")
        .map(|e| (e["name"].as_str().map(str::to_string), e["annual"].as_f64(), e["indicators"].as_u64().unwrap() as usize))
        .collect();
    assert!(want.len() >= 20);
    for file in ["long.docx", "long_one.docx", "long.xlsx", "long.pdf"] {
        let f = parse_path(std::path::Path::new(&format!("{dir}{file}")), &ParseOptions::default()).unwrap();
        let got: Vec<_> =
            f.projects.iter().map(|p| (p.name.clone(), p.funds.annual.as_ref().and_then(|a| a.total), p.indicators.len())).collect();
        assert_eq!(got, want, "{file}\n{}", show(&f));
        assert!(f.projects.iter().flat_map(|p| &p.indicators).all(|i| !i.name.contains("以上")), "{file}\n{}", show(&f));
    }
}

/// A Word 97 table of seven columns (seed 002's, as LibreOffice saves it): each row's
/// properties are too many for a page and stand in the Data stream (sprmPHugePapx).
/// Without them no row ended, and the whole table was one row, read as nothing.
#[test]
fn a_doc_table_whose_row_properties_stand_in_the_data_stream() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/long/seven_columns.doc");
    let f = parse_path(std::path::Path::new(path), &ParseOptions::default()).unwrap();
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("城关镇02022-2024年滨海新区事业人员补充医疗保险费"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(37000000.0), "{}", show(&f));
    let rows: Vec<_> = p.indicators.iter().map(|i| (i.level2.as_str(), i.value.as_str())).collect();
    assert_eq!(rows.len(), 7, "{}", show(&f));
    assert_eq!(rows[0], ("数量指标", "47100人"), "{}", show(&f));
    assert_eq!(rows[6].1, "≥85%", "{}", show(&f));
}
