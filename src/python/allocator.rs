//! The extension's allocator, and the one setting jixiao changes in it.
//!
//! mimalloc (see Cargo.toml) asks the kernel for transparent huge pages on its arenas
//! by default. A read's output is fresh memory, and on a machine whose
//! `transparent_hugepage` setting is `madvise` (the usual distribution default) each
//! first touch then faults in and zeroes a whole 2 MiB page: measured on the 3,000-file
//! corpus, the first `jixiao.read` of a process ran at 15 MB/s against 21–22 MB/s
//! for the reads after it, and 131 huge pages were faulted for 24 MB of text.
//! With huge pages off for jixiao's arenas the first read runs as fast as the later
//! ones (BENCHMARKS.md). Only this allocator's arenas are affected: mimalloc's
//! process-wide switch (`MIMALLOC_ALLOW_THP=0` in the environment, which calls
//! `prctl(PR_SET_THP_DISABLE)`) would also take huge pages from NumPy and everything
//! else in the user's process, so it is not used.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_allow_thp` in mimalloc 3's `mimalloc.h` (the `mi_option_e` enum), which
/// libmimalloc-sys 0.1.49 builds but does not name. Cargo.toml pins that version, and
/// `tests/test_allocator.py` checks the number against the option mimalloc reads
/// from `MIMALLOC_ALLOW_THP`.
const MI_OPTION_ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

/// Turns huge pages off for the arenas mimalloc reserves from now on, unless the user
/// chose through `MIMALLOC_ALLOW_THP`. Called first thing in the module's init,
/// before jixiao has allocated (mimalloc reserves its first arena on first use).
pub(crate) fn configure() {
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: sets an integer option; mimalloc reads it on each new OS mapping.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ALLOW_THP, 0) };
    }
}

/// The allocator's huge-page option as mimalloc holds it (for the tests).
#[pyo3::pyfunction]
pub(crate) fn _allocator_allow_thp() -> std::ffi::c_long {
    // SAFETY: reads an integer option.
    unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_ALLOW_THP) }
}
