//! Text cut at single spaces (pdfplumber `extract_text()`, PyMuPDF): one space between
//! cells, and cells that hold single spaces themselves ("数量 指标", "65% ≤ 指标值 ≤
//! 75%", "≥ 95 %", "道路 维护项目"). The pieces must read as the cells they were.

#[path = "common/families.rs"]
mod families;

use std::path::Path;

use families::{parse, rows, show};
use jixiao::Filing;

/// A tab-cut text as pdfplumber prints it: a row's filled cells joined by one space,
/// the spaces inside a cell kept (runs of them made one).
fn single_spaced(text: &str) -> String {
    let line = |l: &str| {
        l.split('\t').map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" ")
    };
    text.lines().map(line).collect::<Vec<_>>().join("\n") + "\n"
}

fn counts(f: &Filing) -> Vec<usize> {
    f.projects.iter().map(|p| p.indicators.len()).collect()
}

#[test]
fn seed_000_single_spaced_gives_the_indicators_of_its_tab_form() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds/000_745e885c1d9c7d4d.txt");
    let Ok(tabbed) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not present", path.display());
        return;
    };
    let reference = parse(&tabbed);
    let f = parse(&single_spaced(&tabbed));
    // "数量 指标" was cut into a label and a name piece, "65% ≤ 指标值 ≤ 75%" into a
    // value and an indicator of its own: 42 and 27 indicators instead of 40 and 26.
    assert_eq!(counts(&f), counts(&reference), "{}", show(&f));
    let got = rows(&f);
    assert!(got.iter().all(|r| !r.2.starts_with("指标") && !r.2.starts_with('≤')), "{}", show(&f));
    let ranges = got.iter().filter(|r| r.2 == "参保人政策范围内住院费用报销比例" && r.3 == "65% ≤ 指标值 ≤ 75%").count();
    assert_eq!(ranges, 2, "{}", show(&f));
    // "逐步 推开" (graded wording printed with a space) is the value, not a name piece.
    let graded = got.iter().filter(|r| r.2 == "推进医保支付方式改革和DRG试点" && r.3 == "逐步推开").count();
    assert_eq!(graded, 2, "{}", show(&f));
    // Every label as the tab form reads it.
    let labels = |f: &Filing| {
        f.projects.iter().flat_map(|p| p.indicators.iter().map(|i| (i.level1_raw.clone(), i.level2_raw.clone()))).collect::<Vec<_>>()
    };
    let (mut a, mut b) = (labels(&f), labels(&reference));
    a.sort();
    a.dedup();
    b.sort();
    b.dedup();
    assert_eq!(a, b);
}

#[test]
fn labels_comparators_and_units_cut_at_their_spaces_are_one_cell() {
    let text = "项目名称 道路维护\n\
                一级指标 二级指标 三级指标 指标值\n\
                产出 指标 数量 指标 维护道路里程 ≥ 50 公里\n\
                质量 指标 路面完好率 ≥ 95 %\n\
                效益 指标 社会效益 指标 群众出行报销比例 65% ≤ 指标值 ≤ 75%\n\
                可持续影响 指标 管护机制 逐步 完善\n\
                满意度 指标 服务对象满意度 指标 群众满意度 ≥90%\n";
    let f = parse(text);
    let got: Vec<(String, String, String, String)> = rows(&f);
    let want = [
        ("产出指标", "数量指标", "维护道路里程", "≥50公里"),
        ("产出指标", "质量指标", "路面完好率", "≥95%"),
        ("效益指标", "社会效益指标", "群众出行报销比例", "65% ≤ 指标值 ≤ 75%"),
        ("效益指标", "可持续影响指标", "管护机制", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ];
    assert_eq!(got, families::expect(&want), "{}", show(&f));
    // Comparator, number and unit printed apart join with no spaces (records.md), and
    // the grammar reads them.
    let i = &f.projects[0].indicators;
    assert_eq!((i[1].target.value, i[1].target.unit.as_deref()), (Some(95.0), Some("%")), "{}", show(&f));
}

#[test]
fn a_project_list_row_whose_name_holds_a_space_opens_no_project() {
    // 项目支出表 single-spaced: "道路 维护项目 专项业务费 60.00" has more pieces than the
    // list has columns, so it was no list row and the list's 项目名称 opened a project.
    let table = "项目支出绩效目标表\n项目名称 道路维护项目\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 维护道路里程 ≥50公里\n";
    // Each list single-spaced, and tab-cut with its names whole.
    let lists = [
        (
            "项目名称 项目类型 金额\n道路 维护项目 专项业务费 60.00\n桥梁 检测 项目 专项业务费 25.00\n",
            "项目名称\t项目类型\t金额\n道路维护项目\t专项业务费\t60.00\n桥梁检测项目\t专项业务费\t25.00\n",
        ),
        ("项目名称 金额\n道路 维护项目 60.00\n", "项目名称\t金额\n道路维护项目\t60.00\n"),
        (
            "项目名称 类型 支出功能分类 预算金额\n道路 维护项目 专项业务费 公路养护 60.00\n",
            "项目名称\t类型\t支出功能分类\t预算金额\n道路维护项目\t专项业务费\t公路养护\t60.00\n",
        ),
    ];
    for (spaced, tabbed) in lists {
        let f = parse(&format!("项目支出表\n{spaced}{table}"));
        let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(names, [Some("道路维护项目")], "{spaced}\n{}", show(&f));
        assert_eq!(f.projects[0].indicators.len(), 1, "{spaced}\n{}", show(&f));
        // The list's row, read whole, gives what the tab-cut list gives.
        let reference = parse(&format!("项目支出表\n{tabbed}{}", table.replace(' ', "\t")));
        assert_eq!(f.projects[0].funds, reference.projects[0].funds, "{spaced}\n{}", show(&f));
    }
}
