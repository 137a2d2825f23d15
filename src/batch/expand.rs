//! Turning what a user typed (files, folders, glob patterns) into a list of files.
//!
//! A small glob matcher of our own instead of the `glob` crate: we need only `*`, `?`,
//! `**` and `[...]`, and we want folders matched by a pattern to be walked the same way
//! as a folder given directly (the `glob` crate returns the folder itself).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Expand inputs into files, in the order given, duplicates dropped (first kept).
///
/// * a file is taken as it is;
/// * a folder is walked recursively, files sorted by path, hidden entries (".name")
///   skipped; every regular file is taken — the readers decide what they can read;
/// * a pattern with `*`, `?`, `**` or `[...]` (and no file of that literal name) is
///   matched against the file tree; a folder it matches is walked like a folder; a
///   pattern matching nothing adds nothing;
/// * a zip archive (by its `.zip` name; not a DOCX/XLSX) found in any of these ways
///   stands for its members, as a folder does: `bundle.zip/表1.pdf`, in archive order;
/// * anything else (a missing file) is kept, so that it becomes an error row.
pub fn expand(inputs: &[String]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for input in inputs {
        let path = PathBuf::from(input);
        let mut found = Vec::new();
        // `metadata` follows a symlink given explicitly: the user named it.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, &mut found)?,
            Ok(_) => found.push(path),
            Err(_) if is_pattern(input) => glob(input, &mut found)?,
            Err(_) => found.push(path),
        }
        for p in found {
            // Only files named .zip are opened here, so that a folder of thousands of
            // filings costs no extra open each; a zip by another name is still told by
            // its bytes when read, with an error that says what to do.
            let members = if is_zip_name(&p) { crate::read::archive::member_paths(&p) } else { None };
            for p in members.unwrap_or_else(|| vec![p]) {
                if seen.insert(p.clone()) {
                    out.push(p);
                }
            }
        }
    }
    Ok(out)
}

fn is_zip_name(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

fn is_pattern(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn io_err(path: &Path, source: std::io::Error) -> Error {
    Error::Io { path: path.to_path_buf(), source }
}

/// Entries of one folder, sorted by name, hidden ones left out.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io_err(dir, e))? {
        let entry = entry.map_err(|e| io_err(dir, e))?;
        if !is_hidden(&entry.file_name()) {
            names.push(entry.path());
        }
    }
    names.sort();
    Ok(names)
}

/// What an entry is, for walking. Symlinked files are followed; symlinked folders are
/// not (a link back up the tree would make the walk endless).
fn kind(path: &Path) -> Option<bool> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if meta.is_dir() {
        return Some(true);
    }
    if meta.file_type().is_symlink() {
        return std::fs::metadata(path).ok().filter(|m| m.is_file()).map(|_| false);
    }
    meta.is_file().then_some(false)
}

/// Every regular file under `dir`, depth first, sorted by path at each level (which
/// is the same as sorting the whole list by path component-wise).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    for path in entries(dir)? {
        match kind(&path) {
            Some(true) => walk(&path, out)?,
            Some(false) => out.push(path),
            None => {}
        }
    }
    Ok(())
}

fn glob(pattern: &str, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    // Split into the literal folder the pattern starts from and the pattern segments.
    let absolute = pattern.starts_with('/');
    let mut base = PathBuf::from(if absolute { "/" } else { "." });
    let mut segs: Vec<&str> = pattern.split(['/', std::path::MAIN_SEPARATOR]).filter(|s| !s.is_empty()).collect();
    let literal = segs.iter().take_while(|s| !is_pattern(s)).count();
    for s in segs.drain(..literal) {
        base.push(s);
    }
    if !base.is_dir() {
        return Ok(());
    }
    let mut found = Vec::new();
    glob_in(&base, &segs, &mut found)?;
    // A relative pattern should give paths as the user would write them: "a/b.txt",
    // not "./a/b.txt".
    if !absolute {
        for p in &mut found {
            if let Ok(rest) = p.strip_prefix(".") {
                *p = rest.to_path_buf();
            }
        }
    }
    found.sort();
    found.dedup();
    out.extend(found);
    Ok(())
}

fn glob_in(dir: &Path, segs: &[&str], out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let Some((first, rest)) = segs.split_first() else {
        return walk(dir, out);
    };
    if *first == "**" {
        if rest.is_empty() {
            return walk(dir, out);
        }
        // Zero folders, then one or more.
        glob_in(dir, rest, out)?;
        for path in entries(dir)? {
            if kind(&path) == Some(true) {
                glob_in(&path, segs, out)?;
            }
        }
        return Ok(());
    }
    let entries = if first.starts_with('.') { all_entries(dir)? } else { entries(dir)? };
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if !matches(first, &name) {
            continue;
        }
        match kind(&path) {
            Some(true) => glob_in(&path, rest, out)?,
            Some(false) if rest.is_empty() => out.push(path),
            _ => {}
        }
    }
    Ok(())
}

/// Like [`entries`] but with hidden ones: a segment that starts with "." asks for them.
fn all_entries(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir).map_err(|e| io_err(dir, e))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    names.sort();
    Ok(names)
}

/// Match one path segment against one pattern segment: `*` any run, `?` one
/// character, `[abc]`, `[a-z]`, `[!x]`/`[^x]` one character of (not of) a set.
pub fn matches(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni) = (0, 0);
    // Where to resume after the last `*`: (pattern index after it, name index).
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        let step = match p.get(pi) {
            Some('*') => {
                star = Some((pi + 1, ni));
                pi += 1;
                continue;
            }
            Some('?') => Some(pi + 1),
            Some('[') => class(&p, pi, n[ni]),
            Some(c) if *c == n[ni] => Some(pi + 1),
            _ => None,
        };
        match (step, star) {
            (Some(next), _) => {
                pi = next;
                ni += 1;
            }
            (None, Some((sp, sn))) => {
                // Let the last `*` swallow one more character and retry.
                pi = sp;
                ni = sn + 1;
                star = Some((sp, sn + 1));
            }
            (None, None) => return false,
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// A `[...]` class at `p[start]`: the index after it when `c` matches, else None. An
/// unclosed `[` is a literal.
fn class(p: &[char], start: usize, c: char) -> Option<usize> {
    let Some(len) = p[start + 1..].iter().skip(1).position(|x| *x == ']').map(|i| i + 2) else {
        return (c == '[').then_some(start + 1);
    };
    let end = start + len; // index of the closing ']'
    let mut i = start + 1;
    let negate = matches!(p[i], '!' | '^');
    if negate {
        i += 1;
    }
    let mut hit = false;
    while i < end {
        if i + 2 < end && p[i + 1] == '-' {
            hit |= p[i] <= c && c <= p[i + 2];
            i += 3;
        } else {
            hit |= p[i] == c;
            i += 1;
        }
    }
    (hit != negate).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn segment_matching() {
        assert!(matches("*.txt", "a.txt"));
        assert!(matches("*", "a.txt"));
        assert!(!matches("*.txt", "a.docx"));
        assert!(matches("a?c", "abc"));
        assert!(!matches("a?c", "ac"));
        assert!(matches("[0-9]*_x", "00_x"));
        assert!(!matches("[!0-9]*", "0a"));
        assert!(matches("[^0-9]*", "a0"));
        assert!(matches("*年*", "2023年度.txt"));
        assert!(matches("a*b*c", "axxbyyc"));
        assert!(!matches("a*b*c", "axxbyy"));
        assert!(matches("[]]", "]"));
        assert!(matches("x[", "x["));
    }
}
