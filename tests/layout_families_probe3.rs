//! Real-data gaps found by a third probe, each shown with a small realistic sample:
//! enumerated goal pieces, captions and unit lines left unplaced, prose headings and
//! funds, budget sheets in another money unit, and 定性/定量 words out of column.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, rows, show};
use jixiao::Filing;

fn s005(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect()
}

/// 1. The year's goal printed as a lead sentence and numbered pieces ("目标1:…"),
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
        (spaces, "围绕发展循环经济的要求,规范建设。达成以下目标: 目标1:聘用人员1人,出差8人 目标2:聘用人员在岗率100% 目标3:2021年12月31日前完成"),
        (lines, "目标1：聘用人员1人，出差8人 目标2：聘用人员在岗率100%"),
    ] {
        let f = parse(text);
        assert_eq!(f.projects[0].goals.annual.as_deref(), Some(goal), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}
