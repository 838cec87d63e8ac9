//! Texts of a plan's named versions ("as presented on 12 March"), French
//! and English.

/// Every text of the versions card, in one language.
pub struct VersionTexts {
    pub title: &'static str,
    /// How many versions the plan has.
    pub count: fn(usize) -> String,
    /// What a version is for, when the plan has none.
    pub empty: &'static str,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    /// The name offered for a version made today (the day in words).
    pub default_name: fn(&str) -> String,
    pub freeze: &'static str,
    /// A version was made: its name.
    pub frozen: fn(&str) -> String,
    pub err_empty: &'static str,
    /// A name too long: the characters typed, the most allowed.
    pub err_too_long: fn(usize, usize) -> String,
    /// The browser's storage is full: nothing stored was lost, and what to do.
    pub err_full: &'static str,
    /// Another storage failure, worded.
    pub err_storage: fn(&str) -> String,
    /// The stored versions cannot be read: why.
    pub unreadable: fn(&str) -> String,
    /// The reason when the stored text is not a list of versions at all.
    pub not_a_list: &'static str,
    /// The unreadable text is kept: the key of its copy, if one could be made.
    pub unreadable_kept: fn(Option<&str>) -> String,
    pub list_label: &'static str,
    /// When a version was made: the date and time.
    pub made: fn(&str) -> String,
    pub compare: &'static str,
    pub changes_title: &'static str,
    pub open: &'static str,
    /// Said after "open read-only" to screen readers.
    pub new_tab: &'static str,
    pub share_title: &'static str,
    pub restore: &'static str,
    pub restore_title: &'static str,
    pub restore_body: fn(&str) -> String,
    /// A version was restored: its name; Undo brings the plan back.
    pub restored: fn(&str) -> String,
    pub delete_title: &'static str,
    pub delete_body: fn(&str) -> String,
    pub deleted: fn(&str) -> String,
    /// A version whose plan cannot be opened: why.
    pub cannot_open: fn(&str) -> String,
}

pub const FR: VersionTexts = VersionTexts {
    title: "Versions du plan",
    count: |n| match n {
        0 => "aucune version".into(),
        1 => "1 version".into(),
        n => format!("{n} versions"),
    },
    empty: "Aucune version pour l'instant. Figez le plan avant de le présenter, par exemple à votre client\u{202f}: vous verrez ensuite ce qui a changé depuis, et pourrez le rouvrir tel qu'il était ou y revenir.",
    name_label: "Nom de la version",
    name_hint: "Une version garde le plan tel qu'il est maintenant et ne change plus ensuite.",
    default_name: |date| format!("Présenté le {date}"),
    freeze: "Figer cette version",
    frozen: |name| format!("Version «\u{202f}{name}\u{202f}» enregistrée."),
    err_empty: "Donnez un nom à cette version.",
    err_too_long: |chars, max| format!("Un nom tient en {max} caractères au plus\u{202f}; celui-ci en compte {chars}."),
    err_full: "Le stockage du navigateur est plein\u{202f}: la version n'a pas été enregistrée, et rien de ce qui était déjà enregistré n'a été perdu. Supprimez une version dont vous n'avez plus besoin, ou exportez le plan en .json pour le garder hors du navigateur.",
    err_storage: |why| format!("La version n'a pas été enregistrée ({why})\u{202f}; rien de ce qui était déjà enregistré n'a changé."),
    unreadable: |why| format!("Les versions enregistrées de ce plan ne peuvent pas être lues\u{202f}: {why}."),
    not_a_list: "ce n'est pas une liste de versions Cap",
    unreadable_kept: |key| match key {
        Some(key) => format!("Leur texte est gardé tel quel, et copié sous «\u{202f}{key}\u{202f}» dans le stockage du navigateur. Aucune version ne sera enregistrée par-dessus."),
        None => "Leur texte est gardé tel quel dans le stockage du navigateur. Aucune version ne sera enregistrée par-dessus.".into(),
    },
    list_label: "Versions figées, de la plus récente à la plus ancienne",
    made: |at| format!("Figée le {at}"),
    compare: "Comparer",
    changes_title: "Ce qui a changé depuis cette version",
    open: "Ouvrir en lecture seule",
    new_tab: "(nouvel onglet)",
    share_title: "Partager cette version par un lien",
    restore: "Restaurer",
    restore_title: "Restaurer cette version\u{202f}?",
    restore_body: |name| format!("Le plan reprend le contenu de la version «\u{202f}{name}\u{202f}». Le plan actuel n'est pas perdu\u{202f}: le bouton Annuler, en haut de la page (Ctrl+Z), le ramène."),
    restored: |name| format!("Version «\u{202f}{name}\u{202f}» restaurée. Le bouton Annuler, en haut de la page (Ctrl+Z), ramène le plan d'avant."),
    delete_title: "Supprimer cette version\u{202f}?",
    delete_body: |name| format!("La version «\u{202f}{name}\u{202f}» sera supprimée définitivement. Le plan lui-même ne change pas."),
    deleted: |name| format!("Version «\u{202f}{name}\u{202f}» supprimée."),
    cannot_open: |why| format!("Cette version ne peut pas être ouverte\u{202f}: {why}"),
};

pub const EN: VersionTexts = VersionTexts {
    title: "Versions of the plan",
    count: |n| match n {
        0 => "no version".into(),
        1 => "1 version".into(),
        n => format!("{n} versions"),
    },
    empty: "No version yet. Freeze the plan before you present it, to your client for instance: you will then see what has changed since, and can open it as it was or go back to it.",
    name_label: "Name of the version",
    name_hint: "A version keeps the plan as it is now and never changes afterwards.",
    default_name: |date| format!("As presented on {date}"),
    freeze: "Freeze this version",
    frozen: |name| format!("Version “{name}” saved."),
    err_empty: "Give this version a name.",
    err_too_long: |chars, max| format!("A name takes at most {max} characters; this one has {chars}."),
    err_full: "The browser's storage is full: the version was not saved, and nothing already saved was lost. Delete a version you no longer need, or export the plan as .json to keep it outside the browser.",
    err_storage: |why| format!("The version was not saved ({why}); nothing already saved changed."),
    unreadable: |why| format!("This plan's saved versions cannot be read: {why}."),
    not_a_list: "this is not a Cap list of versions",
    unreadable_kept: |key| match key {
        Some(key) => format!("Their text is kept as it was, and copied under “{key}” in the browser's storage. No version will be saved over it."),
        None => "Their text is kept as it was in the browser's storage. No version will be saved over it.".into(),
    },
    list_label: "Frozen versions, newest first",
    made: |at| format!("Frozen on {at}"),
    compare: "Compare",
    changes_title: "What has changed since this version",
    open: "Open read-only",
    new_tab: "(new tab)",
    share_title: "Share this version by a link",
    restore: "Restore",
    restore_title: "Restore this version?",
    restore_body: |name| format!("The plan takes back the content of the version “{name}”. The current plan is not lost: Undo, at the top of the page (Ctrl+Z), brings it back."),
    restored: |name| format!("Version “{name}” restored. Undo, at the top of the page (Ctrl+Z), brings back the plan as it was."),
    delete_title: "Delete this version?",
    delete_body: |name| format!("The version “{name}” will be deleted for good. The plan itself does not change."),
    deleted: |name| format!("Version “{name}” deleted."),
    cannot_open: |why| format!("This version cannot be opened: {why}"),
};
