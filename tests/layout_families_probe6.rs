//! Real-data gaps found by a sixth probe: the 88号 side-by-side 中期/年度 table as PDF
//! text (pdftotext -layout, PyMuPDF one line per cell, wrapped cells), many projects in
//! one document, 部门整体 / 区域 variants. Samples are checked against a clean
//! tab-separated copy of the same table where one exists.

#[path = "common/families.rs"]
mod families;

use families::{parse, rows, s005, show};
use jixiao::model::Period;
use jixiao::Filing;

/// The side-by-side table the samples print, as clean tab-separated rows.
const CLEAN_88: &str = "项目支出绩效目标申报表
项目名称\t农村饮水安全巩固提升工程
主管部门及代码\t[213]某县水利局\t实施单位\t某县农村供水管理站
项目资金（万元）\t中期资金总额：\t1500.00\t年度资金总额：\t500.00
\t其中：财政拨款\t1500.00\t其中：财政拨款\t500.00
\t其他资金\t0.00\t其他资金\t0.00
总体目标\t中期目标（2023年—2025年）\t年度目标
\t巩固提升农村供水保障水平，农村自来水普及率达到92%。\t完成12处供水工程改造，受益人口2.1万人。
一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t改造供水工程\t≥36处\t数量指标\t改造供水工程\t≥12处
\t\t新建供水管网长度\t≥120公里\t\t新建供水管网长度\t≥40公里
\t质量指标\t水质检测合格率\t≥95%\t质量指标\t水质检测合格率\t≥95%
\t时效指标\t工程完工时间\t2025年12月\t时效指标\t工程完工时间\t2024年12月
\t成本指标\t工程总成本\t≤1500万元\t成本指标\t年度工程成本\t≤500万元
效益指标\t社会效益指标\t农村自来水普及率\t≥92%\t社会效益指标\t农村自来水普及率\t≥90%
\t可持续影响指标\t工程运行年限\t≥15年\t可持续影响指标\t工程运行年限\t≥15年
满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t服务对象满意度指标\t受益群众满意度\t≥90%
";

/// Same fields, funds of both periods, both goals and indicators as the clean copy.
fn same_as_clean_88(f: &Filing, with_rows: bool) {
    let clean = parse(CLEAN_88);
    if with_rows {
        assert_eq!(rows(f), rows(&clean), "{}", show(f));
        let periods = |f: &Filing| f.projects.iter().flat_map(|p| &p.indicators).map(|i| i.period).collect::<Vec<_>>();
        assert_eq!(periods(f), periods(&clean), "{}", show(f));
    }
    assert_eq!(f.projects.len(), 1, "{}", show(f));
    let (p, c) = (&f.projects[0], &clean.projects[0]);
    assert_eq!(c.goals.midterm.as_deref(), Some("巩固提升农村供水保障水平，农村自来水普及率达到92%。"), "{}", show(&clean));
    assert_eq!((&p.name, &p.department, &p.implementing_unit), (&c.name, &c.department, &c.implementing_unit), "{}", show(f));
    assert_eq!((&p.funds.midterm, &p.funds.annual), (&c.funds.midterm, &c.funds.annual), "{}", show(f));
    assert_eq!((&p.goals.midterm, &p.goals.annual), (&c.goals.midterm, &c.goals.annual), "{}", show(f));
    assert!(s005(f).is_empty(), "{}", show(f));
}

/// (1) "中期目标 | 年度目标" heads over "总体目标 | text | text": the label printed on the
/// texts' row (pdftotext -layout centres the merged 总体目标 cell there) put the
/// midterm text in the annual goal and left the annual text unplaced.
#[test]
fn goal_heads_over_a_labelled_row_of_goal_texts() {
    let label_below = CLEAN_88.replace("总体目标\t中期目标", "\t中期目标").replace("\n\t巩固提升", "\n总体目标\t巩固提升");
    same_as_clean_88(&parse(&label_below), true);
    let heads_left = CLEAN_88.replace("总体目标\t中期目标", "中期目标").replace("\n\t巩固提升", "\n总体目标\t巩固提升");
    same_as_clean_88(&parse(&heads_left), true);
    // pdftotext -layout of the same table (its annual goal worded without digits).
    let f = parse(LAID_OUT);
    let clean = parse(CLEAN_88);
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.goals.midterm, clean.projects[0].goals.midterm, "{}", show(&f));
    assert_eq!(p.goals.annual.as_deref(), Some("完成供水工程改造十二处，受益人口约两万人。"), "{}", show(&f));
    assert_eq!((&p.funds.midterm, &p.funds.annual), (&clean.projects[0].funds.midterm, &clean.projects[0].funds.annual), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

const LAID_OUT: &str = "                       项目支出绩效目标申报表
                           （2024 年度）

项目名称          农村饮水安全巩固提升工程


主管部门及代码    [213]某县水利局                实施单位       某县农村供水管理站


项目属性          跨年项目                       项目期         3年


                  中期资金总额：        1500.00  年度资金总额：           500.00


项目资金（万元）  其中：财政拨款        1500.00  其中：财政拨款           500.00


                  其他资金                 0.00  其他资金                   0.00


           中期目标（2023 年—2025 年）          年度目标


           巩固提升农村供水保障水平，农村自来水 完成供水工程改造十二处，受益人口约两
总体目标
           普及率达到 92%。                     万人。


一级指标   二级指标   三级指标      指标值      二级指标   三级指标      指标值


       数量指标   改造供水工程    ≥36处     数量指标   改造供水工程    ≥12处


              新建供水管网长度  ≥120公里          新建供水管网长度  ≥40公里


产出指标   质量指标   水质检测合格率   ≥95%     质量指标   水质检测合格率   ≥95%


       时效指标   工程完工时间    2025年12  时效指标   工程完工时间    2024年12
                        月                         月


       成本指标   工程总成本     ≤1500万元  成本指标   年度工程成本    ≤500万元


效益指标   社会效益指  农村自来水普及率  ≥92%     社会效益指  农村自来水普及率  ≥90%
       标                         标


       可持续影响  工程运行年限    ≥15年     可持续影响  工程运行年限    ≥15年
       指标                        指标


满意度指标  服务对象满  受益群众满意度   ≥90%     服务对象满  受益群众满意度   ≥90%
       意度指标                      意度指标

";

/// (2) One cell per line (PyMuPDF): "其中：财政拨款" and "其他资金" of the two periods
/// each come on a line of their own; the second overwrote the first in the midterm
/// funds and the annual breakdown was lost.
#[test]
fn stream_side_by_side_funds_keep_both_periods() {
    same_as_clean_88(&parse(&stream_of(STREAM_MATRIX)), true);
}

/// (3) The same stream with cells wrapped at six characters (a narrow PDF column):
/// wrapped names and values were recut only in single-group matrices.
#[test]
fn stream_side_by_side_wrapped_cells_are_joined() {
    let wrapped = stream_of(STREAM_WRAPPED_MATRIX);
    same_as_clean_88(&parse(&wrapped), true);
    assert!(parse(&wrapped).projects[0].indicators.iter().any(|i| i.period == Some(Period::Annual)));
}

/// The 88号 form copied one cell per line (PDF text without `-layout`): the fields
/// and header both streams share, then each stream's matrix.
const STREAM_HEAD: &str = "项目支出绩效目标申报表
（2024年度）
项目名称
农村饮水安全巩固提升工程
主管部门及代码
[213]某县水利局
实施单位
某县农村供水管理站
项目资金（万元）
中期资金总额：
1500.00
年度资金总额：
500.00
其中：财政拨款
1500.00
其中：财政拨款
500.00
其他资金
0.00
其他资金
0.00
总体目标
中期目标（2023年—2025年）
年度目标
巩固提升农村供水保障水平，农村自来水普及率达到92%。
完成12处供水工程改造，受益人口2.1万人。
绩效指标
一级指标
二级指标
三级指标
指标值
二级指标
三级指标
指标值
";

fn stream_of(matrix: &str) -> String {
    format!("{STREAM_HEAD}{matrix}")
}

const STREAM_MATRIX: &str = "产出指标
数量指标
改造供水工程
≥36处
数量指标
改造供水工程
≥12处
新建供水管网长度
≥120公里
新建供水管网长度
≥40公里
质量指标
水质检测合格率
≥95%
质量指标
水质检测合格率
≥95%
时效指标
工程完工时间
2025年12月
时效指标
工程完工时间
2024年12月
成本指标
工程总成本
≤1500万元
成本指标
年度工程成本
≤500万元
效益指标
社会效益指标
农村自来水普及率
≥92%
社会效益指标
农村自来水普及率
≥90%
可持续影响指标
工程运行年限
≥15年
可持续影响指标
工程运行年限
≥15年
满意度指标
服务对象满意度指标
受益群众满意度
≥90%
服务对象满意度指标
受益群众满意度
≥90%
";

const STREAM_WRAPPED_MATRIX: &str = "产出指标
数量指标
改造供水工程
≥36处
数量指标
改造供水工程
≥12处
新建供水管网
长度
≥120公里
新建供水管网
长度
≥40公里
质量指标
水质检测合格
率
≥95%
质量指标
水质检测合格
率
≥95%
时效指标
工程完工时间
2025年1
2月
时效指标
工程完工时间
2024年1
2月
成本指标
工程总成本
≤1500万
元
成本指标
年度工程成本
≤500万元
效益指标
社会效益指标
农村自来水普
及率
≥92%
社会效益指标
农村自来水普
及率
≥90%
可持续影响指
标
工程运行年限
≥15年
可持续影响指
标
工程运行年限
≥15年
满意度指标
服务对象满意
度指标
受益群众满意
度
≥90%
服务对象满意
度指标
受益群众满意
度
≥90%
";
