//! Text plain `pdftotext FILE.pdf` (no `-layout`) pulls out of a table it prints column
//! by column: each column's name, then its cells one a line, a blank line before the
//! next column. Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, show};

/// The fields, then the 一级, 二级, 三级 and 指标值 columns as blocks of equal length:
/// the n-th line of each block is the n-th row.
#[test]
fn columns_printed_one_after_another_are_read_row_by_row() {
    let text = "项目支出绩效目标表\n项目名称\n主管部门\n\n河湾公园维护\n市园林局\n\n\
        年度绩效目标\n完成河湾公园全年养护。\n\n\
        一级指标\n产出指标\n产出指标\n效益指标\n满意度指标\n\n\
        二级指标\n数量指标\n质量指标\n生态效益指标\n服务对象满意度指标\n\n\
        三级指标\n绿地养护面积\n苗木成活率\n空气质量改善\n游客满意度\n\n\
        指标值\n≥30公顷\n≥92%\n持续改善\n≥88%\n";
    let f = parse(text);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "绿地养护面积", "≥30公顷"),
            ("产出指标", "质量指标", "苗木成活率", "≥92%"),
            ("效益指标", "生态效益指标", "空气质量改善", "持续改善"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%"),
        ]),
        "{}",
        show(&f)
    );
}

/// A sheet listing two projects, their unit, name and goal as columns before the
/// levels; 指标值 and 度量单位 printed on one line under the second name ("40 %").
#[test]
fn a_sheet_printed_column_by_column_keeps_each_rows_project() {
    let text = "部门项目支出绩效目标表\n单位：万元\n单位名称\n[203005]县水务局\n[203005]县水务局\n[203005]县水务局\n[203005]县水务局\n\n\
        项目名称\n河道清淤工程\n河道清淤工程\n供水管网改造\n供水管网改造\n\n\
        项目年度绩效目标\n完成年度清淤\n完成年度清淤\n改造老旧管网\n改造老旧管网\n\n\
        一级指标\n产出指标\n效益指标\n产出指标\n满意度指标\n\n\
        二级指标\n数量指标\n生态效益指标\n时效指标\n服务对象满意度指标\n\n\
        三级指标\n清淤河道长度\n水质达标率\n完工时间\n居民满意度\n\n\
        指标性质\n≥\n≥\n定性\n≥\n\n指标值\n\n度量单位\n18 公里\n40 %\n2025年10月\n86 %\n";
    let f = parse(text);
    let names: Vec<Option<&str>> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("河道清淤工程"), Some("供水管网改造")], "{}", show(&f));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "清淤河道长度", "≥18公里"),
            ("效益指标", "生态效益指标", "水质达标率", "≥40%"),
            ("产出指标", "时效指标", "完工时间", "2025年10月"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥86%"),
        ]),
        "{}",
        show(&f)
    );
}

/// A 二级 printed once for two rows (a merged cell) leaves the columns unequal: no
/// order of the lines says which rows it covers, so no indicator row is made up.
#[test]
fn columns_of_unequal_length_give_no_rows() {
    let text = "项目支出绩效目标表\n项目名称\n河湾公园维护\n\n\
        一级指标\n产出指标\n\n\
        二级指标\n数量指标\n质量指标\n\n\
        三级指标\n绿地养护面积\n苗木成活率\n园路修补面积\n\n\
        指标值\n≥30公顷\n≥92%\n≥800平方米\n";
    let f = parse(text);
    assert_eq!(rows(&f), expect(&[]), "{}", show(&f));
}

/// The names printed down the page with the 二级 labels where their merged cells'
/// middles fell, the values as a block of their own after the page's foot: which name
/// a 二级 covers is lost, so names under guessed labels without their values are not
/// passed off as the file's rows.
#[test]
fn names_whose_values_were_printed_apart_give_no_rows() {
    let text = "项目支出绩效目标表\n项目名称\n主管部门\n\n河湾公园维护\n市园林局\n\n\
        一级指标\n二级指标\n三级指标\n产出指标\n数量指标\n绿地养护面积\n园路修补面积\n\
        质量指标\n苗木成活率\n设施完好率\n\n第1页共1页\n\n指标值\n≥30公顷\n≥800平方米\n≥92%\n≥95%\n";
    let f = parse(text);
    assert_eq!(rows(&f), expect(&[]), "{}", show(&f));
    assert!(f.diagnostics.iter().any(|d| d.code == "S003"), "{}", show(&f));
}
