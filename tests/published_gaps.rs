//! Shapes of real published pages that earlier rounds misread (synthetic text of the
//! same shapes, with made-up names and numbers): a matrix row that prints a 二级 but
//! no 三级 name, one-cell-per-line copies whose bare "|" lines are empty cells.

#[path = "common/families.rs"]
mod families;

use families::{all, parse, s005, show};

/// A 整体绩效目标表 whose 满意度 row prints its 二级 and goes straight on to the value
/// type: the 三级 cell is empty and dropped by the copy.
const NO_LEVEL3_ROW: &str = "某区园林养护所2025年度整体绩效目标表 | ||||||||
部门(单位)名称 | 某区园林养护所 | |||||||
一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |
产出指标 | 数量指标 | 养护绿地面积 | 定量 | 42 | 万平方米 | 反映养护的绿地面积 | 每少1万平方米扣1分 | |
效益指标 | 生态效益指标 | 绿地成活率 | 定量 | 95 | % | 反映苗木成活情况 | 酌情扣分 | ||
满意度指标 | 服务对象满意度指标 | 定量 | 88 | % | 反映市民满意程度 | 酌情扣分 | ||
";

#[test]
fn row_without_level3_name_is_read_under_its_level2() {
    let f = parse(NO_LEVEL3_ROW);
    let inds = all(&f);
    assert_eq!(inds.len(), 3, "{}", show(&f));
    let last = inds[2];
    assert_eq!(last.level1, "满意度指标", "{}", show(&f));
    assert_eq!(last.level2, "服务对象满意度指标", "{}", show(&f));
    assert_eq!(last.name, "服务对象满意度指标", "{}", show(&f));
    assert!(last.value.contains("88"), "{}", show(&f));
    assert_eq!(last.target.unit.as_deref(), Some("%"), "{}", show(&f));
    assert_eq!(last.description.as_deref(), Some("反映市民满意程度"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// The same header, where the 三级 name is merged down over two rows: the second row
/// prints no 二级 of its own, so it is not named after the 二级.
const MERGED_LEVEL3_ROW: &str = "一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位
产出指标\t数量指标\t修剪树木株数\t定量\t1200\t株
\t\t\t定量\t1300\t株
";

#[test]
fn row_with_merged_level3_is_not_named_after_its_level2() {
    let f = parse(MERGED_LEVEL3_ROW);
    assert!(all(&f).iter().all(|i| i.name != "数量指标"), "{}", show(&f));
    assert_eq!(all(&f)[0].name, "修剪树木株数", "{}", show(&f));
}
