//! The B2B services firm.

use super::{ActionRow, Builder};
use crate::domain::{
    forecast::{Industry, TargetPeriod},
    Delivery, Every, Horizon, Importance, Money, Rank,
};

pub(super) fn build(b: &mut Builder) {
    use Delivery::*;
    use Horizon::*;
    use Importance::*;
    b.plan.client = "Fiduciaire Rochat & Associés SA".into();
    b.plan.sector = b.t(
        "Fiduciaire et conseil aux PME",
        "Accounting and advisory for SMEs",
    );
    b.plan.context = b.t("Attirer des PME de 10 à 50 salariés par le digital, avec CHF\u{a0}30'000 sur l'année, et être perçu comme l'expert régional de la fiscalité des PME.",
        "Win SMEs of 10 to 50 staff through digital, with CHF 30,000 for the year, and be seen as the regional expert in SME tax.");
    b.plan.strategy = b.t(
        "Croître de 15\u{a0}% par an grâce aux recommandations et au conseil à forte valeur.",
        "Grow 15% a year through referrals and high-value advice.",
    );
    b.plan.budget.total = Money(3_000_000);
    let new = b.element(
        "new_customers",
        (
            "Les PME de 10 à 50 salariés changent de fiduciaire quand elles grandissent\u{202f}: c'est le moment de les rencontrer.",
            "SMEs of 10 to 50 staff change accountants as they grow: that is when to meet them.",
        ),
    );
    let revenue = b.element(
        "revenue",
        (
            "Un mandat PME rapporte en moyenne CHF\u{a0}6'000 d'honoraires par an.",
            "An SME mandate brings CHF\u{a0}6,000 of fees a year on average.",
        ),
    );
    let brand = b.element(
        "awareness",
        (
            "Les dirigeants cherchent d'abord sur Google, puis demandent autour d'eux.",
            "Managers search on Google first, then ask around.",
        ),
    );
    let leads = b.objective(
        ("Gagner de nouveaux clients PME", "Win new SME clients"),
        Rank::Priority,
        &[new],
        (
            "Signer 24 nouveaux mandats PME sur les douze mois du plan, contre 12 l'an dernier.",
            "Sign 24 new SME mandates over the plan's twelve months, against 12 last year.",
        ),
        &[("new_customers", 12.0, 24.0)],
        11,
        "Claire",
        (
            "Le bouche-à-oreille en apporte déjà 12 par an.",
            "Word of mouth already brings 12 a year.",
        ),
    );
    let fees = b.objective(
        ("Développer les honoraires", "Grow the fees"),
        Rank::Priority,
        &[revenue, new],
        (
            "Porter les honoraires des nouveaux mandats de CHF\u{a0}72'000 à CHF\u{a0}144'000 sur l'année, conseil fiscal compris.",
            "Raise the fees of new mandates from CHF\u{a0}72,000 to CHF\u{a0}144,000 over the year, tax advice included.",
        ),
        &[("revenue", 72_000.0, 144_000.0)],
        11,
        "Claire",
        (
            "Le conseil fiscal se vend bien aux clients déjà suivis.",
            "Tax advice sells well to clients already served.",
        ),
    );
    let visibility = b.objective(("Être trouvé sur la fiscalité des PME", "Be found for SME tax"), Rank::Secondary, &[brand],
        ("Atteindre la 3e position Google sur «\u{202f}fiduciaire PME\u{202f}» dans la région d'ici neuf mois.", "Reach position 3 on Google for \"SME accountant\" in the region within nine months."),
        &[("search_position", 12.0, 3.0)], 9, "Luc", ("Peu de concurrents publient du contenu fiscal.", "Few competitors publish tax content."));
    let news = b.objective(
        ("Nourrir les prospects", "Nurture prospects"),
        Rank::Secondary,
        &[brand],
        (
            "Porter le taux d'ouverture de la lettre fiscale de 22\u{a0}% à 30\u{a0}% d'ici la fin du plan.",
            "Raise the tax newsletter open rate from 22% to 30% by the end of the plan.",
        ),
        &[("open_rate", 0.22, 0.3)],
        11,
        "Luc",
        (
            "Benchmarks Mailchimp\u{202f}: 21-23\u{a0}% (données 2019).",
            "Mailchimp benchmarks: 21-23% (2019 data).",
        ),
    );
    let seo = b.line(
        "seo",
        [1_500, 2_500, 6_000],
        Consultant,
        &[visibility, leads],
    );
    let ads = b.line("search_ads", [2_500, 2_500, 1_000], InHouse, &[leads, fees]);
    let linkedin = b.line(
        "social_organic",
        [500, 2_000, 1_500],
        InHouse,
        &[leads, fees],
    );
    let email = b.line("emailing", [500, 1_500, 1_500], InHouse, &[news, fees]);
    let content = b.line(
        "content_written",
        [1_000, 2_000, 2_000],
        InHouse,
        &[visibility],
    );
    let training = b.line("training", [0, 1_500, 0], Consultant, &[fees]);
    b.forecast(
        6_000.0,
        0.6,
        0.3,
        Industry::B2b,
        TargetPeriod::Year,
        (9.0, 0.05, 0.007),
        (6.5, 0.005, 0.006),
    );
    // Referrals bring about two in five new clients whatever the plan does.
    b.digital_share(leads, 0.6);
    b.digital_share(fees, 0.6);
    b.funnel([2_400, 310, 18, 11, 4]);
    let acts: [ActionRow; 15] = [
        (
            ("Audit du site et des mots-clés", "Site and keyword audit"),
            (0, 8),
            14,
            Critical,
            Immediate,
            seo,
            1_500,
            visibility,
            None,
        ),
        (
            ("Pages services par métier", "Service pages by trade"),
            (1, 1),
            40,
            High,
            Immediate,
            content,
            1_000,
            visibility,
            None,
        ),
        (
            (
                "Campagne Google Ads «\u{202f}changer de fiduciaire\u{202f}»",
                "\"Switch accountant\" Google Ads campaign",
            ),
            (1, 10),
            60,
            High,
            Immediate,
            ads,
            2_500,
            leads,
            None,
        ),
        (
            ("Lettre fiscale mensuelle", "Monthly tax newsletter"),
            (0, 25),
            1,
            Normal,
            MediumTerm,
            email,
            1_800,
            news,
            Some(Every::Month),
        ),
        (
            (
                "Articles LinkedIn des associés",
                "Partners' LinkedIn articles",
            ),
            (0, 12),
            1,
            Normal,
            MediumTerm,
            linkedin,
            0,
            leads,
            Some(Every::Week),
        ),
        (
            ("Webinaire TVA", "VAT webinar"),
            (3, 14),
            1,
            High,
            MediumTerm,
            linkedin,
            1_000,
            fees,
            None,
        ),
        (
            ("Guide fiscal à télécharger", "Downloadable tax guide"),
            (2, 1),
            30,
            Normal,
            MediumTerm,
            content,
            1_000,
            leads,
            None,
        ),
        (
            (
                "Formation LinkedIn de l'équipe",
                "LinkedIn training for the team",
            ),
            (2, 20),
            2,
            Low,
            MediumTerm,
            training,
            500,
            leads,
            None,
        ),
        (
            ("Études de cas clients", "Client case studies"),
            (4, 1),
            90,
            Normal,
            LongTerm,
            content,
            2_000,
            visibility,
            None,
        ),
        (
            (
                "Netlinking avec les associations PME",
                "Links with SME associations",
            ),
            (5, 1),
            150,
            Normal,
            LongTerm,
            seo,
            3_000,
            visibility,
            None,
        ),
        (
            (
                "Campagne «\u{202f}optimisation fiscale\u{202f}»",
                "\"Tax planning\" campaign",
            ),
            (8, 1),
            40,
            High,
            LongTerm,
            ads,
            2_000,
            leads,
            None,
        ),
        (
            (
                "Relance des prospects du webinaire",
                "Webinar prospect follow-up",
            ),
            (3, 20),
            10,
            High,
            MediumTerm,
            email,
            500,
            fees,
            None,
        ),
        (
            ("Refonte de la page contact", "Contact page redesign"),
            (1, 20),
            10,
            Normal,
            Immediate,
            seo,
            1_000,
            leads,
            None,
        ),
        (
            ("Point trimestriel des KPI", "Quarterly KPI review"),
            (2, 28),
            1,
            Critical,
            MediumTerm,
            training,
            0,
            leads,
            Some(Every::Quarter),
        ),
        (
            ("Bilan annuel", "Annual review"),
            (11, 1),
            5,
            Critical,
            LongTerm,
            seo,
            0,
            leads,
            None,
        ),
    ];
    for (title, from, days, imp, hz, line, cost, obj, every) in acts {
        b.action(title, from, days, imp, hz, Some(line), cost, &[obj], every);
    }
    // Totals since the plan start, as the targets are per year.
    for (m, v) in [2.0, 4.0].into_iter().enumerate() {
        b.measure(leads, "new_customers", m as u32, v);
    }
    for (m, v) in [11_000.0, 22_500.0].into_iter().enumerate() {
        b.measure(fees, "revenue", m as u32, v);
    }
    for (m, v) in [11.0, 9.0].into_iter().enumerate() {
        b.measure(visibility, "search_position", m as u32, v);
    }
    for (m, v) in [0.23, 0.24].into_iter().enumerate() {
        b.measure(news, "open_rate", m as u32, v);
    }
    let lines = super::quoting::Lines {
        seo,
        training,
        content,
        social: linkedin,
    };
    super::quoting::services(b, lines);
}
