//! What changed since a version: one line of counts, then one sentence per
//! change under its section's heading, kept up to date as the plan is edited.

use crate::{
    domain::{
        diff::{diff, summary, Section},
        Currency, Lang, Money, Plan, Unit,
    },
    i18n::diff::Figures,
    storage::Version,
    ui::{format, state::Store, use_texts},
};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A change's figures as the browser's `Intl` writes them for `lang`.
struct IntlFigures(Lang);

impl Figures for IntlFigures {
    fn money(&self, amount: Money, currency: &Currency) -> String {
        format::money(amount, currency, self.0)
    }

    fn value(&self, value: f64, unit: Unit, currency: &Currency) -> String {
        format::kpi_value(value, unit, currency, self.0)
    }

    fn change(&self, fraction: f64) -> String {
        format::change(fraction, self.0)
    }

    fn date(&self, day: NaiveDate) -> String {
        format::date(day, self.0)
    }
}

/// The comparison in words: the line of counts, then each section's sentences.
#[derive(Clone, Debug, PartialEq)]
struct Worded {
    overview: String,
    sections: Vec<(Section, Vec<String>)>,
}

/// From `before` (the version) to `after` (the plan now), in `lang`.
fn word(before: &Plan, after: &Plan, lang: Lang) -> Worded {
    let t = crate::i18n::texts(lang).diff();
    let figures = IntlFigures(lang);
    let changes = diff(before, after);
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let sentences: Vec<String> = changes
                .iter()
                .filter(|c| c.section() == section)
                .map(|c| t.sentence(c, &before.currency, &after.currency, &figures))
                .collect();
            (section, sentences)
        })
        .filter(|(_, sentences)| !sentences.is_empty())
        .collect();
    Worded {
        overview: t.overview(&summary(&changes)),
        sections,
    }
}

/// What changed from `version` to the open plan.
#[component]
pub(super) fn Changes(
    /// The version compared with the plan as it is.
    version: Version,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // Opened once: a version never changes.
    let before = StoredValue::new(version.open().map(|loaded| loaded.plan));
    // Brought up to date after the edit's frame is painted: the comparison
    // reads the whole plan, away from where the person types.
    let worded = crate::ui::perf::deferred(
        move || {
            store.current.track();
            store.lang.track();
        },
        move || {
            let lang = store.lang.get_untracked();
            let worded = before.try_with_value(|before| {
                before.as_ref().map_err(Clone::clone).map(|before| {
                    store.current.with_untracked(|c| {
                        c.as_ref()
                            .map(|open| word(before, &open.plan, lang))
                            .unwrap_or_else(|| word(before, before, lang))
                    })
                })
            })?;
            Some(Some(worded))
        },
    );
    view! {
        <div class="version-diff" data-testid="version-diff">
            <h3 class="version-diff-title">{move || t().versions().changes_title}</h3>
            {move || worded.get().map(|worded| match worded {
                Err(e) => view! { <p class="error" role="alert">{super::cannot_open(store.lang.get(), &e)}</p> }.into_any(),
                Ok(Worded { overview, sections }) => view! {
                    <p class="version-overview" data-testid="version-overview">{overview}</p>
                    {sections.into_iter().map(|(section, sentences)| view! {
                        <section class="version-section" data-section=format!("{section:?}").to_lowercase()>
                            <h4>{(t().diff().heading)(section)}</h4>
                            <ul>
                                {sentences.into_iter().map(|s| view! {
                                    <li data-testid="version-change">{s}</li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                }
                .into_any(),
            })}
        </div>
    }
}
