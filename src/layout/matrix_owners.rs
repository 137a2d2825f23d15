//! Rows of a list of every project's indicators (单位名称 | 项目名称 | 预算数 | 年度目标 |
//! 一级指标 …, the budget system's 一体化 export): a project's first row prints its
//! owner cells, the rows after it only the indicator's, the owner cells merged down.
//! A merged cell is gone from text that keeps no blank cells, so the next project's
//! first row may start under 项目名称 rather than 单位名称. Read in order, its cells
//! would fill the owner columns from the first; they are placed instead by the column
//! their text fits: an amount under the amount column, else right up to the levels.

use crate::chars::TrimWs;

use super::super::header::Role;
use super::{Assembler, Item};

/// A money amount as a budget column prints it: digits with thousands separators and
/// cents ("3,309,840.00"), nothing else. Told by characters alone: an indicator's
/// target ("230人") or a project name is never one.
fn is_amount(t: &str) -> bool {
    let t = t.trim_ws();
    t.starts_with(|c: char| c.is_ascii_digit()) && t.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

impl Assembler<'_> {
    /// How many leading owner columns a row read in order leaves blank: its data cells
    /// before the first level label (or all of them, with no label) are the last owner
    /// columns' when fewer than those columns, or sit so that an amount falls under the
    /// amount column. 0 for any other row.
    pub(super) fn owners_skipped(&self, items: &[Item]) -> usize {
        // Asked of every row read in order: the schema's first role, then the row's
        // first item, rule out all but such lists' rows.
        let Some(roles) = self.schema.groups.first().map(|g| &g.roles) else { return 0 };
        if !roles.first().is_some_and(|r| r.0.is_owner()) || !matches!(items.first(), Some(Item::Data(_))) {
            return 0;
        }
        let owners = roles.iter().take_while(|r| r.0.is_owner()).count();
        let lead = items.iter().take_while(|i| matches!(i, Item::Data(_))).count();
        let labelled = lead < items.len();
        let cells = || {
            items.iter().take(lead.min(owners)).map(|i| match i {
                Item::Data(c) | Item::Label(_, c) => c,
            })
        };
        if let Some(amount_at) = roles[..owners].iter().position(|r| r.0 == Role::ProjectAmount) {
            if let Some(j) = cells().position(|c| is_amount(&c.text)) {
                // The amount's cell under the amount column: the cells before it fill
                // the owner columns just before.
                return amount_at.saturating_sub(j);
            }
        }
        if labelled && lead < owners {
            owners - lead
        } else {
            0
        }
    }
}
