//! Text a PDF library prints in reading order with the pieces of a line set at their
//! columns and no blank line between a table's rows (PyMuPDF `get_text(sort=True)`):
//! read as laid-out text, a field key alone on its line over its paragraph, and the
//! header line under that paragraph, must each open a row of their own rather than
//! go on in the cell above. Such text has no form feeds: a long block of it is a
//! table printed tight all the same. Synthetic fixture in the shape of such output.

use jixiao::read::CellStyle;
use jixiao::{parse_bytes, ParseOptions};

const TEXT: &str = "\
项目支出绩效目标表


(2,024 年度)


项目名称         乡镇老年助餐服务站运营补助
主管部门及代码       305-某某县民政局     实施单位         某某县养老服务中心
项目资金 (万元)      年度资金总额              2,486,000
             其中：财政拨款            2,486,000
             其他资金                0
             上年结转                0
年度绩效目标
在全县乡镇设立老年助餐服务站并保障其日常运营，使高龄独居老人就餐有保障并逐步扩大服务覆盖面
一级指标         二级指标         三级指标         指标值
成本指标         经济成本指标       助餐站运营补助标准    按标准拨付
产出指标         数量指标         设立乡镇老年助餐服务  不少于18个
                          站数量
             质量指标         助餐食品抽检合格率    100%
效益指标         社会效益指标       高龄独居老人就餐保障   逐步提高
满意度指标        服务对象满意度      就餐老人满意率      ≥92%



";

#[test]
fn a_key_over_its_paragraph_and_the_header_line_below_open_rows_of_their_own() {
    let g = jixiao::read::load(TEXT.as_bytes(), None, None).unwrap().grid;
    assert_eq!(g.style, CellStyle::LaidOut);
    let rows: Vec<Vec<&str>> = g.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    assert!(rows.contains(&vec!["一级指标", "二级指标", "三级指标", "指标值"]), "{rows:#?}");
    assert!(rows.contains(&vec!["年度绩效目标"]), "{rows:#?}");
    let f = parse_bytes(TEXT.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(f.projects.len(), 1);
    let p = &f.projects[0];
    let got: Vec<String> = p.indicators.iter().map(|i| format!("{}|{}|{}|{}", i.level1, i.level2, i.name, i.value)).collect();
    assert_eq!(
        got,
        vec![
            "成本指标|经济成本指标|助餐站运营补助标准|按标准拨付",
            "产出指标|数量指标|设立乡镇老年助餐服务站数量|不少于18个",
            "产出指标|质量指标|助餐食品抽检合格率|100%",
            "效益指标|社会效益指标|高龄独居老人就餐保障|逐步提高",
            "满意度指标|服务对象满意度指标|就餐老人满意率|≥92%",
        ]
    );
    // The key column's full first cell is not continued by the next key, one column
    // wider ("主管部门及代码" over "项目资金 (万元)"), nor the unit's cell by an amount
    // printed left of it.
    assert_eq!(p.department.as_deref(), Some("某某县民政局"));
    assert_eq!(p.implementing_unit.as_deref(), Some("某某县养老服务中心"));
    let annual = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((annual.total, annual.fiscal), (Some(2486000.0), Some(2486000.0)));
    assert!(
        p.goals.annual.as_deref().is_some_and(|g| g.starts_with("在全县乡镇设立") && g.ends_with("扩大服务覆盖面")),
        "{:?}",
        p.goals.annual
    );
}
