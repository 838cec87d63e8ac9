//! A plan opened from a share link: shown read-only, kept in memory only,
//! and added to the library only when the person saves a copy.

use super::{OpenPlan, SaveStatus, Store};
use crate::{
    domain::Plan,
    storage::{browser, PlanId},
};
use leptos::prelude::*;

impl Store {
    /// Shows a plan read from a share link, read-only, after saving and
    /// closing the open one. It is never written anywhere until the person
    /// saves a copy ([`Store::save_shared_copy`]). Returns false, and
    /// changes nothing, when the open plan could not be saved first (full
    /// storage): it stays open rather than being lost.
    pub fn open_shared(&self, plan: Plan) -> bool {
        self.install_plan_code();
        self.close();
        if self.dirty.get_value() {
            return false;
        }
        self.current.set(Some(OpenPlan {
            id: shared_id(),
            plan,
        }));
        self.shared.set(true);
        self.status.set(SaveStatus::Idle);
        true
    }

    /// Adds the shared plan to the library as a new plan and leaves the
    /// read-only view; returns the new id. Never writes over an existing
    /// plan: the id is new.
    pub fn save_shared_copy(&self) -> Result<PlanId, String> {
        let Some(plan) = self
            .current
            .with_untracked(|c| c.as_ref().map(|o| o.plan.clone()))
            .filter(|_| self.shared.get_untracked())
        else {
            return Err(String::new());
        };
        let id = self.add_plan(&plan)?;
        self.close();
        Ok(id)
    }
}

/// The placeholder id of a plan opened from a share link. Library ids are
/// generated with a `-`, so it never names a stored plan.
fn shared_id() -> PlanId {
    PlanId::parse("shared").unwrap_or_else(browser::new_plan_id)
}
