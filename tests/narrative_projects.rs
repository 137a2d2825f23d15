//! Two real-data gaps: prose (L12) budget explanations that describe several projects,
//! each under a numbered heading, and a funds block that prints "其中:" on its own
//! before 财政拨款 / 其他资金.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, s005, show};
use jixiao::Project;

/// (level1, level2, name, value) of one project's indicators.
fn rows_of(p: &Project) -> Vec<(String, String, String, String)> {
    p.indicators.iter().map(|i| (i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone())).collect()
}

fn annual_total(p: &Project) -> Option<f64> {
    p.funds.annual.as_ref().and_then(|a| a.total)
}

/// (1) "一、…项目" headings, each followed by its funds sentence, its goal sentence and
/// its prose targets: one project per heading, in document order. A closing section
/// ("三、其他需要说明的事项") is no project.
#[test]
fn chinese_numbered_project_headings_each_start_a_project() {
    let f = parse(
        "一、农村道路建设项目\n\
         项目资金：120万元。\n\
         绩效目标：新建硬化农村道路，改善群众出行条件。\n\
         数量指标：新建硬化道路长度≥10公里；质量指标：工程验收合格率≥95%；\n\
         满意度指标：沿线群众满意度≥90%。\n\
         二、村级公益事业补助项目\n\
         项目资金：30万元。\n\
         绩效目标：补助村级公益设施建设。\n\
         数量指标：补助行政村个数≥8个；\n\
         社会效益指标：村容村貌明显改善。\n\
         三、其他需要说明的事项\n\
         无。\n",
    );
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    let (a, b) = (&f.projects[0], &f.projects[1]);
    assert_eq!(a.name.as_deref(), Some("农村道路建设项目"), "{}", show(&f));
    assert_eq!(b.name.as_deref(), Some("村级公益事业补助项目"), "{}", show(&f));
    assert_eq!((annual_total(a), annual_total(b)), (Some(120.0), Some(30.0)), "{}", show(&f));
    assert_eq!(b.money_unit.as_deref(), Some("万元"));
    assert_eq!(a.goals.annual.as_deref(), Some("新建硬化农村道路，改善群众出行条件。"));
    assert_eq!(b.goals.annual.as_deref(), Some("补助村级公益设施建设。"));
    assert_eq!(
        rows_of(a),
        expect(&[
            ("产出指标", "数量指标", "新建硬化道路长度", "≥10公里"),
            ("产出指标", "质量指标", "工程验收合格率", "≥95%"),
            ("满意度指标", "", "沿线群众满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(
        rows_of(b),
        expect(&[("产出指标", "数量指标", "补助行政村个数", "≥8个"), ("效益指标", "社会效益指标", "村容村貌明显改善", "")]),
        "{}",
        show(&f)
    );
    // Each project spans its own lines: the second starts at its heading.
    assert_eq!((a.lines, b.lines), ([1, 5], [6, 12]), "{}", show(&f));
    // The closing section's text is no target: quoted as unplaced, nothing else is.
    assert_eq!(s005(&f), ["无。"], "{}", show(&f));
}

/// (2) "（一）…项目" headings with the explanation's own sections nested under each
/// ("1.项目基本情况", "2.绩效目标", "3.绩效指标", "（1）产出指标"): the sections stay
/// parts of their project, and a goal printed under "2.绩效目标" is that project's.
#[test]
fn bracketed_project_headings_keep_their_nested_sections() {
    let f = parse(
        "（一）高标准农田建设项目\n\
         1.项目基本情况\n\
         项目资金总额为500万元。\n\
         2.绩效目标\n\
         建成高标准农田5000亩，提高粮食综合生产能力。\n\
         3.绩效指标\n\
         （1）产出指标\n\
         数量指标：新建高标准农田面积≥5000亩；质量指标：工程质量合格率≥98%；\n\
         （2）效益指标\n\
         经济效益指标：亩均增产粮食≥50公斤；\n\
         （二）动物防疫补助项目\n\
         1.项目基本情况\n\
         项目资金总额为80万元。\n\
         2.绩效目标\n\
         完成重大动物疫病强制免疫。\n\
         3.绩效指标\n\
         （1）产出指标\n\
         数量指标：强制免疫畜禽数量≥20万头；\n\
         （2）满意度指标\n\
         服务对象满意度指标：养殖户满意度≥90%。\n",
    );
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    let (a, b) = (&f.projects[0], &f.projects[1]);
    assert_eq!((a.name.as_deref(), b.name.as_deref()), (Some("高标准农田建设项目"), Some("动物防疫补助项目")), "{}", show(&f));
    assert_eq!((annual_total(a), annual_total(b)), (Some(500.0), Some(80.0)), "{}", show(&f));
    assert_eq!(a.goals.annual.as_deref(), Some("建成高标准农田5000亩，提高粮食综合生产能力。"), "{}", show(&f));
    assert_eq!(b.goals.annual.as_deref(), Some("完成重大动物疫病强制免疫。"), "{}", show(&f));
    assert_eq!(
        rows_of(a),
        expect(&[
            ("产出指标", "数量指标", "新建高标准农田面积", "≥5000亩"),
            ("产出指标", "质量指标", "工程质量合格率", "≥98%"),
            ("效益指标", "经济效益指标", "亩均增产粮食", "≥50公斤"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(
        rows_of(b),
        expect(&[("产出指标", "数量指标", "强制免疫畜禽数量", "≥20万头"), ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (3) Arabic-numbered headings ("1.", "2.") under a group heading that is not a
/// project itself ("一、重点民生工程": nothing under it but the projects), the
/// second project not called "…项目".
#[test]
fn arabic_numbered_projects_under_a_group_heading() {
    let f = parse(
        "一、重点民生工程\n\
         1.城区绿化养护项目\n\
         项目资金：45万元。\n\
         数量指标：养护绿地面积≥35万平方米；质量指标：绿地养护达标率≥90%。\n\
         2.背街小巷亮化工程\n\
         项目资金：12.5万元。\n\
         数量指标：新装路灯≥300盏；时效指标：完工时间≤2024年10月。\n",
    );
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    let (a, b) = (&f.projects[0], &f.projects[1]);
    assert_eq!((a.name.as_deref(), b.name.as_deref()), (Some("城区绿化养护项目"), Some("背街小巷亮化工程")), "{}", show(&f));
    assert_eq!((annual_total(a), annual_total(b)), (Some(45.0), Some(12.5)), "{}", show(&f));
    assert_eq!(rows_of(a).len(), 2, "{}", show(&f));
    assert_eq!(
        rows_of(b),
        expect(&[("产出指标", "数量指标", "新装路灯", "≥300盏"), ("产出指标", "时效指标", "完工时间", "≤2024年10月")]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (4) One project, named by the notice's title, whose explanation is cut into
/// numbered sections ("一、项目基本情况" … "（一）产出指标"): still one project, the
/// sections its parts.
#[test]
fn section_headings_of_a_single_project_stay_one_project() {
    let f = parse(
        "关于城区绿化养护项目绩效目标的公示\n\
         一、项目基本情况\n\
         项目资金：45万元。\n\
         二、绩效目标\n\
         完成城区绿地日常养护，提升城市环境。\n\
         三、绩效指标\n\
         （一）产出指标\n\
         数量指标：养护绿地面积≥35万平方米；\n\
         质量指标：绿地养护达标率≥90%。\n\
         （二）满意度指标\n\
         服务对象满意度指标：市民满意度≥90%。\n",
    );
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("城区绿化养护项目"), "{}", show(&f));
    assert_eq!(annual_total(p), Some(45.0));
    assert_eq!(p.goals.annual.as_deref(), Some("完成城区绿地日常养护，提升城市环境。"), "{}", show(&f));
    assert_eq!(
        rows_of(p),
        expect(&[
            ("产出指标", "数量指标", "养护绿地面积", "≥35万平方米"),
            ("产出指标", "质量指标", "绿地养护达标率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (5) "其中:" printed alone before 财政拨款 / 其他资金 is a connective, not data: set
/// aside in tab rows, one cell per line and space-separated text alike.
#[test]
fn a_lone_qizhong_before_the_funds_breakdown_is_set_aside() {
    let tabs = "项目名称\t乡村道路养护\n\
        年度资金总额\t50\t其中:\t财政拨款\t50\t其他资金\t0\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t养护里程\t≥10公里\n";
    let next_row = "项目名称\t乡村道路养护\n\
        年度资金总额\t50\n\
        其中：\t财政拨款\t50\n\
        \t其他资金\t0\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t养护里程\t≥10公里\n";
    let lines = "项目名称\n乡村道路养护\n年度资金总额\n50\n其中：\n财政拨款\n50\n其他资金\n0\n\
        一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n养护里程\n≥10公里\n";
    let spaces = "项目名称 乡村道路养护\n\
        年度资金总额 50 其中: 财政拨款 50 其他资金 0\n\
        一级指标 二级指标 三级指标 指标值\n\
        产出指标 数量指标 养护里程 ≥10公里\n";
    for text in [tabs, next_row, lines, spaces] {
        let f = parse(text);
        assert_eq!(f.projects.len(), 1, "{}", show(&f));
        let a = f.projects[0].funds.annual.as_ref();
        assert_eq!(
            (a.and_then(|a| a.total), a.and_then(|a| a.fiscal), a.and_then(|a| a.other)),
            (Some(50.0), Some(50.0), Some(0.0)),
            "{text}\n{}",
            show(&f)
        );
        assert_eq!(f.projects[0].indicators.len(), 1, "{}", show(&f));
        assert!(s005(&f).is_empty(), "{text}\n{}", show(&f));
    }
}

/// (6) "其中:" that carries its own sub-key ("其中:上级资金 30") is a field, not the
/// connective alone: its amount is still read.
#[test]
fn qizhong_with_its_own_key_keeps_its_value() {
    let f = parse(
        "项目名称\t农村义务教育薄弱学校改造\n\
         年度资金总额\t30\t其中:上级资金\t30\n\
         一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t改造学校数\t≥3所\n",
    );
    let a = f.projects[0].funds.annual.as_ref();
    assert_eq!((a.and_then(|a| a.total), a.and_then(|a| a.fiscal)), (Some(30.0), Some(30.0)), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (7) Space-separated text cuts "一、 农村道路建设项目" after its numbering (as real
/// 09 prints "一、 产出指标"): the two cells are still one heading.
#[test]
fn a_heading_cut_after_its_numbering_is_still_a_heading() {
    let f = parse(
        "一、 农村道路建设项目\n\
         项目资金：120万元。\n\
         数量指标：新建硬化道路长度≥10公里；质量指标：工程验收合格率≥95%；\n\
         二、 村级公益事业补助项目\n\
         项目资金：30万元。\n\
         数量指标：补助行政村个数≥8个；\n\
         三、 满意度指标\n\
         服务对象满意度指标：受益群众满意度≥95%。\n",
    );
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    let b = &f.projects[1];
    assert_eq!(b.name.as_deref(), Some("村级公益事业补助项目"), "{}", show(&f));
    assert_eq!(
        rows_of(b),
        expect(&[("产出指标", "数量指标", "补助行政村个数", "≥8个"), ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"),]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (3) A notice that publishes targets in prose: its title line ("…绩效目标公示")
/// names the document and gives the year, and a finished clause with no comparator
/// ("完成时间2023年12月底前", "硬化道路长度10公里") still cuts its value from its name,
/// while digits inside prose ("12345热线") are no value.
#[test]
fn a_prose_notice_title_gives_the_year_and_bare_values_are_cut_from_names() {
    let f = parse(
        "2023年某镇人民政府项目支出绩效目标公示\n\
         一、农村道路建设项目\n\
         项目资金：120万元。\n\
         数量指标：硬化道路长度10公里；质量指标：工程验收合格率100%；\n\
         时效指标：完成时间2023年12月底前；\n\
         社会效益指标：开通12345热线服务；\n\
         满意度指标：群众满意度≥90%。\n",
    );
    assert_eq!(f.title.as_deref(), Some("2023年某镇人民政府项目支出绩效目标公示"), "{}", show(&f));
    assert_eq!(f.year, Some(2023), "{}", show(&f));
    let got: Vec<(String, String)> = f.projects[0].indicators.iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    let want: Vec<(String, String)> = [
        ("硬化道路长度", "10公里"),
        ("工程验收合格率", "100%"),
        ("完成时间", "2023年12月底前"),
        ("开通12345热线服务", ""),
        ("群众满意度", "≥90%"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect();
    assert_eq!(got, want, "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    // A numbered section heading that merely mentions 绩效目标 is no document title.
    let g = parse("三、绩效目标说明\n数量指标：硬化道路长度≥10公里；质量指标：工程验收合格率≥95%。\n");
    assert_eq!(g.title, None, "{}", show(&g));
}
