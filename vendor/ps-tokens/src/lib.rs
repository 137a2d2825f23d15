//! The PostScript tokens of a CMap or of a Type 1 font's clear-text header.
//!
//! Written by hand for jixiao, to replace the `pom` parser combinators under
//! `adobe-cmap-parser` and `type1-encoding-parser`: those rebuilt a tree of boxed
//! closures for every nested value and allocated at every backtrack, and were a fifth of
//! the instructions of reading a PDF. A tokenizer is a loop over bytes; the grammar is
//! small and fixed (PDF 32000-1 §7.2–7.3, the Adobe CMap and Type 1 specifications).
//!
//! Where the old grammar failed, it stopped and kept the values read so far; so does
//! this, so a CMap with a stray byte still maps the characters before it. It is more
//! lenient in three places, all within the specifications: comments may appear between
//! any two tokens, white space inside a hex string is skipped and an odd last digit
//! reads as followed by 0, and "1.5" is one real (the old grammar read the integer 1
//! and then the real ".5").

use std::collections::HashMap;

/// The values a parser builds from tokens; each crate keeps its own `Value` enum.
pub trait Build: Sized {
    fn boolean(b: bool) -> Self;
    fn integer(i: i64) -> Self;
    /// A real, or an integer too large for i64, as printed.
    fn number(s: String) -> Self;
    fn name(n: Vec<u8>) -> Self;
    fn operator(o: String) -> Self;
    /// A literal `( )` or hex `< >` string's bytes.
    fn string(s: Vec<u8>) -> Self;
    fn array(v: Vec<Self>) -> Self;
    fn dictionary(d: HashMap<String, Self>) -> Self;
    /// A `{ }` procedure; None where the grammar has none (CMaps), which ends the input.
    fn procedure(v: Vec<Self>) -> Option<Self>;
}

/// Every value of `input` in order, up to the first byte that opens no value (binary
/// data, a stray delimiter) or, when given, up to and including the operator `stop`.
pub fn values<V: Build>(input: &[u8], stop: Option<&str>) -> Vec<V> {
    let mut lx = Lexer { b: input, i: 0 };
    let mut out = Vec::new();
    while let Some(v) = lx.value::<V>(0) {
        let done = matches!(&v, Item::Op(o) if Some(o.as_str()) == stop);
        out.push(v.into_value());
        if done {
            break;
        }
    }
    out
}

/// Nesting deeper than this is no font data; stop rather than recurse without bound.
const MAX_DEPTH: usize = 64;

struct Lexer<'a> {
    b: &'a [u8],
    i: usize,
}

/// A value, with operators kept apart so the caller can see `stop`.
enum Item<V> {
    Op(String),
    Value(V),
}

impl<V: Build> Item<V> {
    fn into_value(self) -> V {
        match self {
            Item::Op(o) => V::operator(o),
            Item::Value(v) => v,
        }
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | 0)
}

fn is_delimiter(c: u8) -> bool {
    matches!(c, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

fn is_operator_char(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"')
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// White space and comments.
    fn skip(&mut self) {
        while let Some(c) = self.peek() {
            if is_space(c) {
                self.i += 1;
            } else if c == b'%' {
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    /// A regular token's bytes: up to white space or a delimiter.
    fn word(&mut self) -> &[u8] {
        let start = self.i;
        while self.peek().is_some_and(|c| !is_space(c) && !is_delimiter(c)) {
            self.i += 1;
        }
        &self.b[start..self.i]
    }

    fn value<V: Build>(&mut self, depth: usize) -> Option<Item<V>> {
        self.skip();
        let c = self.peek()?;
        if depth > MAX_DEPTH {
            return None;
        }
        let v = match c {
            b'/' => {
                self.i += 1;
                V::name(self.name())
            }
            b'(' => {
                self.i += 1;
                V::string(self.literal()?)
            }
            b'<' if self.b.get(self.i + 1) == Some(&b'<') => {
                self.i += 2;
                V::dictionary(self.dictionary(depth)?)
            }
            b'<' => {
                self.i += 1;
                V::string(self.hex_string()?)
            }
            b'[' => {
                self.i += 1;
                V::array(self.sequence(b']', depth)?)
            }
            b'{' => {
                self.i += 1;
                V::procedure(self.sequence(b'}', depth)?)?
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number()?,
            c if is_operator_char(c) => {
                // Operators are runs of letters (and * ' "): "d0" is `d` then 0.
                let start = self.i;
                while self.peek().is_some_and(is_operator_char) {
                    self.i += 1;
                }
                match &self.b[start..self.i] {
                    b"true" => V::boolean(true),
                    b"false" => V::boolean(false),
                    w => return Some(Item::Op(String::from_utf8_lossy(w).into_owned())),
                }
            }
            _ => return None,
        };
        Some(Item::Value(v))
    }

    /// A name after its `/`, with `#xx` escapes decoded.
    fn name(&mut self) -> Vec<u8> {
        let w = self.word();
        let mut out = Vec::with_capacity(w.len());
        let mut k = 0;
        while k < w.len() {
            match (w[k], w.get(k + 1).copied().and_then(hex), w.get(k + 2).copied().and_then(hex)) {
                (b'#', Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    k += 3;
                }
                (c, _, _) => {
                    out.push(c);
                    k += 1;
                }
            }
        }
        out
    }

    /// An integer, or a real (or an integer beyond i64) kept as printed: a sign, digits,
    /// and a point with more digits, ending where they end ("12abc" is 12 then `abc`).
    fn number<V: Build>(&mut self) -> Option<V> {
        let start = self.i;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.i += 1;
        }
        let int = self.digits();
        let frac = if self.peek() == Some(b'.') {
            self.i += 1;
            Some(self.digits())
        } else {
            None
        };
        let s = std::str::from_utf8(&self.b[start..self.i]).ok()?;
        match frac {
            None if int > 0 => Some(s.parse::<i64>().map_or_else(|_| V::number(s.to_string()), V::integer)),
            Some(f) if int + f > 0 => Some(V::number(s.to_string())),
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        self.i - start
    }

    /// A literal string after its `(`: balanced parentheses, backslash escapes.
    fn literal(&mut self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut open = 1usize;
        loop {
            let c = self.peek()?;
            self.i += 1;
            match c {
                b'(' => open += 1,
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Some(out);
                    }
                }
                b'\\' => {
                    let e = self.peek()?;
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(b'\x08'),
                        b'f' => out.push(b'\x0C'),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        // A backslash before a line break continues the line.
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.i += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                    continue;
                }
                _ => {}
            }
            out.push(c);
        }
    }

    /// A hex string after its `<`.
    fn hex_string(&mut self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        loop {
            let c = self.peek()?;
            self.i += 1;
            if c == b'>' {
                if let Some(h) = high {
                    out.push(h << 4);
                }
                return Some(out);
            }
            if is_space(c) {
                continue;
            }
            let d = hex(c)?;
            match high.take() {
                Some(h) => out.push(h << 4 | d),
                None => high = Some(d),
            }
        }
    }

    /// Values up to `close`, which is consumed.
    fn sequence<V: Build>(&mut self, close: u8, depth: usize) -> Option<Vec<V>> {
        let mut out = Vec::new();
        loop {
            self.skip();
            if self.peek()? == close {
                self.i += 1;
                return Some(out);
            }
            out.push(self.value::<V>(depth + 1)?.into_value());
        }
    }

    /// A dictionary after its `<<`: name and value pairs up to `>>`.
    fn dictionary<V: Build>(&mut self, depth: usize) -> Option<HashMap<String, V>> {
        let mut out = HashMap::new();
        loop {
            self.skip();
            match self.peek()? {
                b'>' if self.b.get(self.i + 1) == Some(&b'>') => {
                    self.i += 2;
                    return Some(out);
                }
                b'/' => {
                    self.i += 1;
                    let key = String::from_utf8(self.name()).ok()?;
                    let v = self.value::<V>(depth + 1)?.into_value();
                    out.insert(key, v);
                }
                _ => return None,
            }
        }
    }
}
