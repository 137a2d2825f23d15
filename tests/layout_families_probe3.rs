//! Real-data gaps found by a third probe, each shown with a small realistic sample:
//! enumerated goal pieces, captions and unit lines left unplaced, prose headings and
//! funds, budget sheets in another money unit, and 定性/定量 words out of column.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, rows, s005, show};

/// (1) The year's goal printed as a lead sentence and numbered pieces ("目标1:…"),
/// which space-separated text (内蒙古 L5, real 24) cuts into cells of their own.
#[test]
fn numbered_goal_pieces_join_the_goal() {
    let spaces = "项目名称 再生资源回收市场管理经费\n\
        主管部门 (433)某市供销合作社联合社\n\
        年度目标 围绕发展循环经济的要求,规范建设。达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成\n\
        一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n\
        产出指标 数量指标 出差人次 正向 = 24 人/次 4\n";
    let lines = "项目名称\t再生资源回收市场管理经费\n\
        年度目标\n\
        目标1：聘用人员1人，出差8人\n\
        目标2：聘用人员在岗率100%\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t出差人次\t=24人/次\n";
    for (text, goal) in [
        (
            spaces,
            "围绕发展循环经济的要求,规范建设。达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成",
        ),
        (lines, "目标1：聘用人员1人，出差8人\n目标2：聘用人员在岗率100%"),
    ] {
        let f = parse(text);
        assert_eq!(f.projects[0].goals.annual.as_deref(), Some(goal), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}

/// (2) Lines around a table that are neither fields nor indicators: the "绩效指标(权重
/// 分值…)" caption on a line of its own, a 05-2 sheet's "部门：…" line, and a lone
/// "附件2" over the title.
#[test]
fn captions_department_lines_and_annex_numbers_are_placed() {
    let caption = "项目名称 居家养老服务补贴\n\
        绩效指标(权重分值90分,其中产出指标权重分值50分,满意度指标权重分值10分)\n\
        一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n\
        产出指标 数量指标 服务老人人数 ≥ 正向 800 人 40\n";
    let f = parse(caption);
    assert_eq!(rows(&f), expect(&[("产出指标", "数量指标", "服务老人人数", "≥800人")]), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));

    let sheet = "部门项目支出绩效目标表\n\
        部门：[203001]某区文化和旅游局\t\t\t\t\t\t单位：万元\n\
        项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t计算符号\t指标值\t度量单位\n\
        公共文化服务体系建设\t开展群众文化活动\t产出指标\t数量指标\t举办演出场次\t≥\t30\t场\n";
    let f = parse(sheet);
    assert_eq!(rows(&f), expect(&[("产出指标", "数量指标", "举办演出场次", "≥30场")]), "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!((p.department.as_deref(), p.department_code.as_deref()), (Some("某区文化和旅游局"), Some("203001")), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));

    let annex = "附件2\n2024年项目支出绩效目标表\n项目名称\t城区道路保洁\n一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t保洁面积\t≥120万平方米\n";
    let f = parse(annex);
    assert_eq!(f.title.as_deref(), Some("2024年项目支出绩效目标表"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (3) Prose targets (L12) under a numbered heading that names the project, with the
/// funds in a sentence of their own.
#[test]
fn l12_heading_names_the_project_and_a_funds_sentence_gives_funds() {
    let f = parse(
        "一、城区绿化养护项目\n\
         项目资金：45万元。\n\
         数量指标：养护绿地面积≥35万平方米；\n\
         质量指标：绿地养护达标率≥90%。\n",
    );
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("城区绿化养护项目"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(45.0), "{}", show(&f));
    assert_eq!(p.money_unit.as_deref(), Some("万元"));
    assert_eq!(
        rows(&f),
        expect(&[("", "数量指标", "养护绿地面积", "≥35万平方米"), ("", "质量指标", "绿地养护达标率", "≥90%")])
            .into_iter()
            .map(|mut r| {
                r.0 = "产出指标".into();
                r
            })
            .collect::<Vec<_>>(),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (4) A workbook whose 05-1 budget sheet counts in 元 and whose 05-2 sheet in 万元:
/// the funds the 05-2 project takes are in its own declared unit.
#[test]
fn l11_budget_sheet_in_another_unit_is_converted() {
    let f = parse(
        "部门项目支出预算表\n\
         单位：元\n\
         单位名称\t项目编码\t项目名称\t合计\t财政拨款\t其他资金\n\
         [203001]某区文化和旅游局\t45010224T000001234\t公共文化服务体系建设\t865000\t865000\t0\n\
         部门项目支出绩效目标表\n\
         \t\t\t\t\t\t\t单位：万元\n\
         单位名称\t项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t计算符号\t指标值\t度量单位\n\
         [203001]某区文化和旅游局\t公共文化服务体系建设\t开展群众文化活动\t产出指标\t数量指标\t举办演出场次\t≥\t30\t场\n",
    );
    let p = &f.projects[0];
    let a = p.funds.annual.as_ref();
    assert_eq!(p.money_unit.as_deref(), Some("万元"), "{}", show(&f));
    assert_eq!(
        (a.and_then(|a| a.total), a.and_then(|a| a.fiscal), a.and_then(|a| a.other)),
        (Some(86.5), Some(86.5), Some(0.0)),
        "{}",
        show(&f)
    );
    assert_eq!(p.code.as_deref(), Some("45010224T000001234"));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (5) Space-separated rows drop blank cells, so the 定性/定量 word of a row sits
/// wherever its neighbours leave it: after the value (a row with no comparator or
/// unit), and a qualitative row's description moves into the empty 计量单位 place.
#[test]
fn l5_quality_word_out_of_its_column_is_the_kind() {
    // 内蒙古: 指标性质 (定量/定性 here) | 指标方向 | 目标值 | 计量单位 | 分值.
    let nmg = "项目名称 居家养老服务补贴\n\
        一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n\
        产出指标 数量指标 服务老人人数 定量 正向 ≥800 人 40\n\
        效益指标 社会效益指标 困难老人生活质量 正向 有效提高 定性 30\n";
    let f = parse(nmg);
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "服务老人人数", "≥800人"), ("效益指标", "社会效益指标", "困难老人生活质量", "有效提高")]),
        "{}",
        show(&f)
    );
    let scores: Vec<Option<f64>> = families::all(&f).iter().map(|i| i.score).collect();
    assert_eq!(scores, [Some(40.0), Some(30.0)], "{}", show(&f));
    assert!(s005(&f).is_empty() && f.projects[0].complete, "{}", show(&f));

    // 江西-style: 指标属性 first, then 计算符号 | 目标值 | 度量单位 | 指标值说明; and 湖南
    // L6: 指标值类型 | 指标值 | 计量单位 | 指标解释.
    let attr_first = "项目名称 文物保护修缮\n\
        一级指标 二级指标 三级指标 指标属性 计算符号 目标值 度量单位 指标值说明\n\
        产出指标 数量指标 修缮数量 定量 = 2 处 县级文物保护单位\n\
        效益指标 社会效益指标 文物安全状况 有效改善 定性 确保文物安全\n";
    let hunan = "项目名称 文物保护修缮\n\
        一级指标 二级指标 三级指标 指标值类型 指标值 计量单位 指标解释\n\
        产出指标 数量指标 修缮数量 定量 =2 处 县级文物保护单位\n\
        效益指标 社会效益指标 文物安全状况 定性 有效改善 确保文物安全\n";
    for text in [attr_first, hunan] {
        let f = parse(text);
        assert_eq!(
            rows(&f),
            expect(&[("产出指标", "数量指标", "修缮数量", "=2处"), ("效益指标", "社会效益指标", "文物安全状况", "有效改善")]),
            "{}",
            show(&f)
        );
        let desc: Vec<Option<&str>> = families::all(&f).iter().map(|i| i.description.as_deref()).collect();
        assert_eq!(desc, [Some("县级文物保护单位"), Some("确保文物安全")], "{}", show(&f));
        assert!(s005(&f).is_empty() && f.projects[0].complete, "{}", show(&f));
    }
}

/// (1b) Space-separated text cuts "目标 1:…" at its space (real 14): the bare 目标
/// and the number after it are one piece, not a goal of "目标" and stray cells.
#[test]
fn goal_pieces_cut_after_their_word_join_the_goal() {
    let f = parse(
        "专项名称 残疾人事业发展补助资金 主管部门 省残联 资金额度 4623 万\n\
         年度总体目标 目标 1:为残疾人提供基本康复服务。 目标 2:补助基层残联基础设施建设。\n\
         一级指标 二级指标 三级指标 指标值\n\
         产出指标 数量指标 基本康复服务人数 ≥5000人\n",
    );
    assert_eq!(
        f.projects[0].goals.annual.as_deref(),
        Some("目标1:为残疾人提供基本康复服务。 目标2:补助基层残联基础设施建设。"),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (1c) A merged label cell whose words wrap onto lines of their own ("年度" / "总体" /
/// "目标", real 18) is one label again in space-separated text too, not only in one
/// cell per paragraph: its goal is read and nothing is left unplaced.
#[test]
fn a_label_wrapped_word_by_word_is_joined_in_every_layout() {
    let f = parse(
        "部门(单位)名称 某市地方志研究室 部门预算编码 901001033\n\
         年度\n\
         总体\n\
         目标\n \
         目标1:确保本室日常办公所需经费正常运行;\n \
         目标2:保障志鉴地情相关工作开展。\n\
         一级指标 二级指标 三级指标 目标值\n\
         产出指标 数量指标 年鉴出版数量 1部\n",
    );
    assert_eq!(
        f.projects[0].goals.annual.as_deref(),
        Some("目标1:确保本室日常办公所需经费正常运行;\n目标2:保障志鉴地情相关工作开展。"),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}
