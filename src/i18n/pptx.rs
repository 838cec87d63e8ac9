//! Texts of the PowerPoint deck: its button, what its slides add to the
//! presentation's texts, and why a deck cannot be imported. French texts
//! use a narrow no-break space (U+202F) before ; : ! ? and inside « ».

use crate::domain::Lang;

/// Every text of the PowerPoint deck, in one language.
pub struct PptxTexts {
    pub lang: Lang,
    /// The button.
    pub download: &'static str,
    /// The button where room is short (its accessible name stays `download`).
    pub short: &'static str,
    /// What the deck holds, beside the button.
    pub hint: &'static str,
    /// Said while the deck is made.
    pub making: &'static str,
    /// Said once the deck is offered.
    pub done: fn(&str) -> String,
    /// The deck could not be made or offered, with why.
    pub failed: fn(&str) -> String,
    /// The status table's column heads.
    pub status_heads: [&'static str; 4],
    /// The production table's tick.
    pub made: &'static str,
    /// The heading of the benchmark sources in the speaker notes.
    pub sources: &'static str,
    /// A zip file that is not a deck, or a damaged one.
    pub not_deck: &'static str,
    /// A deck with no Cap plan inside.
    pub no_plan: &'static str,
    /// A deck whose plan is larger than a plan may be.
    pub too_large: &'static str,
}

pub const FR: PptxTexts = PptxTexts {
    lang: Lang::Fr,
    download: "Télécharger en PowerPoint (.pptx)",
    short: "PowerPoint",
    hint: "Une présentation modifiable dans PowerPoint, qui contient aussi le plan (sans ses versions)\u{202f}: l'importer dans Cap le rouvre.",
    making: "Préparation de la présentation PowerPoint…",
    done: |name| format!("Présentation téléchargée\u{202f}: {name}"),
    failed: |why| format!("La présentation PowerPoint n'a pas pu être préparée\u{202f}: {why}"),
    status_heads: ["Objectif", "Indicateur", "État", "Avancement"],
    made: "✓",
    sources: "Sources des taux de référence\u{202f}:",
    not_deck: "Ce fichier n'est pas une présentation PowerPoint lisible (.pptx), ou il est endommagé.",
    no_plan: "Cette présentation PowerPoint ne contient pas de plan Cap. Seules les présentations téléchargées depuis Cap, même modifiées ensuite dans PowerPoint, rouvrent leur plan.",
    too_large: "Le plan contenu dans cette présentation est trop volumineux pour être importé.",
};

pub const EN: PptxTexts = PptxTexts {
    lang: Lang::En,
    download: "Download as PowerPoint (.pptx)",
    short: "PowerPoint",
    hint: "A deck to edit in PowerPoint, which also holds the plan (without its versions): importing it into Cap reopens it.",
    making: "Preparing the PowerPoint deck…",
    done: |name| format!("Deck downloaded: {name}"),
    failed: |why| format!("The PowerPoint deck could not be prepared: {why}"),
    status_heads: ["Objective", "KPI", "Status", "Progress"],
    made: "✓",
    sources: "Sources of the benchmark rates:",
    not_deck: "This file is not a readable PowerPoint deck (.pptx), or it is damaged.",
    no_plan: "This PowerPoint deck holds no Cap plan. Only decks downloaded from Cap, even when edited in PowerPoint afterwards, reopen their plan.",
    too_large: "The plan inside this deck is too large to import.",
};
