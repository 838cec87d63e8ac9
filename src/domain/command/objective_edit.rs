//! The changes an objective takes, one field at a time, and which of them
//! merge into one undo step when typed.

use crate::domain::{
    forecast::TargetPeriod,
    number::{from_typed, to_typed},
    ItemId, KpiRef, ObjectiveKpi, Rank, Target, Unit,
};
use chrono::NaiveDate;

/// One change to one field of an objective.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjectiveEdit {
    /// Short title (never empty).
    Title(String),
    /// Priority or secondary.
    Rank(Rank),
    /// The specific statement.
    Statement(String),
    /// Who is responsible.
    Owner(String),
    /// Why it is realistic.
    Rationale(String),
    /// When success is judged: inside the plan period.
    Deadline(Option<NaiveDate>),
    /// Puts a deadline back as it was (undo): a later period change may have
    /// left it outside the period, which is a warning, not a refusal.
    RestoreDeadline(Option<NaiveDate>),
    /// Strategy elements it serves.
    StrategyElements(Vec<ItemId>),
    /// The KPIs that measure it (adding or removing one).
    Kpis(Vec<ObjectiveKpi>),
    /// Baseline of one of its KPIs, in the KPI's unit.
    Baseline(KpiRef, Option<f64>),
    /// Target of one of its KPIs.
    Target(KpiRef, Option<Target>),
    /// What the target of one of its KPIs counts (`None`: the KPI's usual period).
    Period(KpiRef, Option<TargetPeriod>),
    /// Share of the increment its digital actions must bring, 0 to 1
    /// (`None`: all of it).
    DigitalShare(Option<f64>),
}

impl ObjectiveEdit {
    /// The edit that adds `kpi` after an objective's `kpis`, with no
    /// baseline or target yet.
    pub fn add_kpi(kpis: &[ObjectiveKpi], kpi: KpiRef) -> ObjectiveEdit {
        let mut list = kpis.to_vec();
        list.push(ObjectiveKpi::new(kpi));
        ObjectiveEdit::Kpis(list)
    }

    /// The edit that writes the target of `row` (a KPI of `unit`) as a
    /// change in percent (`to_change`) or as a value to reach: the same aim
    /// when the baseline allows converting it, else the figure in the field
    /// kept in the new kind (15 CHF becomes +15%). `None` when there is no
    /// target yet: the kind then only says how the next figure typed reads.
    pub fn switch_target(row: &ObjectiveKpi, unit: Unit, to_change: bool) -> Option<ObjectiveEdit> {
        let target = row.target?;
        let switched = match (target, to_change) {
            (Target::Change(_), true) | (Target::Value(_), false) => target,
            (Target::Value(v), true) => target
                .to_change(row.baseline)
                .unwrap_or(Target::Change(to_typed(unit, v) / 100.0)),
            // A change from zero reaches nothing: its figure is kept instead.
            (Target::Change(c), false) => target
                .to_value(row.baseline.filter(|b| *b != 0.0))
                .unwrap_or(Target::Value(from_typed(unit, c * 100.0))),
        };
        Some(ObjectiveEdit::Target(row.kpi.clone(), Some(switched)))
    }

    /// The edit that takes `kpi` out of an objective's `kpis`, with its
    /// baseline and target; the others keep their order.
    pub fn remove_kpi(kpis: &[ObjectiveKpi], kpi: &KpiRef) -> ObjectiveEdit {
        ObjectiveEdit::Kpis(kpis.iter().filter(|k| k.kpi != *kpi).cloned().collect())
    }
}

/// A field of an objective, as undo sees it: keystrokes in one typed field
/// merge into one undo step, picks never do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectiveField {
    /// Short title.
    Title,
    /// Priority or secondary.
    Rank,
    /// The specific statement.
    Statement,
    /// Who is responsible.
    Owner,
    /// Why it is realistic.
    Rationale,
    /// The deadline.
    Deadline,
    /// The strategy elements it serves.
    StrategyElements,
    /// The list of its KPIs.
    Kpis,
    /// The baseline of one of its KPIs.
    Baseline,
    /// The target of one of its KPIs.
    Target,
    /// What the target of one of its KPIs counts.
    Period,
    /// The share its digital actions must bring.
    DigitalShare,
}

impl ObjectiveField {
    /// Whether the field is typed (text or a number), so that keystrokes
    /// merge into one undo step; a pick (rank, date, list, period) never
    /// merges.
    pub fn is_typed(self) -> bool {
        matches!(
            self,
            ObjectiveField::Title
                | ObjectiveField::Statement
                | ObjectiveField::Owner
                | ObjectiveField::Rationale
                | ObjectiveField::Baseline
                | ObjectiveField::Target
                | ObjectiveField::DigitalShare
        )
    }
}

impl ObjectiveEdit {
    /// Whether the field is typed, so that keystrokes merge into one undo
    /// step (picking a rank, a deadline, a KPI or a period does not merge).
    pub(super) fn is_typed(&self) -> bool {
        self.field().0.is_typed()
    }

    /// The field it edits and, for a KPI's figures, which KPI: edits with
    /// the same field and KPI merge when typed.
    pub(super) fn field(&self) -> (ObjectiveField, Option<&KpiRef>) {
        match self {
            ObjectiveEdit::Title(_) => (ObjectiveField::Title, None),
            ObjectiveEdit::Rank(_) => (ObjectiveField::Rank, None),
            ObjectiveEdit::Statement(_) => (ObjectiveField::Statement, None),
            ObjectiveEdit::Owner(_) => (ObjectiveField::Owner, None),
            ObjectiveEdit::Rationale(_) => (ObjectiveField::Rationale, None),
            ObjectiveEdit::Deadline(_) | ObjectiveEdit::RestoreDeadline(_) => {
                (ObjectiveField::Deadline, None)
            }
            ObjectiveEdit::StrategyElements(_) => (ObjectiveField::StrategyElements, None),
            ObjectiveEdit::Kpis(_) => (ObjectiveField::Kpis, None),
            ObjectiveEdit::Baseline(k, _) => (ObjectiveField::Baseline, Some(k)),
            ObjectiveEdit::Target(k, _) => (ObjectiveField::Target, Some(k)),
            ObjectiveEdit::Period(k, _) => (ObjectiveField::Period, Some(k)),
            ObjectiveEdit::DigitalShare(_) => (ObjectiveField::DigitalShare, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{apply, Command, CustomKpi, Lang, Objective, Plan};

    fn refs(edit: &ObjectiveEdit) -> Vec<KpiRef> {
        match edit {
            ObjectiveEdit::Kpis(list) => list.iter().map(|k| k.kpi.clone()).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_kpi_is_added_last_and_removed_with_its_figures() {
        let orders = KpiRef::Catalogue("orders".into());
        let aov = KpiRef::Catalogue("aov".into());
        let mut first = ObjectiveKpi::new(orders.clone());
        first.baseline = Some(10.0);
        let kpis = vec![first];
        let added = ObjectiveEdit::add_kpi(&kpis, aov.clone());
        assert_eq!(refs(&added), [orders.clone(), aov.clone()]);
        let ObjectiveEdit::Kpis(list) = &added else {
            panic!("a list of KPIs");
        };
        assert_eq!(list[0].baseline, Some(10.0), "the others are kept");
        assert_eq!((list[1].baseline, list[1].target), (None, None));
        assert_eq!(refs(&ObjectiveEdit::remove_kpi(list, &orders)), [aov]);
        assert_eq!(
            refs(&ObjectiveEdit::remove_kpi(list, &KpiRef::Custom(ItemId(9)))).len(),
            2
        );
    }

    fn row(baseline: Option<f64>, target: Option<Target>) -> ObjectiveKpi {
        ObjectiveKpi {
            baseline,
            target,
            ..ObjectiveKpi::new(KpiRef::Catalogue("aov".into()))
        }
    }

    fn switched(row: &ObjectiveKpi, unit: Unit, to_change: bool) -> Option<Target> {
        match ObjectiveEdit::switch_target(row, unit, to_change) {
            Some(ObjectiveEdit::Target(_, t)) => t,
            _ => None,
        }
    }

    #[test]
    fn switching_a_target_keeps_its_aim_or_at_least_its_figure() {
        // No target yet: nothing in the plan changes.
        assert_eq!(
            ObjectiveEdit::switch_target(&row(None, None), Unit::Money, true),
            None
        );
        // With a baseline the aim is the same: 96 from 80 is +20%, and back.
        let to_change = switched(
            &row(Some(80.0), Some(Target::Value(96.0))),
            Unit::Money,
            true,
        );
        let Some(Target::Change(c)) = to_change else {
            panic!("a change: {to_change:?}");
        };
        assert!((c - 0.2).abs() < 1e-9);
        let back = switched(
            &row(Some(80.0), Some(Target::Change(0.2))),
            Unit::Money,
            false,
        );
        let Some(Target::Value(v)) = back else {
            panic!("a value: {back:?}");
        };
        assert!((v - 96.0).abs() < 1e-9);
        // Without a baseline the figure typed stays: 15 CHF becomes +15%,
        // never a target erased.
        let kept = switched(&row(None, Some(Target::Value(15.0))), Unit::Money, true);
        assert_eq!(kept, Some(Target::Change(0.15)));
        let kept = switched(
            &row(Some(0.0), Some(Target::Change(0.15))),
            Unit::Percent,
            false,
        );
        assert!(
            matches!(kept, Some(Target::Value(v)) if (v - 0.15).abs() < 1e-9),
            "{kept:?}"
        );
        // Already of that kind: unchanged.
        let same = row(None, Some(Target::Change(0.3)));
        assert_eq!(
            switched(&same, Unit::Count, true),
            Some(Target::Change(0.3))
        );
    }

    #[test]
    fn a_custom_kpi_is_created_and_added_in_one_undo_step() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut plan = Plan::new("K", day, Lang::En);
        let o = Objective::new(ItemId(1), "O", Rank::Priority);
        plan.objectives.push(o);
        plan.next_id = 2;
        let kpi = CustomKpi {
            id: ItemId(2),
            name: "Calls".into(),
            unit: Default::default(),
            direction: Default::default(),
            definition: String::new(),
        };
        let before = plan.clone();
        let undo = apply(&mut plan, Command::add_custom_kpi(ItemId(1), &[], kpi)).unwrap();
        assert_eq!(plan.custom_kpis.len(), 1);
        let kpis: Vec<_> = plan.objectives[0]
            .kpis
            .iter()
            .map(|k| k.kpi.clone())
            .collect();
        assert_eq!(kpis, [KpiRef::Custom(ItemId(2))]);
        apply(&mut plan, undo).unwrap();
        assert_eq!(plan, before);
    }

    #[test]
    fn a_computed_value_lands_on_the_kpi_added_if_needed_in_one_step() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut plan = Plan::new("K", day, Lang::En);
        plan.objectives
            .push(Objective::new(ItemId(1), "O", Rank::Priority));
        plan.next_id = 2;
        let rate = KpiRef::Catalogue("conversion_rate".into());
        let before = plan.clone();
        let use_value = |plan: &Plan, value, as_target| {
            Command::use_value(
                ItemId(1),
                &plan.objectives[0].kpis,
                rate.clone(),
                value,
                as_target,
            )
        };
        let undo = apply(&mut plan, use_value(&before, 0.025, false)).unwrap();
        let k = &plan.objectives[0].kpis;
        assert_eq!(
            (k.len(), k[0].baseline, k[0].target),
            (1, Some(0.025), None)
        );
        // Measured already: the KPI is not added twice, its baseline stays.
        let mut twice = plan.clone();
        apply(&mut twice, use_value(&plan, 0.03, true)).unwrap();
        let k = &twice.objectives[0].kpis;
        assert_eq!(k.len(), 1);
        assert_eq!(
            (k[0].baseline, k[0].target),
            (Some(0.025), Some(Target::Value(0.03)))
        );
        // One undo step takes both the KPI and its value away.
        apply(&mut plan, undo).unwrap();
        assert_eq!(plan, before);
    }
}
