//! Print one filing as JSON: `cargo run --example dump -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    match jixiao::parse_path(std::path::Path::new(&path), &jixiao::ParseOptions::default()) {
        Ok(f) => println!("{}", serde_json::to_string_pretty(&f).unwrap()),
        Err(e) => eprintln!("error: {e}"),
    }
}
