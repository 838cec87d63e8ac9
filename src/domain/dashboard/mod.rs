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

// Each item visited counts, in tests (see `domain::work`).
#[cfg(test)]
use crate::domain::work;
use crate::domain::work::step;

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
mod tests;
