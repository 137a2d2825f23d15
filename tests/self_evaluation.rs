//! 项目支出绩效自评表 (the 决算's project self-evaluation): the target table's indicator
//! tree with what was achieved beside each target (年度指标值 | 实际完成值 | 分值 | 得分
//! | 偏差原因分析及改进措施), funds in columns (年初预算数 | 全年预算数 | 全年执行数 | 分值
//! | 执行率 | 得分) and the goal as 预期目标 | 实际完成情况. Synthetic tables, in the
//! text forms a copy gives: tab cells, "|"-flattened rows, one cell per line.

#[path = "common/families.rs"]
mod families;

use families::{all, parse, show};

const TABLE: &str = "2023年度项目支出绩效自评表
项目名称\t溪口镇河道保洁项目
主管部门\t溪口县水利局\t实施单位\t溪口县河道管理站
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t80\t96\t90\t10\t93.75%\t9.4
\t其中：本年财政拨款\t70\t80\t78\t—\t97.5%\t—
\t上年结转资金\t0\t6\t6\t—\t100%\t—
\t其他资金\t10\t10\t6\t—\t60%\t—
年度总体目标\t预期目标\t实际完成情况
\t保洁河道30公里，河面无成片漂浮物。\t保洁河道31公里，河面整洁。
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标(50分)\t数量指标\t保洁河道长度\t≥30公里\t31公里\t25\t25\t
\t\t质量指标\t保洁达标率\t≥90%\t88%\t25\t23\t汛期垃圾量大，下年增加人手
\t效益指标(30分)\t生态效益指标\t河道水质\t逐步改善\t改善\t30\t30\t
\t满意度指标(10分)\t服务对象满意度指标\t沿河群众满意度\t≥85%\t90%\t10\t10\t
总分\t100\t97.4
";

/// The same table in the text forms a copy gives.
fn forms() -> Vec<(&'static str, String)> {
    let pipe: String = TABLE.lines().map(|l| format!("| {} |\n", l.replace('\t', " | "))).collect();
    let cells: String = TABLE.split(['\t', '\n']).filter(|c| !c.is_empty()).map(|c| format!("{c}\n")).collect();
    vec![("tab", TABLE.to_string()), ("pipe", pipe), ("one cell per line", cells)]
}

type Row = (String, String, Option<String>, Option<f64>);

fn indicators(text: &str) -> Vec<Row> {
    all(&parse(text)).iter().map(|i| (i.name.clone(), i.value.clone(), i.actual.clone(), i.score)).collect()
}

fn row(name: &str, value: &str, actual: &str, score: f64) -> Row {
    (name.to_string(), value.to_string(), Some(actual.to_string()), Some(score))
}

#[test]
fn self_evaluation_indicators_keep_target_actual_and_score() {
    let want = vec![
        row("保洁河道长度", "≥30公里", "31公里", 25.0),
        row("保洁达标率", "≥90%", "88%", 25.0),
        row("河道水质", "逐步改善", "改善", 30.0),
        row("沿河群众满意度", "≥85%", "90%", 10.0),
    ];
    for (form, text) in forms() {
        let f = parse(&text);
        assert_eq!(indicators(&text), want, "{form}\n{}", show(&f));
        // The target, not what was achieved, is parsed as the target.
        assert_eq!(all(&f)[0].target.value, Some(30.0), "{form}");
        assert_eq!(all(&f)[1].remark.as_deref(), Some("汛期垃圾量大，下年增加人手"), "{form}");
        assert_eq!(all(&f)[0].level1_raw, "产出指标(50分)", "{form}");
    }
}

#[test]
fn self_evaluation_funds_come_from_the_full_year_budget() {
    for (form, text) in forms() {
        let f = parse(&text);
        let a = f.projects[0].funds.annual.clone().unwrap_or_default();
        assert_eq!((a.total, a.fiscal, a.carryover, a.other), (Some(96.0), Some(80.0), Some(6.0), Some(10.0)), "{form}\n{}", show(&f));
        // Execution rates, scores and the column names are no unplaced cells.
        let stray: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect();
        assert!(stray.iter().all(|s| !s.contains('%') && !s.contains("预算数")), "{form}: {stray:?}");
        assert!(!f.diagnostics.iter().any(|d| d.code == "F001"), "{form}\n{}", show(&f));
    }
}

#[test]
fn self_evaluation_goal_is_the_planned_one() {
    for (form, text) in forms() {
        let f = parse(&text);
        let p = &f.projects[0];
        assert_eq!(p.goals.annual.as_deref(), Some("保洁河道30公里，河面无成片漂浮物。"), "{form}\n{}", show(&f));
        assert_eq!(p.extra.get("实际完成情况").map(String::as_str), Some("保洁河道31公里，河面整洁。"), "{form}");
    }
}

#[test]
fn the_total_score_row_is_no_indicator_and_the_title_is_read() {
    for (form, text) in forms() {
        let f = parse(&text);
        assert!(all(&f).iter().all(|i| i.name != "总分"), "{form}\n{}", show(&f));
        assert_eq!(f.title.as_deref(), Some("2023年度项目支出绩效自评表"), "{form}");
    }
}

/// A variant: the label column named by a money key with its unit (年度预算数(万元)),
/// 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因, rows 总额 /
/// 其中：财政资金; the indicator columns 指标值 | 完成值 | 权重 | 得分 | 未完成原因分析.
#[test]
fn adjusted_budget_columns_under_a_label_column_with_its_unit() {
    let text = "项目支出绩效自评表（2023年度）
项目名称\t南岭村饮水改造项目
主管部门\t南岭县农业农村局\t实施单位\t南岭县供水站
预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因
总额\t40\t45\t44\t97.78%\t10\t9.8\t
其中：财政资金\t40\t45\t44\t97.78%\t/\t/\t
绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因分析
\t产出指标\t数量指标\t改造供水管网\t≥12公里\t12公里\t45\t45\t
\t效益指标\t社会效益指标\t受益人口\t≥3000人\t3100人\t45\t45\t
";
    let f = parse(text);
    let p = &f.projects[0];
    let a = p.funds.annual.clone().unwrap_or_default();
    assert_eq!((a.total, a.fiscal), (Some(45.0), Some(45.0)), "{}", show(&f));
    assert_eq!(p.money_unit.as_deref(), Some("万元"));
    assert_eq!(
        indicators(text),
        vec![row("改造供水管网", "≥12公里", "12公里", 45.0), row("受益人口", "≥3000人", "3100人", 45.0)],
        "{}",
        show(&f)
    );
}

/// A target table has no 实际完成值: `actual` stays None.
#[test]
fn a_target_table_has_no_actual() {
    let text =
        "项目支出绩效目标表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\t分值\n产出指标\t数量指标\t培训人次\t≥200人次\t20\n";
    let f = parse(text);
    assert_eq!(all(&f).len(), 1, "{}", show(&f));
    assert!(all(&f).iter().all(|i| i.actual.is_none()));
}

/// "项目年度目标 | 年度目标完成情况" heads over their texts, the texts printed from the
/// first column (the merged 项目基本情况 cell dropped): the n-th text is the n-th head's.
#[test]
fn goal_and_outcome_heads_over_texts_further_left() {
    let text = "项目支出绩效自评表（2023年度）
项目名称\t北塘社区健身器材项目
主管部门\t北塘区体育局\t实施单位\t北塘区全民健身中心
项目基本情况\t1.项目年度目标完成情况\t项目年度目标\t年度目标完成情况
新建健身点6处并投入使用。\t已完成
绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因分析
\t产出指标\t数量指标\t新建健身点\t≥6处\t6处\t90\t90\t
";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("新建健身点6处并投入使用。"), "{}", show(&f));
    assert_eq!(p.extra.get("年度目标完成情况").map(String::as_str), Some("已完成"), "{}", show(&f));
}

/// One cell per line, a row that scored full marks (得分 = 分值) followed by an
/// indicator whose target is wording: with no deviation to explain, the text after the
/// scores is the next name, not a 偏差原因分析; a row that lost points keeps its reason.
#[test]
fn after_full_marks_the_next_text_is_a_name_not_a_deviation_reason() {
    let cells = [
        "项目名称",
        "东湾公园养护项目",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
        "产出指标",
        "质量指标",
        "绿化养护达标率",
        "≥95%",
        "96%",
        "20",
        "20",
        "设施完好情况",
        "基本完好",
        "完好",
        "20",
        "20",
        "效益指标",
        "社会效益指标",
        "游园环境",
        "持续改善",
        "改善",
        "30",
        "26",
        "雨季积水点未及时排除",
        "公园开放秩序",
        "良好",
        "良好",
        "30",
        "30",
    ];
    let text: String = cells.iter().map(|c| format!("{c}\n")).collect();
    let f = parse(&text);
    let got: Vec<_> = all(&f).iter().map(|i| (i.name.as_str(), i.value.as_str(), i.remark.as_deref())).collect();
    assert_eq!(
        got,
        vec![
            ("绿化养护达标率", "≥95%", None),
            ("设施完好情况", "基本完好", None),
            ("游园环境", "持续改善", Some("雨季积水点未及时排除")),
            ("公园开放秩序", "良好", None),
        ],
        "{}",
        show(&f)
    );
}

/// One cell per line, a fund row whose label no key knows (单位资金) between the known
/// ones: its amounts go nowhere, and the rows around it keep their own.
#[test]
fn a_fund_row_of_unknown_label_keeps_its_amounts_one_cell_per_line() {
    let cells = [
        "项目支出绩效自评表（2023年度）",
        "项目名称",
        "西岗小学校舍维修项目",
        "年度预算数(万元)",
        "年初预算",
        "调整后预算数",
        "预算执行数",
        "预算执行率",
        "权重",
        "得分",
        "原因",
        "总额",
        "50",
        "62",
        "60",
        "96.77%",
        "10",
        "9.7",
        "按进度支付",
        "其中：财政资金",
        "50",
        "58",
        "56",
        "96.55%",
        "/",
        "/",
        "单位资金",
        "0.00",
        "4",
        "4",
        "100%",
        "/",
        "/",
        "其他资金",
        "/",
        "/",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "完成值",
        "权重",
        "得分",
        "未完成原因分析",
        "产出指标",
        "数量指标",
        "维修校舍面积",
        "≥800平方米",
        "820平方米",
        "90",
        "90",
    ];
    let text: String = cells.iter().map(|c| format!("{c}\n")).collect();
    let f = parse(&text);
    let a = f.projects[0].funds.annual.clone().unwrap_or_default();
    assert_eq!((a.total, a.fiscal, a.other), (Some(62.0), Some(58.0), None), "{}", show(&f));
    assert_eq!(indicators(&text), vec![row("维修校舍面积", "≥800平方米", "820平方米", 90.0)], "{}", show(&f));
}

/// The 合计 row and the closing 评价结论 / 存在问题 rows end the matrix (tab cells and
/// one cell per line): they are no indicators.
#[test]
fn the_closing_rows_are_no_indicators() {
    let text = "项目支出绩效自评表
项目名称\t港南路灯维护项目
一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因分析
产出指标\t数量指标\t维护路灯数量\t≥500盏\t510盏\t90\t90\t
合计\t100\t\t
评价结论\t全年路灯亮灯率保持较高水平。
存在问题\t部分灯杆老化。
";
    let cells: String = text.split(['\t', '\n']).filter(|c| !c.is_empty()).map(|c| format!("{c}\n")).collect();
    for t in [text.to_string(), cells] {
        let f = parse(&t);
        assert_eq!(indicators(&t), vec![row("维护路灯数量", "≥500盏", "510盏", 90.0)], "{}", show(&f));
    }
}

/// A copy that lost the row break between the fund header and the total's row (one
/// row: 年度预算数(万元) | 年初预算 | 调整后预算数 | … | 总额 | 30 | 36 | …): 总额 is
/// still a fund row, read from the adjusted budget.
#[test]
fn a_total_row_run_on_after_the_fund_header() {
    let text = "项目支出绩效自评表
项目名称\t城西排涝泵站运行项目
年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因\t总额\t30\t36\t35\t97.22%\t10\t9.7
其中：财政资金\t30\t36\t35\t97.22%\t/\t/
一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因分析
产出指标\t数量指标\t泵站运行天数\t≥365天\t365天\t90\t90\t
";
    let f = parse(text);
    let a = f.projects[0].funds.annual.clone().unwrap_or_default();
    assert_eq!((a.total, a.fiscal), (Some(36.0), Some(36.0)), "{}", show(&f));
}

/// The goal heads and their texts in one row (a copy that lost the row break): the
/// texts follow the heads in order, the nearest head is not the owner.
#[test]
fn goal_heads_and_their_texts_in_one_row() {
    let text = "项目支出绩效自评表
项目名称\t西河堤防巡查项目
项目年度目标\t年度目标完成情况\t全年巡查堤防120公里。\t已巡查125公里。
一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因分析
产出指标\t数量指标\t巡查堤防长度\t≥120公里\t125公里\t90\t90\t
";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("全年巡查堤防120公里。"), "{}", show(&f));
    assert_eq!(p.extra.get("年度目标完成情况").map(String::as_str), Some("已巡查125公里。"), "{}", show(&f));
}
