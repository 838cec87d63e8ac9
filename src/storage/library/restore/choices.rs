//! What a restore of a full backup shows, takes and reports: the status of
//! each plan of the file against the library, the person's choices, and
//! what became of each plan.

use crate::{
    domain::Problem,
    storage::{kv::StorageError, library::VersionError, plan_id::PlanId},
};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use thiserror::Error;

/// How a plan of the backup stands against this library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreStatus {
    /// No plan with its id here, stored or in the trash.
    New,
    /// The plan stored here is the same text, or reads as the same plan.
    Same,
    /// The plan stored here is another one (or does not read).
    Differs {
        /// When the stored one was saved (`None`: unknown or unreadable).
        stored_saved_at: Option<DateTime<Utc>>,
    },
    /// A plan with its id is in the trash here.
    InTrash,
}

/// A plan of the backup as the preview shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RestoreItem {
    /// Its id.
    pub id: PlanId,
    /// Its name.
    pub name: String,
    /// Its client.
    pub client: String,
    /// When it was saved.
    pub saved_at: Option<DateTime<Utc>>,
    /// How it stands against this library.
    pub status: RestoreStatus,
}

/// What to do with one plan of the backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Store it under its id (only when [`RestoreStatus::New`]).
    Add,
    /// Leave this library's plan (and its versions) as they are.
    Skip,
    /// Write it over the plan stored here (only the person's explicit
    /// choice; an unreadable stored text is copied to a backup key first).
    Replace,
    /// Store it beside the one here, under a fresh `id` and `name` given by
    /// the caller (storage words no name itself).
    KeepBoth {
        /// The new id: used by nothing here nor in the backup.
        id: PlanId,
        /// The copy's name ("Plan (restored 12 March)").
        name: String,
    },
}

impl Choice {
    /// Whether this choice may be made for a plan with `status`.
    pub fn allowed(&self, status: &RestoreStatus) -> bool {
        use RestoreStatus as S;
        match self {
            Choice::Skip => true,
            Choice::Add => *status == S::New,
            Choice::Replace => matches!(status, S::Same | S::Differs { .. }),
            Choice::KeepBoth { .. } => *status != S::New,
        }
    }
}

/// The choice made for each plan of the backup, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices(BTreeMap<PlanId, Choice>);

impl Choices {
    /// The choices that need no one: a new plan is added, a plan that is
    /// the same or in the trash here is skipped. A plan that differs has
    /// none: the person must choose.
    pub fn defaults(items: &[RestoreItem]) -> Choices {
        let mut choices = Choices::default();
        for item in items {
            let choice = match item.status {
                RestoreStatus::New => Choice::Add,
                RestoreStatus::Same | RestoreStatus::InTrash => Choice::Skip,
                RestoreStatus::Differs { .. } => continue,
            };
            choices.set(item.id.clone(), choice);
        }
        choices
    }

    /// Chooses for plan `id`.
    pub fn set(&mut self, id: PlanId, choice: Choice) {
        self.0.insert(id, choice);
    }

    /// The choice made for plan `id`.
    pub fn get(&self, id: &PlanId) -> Option<&Choice> {
        self.0.get(id)
    }
}

/// What became of one plan or text of the backup.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<K> {
    /// Written, under this id or key.
    Written(K),
    /// Left out: the person's choice, or the same text already here.
    Skipped,
    /// Not written, nothing of it: the storage refused it, or the versions
    /// stored here under its id do not read.
    Failed(VersionError),
}

/// What a restore did, item by item in the file's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestoreReport {
    /// The plans.
    pub plans: Vec<(PlanId, Outcome<PlanId>)>,
    /// The trashed plans: back to the trash unless a plan of that id is
    /// stored or trashed here.
    pub trash: Vec<(PlanId, Outcome<PlanId>)>,
    /// The kept texts: under their key, or a backup copy's key when their
    /// own holds another text here.
    pub kept: Vec<(String, Outcome<String>)>,
}

impl RestoreReport {
    /// The plans and trashed plans that were not restored.
    pub fn failed(&self) -> Vec<&PlanId> {
        self.plans
            .iter()
            .chain(&self.trash)
            .filter(|(_, o)| matches!(o, Outcome::Failed(_)))
            .map(|(id, _)| id)
            .collect()
    }

    /// Whether everything chosen was written.
    pub fn is_complete(&self) -> bool {
        self.failed().is_empty()
            && !self
                .kept
                .iter()
                .any(|(_, o)| matches!(o, Outcome::Failed(_)))
    }
}

/// Why a restore did not start. Nothing was written.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum RestoreError {
    /// Storage failed while reading what is here.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// These plans have no choice (they differ from the ones here).
    #[error("{} plan(s) need a choice", .0.len())]
    Unchosen(Vec<PlanId>),
    /// A choice that does not fit the plan's status here.
    #[error("{choice:?} does not fit plan {id} ({status:?})")]
    NotAllowed {
        /// The plan.
        id: PlanId,
        /// How it stands here.
        status: RestoreStatus,
        /// The choice made.
        choice: Choice,
    },
    /// A new id for a copy that is already used, here or in the backup.
    #[error("the id {0} is already used")]
    IdTaken(PlanId),
    /// A copy's plan that breaks the rules (its new name, most often).
    #[error("the copy of plan {id} is invalid")]
    BadCopy {
        /// The plan copied.
        id: PlanId,
        /// What is wrong.
        problems: Vec<Problem>,
    },
}
