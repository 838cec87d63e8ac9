//! A counter of the items a reading visits, for the tests that prove a
//! reading linear by counting what it visits (its timing is `make bench`'s).
//! Outside tests, [`step`] does nothing.

#[cfg(test)]
use std::cell::Cell;

#[cfg(test)]
thread_local!(pub(crate) static STEPS: Cell<usize> = const { Cell::new(0) });

/// One item visited.
#[inline]
pub(crate) fn step() {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + 1));
}
