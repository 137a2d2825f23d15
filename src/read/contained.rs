//! Third-party readers that panic on broken files: pdf-extract and calamine unwrap
//! freely, and a panic in them must become a `Malformed` error, not an abort. Caught
//! panics still go through the panic hook, whose default prints a message and a
//! backtrace on stderr — for a broken PDF in a folder of ten thousand files, a red
//! block in the user's notebook about a file jixiao has already reported as an error.
//! [`contained`] marks the thread while such a reader runs, and the hook that
//! [`quiet_contained_panics`] installs stays silent for marked threads; every other
//! panic (a bug in jixiao) is printed by the hook as before.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many `contained` calls this thread is inside.
    static CONTAINED: Cell<u32> = const { Cell::new(0) };
}

/// Runs `f`, catching a panic in it.
pub fn contained<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    CONTAINED.with(|c| c.set(c.get() + 1));
    // AssertUnwindSafe: callers pass readers of their own input; nothing they may have
    // left half-built is looked at after a panic.
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(c.get() - 1));
    result
}

/// Whether this thread is inside [`contained`].
pub fn in_contained() -> bool {
    CONTAINED.with(|c| c.get() > 0)
}

/// Installs (once) a panic hook that prints nothing for panics [`contained`] catches
/// and hands every other to the hook it replaces. For the Python extension, whose
/// copy of `std` (and so of the hook) is its own; a Rust program choosing its own
/// hook can call [`in_contained`] from it instead.
pub fn quiet_contained_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !in_contained() {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contained_panic_is_caught_and_the_mark_is_lifted() {
        assert!(contained(|| panic!("broken file")).is_err());
        assert_eq!(contained(in_contained).ok(), Some(true));
        assert!(!in_contained());
    }
}
