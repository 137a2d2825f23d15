// jixiao patch: a vendored copy; its own lints are not ours to fix.
#![allow(warnings, clippy::all)]

extern crate ps_tokens;

use std::collections::HashMap;


#[derive(Debug)]
pub enum Value {
    LiteralString(Vec<u8>),
    Name(Vec<u8>),
    Number(String),
    Integer(i64),
    Array(Vec<Value>),
    Procedure(Vec<Value>),
    Operator(String),
    Boolean(bool),
    Dictionary(HashMap<String, Value>),
}

// jixiao patch: values come from jixiao's hand-written tokenizer (vendor/ps-tokens)
// instead of pom's parser combinators; see JIXIAO_PATCH.md.
impl ps_tokens::Build for Value {
    fn boolean(b: bool) -> Self { Value::Boolean(b) }
    fn integer(i: i64) -> Self { Value::Integer(i) }
    fn number(s: String) -> Self { Value::Number(s) }
    fn name(n: Vec<u8>) -> Self { Value::Name(n) }
    fn operator(o: String) -> Self { Value::Operator(o) }
    fn string(s: Vec<u8>) -> Self { Value::LiteralString(s) }
    fn array(v: Vec<Self>) -> Self { Value::Array(v) }
    fn dictionary(d: HashMap<String, Self>) -> Self { Value::Dictionary(d) }
    fn procedure(v: Vec<Self>) -> Option<Self> { Some(Value::Procedure(v)) }
}

/// The values of a CMap or font header, up to the first byte that opens none.
/// The encoding is in the clear-text part: the encrypted rest after `eexec` is not read.
/// jixiao patch: never fails, so an empty or unreadable stream gives an empty map instead
/// of the panic in `expect("failed to parse")` below.
pub fn parse(input: &[u8]) -> Result<Vec<Value>, &'static str> {
    Ok(ps_tokens::values(input, Some("eexec")))
}


pub fn get_encoding_map(input: &[u8]) -> Result<HashMap<u32, Vec<u8>>, &'static str> {
    let lexed = parse(&input).expect("failed to parse");

    let mut i = 0;
    let mut map = HashMap::new();
    while i < lexed.len() {
        match lexed[i] {
            Value::Operator(ref o) => {
                match o.as_ref() {
                    "array" => {
                        let count = if let &Value::Integer(ref c) = &lexed[i-1] { Ok(*c) } else { Err("array expected int") }?;
                        let name = if let &Value::Name(ref n) = &lexed[i-2] { Ok(n) } else { Err("expected name") }?;
                        i += 1;
                        if name == b"Encoding" {
                            while i < lexed.len() {
                                match lexed[i] {
                                    Value::Operator(ref o) => {
                                        match o.as_ref() {
                                            "put" => {
                                                let name = if let &Value::Name(ref n) = &lexed[i-1] { Ok(n) } else { Err("expected name") }?;
                                                let id = if let &Value::Integer(ref c) = &lexed[i-2] { Ok(*c) } else { Err("array expected int") }?;
                                                map.insert(id as u32, name.clone());
                                            }
                                            "def" => {
                                                break;
                                            }
                                            _ => {}
                                        }
                                    }
                                    _ => {}
                                }
                                i += 1;
                            }
                        }
                    }
                    _ => { i += 1; }
                }

            }
            _ => { i += 1; }
        }
    }
    Ok(map)

}


#[cfg(test)]
mod tests {
    use parse;
    use std::fs::File;
    use std::io::BufReader;
    use std::io::Read;

    fn do_parse(input: &[u8]) {
        let result = parse(input).unwrap();
    }
    #[test]
    fn it_works() {
        let comments = b"%foo\n%foo\ntrue";
        do_parse(comments);

        let comments_with_space_inbetween = b"%foo\n\n%foo\ntrue";
        do_parse(comments_with_space_inbetween);

    }
}
