//! Print the cell grid of one file: `cargo run --release --example grid -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: grid FILE");
    let bytes = std::fs::read(&path).unwrap();
    let loaded = jixiao::read::load(&bytes, None, None).unwrap();
    println!("style {:?}", loaded.grid.style);
    for (i, r) in loaded.grid.rows.iter().enumerate() {
        println!("{i:4} {}", r.cells.iter().map(|c| format!("[{}]{}", c.col, c.text)).collect::<Vec<_>>().join(" | "));
    }
}
