//! Texts of the plan's frame (`ui::plan_layout`): a plan that is not
//! found, cannot be read, or cannot be left because it is not saved. Only
//! the plan code reads them, so they stay out of the first visit.

/// The frame's texts, in one language.
pub struct PlanTexts {
    pub plan_not_found_title: &'static str,
    pub plan_not_found_body: &'static str,
    pub plan_unreadable_title: &'static str,
    /// Another plan was asked for while the open one, named here, has changes that could not be stored.
    pub leave_blocked_title: fn(&str) -> String,
    /// Why: storage is full.
    pub leave_blocked_quota: &'static str,
    /// Why: another tab changed it too.
    pub leave_blocked_conflict: &'static str,
    /// Back to the open plan.
    pub leave_blocked_back: &'static str,
    /// Download the open plan with its unsaved changes.
    pub leave_blocked_download: &'static str,
    /// Drop the unsaved changes and open the plan asked for.
    pub leave_blocked_discard: &'static str,
    /// The same, in one line, where a new plan was to be created.
    pub leave_blocked_short: &'static str,
}

pub const FR: PlanTexts = PlanTexts {
    plan_not_found_title: "Plan introuvable",
    plan_not_found_body: "Aucun plan de ce navigateur ne correspond à ce lien. Il a peut-être été supprimé, ou créé dans un autre navigateur.",
    plan_unreadable_title: "Ce plan ne peut pas être ouvert",
    leave_blocked_title: |name| format!("«\u{202f}{name}\u{202f}» n'est pas enregistré"),
    leave_blocked_quota: "Le stockage du navigateur est plein\u{202f}: ses dernières modifications ne sont gardées que dans cet onglet. Pour ne pas les perdre, téléchargez-le ou libérez de la place (en vidant la corbeille) avant d'ouvrir un autre plan.",
    leave_blocked_conflict: "Il a été modifié dans un autre onglet, et vous l'avez modifié ici aussi. Revenez-y pour choisir la version à garder avant d'ouvrir un autre plan.",
    leave_blocked_back: "Revenir à ce plan",
    leave_blocked_download: "Télécharger ce plan avec ses modifications",
    leave_blocked_discard: "Abandonner ses modifications et ouvrir l'autre plan",
    leave_blocked_short: "Le plan ouvert n'a pas pu être enregistré\u{202f}: revenez-y, téléchargez-le ou libérez de la place avant d'en créer un autre.",
};

pub const EN: PlanTexts = PlanTexts {
    plan_not_found_title: "Plan not found",
    plan_not_found_body: "No plan in this browser matches this link. It may have been deleted, or created in another browser.",
    plan_unreadable_title: "This plan cannot be opened",
    leave_blocked_title: |name| format!("“{name}” is not saved"),
    leave_blocked_quota: "Browser storage is full: its latest changes are kept in this tab only. So as not to lose them, download it or free some space (empty the trash) before opening another plan.",
    leave_blocked_conflict: "It was changed in another tab, and you changed it here too. Go back to it and choose which version to keep before opening another plan.",
    leave_blocked_back: "Back to this plan",
    leave_blocked_download: "Download this plan with its changes",
    leave_blocked_discard: "Discard its changes and open the other plan",
    leave_blocked_short: "The open plan could not be saved: go back to it, download it or free some space before creating another one.",
};
