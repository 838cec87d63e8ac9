//! The B2B services firm.

use super::{ActionRow, Builder};
use crate::domain::{Delivery, Every, Horizon, Importance, Money, Rank};

pub(super) fn build(b: &mut Builder) {
    use Delivery::*;
    use Horizon::*;
    use Importance::*;
    b.plan.client = "Fiduciaire Rochat & Associés SA".into();
    b.plan.sector = b.t(
        "Fiduciaire et conseil aux PME",
        "Accounting and advisory for SMEs",
    );
    b.plan.context = b.t("Attirer des PME de 10 à 50 salariés par le digital, avec CHF 30'000 sur l'année, et être perçu comme l'expert régional de la fiscalité des PME.",
        "Win SMEs of 10 to 50 staff through digital, with CHF 30,000 for the year, and be seen as the regional expert in SME tax.");
    b.plan.strategy = b.t(
        "Croître de 15 % par an grâce aux recommandations et au conseil à forte valeur.",
        "Grow 15% a year through referrals and high-value advice.",
    );
    b.plan.budget.total = Money(3_000_000);
    let new = b.element("new_customers");
    let brand = b.element("awareness");
    let leads = b.objective(
        ("Gagner de nouveaux clients PME", "Win new SME clients"),
        Rank::Priority,
        new,
        (
            "Signer 24 nouveaux mandats PME sur l'année, contre 12 l'an dernier.",
            "Sign 24 new SME mandates in the year, against 12 last year.",
        ),
        &[("new_customers", 12.0, 24.0)],
        11,
        "Claire",
        (
            "Le bouche-à-oreille en apporte déjà 12 par an.",
            "Word of mouth already brings 12 a year.",
        ),
    );
    let visibility = b.objective(("Être trouvé sur la fiscalité des PME", "Be found for SME tax"), Rank::Priority, brand,
        ("Atteindre la 3e position Google sur « fiduciaire PME » dans la région d'ici neuf mois.", "Reach position 3 on Google for \"SME accountant\" in the region within nine months."),
        &[("search_position", 12.0, 3.0)], 9, "Claire", ("Peu de concurrents publient du contenu fiscal.", "Few competitors publish tax content."));
    let news = b.objective(
        ("Nourrir les prospects", "Nurture prospects"),
        Rank::Secondary,
        new,
        (
            "Porter le taux d'ouverture de la lettre fiscale de 22 % à 30 %.",
            "Raise the tax newsletter open rate from 22% to 30%.",
        ),
        &[("open_rate", 0.22, 0.3)],
        11,
        "Luc",
        (
            "Benchmarks Mailchimp : 21-23 % (données 2019).",
            "Mailchimp benchmarks: 21-23% (2019 data).",
        ),
    );
    let seo = b.line("seo", [1_500, 2_500, 6_000], Consultant, &[visibility]);
    let ads = b.line("search_ads", [2_500, 2_500, 1_000], InHouse, &[leads]);
    let linkedin = b.line("social_organic", [500, 2_000, 1_500], InHouse, &[leads]);
    let email = b.line("emailing", [500, 1_500, 1_500], InHouse, &[news]);
    let content = b.line(
        "content_written",
        [1_000, 2_000, 2_000],
        InHouse,
        &[visibility],
    );
    let training = b.line("training", [0, 1_500, 0], Consultant, &[]);
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
                "Campagne Google Ads « bouclement »",
                "\"Year-end closing\" Google Ads campaign",
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
            leads,
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
                "Campagne « déclaration d'impôts »",
                "\"Tax return\" campaign",
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
            news,
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
    b.measure(leads, "new_customers", 0, 1.0);
    b.measure(leads, "new_customers", 1, 3.0);
    b.measure(visibility, "search_position", 1, 9.0);
    b.measure(news, "open_rate", 1, 0.24);
}
