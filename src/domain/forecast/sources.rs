//! The public figures a plan's forecast reads, as a deck cites them.

use super::{benchmark, Media, Rate};
use crate::domain::catalogue::L10n;

/// The public figures the plan's central scenario reads for the media its
/// budget pays (its rates left empty), as (publisher, period), each once:
/// what a deck cites as its sources.
pub fn sources_used(plan: &crate::domain::Plan) -> Vec<(&'static str, L10n)> {
    let f = &plan.forecast;
    let central = f.scenarios.get(super::central_index(f.scenarios.len()));
    let mut out: Vec<(&'static str, L10n)> = Vec::new();
    for media in Media::ALL {
        if !plan
            .budget
            .lines
            .iter()
            .any(|l| super::cost_of(l).media() == Some(media))
        {
            continue;
        }
        for rate in Rate::ALL {
            let typed = central.is_some_and(|s| s.rates(media).get(rate).is_some());
            match benchmark(f.industry, media, rate) {
                Some(b) if !typed && !out.iter().any(|(s, p)| *s == b.source && *p == b.period) => {
                    out.push((b.source, b.period))
                }
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{examples, forecast::bench::WORDSTREAM_SEARCH, Lang};
    use chrono::NaiveDate;

    #[test]
    fn a_deck_cites_the_figures_its_forecast_reads_and_no_others() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap_or_default();
        let mut p = examples::build(examples::Example::Shop, Lang::Fr, today);
        // The example types its rates: no public figure is read.
        assert_eq!(sources_used(&p), vec![]);
        let central = crate::domain::forecast::central_index(p.forecast.scenarios.len());
        for media in Media::ALL {
            for rate in Rate::ALL {
                p.forecast.scenarios[central]
                    .rates_mut(media)
                    .set(rate, None);
            }
        }
        let all = sources_used(&p);
        assert!(all.iter().any(|(s, _)| *s == WORDSTREAM_SEARCH), "{all:?}");
        // Each (publisher, period) once.
        for (i, a) in all.iter().enumerate() {
            assert!(!all[..i].contains(a));
        }
        // Rates typed for search: its figures are no longer cited.
        for rate in Rate::ALL {
            p.forecast.scenarios[central]
                .rates_mut(Media::Search)
                .set(rate, Some(0.5));
        }
        assert!(sources_used(&p)
            .iter()
            .all(|(s, _)| *s != WORDSTREAM_SEARCH));
        // No paid line: nothing to cite.
        p.budget.lines.clear();
        assert_eq!(sources_used(&p), vec![]);
    }
}
