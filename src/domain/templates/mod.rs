//! A library of typical actions per channel (a weekly post, a monthly
//! newsletter, a quarterly KPI review...), each with its usual repeat,
//! importance and length, in French and English. A template becomes a new
//! action dated inside the plan period.

mod library;

pub use library::TEMPLATES;

use crate::domain::{
    budget::{channel, Channel, ChannelDef, CHANNELS},
    catalogue::L10n,
    clamp_to, horizon_schedule, timeline, Action, Every, FromLine, Horizon, Importance, ItemId,
    Lang, Period, Plan, Recurrence, Schedule,
};
use chrono::TimeDelta;

/// A typical action.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActionTemplate {
    /// Stable key.
    pub key: &'static str,
    /// The catalogue channel it uses, by key.
    pub channel: &'static str,
    /// Its title.
    pub title: L10n,
    /// What it involves.
    pub description: L10n,
    /// Its usual importance.
    pub importance: Importance,
    /// The horizon it belongs to, which places it in the plan.
    pub horizon: Horizon,
    /// How often it repeats, if it does.
    pub every: Option<Every>,
    /// How many days one occurrence lasts (at least 1).
    pub days: u32,
}

/// The template with this key.
pub fn template(key: &str) -> Option<&'static ActionTemplate> {
    TEMPLATES.iter().find(|t| t.key == key)
}

/// The templates grouped by channel, in the catalogue's order.
pub fn by_channel() -> Vec<(&'static ChannelDef, Vec<&'static ActionTemplate>)> {
    CHANNELS
        .iter()
        .map(|c| (c, TEMPLATES.iter().filter(|t| t.channel == c.key).collect()))
        .filter(|(_, list): &(_, Vec<_>)| !list.is_empty())
        .collect()
}

impl ActionTemplate {
    /// Its channel.
    pub fn channel(&self) -> Channel {
        Channel::Catalogue(self.channel.to_string())
    }

    /// Where it falls in `period`: from its horizon's first day
    /// ([`horizon_schedule`]), one occurrence lasting its days (cut at the
    /// plan's end), repeating until the last occurrence that ends inside
    /// the plan.
    pub fn schedule(&self, period: &Period) -> Schedule {
        let start = horizon_schedule(Some(self.horizon), period, period.start).start;
        let length = TimeDelta::days(i64::from(self.days.max(1)) - 1);
        let end = clamp_to(
            period,
            start.checked_add_signed(length).unwrap_or(period.end),
        );
        let mut schedule = Schedule {
            start,
            end,
            recurrence: self.every.map(|every| Recurrence { every, until: None }),
        };
        let mut probe = Action::new(ItemId(0), "", start);
        schedule.set_on(&mut probe);
        let last_end = timeline::occurrences(&probe, period.end)
            .last()
            .map(|o| o.1);
        if let Some(r) = schedule.recurrence.as_mut() {
            if last_end.is_some_and(|e| e > period.end) {
                // The last start whose occurrence still ends in the plan.
                r.until = period
                    .end
                    .checked_sub_signed(end - start)
                    .map(|u| u.max(start));
            }
        }
        schedule
    }

    /// A new action `id` from this template for `plan`, titled in `lang`.
    /// It spends from the plan's line of its channel when there is exactly
    /// one, taking the line's delivery and objectives.
    pub fn action(&self, id: ItemId, plan: &Plan, lang: Lang) -> Action {
        let schedule = self.schedule(&plan.period);
        let mut action = Action::new(id, self.title.get(lang), schedule.start);
        schedule.set_on(&mut action);
        action.description = self.description.get(lang).to_string();
        action.importance = self.importance;
        action.horizon = Some(self.horizon);
        let channel = self.channel();
        let mut lines = plan.budget.lines.iter().filter(|l| l.channel == channel);
        match (lines.next(), lines.next()) {
            (Some(line), None) => {
                let given = FromLine::of(Some(line));
                action.budget_line = Some(line.id);
                action.delivery = given.delivery;
                action.objectives = given.objectives;
            }
            _ => action.channel = Some(channel),
        }
        action
    }

    /// Whether its channel is in the catalogue.
    pub fn channel_known(&self) -> bool {
        channel(self.channel).is_some()
    }
}

#[cfg(test)]
mod tests;
