//! Further shapes of spec/domain.md §5 probed with small realistic samples: score
//! bands as 审批表 print them in space-separated text and with 权重 instead of 分,
//! and more, each independent of the corpus files.

#[path = "common/families.rs"]
mod families;

use families::{all, expect, parse, rows, show};
use jixiao::{Filing, ParseOptions};

fn no_misplaced_cells(f: &Filing) -> bool {
    !f.diagnostics.iter().any(|d| matches!(d.code.as_str(), "S004" | "S005" | "V001"))
}

/// A 审批表 out of a PDF as space-separated text: the band is printed after a space,
/// so the cutting by spaces would make "(50分)" a cell of its own.
const L9_SPACES: &str = "2024年项目支出绩效目标审批表\n\
    项目名称 农村义务教育学生营养改善计划\n\
    主管部门 某县教育局 实施单位 某县学生资助管理中心\n\
    年度资金总额 320.5 其中:财政拨款 320.5 其他资金 0\n\
    一级指标 二级指标 三级指标 指标值 分值 指标解释\n\
    产出指标 (50分) 数量指标 受益学生人数 ≥8000人 15 享受营养餐补助学生数\n\
    质量指标 食品安全事故发生次数 0次 15 全年食品安全事故\n\
    时效指标 补助资金发放及时率 100% 10 按学期及时拨付\n\
    成本指标 生均补助标准 ≤5元/天 10 国家标准\n\
    效益指标 （权重30） 社会效益指标 学生营养健康状况 明显改善 20 学生体质监测\n\
    可持续影响指标 营养餐长效机制 逐步建立 10 无\n\
    满意度指标 (10分) 服务对象满意度指标 学生家长满意度 ≥90% 10 问卷调查\n";

#[test]
fn l9_score_band_after_a_space_stays_with_its_label() {
    let f = parse(L9_SPACES);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "受益学生人数", "≥8000人"),
            ("产出指标", "质量指标", "食品安全事故发生次数", "0次"),
            ("产出指标", "时效指标", "补助资金发放及时率", "100%"),
            ("产出指标", "成本指标", "生均补助标准", "≤5元/天"),
            ("效益指标", "社会效益指标", "学生营养健康状况", "明显改善"),
            ("效益指标", "可持续影响指标", "营养餐长效机制", "逐步建立"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(all(&f)[0].level1_raw, "产出指标(50分)");
    assert!(no_misplaced_cells(&f), "{}", show(&f));
}

/// 权重 bands without 分 or %: "产出指标（权重50）".
const L9_WEIGHTS: &str = "项目支出绩效目标审批表\n\
    项目名称\t城区道路保洁服务\t主管部门\t某区城市管理局\n\
    一级指标\t二级指标\t三级指标\t指标值\t分值\t指标解释\n\
    产出指标（权重50）\t数量指标\t保洁道路面积\t≥120万平方米\t20\t日常保洁面积\n\
    \t质量指标\t道路保洁达标率\t≥95%\t15\t按考核细则\n\
    \t时效指标\t垃圾日产日清率\t100%\t15\t\n\
    效益指标（权重30）\t社会效益指标\t市容环境\t明显改善\t30\t\n\
    满意度指标（权重10）\t服务对象满意度指标\t市民满意度\t≥90%\t10\t抽样调查\n";

#[test]
fn l9_weight_bands_without_a_unit_are_first_level_labels() {
    let f = parse(L9_WEIGHTS);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "保洁道路面积", "≥120万平方米"),
            ("产出指标", "质量指标", "道路保洁达标率", "≥95%"),
            ("产出指标", "时效指标", "垃圾日产日清率", "100%"),
            ("效益指标", "社会效益指标", "市容环境", "明显改善"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    let scores: Vec<Option<f64>> = all(&f).iter().map(|i| i.score).collect();
    assert_eq!(scores, [20.0, 15.0, 15.0, 30.0, 10.0].map(Some));
    assert!(no_misplaced_cells(&f), "{}", show(&f));
}

/// "服务对象满意度" is the commonest 三级 under "服务对象满意度指标", and also an alias
/// of that 二级: as the name it must not be read as the label again.
#[test]
fn second_level_reworded_as_the_name_is_the_name() {
    let tabs = "项目名称\t居家养老服务补贴\n\
        一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t分值\n\
        产出指标\t数量指标\t服务老人人数\t≥\t800\t人\t40\n\
        满意度指标\t服务对象满意度指标\t服务对象满意度\t≥\t90\t%\t10\n";
    // 内蒙古 L5 out of a PDF: the "绩效指标(权重…)" caption heads the rows' first
    // column in the header row only, so the rows sit one column off the header.
    let spaces = "项目名称 居家养老服务补贴\n\
        绩效指标(权重分值90分,其中产出指标权重分值50分,满意度指标权重分值10分) 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n\
        产出指标 数量指标 服务老人人数 ≥ 正向 800 人 40\n\
        满意度指标 服务对象满意度指标 服务对象满意度 ≥ 正向 90 % 10\n";
    for text in [tabs, spaces] {
        let f = parse(text);
        assert_eq!(
            rows(&f),
            expect(&[("产出指标", "数量指标", "服务老人人数", "≥800人"), ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),]),
            "{}",
            show(&f)
        );
        assert_eq!(all(&f)[1].score, Some(10.0));
    }
    // 满意度指标 before 服务对象满意度指标 is still the 一级 and its 二级.
    let f = parse("项目名称\tA\n一级指标\t二级指标\t三级指标\t指标值\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n");
    assert_eq!(rows(&f), expect(&[("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]), "{}", show(&f));
}

/// An Excel 05-2 sheet as text, with a 序号 column before 单位名称: the row numbers
/// were read as the first owner column, shifting every cell of every row.
#[test]
fn l11_sheet_with_a_row_number_column() {
    let f = parse(
        "部门项目支出绩效目标表\n\
         \t\t\t\t\t\t\t\t\t单位：万元\n\
         序号\t单位名称\t项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t计算符号\t指标值\t度量单位\n\
         1\t[203001]某区文化和旅游局\t公共文化服务体系建设\t开展群众文化活动\t产出指标\t数量指标\t举办演出场次\t≥\t30\t场\n\
         1\t\t\t\t\t\t图书馆开放天数\t≥\t300\t天\n\
         2\t[203001]某区文化和旅游局\t文物保护修缮\t完成2处文物修缮\t产出指标\t数量指标\t修缮数量\t=\t2\t处\n",
    );
    let names: Vec<Option<&str>> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("公共文化服务体系建设"), Some("文物保护修缮")], "{}", show(&f));
    assert_eq!(f.projects[1].department_code.as_deref(), Some("203001"));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "举办演出场次", "≥30场"),
            ("产出指标", "数量指标", "图书馆开放天数", "≥300天"),
            ("产出指标", "数量指标", "修缮数量", "=2处"),
        ]),
        "{}",
        show(&f)
    );
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "{}", show(&f));
}

/// A whole budget workbook (tools/make_workbook_05.py): the 05-1 budget sheet before
/// the 05-2 target sheet gives each project its funds and code by name; the 05-2 sheet
/// has a 序号 column, a percentage stored as 0.9 beside 度量单位 "%", and a date cell.
#[test]
fn l11_workbook_with_its_budget_sheet() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extra/workbook_05.xlsx");
    let f = jixiao::parse_path(&path, &ParseOptions::default()).unwrap();
    type Budget<'a> = (Option<&'a str>, Option<&'a str>, Option<f64>, Option<f64>, Option<f64>);
    let p: Vec<Budget> = f
        .projects
        .iter()
        .map(|p| {
            let a = p.funds.annual.as_ref();
            (p.name.as_deref(), p.code.as_deref(), a.and_then(|a| a.total), a.and_then(|a| a.fiscal), a.and_then(|a| a.other))
        })
        .collect();
    assert_eq!(
        p,
        [
            (Some("公共文化服务体系建设"), Some("45010224T000001234"), Some(86.5), Some(86.5), Some(0.0)),
            (Some("文物保护修缮"), Some("45010224T000001235"), Some(120.0), Some(100.0), Some(20.0)),
        ],
        "{}",
        show(&f)
    );
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "举办文化惠民演出场次", "≥30场"),
            ("产出指标", "数量指标", "图书馆免费开放天数", "≥300天"),
            ("产出指标", "时效指标", "项目完成时间", "≤2024年12月31日"),
            // The number cell prints its % already: not "≥90%%".
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
            ("产出指标", "数量指标", "修缮文物保护单位数量", "=2处"),
            ("效益指标", "社会效益指标", "文物安全状况", "有效改善"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(all(&f)[3].target.unit.as_deref(), Some("%"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "{}", show(&f));
}

/// A whole last row is not a document cut off, where blank cells vanish: the blank
/// "绩效指标" caption column (HTML copy of an 88号 table) and a blank 备注 after the
/// last filled column (space-separated PDF text) leave it narrower than the header.
#[test]
fn rows_without_their_blank_caption_or_remark_cells_are_whole() {
    let pipes = "| 项目名称 | 农村饮水安全工程 |\n\
        | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 |\n\
        | 产出指标 | 数量指标 | 改造管网长度 | ≥60公里 | 数量指标 | 改造管网长度 | ≥20公里 |\n\
        | 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 服务对象满意度指标 | 受益群众满意度 | ≥90% |\n";
    let spaces = "项目名称 居家养老服务补贴\n\
        一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 备注\n\
        产出指标 数量指标 服务老人人数 ≥ 正向 800 人 40\n\
        效益指标 社会效益指标 困难老人生活质量 定性 正向 有效提高 30\n";
    for text in [pipes, spaces] {
        let f = parse(text);
        assert_eq!(all(&f).len(), if text == pipes { 4 } else { 2 }, "{}", show(&f));
        assert!(f.projects[0].complete && !f.diagnostics.iter().any(|d| d.code == "S004"), "{}", show(&f));
    }
    // A row that stops before its value is still cut off.
    let f = parse("项目名称 A\n一级指标 二级指标 三级指标 指标值 分值 备注\n产出指标 数量指标 人数 ≥8人 10\n产出指标 质量指标 合格率\n");
    assert!(!f.projects[0].complete, "{}", show(&f));
}

/// Space-separated PDF text broken over pages: the page number is cut into cells by
/// its spaces ("第 2 页 共 5 页", "— 3 —"), a "续表" line and the repeated header
/// follow, and a 二级 lost characters to "?" on a row whose cells are not in columns.
#[test]
fn page_break_artefacts_in_space_separated_text() {
    let f = parse(
        "项目支出绩效目标表\n项目名称 城乡环卫一体化运营经费\n\
         一级指标 二级指标 三级指标 指标值 备注\n\
         产出指标 数量指标 垃圾清运量 ≥3.2万吨\n保洁面积 ≥150万平方米\n\
         第 2 页 共 5 页\n续表\n一级指标 二级指标 三级指标 指标值 备注\n\
         质量指标 垃圾无害化处理率 100%\n效益指标 ??效益指标 人居环境 明显改善\n\
         满意度指标 服务对象满意度指标 群众满意度 ≥90%\n— 3 —\n",
    );
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "垃圾清运量", "≥3.2万吨"),
            ("产出指标", "数量指标", "保洁面积", "≥150万平方米"),
            ("产出指标", "质量指标", "垃圾无害化处理率", "100%"),
            ("效益指标", "??效益指标", "人居环境", "明显改善"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    assert!(no_misplaced_cells(&f), "{}", show(&f));
}

/// One cell per paragraph: "服务对象满意度" on the line after "服务对象满意度指标" is
/// the name, while "满意度指标" before it is still the 一级.
#[test]
fn second_level_reworded_as_the_name_in_a_paragraph_stream() {
    let f = parse(
        "项目名称\n\n城乡环卫经费\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n产出指标\n\n数量指标\n\n清运量\n\n≥3万吨\n\n\
         满意度指标\n\n服务对象满意度指标\n\n服务对象满意度\n\n≥90%\n",
    );
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "清运量", "≥3万吨"), ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),]),
        "{}",
        show(&f)
    );
}

/// Prose targets (L12) that count their indicators ("设2条质量指标：…"), end with
/// "满意度指标：" after the 效益 clauses, and give a date as the target.
#[test]
fn l12_counted_prose_targets_and_a_closing_satisfaction_label() {
    let f = parse(
        "城区绿化养护项目\n\
         设1条数量指标：养护绿地面积≥35万平方米；\n\
         设2条质量指标：绿地养护达标率≥90%；苗木补植成活率≥85%；\n\
         时效指标：补植完成时间(≤**月)<=2023年5月；\n\
         社会效益指标：林区群众就业(≥**人)>=60人；\n\
         满意度指标：周边群众满意度(≥**%)>=90%。\n",
    );
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "养护绿地面积", "≥35万平方米"),
            ("产出指标", "质量指标", "绿地养护达标率", "≥90%"),
            ("产出指标", "质量指标", "苗木补植成活率", "≥85%"),
            ("产出指标", "时效指标", "补植完成时间(≤**月)", "<=2023年5月"),
            ("效益指标", "社会效益指标", "林区群众就业(≥**人)", ">=60人"),
            ("满意度指标", "", "周边群众满意度(≥**%)", ">=90%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(all(&f)[3].target.date.as_deref(), Some("2023-05"));
}
