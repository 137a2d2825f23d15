//! Hidden text set by a style rather than on the run: a `w:style` in styles.xml whose
//! run properties hold `w:vanish` (or `w:specVanish`), applied by `w:rStyle` (a
//! character style) or `w:pStyle` (a paragraph style's run properties), directly or
//! through its `w:basedOn` chain. Templates hide their 填表说明 this way; the text is
//! left out as Word prints it and said, as run-level hidden text is (`hidden_text`).
//!
//! Nearly no document hides by style: styles.xml is read only once the document names
//! a style (`load_within`), parsed only when its bytes hold "anish" at all, and
//! the walk looks a style up only when one hides or shows.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::docx::attr;
use super::zip_limits::{self, Archive, Capped};
use super::{Format, Limits};
use crate::error::Result;

/// Links of a basedOn chain followed: Word nests a few; a chain that loops or runs
/// deeper is cut here.
const MAX_CHAIN: usize = 16;

/// Style id → whether runs in it are hidden, for the styles that say either way
/// (themselves or through what they are based on). Empty when no style says.
#[derive(Debug, Default)]
pub(super) struct Styles(HashMap<String, bool>);

impl Styles {
    /// Whether the style named by a w:rStyle or w:pStyle hides text (None: it does not say).
    pub(super) fn vanish(&self, e: &quick_xml::events::BytesStart<'_>) -> Option<bool> {
        if self.0.is_empty() {
            return None;
        }
        attr(e, "val").and_then(|id| self.0.get(&id).copied())
    }
}

/// The styles part next to `main` (word/styles.xml, where every writer puts it), read
/// within the package's inflate budget; a missing or broken one hides nothing.
fn load(zip: &mut Archive<'_>, main: &str, limits: &Limits, budget: &mut u64) -> Result<Styles> {
    let name = match main.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/styles.xml"),
        None => "styles.xml".to_string(),
    };
    let Some(xml) = zip_limits::read_member(zip, &name, Format::Docx, limits, budget)? else { return Ok(Styles::default()) };
    if memchr::memmem::find(&xml, b"anish").is_none() {
        return Ok(Styles::default());
    }
    Ok(resolve(&parse(&xml)))
}

/// The styles, read the first time a paragraph or run of the document names one: most
/// documents never do, and a styles.xml can be larger than the document. Within what
/// is left of the budget the document's stream reads under (`capped`), and spent from it.
pub(super) fn load_within<R: std::io::Read>(zip: &mut Archive<'_>, main: &str, limits: &Limits, capped: &mut Capped<R>) -> Result<Styles> {
    let mut left = capped.left();
    let styles = load(zip, main, limits, &mut left)?;
    capped.spend(capped.left() - left);
    Ok(styles)
}

/// One w:style as written: (basedOn, its own vanish).
type Written = HashMap<String, (Option<String>, Option<bool>)>;

fn parse(xml: &[u8]) -> Written {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Written::new();
    // The style being read, and how deep inside it the reader is in w:rPr (its own run
    // properties, not a table style's conditional w:tblStylePr).
    let mut style: Option<(String, Option<String>, Option<bool>)> = None;
    let (mut in_rpr, mut in_conditional) = (false, false);
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        let (e, start) = match &ev {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(e) => {
                match e.local_name().as_ref() {
                    "style" => {
                        if let Some((id, based, vanish)) = style.take() {
                            out.insert(id, (based, vanish));
                        }
                    }
                    "rPr" => in_rpr = false,
                    "tblStylePr" => in_conditional = false,
                    _ => {}
                }
                buf.clear();
                continue;
            }
            Event::Eof => break,
            _ => {
                buf.clear();
                continue;
            }
        };
        match e.local_name().as_ref() {
            "style" if start => style = Some((attr(e, "styleId").unwrap_or_default(), None, None)),
            "basedOn" => {
                if let Some(s) = style.as_mut() {
                    s.1 = attr(e, "val");
                }
            }
            "rPr" if start => in_rpr = true,
            "tblStylePr" if start => in_conditional = true,
            "vanish" | "specVanish" if in_rpr && !in_conditional => {
                if let Some(s) = style.as_mut() {
                    s.2 = Some(attr(e, "val").is_none_or(|v| v != "0" && v != "false"));
                }
            }
            _ => {}
        }
        buf.clear();
    }
    out
}

/// Each style's vanish: its own, else the nearest one up its basedOn chain (at most
/// [`MAX_CHAIN`] links, so a loop ends). Styles that say nothing are left out, and if
/// none hides, all are: then nothing needs looking up.
fn resolve(written: &Written) -> Styles {
    let mut out = HashMap::new();
    for id in written.keys() {
        let mut at = Some(id);
        for _ in 0..MAX_CHAIN {
            let Some((based, vanish)) = at.and_then(|id| written.get(id)) else { break };
            if let Some(v) = vanish {
                out.insert(id.clone(), *v);
                break;
            }
            at = based.as_ref();
        }
    }
    if !out.values().any(|&v| v) {
        out.clear();
    }
    Styles(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vanish_follows_based_on_chains_and_loops_end() {
        let xml = br#"<w:styles xmlns:w="w">
            <w:style w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style>
            <w:style w:styleId="SubNote"><w:basedOn w:val="Note"/></w:style>
            <w:style w:styleId="Shown"><w:basedOn w:val="Note"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>
            <w:style w:styleId="A"><w:basedOn w:val="B"/></w:style>
            <w:style w:styleId="B"><w:basedOn w:val="A"/></w:style>
            <w:style w:styleId="Grid"><w:tblStylePr w:type="firstRow"><w:rPr><w:vanish/></w:rPr></w:tblStylePr></w:style>
        </w:styles>"#;
        let styles = resolve(&parse(xml));
        let get = |id: &str| styles.0.get(id).copied();
        assert_eq!((get("Note"), get("SubNote"), get("Shown")), (Some(true), Some(true), Some(false)));
        assert_eq!((get("A"), get("B"), get("Grid")), (None, None, None));
        let none = resolve(&parse(
            br#"<w:styles xmlns:w="w"><w:style w:styleId="X"><w:rPr><w:vanish w:val="false"/></w:rPr></w:style></w:styles>"#,
        ));
        assert!(none.0.is_empty());
    }
}
