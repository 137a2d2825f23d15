//! Field values in text that keeps no rows: wrapped onto the lines below their first,
//! as PDF text prints a long cell (one cell per line, or lines cut at spaces), where no
//! key stands beside them; and goal texts that follow their keys in order.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::money::parse_amount;
use crate::read::Cell;

use super::{FieldReader, Key, Pending};

/// A numbered piece of a goal ("目标1:…", "任务二、…", "（3）…", "2、…"): goals list
/// their parts so, and text cut at spaces or lines puts each part in a cell of its own.
/// The number that opens a goal piece, its 目标 cut off: "1:", "2、".
static PIECE_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[0-9一二三四五六七八九十]{1,2}\s*[:：、.．]").unwrap());
static GOAL_PIECE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:目标|任务)\s*[0-9一二三四五六七八九十]{1,2}\s*[:：、.．]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[0-9一二三四五六七八九十]{1,2}\s*、)")
        .unwrap()
});

/// The number of a dotted piece, "2.…" / "2．…" (not a decimal, "2.5万元").
fn dotted_number(t: &str) -> Option<u32> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &t[digits..];
    let after = rest.strip_prefix('.').or_else(|| rest.strip_prefix('．'))?;
    if after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    t[..digits].parse().ok()
}

/// Is `t` the goal's next dotted piece: "2.…" where the goal holds a "1." piece?
pub(super) fn next_dotted_piece(goal: &str, t: &str) -> bool {
    // A byte compare first: most cells open with no digit.
    if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    match dotted_number(t) {
        Some(n) if n >= 2 => [".", "．"].iter().any(|dot| goal.contains(&format!("{}{dot}", n - 1))),
        _ => false,
    }
}

/// Is `t` the goal's next piece, dotted ("2.…") or numbered ("目标2:…", "(2)…")?
pub(super) fn next_piece(goal: &str, t: &str) -> bool {
    next_dotted_piece(goal, t) || super::pieces::next_numbered_piece(goal, t)
}

/// Text, not an amount: what a wrapped line of a name or goal holds. A line opening
/// with a required-field mark ("*年度绩效总目标", "★联系人") is the next field's label.
fn wrapped_text(t: &str) -> bool {
    !t.starts_with(['*', '★', '＊']) && parse_amount(t).is_none() && t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

impl FieldReader<'_> {
    /// A numbered piece after a goal's text is more of it: joined with a space, as
    /// the pieces were printed (a dotted "2.…" after its "1.…": on a line of its own).
    pub(super) fn goal_piece(&mut self, t: &str) -> bool {
        let lone = self.lone_cell;
        let Some(g) = self.open_goal_text() else { return false };
        // Space-separated text cuts "目标 1:…" at its space: a bare 目标 opens a piece
        // and the cell after it ("1:…") is that piece's number and text.
        let bare = |w: &str| matches!(w, "目标" | "任务");
        if next_dotted_piece(g, t) || lone && super::pieces::next_numbered_piece(g, t) {
            // "1.…" | "2.…" cut into cells of their own, or "目标2:…" on a line of its
            // own: one piece a line, as the filings print them inside one cell.
            g.push('\n');
        } else if bare(t) || GOAL_PIECE.is_match(t) {
            g.push(' ');
        } else if !(PIECE_NUMBER.is_match(t) && (bare(g) || g.ends_with(" 目标") || g.ends_with(" 任务"))) {
            return false;
        }
        g.push_str(t);
        true
    }

    /// The indicator matrix lies between the block above and the rows after it: a
    /// goal above it is closed.
    pub fn close_goal(&mut self) {
        self.key_row = None;
        self.open_goal = None;
    }

    /// "2.…" after the open goal's "1.…" (or "目标2:…" after its "目标1:…"): more of that goal, not the text of a goal
    /// head still waiting (中期目标's pieces one a line, before 年度目标's).
    pub(super) fn continues_goal(&mut self, t: &str) -> bool {
        // A byte test first: most cells open with no digit.
        let t = t.trim_start();
        self.open_goal.is_some() && self.open_goal_text().is_some_and(|g| next_piece(g, t))
    }

    fn wraps(&self) -> bool {
        self.cross_rows || self.lone_cell
    }

    /// A long goal: text below it, before any other key, is more of the goal, joined
    /// with nothing between, as the page printed it.
    pub(super) fn goal_wrap(&mut self, t: &str) -> bool {
        // (A prose target line after the goal, "产出指标：…", is not more of it.)
        if !self.wraps() || !wrapped_text(t) || crate::layout::narrative::has_label_clause(t) {
            return false;
        }
        // "2.项目实施内容及过程概述" after a goal with no "1." piece (a 自评表's next
        // numbered part): no wrapped goal line but the next section, which ends the goal.
        if dotted_number(t).is_some_and(|n| n >= 2) {
            self.open_goal = None;
            return false;
        }
        let Some(g) = self.open_goal_text() else { return false };
        g.push_str(t);
        true
    }

    /// The text of the goal that took the last value (`open_goal`), if it has one.
    pub(super) fn open_goal_text(&mut self) -> Option<&mut String> {
        match self.open_goal? {
            Key::MidGoal => self.project.goals.midterm.as_mut(),
            _ => self.project.goals.annual.as_mut(),
        }
    }

    /// A long 项目名称, 主管部门 or 实施单位 ("…特困人员救助供" / "养资金"): text on the
    /// row right after the row its value was on continues it. (Only right after: a
    /// name does not run on past a line that is not its own.)
    pub(super) fn field_wrap(&mut self, t: &str) -> bool {
        let Some((key, at)) = self.open_field else { return false };
        if !self.wraps() || at + 1 != self.rows_read || !wrapped_text(t) {
            return false;
        }
        // A numbered line ("1.项目年度目标完成情况", a 自评表's next part) opens
        // something new: a name never wraps onto a line that opens with a number.
        if dotted_number(t).is_some() {
            self.open_field = None;
            return false;
        }
        let pr = &mut *self.project;
        let field = match key {
            Key::Name => &mut pr.name,
            Key::Department => &mut pr.department,
            _ => &mut pr.implementing_unit,
        };
        let Some(v) = field.as_mut() else { return false };
        v.push_str(t);
        self.open_field = Some((key, self.rows_read));
        true
    }

    /// Two goal keys awaiting their texts (中期目标 and 年度目标 printed side by side,
    /// their texts after them in the same order): the first takes the next. In a
    /// stream, or in a row that holds the heads and then their texts (a copy that lost
    /// the row break): with both heads still open, the nearest key is not the owner.
    pub(super) fn first_of_goals(&self) -> Option<usize> {
        // 实际完成情况 heads the column beside a 自评表's 预期目标: it takes its text after
        // the goal's, as a second goal head would.
        let goals = || {
            self.pending
                .iter()
                .enumerate()
                .filter(|(_, p)| p.key.is_goal() || super::super::keys_exact::OUTCOME_HEADS.contains(&p.label.as_str()))
        };
        goals().nth(1).is_some().then(|| goals().next().map(|(i, _)| i)).flatten()
    }

    /// A label cut at its "及" over two cells ("主管部门(单位)名称及" | "部门预算编码" |
    /// 某局, a regional table's one field for the department's name and budget code):
    /// the first key waits for the value, and the second half, a key of its own, is
    /// consumed as part of it instead of taking the value. Returns true for the
    /// second half.
    pub(super) fn cut_label(&mut self, rest: &mut Option<String>, cell: &Cell) -> bool {
        if std::mem::take(&mut self.cut_label) && !self.pending.is_empty() {
            self.consumed.push(cell.id);
            if let Some(r) = rest.take().filter(|r| !r.is_empty()) {
                let p = self.pending.remove(self.pending.len() - 1);
                self.assign(&p, &r, Some(cell));
            }
            return true;
        }
        if rest.as_deref().is_some_and(|r| matches!(r, "及" | "和" | "与")) {
            *rest = None;
            self.cut_label = true;
        }
        false
    }
}

/// A cell that holds only "其中" (with or without its colon).
pub(super) fn is_connective(c: &Cell) -> bool {
    // 广西 公开表 print a 小计 cell between a fund source and its amount
    // ("一般公共预算拨款 | 小计 | 100"): the source's own total, no value of its own.
    matches!(c.key(), "其中" | "其中:" | "小计")
}

impl FieldReader<'_> {
    /// 广西 fund rows glued together: "项目资金(万元)合计60" is the block's total, and
    /// "一般公共预算拨款小计60" the source's amount behind its 小计 (see `is_connective`).
    pub(super) fn glued_subtotal(&mut self, mut p: Pending, rest: Option<String>) -> (Pending, Option<String>) {
        let Some(r) = rest else { return (p, None) };
        // The block's unit may stand between the label and its 合计.
        let bare = r.strip_prefix(['(', '（']).and_then(|x| x.split_once([')', '）'])).map_or(r.as_str(), |(_, after)| after.trim_start());
        if p.key == Key::Section {
            if let Some(amount) = bare.strip_prefix("合计") {
                p.key = Key::AnnualTotal;
                p.period = self.money_period(Key::AnnualTotal, 0);
                return (p, Some(amount.to_string()));
            }
        } else if let Some(amount) = r.strip_prefix("小计").filter(|_| p.key.is_money() || super::blocks::is_budget_kind(&p.label)) {
            return (p, Some(amount.to_string()));
        }
        (p, Some(r))
    }
}

/// What a form prints on a signature line for the signer to fill in: "(盖章)", "签字：",
/// "年 月 日", brackets and blanks. Nothing of the filing's own.
pub(super) fn is_placeholder(v: &str) -> bool {
    let words = ["盖章", "签字", "签章", "签名", "公章", "单位", "年", "月", "日"];
    let mut rest = v.trim_matches(|c: char| c.is_whitespace() || "()（）:：".contains(c));
    while !rest.is_empty() {
        let Some(w) = words.iter().find(|w| rest.starts_with(**w)) else { return false };
        rest = rest[w.len()..].trim_start_matches(|c: char| c.is_whitespace() || "()（）:：".contains(c));
    }
    true
}

/// A fund row's line ("市本级1800", "中央补助资金 50"): a source word then an amount.
/// An option field left blank (项目属性) is followed in a stream by the funds block,
/// whose lines are no option; an option never ends in an amount.
pub(super) fn is_funds_line(v: &str) -> bool {
    // Cheap first: the line must end in a digit.
    if !v.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let head = v.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '));
    const SOURCE: [&str; 8] = ["本级", "补助", "资金", "拨款", "预算", "财政", "合计", "小计"];
    !head.is_empty() && SOURCE.iter().any(|w| head.ends_with(w))
}
