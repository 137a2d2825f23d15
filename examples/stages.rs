//! Time the stages on one file: `cargo run --release --example stages -- FILE`.
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let bytes = std::fs::read(&path).unwrap();
    let t = Instant::now();
    let loaded = jixiao::read::load(&bytes, None, None).unwrap();
    let t_read = t.elapsed();
    let t = Instant::now();
    let layout = jixiao::layout::lay_out(&loaded.grid);
    let t_layout = t.elapsed();
    let t = Instant::now();
    let f = jixiao::parse_bytes(&bytes, &jixiao::ParseOptions::default()).unwrap();
    let t_all = t.elapsed();
    println!(
        "read {t_read:?} layout {t_layout:?} all {t_all:?} rows {} projects {} diags {}",
        loaded.grid.rows.len(),
        layout.projects.len(),
        f.diagnostics.len()
    );
}
