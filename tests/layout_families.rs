//! Every layout mechanism on a small hand-made example of its family (spec/domain.md
//! §5, L1–L13 and the extraction artefacts), independent of the corpus files that
//! first showed it.

use jixiao::{parse_text, Filing, ParseOptions};

fn parse(text: &str) -> Filing {
    parse_text(text, &ParseOptions::default())
}

/// (period, level1, level2, name, value) of every indicator.
fn rows(f: &Filing) -> Vec<(String, String, String, String, String)> {
    f.projects
        .iter()
        .flat_map(|p| &p.indicators)
        .map(|i| {
            let period = i.period.map(|p| p.as_str().to_string()).unwrap_or_default();
            (period, i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone())
        })
        .collect()
}

fn names_values(f: &Filing) -> Vec<(String, String)> {
    rows(f).into_iter().map(|r| (r.3, r.4)).collect()
}

fn nv(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn l1_side_by_side_midterm_and_annual_with_a_shifted_row() {
    let f = parse(
        "项目名称\t\t测试项目\n\
         总体目标\t中期目标（2024年—2026年）\t\t\t\t年度目标\t\t\n\
         \t中期文本\t\t\t\t年度文本\t\t\n\
         绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n\
         \t产出指标\t数量指标\t培训人次\t≥100人次\t数量指标\t培训人次\t≥40人次\n\
         \t\t\t\t\t\t\t\t检查次数\t4次\n",
    );
    let p = &f.projects[0];
    assert_eq!((p.goals.midterm.as_deref(), p.goals.annual.as_deref()), (Some("中期文本"), Some("年度文本")));
    let r = rows(&f);
    assert_eq!(r.len(), 3);
    assert_eq!(r[0].0, "midterm");
    assert_eq!((r[1].0.as_str(), r[1].3.as_str(), r[1].4.as_str()), ("annual", "培训人次", "≥40人次"));
    assert_eq!((r[2].0.as_str(), r[2].2.as_str(), r[2].3.as_str()), ("annual", "数量指标", "检查次数"));
}

#[test]
fn l2_single_year_rows_with_a_framework_b_cost_level() {
    let f = parse(
        "项目支出绩效目标表\n(2,024年度)\n项目名称\tA项目\n主管部门及代码\t610-某县医疗保障局\t实施单位\t某中心\n\
         项目资金 (万元)\t年度资金总额\t120\n\t其中：财政拨款\t100\n\t其他资金\t20\n\
         一级指标\t二级指标\t三级指标\t指标值\n成本指标\t经济成本指标\t人均成本\t≤500元\n产出指标\t数量指标\t人数\t30人\n\t质量指标\t合格率\t100%\n",
    );
    assert_eq!(f.year, Some(2024));
    let p = &f.projects[0];
    assert_eq!((p.department.as_deref(), p.department_code.as_deref()), (Some("某县医疗保障局"), Some("610")));
    let a = p.funds.annual.as_ref().unwrap();
    assert_eq!((a.total, a.fiscal, a.other), (Some(120.0), Some(100.0), Some(20.0)));
    let r = rows(&f);
    assert_eq!((r[0].1.as_str(), r[0].2.as_str()), ("成本指标", "经济成本指标"));
    assert_eq!((r[2].1.as_str(), r[2].2.as_str(), r[2].4.as_str()), ("产出指标", "质量指标", "100%"));
}

#[test]
fn l3_one_cell_per_line_with_description_and_basis_columns() {
    let text = "1.某某经费绩效目标表\n\t460001某县医疗保障局本级\n\t单位：万元\n\n\t项目名称\n\t某某经费\n\n\
                \t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n\
                \t产出指标\n\t时效指标\n\t完成时间\n\t完成时间\n\t2025年12月\n\t县级预算安排\n\n\
                \t\n\t成本指标\n\t拨付率\n\t\n\t≥95%\n\t县级预算安排\n";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.heading.as_deref(), Some("1.某某经费绩效目标表"));
    assert_eq!(p.money_unit.as_deref(), Some("万元"));
    let i = &p.indicators;
    assert_eq!((i[0].description.as_deref(), i[0].basis.as_deref()), (Some("完成时间"), Some("县级预算安排")));
    assert_eq!(i[0].target.date.as_deref(), Some("2025-12"));
    // An empty description cell keeps its place: the value stays the value.
    assert_eq!((i[1].description.as_deref(), i[1].value.as_str()), (None, "≥95%"));
}

#[test]
fn l4_space_separated_rows_with_remark_column_and_ascii_comparators() {
    let f = parse(
        "绩效目标申报表\n项目名称 扶贫项目 项目负责人及电话 张三13900000000\n主管部门 某镇政府 实施单位 某公司\n\
         绩效指标 一级指标 二级指标 三级指标 指标值 备注\n产出指标 数量指标 开发数量( ≥**个 ) >=4个\n流转土地 >=60亩\n\
         成本指标 补助标准 <=475元/亩\n",
    );
    assert_eq!(names_values(&f), nv(&[("开发数量( ≥**个 )", ">=4个"), ("流转土地", ">=60亩"), ("补助标准", "<=475元/亩")]));
    assert_eq!(f.projects[0].extra.get("项目负责人及电话").map(String::as_str), Some("张三13900000000"));
}

#[test]
fn l5_comparator_unit_direction_and_score_columns_join_into_the_value() {
    let f = parse(
        "项目名称 某经费\n一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n\
         产出指标 数量指标 出差人次 正向 = 24 人/次 4\n产出指标 成本指标 出差总成本 反向 = 1 万元 4\n",
    );
    let i = &f.projects[0].indicators;
    assert_eq!((i[0].value.as_str(), i[0].polarity.as_deref(), i[0].score), ("=24人/次", Some("正向"), Some(4.0)));
    assert_eq!((i[1].value.as_str(), i[1].target.std_value), ("=1万元", Some(10000.0)));
}

#[test]
fn l7_whole_department_table_is_its_own_kind() {
    let f = parse(
        "部门整体支出绩效目标表\n2019年度)\n部门(单位)名称 某研究室 部门预算编码 901001033\n资金总额 171.41\n\
         一级指标 二级指标 三级指标 指标解释 目标值\n产出指标 数量指标 资金供应时效 100%(历史标准) 100%\n",
    );
    assert_eq!((f.kind.as_str(), f.year), ("department", Some(2019)));
    assert_eq!(f.projects[0].department.as_deref(), Some("某研究室"));
    assert_eq!(f.projects[0].indicators[0].description.as_deref(), Some("100%(历史标准)"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S002"), "a department table has no 项目名称 by design");
}

#[test]
fn l8_regional_table_keeps_one_value_per_township() {
    let f = parse(
        "某专项区域绩效目标表\n专项名称\t某专项\n\
         一级指标\t二级指标\t三级指标\t指标值\t指标值\t指标值\n\
         产出指标\t数量指标\t改造户数\t10户\t12户\t8户\n",
    );
    assert_eq!(f.kind, "regional");
    let i = &f.projects[0].indicators[0];
    assert_eq!((i.value.as_str(), i.values.clone()), ("10户", vec!["10户".to_string(), "12户".into(), "8户".into()]));
}

#[test]
fn l10_zhejiang_type_and_name_columns_without_third_level() {
    let f = parse(
        "项目名称: | 绿化经费 |\n指标类型 | 指标名称 | 指标值 | 指标描述 |\n产出指标 | 数量指标 | 375万平方米 | 完成养护 |\n\
         质量指标 | 100% | 全覆盖 |\n满意度指标 | 服务对象或受益者满意度指标 | ≥95% | 满意率 |\n",
    );
    let r = rows(&f);
    assert_eq!((r[1].2.as_str(), r[1].3.as_str(), r[1].4.as_str()), ("质量指标", "质量指标", "100%"));
    assert_eq!((r[2].1.as_str(), r[2].2.as_str()), ("满意度指标", "服务对象满意度指标"));
}

#[test]
fn l13_grade_standards_keep_all_four_thresholds() {
    let f = parse(
        "某资金绩效目标表\n项目名称\t某资金\n\
         绩效指标分类\t绩效指标\t绩效指标描述\t评价标准\t\t\t\t评价标准确定依据\n\
         \t\t\t优\t良\t中\t差\t\n\
         产出指标\t救助覆盖率\t是否应救尽救\t100%\t90%\t85%\t85%\t按标准评价\n",
    );
    let i = &f.projects[0].indicators[0];
    assert_eq!((i.name.as_str(), i.value.as_str()), ("救助覆盖率", "100%"));
    assert_eq!(i.values, vec!["100%", "90%", "85%", "85%"]);
    assert_eq!(i.basis.as_deref(), Some("按标准评价"));
    // The project says what each of `values` is.
    assert_eq!(f.projects[0].value_columns.as_deref(), Some(&["优", "良", "中", "差"].map(String::from)[..]));
}

#[test]
fn glued_cells_are_cut_with_the_lexicon() {
    let f = parse(
        "绩效目标表\n项目名称某补助资金\n绩效指标一级指标二级指标指标内容指标值\n产出指标数量指标改造覆盖率100%\n\
         时效指标资金下达率100%\n效益指标可持续影响指标均衡发展情况稳步提高\n",
    );
    assert_eq!(f.projects[0].name.as_deref(), Some("某补助资金"));
    assert_eq!(names_values(&f), nv(&[("改造覆盖率", "100%"), ("资金下达率", "100%"), ("均衡发展情况", "稳步提高")]));
}

#[test]
fn paragraphs_with_labels_split_over_lines_and_a_legacy_alias() {
    let text = "项目名称\n\n某项目\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n项目完成指标\n\n数量\n\n指标\n\n\
                道路里程\n\n≥100公里\n\n效益指标\n\n经济效益\n\n指标\n\n年增粮食\n\n3500公斤\n";
    let f = parse(text);
    let r = rows(&f);
    assert_eq!((r[0].1.as_str(), r[0].2.as_str(), r[0].3.as_str()), ("产出指标", "数量指标", "道路里程"));
    assert_eq!((r[1].2.as_str(), r[1].4.as_str()), ("经济效益指标", "3500公斤"));
}

#[test]
fn one_cell_per_line_with_pipe_debris() {
    let f = parse(
        "项目支出名称 |\n某服务 |\n|||\n|\n一级指标 |\n二级指标 |\n三级指标 |\n指标值及单位 |\n绩效标准 |\n|\n\
         产出指标 |\n数量指标 |\n车辆数 |\n10辆 |\n计划标准 |\n||\n|\n射程 |\n≥80M |\n计划标准 |\n",
    );
    assert_eq!(names_values(&f), nv(&[("车辆数", "10辆"), ("射程", "≥80M")]));
    assert_eq!(f.projects[0].indicators[1].basis.as_deref(), Some("计划标准"));
}

#[test]
fn traditional_labels_are_canonical_and_kept_as_printed() {
    let f = parse("項目名稱\t甲\n一級指標\t二級指標\t三級指標\t指標值\n產出指標\t數量指標\t戶數\t5戶\n");
    let i = &f.projects[0].indicators[0];
    assert_eq!((i.level1.as_str(), i.level2.as_str()), ("产出指标", "数量指标"));
    assert_eq!((i.level1_raw.as_str(), i.level2_raw.as_str()), ("產出指標", "數量指標"));
}

#[test]
fn a_second_level_without_its_first_level_gets_it_from_the_taxonomy() {
    let f = parse("项目名称\t甲\n二级指标\t三级指标\t指标值\n社会效益指标\t就业人数\t≥20人\n");
    let i = &f.projects[0].indicators[0];
    assert_eq!((i.level1.as_str(), i.level1_raw.as_str(), i.level2.as_str()), ("效益指标", "", "社会效益指标"));
}

#[test]
fn a_flattened_table_with_values_cut_off_keeps_the_names() {
    let words = "专项名称 某资金 主管部门 省残联 资金额度 4623 万 一级 指标 二级指标 三级指标 \
                 绩 效 指 标 产 出 指 标 数量指标 康复服务人数 补贴特校数 残疾人就业创业扶贫品牌基地项目补助 基地个数 \
                 质量指标 康复服务率 满意度 指标 服务对象 托养残疾人满意程度 满意度指标 残疾人满意度 指标值";
    let f = parse(&format!("某资金区域绩效目标表\n{words}\n"));
    let p = &f.projects[0];
    assert_eq!((p.department.as_deref(), p.money_unit.as_deref()), (Some("省残联"), Some("万元")));
    let names: Vec<String> = p.indicators.iter().map(|i| i.name.clone()).collect();
    // The value column is cut off for every row, so the last name is as whole as the
    // others and is kept (real 14's truth lists it); the project is still incomplete.
    assert_eq!(
        names,
        vec![
            "康复服务人数",
            "补贴特校数",
            "残疾人就业创业扶贫品牌基地项目补助基地个数",
            "康复服务率",
            "托养残疾人满意程度",
            "残疾人满意度"
        ]
    );
    assert!(p.indicators.iter().all(|i| i.value.is_empty()));
    assert!(!p.complete);
}

#[test]
fn prose_targets_are_indicators() {
    let f = parse(
        "关于某镇种植项目绩效目标设定的公示\n安排资金50万元。\n一、 产出指标\n数量指标:种植数量(≥**株)>=17600株;成活率(≥**%)>=85;\n\
         三、 满意度指标\n服务对象满意度指标,受益户满意度(≥**%)≥95%。\n2023年3月27日\n",
    );
    assert_eq!(f.projects[0].name.as_deref(), Some("某镇种植项目"));
    assert_eq!(f.year, Some(2023));
    assert_eq!(names_values(&f), nv(&[("种植数量(≥**株)", ">=17600株"), ("成活率(≥**%)", ">=85"), ("受益户满意度(≥**%)", "≥95%")]));
}

#[test]
fn an_unrecognised_layout_is_reported_not_guessed() {
    let f = parse("会议纪要\n今天讨论了预算安排。\n下次会议在周五。\n");
    assert!(f.projects.is_empty());
    assert!(f.diagnostics.iter().any(|d| d.code == "S001"));
    let quoted: Vec<&str> = f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.as_deref()).collect();
    assert!(quoted.contains(&"今天讨论了预算安排。"), "{quoted:?}");
}

#[test]
fn layout_kept_text_with_first_level_labels_printed_mid_span() {
    // `pdftotext -layout`: columns are runs of spaces, and a merged 一级 sits on the
    // middle row of its span (产出指标 on the second of its three rows).
    let f = parse(
        "项目名称              长期护理保险配套金\n\
         一级指标    二级指标          三级指标                  指标值\n\
         成本指标    经济成本指标      县级财政补助              补助到位\n\
         \x20           数量指标          参保人数                  全面参保\n\
         产出指标    质量指标          参保率                    ≥98%\n\
         \x20           时效指标          待遇发放及时率            100%\n\
         效益指标    社会效益指标      护理水平                  逐步提高\n",
    );
    let levels: Vec<(String, String, String)> = rows(&f).into_iter().map(|r| (r.1, r.2, r.3)).collect();
    let want = [
        ("成本指标", "经济成本指标", "县级财政补助"),
        ("产出指标", "数量指标", "参保人数"),
        ("产出指标", "质量指标", "参保率"),
        ("产出指标", "时效指标", "待遇发放及时率"),
        ("效益指标", "社会效益指标", "护理水平"),
    ];
    assert_eq!(levels, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())));
    assert!(!f.diagnostics.iter().any(|d| d.code == "T002"), "{:?}", f.diagnostics);
}

#[test]
fn a_unit_declared_after_a_field_on_its_line_is_not_the_fields_value() {
    // "填报单位：某某局    单位：万元" is one cell of tab text: the unit went into the value.
    let f = parse(
        "项目支出绩效目标申报表\n\
         填报单位：某某局    单位：万元\n\
         项目名称\t道路维护\n\
         项目资金\t年度资金总额\t100\n\
         一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t维护道路里程\t≥50公里\n",
    );
    let p = &f.projects[0];
    assert_eq!(p.extra.get("填报单位").map(String::as_str), Some("某某局"), "{:?}", p.extra);
    assert_eq!(p.money_unit.as_deref(), Some("万元"));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(100.0));
}

#[test]
fn website_page_furniture_over_a_table_is_set_aside() {
    // Copied from a government website (real 24): the page's 发布时间/作者/来源/浏览次数
    // line was reported cell by cell as unplaced (S005).
    let f = parse(
        "项目支出绩效目标表\n\
         发布时间:2022年09月12日 作者: 来源: 浏览次数:\n\
         项目名称\t道路维护\n\
         一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t维护道路里程\t≥50公里\n",
    );
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "{:?}", f.diagnostics);
    assert_eq!(names_values(&f), nv(&[("维护道路里程", "≥50公里")]));
    // A row that only starts with such a word is not furniture.
    let g = parse(
        "项目支出绩效目标表\n\
         项目名称\t道路维护\n\
         来源说明\t上级补助\n\
         一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t维护道路里程\t≥50公里\n",
    );
    assert!(g.diagnostics.iter().any(|d| d.code == "S005" && d.snippet.as_deref() == Some("来源说明")), "{:?}", g.diagnostics);
}

#[test]
fn a_signature_line_after_the_matrix_ends_it() {
    // "填报人：张三" under the table was read as a last indicator row with no value:
    // the document looked cut inside the table (S004) and the line was unplaced (S005).
    let f = parse(
        "项目名称\t绿化养护\n\
         一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t养护面积\t≥60亩\n\
         满意度指标\t服务对象满意度指标\t群众满意度\t≥95%\n\
         填报人：张三\t审核人：李四\n",
    );
    assert_eq!(names_values(&f), nv(&[("养护面积", "≥60亩"), ("群众满意度", "≥95%")]));
    assert!(f.projects[0].complete);
    assert!(!f.diagnostics.iter().any(|d| d.code == "S004" || d.code == "S005"), "{:?}", f.diagnostics);
}

#[test]
fn a_disclosure_catalogue_box_and_its_page_lines_are_set_aside() {
    // A 政府信息公开 page (real 12, real 07): the catalogue box of letter-spaced labels
    // and values, a 发布时间 whose clock time the spaces cut off, "|" debris and an
    // empty 附件 list were each reported as unplaced (S005), about twenty per page.
    let f = parse(
        "索 引 号 733569413/2021-00944 发布日期 2021-01-05\n\
         发布机构 区教育局 有 效 性 有效\n\
         标     题 绩效目标表 文     号\n\
         发布时间:2018年05月20日 15:40 来源:某区财政局 作者:\n\
         字号 :  | \n\
         发布时间:2021-01-05  |  发布单位:区教育局\n\
         附件:\n\
         项目支出绩效目标表\n\
         项目名称 道路维护\n\
         一级指标 二级指标 三级指标 指标值\n\
         产出指标 数量指标 维护道路里程 ≥50公里\n",
    );
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "{:?}", f.diagnostics);
    assert_eq!(names_values(&f), nv(&[("维护道路里程", "≥50公里")]));
    // One catalogue label opening a line is not the box: it takes two in one row.
    let g = parse(
        "项目支出绩效目标表\n\
         项目名称 道路维护\n\
         标题说明 上级补助项目\n\
         一级指标 二级指标 三级指标 指标值\n\
         产出指标 数量指标 维护道路里程 ≥50公里\n",
    );
    assert!(
        g.diagnostics.iter().any(|d| d.code == "S005" && d.snippet.as_deref().is_some_and(|s| s.contains("标题说明"))),
        "{:?}",
        g.diagnostics
    );
}
