//! The dashboard's reading of the measurements: progress from baseline to
//! target (aware of the KPI's direction, since the target says which way to
//! go), status against the time elapsed to the deadline, and measurements
//! pasted as CSV.

use crate::domain::{
    catalogue,
    forecast::{self, Measured, TargetPeriod},
    number::parse_decimal,
    ActionStatus, CustomKpi, ItemId, KpiRef, Lang, Measurement, Objective, ObjectiveKpi, Plan,
    Rank, Unit,
};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Work counter of the dashboard's readings, for the tests that prove them
/// linear by counting the items visited (timing is `make bench`'s).
#[cfg(test)]
mod work {
    use std::cell::Cell;
    thread_local!(pub static STEPS: Cell<usize> = const { Cell::new(0) });
}

/// One item visited (a measurement, a KPI, an action).
#[inline]
fn step() {
    #[cfg(test)]
    work::STEPS.with(|s| s.set(s.get() + 1));
}

/// Where an objective's KPI stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No measurement yet, or no target to measure against.
    NoData,
    /// Progress keeps up with the time elapsed (at most 10 points behind).
    OnTrack,
    /// Behind, but by less than 30 points.
    AtRisk,
    /// 30 points or more behind the time elapsed.
    OffTrack,
}

/// Points of progress an objective may lag behind the time elapsed and still be on track.
pub const ON_TRACK_SLACK: f64 = 0.10;
/// Beyond this lag, an objective is off track.
pub const AT_RISK_SLACK: f64 = 0.30;

/// The reading of one KPI of one objective.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiProgress {
    /// The KPI.
    pub kpi: KpiRef,
    /// Its measurements for this objective, oldest first.
    pub series: Vec<(NaiveDate, f64)>,
    /// Baseline.
    pub baseline: Option<f64>,
    /// Target value.
    pub target: Option<f64>,
    /// Share of the way from baseline to target (0 = baseline, 1 = target;
    /// may go below 0 or above 1).
    pub progress: Option<f64>,
    /// Share of the time from the plan start to the deadline elapsed at the
    /// last measurement: the share of the way to the target due by then.
    pub elapsed: Option<f64>,
    /// The verdict.
    pub status: Status,
}

/// The measurements of `kpi` that belong to objective `o`, oldest first
/// (a measurement with no objective counts for every objective of its KPI).
pub fn series(plan: &Plan, o: &Objective, kpi: &KpiRef) -> Vec<(NaiveDate, f64)> {
    let mut s: Vec<(NaiveDate, f64)> = plan
        .measurements
        .iter()
        .filter(|m| &m.kpi == kpi && m.objective.is_none_or(|id| id == o.id))
        .map(|m| (m.date, m.value))
        .collect();
    s.sort_by_key(|(d, _)| *d);
    s
}

/// How `k` of objective `o` is doing.
pub fn kpi_progress(plan: &Plan, o: &Objective, k: &ObjectiveKpi) -> KpiProgress {
    progress_of(plan, o, k, series(plan, o, &k.kpi))
}

/// How `k` of objective `o` is doing, given its series (oldest first).
fn progress_of(
    plan: &Plan,
    o: &Objective,
    k: &ObjectiveKpi,
    series: Vec<(NaiveDate, f64)>,
) -> KpiProgress {
    let target = k.target.and_then(|t| t.resolve(k.baseline));
    let last = series.last().copied();
    let deadline = o.deadline.unwrap_or(plan.period.end);
    let time = last.map(|(d, _)| {
        let total = (deadline - plan.period.start).num_days().max(1) as f64;
        ((d - plan.period.start).num_days() as f64 / total).clamp(0.0, 1.0)
    });
    let (progress, elapsed) = match forecast::measured(k) {
        // A running total is read against the target's total over the
        // window, due evenly.
        Measured::RunningTotal => {
            let periods = match forecast::period_of(k) {
                Some(TargetPeriod::Year) => {
                    TargetPeriod::Year.count_in(forecast::months_to_deadline(plan, o))
                }
                _ => 1.0,
            };
            match (target, last) {
                (Some(t), Some((_, v))) if (t * periods).abs() > f64::EPSILON => {
                    (Some(v / (t * periods)), time)
                }
                _ => (None, time),
            }
        }
        Measured::Level | Measured::PerMonth => (
            match (k.baseline, target, last) {
                (Some(b), Some(t), Some((_, v)))
                    if (t - b).abs() > f64::EPSILON * b.abs().max(1.0) =>
                {
                    Some((v - b) / (t - b))
                }
                _ => None,
            },
            time,
        ),
    };
    let status = match (progress, elapsed) {
        (Some(p), Some(e)) if p >= e - ON_TRACK_SLACK => Status::OnTrack,
        (Some(p), Some(e)) if p >= e - AT_RISK_SLACK => Status::AtRisk,
        (Some(_), Some(_)) => Status::OffTrack,
        _ => Status::NoData,
    };
    KpiProgress {
        kpi: k.kpi.clone(),
        series,
        baseline: k.baseline,
        target,
        progress,
        elapsed,
        status,
    }
}

/// Name and unit of the KPIs a plan references, looked up in one map of
/// its custom KPIs rather than by a scan of them for each reference (what
/// [`crate::domain::smart::kpi_name`] and `kpi_meta` do, fine for one KPI,
/// quadratic for a list of them).
pub struct KpiLookup<'a> {
    custom: HashMap<ItemId, &'a CustomKpi>,
}

impl<'a> KpiLookup<'a> {
    /// Indexes the custom KPIs of `plan` (the first of a repeated id wins,
    /// as a scan would find it).
    pub fn new(plan: &'a Plan) -> Self {
        let mut custom = HashMap::with_capacity(plan.custom_kpis.len());
        for k in &plan.custom_kpis {
            step();
            custom.entry(k.id).or_insert(k);
        }
        KpiLookup { custom }
    }

    /// Name of `kpi` in `lang`, as `smart::kpi_name` says it.
    pub fn name(&self, kpi: &KpiRef, lang: Lang) -> String {
        match kpi {
            KpiRef::Catalogue(key) => catalogue::kpi(key)
                .map(|k| k.name.get(lang).to_string())
                .unwrap_or_else(|| key.clone()),
            KpiRef::Custom(id) => self
                .custom
                .get(id)
                .map(|k| k.name.clone())
                .unwrap_or_else(|| format!("#{id}")),
        }
    }

    /// Unit of `kpi`, as `smart::kpi_meta` says it (the default for an
    /// unknown reference).
    pub fn unit(&self, kpi: &KpiRef) -> Unit {
        match kpi {
            KpiRef::Catalogue(key) => catalogue::kpi(key).map(|k| k.unit),
            KpiRef::Custom(id) => self.custom.get(id).map(|k| k.unit),
        }
        .unwrap_or_default()
    }
}

/// The measurements of a plan by KPI and objective, indexed in one pass.
pub struct MeasurementIndex<'a> {
    /// Plan position and measurement, in plan order, by KPI and objective
    /// (`None`: a measurement for every objective of its KPI).
    by: HashMap<(&'a KpiRef, Option<ItemId>), Positioned<'a>>,
}

/// Measurements with their position in the plan.
type Positioned<'a> = Vec<(usize, &'a Measurement)>;

impl<'a> MeasurementIndex<'a> {
    /// Indexes the measurements of `plan`.
    pub fn new(plan: &'a Plan) -> Self {
        let mut by: HashMap<_, Vec<_>> = HashMap::new();
        for (i, m) in plan.measurements.iter().enumerate() {
            step();
            by.entry((&m.kpi, m.objective)).or_default().push((i, m));
        }
        MeasurementIndex { by }
    }

    /// The measurements of `kpi` that belong to objective `o`, in plan
    /// order: its own and those for no objective, as [`series`] reads them.
    pub fn of(&self, o: ItemId, kpi: &'a KpiRef) -> impl Iterator<Item = &'a Measurement> + '_ {
        let list = |objective| {
            self.by
                .get(&(kpi, objective))
                .map(Vec::as_slice)
                .unwrap_or_default()
        };
        let (mut own, mut shared) = (
            list(Some(o)).iter().peekable(),
            list(None).iter().peekable(),
        );
        std::iter::from_fn(move || {
            let next = match (own.peek(), shared.peek()) {
                (Some(a), Some(b)) if a.0 < b.0 => own.next(),
                (Some(_), None) => own.next(),
                _ => shared.next(),
            };
            next.map(|(_, m)| {
                step();
                *m
            })
        })
    }
}

/// The dashboard's reading of one KPI of one objective.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiReading {
    /// Its name in the language asked for.
    pub name: String,
    /// Its unit.
    pub unit: Unit,
    /// Progress and status.
    pub progress: KpiProgress,
    /// Its measurements for this objective, in plan order: id, date, value.
    pub measurements: Vec<(ItemId, NaiveDate, f64)>,
    /// What each measurement records (a month's figure, a running total).
    pub measured: Measured,
}

/// The dashboard's card of one objective.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ObjectiveBoard {
    /// Its title.
    pub title: String,
    /// Whether it is a priority objective.
    pub priority: bool,
    /// Its KPIs, each once (a KPI listed twice is read once), in order.
    pub kpis: Vec<KpiRef>,
    /// The reading of each of them.
    pub readings: HashMap<KpiRef, KpiReading>,
    /// The next two open actions serving it that have not ended by
    /// `today` (a repeating one by its next occurrence): from when (that
    /// start, or today once started) and title.
    pub next_actions: Vec<(NaiveDate, String)>,
}

/// Everything the dashboard shows per objective, read from the plan in one
/// pass over its objectives, KPIs, measurements and actions, so that each
/// card and each KPI panel reads its own part by key: the work grows with
/// the size of the plan, not with KPIs times measurements.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Board {
    /// The objectives, priority first, otherwise in plan order.
    pub order: Vec<ItemId>,
    /// Each objective's card, by id.
    pub objectives: HashMap<ItemId, ObjectiveBoard>,
}

/// The dashboard of `plan`, names in `lang`, next actions from `today`.
pub fn board(plan: &Plan, lang: Lang, today: NaiveDate) -> Board {
    let names = KpiLookup::new(plan);
    let measured = MeasurementIndex::new(plan);
    let mut order: Vec<(ItemId, Rank)> = Vec::new();
    let mut objectives = HashMap::with_capacity(plan.objectives.len());
    for o in &plan.objectives {
        step();
        order.push((o.id, o.rank));
        let mut card = ObjectiveBoard {
            title: o.title.clone(),
            priority: o.rank == Rank::Priority,
            ..ObjectiveBoard::default()
        };
        for k in &o.kpis {
            step();
            // A KPI listed twice is read once, from its first listing.
            if card.readings.contains_key(&k.kpi) {
                continue;
            }
            let measurements: Vec<(ItemId, NaiveDate, f64)> = measured
                .of(o.id, &k.kpi)
                .map(|m| (m.id, m.date, m.value))
                .collect();
            let mut series: Vec<(NaiveDate, f64)> =
                measurements.iter().map(|(_, d, v)| (*d, *v)).collect();
            series.sort_by_key(|(d, _)| *d);
            card.kpis.push(k.kpi.clone());
            card.readings.insert(
                k.kpi.clone(),
                KpiReading {
                    name: names.name(&k.kpi, lang),
                    unit: names.unit(&k.kpi),
                    progress: progress_of(plan, o, k, series),
                    measurements,
                    measured: forecast::measured(k),
                },
            );
        }
        objectives.entry(o.id).or_insert(card);
    }
    // The next open actions of each objective.
    let mut next: HashMap<ItemId, Vec<(NaiveDate, String)>> = HashMap::new();
    for a in &plan.actions {
        step();
        if matches!(a.status, ActionStatus::Done | ActionStatus::Cancelled) {
            continue;
        }
        // A repeating action's next occurrence not over by today.
        let Some((start, _)) = crate::domain::timeline::each_occurrence(a, plan.period.end)
            .find(|(_, end)| *end >= today)
        else {
            continue;
        };
        let mut served = HashSet::with_capacity(a.objectives.len());
        for id in &a.objectives {
            step();
            if served.insert(*id) {
                next.entry(*id)
                    .or_default()
                    .push((start.max(today), a.title.clone()));
            }
        }
    }
    for (id, mut list) in next {
        if let Some(card) = objectives.get_mut(&id) {
            list.sort();
            list.truncate(2);
            card.next_actions = list;
        }
    }
    order.sort_by_key(|(_, r)| *r != Rank::Priority);
    let mut seen = HashSet::with_capacity(order.len());
    Board {
        order: order
            .into_iter()
            .map(|(id, _)| id)
            .filter(|id| seen.insert(*id))
            .collect(),
        objectives,
    }
}

/// Why a pasted line could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvLineError {
    /// Not two columns.
    Columns,
    /// The first column is not a date (2027-03-31 or 31.03.2027).
    Date,
    /// The second column is not a number.
    Value,
}

/// Reads `date,value` lines (or `date;value`, with a decimal comma), as a
/// spreadsheet copies them. A first line that is a header is skipped. Any
/// bad line refuses the whole paste, naming its line number (from 1).
pub fn parse_csv(text: &str) -> Result<Vec<(NaiveDate, f64)>, (usize, CsvLineError)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() {
            continue;
        }
        let cells: Vec<&str> = if line.contains(';') || line.contains('\t') {
            line.split([';', '\t']).collect()
        } else {
            line.splitn(2, ',').collect()
        };
        if cells.len() != 2 {
            return Err((i + 1, CsvLineError::Columns));
        }
        let date = NaiveDate::parse_from_str(cells[0].trim(), "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(cells[0].trim(), "%d.%m.%Y"))
            .or_else(|_| NaiveDate::parse_from_str(cells[0].trim(), "%d/%m/%Y"));
        let Ok(date) = date else {
            if i == 0 && out.is_empty() {
                continue; // a header
            }
            return Err((i + 1, CsvLineError::Date));
        };
        let value = parse_decimal(cells[1].trim().trim_matches('"'))
            .map_err(|_| (i + 1, CsvLineError::Value))?;
        out.push((date, value));
    }
    Ok(out)
}

/// A measurement of `kpi` for objective `o`.
pub fn measurement(
    id: crate::domain::ItemId,
    o: &Objective,
    kpi: &KpiRef,
    date: NaiveDate,
    value: f64,
) -> Measurement {
    Measurement {
        id,
        kpi: kpi.clone(),
        objective: Some(o.id),
        date,
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Target;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plan(kpi: &str, baseline: f64, target: f64) -> (Plan, ObjectiveKpi) {
        let mut p = Plan::new("T", d(2027, 1, 1), Lang::Fr);
        let mut o = Objective::new(ItemId(1), "O", Rank::Priority);
        o.deadline = Some(d(2027, 12, 31));
        let k = ObjectiveKpi {
            kpi: KpiRef::Catalogue(kpi.into()),
            baseline: Some(baseline),
            target: Some(Target::Value(target)),
            period: None,
        };
        o.kpis = vec![k.clone()];
        p.objectives.push(o);
        p.next_id = 2;
        (p, k)
    }

    fn record(p: &mut Plan, date: NaiveDate, value: f64) {
        let id = ItemId(p.next_id);
        p.next_id += 1;
        let m = measurement(
            id,
            &p.objectives[0],
            &p.objectives[0].kpis[0].kpi,
            date,
            value,
        );
        p.measurements.push(m);
    }

    #[test]
    fn progress_follows_the_direction_of_the_target() {
        // Cost per order: lower is better, from 25 to 20.
        let (mut p, k) = plan("cost_per_order", 25.0, 20.0);
        record(&mut p, d(2027, 7, 1), 22.5);
        let r = kpi_progress(&p, &p.objectives[0].clone(), &k);
        assert_eq!(r.progress, Some(0.5));
        assert_eq!(r.status, Status::OnTrack, "half way at half the time");
        record(&mut p, d(2027, 10, 1), 24.0);
        let r = kpi_progress(&p, &p.objectives[0].clone(), &k);
        assert!((r.progress.unwrap() - 0.2).abs() < 1e-9);
        assert_eq!(
            r.status,
            Status::OffTrack,
            "20% of the way at 75% of the time"
        );
    }

    /// A plan with `n` custom KPIs on objectives of `per` KPIs each (20,
    /// the most validation accepts, or all on one), each KPI with two
    /// measurements of its own, plus one for no objective every ten KPIs,
    /// and one action serving its objective.
    fn wide_plan(n: u32, per: u32) -> Plan {
        let mut p = Plan::new("T", d(2027, 1, 1), Lang::Fr);
        let mut id = 0;
        let mut next = || {
            id += 1;
            ItemId(id)
        };
        let mut o = Objective::new(next(), "O", Rank::Priority);
        for i in 0..n {
            if i > 0 && i.is_multiple_of(per) {
                let rank = if p.objectives.len().is_multiple_of(3) {
                    Rank::Secondary
                } else {
                    Rank::Priority
                };
                let full = std::mem::replace(&mut o, Objective::new(next(), "O", rank));
                p.objectives.push(full);
            }
            let k = next();
            p.custom_kpis.push(crate::domain::CustomKpi {
                id: k,
                name: format!("KPI {i}"),
                unit: Unit::Count,
                direction: Default::default(),
                definition: String::new(),
            });
            o.kpis.push(ObjectiveKpi {
                kpi: KpiRef::Custom(k),
                baseline: Some(10.0),
                target: Some(Target::Value(20.0)),
                period: None,
            });
            for (day, value) in [(d(2027, 3, 1), 12.0), (d(2027, 2, 1), 11.0)] {
                p.measurements
                    .push(measurement(next(), &o, &KpiRef::Custom(k), day, value));
            }
            if i % 10 == 0 {
                p.measurements.push(Measurement {
                    id: next(),
                    kpi: KpiRef::Custom(k),
                    objective: None,
                    date: d(2027, 4, 1),
                    value: 13.0,
                });
            }
            let mut a = crate::domain::Action::new(next(), &format!("A {i}"), d(2027, 5, 1));
            a.objectives = vec![o.id];
            p.actions.push(a);
        }
        p.objectives.push(o);
        p.next_id = id + 1;
        p
    }

    /// Items the dashboard's reading of `plan` visits.
    fn steps(plan: &Plan) -> usize {
        work::STEPS.with(|s| s.set(0));
        let b = board(plan, Lang::Fr, d(2027, 1, 1));
        let n = work::STEPS.with(|s| s.get());
        let read: usize = b.objectives.values().map(|o| o.readings.len()).sum();
        assert_eq!(read, plan.custom_kpis.len());
        n
    }

    /// The reading visits each item a bounded number of
    /// times: doubling the plan doubles the work, and the work stays within
    /// a few visits per item, on one objective of many KPIs as on many
    /// objectives of 20 (what validation now accepts).
    #[test]
    fn the_dashboard_reading_is_linear_in_kpis_and_measurements() {
        for per in [20, u32::MAX] {
            linear(wide_plan(500, per), wide_plan(1_000, per));
        }
    }

    fn linear(small: Plan, large: Plan) {
        let size = |p: &Plan| {
            p.objectives.len()
                + p.objectives.iter().map(|o| o.kpis.len()).sum::<usize>()
                + p.custom_kpis.len()
                + p.measurements.len()
                + p.actions.len()
        };
        let (a, b) = (steps(&small), steps(&large));
        assert!(
            b <= 4 * size(&large),
            "{b} items visited for a plan of {} items",
            size(&large)
        );
        assert!(
            (b as f64) <= 2.2 * a as f64,
            "twice the KPIs and measurements: {a} -> {b} visits"
        );
    }

    /// The reading of the whole board says what the per-KPI functions say,
    /// for objectives sharing a KPI, a measurement for no objective, a
    /// custom KPI, an unknown one and a KPI listed twice.
    #[test]
    fn the_board_reads_what_each_kpi_reads_alone() {
        let (mut p, k) = plan("conversion_rate", 2.0, 3.0);
        let custom = ItemId(50);
        p.custom_kpis.push(crate::domain::CustomKpi {
            id: custom,
            name: "Appels".into(),
            unit: Unit::Count,
            direction: Default::default(),
            definition: String::new(),
        });
        let mut second = Objective::new(ItemId(2), "Second", Rank::Secondary);
        second.kpis = vec![
            k.clone(),
            ObjectiveKpi::new(KpiRef::Custom(custom)),
            ObjectiveKpi::new(KpiRef::Custom(ItemId(99))),
            ObjectiveKpi {
                baseline: Some(9.0),
                ..k.clone()
            },
        ];
        p.objectives.insert(0, second);
        p.next_id = 100;
        let first = p.objectives[1].clone();
        record(&mut p, d(2027, 3, 1), 2.4);
        p.measurements[0].objective = Some(first.id);
        p.measurements.push(Measurement {
            id: ItemId(60),
            kpi: k.kpi.clone(),
            objective: None,
            date: d(2027, 2, 1),
            value: 2.2,
        });
        p.measurements.push(Measurement {
            id: ItemId(61),
            kpi: k.kpi.clone(),
            objective: Some(ItemId(2)),
            date: d(2027, 1, 15),
            value: 2.1,
        });
        let b = board(&p, Lang::En, d(2027, 1, 1));
        assert_eq!(b.order, vec![ItemId(1), ItemId(2)], "priority first");
        for o in &p.objectives {
            let card = &b.objectives[&o.id];
            let distinct: Vec<KpiRef> = o.kpis.iter().fold(Vec::new(), |mut v, k| {
                if !v.contains(&k.kpi) {
                    v.push(k.kpi.clone());
                }
                v
            });
            assert_eq!(card.kpis, distinct);
            for r in &card.kpis {
                let k = o.kpis.iter().find(|k| &k.kpi == r).unwrap();
                let reading = &card.readings[r];
                assert_eq!(reading.progress, kpi_progress(&p, o, k));
                assert_eq!(
                    reading.name,
                    crate::domain::smart::kpi_name(&p, r, Lang::En)
                );
                assert_eq!(
                    reading.unit,
                    crate::domain::smart::kpi_meta(&p, r)
                        .map(|m| m.unit)
                        .unwrap_or_default()
                );
                let ids: Vec<ItemId> = p
                    .measurements
                    .iter()
                    .filter(|m| &m.kpi == r && m.objective.is_none_or(|x| x == o.id))
                    .map(|m| m.id)
                    .collect();
                assert_eq!(
                    reading.measurements.iter().map(|m| m.0).collect::<Vec<_>>(),
                    ids
                );
            }
        }
        let shared = &b.objectives[&ItemId(2)].readings[&k.kpi];
        assert_eq!(
            shared.progress.series,
            vec![(d(2027, 1, 15), 2.1), (d(2027, 2, 1), 2.2)]
        );
        assert_eq!(
            b.objectives[&ItemId(2)].readings[&KpiRef::Custom(custom)].name,
            "Appels"
        );
    }

    #[test]
    fn next_actions_are_the_two_first_open_ones_serving_the_objective() {
        let (mut p, _) = plan("orders", 1.0, 2.0);
        let today = d(2027, 3, 1);
        let mut add = |id: u32, title: &str, start: NaiveDate, end: NaiveDate, status| {
            let mut a = crate::domain::Action::new(ItemId(id), title, start);
            a.end = end;
            a.status = status;
            a.objectives = vec![ItemId(1), ItemId(1)];
            p.actions.push(a);
        };
        add(
            10,
            "ended",
            d(2027, 1, 1),
            d(2027, 2, 1),
            ActionStatus::default(),
        );
        add(11, "done", d(2027, 3, 2), d(2027, 3, 9), ActionStatus::Done);
        add(
            12,
            "later",
            d(2027, 6, 1),
            d(2027, 6, 9),
            ActionStatus::default(),
        );
        add(
            13,
            "running",
            d(2027, 2, 1),
            d(2027, 4, 1),
            ActionStatus::default(),
        );
        add(
            14,
            "soon",
            d(2027, 3, 5),
            d(2027, 3, 9),
            ActionStatus::default(),
        );
        let b = board(&p, Lang::Fr, today);
        assert_eq!(
            b.objectives[&ItemId(1)].next_actions,
            vec![
                (today, "running".to_string()),
                (d(2027, 3, 5), "soon".to_string())
            ]
        );
        // A weekly action whose first week is long over comes by its next
        // occurrence, Wednesday 3 March.
        let mut weekly = crate::domain::Action::new(ItemId(15), "a weekly post", d(2027, 1, 6));
        weekly.status = ActionStatus::InProgress;
        weekly.objectives = vec![ItemId(1)];
        weekly.recurrence = Some(crate::domain::Recurrence {
            every: crate::domain::Every::Week,
            until: None,
        });
        p.actions.push(weekly);
        let b = board(&p, Lang::Fr, today);
        assert_eq!(
            b.objectives[&ItemId(1)].next_actions,
            vec![
                (today, "running".to_string()),
                (d(2027, 3, 3), "a weekly post".to_string())
            ]
        );
    }

    #[test]
    fn pasted_csv_is_read_or_refused_with_its_line() {
        let ok = parse_csv("date,value\n2027-01-31,2.5\n31.03.2027;2,75\n\n").unwrap();
        assert_eq!(ok, vec![(d(2027, 1, 31), 2.5), (d(2027, 3, 31), 2.75)]);
        assert_eq!(parse_csv("2027-01-31,abc"), Err((1, CsvLineError::Value)));
        assert_eq!(
            parse_csv("2027-01-31,1\nhier,2"),
            Err((2, CsvLineError::Date))
        );
        assert_eq!(parse_csv("2027-01-31"), Err((1, CsvLineError::Columns)));
    }
}
