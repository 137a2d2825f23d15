//! MHT ("single file web page", RFC 2557): a web page and its images as one MIME
//! message. Word writes an HTML altChunk this way (`afchunk.mht`): MIME headers, a
//! `multipart/related` body whose first `text/html` part is the page, in
//! quoted-printable or base64. `docx_chunks` hands the page to the HTML reader.
//!
//! Only what a page needs is read: the headers of each part (folded lines joined),
//! the boundary, the transfer encoding and the charset. Images and other parts are
//! skipped. Decoding never grows the bytes (both encodings shrink them), so the page
//! costs no more than the chunk already counted against the package's inflate
//! budget; nested multiparts stop at [`MAX_NESTING`].

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

/// A multipart in a multipart is read to this depth (Word writes one level).
const MAX_NESTING: usize = 4;

/// A MIME message: its first lines are headers, among them MIME-Version or a
/// multipart Content-Type. Asked of chunks whose name does not say .mht.
pub(super) fn looks_like_mht(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 4096)];
    let head = split_head(head).0.to_ascii_lowercase();
    let header_like = head.iter().take_while(|&&b| b != b':').all(|&b| b.is_ascii_alphanumeric() || b == b'-');
    header_like
        && !head.is_empty()
        && head.split(|&b| b == b'\n').any(|l| l.starts_with(b"mime-version:") || l.starts_with(b"content-type: multipart/"))
}

/// A page's bytes and the charset its part names.
type Page = (Vec<u8>, Option<String>);

/// The first `text/html` part, decoded, with the charset its Content-Type names (None
/// for none or US-ASCII, which Word writes over pages in GBK: the page's own `<meta>`
/// then decides). Err says why the page could not be had.
pub(super) fn first_html(bytes: &[u8]) -> Result<Page, String> {
    find_html(bytes, 0)?.ok_or_else(|| "no text/html part".to_string())
}

fn find_html(part: &[u8], depth: usize) -> Result<Option<Page>, String> {
    let (head, body) = split_head(part);
    let headers = headers(head);
    let get = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let ctype = get("content-type").unwrap_or("text/plain");
    let mime = ctype.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if mime.starts_with("multipart/") {
        if depth >= MAX_NESTING {
            return Err("multiparts nested too deep".into());
        }
        let boundary = param(ctype, "boundary").filter(|b| !b.is_empty()).ok_or("a multipart without a boundary")?;
        for sub in parts(body, boundary.as_bytes()) {
            if let Some(found) = find_html(sub, depth + 1)? {
                return Ok(Some(found));
            }
        }
        return Ok(None);
    }
    if mime != "text/html" {
        return Ok(None);
    }
    let page = match get("content-transfer-encoding").map(|e| e.trim().to_ascii_lowercase()).as_deref() {
        Some("quoted-printable") => quoted_printable(body),
        Some("base64") => base64_decode(body)?,
        None | Some("7bit" | "8bit" | "binary") => body.to_vec(),
        Some(other) => return Err(format!("the page's transfer encoding {other:?} is not read")),
    };
    let charset = param(ctype, "charset").filter(|c| !c.eq_ignore_ascii_case("us-ascii"));
    Ok(Some((page, charset)))
}

/// Headers and body, split at the first empty line (CRLF or LF). A part with no empty
/// line is all headers.
fn split_head(part: &[u8]) -> (&[u8], &[u8]) {
    let crlf = memchr::memmem::find(part, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(part, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => {
            let (end, body) = if a.0 < b.0 { a } else { b };
            (&part[..end], &part[body..])
        }
        (Some((end, body)), None) | (None, Some((end, body))) => (&part[..end], &part[body..]),
        (None, None) => (part, &[]),
    }
}

/// (lower-case name, value) of each header; a line that starts with white space goes
/// on the header before (RFC 5322 folding).
fn headers(head: &[u8]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in String::from_utf8_lossy(head).lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = out.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    out
}

/// A parameter of a header value (`boundary="----=_NextPart"`), quotes removed.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        key.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// The parts of a multipart body: what lies between lines that start with
/// `--boundary`, up to the closing `--boundary--` (RFC 2046 §5.1.1). The preamble
/// before the first is not a part; the line break before each delimiter belongs to
/// the delimiter.
fn parts<'a>(body: &'a [u8], boundary: &[u8]) -> Vec<&'a [u8]> {
    let delimiter = [b"--", boundary].concat();
    let mut starts = memchr::memmem::find_iter(body, &delimiter).filter(|&i| i == 0 || body[i - 1] == b'\n');
    let mut out = Vec::new();
    let Some(mut at) = starts.next() else { return out };
    loop {
        let after = at + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        let Some(eol) = memchr::memchr(b'\n', &body[after..]) else { break };
        let from = after + eol + 1;
        let next = starts.find(|&i| i >= from);
        let to = next.unwrap_or(body.len());
        let part = &body[from..to];
        let part = part.strip_suffix(b"\n").map_or(part, |p| p.strip_suffix(b"\r").unwrap_or(p));
        out.push(part);
        match next {
            Some(n) => at = n,
            None => break,
        }
    }
    out
}

/// Quoted-printable (RFC 2045 §6.7): `=XX` is a byte, `=` at the end of a line joins
/// it to the next, anything else is itself (a stray `=` too, as mail readers keep
/// it). By hand: no crate for it is in the tree, and Word's parts need only these
/// two rules, a dozen lines.
fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let hex = |b: Option<&u8>| b.and_then(|&b| char::from(b).to_digit(16)).map(|d| d as u8);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'=' {
            let rest = &body[i + 1..];
            let soft = [&b"\r\n"[..], b"\n"].into_iter().find(|eol| rest.starts_with(eol));
            if let Some(eol) = soft {
                i += 1 + eol.len();
                continue;
            }
            if let (Some(hi), Some(lo)) = (hex(rest.first()), hex(rest.get(1))) {
                out.push(hi << 4 | lo);
                i += 3;
                continue;
            }
        }
        out.push(body[i]);
        i += 1;
    }
    out
}

/// Base64 over lines of any length: the line breaks go, padding may be missing.
/// With the `base64` crate, already in the tree (it is what Arrow's casts use).
fn base64_decode(body: &[u8]) -> Result<Vec<u8>, String> {
    let clean: Vec<u8> = body.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    let engine = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    engine.decode(clean).map_err(|e| format!("the page's base64 is broken: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_decodes_bytes_and_joins_soft_breaks() {
        assert_eq!(quoted_printable(b"a=3D1 =E9=A1=B9=\r\n=E7=9B=AE=\nb = c=4"), "a=1 项目b = c=4".as_bytes());
    }

    #[test]
    fn parts_split_at_delimiter_lines_only() {
        let body = b"preamble --b not a line\r\n--b\r\nA: 1\r\n\r\none\r\n--b\nB: 2\n\ntwo --b\n--b--\r\nepilogue";
        assert_eq!(parts(body, b"b"), [&b"A: 1\r\n\r\none"[..], b"B: 2\n\ntwo --b"]);
        assert!(parts(b"no delimiter", b"b").is_empty());
        assert!(parts(b"--b", b"b").is_empty(), "a delimiter with no line after it");
    }

    #[test]
    fn headers_fold_and_params_unquote() {
        let h = headers(b"Content-Type: multipart/related;\r\n\tboundary=\"x y\"; type=\"text/html\"");
        assert_eq!(h[0].0, "content-type");
        assert_eq!(param(&h[0].1, "boundary").as_deref(), Some("x y"));
        assert!(looks_like_mht(b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"));
        assert!(!looks_like_mht(b"<html>MIME-Version: 1.0</html>"));
        assert!(!looks_like_mht("项目名称: x\nmime-version: 1".as_bytes()), "not a header name");
    }
}
