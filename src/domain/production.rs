//! Who produces what: the kinds of content a plan needs (written, visual,
//! audio and video, and the person's own) against who makes them (the
//! business's team, the consultant, an agency or a freelancer, named).

use crate::domain::{
    catalogue::{l, L10n},
    ItemId, Lang,
};
use serde::{Deserialize, Serialize};

/// A kind of content every plan knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    /// Articles, posts, newsletters, pages.
    Written,
    /// Photos, graphics, visual identity.
    Visual,
    /// Podcasts, videos, reels.
    AudioVideo,
}

impl ContentKind {
    /// The three kinds, in the seed's order.
    pub const ALL: [ContentKind; 3] = [
        ContentKind::Written,
        ContentKind::Visual,
        ContentKind::AudioVideo,
    ];

    /// Its name.
    pub fn name(self) -> L10n {
        match self {
            ContentKind::Written => l("Contenus écrits", "Written content"),
            ContentKind::Visual => l("Contenus visuels", "Visual content"),
            ContentKind::AudioVideo => l("Audio et vidéo", "Audio and video"),
        }
    }
}

/// A kind of content: one every plan knows, or one of the plan's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum ContentType {
    /// Written, visual, audio and video.
    Standard(ContentKind),
    /// One the person added ([`CustomContent::id`]).
    Custom(ItemId),
}

/// A kind of content the person added ("Fiches produit").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomContent {
    /// Stable id, from the plan's ids.
    pub id: ItemId,
    /// Its name.
    pub name: String,
}

/// What kind of producer someone is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProducerKind {
    /// The business's own team.
    #[default]
    InHouse,
    /// The consultant who builds the plan.
    Consultant,
    /// An agency.
    Agency,
    /// A freelancer.
    Freelancer,
}

impl ProducerKind {
    /// Every kind, in-house first.
    pub const ALL: [ProducerKind; 4] = [
        ProducerKind::InHouse,
        ProducerKind::Consultant,
        ProducerKind::Agency,
        ProducerKind::Freelancer,
    ];

    /// Its name.
    pub fn name(self) -> L10n {
        match self {
            ProducerKind::InHouse => l("Équipe interne", "In-house team"),
            ProducerKind::Consultant => l("Consultant", "Consultant"),
            ProducerKind::Agency => l("Agence", "Agency"),
            ProducerKind::Freelancer => l("Indépendant", "Freelancer"),
        }
    }

    /// Whether it is outside the business (paid on an invoice).
    pub fn is_external(self) -> bool {
        self != ProducerKind::InHouse
    }
}

/// Someone who produces content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Producer {
    /// Stable id, from the plan's ids.
    pub id: ItemId,
    /// In-house, consultant, agency or freelancer.
    #[serde(default)]
    pub kind: ProducerKind,
    /// Their name ("Studio Léman"); empty: the kind's name.
    #[serde(default)]
    pub name: String,
}

impl Producer {
    /// The name shown: theirs, or their kind's.
    pub fn label(&self, lang: Lang) -> String {
        if self.name.trim().is_empty() {
            self.kind.name().get(lang).to_string()
        } else {
            self.name.clone()
        }
    }
}

/// One tick of the table: this producer makes this kind of content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Assignment {
    /// The kind of content.
    pub content: ContentType,
    /// Who makes it ([`Producer::id`]).
    pub producer: ItemId,
}

/// The table of who produces what.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Production {
    /// Kinds of content beside the three standard ones.
    #[serde(default)]
    pub custom: Vec<CustomContent>,
    /// The table's columns.
    #[serde(default)]
    pub producers: Vec<Producer>,
    /// The ticks.
    #[serde(default)]
    pub assignments: Vec<Assignment>,
}

impl Production {
    /// The table's rows: the three standard kinds, then the plan's own.
    pub fn kinds(&self) -> Vec<ContentType> {
        ContentKind::ALL
            .iter()
            .map(|k| ContentType::Standard(*k))
            .chain(self.custom.iter().map(|c| ContentType::Custom(c.id)))
            .collect()
    }

    /// Whether `content` is one of the table's rows.
    pub fn has(&self, content: ContentType) -> bool {
        match content {
            ContentType::Standard(_) => true,
            ContentType::Custom(id) => self.custom.iter().any(|c| c.id == id),
        }
    }

    /// The name of a kind of content (empty for one that is gone).
    pub fn name(&self, content: ContentType, lang: Lang) -> String {
        match content {
            ContentType::Standard(k) => k.name().get(lang).to_string(),
            ContentType::Custom(id) => self
                .custom
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
        }
    }

    /// Whether `producer` makes `content`.
    pub fn makes(&self, content: ContentType, producer: ItemId) -> bool {
        self.assignments
            .iter()
            .any(|a| a.content == content && a.producer == producer)
    }

    /// Who makes `content`, in the table's column order.
    pub fn makers(&self, content: ContentType) -> Vec<&Producer> {
        self.producers
            .iter()
            .filter(|p| self.makes(content, p.id))
            .collect()
    }

    /// The table with `producer` making `content` or not.
    pub fn with_tick(&self, content: ContentType, producer: ItemId, on: bool) -> Production {
        let mut next = self.clone();
        next.assignments
            .retain(|a| !(a.content == content && a.producer == producer));
        if on {
            next.assignments.push(Assignment { content, producer });
        }
        next
    }

    /// Ids the table uses (custom kinds and producers).
    pub fn ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.custom
            .iter()
            .map(|c| c.id)
            .chain(self.producers.iter().map(|p| p.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_come_and_go_and_rows_list_the_plans_own_kinds() {
        let mut p = Production {
            custom: vec![CustomContent {
                id: ItemId(9),
                name: "Fiches produit".into(),
            }],
            producers: vec![
                Producer {
                    id: ItemId(1),
                    kind: ProducerKind::InHouse,
                    name: String::new(),
                },
                Producer {
                    id: ItemId(2),
                    kind: ProducerKind::Agency,
                    name: "Studio Léman".into(),
                },
            ],
            assignments: Vec::new(),
        };
        let written = ContentType::Standard(ContentKind::Written);
        p = p.with_tick(written, ItemId(2), true);
        p = p.with_tick(written, ItemId(2), true);
        assert_eq!(p.assignments.len(), 1);
        assert_eq!(p.makers(written)[0].label(Lang::Fr), "Studio Léman");
        assert_eq!(p.producers[0].label(Lang::En), "In-house team");
        p = p.with_tick(written, ItemId(2), false);
        assert!(p.assignments.is_empty());
        assert_eq!(p.kinds().len(), 4);
        assert!(p.has(ContentType::Custom(ItemId(9))));
        assert!(!p.has(ContentType::Custom(ItemId(8))));
        assert_eq!(
            p.name(ContentType::Custom(ItemId(9)), Lang::En),
            "Fiches produit"
        );
    }
}
