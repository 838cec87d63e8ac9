//! The online shop.

use super::{ActionRow, Builder};
use crate::domain::{
    forecast::{Industry, TargetPeriod},
    Delivery, Every, Horizon, Importance, Money, Rank,
};

pub(super) fn build(b: &mut Builder) {
    use Delivery::*;
    use Horizon::*;
    use Importance::*;
    b.plan.client = "Atelier Vélo Léman Sàrl".into();
    b.plan.sector = b.t(
        "Commerce en ligne de vélos reconditionnés",
        "Online shop of reconditioned bikes",
    );
    b.plan.context = b.t("Vendre en ligne les vélos reconditionnés de l'atelier et remplir l'atelier en basse saison, sans dépasser CHF\u{a0}50'000 sur l'année.",
        "Sell the workshop's reconditioned bikes online and fill the workshop in the low season, within CHF 50,000 for the year.");
    b.plan.strategy = b.t(
        "Devenir la référence régionale du vélo d'occasion de qualité.",
        "Become the region's reference for quality second-hand bikes.",
    );
    b.plan.budget.total = Money(5_000_000);
    let revenue = b.element(
        "revenue",
        (
            "Le site vend déjà 20 vélos par mois\u{202f}; le panier et la conversion peuvent monter.",
            "The site already sells 20 bikes a month; the basket and the conversion can rise.",
        ),
    );
    let new = b.element(
        "new_customers",
        (
            "Deux acheteurs sur trois habitent à moins de 20\u{a0}km\u{202f}: le Valais et Fribourg restent à conquérir.",
            "Two buyers in three live within 20\u{a0}km: Valais and Fribourg are still to win.",
        ),
    );
    let brand = b.element(
        "brand_image",
        (
            "L'atelier inspire confiance en boutique\u{202f}; en ligne, ce sont les avis qui rassurent.",
            "The workshop is trusted in the shop; online, reviews are what reassures.",
        ),
    );
    let sales = b.objective(
        ("Augmenter les ventes en ligne", "Increase online sales"),
        Rank::Priority,
        &[revenue],
        (
            "Passer de 20 à 35 vélos vendus en ligne par mois d'ici six mois, en convertissant mieux les visites.",
            "Go from 20 to 35 bikes sold online a month within six months, by converting more of the visits.",
        ),
        &[
            ("orders", 20.0, 35.0),
            ("conversion_rate", 0.012, 0.018),
            ("aov", 850.0, 900.0),
        ],
        6,
        "Nadia",
        (
            "Le trafic du site a doublé l'an dernier et les fiches produits seront refaites.",
            "Site traffic doubled last year and product pages will be redone.",
        ),
    );
    let buyers = b.objective(
        ("Conquérir de nouveaux acheteurs", "Win new buyers"),
        Rank::Priority,
        &[new],
        (
            "Passer de 14 à 24 premiers achats par mois d'ici neuf mois, hors de l'arc lémanique surtout.",
            "Go from 14 to 24 first purchases a month within nine months, mostly beyond Lake Geneva.",
        ),
        &[("new_customers", 14.0, 24.0)],
        9,
        "Marc",
        (
            "La livraison en 48\u{a0}h est possible dans toute la Suisse romande.",
            "Delivery within 48 hours is possible across French-speaking Switzerland.",
        ),
    );
    let reviews = b.objective(
        ("Soigner l'e-réputation", "Look after the e-reputation"),
        Rank::Secondary,
        &[brand],
        (
            "Porter la part d'avis positifs sur Google de 78\u{a0}% à 90\u{a0}% d'ici la fin du plan.",
            "Raise the share of positive Google reviews from 78% to 90% by the end of the plan.",
        ),
        &[("positive_review_share", 0.78, 0.9)],
        11,
        "Marc",
        (
            "80 avis déjà, une relance systématique après chaque vente.",
            "80 reviews already, a systematic follow-up after each sale.",
        ),
    );
    let social = b.objective(
        ("Animer la communauté", "Grow the community"),
        Rank::Secondary,
        &[brand, new],
        (
            "Faire passer le taux d'engagement Instagram de 2\u{a0}% à 3,5\u{a0}% d'ici la fin du plan.",
            "Raise the Instagram engagement rate from 2% to 3.5% by the end of the plan.",
        ),
        &[("engagement_rate", 0.02, 0.035)],
        11,
        "Marc",
        (
            "Les contenus d'atelier sont très suivis et font connaître la boutique.",
            "Workshop content is popular and makes the shop known.",
        ),
    );
    let seo = b.line("seo", [2_000, 3_000, 10_000], Consultant, &[sales, buyers]);
    let ads = b.line(
        "search_ads",
        [4_000, 4_500, 2_000],
        InHouse,
        &[sales, buyers],
    );
    let social_ads = b.line("social_ads", [1_500, 2_000, 1_000], InHouse, &[social]);
    let organic = b.line(
        "social_organic",
        [500, 2_500, 2_000],
        InHouse,
        &[social, reviews],
    );
    let email = b.line("emailing", [500, 1_500, 2_000], InHouse, &[sales, buyers]);
    let visual = b.line(
        "content_visual",
        [1_000, 1_000, 1_500],
        Consultant,
        &[sales, buyers],
    );
    let cro = b.line("website_cro", [2_000, 1_000, 3_000], Consultant, &[sales]);
    let tools = b.line("analytics_tools", [500, 500, 500], InHouse, &[]);
    b.forecast(
        850.0,
        0.45,
        0.4,
        Industry::Shops,
        TargetPeriod::Month,
        (2.6, 0.05, 0.02),
        (1.4, 0.015, 0.012),
    );
    // Part of the online sales come from buyers who saw the bikes in the shop.
    b.digital_share(sales, 0.9);

    b.funnel([1_850, 620, 25, 6, 2]);
    let acts: [ActionRow; 16] = [
        (
            ("Audit SEO du site", "Site SEO audit"),
            (0, 10),
            18,
            Critical,
            Immediate,
            seo,
            2_000,
            sales,
            None,
        ),
        (
            ("Refonte des fiches produits", "Product page redesign"),
            (1, 1),
            55,
            High,
            Immediate,
            cro,
            2_000,
            sales,
            None,
        ),
        (
            (
                "Campagne Google Ads de lancement",
                "Launch Google Ads campaign",
            ),
            (2, 15),
            75,
            High,
            MediumTerm,
            ads,
            3_000,
            sales,
            None,
        ),
        (
            ("Newsletter mensuelle", "Monthly newsletter"),
            (0, 20),
            1,
            Normal,
            MediumTerm,
            email,
            1_200,
            sales,
            Some(Every::Month),
        ),
        (
            ("Publications Instagram", "Instagram posts"),
            (0, 4),
            1,
            Normal,
            MediumTerm,
            organic,
            0,
            social,
            Some(Every::Week),
        ),
        (
            ("Relance des avis Google", "Google review follow-ups"),
            (1, 15),
            1,
            High,
            MediumTerm,
            organic,
            0,
            reviews,
            Some(Every::Quarter),
        ),
        (
            ("Photos des vélos en atelier", "Workshop bike photos"),
            (1, 5),
            10,
            Normal,
            Immediate,
            visual,
            1_000,
            sales,
            None,
        ),
        (
            ("Tests A/B du panier", "Basket A/B tests"),
            (4, 1),
            60,
            Normal,
            MediumTerm,
            cro,
            1_000,
            sales,
            None,
        ),
        (
            (
                "Publicité Instagram vélos de ville",
                "City bikes Instagram ads",
            ),
            (4, 15),
            45,
            High,
            MediumTerm,
            social_ads,
            2_000,
            buyers,
            None,
        ),
        (
            ("Guides d'achat pour le blog", "Buying guides for the blog"),
            (3, 1),
            150,
            Low,
            LongTerm,
            seo,
            3_000,
            sales,
            None,
        ),
        (
            ("Netlinking régional", "Regional link building"),
            (5, 1),
            120,
            Normal,
            LongTerm,
            seo,
            3_000,
            buyers,
            None,
        ),
        (
            ("Programme de parrainage", "Referral programme"),
            (6, 1),
            120,
            Normal,
            LongTerm,
            email,
            1_000,
            buyers,
            None,
        ),
        (
            ("Vidéos d'entretien", "Maintenance videos"),
            (6, 15),
            90,
            Low,
            LongTerm,
            visual,
            1_500,
            social,
            None,
        ),
        (
            ("Tableau de bord mensuel", "Monthly dashboard"),
            (0, 28),
            1,
            Normal,
            MediumTerm,
            tools,
            500,
            sales,
            Some(Every::Month),
        ),
        (
            ("Campagne de relance", "Follow-up campaign"),
            (8, 1),
            45,
            High,
            LongTerm,
            ads,
            2_000,
            sales,
            None,
        ),
        (
            ("Bilan et replanification", "Review and re-planning"),
            (10, 1),
            5,
            Critical,
            LongTerm,
            tools,
            0,
            sales,
            None,
        ),
    ];
    for (title, from, days, imp, hz, line, cost, obj, every) in acts {
        b.action(title, from, days, imp, hz, Some(line), cost, &[obj], every);
    }
    for (kpi, values) in [
        ("orders", [31.0, 34.0]),
        ("conversion_rate", [0.013, 0.014]),
        ("aov", [860.0, 870.0]),
    ] {
        for (m, v) in values.into_iter().enumerate() {
            b.measure(sales, kpi, m as u32, v);
        }
    }
    for (m, v) in [21.0, 23.0].into_iter().enumerate() {
        b.measure(buyers, "new_customers", m as u32, v);
    }
    for (m, v) in [0.8, 0.82].into_iter().enumerate() {
        b.measure(reviews, "positive_review_share", m as u32, v);
    }
    for (m, v) in [0.023, 0.025].into_iter().enumerate() {
        b.measure(social, "engagement_rate", m as u32, v);
    }
}
