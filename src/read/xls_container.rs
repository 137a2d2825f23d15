//! The OLE2 (CFB) container of an XLS file, read with the `cfb` crate.
//!
//! calamine's own container reader follows sector chains without a bound: a damaged
//! file whose FAT chain loops makes it grow a buffer until the allocation fails, which
//! aborts the process (found by fuzzing the XLS fixtures; no `catch_unwind` can stop
//! an abort). The `cfb` crate rejects chains that revisit a sector, so the workbook
//! stream is taken out with it, read no further than the size of the file, and
//! calamine is given a fresh container holding only that stream. The same stream is
//! walked for the number formats and sheet sizes (`xls_records`).

use std::io::{Cursor, Read, Write};

/// The BIFF stream of an XLS file and the name it was stored under: "Workbook"
/// (BIFF8) or "Book" (BIFF5). None when the container is broken or holds neither.
pub fn workbook_stream(bytes: &[u8]) -> Option<(Vec<u8>, &'static str)> {
    let mut cfb = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let (stream, name) = match cfb.open_stream("/Workbook") {
        Ok(s) => (s, "Workbook"),
        Err(_) => (cfb.open_stream("/Book").ok()?, "Book"),
    };
    let mut out = Vec::new();
    stream.take(bytes.len() as u64).read_to_end(&mut out).ok()?;
    Some((out, name))
}

/// A well-formed container holding only `stream` under `name`, for calamine. Version 3
/// (512-byte sectors), as Excel writes XLS: calamine refuses a version 4 container
/// whose root has no mini stream.
pub fn repack(stream: &[u8], name: &str) -> Option<Vec<u8>> {
    let inner = Cursor::new(Vec::with_capacity(stream.len() + 4096));
    let mut cfb = cfb::CompoundFile::create_with_version(cfb::Version::V3, inner).ok()?;
    let mut out = cfb.create_stream(format!("/{name}")).ok()?;
    out.write_all(stream).ok()?;
    out.flush().ok()?;
    drop(out);
    cfb.flush().ok()?;
    Some(cfb.into_inner().into_inner())
}
