//! Texts of share links and the read-only view, French and English.

use crate::storage::share::ShareError;

/// Every text about share links, in one language.
pub struct ShareTexts {
    pub button: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub link_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub length: fn(&str) -> String,
    pub too_long: fn(&str, &str) -> String,
    pub banner_title: &'static str,
    pub banner_body: &'static str,
    pub save_copy: &'static str,
    pub saved: fn(&str) -> String,
    pub error_title: &'static str,
    /// A link that cannot be read; `None` for a plan that reads but is
    /// refused (the file error texts say why).
    pub error: fn(&ShareError) -> Option<&'static str>,
    pub error_hint: &'static str,
}

pub const FR: ShareTexts = ShareTexts {
    button: "Lien de partage",
    title: "Partager ce plan par un lien",
    intro: "Le plan voyage dans le lien lui-même, après le «\u{202f}#\u{202f}»\u{202f}: il n'est envoyé à aucun serveur. Qui ouvre le lien voit le plan en lecture seule et peut en enregistrer une copie dans son navigateur. Toute personne qui a le lien peut lire le plan.",
    link_label: "Lien à copier",
    copy: "Copier le lien",
    copied: "Lien copié.",
    copy_failed: "Le navigateur ne permet pas la copie automatique ici\u{202f}: sélectionnez le lien et copiez-le (Ctrl+C).",
    length: |n| format!("{n} caractères."),
    too_long: |n, max| format!("Ce plan est trop grand pour un lien pratique\u{202f}: son lien ferait {n} caractères, et au-delà de {max} les messageries et les e-mails le coupent. Envoyez plutôt le fichier .json."),
    banner_title: "Plan partagé, en lecture seule",
    banner_body: "Ce plan vient d'un lien. Il n'est pas enregistré dans ce navigateur tant que vous n'en enregistrez pas une copie\u{202f}; vos propres plans ne sont pas touchés.",
    save_copy: "Enregistrer une copie dans mes plans",
    saved: |name| format!("«\u{202f}{name}\u{202f}» est ajouté à vos plans."),
    error_title: "Ce lien de partage ne peut pas être ouvert",
    error: |e| match e {
        ShareError::Empty => Some("Le lien ne contient aucun plan."),
        ShareError::NotALink => Some("Ce n'est pas un lien de partage Cap."),
        ShareError::Damaged => Some("Le lien est incomplet ou abîmé\u{202f}: il a probablement été coupé en le copiant. Demandez le lien complet, ou le fichier .json du plan."),
        ShareError::TooLarge => Some("Le plan contenu dans le lien est trop grand pour être ouvert."),
        ShareError::Load(_) => None,
    },
    error_hint: "Vos plans enregistrés n'ont pas été modifiés.",
};

pub const EN: ShareTexts = ShareTexts {
    button: "Share link",
    title: "Share this plan by a link",
    intro: "The plan travels inside the link itself, after the \"#\": it is sent to no server. Whoever opens the link sees the plan read-only and can save a copy in their browser. Anyone who has the link can read the plan.",
    link_label: "Link to copy",
    copy: "Copy the link",
    copied: "Link copied.",
    copy_failed: "The browser does not allow copying here: select the link and copy it (Ctrl+C).",
    length: |n| format!("{n} characters."),
    too_long: |n, max| format!("This plan is too large for a practical link: its link would be {n} characters long, and beyond {max} mail and chat apps cut it. Send the .json file instead."),
    banner_title: "Shared plan, read-only",
    banner_body: "This plan comes from a link. It is not stored in this browser until you save a copy; your own plans are not touched.",
    save_copy: "Save a copy to my plans",
    saved: |name| format!("\"{name}\" was added to your plans."),
    error_title: "This share link cannot be opened",
    error: |e| match e {
        ShareError::Empty => Some("The link holds no plan."),
        ShareError::NotALink => Some("This is not a Cap share link."),
        ShareError::Damaged => Some("The link is incomplete or damaged: it was probably cut when it was copied. Ask for the whole link, or for the plan's .json file."),
        ShareError::TooLarge => Some("The plan in the link is too large to open."),
        ShareError::Load(_) => None,
    },
    error_hint: "Your saved plans were not changed.",
};
