//! Single-thread parse throughput over a folder, stage by stage, bytes already in memory:
//! `cargo run --release --no-default-features --example throughput -- DIR [ROUNDS]`.
use std::time::{Duration, Instant};

/// The allocator the Python extension uses (src/python/mod.rs), which the library
/// already sets when built with its `python` feature.
#[cfg(not(feature = "python"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: throughput DIR [ROUNDS]");
    let rounds: usize = std::env::args().nth(2).map(|s| s.parse().unwrap()).unwrap_or(1);
    let mut files: Vec<Vec<u8>> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    paths.sort();
    for p in paths {
        files.push(std::fs::read(p).unwrap());
    }
    let total: usize = files.iter().map(|f| f.len()).sum();
    let mb = total as f64 / 1e6 * rounds as f64;
    let (mut t_read, mut t_layout, mut t_all) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    // JIXIAO_PARSE_ONLY=1: skip the per-stage timing (for profiles of parse_bytes alone).
    let parse_only = std::env::var_os("JIXIAO_PARSE_ONLY").is_some();
    // JIXIAO_DUMP=FILE: every filing as a JSON line, to check an optimisation changed nothing.
    let mut dump = std::env::var_os("JIXIAO_DUMP").map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    let opts = jixiao::ParseOptions::default();
    let mut indicators = 0usize;
    // JIXIAO_TABLES=N: also build the four Arrow tables, N filings at a time (a batch
    // read does it per 64), and keep them as a read does, to count what table building
    // costs beside parsing. (1 means 64.)
    let group: usize = std::env::var("JIXIAO_TABLES").ok().and_then(|v| v.parse().ok()).map_or(0, |n: usize| if n == 1 { 64 } else { n });
    let tables = group > 0;
    let (mut step, mut t_tables, mut kept) = (Vec::new(), Duration::ZERO, Vec::new());
    for _ in 0..rounds {
        for b in &files {
            if !parse_only {
                let t = Instant::now();
                let loaded = jixiao::read::load(b, None, None).unwrap();
                t_read += t.elapsed();
                let t = Instant::now();
                let layout = jixiao::layout::lay_out(&loaded.grid);
                t_layout += t.elapsed();
                std::hint::black_box(layout);
            }
            let t = Instant::now();
            let f = jixiao::parse_bytes(b, &opts).unwrap();
            t_all += t.elapsed();
            indicators += f.projects.iter().map(|p| p.indicators.len()).sum::<usize>();
            if let Some(w) = dump.as_mut() {
                use std::io::Write;
                writeln!(w, "{}", serde_json::to_string(&f).unwrap()).unwrap();
            }
            if tables {
                step.push(jixiao::batch::FilingRecord { source: String::new(), result: Ok(f) });
                if step.len() == group {
                    let t = Instant::now();
                    kept.push(jixiao::export::tables(&step, 0).unwrap());
                    step.clear();
                    t_tables += t.elapsed();
                }
            }
        }
    }
    let rate = |d: Duration| mb / d.as_secs_f64();
    println!("{} files, {:.1} MB x{rounds}, {indicators} indicators", files.len(), total as f64 / 1e6);
    println!("read   {:>8.3} s  {:>7.1} MB/s", t_read.as_secs_f64(), rate(t_read));
    println!("layout {:>8.3} s  {:>7.1} MB/s", t_layout.as_secs_f64(), rate(t_layout));
    println!("all    {:>8.3} s  {:>7.1} MB/s", t_all.as_secs_f64(), rate(t_all));
    if tables {
        println!("tables {:>8.3} s  {:>7.1} MB/s ({} groups kept)", t_tables.as_secs_f64(), rate(t_tables), kept.len());
    }
}
