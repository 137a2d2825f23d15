//! Layout families with no real sample in the corpus, probed in the text shapes PDF
//! copies come in: the 湖南 table's 指标值类型 column (L6), a 区域绩效目标表 with one
//! value column per sub-region (L8), and merged 一级 labels printed mid-span in a
//! tab-separated copy. Each shape is checked against a clean tab-separated table.

#[path = "common/families.rs"]
mod families;

use families::{all, parse, rows, s005, show};
use jixiao::Filing;

/// 湖南 项目支出绩效目标表 (domain.md §5 L6): 指标值类型 between name and value, then
/// 计量单位, 指标解释, 评(扣)分标准, 备注.
const HUNAN: &str = "2024年度项目支出绩效目标表
项目名称\t城区环卫作业市场化服务项目
主管部门\t湘潭市城市管理和综合执法局\t实施单位\t湘潭市环境卫生服务中心
项目资金（万元）\t年度资金总额\t3560.00
年度绩效目标\t完成城区主次干道机械化清扫保洁，生活垃圾日产日清。
一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位\t指标解释\t评（扣）分标准\t备注
产出指标\t数量指标\t道路清扫保洁面积\t定量\t≥1280\t万平方米\t城区主次干道清扫保洁面积\t未达到扣2分\t
产出指标\t数量指标\t垃圾清运量\t定量\t≥26\t万吨\t全年清运生活垃圾总量\t每少1万吨扣1分\t
产出指标\t质量指标\t道路机扫率\t定量\t≥90\t%\t机械化清扫面积/总面积\t未达到扣2分\t
产出指标\t时效指标\t垃圾清运及时性\t定性\t日产日清\t\t当日垃圾当日清运\t发现一次扣0.5分\t
产出指标\t成本指标\t环卫作业单位成本\t定量\t≤530\t元/天\t每作业组日均成本\t超出不得分\t
效益指标\t社会效益指标\t市容环境改善\t定性\t逐步提高\t\t城区市容面貌\t酌情扣分\t
效益指标\t生态效益指标\t扬尘污染控制\t定性\t有效减轻\t\t道路扬尘\t酌情扣分\t
效益指标\t可持续影响指标\t环卫长效机制\t定性\t长期\t\t长效管理机制\t酌情扣分\t
满意度指标\t服务对象满意度指标\t市民满意度\t定量\t≥95\t%\t问卷调查\t每低1个百分点扣1分\t
";

/// 区域绩效目标表 (L8) with the sub-regions' values side by side.
const REGIONAL_HEAD: &str = "2023年度残疾人事业发展补助资金区域绩效目标表
专项（项目）名称\t残疾人事业发展补助资金
省级主管部门\t湖南省残疾人联合会
资金情况（万元）\t资金总额\t4623
年度总体目标\t目标1：为残疾人提供基本康复服务。目标2：资助特殊教育学校贫困学生。
";
const REGIONAL_BODY: &str = "产出指标\t数量指标\t基本康复服务人数\t≥52000人\t≥8000人\t≥4500人\t≥3200人
产出指标\t数量指标\t资助特校学生数\t≥3600人\t≥600人\t≥300人\t≥250人
产出指标\t质量指标\t精神病患者服药率\t≥85%\t≥90%\t≥85%\t≥85%
效益指标\t社会效益指标\t残疾人生活状况\t逐步改善\t逐步改善\t逐步改善\t逐步改善
满意度指标\t服务对象满意度指标\t受助残疾人满意度\t≥90%\t≥90%\t≥88%\t≥90%
";
/// The place names head the value columns alone.
const REGIONS_ALONE: &str = "一级指标\t二级指标\t三级指标\t全省\t长沙市\t株洲市\t湘潭市\n";
/// The place names stand under a 指标值 cell merged across their columns.
const REGIONS_UNDER_VALUE: &str = "一级指标\t二级指标\t三级指标\t指标值\t\t\t\n\t\t\t全省\t长沙市\t株洲市\t湘潭市\n";
/// The same, the columns headed by a level of government and a total.
const REGIONS_BY_LEVEL: &str = "一级指标\t二级指标\t三级指标\t指标值\t\t\t\n\t\t\t省本级\t长沙市\t株洲市\t合计\n";

/// One cell per line, as `pdftotext` without `-layout` prints a table: blank cells vanish.
fn one_cell_per_line(tab: &str) -> String {
    tab.split(['\t', '\n']).map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join("\n") + "\n"
}

/// Cells cut at runs of spaces (`pdftotext -layout` without aligned columns): the
/// cells keep their order, not their columns.
fn spaced(tab: &str, gap: &str) -> String {
    tab.lines().map(|l| l.split('\t').filter(|c| !c.is_empty()).collect::<Vec<_>>().join(gap)).collect::<Vec<_>>().join("\n") + "\n"
}

/// Every indicator's fields as a tuple, for comparing two readings of one table.
#[allow(clippy::type_complexity)]
fn full(f: &Filing) -> Vec<(String, String, String, String, Vec<String>, Option<String>, Option<String>)> {
    all(f)
        .into_iter()
        .map(|i| (i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone(), i.values.clone(), i.description.clone(), i.scoring.clone()))
        .collect()
}

/// L6 copied one cell per line: "定量" / "定性" between name and value ends like a
/// measure (…量) and closed the record as a name with no value, so every target came
/// out empty (V001) and the value opened an indicator of its own ("≥1280" = "万平方米").
#[test]
fn hunan_value_kind_column_in_a_one_cell_per_line_copy() {
    let (f, clean) = (parse(&one_cell_per_line(HUNAN)), parse(HUNAN));
    assert_eq!(all(&clean).len(), 9, "{}", show(&clean));
    assert_eq!(full(&f), full(&clean), "{}", show(&f));
    let values: Vec<_> = all(&f).iter().map(|i| i.value.clone()).collect();
    assert_eq!(values[..3], ["≥1280万平方米", "≥26万吨", "≥90%"], "{}", show(&f));
    assert_eq!(all(&f)[4].target.value, Some(530.0));
    assert_eq!(all(&f)[4].target.unit.as_deref(), Some("元/天"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "V001"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

fn regional(header: &str) -> String {
    format!("{REGIONAL_HEAD}{header}{REGIONAL_BODY}")
}

fn check_regional(f: &Filing, clean: &Filing) {
    assert_eq!(all(clean).len(), 5, "{}", show(clean));
    assert_eq!(all(clean)[0].values, ["≥52000人", "≥8000人", "≥4500人", "≥3200人"], "{}", show(clean));
    assert_eq!(full(f), full(clean), "{}", show(f));
    assert_eq!(all(f)[0].value, "≥52000人");
    assert_eq!(all(f)[4].values[2], "≥88%");
    assert!(s005(f).is_empty(), "{}", show(f));
}

/// L8 one cell per line: the place names were read as indicators (全省 = 长沙市), and
/// under a merged 指标值 each record lost its later regions' values to a name of its own
/// ("≥8000人≥4500人" = "≥3200人").
#[test]
fn regional_value_columns_in_a_one_cell_per_line_copy() {
    for header in [REGIONS_ALONE, REGIONS_UNDER_VALUE, REGIONS_BY_LEVEL] {
        let tab = regional(header);
        check_regional(&parse(&one_cell_per_line(&tab)), &parse(&tab));
    }
}

/// L8 under a merged 指标值, cut at runs of spaces (pdftotext -layout, pdfplumber's
/// text): the place row, out of its columns, was read as an indicator and every
/// sub-region's value but the first was quoted as unplaced (S005).
#[test]
fn regional_sub_header_in_text_cut_at_spaces() {
    let tab = regional(REGIONS_UNDER_VALUE);
    let clean = parse(&tab);
    for gap in ["   ", " "] {
        check_regional(&parse(&spaced(&tab, gap)), &clean);
        check_regional(&parse(&spaced(&regional(REGIONS_BY_LEVEL), gap)), &clean);
    }
    // A sub-header of column names, not places, is still no region row.
    let f = parse(&spaced(&regional(REGIONS_ALONE), "   "));
    check_regional(&f, &clean);
}

/// A tab-separated copy of a page where the merged 一级 cell is printed on the middle
/// row of its span: the rows above it took the 一级 before (产出指标 | 社会效益指标, T002).
#[test]
fn level1_printed_mid_span_in_a_tab_separated_copy() {
    let mid = HUNAN
        .lines()
        .map(|l| {
            // 效益指标 spans three rows: printed on the second only; the others blank.
            if l.contains("社会效益指标") || l.contains("可持续影响指标") {
                l.replacen("效益指标", "", 1)
            } else if l.starts_with("产出指标") && !l.contains("质量指标") {
                l.replacen("产出指标", "", 1)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let (f, clean) = (parse(&mid), parse(HUNAN));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "T002"), "{}", show(&f));
    // Labels printed on every row are left as printed, a misplaced 二级 included.
    let misplaced = HUNAN.replace("效益指标\t社会效益指标", "产出指标\t社会效益指标");
    let f = parse(&misplaced);
    assert_eq!(all(&f)[5].level1, "产出指标", "{}", show(&f));
}

/// Excel 05-2 (L11): many projects in one sheet, 单位名称 | 项目名称 | 项目年度绩效目标
/// left of the levels, one row per indicator.
const SHEET_HEADER: &str = "单位名称\t项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标属性\t指标解释";
const SHEET_PROJECTS: [(&str, &str, &[&str]); 3] = [
    (
        "中小学教师培训经费",
        "完成全市中小学教师全员培训3000人次。",
        &[
            "产出指标\t数量指标\t培训教师人次\t≥\t3000\t人次\t定量\t全年培训人次",
            "产出指标\t数量指标\t培训班期数\t≥\t12\t期\t定量\t举办培训班期数",
            "产出指标\t质量指标\t培训合格率\t≥\t95\t%\t定量\t考核合格人数/参训人数",
            "产出指标\t成本指标\t人均培训成本\t≤\t1068\t元/人\t定量\t总成本/培训人次",
            "效益指标\t社会效益指标\t教师教学能力\t\t逐步提高\t\t定性\t教学水平提升",
            "满意度指标\t服务对象满意度指标\t参训教师满意度\t≥\t90\t%\t定量\t问卷调查",
        ],
    ),
    (
        "学生资助资金",
        "落实各项学生资助政策，资助资金及时足额发放。",
        &[
            "产出指标\t数量指标\t资助学生人数\t≥\t15000\t人次\t定量\t各学段资助人次",
            "产出指标\t时效指标\t资金发放及时率\t≥\t98\t%\t定量\t按时发放比例",
            "效益指标\t社会效益指标\t因贫失学率\t=\t0\t%\t定量\t无因贫失学",
            "效益指标\t可持续影响指标\t资助政策知晓率\t≥\t95\t%\t定量\t政策宣传覆盖",
            "满意度指标\t服务对象满意度指标\t受助学生满意度\t≥\t95\t%\t定量\t问卷调查",
        ],
    ),
    (
        "校园安全保障经费",
        "完成校园安保人员配备，校园安全事故零发生。",
        &[
            "产出指标\t数量指标\t安保人员配备数\t≥\t420\t人\t定量\t全市中小学",
            "产出指标\t质量指标\t设备完好率\t≥\t98\t%\t定量\t完好设备比例",
            "产出指标\t时效指标\t维护响应时间\t≤\t24\t小时\t定量\t故障响应",
            "效益指标\t社会效益指标\t校园安全事故\t=\t0\t起\t定量\t安全事故数",
            "满意度指标\t服务对象满意度指标\t家长满意度\t≥\t92\t%\t定量\t问卷调查",
        ],
    ),
];

#[derive(Clone, Copy)]
enum Printed {
    EveryRow,
    FirstRow,
    /// A merged cell drawn vertically centred: on the middle row of its span.
    MidSpan,
}

fn sheet(printed: Printed) -> String {
    let mut out = format!("部门项目支出绩效目标表\n单位：万元\n{SHEET_HEADER}\n");
    for (name, goal, rows) in SHEET_PROJECTS {
        let at = match printed {
            Printed::EveryRow | Printed::FirstRow => 0,
            Printed::MidSpan => (rows.len() - 1) / 2,
        };
        for (k, r) in rows.iter().enumerate() {
            let owner = matches!(printed, Printed::EveryRow) || k == at;
            let cells = if owner { format!("株洲市教育局\t{name}\t{goal}") } else { "\t\t".to_string() };
            out.push_str(&format!("{cells}\t{r}\n"));
        }
    }
    out
}

fn check_sheet(f: &Filing, clean: &Filing) {
    let projects: Vec<_> = f.projects.iter().map(|p| (p.name.as_deref(), p.department.as_deref(), p.goals.annual.as_deref(), p.indicators.len())).collect();
    let expected: Vec<_> = SHEET_PROJECTS.iter().map(|(n, g, r)| (Some(*n), Some("株洲市教育局"), Some(*g), r.len())).collect();
    assert_eq!(projects, expected, "{}", show(f));
    assert_eq!(full(f), full(clean), "{}", show(f));
    assert!(f.projects.iter().all(|p| p.complete), "{}", show(f));
    assert!(s005(f).is_empty(), "{}", show(f));
    assert!(!f.diagnostics.iter().any(|d| matches!(d.code.as_str(), "S002" | "S004" | "V001")), "{}", show(f));
}

/// L11 as a tab-separated copy whose project cells are printed mid-span: the rows
/// above each name went to the project before (the first ones to a project with no
/// name, S002).
#[test]
fn multi_project_sheet_with_names_printed_mid_span_in_a_tab_copy() {
    let clean = parse(&sheet(Printed::EveryRow));
    assert_eq!(all(&clean)[0].value, "≥3000人次");
    check_sheet(&clean, &clean);
    check_sheet(&parse(&sheet(Printed::FirstRow)), &clean);
    check_sheet(&parse(&sheet(Printed::MidSpan)), &clean);
}

/// L11 cut at runs of spaces (pdftotext -layout, pdfplumber's text): the header row,
/// opening with 单位名称 / 项目名称, was joined into that field's value as one name; the
/// rows printing no project filled the project columns with the indicator's cells.
#[test]
fn multi_project_sheet_cut_at_spaces() {
    let clean = parse(&sheet(Printed::EveryRow));
    for printed in [Printed::EveryRow, Printed::FirstRow, Printed::MidSpan] {
        for gap in ["   ", " "] {
            check_sheet(&parse(&spaced(&sheet(printed), gap)), &clean);
        }
    }
}

/// 审批表 with score bands (L9) kept in its page layout (`pdftotext -layout`, blank
/// lines between rows, narrow columns wrapping every long cell, 一级 centred): a date
/// wrapped inside its number ("2024年1" / "2月") was joined with a space between the
/// digits, and read as no date.
#[test]
fn a_number_wrapped_in_a_laid_out_cell_is_joined_whole() {
    let text = r"重庆市奉节县项目支出绩效目标审批表

项目名称  农村公路养护工程

主管部门  奉节县交通运输委员会  实施单位  奉节县公路养护中心

项目资金（万元）  年度资金总额  860.5  财政拨款  860.5  其他资金  0

年度绩效目标  完成全县农村公路日常养护1200公里，优良中等路率≥85%。

一级指标     二级指标     三级指标     指标值      分值   指标解释

         数量指标     日常养护里程   ≥1200公   10   全年养护农村公
                           里             路总里程

         数量指标     危桥改造数量   ≥3座      10   完成危桥改造

产出指标（5   质量指标     优良中等路率   ≥85%     10   路况检测
0分）

         时效指标     养护完成时间   2024年1   10   年底前完成
                           2月

         成本指标     每公里养护成   ≤7000元   10   单位成本控制
                  本        /公里

效益指标（3   社会效益指标   群众出行条件   逐步提高     15   出行便利程度
0分）

         可持续影响指   公路使用年限   ≥10年     15   延长使用寿命
         标

满意度指标（   服务对象满意   沿线群众满意   ≥90%     10   问卷调查
10分）     度指标      度

";
    let f = parse(text);
    let got: Vec<_> = all(&f).iter().map(|i| (i.level1.as_str(), i.name.as_str(), i.value.as_str(), i.score)).collect();
    assert_eq!(got.len(), 8, "{}", show(&f));
    assert_eq!(got[0], ("产出指标", "日常养护里程", "≥1200公里", Some(10.0)), "{}", show(&f));
    assert_eq!(got[3], ("产出指标", "养护完成时间", "2024年12月", Some(10.0)), "{}", show(&f));
    assert_eq!(all(&f)[3].target.date.as_deref(), Some("2024-12"), "{}", show(&f));
    assert_eq!(got[4], ("产出指标", "每公里养护成本", "≤7000元/公里", Some(10.0)), "{}", show(&f));
    assert_eq!(got[7], ("满意度指标", "沿线群众满意度", "≥90%", Some(10.0)), "{}", show(&f));
    assert_eq!(all(&f)[7].level1_raw, "满意度指标（10分）");
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// L11 one cell per line: the owner column names before 一级指标 were read as the
/// fields 单位名称 / 项目名称 ("项目名称 = 项目年度绩效目标"), and each project's unit, name
/// and goal as an indicator of a project with no name.
#[test]
fn multi_project_sheet_one_cell_per_line() {
    let clean = parse(&sheet(Printed::EveryRow));
    for printed in [Printed::EveryRow, Printed::FirstRow] {
        check_sheet(&parse(&one_cell_per_line(&sheet(printed))), &clean);
    }
}

/// L8 with a 指标解释 column after the sub-regions' values. One cell per line, the
/// column names after the place names were left out of the header (each description
/// became an indicator with no value, V001); under a merged 指标值, one per line or cut
/// at spaces, the regions were not found at all (a record per region's value).
#[test]
fn regional_value_columns_followed_by_a_description_column() {
    let body: String = REGIONAL_BODY.lines().map(|l| format!("{l}\t按{}统计\n", l.split('\t').nth(2).unwrap())).collect();
    let alone = format!("{REGIONAL_HEAD}一级指标\t二级指标\t三级指标\t全省\t长沙市\t株洲市\t湘潭市\t指标解释\n{body}");
    let merged = format!(
        "{REGIONAL_HEAD}一级指标\t二级指标\t三级指标\t指标值\t\t\t\t指标解释\n\t\t\t全省\t长沙市\t株洲市\t湘潭市\t\n{body}"
    );
    let clean = parse(&merged);
    assert_eq!(all(&clean)[1].description.as_deref(), Some("按资助特校学生数统计"), "{}", show(&clean));
    assert_eq!(all(&clean)[1].values, ["≥3600人", "≥600人", "≥300人", "≥250人"], "{}", show(&clean));
    for text in [one_cell_per_line(&alone), one_cell_per_line(&merged), spaced(&merged, "   "), spaced(&merged, " ")] {
        let f = parse(&text);
        assert_eq!(full(&f), full(&clean), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}

/// 审批表 (L9): a score band wrapped off its 一级 label onto a line of its own
/// ("产出指标" / "（50分）"), one cell per line or in pdfplumber's text, was read as an
/// indicator with no value (V001), or left unplaced.
#[test]
fn a_score_band_wrapped_off_its_level1_label_joins_it() {
    let tab = "项目支出绩效目标审批表
项目名称\t农村公路养护工程
一级指标\t二级指标\t三级指标\t指标值\t分值\t指标解释
产出指标（50分）\t数量指标\t日常养护里程\t≥1200公里\t25\t全年养护农村公路总里程
\t质量指标\t优良中等路率\t≥85%\t25\t路况检测
效益指标（30分）\t社会效益指标\t群众出行条件\t逐步提高\t30\t出行便利程度
满意度指标（10分）\t服务对象满意度指标\t沿线群众满意度\t≥90%\t10\t问卷调查
";
    let clean = parse(tab);
    assert_eq!(all(&clean).len(), 4, "{}", show(&clean));
    assert_eq!(all(&clean)[1].level1, "产出指标");
    assert_eq!(all(&clean)[1].level1_raw, "产出指标（50分）");
    let cut = |t: &str| t.replace("（50分）", "\n（50分）").replace("（30分）", "\n（30分）").replace("（10分）", "\n（10分）");
    // One cell per line: the band is a line of its own under its label.
    let per_line = one_cell_per_line(&cut(tab).replace("\n\t", "\n"));
    // pdfplumber: the row's cells on one line, the band's line below it.
    let plumber: String = spaced(tab, " ")
        .lines()
        .map(|l| match l.find('（') {
            Some(at) if !l.starts_with("一级") => format!("{}{}\n{}\n", &l[..at], &l[l.find('）').unwrap() + '）'.len_utf8()..], &l[at..l.find('）').unwrap() + '）'.len_utf8()]),
            _ => format!("{l}\n"),
        })
        .collect();
    for text in [per_line, plumber] {
        let f = parse(&text);
        let got: Vec<_> = all(&f).iter().map(|i| (i.level1_raw.clone(), i.name.clone(), i.value.clone(), i.score)).collect();
        let want: Vec<_> = all(&clean).iter().map(|i| (i.level1_raw.clone(), i.name.clone(), i.value.clone(), i.score)).collect();
        assert_eq!(got, want, "{text}\n{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}

/// L8 read by column (tab text, HTML): a sub-region left blank dropped out of `values`,
/// so the next region's value took its place (株洲市's ≥300人 read as 长沙市's).
#[test]
fn a_blank_sub_region_value_keeps_its_place() {
    let want = ["≥3600人", "", "≥300人", "≥250人"];
    for header in [REGIONS_ALONE, REGIONS_UNDER_VALUE] {
        let tab = regional(header).replace("≥3600人\t≥600人", "≥3600人\t");
        let f = parse(&tab);
        assert_eq!(all(&f)[1].values, want, "{}", show(&f));
        assert_eq!(all(&f)[1].value, "≥3600人");
        assert_eq!(all(&f)[0].values.len(), 4);
    }
    let html = r#"<html><head><meta charset="utf-8"></head><body><table>
<tr><td>专项(项目)名称</td><td colspan="6">残疾人事业发展补助资金</td></tr>
<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="4">指标值</td></tr>
<tr><td>全省</td><td>长沙市</td><td>株洲市</td><td>湘潭市</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>资助特校学生数</td><td>≥3600人</td><td></td><td>≥300人</td><td>≥250人</td></tr>
</table></body></html>"#;
    let f = jixiao::parse_bytes(html.as_bytes(), &jixiao::ParseOptions::default()).unwrap();
    assert_eq!(all(&f)[0].values, want, "{}", show(&f));
}

/// The rows of a tab-separated matrix (after its header line) with the merged cells of
/// `cols` printed once per run of equal values, on the run's middle row.
fn centred(tab: &str, cols: &[usize]) -> String {
    let (head, body) = tab.split_at(tab.find("一级指标").unwrap());
    let (header, body) = body.split_once('\n').unwrap();
    let mut rows: Vec<Vec<String>> = body.lines().map(|l| l.split('\t').map(String::from).collect()).collect();
    for &c in cols {
        let orig: Vec<String> = rows.iter().map(|r| r[c].clone()).collect();
        let mut i = 0;
        while i < rows.len() {
            let mut j = i;
            while j + 1 < rows.len() && orig[j + 1] == orig[i] {
                j += 1;
            }
            for row in rows.iter_mut().take(j + 1).skip(i) {
                row[c].clear();
            }
            rows[(i + j) / 2][c].clone_from(&orig[i]);
            i = j + 1;
        }
    }
    let body: String = rows.iter().map(|r| r.join("\t") + "\n").collect();
    format!("{head}{header}\n{body}")
}

/// Both 一级 and 二级 merged and printed mid-span: a 二级 printed above the row where
/// its 一级 is printed was cleared by that 一级 (数量指标's second row came out with no
/// 二级); one cell per line, the 备注 column after a record's value took the next
/// record's name, the 指标值类型 cell after it not telling where the name was.
#[test]
fn level1_and_level2_both_printed_mid_span() {
    let tab = regional(REGIONS_ALONE);
    let clean = parse(&tab);
    let mid = centred(&tab, &[0, 1]);
    assert!(mid.contains("\n产出指标\t\t资助特校学生数"), "{mid}");
    for text in [mid.clone(), spaced(&mid, " ")] {
        let f = parse(&text);
        assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    }
    let hunan = centred(HUNAN, &[0, 1]);
    let (f, clean) = (parse(&one_cell_per_line(&hunan)), parse(HUNAN));
    let got: Vec<_> = all(&f).iter().map(|i| (i.name.clone(), i.value.clone(), i.remark.clone())).collect();
    let want: Vec<_> = all(&clean).iter().map(|i| (i.name.clone(), i.value.clone(), i.remark.clone())).collect();
    assert_eq!(got, want, "{}", show(&f));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
}

/// L11 with a 项目编码 column beside 项目名称 (一体化 exports): the unknown column
/// shifted the owner columns, so the code became the project's name, the name its goal
/// and the goal an indicator of every row (V001, T006).
#[test]
fn multi_project_sheet_with_a_project_code_column() {
    let clean = parse(&sheet(Printed::EveryRow));
    for printed in [Printed::EveryRow, Printed::FirstRow] {
        let mut text = sheet(printed).replace("单位名称\t项目名称", "单位\t项目编码\t项目名称");
        for (k, (name, _, _)) in SHEET_PROJECTS.iter().enumerate() {
            text = text.replace(&format!("株洲市教育局\t{name}"), &format!("株洲市教育局\t43020224000{k}\t{name}"));
        }
        let text = text.replace("\n\t\t\t", "\n\t\t\t\t");
        let f = parse(&text);
        check_sheet(&f, &clean);
        let codes: Vec<_> = f.projects.iter().map(|p| p.code.as_deref()).collect();
        assert_eq!(codes, [Some("430202240000"), Some("430202240001"), Some("430202240002")], "{}", show(&f));
    }
}

/// pdfplumber's text of a table that prints its labels on every row: a description
/// wrapped onto a line of its own whose tail reads like a name ("…清扫" / "保洁面积")
/// was taken for a row, an indicator with no value (V001). Where every row with a
/// value prints a label, a line with none is the tail of the row above.
#[test]
fn a_name_like_tail_in_a_table_labelled_on_every_row() {
    let text = "项目支出绩效目标表
项目名称 城区环卫作业市场化服务项目
一级指标 二级指标 三级指标 指标值类型 指标值 计量单位 指标解释 评（扣）分标准
产出指标 数量指标 道路清扫保洁面积 定量 ≥1280 万平方米 城区主次干道清扫 未达到扣2分
保洁面积
产出指标 数量指标 垃圾清运量 定量 ≥26 万吨 全年清运生活垃圾 未达到扣1分
总量
产出指标 质量指标 道路机扫率 定量 ≥90 % 机械化清扫面积/ 未达到扣2分
总面积
满意度指标 服务对象满意度指标 市民满意度 定量 ≥95 % 问卷调查 未达到扣1分
";
    let f = parse(text);
    let got: Vec<_> = all(&f).iter().map(|i| (i.name.as_str(), i.value.as_str(), i.description.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("道路清扫保洁面积", "≥1280万平方米", Some("城区主次干道清扫保洁面积")),
            ("垃圾清运量", "≥26万吨", Some("全年清运生活垃圾总量")),
            ("道路机扫率", "≥90%", Some("机械化清扫面积/总面积")),
            ("市民满意度", "≥95%", Some("问卷调查")),
        ],
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// The 指标值类型 / 指标属性 column (定量 / 定性) was read, then dropped: no field of
/// the output held it, against "nothing vanishes". It is `Indicator.value_kind` now.
#[test]
fn the_value_kind_column_is_kept() {
    let f = parse(HUNAN);
    let kinds: Vec<_> = all(&f).iter().map(|i| i.value_kind.as_deref()).collect();
    assert_eq!(kinds[..4], [Some("定量"), Some("定量"), Some("定量"), Some("定性")], "{}", show(&f));
    let f = parse(&one_cell_per_line(HUNAN));
    assert_eq!(all(&f)[3].value_kind.as_deref(), Some("定性"), "{}", show(&f));
    let f = parse(&sheet(Printed::FirstRow));
    assert!(all(&f).iter().all(|i| i.value_kind.is_some()), "{}", show(&f));
    assert_eq!(all(&f)[4].value_kind.as_deref(), Some("定性"));
}
