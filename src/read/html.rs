//! HTML → cells. Pages are decoded first (the `<meta>` charset decides: government
//! sites still serve gb2312/gbk), then parsed with html5ever through `scraper`: real
//! pages are tag soup (unclosed `<td>`, `<tr>` straight under `<table>`, stray tags),
//! and html5ever builds the same tree a browser would. `tl` is faster but does not
//! apply the HTML table rules, which is exactly where these pages are broken.
//!
//! The walk is hand-written (iterative, over the parsed tree) because the table model
//! is ours: the innermost tables hold the data (outer ones only lay out the page),
//! `rowspan`/`colspan` are expanded into a grid with empty cells where a span covers,
//! and text outside tables becomes one-cell rows in document order.

use std::collections::HashSet;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

use crate::chars::TrimWs;

use super::decode;
use super::grid::{CellStyle, Grid, GridBuilder};
use super::{over_limit, Format, Limits};
use crate::error::Result;

const FORMAT: Format = Format::Html;
/// The HTML standard's caps on spans.
const MAX_COLSPAN: usize = 1000;
const MAX_ROWSPAN: usize = 65534;

/// `<html`, `<table` or `<!DOCTYPE` near the start.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Asked of every text file: say no before copying anything.
    if head.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'<') {
        return false;
    }
    let head = head[..head.len().min(1024)].to_ascii_lowercase();
    [&b"<html"[..], b"<table", b"<!doctype html", b"<head", b"<meta"].iter().any(|tag| head.windows(tag.len()).any(|w| w == *tag))
}

/// The charset a page declares in `<meta charset=…>` or `<meta http-equiv=…
/// content="text/html; charset=…">`, looked for in the first KiB like browsers do.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes[..bytes.len().min(4096)].to_ascii_lowercase();
    let mut at = 0;
    while let Some(i) = find(&head[at..], b"<meta") {
        let tag_start = at + i;
        let tag_end = find(&head[tag_start..], b">").map_or(head.len(), |j| tag_start + j);
        let tag = &head[tag_start..tag_end];
        if let Some(k) = find(tag, b"charset") {
            let rest = &tag[k + 7..];
            let rest = rest.iter().skip_while(|b| b.is_ascii_whitespace()).copied().collect::<Vec<u8>>();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let label: Vec<u8> = rest
                    .iter()
                    .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                    .take_while(|b| !(b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>')))
                    .copied()
                    .collect();
                if !label.is_empty() {
                    return Some(String::from_utf8_lossy(&label).into_owned());
                }
            }
        }
        at = tag_end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decode with the caller's encoding, else the declared one, else detection. A page
/// whose declaration is wrong (UTF-8 bytes under a gb2312 meta) is decoded by
/// detection rather than refused.
fn decode_page(bytes: &[u8], encoding: Option<&str>) -> Result<decode::Decoded> {
    if encoding.is_some() {
        return decode::decode(bytes, encoding);
    }
    if !bytes.starts_with(b"\xEF\xBB\xBF") && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        // The standard reads a declared UTF-16 as UTF-8: the declaration was readable
        // as ASCII, so the bytes are not UTF-16.
        if let Some(label) = declared_charset(bytes).filter(|l| !l.starts_with("utf-16")) {
            if encoding_rs::Encoding::for_label(label.as_bytes()).is_some() {
                if let Ok(d) = decode::decode(bytes, Some(&label)) {
                    return Ok(d);
                }
            }
        }
    }
    decode::decode(bytes, None)
}

pub fn read(bytes: &[u8], encoding: Option<&str>, limits: &Limits) -> Result<(Grid, String)> {
    let decoded = decode_page(bytes, encoding)?;
    let doc = Html::parse_document(&decoded.text);
    let layout_tables = tables_holding_tables(&doc, limits)?;
    let mut w = Walk { out: GridBuilder::default(), para: String::new(), limits };
    let mut skip: Option<NodeId> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => push_collapsed(&mut w.para, t),
                    Node::Element(el) => {
                        let name = el.name();
                        if is_hidden(el) {
                            skip = Some(node.id());
                        } else if let Some(text) = form_text(node).or_else(|| power(node, &w.para)) {
                            push_collapsed(&mut w.para, &text);
                            skip = Some(node.id());
                        } else if name == "table" && !layout_tables.contains(&node.id()) {
                            w.flush();
                            w.table(node)?;
                            skip = Some(node.id());
                        } else if let Some(items) = (name == "ul" || name == "ol").then(|| link_list(node)).flatten() {
                            w.flush();
                            w.out.push_cells(items);
                            skip = Some(node.id());
                        } else if name == "br" || is_block(name) {
                            w.flush();
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                } else if skip.is_none() {
                    if let Node::Element(el) = node.value() {
                        if is_block(el.name()) {
                            w.flush();
                        }
                    }
                }
            }
        }
    }
    w.flush();
    Ok((w.out.finish(CellStyle::Table), decoded.encoding))
}

/// Tables with a table inside: page layout, not data. Also enforces the depth cap,
/// since this is the first full pass over the tree.
fn tables_holding_tables(doc: &Html, limits: &Limits) -> Result<HashSet<NodeId>> {
    let mut out = HashSet::new();
    let mut open_tables: Vec<NodeId> = Vec::new();
    let mut depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(over_limit(FORMAT, "HTML nesting depth", limits.max_depth as u64));
                }
                if is_table(node) {
                    out.extend(open_tables.iter().copied());
                    open_tables.push(node.id());
                }
            }
            Edge::Close(node) => {
                depth -= 1;
                if is_table(node) {
                    open_tables.pop();
                }
            }
        }
    }
    Ok(out)
}

/// A list whose every item is one short link (a site's menu, "首页 | 机构概况 | 政务公开"):
/// its items as the cells of one row, as a menu reads across the page. Read item by
/// item, each link would be a line of its own that no row test can tell from a
/// filing's one-word lines. Lists of text (a filing's 目标1 / 目标2) stay lines.
fn link_list(list: NodeRef<'_, Node>) -> Option<Vec<String>> {
    let mut items = Vec::new();
    for li in list.children() {
        match li.value() {
            Node::Element(el) if el.name() == "li" => {
                let has_link = li.descendants().any(|n| matches!(n.value(), Node::Element(a) if a.name() == "a"));
                let text = cell_text(li);
                if !has_link || text.is_empty() || text.contains('\n') || text.chars().count() > MENU_ITEM_CHARS {
                    return None;
                }
                items.push(text);
            }
            Node::Text(t) if t.trim_ws().is_empty() => {}
            Node::Comment(_) => {}
            _ => return None,
        }
    }
    (items.len() >= 2).then_some(items)
}

/// A menu item is a word or two ("政务公开", "办事服务"); longer list items are text.
const MENU_ITEM_CHARS: usize = 12;

fn is_table(node: NodeRef<'_, Node>) -> bool {
    matches!(node.value(), Node::Element(el) if el.name() == "table")
}

/// Elements whose content is not shown: scripts, styles and the like, and elements
/// hidden by `hidden` or an inline `display:none` (Word saves its hidden text as
/// `<span style='display:none;mso-hide:all'>`).
fn is_hidden(el: &scraper::node::Element) -> bool {
    matches!(el.name(), "head" | "script" | "style" | "template" | "noscript" | "title")
        || el.attr("hidden").is_some()
        || el.attr("style").is_some_and(|st| {
            st.split(';').any(|decl| {
                let (prop, value) = decl.split_once(':').unwrap_or((decl, ""));
                prop.trim().eq_ignore_ascii_case("display") && value.trim().eq_ignore_ascii_case("none")
            })
        })
}

/// What a form control shows, for pages saved from online forms (a filing system's
/// 填报 page): an `<input>` shows its value attribute, a `<select>` its selected
/// option (the first when none is), not the text of every option. None for other
/// elements, and for controls that show no text of the filing (hidden, password,
/// buttons, check boxes). A `<textarea>` shows its content, which is text already.
fn form_text(node: NodeRef<'_, Node>) -> Option<String> {
    let Node::Element(el) = node.value() else { return None };
    match el.name() {
        "input" => {
            let kind = el.attr("type").unwrap_or("text").trim_ws().to_ascii_lowercase();
            let shows = matches!(
                kind.as_str(),
                "text" | "" | "number" | "date" | "month" | "week" | "time" | "datetime-local" | "email" | "tel" | "url" | "search"
            );
            Some(if shows { el.attr("value").unwrap_or("").to_string() } else { String::new() })
        }
        "select" => {
            let options: Vec<NodeRef<'_, Node>> =
                node.descendants().filter(|n| matches!(n.value(), Node::Element(e) if e.name() == "option")).collect();
            let selected = |n: &NodeRef<'_, Node>| matches!(n.value(), Node::Element(e) if e.attr("selected").is_some());
            let chosen: Vec<NodeRef<'_, Node>> = match options.iter().filter(|n| selected(n)).copied().collect::<Vec<_>>() {
                none if none.is_empty() => options.first().copied().into_iter().collect(),
                some => some,
            };
            let text: Vec<String> = chosen.into_iter().map(cell_text).filter(|t| !t.is_empty()).collect();
            Some(text.join(" "))
        }
        _ => None,
    }
}

/// A square or cube after a unit, as the page shows it: `m<sup>2</sup>` is "m²", not
/// "m2", which no unit table reads as 平方米 ("万m2" is not a unit; "万m²" is). Only a
/// `<sup>` of exactly 2 or 3 right after a unit of one or two Latin letters (m, km,
/// cm, dm) that stands alone (after a digit, CJK, a space or "/"): other superscripts
/// (a footnote mark after a word, "x<sup>n</sup>") stay as they are.
fn power(node: NodeRef<'_, Node>, before: &str) -> Option<String> {
    let Node::Element(el) = node.value() else { return None };
    if el.name() != "sup" {
        return None;
    }
    let text: String = node.descendants().filter_map(|n| n.value().as_text().map(|t| t.to_string())).collect();
    let power = match text.trim_ws() {
        "2" => "²",
        "3" => "³",
        _ => return None,
    };
    let letters = before.chars().rev().take_while(char::is_ascii_alphabetic).count();
    ((1..=2).contains(&letters)).then(|| power.to_string())
}

/// Elements that start a new line of text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "caption"
            | "center"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "pre"
            | "hr"
            | "form"
            | "body"
            | "address"
            | "figure"
            | "figcaption"
            | "main"
            | "nav"
    )
}

/// Append text the way it renders: runs of HTML whitespace become one space.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        let c = if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}' | '\u{A0}') { ' ' } else { c };
        if c == ' ' && (out.is_empty() || out.ends_with([' ', '\n'])) {
            continue;
        }
        out.push(c);
    }
}

struct Walk<'l> {
    out: GridBuilder,
    para: String,
    limits: &'l Limits,
}

impl Walk<'_> {
    fn flush(&mut self) {
        let text = self.para.trim_ws();
        if !text.is_empty() {
            self.out.push_cells(vec![text.to_string()]);
        }
        self.para.clear();
    }

    /// Expand one data table into rows, spans included.
    fn table(&mut self, table: NodeRef<'_, Node>) -> Result<()> {
        let rows: Vec<NodeRef<'_, Node>> =
            table.descendants().filter(|n| matches!(n.value(), Node::Element(el) if el.name() == "tr")).collect();
        let n_rows = rows.len();
        let mut grid: Vec<Vec<Option<String>>> = vec![Vec::new(); n_rows];
        let mut slots = 0usize;
        let mut caption = Vec::new();
        for c in table.children() {
            if matches!(c.value(), Node::Element(el) if el.name() == "caption") {
                caption.push(cell_text(c));
            }
        }
        for (r, tr) in rows.iter().enumerate() {
            let mut col = 0usize;
            for cell in tr.children() {
                let Node::Element(el) = cell.value() else { continue };
                if el.name() != "td" && el.name() != "th" {
                    continue;
                }
                let span = |a: &str, max: usize| el.attr(a).and_then(|v| v.trim_ws().parse::<usize>().ok()).unwrap_or(1).min(max);
                let colspan = span("colspan", MAX_COLSPAN).max(1);
                // rowspan=0 runs to the end of the table; never past the last row.
                let rowspan = match span("rowspan", MAX_ROWSPAN) {
                    0 => n_rows - r,
                    n => n.min(n_rows - r),
                };
                while grid[r].get(col).is_some_and(Option::is_some) {
                    col += 1;
                }
                slots += colspan * rowspan;
                if slots > self.limits.max_cells {
                    return Err(over_limit(FORMAT, "number of cells in a table", self.limits.max_cells as u64));
                }
                let text = cell_text(cell);
                for (dr, row) in grid[r..r + rowspan].iter_mut().enumerate() {
                    if row.len() < col + colspan {
                        row.resize(col + colspan, None);
                    }
                    for (dc, slot) in row[col..col + colspan].iter_mut().enumerate() {
                        *slot = Some(if dr == 0 && dc == 0 { text.clone() } else { String::new() });
                    }
                }
                col += colspan;
            }
        }
        for text in caption.into_iter().filter(|t| !t.is_empty()) {
            self.out.push_cells(vec![text]);
        }
        for row in grid {
            let cells: Vec<String> = row.into_iter().map(Option::unwrap_or_default).collect();
            if cells.iter().any(|c| !c.is_empty()) {
                self.out.push_cells(cells);
            }
        }
        Ok(())
    }
}

/// The text of a cell: `<br>` and block elements (`<p>`, `<div>`) break lines; each
/// line trimmed, empty lines dropped, lines joined with "\n". `<script>`, `<style>` and
/// the like inside a cell (CMS editors and pasted Word HTML leave them there) are not
/// text, as in the page outside tables.
fn cell_text(cell: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    let mut skip: Option<NodeId> = None;
    for edge in cell.traverse() {
        match edge {
            Edge::Open(n) if skip.is_none() => match n.value() {
                Node::Text(t) => push_collapsed(&mut s, t),
                Node::Element(el) if is_hidden(el) => skip = Some(n.id()),
                Node::Element(_) if form_text(n).is_some() || power(n, &s).is_some() => {
                    let shown = form_text(n).or_else(|| power(n, &s)).unwrap_or_default();
                    push_collapsed(&mut s, &shown);
                    skip = Some(n.id());
                }
                Node::Element(el) if el.name() == "br" || (is_block(el.name()) && n.id() != cell.id()) => s.push('\n'),
                _ => {}
            },
            Edge::Open(_) => {}
            Edge::Close(n) if skip == Some(n.id()) => skip = None,
            Edge::Close(n) if skip.is_none() => {
                if let Node::Element(el) = n.value() {
                    if is_block(el.name()) && n.id() != cell.id() {
                        s.push('\n');
                    }
                }
            }
            Edge::Close(_) => {}
        }
    }
    s.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}
