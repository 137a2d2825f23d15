//! Targets written as prose (公示 notices, budget explanations):
//! "数量指标:…种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;时效指标:…".
//! Level labels followed by a colon or comma set the levels; clauses end at ；/。 and a
//! comma ends an indicator only where the text before it ends in a target value.
//! A budget explanation may describe several projects, each under a numbered heading
//! ("一、农村道路建设项目", "（二）…"): each such heading opens a project with its own
//! funds, goal and targets, while headings of the explanation's own sections
//! ("1.项目基本情况", "2.绩效目标", "（1）产出指标") stay parts of the project they are in.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::target::{is_unit, parse_target, TargetContext};
use crate::extract::taxonomy::{self, LabelKind};
use crate::model::TargetKind;
use crate::read::Row;

use super::keys::{self, Key};
use super::matrix::RawIndicator;
use super::prose_funds::{self, ProseFunds};

pub(super) static LABELS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = [
        "产出指标",
        "效益指标",
        "满意度指标",
        "成本指标",
        "数量指标",
        "质量指标",
        "时效指标",
        "经济效益指标",
        "社会效益指标",
        "社会效益目标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
        "经济成本指标",
        "社会成本指标",
        "生态环境成本指标",
    ];
    AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).expect("static patterns")
});

/// A target value closing a clause: comparator, number, optional unit.
static CLAUSE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[≥≤≧≦><=＝]=?|不低于|不少于|不高于|不超过|不晚于)\s*(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底前|底|前)?|\d[\d,.]*\s*(?:%|‰|[\p{Han}A-Za-z/]{1,4})?)$|\d[\d,.]*\s*(?:%|‰)$").unwrap()
});
static COUNT_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:设置?|共|另设)?\s*\d+\s*(?:条|个|项)$").unwrap());
static TITLE_PROJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"关于(.+?项目)(?:绩效目标|的)").unwrap());
/// The numbering of a heading, one group per style: "一、", "（一）", "1.", "（1）".
const NUMBERING: &str = r"(?:([一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]|(\d{1,2})\s*[、.．]|[（(]\s*(\d{1,2})\s*[)）])";
/// A numbered heading ("一、城区绿化养护项目", "（1）产出指标"): numbering, then a
/// name with no sentence punctuation.
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^{NUMBERING}\s*([^\d\s，。；：,;:][^，。；：,;:]{{1,39}})$")).unwrap());
/// Numbering alone: space-separated text cuts "一、 产出指标" into two cells.
static NUMBER_ONLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^{NUMBERING}$")).unwrap());
static NUMBER_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^{NUMBERING}\s*")).unwrap());
/// Nouns of an explanation's own sections ("一、项目基本情况", "三、其他说明"): a
/// heading holding one names no project (unless it ends in 项目).
const SECTION_WORDS: [&str; 8] = ["指标", "目标", "情况", "概况", "说明", "依据", "内容", "背景"];

/// One project of the prose: its heading's name, funds, goals and targets.
#[derive(Debug, Default)]
pub struct ProseProject {
    pub name: Option<String>,
    /// The funds sentence: total, parts, unit and purpose.
    pub funds: Option<ProseFunds>,
    pub goal: Option<String>,
    pub midterm_goal: Option<String>,
    pub raw: Vec<RawIndicator>,
    /// Line of the heading that opened it; None for the first, which starts with the text.
    pub line: Option<usize>,
    cells: Vec<usize>,
    named_by_heading: bool,
}

impl ProseProject {
    fn has_content(&self) -> bool {
        !self.raw.is_empty() || self.funds.is_some() || self.goal.is_some() || self.midterm_goal.is_some()
    }
}

#[derive(Debug, Default)]
pub struct Narrative {
    /// In document order; projects with nothing under their heading are left out.
    pub projects: Vec<ProseProject>,
    /// The cells the kept projects used.
    pub cells: Vec<usize>,
}

struct Heading {
    /// Which numbering style (1–4): the headings of one level share it.
    style: usize,
    name: String,
}

/// What a heading's name says it heads.
enum HeadingKind {
    /// A level label ("（1）产出指标"): sets the levels of the clauses after it.
    Label,
    /// "2.绩效目标": the goal is the paragraph under it.
    Goal(Key),
    /// Another section of the current project ("一、项目基本情况").
    Section,
    /// Neither a label nor a section: a project's name.
    Project,
}

fn heading(text: &str) -> Option<Heading> {
    let caps = HEADING.captures(text)?;
    let style = (1..=4).find(|&i| caps.get(i).is_some())?;
    let name = caps.get(5)?.as_str().trim_ws();
    // "1.养护面积≥35万平方米" is a numbered target, not a heading.
    if CLAUSE_VALUE.is_match(name) || name.contains(['≥', '≤', '>', '<', '=', '＝']) {
        return None;
    }
    Some(Heading { style, name: name.to_string() })
}

/// The heading a row holds, whole or cut after its numbering, and the cells it fills.
fn row_heading(row: &Row) -> Option<(Heading, Vec<usize>)> {
    let cells: Vec<_> = row.non_empty().collect();
    let text = match cells.as_slice() {
        [c] => c.text.trim_ws().to_string(),
        [n, c] if NUMBER_ONLY.is_match(n.text.trim_ws()) => format!("{}{}", n.text.trim_ws(), c.text.trim_ws()),
        _ => return None,
    };
    heading(&text).map(|h| (h, cells.iter().map(|c| c.id).collect()))
}

/// The taxonomy and the key lexicon tell a section of the explanation from a project:
/// a level label, a field name (绩效目标, 项目资金) or a section noun is no project.
fn heading_kind(name: &str) -> HeadingKind {
    if taxonomy::classify(name).is_some() {
        return HeadingKind::Label;
    }
    if let Some((key, _, rest)) = keys::key_of(name) {
        if rest.is_none_or(|r| r.is_empty()) {
            return if key.is_goal() { HeadingKind::Goal(key) } else { HeadingKind::Section };
        }
    }
    if !name.ends_with("项目") && SECTION_WORDS.iter().any(|w| name.contains(w)) {
        return HeadingKind::Section;
    }
    HeadingKind::Project
}

/// "绩效目标：…" / "年度目标:…": the goal key and the text after its colon (maybe empty).
fn goal_sentence(text: &str) -> Option<(Key, &str)> {
    let (head, rest) = text.split_once([':', '：'])?;
    if head.chars().count() > 12 {
        return None;
    }
    let (key, _, after) = keys::key_of(head)?;
    (key.is_goal() && after.is_none_or(|r| r.is_empty())).then(|| (key, rest.trim_ws()))
}

/// Set the goal unless the project has it already; true if this text is now the goal.
fn set_goal(p: &mut ProseProject, key: Key, text: &str) -> bool {
    let slot = if key == Key::MidGoal { &mut p.midterm_goal } else { &mut p.goal };
    if slot.is_some() {
        return false;
    }
    *slot = Some(text.to_string());
    true
}

/// A line of the goal's paragraph wrapped onto the next line: the text runs on with
/// no separator (a wrapped Chinese line breaks anywhere).
fn extend_goal(p: &mut ProseProject, key: Key, text: &str) {
    let slot = if key == Key::MidGoal { &mut p.midterm_goal } else { &mut p.goal };
    if let Some(g) = slot {
        g.push_str(text);
    }
}

/// Does a line right under the goal continue its paragraph? Not when it holds a level
/// label, starts a field ("实施单位：", "年度目标：") or is a funds sentence.
fn continues_goal(text: &str) -> bool {
    LABELS.find(text).is_none() && keys::key_of(text).is_none() && prose_funds::read(text).is_none()
}

/// A level label stands in `text` before byte `at` (what follows it is a target).
pub(super) fn label_before(text: &str, at: usize) -> bool {
    LABELS.find(&text[..at]).is_some()
}

/// A line of prose targets ("数量指标：…"): a level label with a colon or comma after
/// it. No goal or field value runs on into such a line.
pub fn has_label_clause(text: &str) -> bool {
    text.contains("指标") && LABELS.find_iter(text).any(|m| text[m.end()..].starts_with([':', '：', ',', '，']))
}

/// Does the text read like prose targets ("数量指标:" at least twice)?
pub fn looks_narrative(rows: &[Row]) -> bool {
    let mut hits = 0;
    for r in rows {
        for c in r.non_empty() {
            for m in LABELS.find_iter(&c.text) {
                if c.text[m.end()..].starts_with([':', '：', ',', '，']) {
                    hits += 1;
                }
            }
        }
    }
    hits >= 2
}

/// The levels the labels read so far set, for the clauses after them.
#[derive(Default)]
pub(super) struct Levels {
    level1: String,
    level2: String,
}

pub fn parse(rows: &[Row]) -> Narrative {
    let mut projects = vec![ProseProject::default()];
    let mut lv = Levels::default();
    // Numbering style of the headings that name projects, once one has.
    let mut project_style = None;
    // A goal heading ("2.绩效目标") was read: the next paragraph is the goal.
    let mut goal_next: Option<Key> = None;
    // The goal just read and the line it ends on: the lines right under it continue
    // it up to a blank line, a heading, a label or another field (its paragraph).
    let mut goal_open: Option<(Key, usize)> = None;
    for row in rows {
        if let Some((h, ids)) = row_heading(row) {
            let cur = projects.last_mut().expect("never empty");
            let kind = heading_kind(&h.name);
            goal_next = None;
            // (A heading the project's text runs on through, "1.完成路面修复", is a
            // line of the paragraph: its kind falls through to the cells below.)
            if !matches!(kind, HeadingKind::Project) || project_style == Some(h.style) || !cur.named_by_heading {
                goal_open = None;
            }
            match kind {
                HeadingKind::Label => {
                    if let Some(l) = taxonomy::classify(&h.name) {
                        lv.set(l, true);
                    }
                    cur.cells.extend(ids);
                    continue;
                }
                // Text under another section ("2.绩效目标", "三、其他需要说明的事项")
                // is no target of the labels before it.
                HeadingKind::Goal(key) => {
                    goal_next = Some(key);
                    lv = Levels::default();
                    cur.cells.extend(ids);
                    continue;
                }
                HeadingKind::Section => {
                    lv = Levels::default();
                    cur.cells.extend(ids);
                    continue;
                }
                // Before any target, a heading names the project the text so far
                // began (an earlier heading with nothing under it grouped projects).
                HeadingKind::Project if (!cur.named_by_heading && cur.raw.is_empty()) || (cur.named_by_heading && !cur.has_content()) => {
                    cur.name = Some(h.name);
                    cur.named_by_heading = true;
                    cur.cells.extend(ids);
                    project_style = Some(h.style);
                    lv = Levels::default();
                    continue;
                }
                // A heading numbered like the project headings before it: the next project.
                HeadingKind::Project if project_style == Some(h.style) => {
                    projects.push(ProseProject {
                        name: Some(h.name),
                        line: Some(row.line),
                        cells: ids,
                        named_by_heading: true,
                        ..Default::default()
                    });
                    lv = Levels::default();
                    continue;
                }
                // Any other heading is text of the project it is in.
                HeadingKind::Project => {}
            }
        }
        let cur = projects.last_mut().expect("never empty");
        for cell in row.non_empty() {
            let text = cell.text.trim_ws();
            if let Some((key, last)) = goal_open.take() {
                if cell.line == last + 1 && continues_goal(text) {
                    extend_goal(cur, key, text);
                    cur.cells.push(cell.id);
                    goal_open = Some((key, cell.line));
                    continue;
                }
            }
            if let Some(key) = goal_next.take() {
                if LABELS.find(text).is_none() {
                    if set_goal(cur, key, text) {
                        goal_open = Some((key, cell.line));
                    }
                    cur.cells.push(cell.id);
                    continue;
                }
            }
            if let Some((key, goal)) = goal_sentence(text) {
                if goal.is_empty() {
                    goal_next = Some(key);
                } else if set_goal(cur, key, goal) {
                    goal_open = Some((key, cell.line));
                }
                cur.cells.push(cell.id);
                continue;
            }
            if cur.name.is_none() {
                if let Some(c) = TITLE_PROJECT.captures(text) {
                    cur.name = Some(c[1].to_string());
                    // A title of its own ("关于…项目绩效目标的公示"), not a sentence.
                    if !text.contains(['，', '。', ',', ';', '；']) {
                        cur.cells.push(cell.id);
                        continue;
                    }
                }
            }
            if cur.funds.is_none() {
                cur.funds = prose_funds::read(text);
                // Only funds and a purpose clause in it: nothing left to quote.
                if cur.funds.as_ref().is_some_and(|f| f.whole) {
                    cur.cells.push(cell.id);
                    continue;
                }
            }
            // "（1）产出指标：…": the numbering before a label is structure.
            let text = match NUMBER_PREFIX.find(text) {
                Some(m) if LABELS.find(&text[m.end()..]).is_some_and(|l| l.start() == 0) => &text[m.end()..],
                _ => text,
            };
            if lv.clauses(text, cell.line, &mut cur.raw) {
                cur.cells.push(cell.id);
            }
        }
    }
    projects.retain(ProseProject::has_content);
    let cells = projects.iter_mut().flat_map(|p| std::mem::take(&mut p.cells)).collect();
    Narrative { projects, cells }
}

impl Levels {
    /// A level label read. `opens`: it heads what follows (a colon after it, or a
    /// heading of its own), so a label that may be either level opens its own 一级
    /// unless it belongs under the current one.
    fn set(&mut self, l: taxonomy::Label, opens: bool) {
        match l.kind {
            LabelKind::Level1 => {
                self.level1 = l.raw;
                self.level2.clear();
            }
            // "成本指标：经济成本指标：…" under 产出: the 成本指标 read as a 二级 of
            // 产出 is the 一级 (101号) its 二级 needs.
            LabelKind::Level2 => {
                let parent = taxonomy::level2_parent(&l.raw);
                if parent.is_some()
                    && parent != taxonomy::canonical_level1(&self.level1)
                    && taxonomy::canonical_level1(&self.level2) == parent
                {
                    self.level1 = std::mem::take(&mut self.level2);
                } else if parent.is_some() && !self.level1.is_empty() && parent != taxonomy::canonical_level1(&self.level1) {
                    // "…成本指标：…；社会效益指标：…": a 二级 of another 一级 than the
                    // open one closes it; its own 一级 is the one it implies.
                    self.level1.clear();
                }
                self.level2 = l.raw;
            }
            // "满意度指标:" after the 效益 clauses opens its own 一级; "成本指标:"
            // under 产出指标 stays its 二级 (framework A).
            // With no 一级 printed, the open 二级 implies one ("数量指标：…；成本指标：…"
            // keeps 成本指标 under 产出 as well).
            LabelKind::Either
                if opens && {
                    let open = if self.level1.is_empty() {
                        taxonomy::level2_parent(&self.level2)
                    } else {
                        taxonomy::canonical_level1(&self.level1)
                    };
                    open.is_none() || taxonomy::level2_parent(&l.raw) != open
                } =>
            {
                self.level1 = l.raw;
                self.level2.clear();
            }
            LabelKind::Either => self.level2 = l.raw,
        }
    }

    /// Walk a cell: labels set levels, text between them holds clauses, each clause
    /// with a target value (or ended by ；/。) one indicator. True if the cell was used.
    pub(super) fn clauses(&mut self, text: &str, line: usize, out: &mut Vec<RawIndicator>) -> bool {
        let mut used = false;
        let mut pos = 0;
        let mut name = String::new();
        let labels: Vec<_> = LABELS.find_iter(text).collect();
        let mut li = 0;
        while pos < text.len() {
            let next_label = labels.get(li).map(|m| m.start()).unwrap_or(text.len());
            let chunk = &text[pos..next_label];
            if !self.level2.is_empty() || !self.level1.is_empty() {
                for piece in chunk.split_inclusive([';', '；', '。', ',', '，']) {
                    let ends_clause = piece.ends_with([';', '；', '。']);
                    let body = piece.trim_end_matches([';', '；', '。', ',', '，']).trim_ws();
                    let body = body.trim_start_matches([':', '：', ',', '，']).trim_ws();
                    if body.is_empty() {
                        continue;
                    }
                    if !name.is_empty() {
                        name.push(',');
                    }
                    name.push_str(body);
                    let value = CLAUSE_VALUE
                        .find(&name)
                        .map(|m| m.start())
                        .or_else(|| ends_clause.then(|| trailing_value(&name)).flatten())
                        .map(|at| (at, name[at..].to_string()));
                    if value.is_some() || ends_clause {
                        let (n, v) = match value {
                            Some((at, v)) if at > 0 => (name[..at].trim_ws().to_string(), v),
                            _ => (name.clone(), String::new()),
                        };
                        out.push(RawIndicator {
                            level1_raw: self.level1.clone(),
                            level2_raw: self.level2.clone(),
                            name: n,
                            values: if v.is_empty() { vec![] } else { vec![v] },
                            line,
                            ..Default::default()
                        });
                        used = true;
                        name.clear();
                    }
                }
            }
            if li < labels.len() {
                let m = labels[li];
                let label = &text[m.start()..m.end()];
                if let Some(l) = taxonomy::classify(label) {
                    // "设2条质量指标": the count the next label's clause opens with;
                    // "；2.质量指标：": the numbering of the next label's clause.
                    if COUNT_PREFIX.is_match(&name) || NUMBER_ONLY.is_match(&name) {
                        name.clear();
                    }
                    if !name.is_empty() {
                        out.push(RawIndicator {
                            level1_raw: self.level1.clone(),
                            level2_raw: self.level2.clone(),
                            name: std::mem::take(&mut name),
                            line,
                            ..Default::default()
                        });
                    }
                    let followed = text[m.end()..].starts_with([':', '：', ',', '，']);
                    self.set(l, followed);
                    used = true;
                }
                pos = m.end();
                li += 1;
            } else {
                pos = text.len();
            }
        }
        used
    }
}

/// Where a value with no comparator starts at the end of a finished clause
/// ("完成时间2023年12月底前", "硬化道路长度10公里"): the first run of digits after
/// the name from which the rest reads, under the target grammar, as a date, a
/// duration or a number whose unit the unit vocabulary knows. Prose with digits in
/// it ("为群众提供12345热线服务") reads as none of these and stays a name.
fn trailing_value(clause: &str) -> Option<usize> {
    let ctx = TargetContext::default();
    let b = clause.as_bytes();
    (1..b.len()).filter(|&i| b[i].is_ascii_digit() && !b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'.').find(|&i| {
        let (t, _) = parse_target(&clause[i..], &ctx);
        match t.kind {
            TargetKind::Date | TargetKind::Duration => true,
            TargetKind::Number => t.unit.as_deref().is_none_or(is_unit),
            _ => false,
        }
    })
}

#[cfg(test)]
#[path = "narrative_tests.rs"]
mod tests;
