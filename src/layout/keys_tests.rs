//! Unit tests of the key lexicon (`keys.rs`).

use super::*;

#[test]
fn keys_match_longest_prefix_and_split_glued_values() {
    assert_eq!(key_of("项目名称").map(|k| k.0), Some(Key::Name));
    assert_eq!(key_of("主管部门审核意见单位公章").map(|k| k.0), Some(Key::Boilerplate));
    let (k, _, rest) = key_of("实施单位 弋阳县医疗保障服务中心").unwrap();
    assert_eq!((k, rest.as_deref()), (Key::ImplementingUnit, Some("弋阳县医疗保障服务中心")));
    let (k, _, rest) = key_of("年度资金总额:16").unwrap();
    assert_eq!((k, rest.as_deref()), (Key::AnnualTotal, Some("16")));
    let (k, _, rest) = key_of("其中 :上级资金16").unwrap();
    assert_eq!((k, rest.as_deref()), (Key::Fiscal, Some("16")));
    let (k, _, rest) = key_of("项目资金 (万元)").unwrap();
    assert_eq!((k, rest), (Key::Section, None));
    assert_eq!(key_of("其中：财政    资金").map(|k| k.0), Some(Key::Fiscal));
    assert!(key_of("医保基金异地飞检工作").is_none());
    assert_eq!(key_of("中期目标（2022年—2024年）").map(|k| (k.0, k.2)), Some((Key::MidGoal, None)));
    let (k, _, rest) = key_of("績(jī)效目標(biāo)保障低保").unwrap();
    assert_eq!((k, rest.as_deref()), (Key::Goal, Some("保障低保")));
}

#[test]
fn a_required_field_mark_is_not_counted_as_a_key_character() {
    // An 一体化 export marks required fields: "*联系人:" is the key alone.
    assert_eq!(key_of("*联系人:").map(|k| k.2), Some(None));
    assert_eq!(key_of("*部门职能职责概述").map(|k| k.2), Some(None));
    let (k, _, rest) = key_of("★项目名称：城乡医疗救助").unwrap();
    assert_eq!((k, rest.as_deref()), (Key::Name, Some("城乡医疗救助")));
    let row = crate::read::text::split_cells("*项目名称:城乡医疗救助主管部门:某县医疗保障局\n").rows[0].clone();
    let texts: Vec<String> = unglue_keys(&row).0.cells.iter().map(|c| c.text.clone()).collect();
    assert_eq!(texts, ["*项目名称:城乡医疗救助", "主管部门:某县医疗保障局"]);
}

#[test]
fn glued_fields_are_cut_at_the_next_key() {
    let row = crate::read::text::split_cells("项目主管部门青山区教育局项目执行单位化工区学校\n").rows[0].clone();
    let texts: Vec<String> = unglue_keys(&row).0.cells.iter().map(|c| c.text.clone()).collect();
    assert_eq!(texts, vec!["项目主管部门青山区教育局", "项目执行单位化工区学校"]);
    let long = "日某市2022年市直部门预算项目支出绩效目标表项目名称滨湖大楼运行保障项目类别本级支出项目项目性质持续性项目";
    let row = crate::read::text::split_cells(&format!("{long}\n")).rows[0].clone();
    let texts: Vec<String> = unglue_keys(&row).0.cells.iter().map(|c| c.text.clone()).collect();
    assert_eq!(texts[1..], ["项目名称滨湖大楼运行保障", "项目类别本级支出项目", "项目性质持续性项目"]);
}

#[test]
fn units_are_read_from_keys_and_unit_lines() {
    assert_eq!(declared_unit("项目资金 (万元)"), Some("万元"));
    assert_eq!(declared_unit("单位：元"), Some("元"));
    assert_eq!(declared_unit("填报单位:(盖章) 单位:万元"), Some("万元"));
    assert_eq!(declared_unit("项目名称"), None);
}

#[test]
fn a_bracketed_qualifier_inside_a_key_is_not_its_value() {
    // 163号 regional tables (福建 …) print "主管部门(单位)名称": the key is 主管部门名称
    // with "(单位)" inside it, and the text after the key was counted from the bracket
    // on, so "位)名称" came out as the department.
    assert_eq!(key_of("主管部门(单位)名称").map(|k| (k.0, k.2)), Some((Key::Department, None)));
    let (k, _, rest) = key_of("主管部门（单位）名称：某县水务局").unwrap();
    assert_eq!((k, rest.as_deref()), (Key::Department, Some("某县水务局")));
    // A unit after the whole key is still the key's own.
    assert_eq!(key_of("项目资金(万元)").map(|k| (k.0, k.2)), Some((Key::Section, None)));
}

#[test]
fn pieces_of_a_wrapped_label_are_no_names() {
    // A PDF copy cuts "省级业务主管部门" into "省级业务主管部" | "门".
    assert!(is_label_piece("省级业务主管部"));
    assert!(is_label_piece("门"));
    assert!(!is_label_piece("某省教育厅"));
    assert!(!is_label_piece("项目名称"), "a whole key is not a piece of one");
    assert!(!is_label_piece("某县2024年农村公路养护工程补助项目"));
}
