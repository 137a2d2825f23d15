//! jixiao's own rayon pools (as polars does): threads named `jixiao-{i}` so they are
//! recognisable in a profiler, and never rayon's global pool, which the host program
//! (or another extension in the same Python process) may size or use for its own work.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rayon::{ThreadPool, ThreadPoolBuilder};

use crate::chars::TrimWs;

/// Environment variable that caps the default pool size.
pub const MAX_THREADS_ENV: &str = "JIXIAO_MAX_THREADS";

/// Pool size: `threads` if given (and > 0), else `JIXIAO_MAX_THREADS`, else the
/// machine's available parallelism.
pub fn pool_size(threads: Option<usize>) -> usize {
    threads
        .filter(|n| *n > 0)
        .or_else(|| std::env::var(MAX_THREADS_ENV).ok().and_then(|v| v.trim_ws().parse().ok()).filter(|n| *n > 0))
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

/// The pool for a size, built once per distinct size and kept for the life of the
/// process: building spawns threads, which a loop calling `read` should not pay for
/// each time. None when the OS refuses the threads; callers then run on the calling
/// thread.
pub fn thread_pool(threads: Option<usize>) -> Option<Arc<ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<ThreadPool>>>> = OnceLock::new();
    let size = pool_size(threads);
    // A poisoned lock only means another thread panicked while holding it; the map is
    // still valid (inserts are single operations).
    let mut pools = POOLS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(pool) = pools.get(&size) {
        return Some(pool.clone());
    }
    let pool = ThreadPoolBuilder::new().num_threads(size).thread_name(|i| format!("jixiao-{i}")).build().ok()?;
    let pool = Arc::new(pool);
    pools.insert(size, pool.clone());
    Some(pool)
}
