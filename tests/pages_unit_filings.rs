//! Forms of unit-level filings (schools, kindergartens, towns) from provinces probed
//! late (广西 预算项目绩效目标公开表, 天津 打捆项目 tables): their field names and
//! 二级 labels map to the contract. Fixtures are synthetic (own names and numbers) in
//! the shape of those pages.

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, s005, show};

/// A 广西 公开表: funds split 合计 / 一般公共预算拨款 小计 / 市本级 / …, both goals, and
/// a matrix whose 二级 names repeat the 一级 ("产出数量指标").
const GUANGXI: &str = "\
| 2025年度预算项目绩效目标公开表 | |||||||
| 项目名称 | 某市实验小学课后服务补助 | ||||||
| 项目主管部门 | 某市教育局 | 项目实施单位 | 某市实验小学 | ||||
| 项目属性 | 经常性 | ||||||
| 项目资金 (万元) | 合计 | 120 | |||||
| 一般公共预算拨款 | 小计 | 100 | |||||
| 市本级 | 100 | ||||||
| 中央及自治区补助 | |||||||
| 政府性基金预算拨款 | |||||||
| 国有资本经营预算拨款 | |||||||
| 其他资金 | 20 | ||||||
| 项目实施内容 | 按每生每年300元标准补助学校开展课后服务。 | ||||||
| 项目起止时间 | 2025年1月1日至12月31日 | ||||||
| 年度绩效目标 | 保障课后服务正常开展。 | ||||||
| 中期绩效目标 | 课后服务覆盖全部在校学生。 | ||||||
| 项目年度绩效目标衡量指标 | 一级指标 | 二级指标 | 指标内容 | 指标值 | |||
| 产出指标 | 产出数量指标 | 受益学生人数 | ≥4000人 | ||||
| 产出质量指标 | 课后服务参与率 | ≥90% | |||||
| 产出时效指标 | 资金拨付及时率 | 100% | |||||
| 效益指标 | 社会效益指标 | 家长接送负担 | 有效减轻 | ||||
| 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% | ||||
";

#[test]
fn guangxi_level2_names_prefixed_with_their_level1() {
    // "产出数量指标" was no 二级 label: the matrix read it as the indicator's name and
    // the name as its value.
    let f = parse(GUANGXI);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "受益学生人数", "≥4000人"),
            ("产出指标", "质量指标", "课后服务参与率", "≥90%"),
            ("产出指标", "时效指标", "资金拨付及时率", "100%"),
            ("效益指标", "社会效益指标", "家长接送负担", "有效减轻"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    // The raw 二级 is kept as printed.
    assert_eq!(f.projects[0].indicators[0].level2_raw, "产出数量指标");
}

#[test]
fn guangxi_fund_sources_goals_and_title() {
    // 合计, 一般公共预算拨款 (with its 小计 cell), 中期绩效目标 and 项目实施内容 were
    // unplaced: no funds, no midterm goal, and a dozen S005 warnings.
    let f = parse(GUANGXI);
    let p = &f.projects[0];
    let a = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((a.total, a.fiscal, a.other), (Some(120.0), Some(100.0), Some(20.0)), "{}", show(&f));
    assert_eq!(p.goals.midterm.as_deref(), Some("课后服务覆盖全部在校学生。"), "{}", show(&f));
    assert_eq!(p.goals.annual.as_deref(), Some("保障课后服务正常开展。"), "{}", show(&f));
    assert_eq!(p.extra.get("项目实施内容").map(String::as_str), Some("按每生每年300元标准补助学校开展课后服务。"));
    assert_eq!(p.extra.get("市本级").map(String::as_str), Some("100"));
    assert_eq!(f.title.as_deref(), Some("2025年度预算项目绩效目标公开表"));
    assert_eq!(f.year, Some(2025));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn tianjin_bundled_project_table() {
    // 主管预算部门 was no key (no department), and the title naming the kind of
    // project after the form ("…绩效目标表(打捆项目)") was not read as a title.
    let f = parse(
        "\
某专项项目绩效目标表(打捆项目) | ||||
(2025年度) | ||||
项目名称 | 某区普惠性幼儿园补助 | |||
主管预算部门 | 某区教育局 | 项目预算金额(万元) | 80 | |
绩 效 目 标 | 支持普惠性幼儿园发展。 | |||
绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 补助幼儿园数量 | 12个 | |
满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥95% |
",
    );
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("某区教育局"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(80.0), "{}", show(&f));
    assert_eq!(f.title.as_deref(), Some("某专项项目绩效目标表(打捆项目)"));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn required_column_marks_in_the_header() {
    // 海南 一体化 exports mark required columns with an asterisk ("一级指标*",
    // "绩效指标值*") and prefix the value columns with 绩效: no column was known, so the
    // table had no indicators and every cell was left unplaced.
    let f = parse(
        "\
项目绩效目标表 | | | | | | |
项目名称 | 某省会展业发展奖励资金 | | | | | |
主管部门 | 某省商务厅 | 资金总额 | 500 | | | |
总体目标 | 目标1:培育品牌会展项目 | | | | | |
一级指标* | 二级指标* | 三级指标* | 绩效指标性质* | 绩效指标值* | 绩效度量单位 | 权重* | 指标方向性*
产出指标 | 数量指标 | 举办会展场次 | ≥ | 12 | 场 | 30% | 正向指标
满意度指标 | 服务对象满意度指标 | 参展企业满意度 | ≥ | 90 | % | 10% | 正向指标
",
    );
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "举办会展场次", "≥12场"), ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn guangxi_table_copied_without_separators() {
    // The same form flattened to text with its cells run together: the caption before
    // the glued column names hid the header, "产出数量指标" opened no row, and the
    // fund rows kept their 合计 / 小计 glued to the amount.
    let f = parse(
        "\
2025年度预算项目绩效目标公开表
项目名称某县第二小学校舍维修补助
项目主管部门某县教育局项目实施单位某县第二小学
项目资金(万元)合计60
一般公共预算拨款小计60
年度绩效目标完成校舍维修,保障教学安全。
项目年度绩效目标衡量指标一级指标二级指标指标内容指标值
产出指标产出数量指标维修校舍面积≥800平方米
产出质量指标验收合格率100%
满意度指标服务对象满意度指标师生满意度≥90%
",
    );
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "维修校舍面积", "≥800平方米"),
            ("产出指标", "质量指标", "验收合格率", "100%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    let a = f.projects[0].funds.annual.as_ref().expect("annual funds");
    assert_eq!((a.total, a.fiscal), (Some(60.0), Some(60.0)), "{}", show(&f));
}

#[test]
fn periods_split_at_empty_cells_keep_their_fund_columns() {
    // A copy with one cell per line that breaks a row at each empty cell prints the
    // 中期 and 年度 sides of "其中:本年财政拨款 | | 其中:本年财政拨款 | 80" as two
    // rows: both rows read their key as the first (中期) one, so the year's 财政拨款 and
    // 其他资金 were filed under the midterm funds.
    let f = parse(
        "\
项目支出绩效目标表 |
|||||
( 2025 年度) |
||
项目名称 |
某镇中心小学学生营养餐补助 |
||||
主管部门及代码 |
某县教育局 |
实施单位 |
某镇中心小学 |
||
项目资金(万元) |
中期资金总额: |
|
年度资金总额: |
88 |
|
其中:本年财政拨款 |
|
其中:本年财政拨款 |
80 |
||
上年结转资金 |
|
上年结转资金 |
|
||
其他资金 |
|
其他资金 |
8 |
||
总体目标 |
中期目标 |
年度目标 |
|||
保障学生营养改善 |
按标准发放营养餐补助 |
||||
绩效指标 |
一级指标 |
二级指标 |
三级指标 |
指标值 |
|
产出指标 |
数量指标 |
受益学生人数 |
≥600人 |
||
满意度指标 |
服务对象满意度指标 |
家长满意度 |
≥90% |
||
",
    );
    let p = &f.projects[0];
    let a = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((a.total, a.fiscal, a.other), (Some(88.0), Some(80.0), Some(8.0)), "{}", show(&f));
    assert!(p.funds.midterm.as_ref().is_none_or(|m| m.fiscal.is_none() && m.other.is_none()), "{}", show(&f));
    assert_eq!(p.indicators.len(), 2, "{}", show(&f));
}
