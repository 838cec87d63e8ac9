//! Where a conflict is, in words: the section, the item, the field.

use crate::domain::{
    budget::horizon_name,
    merge::{Field, Place},
    Lang,
};

/// "Budget · Google Ads · Moyen terme".
pub fn words(place: &Place, lang: Lang) -> String {
    let t = crate::i18n::texts(lang);
    let (diff, sync) = (t.diff(), t.sync());
    let field = match &place.field {
        Field::Whole => sync.whole_item.to_string(),
        Field::Budget => sync.whole_budget.to_string(),
        Field::Cell(h) => horizon_name(*h).get(lang).to_string(),
        Field::Total => sync.field_total.to_string(),
        Field::Name => sync.field_name.to_string(),
        Field::Client => sync.field_client.to_string(),
        Field::Title => sync.field_title.to_string(),
        Field::Target => sync.field_target.to_string(),
        Field::Start => sync.field_start.to_string(),
        Field::End => sync.field_end.to_string(),
        Field::Other(key) => key.replace('_', " ").replace('/', " · "),
    };
    let mut parts = vec![(diff.heading)(place.section).to_string()];
    parts.extend(place.item.clone().filter(|i| !i.trim().is_empty()));
    parts.push(field);
    parts.join(" · ")
}
