//! A lower bound for any design of the parser: the time to decode each file, cut it
//! into borrowed cells, normalise each cell's key and ask one hash table per cell —
//! the least a one-pass, one-lookup-per-cell parser would still do, with no layout
//! decision, no target grammar, no rule and no record built. Stage by stage, one
//! thread, bytes already in memory:
//! `cargo run --release --no-default-features --example floor -- DIR [ROUNDS]`.
//!
//! Issue 4 asks for 100 MB/s per core; this says how much of a core's time the floor
//! alone takes at that rate.
use std::hint::black_box;
use std::time::Instant;

use rustc_hash::FxHashMap;

#[cfg(not(feature = "python"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Cells as the text readers cut them: tabs or `|`, else runs of two or more spaces
/// (memchr for the separators, as a tuned reader would).
fn for_cells(line: &str, mut f: impl FnMut(&str)) {
    let b = line.as_bytes();
    if memchr::memchr2(b'\t', b'|', b).is_some() {
        let mut start = 0;
        for i in memchr::memchr2_iter(b'\t', b'|', b).chain(std::iter::once(b.len())) {
            let c = line[start..i].trim();
            if !c.is_empty() {
                f(c);
            }
            start = i + 1;
        }
    } else {
        line.split("  ").map(str::trim).filter(|c| !c.is_empty()).for_each(f);
    }
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: floor DIR [ROUNDS]");
    let rounds: usize = std::env::args().nth(2).map_or(1, |s| s.parse().expect("ROUNDS is a number"));
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("a folder").map(|e| e.expect("an entry").path()).collect();
    // Hidden files are the generator's manifest, not filings.
    paths.retain(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
    paths.sort();
    let files: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).expect("readable")).collect();
    let mb = files.iter().map(Vec::len).sum::<usize>() as f64 / 1e6 * rounds as f64;
    // A lexicon of the size the parser asks (keys, level labels, column names).
    let words = [
        "项目名称",
        "主管部门",
        "实施单位",
        "项目资金",
        "年度资金总额",
        "财政拨款",
        "其他资金",
        "年度目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "效益指标",
        "满意度指标",
        "成本指标",
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "社会效益指标",
        "经济效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
        "度量单位",
        "计量单位",
        "指标解释",
        "备注",
    ];
    let lexicon: FxHashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();

    let time = |stage: u8| {
        let t = Instant::now();
        let mut n = 0usize;
        for _ in 0..rounds {
            for b in &files {
                let (_, decoded) = jixiao::read::decode_input(b, None, None).expect("decodable");
                if stage == 0 {
                    n += decoded.text.len();
                    continue;
                }
                for line in decoded.text.lines() {
                    for_cells(line, |cell| match stage {
                        1 => n += cell.len(),
                        2 => n += jixiao::extract::normalize::label_key_cow(cell).len(),
                        _ => n += lexicon.get(&*jixiao::extract::normalize::label_key_cow(cell)).map_or(0, |i| i + 1),
                    });
                }
            }
        }
        black_box(n);
        t.elapsed().as_secs_f64()
    };
    println!("{} files, {:.1} MB x{rounds}", files.len(), mb / rounds as f64);
    for (stage, what) in ["decode", "+ cut into borrowed cells", "+ each cell's key", "+ one lexicon lookup per cell"].iter().enumerate() {
        let s = time(stage as u8);
        println!("{what:<32} {s:>7.3} s {:>7.1} MB/s  ({:>3.0} % of a core at 100 MB/s)", mb / s, 100.0 * 100.0 / (mb / s));
    }
}
