//! Lists rebuilt from borrowed items, reusing the previous list's equal ones.

/// A list built anew from borrowed items, taking each from the previous
/// list when it is equal there, at the same place, and cloning it
/// otherwise; `finish` tells whether anything differs.
pub struct Reuse<T> {
    old: std::vec::IntoIter<T>,
    out: Vec<T>,
    changed: bool,
}

impl<T: PartialEq + Clone> Reuse<T> {
    /// Starts from the previous list (`None` on the first run).
    pub fn new(old: Option<Vec<T>>) -> Self {
        let old = old.unwrap_or_default();
        Reuse {
            out: Vec::with_capacity(old.len()),
            old: old.into_iter(),
            changed: false,
        }
    }

    /// The next item of the new list.
    pub fn push(&mut self, item: &T) {
        match self.old.next() {
            Some(kept) if kept == *item => self.out.push(kept),
            _ => {
                self.changed = true;
                self.out.push(item.clone());
            }
        }
    }

    /// The new list, and whether it differs from the previous one.
    pub fn finish(mut self) -> (Vec<T>, bool) {
        let shorter = self.old.next().is_some();
        (self.out, self.changed || shorter)
    }
}

/// [`Reuse`] over a whole iterator.
pub fn reuse<'a, T: PartialEq + Clone + 'a>(
    old: Option<Vec<T>>,
    new: impl IntoIterator<Item = &'a T>,
) -> (Vec<T>, bool) {
    let mut next = Reuse::new(old);
    for item in new {
        next.push(item);
    }
    next.finish()
}
