//! The online shop.

use super::{ActionRow, Builder};
use crate::domain::{Delivery, Every, Horizon, Importance, Money, Rank};

pub(super) fn build(b: &mut Builder) {
    use Delivery::*;
    use Horizon::*;
    use Importance::*;
    b.plan.client = "Atelier Vélo Léman Sàrl".into();
    b.plan.sector = b.t(
        "Commerce en ligne de vélos reconditionnés",
        "Online shop of reconditioned bikes",
    );
    b.plan.context = b.t("Vendre en ligne les vélos reconditionnés de l'atelier et remplir l'atelier en basse saison, sans dépasser CHF 50'000 sur l'année.",
        "Sell the workshop's reconditioned bikes online and fill the workshop in the low season, within CHF 50,000 for the year.");
    b.plan.strategy = b.t(
        "Devenir la référence régionale du vélo d'occasion de qualité.",
        "Become the region's reference for quality second-hand bikes.",
    );
    b.plan.budget.total = Money(5_000_000);
    let revenue = b.element("revenue");
    let brand = b.element("brand_image");
    let sales = b.objective(
        ("Augmenter les ventes en ligne", "Increase online sales"),
        Rank::Priority,
        revenue,
        (
            "Passer de 20 à 35 vélos vendus en ligne par mois d'ici six mois.",
            "Go from 20 to 35 bikes sold online a month within six months.",
        ),
        &[("orders", 20.0, 35.0), ("aov", 850.0, 900.0)],
        6,
        "Nadia",
        (
            "Le trafic du site a doublé l'an dernier et les fiches produits seront refaites.",
            "Site traffic doubled last year and product pages will be redone.",
        ),
    );
    let conv = b.objective(
        (
            "Améliorer la conversion du site",
            "Improve the site's conversion",
        ),
        Rank::Priority,
        revenue,
        (
            "Faire passer le taux de conversion de 1,2 % à 1,8 % d'ici neuf mois.",
            "Raise the conversion rate from 1.2% to 1.8% within nine months.",
        ),
        &[("conversion_rate", 0.012, 0.018)],
        9,
        "Nadia",
        (
            "Les sites e-commerce convertissent 2 à 4 % (Smart Insights).",
            "E-commerce sites convert 2-4% (Smart Insights).",
        ),
    );
    let reviews = b.objective(
        ("Soigner l'e-réputation", "Look after the e-reputation"),
        Rank::Priority,
        brand,
        (
            "Porter la part d'avis positifs sur Google de 78 % à 90 % d'ici la fin du plan.",
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
        brand,
        (
            "Faire passer le taux d'engagement Instagram de 2 % à 3,5 %.",
            "Raise the Instagram engagement rate from 2% to 3.5%.",
        ),
        &[("engagement_rate", 0.02, 0.035)],
        11,
        "Marc",
        (
            "Contenus atelier très suivis.",
            "Workshop content is popular.",
        ),
    );
    let seo = b.line("seo", [2_000, 3_000, 10_000], Consultant, &[sales, conv]);
    let ads = b.line("search_ads", [4_000, 4_500, 2_000], InHouse, &[sales]);
    let social_ads = b.line("social_ads", [1_500, 2_000, 1_000], InHouse, &[social]);
    let organic = b.line(
        "social_organic",
        [500, 2_500, 2_000],
        InHouse,
        &[social, reviews],
    );
    let email = b.line("emailing", [500, 1_500, 2_000], InHouse, &[sales]);
    let visual = b.line(
        "content_visual",
        [1_000, 1_000, 1_500],
        Consultant,
        &[sales],
    );
    let cro = b.line("website_cro", [2_000, 1_000, 3_000], Consultant, &[conv]);
    let tools = b.line("analytics_tools", [500, 500, 500], InHouse, &[]);
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
            conv,
            None,
        ),
        (
            (
                "Campagne Google Ads printemps",
                "Spring Google Ads campaign",
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
            conv,
            None,
        ),
        (
            (
                "Publicité Instagram vélos d'été",
                "Summer bikes Instagram ads",
            ),
            (4, 15),
            45,
            High,
            MediumTerm,
            social_ads,
            2_000,
            social,
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
            sales,
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
            reviews,
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
            conv,
            Some(Every::Month),
        ),
        (
            ("Campagne d'automne", "Autumn campaign"),
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
    for (m, v) in [(0, 22.0), (1, 25.0)] {
        b.measure(sales, "orders", m, v);
    }
    b.measure(conv, "conversion_rate", 1, 0.013);
    b.measure(reviews, "positive_review_share", 1, 0.8);
}
