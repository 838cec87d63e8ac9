//! The dashboard's reading of the measurements: progress from baseline to
//! target (aware of the KPI's direction, since the target says which way to
//! go), status against the time elapsed to the deadline, and measurements
//! pasted as CSV.

use crate::domain::{number::parse_decimal, KpiRef, Measurement, Objective, ObjectiveKpi, Plan};
use chrono::NaiveDate;

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
    /// last measurement.
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
    let series = series(plan, o, &k.kpi);
    let target = k.target.and_then(|t| t.resolve(k.baseline));
    let last = series.last().copied();
    let progress = match (k.baseline, target, last) {
        (Some(b), Some(t), Some((_, v))) if (t - b).abs() > f64::EPSILON * b.abs().max(1.0) => {
            Some((v - b) / (t - b))
        }
        _ => None,
    };
    let deadline = o.deadline.unwrap_or(plan.period.end);
    let elapsed = last.map(|(d, _)| {
        let total = (deadline - plan.period.start).num_days().max(1) as f64;
        ((d - plan.period.start).num_days() as f64 / total).clamp(0.0, 1.0)
    });
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
    use crate::domain::{ItemId, Lang, Rank, Target};

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
