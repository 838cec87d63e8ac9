//! Texts of "keeping your plans safe" in the library: what the browser
//! keeps, the plans folder on disk and full backups, French and English.

use crate::storage::BackupError;

/// Why the folder could not be used, in words (see `storage::disk::DiskError`).
pub enum DiskWhy<'a> {
    /// Permission withdrawn or refused.
    Denied,
    /// The browser asks for permission again, given in the library.
    NeedsPermission,
    /// The folder was moved or removed.
    Missing,
    /// The disk is full.
    Full,
    /// What the browser said.
    Other(&'a str),
}

/// Every text of the section, in one language.
pub struct KeepTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub browser_heading: &'static str,
    pub kept: &'static str,
    pub may_clear: &'static str,
    pub kept_unknown: &'static str,
    /// The plans' bytes in localStorage, the usual limit, both worded.
    pub plans_usage: fn(&str, &str) -> String,
    /// The site's bytes and what the browser allows it, both worded.
    pub site_usage: fn(&str, &str) -> String,
    /// A size in bytes, worded: its number already formatted, and the unit index (0 B .. 3 GB).
    pub size_unit: [&'static str; 4],
    pub folder_heading: &'static str,
    pub sync_heading: &'static str,
    pub sync_intro: &'static str,
    pub sync_setup: &'static str,
    pub folder_intro: &'static str,
    pub choose_folder: &'static str,
    pub change_folder: &'static str,
    pub stop_folder: &'static str,
    pub folder_connected: fn(&str) -> String,
    pub folder_written: fn(&str) -> String,
    pub folder_reconnect: fn(&str) -> String,
    pub folder_allow: &'static str,
    pub folder_denied: fn(&str) -> String,
    pub folder_unsupported: &'static str,
    pub folder_failed: fn(&str, &str) -> String,
    /// The save status after a write to the folder failed.
    pub status_not_in_folder: fn(&str) -> String,
    pub disk_why: fn(DiskWhy) -> String,
    pub folder_plans: fn(usize) -> String,
    pub folder_import: &'static str,
    pub folder_imported: fn(usize) -> String,
    pub folder_unreadable: fn(&str, &str) -> String,
    pub backup_heading: &'static str,
    pub backup_intro: &'static str,
    pub backup_all: &'static str,
    pub restore_backup: &'static str,
    pub last_backup: fn(&str) -> String,
    pub never_backed_up: &'static str,
    pub backup_due: &'static str,
    pub backup_done: &'static str,
    pub restore_title: &'static str,
    /// The backup's date and its number of plans.
    pub restore_intro: fn(&str, usize) -> String,
    pub status_new: &'static str,
    pub status_same: &'static str,
    /// A plan of the backup that differs from the stored one, saved then.
    pub status_differs: fn(&str) -> String,
    pub status_in_trash: &'static str,
    /// When the backup's copy of a plan was saved.
    pub saved_on: fn(&str) -> String,
    /// The label of a plan's choice: its name.
    pub choice_label: fn(&str) -> String,
    pub choice_pick: &'static str,
    pub choice_add: &'static str,
    pub choice_skip: &'static str,
    pub choice_replace: &'static str,
    pub choice_keep_both: &'static str,
    pub restore_go: &'static str,
    pub restore_need_choice: &'static str,
    /// Plans written, plans left as they were.
    pub restored: fn(usize, usize) -> String,
    /// The plans a full storage left out: their names.
    pub restore_partial: fn(&str) -> String,
    /// The name of a restored copy: the plan's name, the backup's date.
    pub restored_copy: fn(&str, &str) -> String,
    /// A refused backup file: why.
    pub backup_refused: fn(&str) -> String,
    /// Why a backup file is refused (a plan inside worded by the load texts).
    pub backup_why: fn(&BackupError, &str) -> String,
}

pub const FR: KeepTexts = KeepTexts {
    title: "Mettre vos plans à l'abri",
    intro: "Vos plans sont enregistrés dans ce navigateur, qui peut un jour les effacer. Gardez-en aussi une copie hors du navigateur\u{202f}: un dossier sur votre disque, ou une sauvegarde complète.",
    browser_heading: "Ce navigateur",
    kept: "Ce navigateur s'est engagé à garder vos plans\u{202f}: il ne les effacera pas pour libérer de la place. Seul un effacement des données du site par vous les supprime.",
    may_clear: "Ce navigateur peut effacer vos plans (effacement des données de navigation, manque de place, ou 7 jours sans visite dans Safari). Gardez-en une copie hors du navigateur.",
    kept_unknown: "Ce navigateur ne dit pas s'il garde vos plans\u{202f}: gardez-en une copie hors du navigateur.",
    plans_usage: |used, limit| format!("Vos plans occupent {used} sur les {limit} environ que le navigateur leur réserve."),
    site_usage: |used, quota| format!("Le site occupe {used} au total, sur {quota} que le navigateur lui permet."),
    size_unit: ["octets", "Ko", "Mo", "Go"],
    folder_heading: "Un dossier de plans sur votre disque",
    sync_heading: "Sur plusieurs appareils",
    sync_intro: "Vos plans sur plusieurs ordinateurs, ou partagés par une équipe, à travers un serveur Apache CouchDB que vous ou votre agence faites tourner.",
    sync_setup: "Configurer la synchronisation…",
    folder_intro: "Chaque enregistrement écrit aussi le plan dans un dossier de votre choix\u{202f}: un fichier .cap.json par plan, que «\u{202f}Importer un fichier\u{202f}» relit, et ses 10 dernières copies dans le sous-dossier «\u{202f}backups\u{202f}». Un dossier Dropbox ou OneDrive l'emmène sur vos autres ordinateurs.",
    choose_folder: "Choisir un dossier…",
    change_folder: "Changer de dossier…",
    stop_folder: "Ne plus écrire dans ce dossier",
    folder_connected: |name| format!("Chaque enregistrement est aussi écrit dans le dossier «\u{202f}{name}\u{202f}»."),
    folder_written: |time| format!("Dernière écriture\u{202f}: {time}."),
    folder_reconnect: |name| format!("Pour écrire à nouveau dans «\u{202f}{name}\u{202f}», le navigateur demande votre accord à chaque visite."),
    folder_allow: "Autoriser l'accès au dossier",
    folder_denied: |name| format!("Le navigateur refuse l'accès au dossier «\u{202f}{name}\u{202f}». Choisissez-le à nouveau pour l'autoriser."),
    folder_unsupported: "Ce navigateur ne permet pas d'écrire dans un dossier (seuls Chrome et Edge sur ordinateur le permettent). Faites plutôt des sauvegardes complètes régulières.",
    folder_failed: |name, why| format!("Le plan est enregistré dans ce navigateur, mais pas dans le dossier «\u{202f}{name}\u{202f}»\u{202f}: {why}."),
    status_not_in_folder: |why| format!("Enregistré dans le navigateur, pas dans le dossier\u{202f}: {why}"),
    disk_why: |why| match why {
        DiskWhy::Denied => "accès au dossier refusé".into(),
        DiskWhy::NeedsPermission => "le dossier attend votre accord, dans «\u{202f}Mes plans\u{202f}»".into(),
        DiskWhy::Missing => "dossier introuvable (déplacé ou supprimé)".into(),
        DiskWhy::Full => "disque plein".into(),
        DiskWhy::Other(what) => format!("erreur du navigateur ({what})"),
    },
    folder_plans: |n| if n == 1 {
        "Un plan du dossier n'est pas dans ce navigateur\u{202f}:".into()
    } else {
        format!("{n} plans du dossier ne sont pas dans ce navigateur\u{202f}:")
    },
    folder_import: "Les ajouter à mes plans",
    folder_imported: |n| if n == 1 {
        "Un plan ajouté depuis le dossier.".into()
    } else {
        format!("{n} plans ajoutés depuis le dossier.")
    },
    folder_unreadable: |file, why| format!("«\u{202f}{file}\u{202f}» ne se lit pas\u{202f}: {why}"),
    backup_heading: "Sauvegarde complète",
    backup_intro: "Un seul fichier avec tous vos plans, leurs versions et la corbeille. Gardez-le hors du navigateur\u{202f}: disque, clé USB ou cloud.",
    backup_all: "Sauvegarder tous les plans",
    restore_backup: "Restaurer une sauvegarde…",
    last_backup: |date| format!("Dernière sauvegarde complète\u{202f}: {date}."),
    never_backed_up: "Aucune sauvegarde complète pour l'instant.",
    backup_due: "Vos plans ont changé plus de 7 jours après votre dernière sauvegarde complète\u{202f}: sauvegardez-les maintenant.",
    backup_done: "Sauvegarde complète téléchargée. Rangez-la hors du navigateur.",
    restore_title: "Restaurer une sauvegarde",
    restore_intro: |date, n| if n == 1 {
        format!("Sauvegarde du {date}, avec un plan. Rien n'est écrit avant que vous cliquiez sur «\u{202f}Restaurer\u{202f}», et aucun plan de ce navigateur n'est remplacé sans votre choix.")
    } else {
        format!("Sauvegarde du {date}, avec {n} plans. Rien n'est écrit avant que vous cliquiez sur «\u{202f}Restaurer\u{202f}», et aucun plan de ce navigateur n'est remplacé sans votre choix.")
    },
    status_new: "Absent de ce navigateur",
    status_same: "Identique à celui de ce navigateur",
    status_differs: |date| format!("Différent de celui de ce navigateur, enregistré le {date}"),
    status_in_trash: "Dans la corbeille de ce navigateur",
    saved_on: |date| format!("Enregistré le {date} dans la sauvegarde"),
    choice_label: |name| format!("Que faire de «\u{202f}{name}\u{202f}»\u{202f}?"),
    choice_pick: "Choisir…",
    choice_add: "L'ajouter à mes plans",
    choice_skip: "Ne pas le restaurer",
    choice_replace: "Remplacer celui de ce navigateur",
    choice_keep_both: "Garder les deux (une copie)",
    restore_go: "Restaurer",
    restore_need_choice: "Choisissez quoi faire de chaque plan qui diffère de celui de ce navigateur.",
    restored: |written, skipped| {
        let done = match written {
            0 => return "Aucun plan restauré\u{202f}: rien n'a changé.".into(),
            1 => "Un plan restauré".to_string(),
            n => format!("{n} plans restaurés"),
        };
        match skipped {
            0 => format!("{done}."),
            1 => format!("{done}, un autre laissé tel quel."),
            s => format!("{done}, {s} autres laissés tels quels."),
        }
    },
    restore_partial: |names| format!("Le stockage du navigateur est plein. Ces plans ne sont pas restaurés, et rien d'eux n'a été écrit\u{202f}: {names}."),
    restored_copy: |name, date| format!("{name} (sauvegarde du {date})"),
    backup_refused: |why| format!("Cette sauvegarde n'est pas lue, rien n'a changé\u{202f}: {why}"),
    backup_why: |e, plan| match e {
        BackupError::TooLarge { .. } => "fichier trop volumineux".into(),
        BackupError::Malformed { line, column, .. } => format!("ce n'est pas du JSON valide (ligne {line}, colonne {column})\u{202f}; le fichier est peut-être coupé"),
        BackupError::TooDeep => "structure imbriquée trop profondément".into(),
        BackupError::NotABackup => "ce fichier n'est pas une sauvegarde Cap (champ «\u{202f}format\u{202f}»)".into(),
        BackupError::BadVersion => "version du format absente ou invalide (champ «\u{202f}schema_version\u{202f}»)".into(),
        BackupError::NewerVersion { found, supported } => format!("sauvegarde faite par une version plus récente de Cap (format {found}, cette version lit jusqu'au format {supported})\u{202f}: mettez l'application à jour"),
        BackupError::WrongField { path, .. } => format!("champ «\u{202f}{path}\u{202f}» invalide"),
        BackupError::Plan { path, .. } => format!("plan «\u{202f}{path}\u{202f}»\u{202f}: {plan}"),
        BackupError::Version(_) => format!("version nommée invalide\u{202f}: {plan}"),
    },
};

pub const EN: KeepTexts = KeepTexts {
    title: "Keeping your plans safe",
    intro: "Your plans are stored in this browser, which may clear them one day. Keep a copy outside the browser too: a folder on your disk, or a full backup.",
    browser_heading: "This browser",
    kept: "This browser promised to keep your plans: it will not clear them to free space. Only clearing this site's data yourself removes them.",
    may_clear: "This browser may clear your plans (clearing browsing data, running out of space, or 7 days without a visit in Safari). Keep a copy outside the browser.",
    kept_unknown: "This browser does not say whether it keeps your plans: keep a copy outside the browser.",
    plans_usage: |used, limit| format!("Your plans use {used} of the about {limit} the browser gives them."),
    site_usage: |used, quota| format!("The site uses {used} in all, of {quota} the browser allows it."),
    size_unit: ["bytes", "KB", "MB", "GB"],
    folder_heading: "A plans folder on your disk",
    sync_heading: "On several devices",
    sync_intro: "Your plans on several computers, or shared by a team, through an Apache CouchDB server that you or your agency run.",
    sync_setup: "Set up sync…",
    folder_intro: "Every save also writes the plan to a folder you choose: one .cap.json file per plan, which “Import a file” reads back, and its last 10 copies in the “backups” subfolder. A Dropbox or OneDrive folder takes it to your other computers.",
    choose_folder: "Choose a folder…",
    change_folder: "Change folder…",
    stop_folder: "Stop writing to this folder",
    folder_connected: |name| format!("Every save is also written to the folder “{name}”."),
    folder_written: |time| format!("Last written: {time}."),
    folder_reconnect: |name| format!("To write to “{name}” again, the browser asks for your permission at each visit."),
    folder_allow: "Allow access to the folder",
    folder_denied: |name| format!("The browser refuses access to the folder “{name}”. Choose it again to allow it."),
    folder_unsupported: "This browser cannot write to a folder (only Chrome and Edge on a computer can). Make regular full backups instead.",
    folder_failed: |name, why| format!("The plan is saved in this browser, but not in the folder “{name}”: {why}."),
    status_not_in_folder: |why| format!("Saved in the browser, not in the folder: {why}"),
    disk_why: |why| match why {
        DiskWhy::Denied => "access to the folder refused".into(),
        DiskWhy::NeedsPermission => "the folder awaits your permission, in “My plans”".into(),
        DiskWhy::Missing => "folder not found (moved or removed)".into(),
        DiskWhy::Full => "disk full".into(),
        DiskWhy::Other(what) => format!("browser error ({what})"),
    },
    folder_plans: |n| if n == 1 {
        "One plan in the folder is not in this browser:".into()
    } else {
        format!("{n} plans in the folder are not in this browser:")
    },
    folder_import: "Add them to my plans",
    folder_imported: |n| if n == 1 {
        "One plan added from the folder.".into()
    } else {
        format!("{n} plans added from the folder.")
    },
    folder_unreadable: |file, why| format!("“{file}” cannot be read: {why}"),
    backup_heading: "Full backup",
    backup_intro: "One file with all your plans, their versions and the trash. Keep it outside the browser: on a disk, a USB key or in the cloud.",
    backup_all: "Back up all plans",
    restore_backup: "Restore a backup…",
    last_backup: |date| format!("Last full backup: {date}."),
    never_backed_up: "No full backup yet.",
    backup_due: "Your plans changed more than 7 days after your last full backup: back them up now.",
    backup_done: "Full backup downloaded. Keep it outside the browser.",
    restore_title: "Restore a backup",
    restore_intro: |date, n| if n == 1 {
        format!("Backup of {date}, with one plan. Nothing is written until you click “Restore”, and no plan of this browser is replaced without your choice.")
    } else {
        format!("Backup of {date}, with {n} plans. Nothing is written until you click “Restore”, and no plan of this browser is replaced without your choice.")
    },
    status_new: "Not in this browser",
    status_same: "Same as the one in this browser",
    status_differs: |date| format!("Differs from the one in this browser, saved {date}"),
    status_in_trash: "In this browser's trash",
    saved_on: |date| format!("Saved {date} in the backup"),
    choice_label: |name| format!("What to do with “{name}”?"),
    choice_pick: "Choose…",
    choice_add: "Add it to my plans",
    choice_skip: "Do not restore it",
    choice_replace: "Replace the one in this browser",
    choice_keep_both: "Keep both (a copy)",
    restore_go: "Restore",
    restore_need_choice: "Choose what to do with each plan that differs from the one in this browser.",
    restored: |written, skipped| {
        let done = match written {
            0 => return "No plan restored: nothing changed.".into(),
            1 => "One plan restored".to_string(),
            n => format!("{n} plans restored"),
        };
        match skipped {
            0 => format!("{done}."),
            1 => format!("{done}, one other left as it was."),
            s => format!("{done}, {s} others left as they were."),
        }
    },
    restore_partial: |names| format!("The browser's storage is full. These plans are not restored, and nothing of them was written: {names}."),
    restored_copy: |name, date| format!("{name} (backup of {date})"),
    backup_refused: |why| format!("This backup cannot be read, nothing changed: {why}"),
    backup_why: |e, plan| match e {
        BackupError::TooLarge { .. } => "file too large".into(),
        BackupError::Malformed { line, column, .. } => format!("not valid JSON (line {line}, column {column}); the file may be cut"),
        BackupError::TooDeep => "nested too deeply".into(),
        BackupError::NotABackup => "this file is not a Cap backup (field “format”)".into(),
        BackupError::BadVersion => "format version missing or invalid (field “schema_version”)".into(),
        BackupError::NewerVersion { found, supported } => format!("backup made by a newer version of Cap (format {found}, this version reads up to format {supported}): update the app"),
        BackupError::WrongField { path, .. } => format!("field “{path}” is invalid"),
        BackupError::Plan { path, .. } => format!("plan “{path}”: {plan}"),
        BackupError::Version(_) => format!("invalid named version: {plan}"),
    },
};
