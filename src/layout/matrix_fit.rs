//! How a matrix row sits under the header: whole or cut, by column or in sequence,
//! and which label-looking cells are really data. Kept apart from the assembler's
//! record building (matrix.rs), whose state it only reads.

use crate::chars::TrimWs;
use crate::extract::taxonomy::{self, Label, LabelKind};
use crate::read::{Cell, Row};

use super::super::cell_fit::cmp_or_kind;
use super::super::header::{is_matrix_title_cell, names_column, role_of_cell, row_owner_role, Role};
use super::super::header_regions::is_region_heading;
use super::super::matrix_title::caption_period;
use super::{stream, Assembler, Item, Owner};

/// The row's cells include a 定性 word (its kind column's, wherever it sits).
fn qualitative(items: &[Item]) -> bool {
    items.iter().any(|i| matches!(i, Item::Data(c) if c.key() == "定性"))
}

impl Assembler<'_> {
    /// The caption printed on a line of its own right above the header ("长期绩效指标",
    /// then "一级指标 | 二级指标 …"): the first matrix's period.
    pub fn captioned(mut self, pre: &[Row]) -> Self {
        if let Some(row) = pre.last() {
            let mut cells = row.non_empty();
            if let (Some(c), None) = (cells.next(), cells.next()) {
                self.caption_period = caption_period(c);
            }
        }
        self
    }

    /// Read a header row: its column names are consumed and its level labels (a merged
    /// 一级 label printed in the header, as in seed 000) set the carried levels; any
    /// other text stays unconsumed.
    pub fn header_row(&mut self, row: &Row) {
        self.header_cells = self.header_cells.max(row.cells.len());
        for cell in row.non_empty() {
            if is_matrix_title_cell(cell) {
                self.caption_period = caption_period(cell).or(self.caption_period);
            }
            if let Some(l) = taxonomy::classify_cell(cell) {
                if l.kind != LabelKind::Level2 {
                    self.set_level1(&l, cell);
                }
            } else if is_matrix_title_cell(cell)
                || role_of_cell(cell).is_some()
                || self.is_owner_column(cell.col)
                // A sub-region heading a value column of its own (甲县 | 乙县 | 合计).
                || self.schema.data_role_at(cell.col).is_some_and(|(_, r)| r == Role::Value)
                // The same where the text keeps no columns (one per line, cut at spaces).
                || is_region_heading(cell)
            {
                self.consumed.push(cell.id);
            }
        }
        self.in_header = true;
    }

    pub(super) fn is_owner_column(&self, col: usize) -> bool {
        self.schema.seq_col == Some(col) || self.schema.data_role_at(col).is_some_and(|(_, r)| r.is_owner())
    }

    /// A project, unit or goal column. A new project name starts a new project: the
    /// levels carried from the last one do not run on into it.
    pub(super) fn set_owner(&mut self, role: Role, cell: &Cell) {
        let text = cell.text.trim_ws().to_string();
        self.consumed.push(cell.id);
        if matches!(role, Role::Project | Role::ProjectCode) {
            let code = role == Role::ProjectCode;
            let same = |o: &Owner| if code { o.code.as_deref() == Some(text.as_str()) } else { o.project == text };
            if self.owner.as_ref().is_some_and(same) {
                return;
            }
            // A name after its project's code (项目编码 | 项目名称): the same project.
            if let Some(o) = self.owner.as_mut().filter(|o| !code && o.project.is_empty() && o.code.is_some()) {
                o.project = text;
                return;
            }
            let agency = self.owner.as_ref().and_then(|o| o.agency.clone());
            self.owner = Some(if code {
                Owner { project: String::new(), agency, code: Some(text), ..Owner::default() }
            } else {
                Owner { project: text, agency, ..Owner::default() }
            });
            self.level1.clear();
            for st in &mut self.groups {
                st.level2.clear();
            }
            return;
        }
        let owner = self.owner.get_or_insert_with(Owner::default);
        match role {
            Role::Agency => owner.agency = Some(text),
            Role::ProjectAmount => {
                owner.amount = Some(text);
                owner.amount_unit = self.schema.amount_unit;
            }
            _ => owner.goal = Some(text),
        }
    }

    /// A row read in order that prints a level label has left its owner columns
    /// (项目名称, 单位, 目标: left of the levels) behind, blank or merged: the cells after
    /// the label are the indicator's, not a project's.
    /// The header printed again on the next page, under a page number (a row of column
    /// names, owner columns included: 单位名称 | 项目名称 | … | 一级指标 …): no row.
    /// Its first cell is asked first, one lookup per row.
    pub(super) fn repeats_header(&self, row: &Row) -> bool {
        let named = |c: &Cell| names_column(c) && taxonomy::classify_cell(c).is_none();
        !self.stream && row.non_empty().next().is_some_and(named) && row.non_empty().filter(|c| named(c)).nth(2).is_some()
    }

    /// 单位名称, 项目名称 … of a header printed again, one cell per line, in a sheet
    /// whose owner columns lead (asked of every cell: the schema first, a few pointer
    /// reads, and the name only in such a sheet).
    pub(super) fn owner_column_name(&self, c: &Cell) -> bool {
        let owners_lead = self.schema.groups.first().and_then(|g| g.roles.first()).is_some_and(|r| r.0.is_owner());
        owners_lead && c.short && row_owner_role(c.key()).is_some()
    }

    /// A sub-region (全省 | 长沙市) right after a column name: the header of a table with
    /// one value column per region, printed again. (Not in other tables: a unit's
    /// name, "株洲市教育局", would read as a place too.)
    pub(super) fn region_heading_again(&self, c: &Cell) -> bool {
        self.in_header
            && self.schema.groups.iter().any(|g| g.roles.iter().filter(|r| r.0 == Role::Value).nth(1).is_some())
            && is_region_heading(c)
    }

    pub(super) fn skip_owner_roles(&mut self, g: usize) {
        let roles = &self.schema.groups[g].roles;
        let p = &mut self.groups[g].pending;
        while roles.get(p.next).is_some_and(|(r, _)| r.is_owner()) {
            p.next += 1;
        }
    }

    /// HTML copies drop a row's merged cells and pad it at the end to the header's
    /// count of cells: a row padded that far was printed whole, however few of its
    /// cells are filled (a row cut off by the end of the document is shorter).
    /// (Used only to tell a whole last row from a cut one, never to read by column.)
    /// Read by column, a blank cell among several value columns (one per sub-region, or
    /// per grade) keeps its place in `values` as "", so that the k-th value stays the
    /// k-th column's after a value already read. (A blank first column cannot: `value`
    /// is the first value read.)
    pub(super) fn hold_value_place(&mut self, g: usize, col: usize) {
        let roles = &self.schema.groups[g].roles;
        let k = roles.iter().filter(|(r, c)| *r == Role::Value && *c < col).count();
        let values = &mut self.groups[g].pending.rec.values;
        if !values.is_empty() && values.len() < k {
            values.resize(k, String::new());
        }
    }

    /// The side (中期 | 年度 group) a row read in order starts in: the one nearest its
    /// first cell.
    pub(super) fn initial_group(&self, items: &[Item]) -> usize {
        if self.groups.len() < 2 {
            return 0;
        }
        match items.first() {
            Some(Item::Label(_, c)) => {
                // Nearest 二级 column.
                let cols: Vec<usize> = self.schema.groups.iter().map(|g| g.level2_col.unwrap_or(g.first_col())).collect();
                (0..cols.len()).min_by_key(|&i| cols[i].abs_diff(c.col)).unwrap_or(0)
            }
            Some(Item::Data(c)) => self.schema.group_near(c.col),
            None => 0,
        }
    }

    /// A row that opens with a level label left its owner columns (项目名称 …, merged)
    /// blank, and text that keeps no blank cells drops them: it is that much shorter.
    pub(super) fn padded(&self, row: &Row, items: &[Item]) -> bool {
        let owners_left = || if matches!(items.first(), Some(Item::Label(..))) { self.owner_columns() } else { 0 };
        !self.blank_cells_hold_columns
            && ((self.header_cells > self.schema.width && row.cells.len() >= self.header_cells)
                || row.width() + usize::from(self.schema.caption) + owners_left() >= self.required_width(qualitative(items)))
    }

    fn owner_columns(&self) -> usize {
        self.schema.groups.iter().flat_map(|g| &g.roles).filter(|(r, _)| r.is_owner()).count()
    }

    pub(super) fn is_positional_style(&self, row: &Row) -> bool {
        row.cells.len() > 1
    }

    /// The row has the header's columns: its last filled cell is under the header's
    /// last column, or its cells run that far with the last ones empty (a blank 备注).
    pub(super) fn spans_header(&self, row: &Row) -> bool {
        let w = row.width();
        w == self.schema.width
            || (self.blank_cells_hold_columns && w < self.schema.width && (self.rows_whole || row.cells.len() >= self.schema.width))
    }

    /// Where blank cells vanish, a whole row may stop short of the header: the blank
    /// caption column goes, and so do blank columns after the last one every indicator
    /// fills (备注, 指标解释, 分值 …). It still reaches that last one.
    /// A row that says it is 定性 has no comparator or unit to print either.
    fn required_width(&self, qualitative: bool) -> usize {
        let optional = |r: Role| {
            matches!(r, Role::Remark | Role::Desc | Role::Basis | Role::Scoring | Role::Score | Role::ValueKind | Role::Gained)
                || (qualitative && matches!(r, Role::Cmp | Role::Unit))
        };
        let last = self.schema.groups.iter().flat_map(|g| g.roles.iter()).filter(|(r, _)| !optional(*r)).map(|(_, c)| *c).max();
        last.map_or(self.schema.width, |c| c + 1)
    }

    pub(super) fn fits_columns(&self, row: &Row, items: &[Item]) -> bool {
        if !self.spans_header(row) {
            return false;
        }
        items.iter().all(|it| match it {
            Item::Label(_, c) => self.schema.is_label_col(c.col),
            Item::Data(c) => self.schema.data_role_at(c.col).is_some() || self.is_garbled_label(c),
        })
    }

    /// "满意度" printed as the 三级 name under "服务对象满意度指标": a 一级 word in the
    /// name column after a 二级 label of the same row cannot be a label (a 一级 never
    /// follows its 二级), so it is the name. (A different 二级 word there is a row the
    /// PDF shifted right, and stays a label.)
    pub(super) fn name_not_label(&self, label: &Label, c: &Cell, items: &[Item], row: &Row) -> bool {
        if label.kind != LabelKind::Level1 {
            return self.level2_reworded(label, c, items) || self.name_before_kind(c, items, row);
        }
        if self.stream {
            return false;
        }
        matches!(self.schema.data_role_at(c.col), Some((_, Role::Name)))
            && items.iter().any(
                |i| matches!(i, Item::Label(l, at) if l.kind == LabelKind::Level2 && at.col < c.col && self.schema.is_label_col(at.col)),
            )
    }

    /// "成本指标 | 社会成本指标 | 定量 | 100 | %" under 一级 | 二级 | 三级 | 指标值类型: the
    /// row's 一级 cell is merged away, so the second label stands where the 三级 name
    /// does, right before the 定量/定性 that the header puts after the name. It is the
    /// name when a label before it can be the 二级 and no data came before it.
    fn name_before_kind(&self, c: &Cell, items: &[Item], row: &Row) -> bool {
        // Asked of label cells only: the item before first, then the header, then the
        // next cell of the row.
        let Some(Item::Label(prev, _)) = items.last() else { return false };
        if prev.kind == LabelKind::Level1 || items.iter().any(|i| matches!(i, Item::Data(_))) {
            return false;
        }
        // 成本指标 / 满意度指标 before it is the 二级 only where it can sit under the
        // carried 一级 (成本指标 under 产出指标); "满意度指标 | 服务对象满意度指标 | 定量"
        // after 效益 rows prints the 一级 and 二级 of a row with no 三级 name.
        if prev.kind == LabelKind::Either && taxonomy::level2_parent(&prev.raw) != taxonomy::canonical_level1(&self.level1) {
            return false;
        }
        let kind_after_name =
            self.schema.groups.first().is_some_and(|g| g.roles.windows(2).any(|w| w[0].0 == Role::Name && w[1].0 == Role::ValueKind));
        kind_after_name && row.non_empty().skip_while(|x| x.id != c.id).nth(1).is_some_and(|n| matches!(n.key(), "定量" | "定性"))
    }

    /// "效益指标 | 经济效益指标 | 未达指标值酌情扣分": a placeholder row (a 二级 with no
    /// 三级) whose only text is the template's 评(扣)分标准. It is the 二级 alone, as a
    /// blank placeholder row is, not an indicator named by its scoring rule.
    pub(super) fn scoring_alone(&self, c: &Cell, row: &Row) -> bool {
        // Asked of every data cell: only a header with a 评(扣)分标准 column has such
        // rows, then the scoring words (a byte search or two).
        if self.stream || !self.schema.groups.iter().any(|g| g.roles.iter().any(|(r, _)| *r == Role::Scoring)) {
            return false;
        }
        let t = c.text.as_str();
        if !(crate::chars::has(t, "扣") && crate::chars::has(t, "分") || crate::chars::has(t, "不得分")) {
            return false;
        }
        let mut others = row.non_empty().filter(|x| x.id != c.id).peekable();
        others.peek().is_some() && others.all(|x| taxonomy::classify_cell(x).is_some())
    }

    /// "服务对象满意度" right after the row's "服务对象满意度指标": the same 二级 in other
    /// words names the indicator (the same words again are a merged cell repeated; an
    /// ambiguous 满意度指标 before it is the 一级, so what follows is its 二级).
    /// Told by order, not column: space-separated and HTML rows lose the blank cell
    /// under a "绩效指标" caption, so their columns sit one off the header's.
    fn level2_reworded(&self, label: &Label, c: &Cell, items: &[Item]) -> bool {
        let same = |l2: &str| taxonomy::canonical_level2(l2).is_some_and(|x| Some(x) == taxonomy::canonical_level2(&label.raw));
        match items.last() {
            Some(Item::Label(l2, at)) => l2.kind == LabelKind::Level2 && at.key() != c.key() && same(&l2.raw),
            // One cell per paragraph: the 二级 was a row before, and no data since (not
            // an ambiguous 满意度指标 still waiting to be told a 一级 by what follows).
            None if self.stream && self.either_as_level2.is_none() => {
                let st = &self.groups[0];
                !st.pending.has_data && !st.level2.is_empty() && taxonomy::raw_label(&c.text) != st.level2 && same(&st.level2)
            }
            _ => false,
        }
    }

    /// "??效益指标" right after the row's 一级: a 二级 the PDF's font lost characters of,
    /// told by its place and its "指标" ending where the row's cells do not sit in
    /// their columns (space-separated text drops the blank ones).
    pub(super) fn garbled_level2(&self, c: &Cell, items: &[Item]) -> Option<Label> {
        // Asked of every cell that is no label: the place first, which rules out most.
        if !matches!(items.last(), Some(Item::Label(l, _)) if l.kind == LabelKind::Level1) {
            return None;
        }
        let garbled = c.short && c.key().ends_with("指标") && c.text.chars().count() <= 16 && c.text.contains(['?', '？', '\u{FFFD}']);
        garbled.then(|| Label { raw: taxonomy::raw_label(&c.text), kind: LabelKind::Level2 })
    }

    /// A 定量/定性 word belongs to the row's kind column (指标值类型 / 指标属性, else an
    /// 指标性质 that may hold it) wherever it sits, as a bare comparator belongs to the
    /// comparator column: rows that drop blank cells print it after the value (a row
    /// with no comparator or unit) or before it. False when the row has no such column
    /// or its kind already.
    pub(super) fn place_kind(&mut self, g: usize, cell: &Cell) -> bool {
        // The cell's precomputed key: asked of every data cell of rows out of column.
        if !matches!(cell.key(), "定量" | "定性") || self.groups[g].pending.rec.value_kind.is_some() {
            return false;
        }
        let roles = self.roles(g);
        let Some(i) = roles.iter().position(|(r, _)| *r == Role::ValueKind).or_else(|| roles.iter().position(|(r, _)| *r == Role::Cmp))
        else {
            return false;
        };
        let role = roles[i].0;
        // In its own place it moves the row on, as any cell does; right after an
        // unfilled name column (一级 | 二级 | 三级 | 指标值类型) it says the row prints no
        // 三级 name, so what follows is the value, not the name.
        let name_skipped = role == Role::ValueKind && i > 0 && roles[i - 1].0 == Role::Name;
        self.set_role(g, role, cell);
        let p = &mut self.groups[g].pending;
        if p.next == i || name_skipped && p.next + 1 == i && p.rec.name.is_empty() {
            p.next = i + 1;
        }
        true
    }

    /// The row's number in a 序号 column.
    pub(super) fn is_row_number(&self, c: &Cell) -> bool {
        self.schema.seq_col == Some(c.col) && c.text.trim_ws().bytes().all(|b| b.is_ascii_digit() || b == b'.')
    }

    /// A level label whose characters the PDF's font lost ("??指标", real 23): text in
    /// a label column with "?" in it. It is kept as printed; the 一级 is then inferred
    /// from the 二级, or the 二级 stays as printed under its 一级.
    pub(super) fn is_garbled_label(&self, c: &Cell) -> bool {
        self.schema.is_label_col(c.col) && c.short && c.text.chars().count() <= 16 && c.text.contains(['?', '？', '\u{FFFD}'])
    }

    /// The record's next column is its unit (计量单位 / 度量单位) and the cell is one:
    /// in a stream the record is not over when its value is in.
    pub(super) fn unit_awaited(&self, g: usize, c: &Cell) -> bool {
        let p = &self.groups[g].pending;
        self.roles(g).get(p.next).is_some_and(|(r, _)| *r == Role::Unit) && crate::extract::target::is_unit(c.text.trim_ws())
    }

    /// One cell per line: 成本指标 / 满意度指标 is the 一级 when a 二级 comes next with no
    /// data between, though that 二级 is on the next row (within a row, `l2_follows`).
    pub(super) fn promote_either(&mut self, next: &Label) {
        if let Some(raw) = self.either_as_level2.take() {
            if next.kind == LabelKind::Level2 {
                // The label was set as the 二级 under the old 一级: cleared with it.
                self.level1.clear();
                self.enter_level1(&raw);
                // Without a 二级 column (浙江 申报表) it opened a record named by it,
                // which the 二级 now coming names instead.
                for st in &mut self.groups {
                    let p = &st.pending;
                    if p.name_is_label && p.rec.values.is_empty() && p.rec.name == raw {
                        st.pending = Default::default();
                    }
                }
            }
        }
    }

    /// In a stream no column says what a cell is: a name where a value is expected
    /// closes the record with an empty value (values cut off, or never filled in), or —
    /// short, after a name that does not end like one — continues that name.
    /// Returns true when the cell was taken here.
    pub(super) fn name_without_value(&mut self, g: usize, c: &Cell) -> bool {
        let p = &self.groups[g].pending;
        if !(p.has_data && !p.rec.name.is_empty() && p.rec.values.is_empty()) {
            return false;
        }
        // (Where a description column comes between, a cell reading like a name is
        // the description: "规范建档的比例" explains 电子健康档案规范率.)
        if p.rec.desc.is_none() && self.roles(g).get(p.next).is_some_and(|(r, _)| *r == Role::Desc) {
            return false;
        }
        // 定量 / 定性 (a 指标值类型 column between name and value, 湖南) ends like a
        // measure (…量) but is never a name: it takes its own column.
        if !stream::looks_like_name(&c.text) || stream::looks_like_value(&c.text) || cmp_or_kind(&c.text).is_some() {
            return false;
        }
        if !stream::looks_like_name(&p.rec.name) && c.text.trim_ws().chars().count() <= 6 {
            let p = &mut self.groups[g].pending;
            p.rec.name.push_str(c.text.trim_ws());
            p.rec.cells.push(c.id);
            return true;
        }
        self.emit(g);
        false
    }

    /// In a stream, a description column left blank drops out: a cell that reads as a
    /// target value where the description is expected is the value.
    pub(super) fn value_not_desc(&self, g: usize, role_at: usize, c: &Cell) -> bool {
        let roles = self.roles(g);
        self.stream
            && roles[role_at].0 == Role::Desc
            && roles[role_at + 1..].iter().any(|(r, _)| *r == Role::Value)
            && stream::strong_value(&c.text)
    }
}

/// Is the label after position `i` a 二级 (so the ambiguous label at `i` is a 一级)?
pub(super) fn l2_follows(items: &[Item], i: usize) -> bool {
    match items.get(i + 1) {
        Some(Item::Label(next, _)) => next.kind != LabelKind::Level1,
        _ => false,
    }
}

/// The group after `g` once its record is done: the next side, and in a stream (a
/// table's cells one after another) the first side again after the last.
pub(super) fn next_group(g: usize, n: usize, stream: bool) -> usize {
    if g + 1 < n {
        g + 1
    } else if stream {
        0
    } else {
        g
    }
}
