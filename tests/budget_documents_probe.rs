//! A whole 部门预算 document (tests/fixtures/extra/budget_document_whole.txt: 部门概况,
//! the 收支 tables, a 政府采购预算表, a 项目支出表 listing the projects with amounts,
//! 情况说明, three 项目支出绩效目标表 spanning pages with repeated headers, a 部门整体
//! table, 名词解释), in the text forms PDF tools produce. The document must give
//! exactly what its target tables alone give: the other tables are quoted, never read.

#[path = "common/families.rs"]
mod families;

use families::{parse, s005, show};
use jixiao::Filing;

fn document() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/extra/budget_document_whole.txt")).unwrap()
}

/// The target tables alone: from the first table number to the 第四部分 heading.
fn targets_only(doc: &str) -> String {
    let start = doc.find("表13-1").unwrap();
    let end = doc.find("第四部分").unwrap();
    doc[start..end].to_string()
}

/// The fixture (tab-separated cells, pages cut by form feeds) as a PDF tool prints it.
fn form(doc: &str, kind: &str) -> String {
    let lines = doc.lines().map(|l| {
        let (ff, l) = l.strip_prefix('\u{c}').map_or(("", l), |rest| ("\u{c}", rest));
        let cells: Vec<&str> = l.split('\t').filter(|c| !c.is_empty()).collect();
        let body = match kind {
            "tab" => l.to_string(),
            // `pdftotext -layout`: cells cut at runs of spaces, short lines centred.
            "layout" if cells.len() > 1 => format!("   {}", cells.join("     ")),
            "layout" => format!("{:>1$}", l, 12 + l.len()),
            // `pdftotext` without -layout: one cell per line.
            "raw" => cells.join("\n"),
            // pdfplumber extract_text: cells joined by single spaces, no form feeds.
            "plumber" => return cells.join(" "),
            _ => unreachable!(),
        };
        format!("{ff}{body}")
    });
    lines.collect::<Vec<_>>().join("\n") + "\n"
}

/// Each project's name, department, unit, funds and indicator rows.
fn records(f: &Filing) -> Vec<String> {
    f.projects
        .iter()
        .map(|p| {
            let rows: Vec<String> = p.indicators.iter().map(|i| format!("{}|{}|{}|{}", i.level1, i.level2, i.name, i.value)).collect();
            format!("{:?} {:?} {:?} {:?} {}", p.name, p.department, p.implementing_unit, p.funds.annual, rows.join("; "))
        })
        .collect()
}

const FORMS: [&str; 4] = ["tab", "layout", "raw", "plumber"];

#[test]
fn a_whole_document_gives_what_its_target_tables_give() {
    let doc = document();
    for kind in FORMS {
        let alone = parse(&form(&targets_only(&doc), kind));
        let whole = parse(&form(&doc, kind));
        // Three projects and the department's table, as the target tables alone give.
        assert_eq!(alone.projects.len(), 4, "{kind} alone:\n{}", show(&alone));
        assert_eq!(records(&whole), records(&alone), "{kind}:\n{}", show(&whole));
        assert!(whole.diagnostics.iter().all(|d| d.code != "S003"), "{kind}:\n{}", show(&whole));
    }
}

#[test]
fn a_project_list_is_quoted_not_read_as_a_project() {
    // The 项目支出表 (项目名称 | 项目类型 | 金额) over the target table: its first row
    // named a project of its own, its amount that project's name.
    let list = "项目支出表\n单位：万元\n项目名称\t项目类型\t金额\n道路维护项目\t专项业务费\t60.00\n桥梁检测项目\t专项业务费\t25.00\n";
    let table = "项目支出绩效目标表\n项目名称\t道路维护项目\n项目资金（万元）\t年度资金总额\t60\n其中：财政拨款\t50\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";
    for kind in FORMS {
        let f = parse(&form(&format!("{list}{table}"), kind));
        assert_eq!(f.projects.len(), 1, "{kind}:\n{}", show(&f));
        let p = &f.projects[0];
        assert_eq!(p.name.as_deref(), Some("道路维护项目"), "{kind}:\n{}", show(&f));
        // The table's own funds stand: the list's one amount overwrote its parts.
        let funds = p.funds.annual.as_ref().unwrap();
        assert_eq!((funds.total, funds.fiscal), (Some(60.0), Some(50.0)), "{kind}:\n{}", show(&f));
        // The list's other project is quoted, not lost.
        assert!(s005(&f).iter().any(|s| s.contains("桥梁检测项目")), "{kind}:\n{}", show(&f));
    }
}

#[test]
fn a_two_column_project_list_opens_no_project() {
    // 项目名称 | 金额 (or 预算金额): the header's second cell is a column name, no value.
    let table =
        "项目支出绩效目标表\n项目名称\t道路维护项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";
    for amount in ["金额", "预算金额"] {
        let list = format!("项目支出表\n项目名称\t{amount}\n道路维护项目\t60.00\n桥梁检测项目\t25.00\n");
        for kind in ["tab", "layout", "plumber"] {
            let f = parse(&form(&format!("{list}{table}"), kind));
            let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
            assert_eq!(names, [Some("道路维护项目")], "{kind}:\n{}", show(&f));
        }
    }
}

#[test]
fn a_list_with_columns_of_its_own_opens_no_project() {
    // 采购品目, 功能科目, 项目内容: columns no target table has, between 项目名称 and 金额.
    let table =
        "项目支出绩效目标表\n项目名称\t道路维护项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";
    for (column, cell) in [("采购品目", "沥青"), ("功能科目", "公路养护"), ("项目内容", "全县道路日常养护")] {
        let list = format!("项目支出表\n项目名称\t{column}\t金额\n道路维护项目\t{cell}\t60.00\n");
        // Not -layout: this fixture's columns are not aligned as pdftotext's.
        for kind in ["tab", "plumber"] {
            let f = parse(&form(&format!("{list}{table}"), kind));
            let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
            assert_eq!(names, [Some("道路维护项目")], "{kind}:\n{}", show(&f));
        }
    }
}

#[test]
fn an_empty_project_name_over_its_funds_still_opens_a_project() {
    // One cell per line, a 项目名称 left empty: the field block's keys follow it, as a
    // list's column names would, but no list has 项目资金 / 年度资金总额 alone.
    let text = "项目支出绩效目标表\n项目名称\n项目资金\n年度资金总额\n30\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n培训人次\n≥100人次\n\
                项目名称\n项目资金\n年度资金总额\n20\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n检查次数\n≥4次\n";
    let f = parse(text);
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
}

#[test]
fn the_documents_name_gives_its_unit_and_year() {
    // Tables naming no 主管部门 / 部门名称: the document's own name names the unit.
    let doc: String =
        document().lines().filter(|l| !l.starts_with("主管部门") && !l.starts_with("部门名称")).map(|l| format!("{l}\n")).collect();
    for kind in FORMS {
        let f = parse(&form(&doc, kind));
        assert_eq!(f.agency.as_deref(), Some("某某县农业农村局"), "{kind}:\n{}", show(&f));
        assert_eq!(f.year, Some(2023), "{kind}");
        // The title is the target tables' (records.md: "2023年项目支出绩效目标表"); the
        // document's name is the title only of a document whose tables print none.
        assert!(f.title.as_deref().is_some_and(|t| t.ends_with("绩效目标表")), "{kind}: {:?}", f.title);
        assert!(!s005(&f).iter().any(|s| s.starts_with("某某县")), "{kind}:\n{}", show(&f));
    }
}

#[test]
fn page_numbers_between_the_parts_are_furniture() {
    let doc = document();
    for kind in FORMS {
        let f = parse(&form(&doc, kind));
        let quoted = s005(&f);
        assert!(!quoted.iter().any(|s| matches!(s.trim(), "-" | "21" | "22" | "- 21 -" | "- 28 -")), "{kind}: {quoted:?}");
        // The text around them still is quoted.
        assert!(quoted.iter().any(|s| s.contains("主要职能")), "{kind}: {quoted:?}");
    }
}

#[test]
fn a_documents_name_is_the_title_where_no_table_prints_one() {
    let text = "某某县农业农村局2023年部门预算\n项目名称\t道路维护\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";
    let f = parse(text);
    assert_eq!(f.title.as_deref(), Some("某某县农业农村局2023年部门预算"), "{}", show(&f));
    assert_eq!(f.year, Some(2023));
}

#[test]
fn a_list_with_a_column_no_lexicon_knows_opens_no_project() {
    // pdfplumber's single spaces: the row opened with 项目名称 and its other column
    // names (类型, 采购品目: in no lexicon) were joined into that project's name.
    let table =
        "项目支出绩效目标表\n项目名称\t道路维护项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";
    let lists = [
        "项目支出表\n项目名称\t类型\t支出功能分类\t预算金额\n道路维护项目\t专项业务费\t公路养护\t60.00\n桥梁检测项目\t专项业务费\t公路养护\t25.00\n",
        "项目支出表\n项目名称\t采购品目\t金额\n道路维护项目\t沥青\t60.00\n",
    ];
    for list in lists {
        for kind in ["tab", "plumber"] {
            let f = parse(&form(&format!("{list}{table}"), kind));
            let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
            assert_eq!(names, [Some("道路维护项目")], "{kind}:\n{}", show(&f));
            // The list is quoted, not lost.
            assert!(s005(&f).iter().any(|s| s == "60.00"), "{kind}:\n{}", show(&f));
        }
    }
}

#[test]
fn a_list_one_cell_per_line_with_only_a_budget_amount_opens_no_project() {
    // `pdftotext` without -layout: 项目名称 / 预算金额 / 道路维护项目 / 60.00 … — no name
    // only a list has, but the first row's shape (a name, then a number) tells it.
    let table =
        "项目支出绩效目标表\n项目名称\t道路维护项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维护道路里程\t≥50公里\n";
    for list in [
        "项目支出表\n项目名称\t预算金额\n道路维护项目\t60.00\n桥梁检测项目\t25.00\n",
        "项目支出表\n项目名称\t项目编码\t预算金额\n道路维护项目\t001\t60.00\n",
    ] {
        let f = parse(&form(&format!("{list}{table}"), "raw"));
        let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(names, [Some("道路维护项目")], "{list}:\n{}", show(&f));
    }
    // A project's field block one cell per line still opens its project: a name, then
    // its funds (not a list's header: the name is no column's).
    let text = "项目支出绩效目标表\n项目名称\n道路维护项目\n项目编码\n001\n年度资金总额\n60\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n维护道路里程\n≥50公里\n";
    let f = parse(text);
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("道路维护项目")], "{}", show(&f));
}
