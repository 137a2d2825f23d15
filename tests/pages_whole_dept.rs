//! 湖南-style 整体绩效目标表 as government sites and their Traditional mirrors print
//! them ("|"-flattened HTML, one cell per line for the site's publication block):
//! required-field marks on keys and column names, a 指标值类型 column after the 三级
//! name, rows whose merged 一级 cell is gone. Fixtures are synthetic (own names and
//! numbers) in the shape of real pages.

use jixiao::{parse_bytes, Filing, ParseOptions};

fn parse(text: &str) -> Filing {
    parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap()
}

fn s005(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect()
}

/// Simplified, as the province's own site prints it.
const SIMPLIFIED: &str = "\
某县河道管护站2024年度整体绩效目标表 | ||||||||
部门(单位)名称 | 某县河道管护站 | |||||||
*部门(单位)职责 | 负责全县河道日常巡查与保洁 | |||||||
*年度总体绩效目标 | 完成河道巡查保洁，保障行洪安全。 | |||||||
绩效指标 | ||||||||
一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |
产出指标 | 数量指标 | 巡查河道长度 | 定量 | 86 | 公里 | 反映全年巡查河道的长度 | 每少1公里扣1分 | |
质量指标 | 保洁达标率 | 定量 | 95 | % | 反映河道保洁达标情况 | 未达标酌情扣分 | ||
成本指标 | 经济成本指标 | 定量 | 12 | 万元 | 反映巡查保洁经费 | 超支不得分 | ||
效益指标 | 社会效益指标 | 行洪安全保障 | 定性 | 有效保障 | % | 反映行洪通道畅通情况 | 酌情扣分 | |
满意度指标 | 服务对象满意度指标 | 沿河群众满意度 | 定量 | 90 | % | 反映沿河群众满意程度 | 每低1%扣1分 | |
";

#[test]
fn starred_goal_and_duties_keys_are_fields() {
    let f = parse(SIMPLIFIED);
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("完成河道巡查保洁，保障行洪安全。"));
    assert_eq!(p.extra.get("部门(单位)职责").map(String::as_str), Some("负责全县河道日常巡查与保洁"));
    let left = s005(&f);
    assert!(!left.iter().any(|s| s.contains("职责") || s.contains("总体绩效目标")), "{left:?}");
}

#[test]
fn unit_titled_whole_table_is_a_department_filing() {
    let f = parse(SIMPLIFIED);
    assert_eq!(f.kind, "department");
    assert_eq!(f.projects.len(), 1);
    assert_eq!(f.projects[0].name, None);
    assert_eq!(f.projects[0].department.as_deref(), Some("某县河道管护站"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S002"), "a 部门整体 table has no 项目名称 to miss");
}

#[test]
fn row_with_merged_level1_reads_the_name_before_the_value_kind() {
    let f = parse(SIMPLIFIED);
    let i = &f.projects[0].indicators;
    let cost = i.iter().find(|x| x.value.starts_with("12")).expect("the cost row is read");
    // The 一级 cell (产出指标) is merged away: 成本指标 is the 二级, 经济成本指标 the name.
    assert_eq!(cost.name, "经济成本指标");
    assert_eq!(cost.level1, "产出指标");
    assert_eq!(cost.level2, "成本指标");
    assert_eq!(cost.value, "12万元");
    assert_eq!(cost.description.as_deref(), Some("反映巡查保洁经费"));
    assert_eq!(cost.scoring.as_deref(), Some("超支不得分"));
}

#[test]
fn lone_percent_in_the_unit_column_of_a_qualitative_row() {
    let f = parse(SIMPLIFIED);
    let i = &f.projects[0].indicators;
    let q = i.iter().find(|x| x.name == "行洪安全保障").expect("the qualitative row is read");
    assert_eq!(q.value_kind.as_deref(), Some("定性"));
    // The template's "%" is the unit, not the 指标解释 (which moved into 评分标准 before).
    assert_eq!(q.description.as_deref(), Some("反映行洪通道畅通情况"));
    assert_eq!(q.scoring.as_deref(), Some("酌情扣分"));
}

/// The same table on a Traditional mirror: pinyin glosses after converted characters,
/// and the site's publication block one cell per line.
const TRADITIONAL: &str = "\
某縣河道管護站2024年度整體績效目標(biāo)表
來源:
縣水利局
發(fā)布時(shí)間:
2024-03-18 09:12
瀏覽次數(shù):
7
某縣河道管護站2024年度整體績效目標(biāo)表 | ||||||||
部門(單位)名稱 | 某縣河道管護站 | |||||||
*部門(單位)職責(zé) | 負(fù)責(zé)全縣河道日常巡查與保潔 | |||||||
*年度總體績效目標(biāo) | 完成河道巡查保潔。 | |||||||
績效指標(biāo) | ||||||||
一級(jí)指標(biāo) | 二級(jí)指標(biāo) | 三級(jí)指標(biāo) | 指標(biāo)值類型 | *指標(biāo)值 | 計(jì)量單位 | *指標(biāo)解釋 | *評(píng)(扣)分標(biāo)準(zhǔn) | 備注 |
產(chǎn)出指標(biāo) | 數(shù)量指標(biāo) | 巡查河道長度 | 定量 | 86 | 公里 | 反映全年巡查河道的長度 | 每少1公里扣1分 | |
";

#[test]
fn traditional_headers_map_explanation_and_scoring_columns() {
    let f = parse(TRADITIONAL);
    let i = &f.projects[0].indicators;
    assert_eq!(i.len(), 1);
    assert_eq!(i[0].value, "86公里");
    assert_eq!(i[0].description.as_deref(), Some("反映全年巡查河道的長度"));
    assert_eq!(i[0].scoring.as_deref(), Some("每少1公里扣1分"));
}

#[test]
fn pinyin_glossed_title_gives_title_year_and_kind() {
    let f = parse(TRADITIONAL);
    assert_eq!(f.year, Some(2024));
    assert!(f.title.as_deref().is_some_and(|t| t.starts_with("某縣河道管護站2024年度")), "{:?}", f.title);
    assert_eq!(f.kind, "department");
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("完成河道巡查保潔。"));
}

#[test]
fn publication_block_one_cell_per_line_is_furniture() {
    let f = parse(TRADITIONAL);
    let left = s005(&f);
    for furniture in ["來源:", "縣水利局", "2024-03-18 09:12", "瀏覽次數(shù):", "7"] {
        assert!(!left.iter().any(|s| s == furniture), "{furniture} quoted: {left:?}");
    }
}

#[test]
fn template_percent_unit_is_not_joined_to_a_value_that_is_no_number() {
    let f = parse(SIMPLIFIED);
    let i = &f.projects[0].indicators;
    let q = i.iter().find(|x| x.name == "行洪安全保障").expect("the qualitative row is read");
    assert_eq!(q.value, "有效保障");
    // A number still takes its unit column.
    let rate = i.iter().find(|x| x.name == "保洁达标率").expect("the rate row is read");
    assert_eq!(rate.value, "95%");
}

/// Placeholder 二级 rows: one blank, one holding only the template's scoring rule.
const PLACEHOLDERS: &str = "\
某县河道管护站2024年度整体绩效目标表 | ||||||||
部门(单位)名称 | 某县河道管护站 | |||||||
一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |
产出指标 | 数量指标 | 巡查河道长度 | 定量 | 86 | 公里 | 反映全年巡查河道的长度 | 每少1公里扣1分 | |
效益指标 | 经济效益指标 | 未达指标值酌情扣分 | ||||||
生态效益指标 | ||||||||
社会效益指标 | 行洪安全保障 | 定性 | 有效保障 | % | 反映行洪通道畅通情况 | 酌情扣分 | ||
";

#[test]
fn placeholder_row_holding_only_a_scoring_rule_is_no_indicator() {
    let f = parse(PLACEHOLDERS);
    let names: Vec<&str> = f.projects[0].indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["巡查河道长度", "行洪安全保障"]);
    assert_eq!(f.projects[0].indicators[1].level1, "效益指标");
    assert!(!f.diagnostics.iter().any(|d| d.code == "V001"), "no empty-value indicator is made up");
}

/// A document-sharing site's copy (Traditional mirror): its own lines around the table.
const DOC_SITE: &str = "\
某縣河道管護站整體支出績效目標表.doc
已閱讀3頁,還剩12頁未讀, 繼續免費閱讀
付費下載
下載本文檔
版權說明:本文檔由用戶提供並上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領
文檔簡介
某縣河道管護站2024年度整體績效目標表 | ||||||||
部門(單位)名稱 | 某縣河道管護站 | |||||||
一級指標 | 二級指標 | 三級指標 | 指標值類型 | 指標值 | 計量單位 | 指標解釋 | 評(扣)分標準 | 備注 |
產出指標 | 數量指標 | 巡查河道長度 | 定量 | 86 | 公里 | 反映全年巡查河道的長度 | 每少1公里扣1分 | |
";

#[test]
fn document_sharing_site_lines_are_furniture() {
    let f = parse(DOC_SITE);
    let left = s005(&f);
    for line in ["付費下載", "下載本文檔", "文檔簡介"] {
        assert!(!left.iter().any(|s| s == line), "{line} quoted: {left:?}");
    }
    assert!(!left.iter().any(|s| s.starts_with("已閱讀") || s.starts_with("版權說明")), "{left:?}");
    assert_eq!(f.projects[0].indicators.len(), 1);
    assert_eq!(f.projects[0].department.as_deref(), Some("某縣河道管護站"));
}

/// A 满意度 row with no 三级 name after 效益 rows: its 一级 is printed, not merged away.
const NAMELESS_SATISFACTION: &str = "\
某县河道管护站2024年度整体绩效目标表 | ||||||||
部门(单位)名称 | 某县河道管护站 | |||||||
一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |
产出指标 | 数量指标 | 巡查河道长度 | 定量 | 86 | 公里 | 反映全年巡查河道的长度 | 每少1公里扣1分 | |
效益指标 | 社会效益指标 | 行洪安全保障 | 定性 | 有效保障 | % | 反映行洪通道畅通情况 | 酌情扣分 | ||
满意度指标 | 服务对象满意度指标 | 定量 | 90 | % | 反映群众满意程度 | 酌情扣分 | ||
";

#[test]
fn satisfaction_row_without_a_name_is_not_read_into_the_level1_above() {
    let f = parse(NAMELESS_SATISFACTION);
    let i = &f.projects[0].indicators;
    // No 三级 name: no indicator named by its value ("90") under the 效益 rows above;
    // the row's own 二级 names it, under its own 一级 (as the 浙江 truth file reads
    // rows with no 三级 name).
    let names: Vec<&str> = i.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["巡查河道长度", "行洪安全保障", "服务对象满意度指标"]);
    let last = &i[2];
    assert_eq!((last.level1.as_str(), last.level2.as_str()), ("满意度指标", "服务对象满意度指标"), "{i:?}");
    assert_eq!(last.target.value, Some(90.0), "{i:?}");
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}
