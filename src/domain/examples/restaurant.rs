//! The local restaurant.

use super::{ActionRow, Builder};
use crate::domain::{Delivery, Every, Horizon, Importance, Money, Rank};

pub(super) fn build(b: &mut Builder) {
    use Delivery::*;
    use Horizon::*;
    use Importance::*;
    b.plan.client = "Bistrot du Marché".into();
    b.plan.sector = b.t("Restauration", "Restaurant");
    b.plan.context = b.t("Remplir la salle du lundi au jeudi et fidéliser les habitués du quartier, avec CHF 12'000 sur l'année.",
        "Fill the room from Monday to Thursday and keep the neighbourhood regulars, with CHF 12,000 for the year.");
    b.plan.strategy = b.t(
        "Être le bistrot de quartier où l'on revient, midi et soir.",
        "Be the neighbourhood bistro people come back to, lunch and dinner.",
    );
    b.plan.budget.total = Money(1_200_000);
    let revenue = b.element("revenue");
    let brand = b.element("brand_image");
    let bookings = b.objective(
        ("Plus de réservations en semaine", "More weekday bookings"),
        Rank::Priority,
        revenue,
        (
            "Passer de 180 à 260 réservations en ligne par mois, surtout du lundi au jeudi.",
            "Go from 180 to 260 online bookings a month, mostly Monday to Thursday.",
        ),
        &[("orders", 180.0, 260.0)],
        8,
        "Sofia",
        (
            "Les soirées du jeudi affichent déjà complet.",
            "Thursday evenings are already full.",
        ),
    );
    let reviews = b.objective(
        ("Une excellente réputation", "An excellent reputation"),
        Rank::Priority,
        brand,
        (
            "Porter la part d'avis positifs de 85 % à 93 % sur Google et TripAdvisor.",
            "Raise positive reviews from 85% to 93% on Google and TripAdvisor.",
        ),
        &[("positive_review_share", 0.85, 0.93)],
        11,
        "Sofia",
        (
            "Service apprécié ; réponses aux avis à systématiser.",
            "Service is liked; replies to reviews to be systematic.",
        ),
    );
    let loyal = b.objective(
        ("Fidéliser les habitués", "Keep the regulars"),
        Rank::Secondary,
        revenue,
        (
            "Faire revenir 40 % des clients dans le mois, contre 30 % aujourd'hui.",
            "Bring 40% of guests back within the month, against 30% today.",
        ),
        &[("repeat_customer_rate", 0.3, 0.4)],
        11,
        "Tom",
        (
            "Carte de fidélité déjà demandée par les clients.",
            "Guests already ask for a loyalty card.",
        ),
    );
    let gbp = b.line("seo", [800, 600, 600], InHouse, &[bookings]);
    let social = b.line(
        "social_organic",
        [300, 1_300, 1_100],
        InHouse,
        &[reviews, loyal],
    );
    let social_ads = b.line("social_ads", [1_200, 1_000, 800], InHouse, &[bookings]);
    let email = b.line("emailing", [200, 600, 600], InHouse, &[loyal]);
    let photos = b.line("content_visual", [1_000, 400, 400], Consultant, &[bookings]);
    let site = b.line("website_cro", [500, 300, 300], Consultant, &[bookings]);
    let acts: [ActionRow; 15] = [
        (
            (
                "Fiche Google Business complète",
                "Complete Google Business profile",
            ),
            (0, 5),
            5,
            Critical,
            Immediate,
            gbp,
            300,
            bookings,
            None,
        ),
        (
            ("Shooting photo des plats", "Food photo shoot"),
            (0, 15),
            2,
            High,
            Immediate,
            photos,
            1_000,
            bookings,
            None,
        ),
        (
            (
                "Réservation en ligne sur le site",
                "Online booking on the site",
            ),
            (1, 1),
            20,
            Critical,
            Immediate,
            site,
            500,
            bookings,
            None,
        ),
        (
            ("Menu du jour sur Instagram", "Daily menu on Instagram"),
            (0, 6),
            1,
            Normal,
            MediumTerm,
            social,
            0,
            loyal,
            Some(Every::Week),
        ),
        (
            ("Réponse à tous les avis", "Reply to every review"),
            (0, 10),
            1,
            High,
            MediumTerm,
            social,
            0,
            reviews,
            Some(Every::Week),
        ),
        (
            (
                "Publicité locale « soirées du lundi »",
                "Local \"Monday nights\" ads",
            ),
            (1, 15),
            30,
            High,
            Immediate,
            social_ads,
            1_200,
            bookings,
            None,
        ),
        (
            ("Lettre des saisons", "Seasonal newsletter"),
            (2, 1),
            1,
            Normal,
            MediumTerm,
            email,
            600,
            loyal,
            Some(Every::Quarter),
        ),
        (
            ("Carte de fidélité numérique", "Digital loyalty card"),
            (3, 1),
            30,
            Normal,
            MediumTerm,
            email,
            500,
            loyal,
            None,
        ),
        (
            (
                "Soirée dégustation avec les producteurs",
                "Tasting night with producers",
            ),
            (4, 10),
            1,
            High,
            MediumTerm,
            social,
            800,
            loyal,
            None,
        ),
        (
            ("Publicité terrasse d'été", "Summer terrace ads"),
            (5, 1),
            45,
            Normal,
            MediumTerm,
            social_ads,
            1_000,
            bookings,
            None,
        ),
        (
            (
                "Partenariats avec les entreprises voisines",
                "Partnerships with nearby companies",
            ),
            (6, 1),
            60,
            Normal,
            LongTerm,
            gbp,
            600,
            bookings,
            None,
        ),
        (
            ("Photos de saison", "Seasonal photos"),
            (6, 15),
            2,
            Low,
            LongTerm,
            photos,
            400,
            reviews,
            None,
        ),
        (
            ("Menus de fêtes en ligne", "Holiday menus online"),
            (9, 1),
            30,
            High,
            LongTerm,
            social_ads,
            800,
            bookings,
            None,
        ),
        (
            ("Mise à jour du site", "Site update"),
            (7, 1),
            10,
            Low,
            LongTerm,
            site,
            300,
            bookings,
            None,
        ),
        (
            ("Bilan de l'année", "Year review"),
            (11, 1),
            3,
            Critical,
            LongTerm,
            gbp,
            0,
            bookings,
            None,
        ),
    ];
    for (title, from, days, imp, hz, line, cost, obj, every) in acts {
        b.action(title, from, days, imp, hz, Some(line), cost, &[obj], every);
    }
    b.measure(bookings, "orders", 0, 190.0);
    b.measure(bookings, "orders", 1, 205.0);
    b.measure(reviews, "positive_review_share", 1, 0.87);
    b.measure(loyal, "repeat_customer_rate", 1, 0.31);
}
