//! Batch reading and the four tables: every table row equals the record it came from,
//! keys join, thread count does not change a bit of the result, broken inputs become
//! error rows, cancel stops a read, and inputs expand as documented.
//!
//! Tests that read the seeds skip, saying why, when ../shared is not beside the repo.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int32Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use jixiao::batch::{read_chunks, read_many, BatchOptions, Cancelled, FilingRecord};
use jixiao::export::{effective_unit, schemas, tables};

fn seeds() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/corpus/seeds is not present beside the repository");
        return None;
    }
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    Some(v)
}

/// A fresh scratch folder per test (no tempfile crate: this is all we need).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jixiao-batch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn opts(threads: usize) -> BatchOptions {
    BatchOptions { threads: Some(threads), ..Default::default() }
}

fn read(paths: &[PathBuf], threads: usize) -> Vec<FilingRecord> {
    read_many(paths, &opts(threads), &AtomicBool::new(false), &|_, _| {}).unwrap()
}

fn s<'a>(b: &'a RecordBatch, col: &str, row: usize) -> Option<&'a str> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_string::<i32>();
    a.is_valid(row).then(|| a.value(row))
}

fn i64_(b: &RecordBatch, col: &str, row: usize) -> Option<i64> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_primitive::<Int64Type>();
    a.is_valid(row).then(|| a.value(row))
}

fn f64_(b: &RecordBatch, col: &str, row: usize) -> Option<f64> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_primitive::<Float64Type>();
    a.is_valid(row).then(|| a.value(row))
}

fn i32_(b: &RecordBatch, col: &str, row: usize) -> Option<i32> {
    let a = b.column_by_name(col).unwrap_or_else(|| panic!("no column {col}")).as_primitive::<Int32Type>();
    a.is_valid(row).then(|| a.value(row))
}

#[test]
fn every_indicator_row_equals_its_record_and_keys_join() {
    let Some(paths) = seeds() else { return };
    let records = read(&paths, 2);
    assert_eq!(records.len(), paths.len());
    let t = tables(&records, 100).unwrap();
    assert_eq!(t.filings.num_rows(), records.len());

    let mut row = 0;
    let mut prow = 0;
    for (i, rec) in records.iter().enumerate() {
        assert_eq!(rec.source, paths[i].display().to_string(), "input order kept");
        let f = rec.result.as_ref().unwrap_or_else(|e| panic!("{}: {e}", rec.source));
        let fid = 100 + i as i64;
        assert_eq!(i64_(&t.filings, "filing_id", i), Some(fid));
        assert_eq!(s(&t.filings, "error", i), None);
        assert_eq!(s(&t.filings, "agency", i), f.agency.as_deref());
        assert_eq!(i32_(&t.filings, "year", i), f.year);
        assert_eq!(i64_(&t.filings, "n_projects", i), Some(f.projects.len() as i64));
        let n_ind: usize = f.projects.iter().map(|p| p.indicators.len()).sum();
        assert_eq!(i64_(&t.filings, "n_indicators", i), Some(n_ind as i64));
        for (j, p) in f.projects.iter().enumerate() {
            assert_eq!(i64_(&t.projects, "filing_id", prow), Some(fid));
            assert_eq!(i64_(&t.projects, "project_id", prow), Some(j as i64));
            assert_eq!(s(&t.projects, "name", prow), p.name.as_deref());
            assert_eq!(s(&t.projects, "money_unit", prow), p.money_unit.as_deref());
            assert_eq!(i64_(&t.projects, "n_indicators", prow), Some(p.indicators.len() as i64));
            assert_eq!(f64_(&t.projects, "annual_total", prow), p.funds.annual.as_ref().and_then(|a| a.total));
            assert_eq!(s(&t.projects, "money_unit_effective", prow), effective_unit(p));
            prow += 1;
            for (k, ind) in p.indicators.iter().enumerate() {
                let at = format!("{}: project {j} indicator {k}", rec.source);
                assert_eq!(i64_(&t.indicators, "filing_id", row), Some(fid), "{at}");
                assert_eq!(i64_(&t.indicators, "project_id", row), Some(j as i64), "{at}");
                assert_eq!(i64_(&t.indicators, "indicator_id", row), Some(k as i64), "{at}");
                assert_eq!(s(&t.indicators, "source", row), Some(rec.source.as_str()), "{at}");
                assert_eq!(i32_(&t.indicators, "year", row), f.year, "{at}");
                assert_eq!(s(&t.indicators, "agency", row), f.agency.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "project_name", row), p.name.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "period", row), ind.period.map(|x| x.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "level1", row), Some(ind.level1.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "level2", row), Some(ind.level2.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "level1_raw", row), Some(ind.level1_raw.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "level2_raw", row), Some(ind.level2_raw.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "name", row), Some(ind.name.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "description", row), ind.description.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "value", row), Some(ind.value.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "basis", row), ind.basis.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "polarity", row), ind.polarity.as_deref(), "{at}");
                assert_eq!(f64_(&t.indicators, "score", row), ind.score, "{at}");
                assert_eq!(s(&t.indicators, "remark", row), ind.remark.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "actual", row), ind.actual.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "scoring", row), ind.scoring.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "value_kind", row), ind.value_kind.as_deref(), "{at}");
                assert_eq!(i64_(&t.indicators, "line", row), Some(ind.line as i64), "{at}");
                let values = t.indicators.column_by_name("values").unwrap().as_list::<i32>().value(row);
                let values: Vec<&str> = values.as_string::<i32>().iter().map(|v| v.unwrap()).collect();
                assert_eq!(values, ind.values, "{at}");
                let tg = &ind.target;
                assert_eq!(s(&t.indicators, "target_kind", row), Some(tg.kind.as_str()), "{at}");
                assert_eq!(s(&t.indicators, "target_op", row), tg.op.map(|o| o.as_str()), "{at}");
                assert_eq!(f64_(&t.indicators, "target_value", row), tg.value, "{at}");
                assert_eq!(f64_(&t.indicators, "target_max", row), tg.max, "{at}");
                assert_eq!(s(&t.indicators, "target_unit", row), tg.unit.as_deref(), "{at}");
                assert_eq!(f64_(&t.indicators, "target_std_value", row), tg.std_value, "{at}");
                assert_eq!(s(&t.indicators, "target_std_unit", row), tg.std_unit.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "target_date", row), tg.date.as_deref(), "{at}");
                assert_eq!(s(&t.indicators, "target_direction", row), tg.direction.map(|d| d.as_str()), "{at}");
                row += 1;
            }
        }
    }
    assert_eq!(row, t.indicators.num_rows(), "no extra indicator rows");
    assert_eq!(prow, t.projects.num_rows(), "no extra project rows");
    assert!(row > 100, "the seeds have many indicators ({row})");

    // Diagnostics: same count per filing, keys point at existing rows.
    let n_diag: usize = records.iter().map(|r| r.result.as_ref().unwrap().diagnostics.len()).sum();
    assert_eq!(t.diagnostics.num_rows(), n_diag);
    for r in 0..t.diagnostics.num_rows() {
        let fid = i64_(&t.diagnostics, "filing_id", r).unwrap();
        let f = records[(fid - 100) as usize].result.as_ref().unwrap();
        if let Some(p) = i64_(&t.diagnostics, "project_id", r) {
            assert!((p as usize) < f.projects.len(), "diagnostic row {r}: project {p} out of range");
            if let Some(k) = i64_(&t.diagnostics, "indicator_id", r) {
                assert!((k as usize) < f.projects[p as usize].indicators.len(), "diagnostic row {r}");
            }
        }
        assert!(matches!(s(&t.diagnostics, "severity", r), Some("error" | "warning" | "info")));
    }

    // Seed 001 declares 万元 and prints 元 amounts: converted as 元.
    let seed001 = records.iter().position(|r| r.source.contains("001_")).unwrap();
    for r in 0..t.projects.num_rows() {
        if i64_(&t.projects, "filing_id", r) == Some(100 + seed001 as i64) {
            assert_eq!(s(&t.projects, "money_unit", r), Some("万元"));
            assert_eq!(s(&t.projects, "money_unit_effective", r), Some("元"));
            assert_eq!(f64_(&t.projects, "annual_total_yuan", r), f64_(&t.projects, "annual_total", r));
        }
    }
    // Seed 000 is a real 万元 table: 72.00 万元 = 720000 元.
    let seed000 = records.iter().position(|r| r.source.contains("000_")).unwrap();
    let r = (0..t.projects.num_rows()).find(|r| i64_(&t.projects, "filing_id", *r) == Some(100 + seed000 as i64)).unwrap();
    assert_eq!(s(&t.projects, "money_unit_effective", r), Some("万元"));
    assert_eq!(f64_(&t.projects, "annual_total", r), Some(72.0));
    assert_eq!(f64_(&t.projects, "annual_total_yuan", r), Some(720_000.0));
}

#[test]
fn thread_count_changes_nothing() {
    let Some(paths) = seeds() else { return };
    // Repeat the seeds so two threads really interleave.
    let many: Vec<PathBuf> = paths.iter().cycle().take(24).cloned().collect();
    let one = tables(&read(&many, 1), 0).unwrap();
    let two = tables(&read(&many, 2), 0).unwrap();
    for ((name, a), (_, b)) in one.into_vec().into_iter().zip(two.into_vec()) {
        assert_eq!(a, b, "table {name} differs between 1 and 2 threads");
    }
}

#[test]
fn streamed_chunks_match_one_batch() {
    let Some(paths) = seeds() else { return };
    let many: Vec<PathBuf> = paths.iter().cycle().take(10).cloned().collect();
    let whole = tables(&read(&many, 2), 0).unwrap();
    let calls = Arc::new(AtomicUsize::new(0));
    let c2 = calls.clone();
    let progress: jixiao::batch::Progress = Arc::new(move |_, total| {
        assert_eq!(total, 10);
        c2.fetch_add(1, Ordering::Relaxed);
    });
    let chunks: Vec<_> =
        read_chunks(many.clone(), 3, opts(2), Arc::new(AtomicBool::new(false)), Some(progress)).map(|c| c.unwrap()).collect();
    assert_eq!(chunks.iter().map(|c| c.offset).collect::<Vec<_>>(), vec![0, 3, 6, 9]);
    assert_eq!(calls.load(Ordering::Relaxed), 10);
    // Each chunk's tables are exactly the rows of the whole batch's tables for its
    // filings (filing_id sorted, so they are one contiguous slice).
    for c in &chunks {
        let part = tables(&c.records, c.offset as i64).unwrap();
        for ((name, got), (_, all)) in part.into_vec().into_iter().zip(whole.clone().into_vec()) {
            let ids = all.column_by_name("filing_id").unwrap().as_primitive::<Int64Type>();
            let start = ids.values().iter().filter(|id| **id < c.offset as i64).count();
            assert_eq!(got, all.slice(start, got.num_rows()), "table {name}, chunk at {}", c.offset);
        }
    }
}

#[test]
fn broken_inputs_become_error_rows() {
    let Some(paths) = seeds() else { return };
    let dir = scratch("broken");
    let seed = std::fs::read_to_string(&paths[0]).unwrap();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(dir.join("garbage.bin"), garbage).unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    let (gb, _, _) = encoding_rs::GB18030.encode(&seed);
    std::fs::write(dir.join("gb18030.txt"), &gb).unwrap();
    let half: String = seed.chars().take(seed.chars().count() / 2).collect();
    std::fs::write(dir.join("truncated.txt"), half).unwrap();
    std::fs::write(dir.join("cut_mid_char.txt"), &seed.as_bytes()[..seed.len() / 3 + 1]).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    let inputs: Vec<PathBuf> = ["garbage.bin", "empty.txt", "gb18030.txt", "truncated.txt", "cut_mid_char.txt", "sub", "missing.txt"]
        .iter()
        .map(|n| dir.join(n))
        .collect();
    let records = read(&inputs, 2);
    let t = tables(&records, 0).unwrap();
    assert_eq!(t.filings.num_rows(), inputs.len(), "one row per input");
    let err = |i: usize| s(&t.filings, "error_kind", i).map(str::to_string);
    assert!(matches!(err(0).as_deref(), Some("binary" | "decode")), "{:?}", err(0));
    assert_eq!(err(1).as_deref(), Some("empty"));
    assert_eq!(err(2), None, "GB18030 is read: {:?}", s(&t.filings, "error", 2));
    assert_eq!(s(&t.filings, "encoding", 2), Some("gb18030"));
    let utf8 = read(&paths[..1], 1);
    let n = |r: &FilingRecord| r.result.as_ref().unwrap().projects.iter().map(|p| p.indicators.len()).sum::<usize>();
    assert_eq!(n(&records[2]), n(&utf8[0]), "same indicators in GB18030 as in UTF-8");
    assert_eq!(err(3), None, "a truncated filing still reads");
    assert!(i64_(&t.filings, "n_projects", 3).unwrap() >= 1);
    assert_eq!(err(5).as_deref(), Some("is_a_directory"));
    assert_eq!(err(6).as_deref(), Some("not_found"));
    for i in [0, 1, 5, 6] {
        let e = s(&t.filings, "error", i).unwrap();
        assert!(e.starts_with(&format!("{}: ", err(i).unwrap())), "error is 'kind: message': {e}");
        assert_eq!(s(&t.filings, "source", i), Some(inputs[i].display().to_string().as_str()));
        assert_eq!(i64_(&t.filings, "n_projects", i), Some(0));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cancel_stops_the_read() {
    let Some(paths) = seeds() else { return };
    let many: Vec<PathBuf> = paths.iter().cycle().take(2000).cloned().collect();
    let start = Instant::now();
    let r = read_many(&many, &opts(2), &AtomicBool::new(true), &|_, _| panic!("no file may be read"));
    assert_eq!(r, Err(Cancelled));
    assert!(start.elapsed() < Duration::from_millis(100), "took {:?}", start.elapsed());

    // Set while running (from the progress callback): stops long before the end, as
    // soon as the files already being parsed finish.
    let cancel = AtomicBool::new(false);
    let seen = AtomicUsize::new(0);
    let cancelled_at = std::sync::Mutex::new(None);
    let r = read_many(&many, &opts(2), &cancel, &|done, total| {
        assert_eq!(total, 2000);
        seen.fetch_max(done, Ordering::Relaxed);
        if done >= 5 && !cancel.swap(true, Ordering::Relaxed) {
            *cancelled_at.lock().unwrap() = Some(Instant::now());
        }
    });
    let stopped_in = cancelled_at.lock().unwrap().unwrap().elapsed();
    assert_eq!(r, Err(Cancelled));
    assert!(seen.load(Ordering::Relaxed) < 50, "read {} files after cancel", seen.load(Ordering::Relaxed));
    // A seed takes milliseconds in a release build; an unoptimised build on a busy
    // machine gets more room.
    let limit = Duration::from_millis(if cfg!(debug_assertions) { 3000 } else { 500 });
    assert!(stopped_in < limit, "stopped {stopped_in:?} after cancel");
}

#[test]
fn progress_counts_every_file() {
    let Some(paths) = seeds() else { return };
    let calls = AtomicUsize::new(0);
    let max = AtomicUsize::new(0);
    read_many(&paths, &opts(2), &AtomicBool::new(false), &|done, total| {
        assert_eq!(total, paths.len());
        calls.fetch_add(1, Ordering::Relaxed);
        max.fetch_max(done, Ordering::Relaxed);
    })
    .unwrap();
    assert_eq!(calls.load(Ordering::Relaxed), paths.len());
    assert_eq!(max.load(Ordering::Relaxed), paths.len());
}

#[test]
fn empty_batch_has_the_schemas() {
    let t = tables(&[], 0).unwrap();
    let [f, p, i, d] = schemas();
    assert_eq!(t.filings.schema(), f);
    assert_eq!(t.projects.schema(), p);
    assert_eq!(t.indicators.schema(), i);
    assert_eq!(t.diagnostics.schema(), d);
    assert_eq!(t.indicators.num_rows(), 0);
    for col in ["filing_id", "project_id", "indicator_id", "values", "target_kind", "target_direction"] {
        assert!(i.field_with_name(col).is_ok(), "indicators has {col}");
    }
    for col in ["midterm_total", "annual_carryover", "annual_total_yuan", "money_unit_effective", "spend_plan"] {
        assert!(p.field_with_name(col).is_ok(), "projects has {col}");
    }
}

#[test]
fn expand_walks_folders_and_globs() {
    let dir = scratch("expand");
    for f in ["a.txt", "b/c.txt", "b/d/e.txt", "b/.hidden.txt", ".git/x.txt", "z.docx", "b/f.docx"] {
        let p = dir.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "x").unwrap();
    }
    let d = dir.display().to_string();
    let names = |inputs: &[String]| -> Vec<String> {
        jixiao::expand(inputs)
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(&dir).map(|r| r.display().to_string()).unwrap_or_else(|_| p.display().to_string()))
            .collect()
    };
    assert_eq!(names(std::slice::from_ref(&d)), ["a.txt", "b/c.txt", "b/d/e.txt", "b/f.docx", "z.docx"]);
    assert_eq!(names(&[format!("{d}/*.txt")]), ["a.txt"]);
    assert_eq!(names(&[format!("{d}/**/*.txt")]), ["a.txt", "b/c.txt", "b/d/e.txt"]);
    assert_eq!(names(&[format!("{d}/b/**")]), ["b/c.txt", "b/d/e.txt", "b/f.docx"]);
    assert_eq!(names(&[format!("{d}/?.docx")]), ["z.docx"]);
    assert_eq!(names(&[format!("{d}/[ab]*")]), ["a.txt", "b/c.txt", "b/d/e.txt", "b/f.docx"], "a matched folder is walked");
    assert_eq!(names(&[format!("{d}/b/.*")]), ["b/.hidden.txt"], "hidden only when asked for");
    assert!(names(&[format!("{d}/*.pdf"), format!("{d}/nothere/**/*.txt")]).is_empty(), "no match is fine");
    assert_eq!(names(&[format!("{d}/missing.txt")]), ["missing.txt"], "a missing file is kept");
    // Order of inputs, duplicates dropped keeping the first.
    assert_eq!(
        names(&[format!("{d}/z.docx"), format!("{d}/b/**/*.txt"), d.clone()]),
        ["z.docx", "b/c.txt", "b/d/e.txt", "a.txt", "b/f.docx"]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The benchmark corpus generator (python/jixiao/bench) writes filings jixiao reads
/// back exactly: every project, and every indicator's name and value, per its
/// manifest. Skips when no Python 3 can be run.
#[test]
fn generated_corpus_reads_back_as_generated() {
    let dir = scratch("generated");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python/jixiao/bench/generate.py");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let status = std::process::Command::new(&python).arg(&script).args(["48", dir.to_str().unwrap(), "--seed", "11"]).status();
    if !status.as_ref().is_ok_and(|s| s.success()) {
        eprintln!("skipped: cannot run {python} {} ({status:?})", script.display());
        return;
    }
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(".manifest.json")).unwrap()).unwrap();
    let paths = jixiao::expand(&[dir.display().to_string()]).unwrap();
    assert_eq!(paths.len(), 48, "the hidden manifest is not an input");
    let records = read(&paths, 2);
    let mut layouts = std::collections::BTreeSet::new();
    let mut expected_rows = 0;
    for rec in &records {
        let file = Path::new(&rec.source).file_name().unwrap().to_str().unwrap();
        let want = &manifest["files"][file];
        layouts.insert(want["layout"].as_str().unwrap().to_string());
        let f = rec.result.as_ref().unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(f.encoding.as_deref(), want["encoding"].as_str(), "{file}");
        let want_projects = want["projects"].as_array().unwrap();
        assert_eq!(f.projects.len(), want_projects.len(), "{file}: projects");
        for (p, wp) in f.projects.iter().zip(want_projects) {
            assert_eq!(p.name.as_deref(), wp["name"].as_str(), "{file}: project name");
            let got: Vec<(&str, &str)> = p.indicators.iter().map(|i| (i.name.as_str(), i.value.as_str())).collect();
            let exp: Vec<(&str, &str)> =
                wp["indicators"].as_array().unwrap().iter().map(|x| (x[0].as_str().unwrap(), x[1].as_str().unwrap())).collect();
            assert_eq!(got, exp, "{file}: indicators of {:?}", p.name);
            expected_rows += exp.len();
        }
    }
    assert_eq!(layouts.len(), 6, "every layout generated: {layouts:?}");
    assert_eq!(tables(&records, 0).unwrap().indicators.num_rows(), expected_rows);
    let _ = std::fs::remove_dir_all(&dir);
}

/// CPU time of this process so far (user + system), from /proc: wall time is
/// meaningless on a shared 2-core machine that is busy compiling.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10)) // USER_HZ is 100 on Linux
}

/// The two timing tests measure process CPU time, so they must not overlap.
static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Table-building throughput, release build only:
/// `cargo test --release --no-default-features --test batch_tables -- --ignored --nocapture`
#[test]
#[ignore]
fn table_building_speed() {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let Some(paths) = seeds() else { return };
    let seeds = read(&paths, 2);
    let count = |r: &FilingRecord| r.result.as_ref().unwrap().projects.iter().map(|p| p.indicators.len()).sum::<usize>();
    let per: usize = seeds.iter().map(count).sum();
    let copies = 1_000_000 / per + 1;
    let records: Vec<FilingRecord> = seeds.iter().cycle().take(seeds.len() * copies).cloned().collect();
    let rows = per * copies;
    println!("{rows} indicator rows from {} filings", records.len());
    let measure = |what: &str, f: &dyn Fn() -> usize| {
        let (mut wall, mut cpu) = (Duration::MAX, Duration::MAX);
        for _ in 0..5 {
            let (t, c) = (Instant::now(), cpu_time());
            assert_eq!(f(), rows);
            wall = wall.min(t.elapsed());
            if let (Some(c0), Some(c1)) = (c, cpu_time()) {
                cpu = cpu.min(c1 - c0);
            }
        }
        let rate = |d: Duration| rows as f64 / d.as_secs_f64();
        println!("{what}: wall {wall:?} = {:.2e} rows/s; cpu {cpu:?} = {:.2e} rows per cpu-second", rate(wall), rate(cpu));
        rate(cpu)
    };
    measure("indicators table ", &|| jixiao::export::indicators_table(&records, 0).unwrap().num_rows());
    let per_cpu = measure("all four tables  ", &|| tables(&records, 0).unwrap().indicators.num_rows());
    // One CPU-second per million rows means at least 1M rows/s of wall time on one
    // idle core, whatever else the machine is doing now.
    assert!(per_cpu >= 1e6, "table building below 1M indicator rows per cpu-second");
}

/// Read throughput over a generated corpus (release build):
/// `python -m jixiao.bench generate 2000 /tmp/corpus` then
/// `JIXIAO_BENCH_DIR=/tmp/corpus cargo test --release --no-default-features --test batch_tables -- --ignored --nocapture read_speed`
#[test]
#[ignore]
fn read_speed() {
    let Ok(dir) = std::env::var("JIXIAO_BENCH_DIR") else {
        eprintln!("skipped: set JIXIAO_BENCH_DIR to a generated corpus");
        return;
    };
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let paths = jixiao::expand(&[dir]).unwrap();
    for threads in [1, 2] {
        let (t, c) = (Instant::now(), cpu_time());
        let records = read(&paths, threads);
        let (wall, cpu) = (t.elapsed(), cpu_time().zip(c).map(|(b, a)| b - a));
        let rows: usize = records.iter().filter_map(|r| r.result.as_ref().ok()).flat_map(|f| &f.projects).map(|p| p.indicators.len()).sum();
        println!(
            "threads={threads}: {} files, {rows} indicators in {wall:?} (cpu {cpu:?}) = {:.0} files/s",
            paths.len(),
            paths.len() as f64 / wall.as_secs_f64()
        );
    }
}
