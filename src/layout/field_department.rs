//! Two department fields in one form: a 审批表 prints "预算单位: 某乡人民政府" over
//! the table and "业务主管部门 某县某局" in it. The contract's `department` is the
//! 主管部门 (records.md); the unit named under another label (预算单位, 部门名称) is
//! kept in `extra` under that label rather than lost, whichever comes first. Two
//! 主管部门 labels (a regional table's 县级 and 市级) keep the last, as before.

use super::FieldReader;

/// A label that names the competent department (主管部门, 主管预算部门).
fn competent(label: &str) -> bool {
    label.contains("主管")
}

impl FieldReader<'_> {
    /// The department to store for `name` read under `label`, or None when it goes to
    /// `extra` instead (a budget unit after the 主管部门).
    pub(super) fn department_from(&mut self, label: &str, name: String) -> Option<String> {
        let pr = &mut *self.project;
        let before = self.department_label.as_deref().zip(pr.department.as_deref()).filter(|(_, d)| *d != name);
        match before {
            Some((l, _)) if competent(l) && !competent(label) => {
                pr.extra.insert(label.to_string(), name);
                return None;
            }
            Some((l, d)) if !competent(l) && competent(label) => {
                pr.extra.insert(l.to_string(), d.to_string());
            }
            _ => {}
        }
        self.department_label = Some(label.to_string());
        Some(name)
    }
}
