//! Undo and redo over a bounded number of steps.

use crate::domain::{
    apply,
    command::{Command, CommandError, MergeKey},
    Plan,
};
use std::collections::VecDeque;

/// How many undo steps are kept; older ones are dropped.
pub const UNDO_LIMIT: usize = 200;

/// Edits of the same field closer together than this merge into one step.
pub const MERGE_WINDOW_MS: u64 = 1_500;

#[derive(Clone, Debug)]
struct Step {
    inverse: Command,
    merge_key: Option<MergeKey>,
    at_ms: u64,
}

/// The undo and redo stacks of one open plan.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Command>,
}

impl History {
    /// An empty history.
    pub fn new() -> History {
        History::default()
    }

    /// Applies `command` and records how to undo it. `at_ms` is the time of
    /// the edit, used to merge keystrokes in one field into one step.
    pub fn execute(
        &mut self,
        plan: &mut Plan,
        command: Command,
        at_ms: u64,
    ) -> Result<(), CommandError> {
        let merge_key = command.merge_key();
        let inverse = apply(plan, command)?;
        self.redo.clear();
        if let (Some(key), Some(last)) = (merge_key.clone(), self.undo.back_mut()) {
            if last.merge_key.as_ref() == Some(&key)
                && at_ms.saturating_sub(last.at_ms) <= MERGE_WINDOW_MS
            {
                // Keep the oldest inverse: undo goes back to before the typing.
                last.at_ms = at_ms;
                return Ok(());
            }
        }
        self.undo.push_back(Step {
            inverse,
            merge_key,
            at_ms,
        });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
        Ok(())
    }

    /// Undoes the last step. Returns false when there is nothing to undo.
    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        let Some(step) = self.undo.pop_back() else {
            return false;
        };
        match apply(plan, step.inverse) {
            Ok(redo) => {
                self.redo.push(redo);
                true
            }
            // An inverse always applies to the state it was made from; if it
            // ever does not, drop the history rather than corrupt the plan.
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// Redoes the last undone step. Returns false when there is nothing to redo.
    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        let Some(command) = self.redo.pop() else {
            return false;
        };
        let merge_key = command.merge_key();
        match apply(plan, command) {
            Ok(inverse) => {
                // A redone step never merges with the next edit.
                self.undo.push_back(Step {
                    inverse,
                    merge_key,
                    at_ms: 0,
                });
                true
            }
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Number of undo steps available.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Forgets every step (when another plan is opened).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
