//! Layout families with no real sample in the corpus (continued: merged cells printed
//! mid-span, wrapped score bands and tails, blank region values), probed in the text shapes PDF
//! copies come in: the 湖南 table's 指标值类型 column (L6), a 区域绩效目标表 with one
//! value column per sub-region (L8), and merged 一级 labels printed mid-span in a
//! tab-separated copy. Each shape is checked against a clean tab-separated table.

#[path = "common/families.rs"]
mod families;
#[path = "common/probe8_tables.rs"]
mod probe8_tables;

use families::{all, parse, rows, s005, show};
use probe8_tables::*;

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
    let merged =
        format!("{REGIONAL_HEAD}一级指标\t二级指标\t三级指标\t指标值\t\t\t\t指标解释\n\t\t\t全省\t长沙市\t株洲市\t湘潭市\t\n{body}");
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
            Some(at) if !l.starts_with("一级") => format!(
                "{}{}\n{}\n",
                &l[..at],
                &l[l.find('）').unwrap() + '）'.len_utf8()..],
                &l[at..l.find('）').unwrap() + '）'.len_utf8()]
            ),
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
