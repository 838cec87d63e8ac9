//! Where each KPI belongs: the media it is measured on and the success
//! areas of the method (seed 001), and the catalogue grouped by either, as
//! the KPI pickers show it. A KPI's first medium and first area are its
//! main ones: a picker lists it once, under them.

use super::{l, KpiDef, L10n, KPIS};

/// The five areas in which success is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SuccessArea {
    /// Visitors, time on site, audience, engagement, email rates.
    Engagement,
    /// Entries, progress through the stages, conversions, drop-offs.
    Funnel,
    /// Review sentiment, perceived value of content, inbound links.
    Reputation,
    /// Shared strategy and calendar, shared information, internal workload.
    Collaboration,
    /// Calls, online requests, response time, FAQ visits.
    CustomerService,
}

impl SuccessArea {
    /// The five areas.
    pub const ALL: [SuccessArea; 5] = [
        SuccessArea::Engagement,
        SuccessArea::Funnel,
        SuccessArea::Reputation,
        SuccessArea::Collaboration,
        SuccessArea::CustomerService,
    ];

    /// Name of the area.
    pub fn name(self) -> L10n {
        match self {
            SuccessArea::Engagement => l("Engagement des utilisateurs", "User engagement"),
            SuccessArea::Funnel => l("Tunnel de conversion", "Conversion funnel"),
            SuccessArea::Reputation => l("Réputation", "Reputation"),
            SuccessArea::Collaboration => l("Collaboration interne", "Internal collaboration"),
            SuccessArea::CustomerService => l("Service client", "Customer service"),
        }
    }
}

/// Where a KPI is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Medium {
    /// Search engines (organic).
    Search,
    /// Paid advertising (search and social ads).
    Ads,
    /// Social networks.
    Social,
    /// Emailing.
    Email,
    /// The website.
    Website,
    /// The shop and its sales, online or in store.
    Sales,
    /// Reviews and comments.
    Reviews,
    /// Inside the business.
    Internal,
    /// Customer service.
    Service,
}

impl Medium {
    /// Every medium, in the order a picker shows them.
    pub const ALL: [Medium; 9] = [
        Medium::Website,
        Medium::Email,
        Medium::Social,
        Medium::Search,
        Medium::Ads,
        Medium::Sales,
        Medium::Reviews,
        Medium::Service,
        Medium::Internal,
    ];

    /// Name of the medium.
    pub fn name(self) -> L10n {
        match self {
            Medium::Search => l("Moteurs de recherche", "Search engines"),
            Medium::Ads => l("Publicité en ligne", "Online ads"),
            Medium::Social => l("Réseaux sociaux", "Social media"),
            Medium::Email => l("Emailing", "Emailing"),
            Medium::Website => l("Site web", "Website"),
            Medium::Sales => l("Boutique et ventes", "Shop and sales"),
            Medium::Reviews => l("Avis", "Reviews"),
            Medium::Internal => l("Interne", "Internal"),
            Medium::Service => l("Service client", "Customer service"),
        }
    }
}

impl KpiDef {
    /// The medium it is mainly measured on (its first).
    pub fn medium(&self) -> Option<Medium> {
        self.media.first().copied()
    }

    /// The success area it mainly serves (its first).
    pub fn area(&self) -> Option<SuccessArea> {
        self.areas.first().copied()
    }
}

/// How a KPI picker groups the catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Grouping {
    /// By the medium each KPI is measured on.
    #[default]
    Medium,
    /// By the success area each KPI serves.
    Area,
}

/// `kpis` grouped by `grouping`: each group's name and its KPIs in the order
/// given, groups in the order of [`Medium::ALL`] or [`SuccessArea::ALL`],
/// empty ones left out, each KPI once (under its main medium or area).
pub fn group_kpis(
    kpis: &[&'static KpiDef],
    grouping: Grouping,
) -> Vec<(L10n, Vec<&'static KpiDef>)> {
    let of = |name: L10n, keep: &dyn Fn(&KpiDef) -> bool| {
        (name, kpis.iter().copied().filter(|k| keep(k)).collect())
    };
    let groups: Vec<(L10n, Vec<&'static KpiDef>)> = match grouping {
        Grouping::Medium => Medium::ALL
            .iter()
            .map(|&m| of(m.name(), &|k| k.medium() == Some(m)))
            .collect(),
        Grouping::Area => SuccessArea::ALL
            .iter()
            .map(|&a| of(a.name(), &|k| k.area() == Some(a)))
            .collect(),
    };
    groups.into_iter().filter(|(_, g)| !g.is_empty()).collect()
}

/// The KPIs of a success area, in catalogue order.
pub fn kpis_of_area(area: SuccessArea) -> impl Iterator<Item = &'static KpiDef> {
    KPIS.iter().filter(move |k| k.areas.contains(&area))
}

/// The KPIs measured on a medium, in catalogue order.
pub fn kpis_of_medium(medium: Medium) -> impl Iterator<Item = &'static KpiDef> {
    KPIS.iter().filter(move |k| k.media.contains(&medium))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kpi_has_a_medium_and_a_success_area() {
        for k in KPIS {
            assert!(k.medium().is_some(), "{} has no medium", k.key);
            assert!(k.area().is_some(), "{} has no success area", k.key);
        }
    }

    #[test]
    fn every_group_of_the_picker_holds_indicators_and_each_kpi_is_listed_once() {
        let all: Vec<&'static KpiDef> = KPIS.iter().collect();
        for (grouping, expected) in [
            (Grouping::Medium, Medium::ALL.len()),
            (Grouping::Area, SuccessArea::ALL.len()),
        ] {
            let groups = group_kpis(&all, grouping);
            assert_eq!(groups.len(), expected, "{grouping:?}: a group is empty");
            let listed: usize = groups.iter().map(|(_, g)| g.len()).sum();
            assert_eq!(listed, KPIS.len(), "{grouping:?}: each KPI once");
        }
        // The method's examples: email rates under emailing, the funnel's
        // indicators under the funnel.
        let by_medium = group_kpis(&all, Grouping::Medium);
        let email = by_medium
            .iter()
            .find(|(n, _)| *n == Medium::Email.name())
            .map(|(_, g)| g.iter().map(|k| k.key).collect::<Vec<_>>());
        assert_eq!(
            email.as_deref(),
            Some(
                &[
                    "deliverability_rate",
                    "open_rate",
                    "click_rate",
                    "reactivity_rate"
                ][..]
            )
        );
        let by_area = group_kpis(&all, Grouping::Area);
        let funnel = by_area
            .iter()
            .find(|(n, _)| *n == SuccessArea::Funnel.name())
            .map(|(_, g)| g.iter().map(|k| k.key).collect::<Vec<_>>())
            .unwrap_or_default();
        assert!(funnel.contains(&"funnel_entries") && funnel.contains(&"orders"));
    }
}
