//! Texts of the forecast shared by the pages that show it (KPIs, budget,
//! objectives, dashboard, slides): what a missing input is called, the
//! periods of a target, what a budget line pays for.

use crate::domain::{
    forecast::{Cost, Input, Lean, Measured, Media, Rate, TargetPeriod},
    KpiRef, Lang,
};

/// The forecast's shared texts, in one language.
pub struct ForecastTexts {
    /// The forecast cannot tell: the list of what is missing.
    pub unknown: fn(&str) -> String,
    /// The forecast cannot tell, with nothing to type to fix it (figures
    /// out of any sensible range).
    pub unknown_range: &'static str,
    /// Short badge of an unknown verdict.
    pub unknown_badge: &'static str,
    /// A rate of a media is missing (rate name, media name).
    pub missing_rate: fn(&str, &str) -> String,
    /// The US dollar rate is missing.
    pub missing_usd: &'static str,
    /// The average basket is missing.
    pub missing_basket: &'static str,
    /// The margin is missing.
    pub missing_margin: &'static str,
    /// The baseline of a KPI is missing (KPI name).
    pub missing_baseline: fn(&str) -> String,
    /// The share of visits from ads is zero.
    pub missing_paid_share: &'static str,
    /// Cost of a click.
    pub rate_cpc: &'static str,
    /// Cost of a thousand impressions.
    pub rate_cpm: &'static str,
    /// Cost of a thousand email sends.
    pub rate_per_thousand_sends: &'static str,
    /// Click rate per impression.
    pub rate_ctr: &'static str,
    /// Click rate per email sent.
    pub rate_email_ctr: &'static str,
    /// New customers per click.
    pub rate_conversion: &'static str,
    /// Target periods.
    pub period_month: &'static str,
    pub period_year: &'static str,
    pub period_plan: &'static str,
    /// Label of the period choice.
    pub period_label: &'static str,
    /// What a measurement records, by kind.
    pub measured_month: &'static str,
    pub measured_total: &'static str,
    pub measured_level: &'static str,
    /// What a budget line pays for.
    pub cost_label: &'static str,
    pub cost_media: fn(&str) -> String,
    pub cost_production: &'static str,
    pub cost_tools: &'static str,
    /// Said of a line whose money buys clicks.
    pub feeds_forecast: &'static str,
    /// Said of a line whose money buys none.
    pub not_in_forecast: &'static str,
    /// The names of the first scenarios by their place.
    pub scenario_names: [&'static str; 3],
    /// The name of a scenario further down (its index).
    pub scenario_name: fn(usize) -> String,
}

pub const FR: ForecastTexts = ForecastTexts {
    unknown: |list| format!("Inconnu\u{202f}: il manque {list}"),
    unknown_badge: "Inconnu",
    unknown_range: "Inconnu\u{202f}: les chiffres saisis donnent un montant hors de toute mesure",
    missing_rate: |rate, media| format!("{rate} ({media})"),
    missing_usd: "le cours du dollar US (les chiffres de référence sont en USD)",
    missing_basket: "le panier moyen",
    missing_margin: "le taux de marge",
    missing_baseline: |kpi| format!("la valeur de départ de «\u{202f}{kpi}\u{202f}»"),
    missing_paid_share: "une part de visites venant de la publicité au-dessus de 0\u{a0}%",
    rate_cpc: "coût par clic",
    rate_cpm: "coût pour mille impressions",
    rate_per_thousand_sends: "coût pour 1\u{202f}000 envois",
    rate_ctr: "taux de clic",
    rate_email_ctr: "clics par email envoyé",
    rate_conversion: "taux de conversion",
    period_month: "par mois",
    period_year: "par an",
    period_plan: "sur tout le plan",
    period_label: "La cible compte",
    measured_month: "chiffre du mois",
    measured_total: "total depuis le début du plan",
    measured_level: "valeur à la date",
    cost_label: "Nature de la dépense",
    cost_media: |media| format!("Média payant\u{202f}: {media}"),
    cost_production: "Production et honoraires",
    cost_tools: "Outils et abonnements",
    feeds_forecast: "Achète des clics\u{202f}: compte dans la prévision",
    not_in_forecast: "N'achète pas de clics\u{202f}: hors prévision",
    scenario_names: ["Prudent", "Central", "Ambitieux"],
    scenario_name: |i| format!("Scénario {}", i + 1),
};

pub const EN: ForecastTexts = ForecastTexts {
    unknown: |list| format!("Unknown: missing {list}"),
    unknown_badge: "Unknown",
    unknown_range: "Unknown: the figures typed give an amount beyond any sensible size",
    missing_rate: |rate, media| format!("{rate} ({media})"),
    missing_usd: "the US dollar rate (benchmark figures are in USD)",
    missing_basket: "the average basket",
    missing_margin: "the margin rate",
    missing_baseline: |kpi| format!("the baseline of \u{201c}{kpi}\u{201d}"),
    missing_paid_share: "a share of visits from ads above 0%",
    rate_cpc: "cost per click",
    rate_cpm: "cost per thousand impressions",
    rate_per_thousand_sends: "cost per 1,000 sends",
    rate_ctr: "click-through rate",
    rate_email_ctr: "clicks per email sent",
    rate_conversion: "conversion rate",
    period_month: "per month",
    period_year: "per year",
    period_plan: "over the whole plan",
    period_label: "The target counts",
    measured_month: "the month's figure",
    measured_total: "total since the plan start",
    measured_level: "value on the date",
    cost_label: "Kind of spending",
    cost_media: |media| format!("Paid media: {media}"),
    cost_production: "Production and fees",
    cost_tools: "Tools and subscriptions",
    feeds_forecast: "Buys clicks: counts in the forecast",
    not_in_forecast: "Buys no clicks: not in the forecast",
    scenario_names: ["Prudent", "Central", "Ambitious"],
    scenario_name: |i| format!("Scenario {}", i + 1),
};

/// A scenario's factor on a central value as a change people read: 1.25
/// is "+25 %" (French) or "+25%", 0.8 is "−20 %" or "−20%".
pub fn lean_change(factor: f64, lang: Lang) -> String {
    let points = ((factor - 1.0) * 100.0).round() as i64;
    let sign = if points < 0 { '\u{2212}' } else { '+' };
    format!(
        "{sign}{}{}",
        points.unsigned_abs(),
        super::typo::percent_suffix(lang)
    )
}

/// The prudent then the ambitious scenario's changes on prices and on
/// rates ([`Lean::factors`]), as people read them.
pub fn leans(lang: Lang) -> [String; 4] {
    let ((pc, pr), (ac, ar)) = (Lean::Prudent.factors(), Lean::Ambitious.factors());
    [pc, pr, ac, ar].map(|f| lean_change(f, lang))
}

impl ForecastTexts {
    /// The name of `rate` for `media`.
    pub fn rate(&self, media: Media, rate: Rate) -> &'static str {
        match (rate, media) {
            (Rate::Price, Media::Email) => self.rate_per_thousand_sends,
            (Rate::Price, m) if !m.per_click() => self.rate_cpm,
            (Rate::Price, _) => self.rate_cpc,
            (Rate::Ctr, Media::Email) => self.rate_email_ctr,
            (Rate::Ctr, _) => self.rate_ctr,
            (Rate::Conversion, _) => self.rate_conversion,
        }
    }

    /// What is missing, in words; `kpi` names a KPI.
    pub fn input(&self, input: &Input, lang: Lang, kpi: impl Fn(&KpiRef) -> String) -> String {
        match input {
            Input::Rate(m, r) => (self.missing_rate)(self.rate(*m, *r), m.name().get(lang)),
            Input::UsdRate => self.missing_usd.into(),
            Input::Basket => self.missing_basket.into(),
            Input::Margin => self.missing_margin.into(),
            Input::Baseline(k) => (self.missing_baseline)(&kpi(k)),
            Input::PaidShare => self.missing_paid_share.into(),
        }
    }

    /// "Unknown: missing a, b and c" for `inputs`.
    pub fn unknown_of(
        &self,
        inputs: &[Input],
        lang: Lang,
        kpi: impl Fn(&KpiRef) -> String,
    ) -> String {
        let names: Vec<String> = inputs.iter().map(|i| self.input(i, lang, &kpi)).collect();
        let and = match lang {
            Lang::Fr => " et ",
            Lang::En => " and ",
        };
        let list = match names.split_last() {
            None => return self.unknown_range.to_string(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        };
        (self.unknown)(&list)
    }

    /// The name of `period`.
    pub fn period(&self, period: TargetPeriod) -> &'static str {
        match period {
            TargetPeriod::Month => self.period_month,
            TargetPeriod::Year => self.period_year,
            TargetPeriod::Plan => self.period_plan,
        }
    }

    /// What a measurement of this kind records.
    pub fn measured(&self, m: Measured) -> &'static str {
        match m {
            Measured::PerMonth => self.measured_month,
            Measured::RunningTotal => self.measured_total,
            Measured::Level => self.measured_level,
        }
    }

    /// The name of scenario `index`: as typed, else by its place (prudent,
    /// central, ambitious, then "Scenario 4" and on).
    pub fn scenario(&self, index: usize, typed: &str) -> String {
        if !typed.trim().is_empty() {
            return typed.to_string();
        }
        self.scenario_names
            .get(index)
            .map(|n| n.to_string())
            .unwrap_or_else(|| (self.scenario_name)(index))
    }

    /// The name of `cost`.
    pub fn cost(&self, cost: Cost, lang: Lang) -> String {
        match cost {
            Cost::Media(m) => (self.cost_media)(m.name().get(lang)),
            Cost::Production => self.cost_production.into(),
            Cost::Tools => self.cost_tools.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{EN, FR};

    #[test]
    fn the_scenarios_changes_read_from_their_factors() {
        use super::{lean_change, leans};
        use crate::domain::Lang;
        assert_eq!(lean_change(1.25, Lang::En), "+25%");
        let fr = crate::i18n::typo::percent_suffix(Lang::Fr);
        assert_eq!(lean_change(0.8, Lang::Fr), format!("\u{2212}20{fr}"));
        assert_eq!(
            leans(Lang::En),
            ["+25%", "\u{2212}20%", "\u{2212}20%", "+25%"]
        );
        let intro = (crate::i18n::texts(Lang::En).kpis().rates_intro)();
        assert!(intro.ends_with("prudent (costs +25%, rates \u{2212}20%) or ambitious (costs \u{2212}20%, rates +25%)."), "{intro}");
    }

    #[test]
    fn a_stale_figure_says_how_old_is_too_old() {
        use crate::domain::{forecast::STALE_MONTHS, Lang};
        let en = (crate::i18n::texts(Lang::En).kpis().bench_stale_title)(STALE_MONTHS);
        assert_eq!(
            en,
            "Period ended more than 18 months ago: a figure to confirm"
        );
        let fr = (crate::i18n::texts(Lang::Fr).kpis().bench_stale_title)(STALE_MONTHS);
        assert!(fr.contains(&format!("plus de {STALE_MONTHS} mois")), "{fr}");
    }

    #[test]
    fn a_scenario_is_named_as_typed_else_by_its_place() {
        assert_eq!(EN.scenario(0, "Low season"), "Low season");
        assert_eq!(EN.scenario(2, " Spring "), " Spring ");
        assert_eq!(EN.scenario(0, ""), "Prudent");
        assert_eq!(EN.scenario(1, "  "), "Central");
        assert_eq!(FR.scenario(2, ""), "Ambitieux");
        assert_eq!(EN.scenario(3, ""), "Scenario 4");
        assert_eq!(FR.scenario(19, "\t"), "Scénario 20");
    }
}
