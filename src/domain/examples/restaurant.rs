//! The local restaurant.

use super::{ActionRow, Builder};
use crate::domain::{
    forecast::{Industry, TargetPeriod},
    Delivery, Every, Horizon, Importance, Money, Rank,
};

pub(super) fn build(b: &mut Builder) {
    use Delivery::*;
    use Horizon::*;
    use Importance::*;
    b.plan.client = "Bistrot du Marché".into();
    b.plan.sector = b.t("Restauration", "Restaurant");
    b.plan.context = b.t("Remplir la salle du lundi au jeudi et fidéliser les habitués du quartier, avec CHF\u{a0}12'000 sur l'année.",
        "Fill the room from Monday to Thursday and keep the neighbourhood regulars, with CHF 12,000 for the year.");
    b.plan.strategy = b.t(
        "Être le bistrot de quartier où l'on revient, midi et soir.",
        "Be the neighbourhood bistro people come back to, lunch and dinner.",
    );
    b.plan.budget.total = Money(1_200_000);
    let revenue = b.element(
        "revenue",
        (
            "La salle est pleine le week-end\u{202f}; du lundi au jeudi, un tiers des tables restent vides.",
            "The room is full at the weekend; from Monday to Thursday a third of the tables stay empty.",
        ),
    );
    let new = b.element(
        "new_customers",
        (
            "Deux immeubles de bureaux ouvrent dans le quartier cette année.",
            "Two office buildings open in the neighbourhood this year.",
        ),
    );
    let brand = b.element(
        "brand_image",
        (
            "Avant de réserver, on lit les avis\u{202f}: ils font ou défont une soirée.",
            "People read the reviews before they book: they make or break an evening.",
        ),
    );
    let bookings = b.objective(
        ("Plus de réservations en semaine", "More weekday bookings"),
        Rank::Priority,
        &[revenue],
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
    let guests = b.objective(
        ("Attirer de nouveaux clients", "Bring in new guests"),
        Rank::Priority,
        &[new],
        (
            "Passer de 35 à 65 premières visites réservées en ligne par mois, grâce aux bureaux voisins.",
            "Go from 35 to 65 first visits booked online a month, thanks to the offices nearby.",
        ),
        &[("new_customers", 35.0, 65.0)],
        9,
        "Sofia",
        (
            "Le menu de midi à CHF\u{a0}19.50 plaît déjà aux employés du quartier.",
            "The CHF\u{a0}19.50 lunch menu already suits people working nearby.",
        ),
    );
    let reviews = b.objective(
        ("Une excellente réputation", "An excellent reputation"),
        Rank::Secondary,
        &[brand],
        (
            "Porter la part d'avis positifs de 85\u{a0}% à 93\u{a0}% sur Google et TripAdvisor.",
            "Raise positive reviews from 85% to 93% on Google and TripAdvisor.",
        ),
        &[("positive_review_share", 0.85, 0.93)],
        11,
        "Tom",
        (
            "Service apprécié\u{202f}; réponses aux avis à systématiser.",
            "Service is liked; replies to reviews to be systematic.",
        ),
    );
    let loyal = b.objective(
        ("Fidéliser les habitués", "Keep the regulars"),
        Rank::Secondary,
        &[revenue, brand],
        (
            "Faire revenir 40\u{a0}% des clients dans le mois, contre 30\u{a0}% aujourd'hui.",
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
    let gbp = b.line("seo", [600, 600, 800], InHouse, &[bookings, guests]);
    let social = b.line(
        "social_organic",
        [300, 1_300, 1_100],
        InHouse,
        &[reviews, loyal],
    );
    let social_ads = b.line(
        "social_ads",
        [1_200, 1_000, 800],
        InHouse,
        &[bookings, guests],
    );
    let email = b.line("emailing", [200, 600, 600], InHouse, &[loyal]);
    let photos = b.line("content_visual", [800, 400, 600], Consultant, &[bookings]);
    let site = b.line("website_cro", [500, 300, 300], Consultant, &[bookings]);
    b.forecast(
        105.0,
        0.3,
        0.3,
        Industry::Food,
        TargetPeriod::Month,
        (1.1, 0.02, 0.05),
        (0.9, 0.018, 0.04),
    );
    // A new guest comes back about three times a year; the terrace and
    // word of mouth bring part of the new guests and bookings.
    b.plan.forecast.orders_per_year = Some(3.0);
    b.digital_share(bookings, 0.6);
    b.digital_share(guests, 0.6);
    b.funnel([5_200, 1_450, 230, 70, 25]);
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
                "Publicité locale «\u{202f}soirées du lundi\u{202f}»",
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
            ("Publicité des soirées en semaine", "Weeknight dinner ads"),
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
            guests,
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
            ("Menus de groupe en ligne", "Group menus online"),
            (9, 1),
            30,
            High,
            LongTerm,
            social_ads,
            800,
            guests,
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
    for (m, v) in [238.0, 252.0].into_iter().enumerate() {
        b.measure(bookings, "orders", m as u32, v);
    }
    for (m, v) in [57.0, 63.0].into_iter().enumerate() {
        b.measure(guests, "new_customers", m as u32, v);
    }
    for (m, v) in [0.86, 0.87].into_iter().enumerate() {
        b.measure(reviews, "positive_review_share", m as u32, v);
    }
    for (m, v) in [0.31, 0.32].into_iter().enumerate() {
        b.measure(loyal, "repeat_customer_rate", m as u32, v);
    }
}
