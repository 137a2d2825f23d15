//! The tables and text shapes of the L6, L8, L9 and L11 layout-family probes
//! (`layout_families_probe8*.rs`, a `#[path]` module in each).
#![allow(dead_code)]

use super::families::{all, s005, show};
use jixiao::Filing;

/// 湖南 项目支出绩效目标表 (domain.md §5 L6): 指标值类型 between name and value, then
/// 计量单位, 指标解释, 评(扣)分标准, 备注.
pub const HUNAN: &str = "2024年度项目支出绩效目标表
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
pub const REGIONAL_HEAD: &str = "2023年度残疾人事业发展补助资金区域绩效目标表
专项（项目）名称\t残疾人事业发展补助资金
省级主管部门\t湖南省残疾人联合会
资金情况（万元）\t资金总额\t4623
年度总体目标\t目标1：为残疾人提供基本康复服务。目标2：资助特殊教育学校贫困学生。
";
pub const REGIONAL_BODY: &str = "产出指标\t数量指标\t基本康复服务人数\t≥52000人\t≥8000人\t≥4500人\t≥3200人
产出指标\t数量指标\t资助特校学生数\t≥3600人\t≥600人\t≥300人\t≥250人
产出指标\t质量指标\t精神病患者服药率\t≥85%\t≥90%\t≥85%\t≥85%
效益指标\t社会效益指标\t残疾人生活状况\t逐步改善\t逐步改善\t逐步改善\t逐步改善
满意度指标\t服务对象满意度指标\t受助残疾人满意度\t≥90%\t≥90%\t≥88%\t≥90%
";
/// The place names head the value columns alone.
pub const REGIONS_ALONE: &str = "一级指标\t二级指标\t三级指标\t全省\t长沙市\t株洲市\t湘潭市\n";
/// The place names stand under a 指标值 cell merged across their columns.
pub const REGIONS_UNDER_VALUE: &str = "一级指标\t二级指标\t三级指标\t指标值\t\t\t\n\t\t\t全省\t长沙市\t株洲市\t湘潭市\n";
/// The same, the columns headed by a level of government and a total.
pub const REGIONS_BY_LEVEL: &str = "一级指标\t二级指标\t三级指标\t指标值\t\t\t\n\t\t\t省本级\t长沙市\t株洲市\t合计\n";

/// One cell per line, as `pdftotext` without `-layout` prints a table: blank cells vanish.
pub fn one_cell_per_line(tab: &str) -> String {
    tab.split(['\t', '\n']).map(str::trim).filter(|c| !c.is_empty()).collect::<Vec<_>>().join("\n") + "\n"
}

/// Cells cut at runs of spaces (`pdftotext -layout` without aligned columns): the
/// cells keep their order, not their columns.
pub fn spaced(tab: &str, gap: &str) -> String {
    tab.lines().map(|l| l.split('\t').filter(|c| !c.is_empty()).collect::<Vec<_>>().join(gap)).collect::<Vec<_>>().join("\n") + "\n"
}

/// Every indicator's fields as a tuple, for comparing two readings of one table.
#[allow(clippy::type_complexity)]
pub fn full(f: &Filing) -> Vec<(String, String, String, String, Vec<String>, Option<String>, Option<String>)> {
    all(f)
        .into_iter()
        .map(|i| {
            (
                i.level1.clone(),
                i.level2.clone(),
                i.name.clone(),
                i.value.clone(),
                i.values.clone(),
                i.description.clone(),
                i.scoring.clone(),
            )
        })
        .collect()
}

pub fn regional(header: &str) -> String {
    format!("{REGIONAL_HEAD}{header}{REGIONAL_BODY}")
}

pub fn check_regional(f: &Filing, clean: &Filing) {
    assert_eq!(all(clean).len(), 5, "{}", show(clean));
    assert_eq!(all(clean)[0].values, ["≥52000人", "≥8000人", "≥4500人", "≥3200人"], "{}", show(clean));
    assert_eq!(full(f), full(clean), "{}", show(f));
    assert_eq!(all(f)[0].value, "≥52000人");
    assert_eq!(all(f)[4].values[2], "≥88%");
    assert!(s005(f).is_empty(), "{}", show(f));
}

/// Excel 05-2 (L11): many projects in one sheet, 单位名称 | 项目名称 | 项目年度绩效目标
/// left of the levels, one row per indicator.
pub const SHEET_HEADER: &str =
    "单位名称\t项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标属性\t指标解释";
pub const SHEET_PROJECTS: [(&str, &str, &[&str]); 3] = [
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
pub enum Printed {
    EveryRow,
    FirstRow,
    /// A merged cell drawn vertically centred: on the middle row of its span.
    MidSpan,
}

pub fn sheet(printed: Printed) -> String {
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

pub fn check_sheet(f: &Filing, clean: &Filing) {
    let projects: Vec<_> =
        f.projects.iter().map(|p| (p.name.as_deref(), p.department.as_deref(), p.goals.annual.as_deref(), p.indicators.len())).collect();
    let expected: Vec<_> = SHEET_PROJECTS.iter().map(|(n, g, r)| (Some(*n), Some("株洲市教育局"), Some(*g), r.len())).collect();
    assert_eq!(projects, expected, "{}", show(f));
    assert_eq!(full(f), full(clean), "{}", show(f));
    assert!(f.projects.iter().all(|p| p.complete), "{}", show(f));
    assert!(s005(f).is_empty(), "{}", show(f));
    assert!(!f.diagnostics.iter().any(|d| matches!(d.code.as_str(), "S002" | "S004" | "V001")), "{}", show(f));
}

/// The rows of a tab-separated matrix (after its header line) with the merged cells of
/// `cols` printed once per run of equal values, on the run's middle row.
pub fn centred(tab: &str, cols: &[usize]) -> String {
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
