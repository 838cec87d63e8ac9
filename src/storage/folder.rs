//! The plans folder on disk, by name: a plan's file, its rolling backups,
//! and which files to remove. Pure; the browser side is `storage::disk`.
//!
//! A plan's file is `<title>-<id>.cap.json`, the same text as its export,
//! so any file of the folder imports. Each write also keeps a copy in
//! `backups/` as `<title>-<id>.<time>.cap.json`; the newest
//! [`KEEP_BACKUPS`] of a plan stay, older ones are removed.

use crate::storage::PlanId;
use chrono::{DateTime, Datelike, Timelike, Utc};

/// How every Cap file of the folder ends.
pub const EXT: &str = ".cap.json";
/// The subfolder of rolling backups.
pub const BACKUP_DIR: &str = "backups";
/// Backups kept per plan.
pub const KEEP_BACKUPS: usize = 10;

/// A file-name-safe form of a plan's title: lower-case letters, digits and
/// single dashes, at most 60 characters, `plan` when nothing is left.
pub fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let slug: String = words.join("-").chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "plan".to_string()
    } else {
        slug.to_string()
    }
}

/// The file of a plan: `<title>-<id>.cap.json`.
pub fn plan_file(title: &str, id: &PlanId) -> String {
    format!("{}-{id}{EXT}", slug(title))
}

/// A backup of a plan, written at `at`: `<title>-<id>.<time>.cap.json`,
/// where the time sorts as text (to the millisecond).
pub fn backup_file(title: &str, id: &PlanId, at: DateTime<Utc>) -> String {
    // By hand, not `format`: chrono's pattern reader is not needed for one stamp.
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}{:03}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.timestamp_subsec_millis().min(999)
    );
    format!("{}-{id}.{stamp}{EXT}", slug(title))
}

/// The name of a full backup made at `at`: `cap-backup-<year>-<month>-<day>.json`.
pub fn full_backup_file(at: DateTime<Utc>) -> String {
    format!(
        "cap-backup-{:04}-{:02}-{:02}.json",
        at.year(),
        at.month(),
        at.day()
    )
}

/// The id in a plan's file name (`…-<id>.cap.json`), where ids are two
/// dash-separated parts as [`PlanId::generate`] makes them.
pub fn id_of(file: &str) -> Option<PlanId> {
    let stem = file.strip_suffix(EXT)?;
    if stem.contains('.') {
        return None;
    }
    id_at_end(stem)
}

fn id_at_end(stem: &str) -> Option<PlanId> {
    let mut parts = stem.rsplitn(3, '-');
    let (last, first) = (parts.next()?, parts.next()?);
    PlanId::parse(&format!("{first}-{last}"))
}

/// The plan id and time of a backup's file name.
fn backup_of(file: &str) -> Option<(PlanId, &str)> {
    let stem = file.strip_suffix(EXT)?;
    let (plan, stamp) = stem.rsplit_once('.')?;
    let ok = stamp.len() == 19 && stamp.ends_with('Z') && stamp.as_bytes()[8] == b'T';
    ok.then_some(())?;
    Some((id_at_end(plan)?, stamp))
}

/// The backups of `id` to remove so that the newest [`KEEP_BACKUPS`] stay.
pub fn backups_to_remove(files: &[String], id: &PlanId) -> Vec<String> {
    let mut mine: Vec<(&str, &String)> = files
        .iter()
        .filter_map(|f| {
            let (of, stamp) = backup_of(f)?;
            (&of == id).then_some((stamp, f))
        })
        .collect();
    mine.sort();
    let extra = mine.len().saturating_sub(KEEP_BACKUPS);
    mine.into_iter()
        .take(extra)
        .map(|(_, f)| f.clone())
        .collect()
}

/// Files of `id` other than `current`: the plan's file under a former
/// title, removed once the file under its new title is written.
pub fn former_files(files: &[String], id: &PlanId, current: &str) -> Vec<String> {
    files
        .iter()
        .filter(|f| f.as_str() != current && id_of(f).as_ref() == Some(id))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> PlanId {
        PlanId::generate(1_700_000_000_000, 42)
    }

    #[test]
    fn names_read_back_to_their_plan() {
        let id = id();
        let file = plan_file("Plan 2027 · Boulangerie Martin!", &id);
        assert_eq!(file, format!("plan-2027-boulangerie-martin-{id}.cap.json"));
        assert_eq!(id_of(&file), Some(id.clone()));
        assert_eq!(plan_file("  ", &id), format!("plan-{id}.cap.json"));
        assert_eq!(id_of("notes.txt"), None);
        // A backup is not a plan's file.
        let at = DateTime::from_timestamp_millis(1_764_900_000_123).unwrap_or_default();
        let backup = backup_file("Été", &id, at);
        assert_eq!(backup, format!("été-{id}.20251205T020000123Z.cap.json"));
        assert_eq!(id_of(&backup), None);
        assert_eq!(backup_of(&backup), Some((id, "20251205T020000123Z")));
        assert_eq!(full_backup_file(at), "cap-backup-2025-12-05.json");
    }

    #[test]
    fn the_newest_backups_stay() {
        let (id, other) = (id(), PlanId::generate(1, 2));
        let at =
            |n: i64| DateTime::from_timestamp_millis(1_764_900_000_000 + n).unwrap_or_default();
        let mut files: Vec<String> = (0..12)
            .rev()
            .map(|n| backup_file("A", &id, at(n * 1000)))
            .collect();
        files.push(backup_file("B", &other, at(0)));
        files.push(plan_file("A", &id));
        let removed = backups_to_remove(&files, &id);
        assert_eq!(
            removed,
            vec![
                backup_file("A", &id, at(0)),
                backup_file("A", &id, at(1000))
            ]
        );
        // A renamed plan's backups are its own all the same.
        files.push(backup_file("Renamed", &id, at(99_000)));
        assert_eq!(backups_to_remove(&files, &id).len(), 3);
        assert!(backups_to_remove(&files, &other).is_empty());
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the title, a plan's file names its plan and no other,
        /// and a backup's name is never taken for a plan's file.
        #[test]
        fn any_title_names_its_plan(title in "\\PC{0,80}", ms in 0u64..4_000_000_000_000, r in proptest::prelude::any::<u32>(), at in 0i64..4_000_000_000_000) {
            let id = PlanId::generate(ms, r);
            let file = plan_file(&title, &id);
            proptest::prop_assert_eq!(id_of(&file), Some(id.clone()));
            proptest::prop_assert!(slug(&title).chars().count() <= 60);
            proptest::prop_assert!(!file.contains('/') && !file.contains('\\'));
            let at = DateTime::from_timestamp_millis(at).unwrap_or_default();
            let backup = backup_file(&title, &id, at);
            proptest::prop_assert_eq!(id_of(&backup), None);
            proptest::prop_assert_eq!(backup_of(&backup).map(|(of, _)| of), Some(id));
        }
    }

    #[test]
    fn a_renamed_plan_leaves_its_former_file() {
        let (id, other) = (id(), PlanId::generate(1, 2));
        let files = vec![
            plan_file("Old", &id),
            plan_file("New", &id),
            plan_file("Old", &other),
        ];
        assert_eq!(
            former_files(&files, &id, &plan_file("New", &id)),
            vec![plan_file("Old", &id)]
        );
    }
}
