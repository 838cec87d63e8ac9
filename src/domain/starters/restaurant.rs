//! Restaurant or café: the Google profile and its reviews, online booking,
//! local social media, regulars who come back.

use super::{act, line, line_as, obj, Chan, El, Starter};
use crate::domain::{
    budget::Tier, catalogue::l, Delivery::*, Every::*, Horizon::*, Importance::*, Rank::*,
};

// Objectives: 0 weekday bookings, 1 new guests, 2 reviews, 3 regulars.
// Lines: 0 Google profile, 1 social, 2 social ads, 3 photos, 4 site, 5 email.
#[rustfmt::skip]
pub(super) static STARTER: Starter = Starter {
    name: l("Restaurant et café", "Restaurant and café"),
    blurb: l(
        "Fiche Google et avis, réservation en ligne, réseaux sociaux du quartier, habitués fidèles.",
        "Google profile and reviews, online booking, local social media, loyal regulars.",
    ),
    sector: l("Restauration", "Restaurant and café"),
    total: 12_000,
    elements: &[
        El {
            key: "revenue",
            note: l(
                "Remplir les services creux (midis et soirs du lundi au jeudi) plutôt que les soirs de week-end, déjà complets.",
                "Fill the quiet services (lunch and dinner, Monday to Thursday) rather than weekend evenings, which are already full.",
            ),
        },
        El {
            key: "new_customers",
            note: l(
                "Se faire connaître des habitants du quartier, des employés des bureaux voisins et des visiteurs de passage.",
                "Get known by people living nearby, staff of the offices around and visitors passing through.",
            ),
        },
        El {
            key: "brand_image",
            note: l(
                "Avant de choisir une table, on regarde la fiche Google\u{202f}: photos, horaires, avis récents et réponses du patron.",
                "Before choosing a table, people look at the Google profile: photos, opening hours, recent reviews and the owner's replies.",
            ),
        },
    ],
    objectives: &[
        obj(
            l("Plus de réservations en semaine", "More weekday bookings"),
            Priority,
            Some("more_sales"),
            &[0],
            l(
                "Augmenter le nombre de réservations en ligne du lundi au jeudi, comptées chaque mois dans l'outil de réservation.",
                "Increase online bookings from Monday to Thursday, counted each month in the booking tool.",
            ),
            &["orders"],
            12,
            l(
                "Le week-end affiche complet\u{202f}: c'est en semaine que la salle peut se remplir.",
                "Weekends are full: weekdays are where the room can fill up.",
            ),
        ),
        obj(
            l("Attirer de nouveaux clients", "Bring in new guests"),
            Priority,
            Some("new_customer_share"),
            &[1],
            l(
                "Faire venir de nouveaux clients du quartier grâce à la fiche Google et aux réseaux sociaux, comptés à leur première réservation.",
                "Bring new guests from the neighbourhood through the Google profile and social media, counted at their first booking.",
            ),
            &["new_customers", "new_customer_rate"],
            9,
            l(
                "Les recherches «\u{202f}restaurant près de moi\u{202f}» se décident sur la carte Google, où une fiche complète se démarque.",
                "“Restaurant near me” searches are decided on the Google map, where a complete profile stands out.",
            ),
        ),
        obj(
            l("Une réputation en ligne irréprochable", "A spotless online reputation"),
            Secondary,
            Some("e_reputation"),
            &[2],
            l(
                "Répondre à chaque avis sous 48\u{a0}heures et augmenter la part d'avis positifs sur Google et TripAdvisor.",
                "Reply to every review within 48\u{a0}hours and raise the share of positive reviews on Google and TripAdvisor.",
            ),
            &["positive_review_share"],
            12,
            l(
                "Les clients contents laissent rarement un avis sans y être invités\u{202f}: il suffit de le leur demander.",
                "Happy guests rarely leave a review unless asked: asking is enough.",
            ),
        ),
        obj(
            l("Faire revenir les habitués", "Bring the regulars back"),
            Secondary,
            None,
            &[0, 2],
            l(
                "Augmenter la part de clients qui reviennent dans les trois mois, grâce à la lettre d'information et à la carte de fidélité.",
                "Raise the share of guests who come back within three months, through the newsletter and the loyalty card.",
            ),
            &["repeat_customer_rate", "open_rate"],
            12,
            l(
                "Un habitué coûte bien moins cher à faire revenir qu'un nouveau client à attirer.",
                "Bringing a regular back costs far less than attracting a new guest.",
            ),
        ),
    ],
    lines: &[
        line_as(
            Chan::Own(l(
                "Fiche Google Business Profile et avis",
                "Google Business Profile and reviews",
            )),
            [5, 6, 6],
            InHouse,
            &[1, 2],
            Some(Tier::Proven),
            None,
        ),
        line(Chan::Key("social_organic"), [3, 10, 9], InHouse, &[1, 3]),
        line(Chan::Key("social_ads"), [6, 8, 8], InHouse, &[0, 1]),
        line(Chan::Key("content_visual"), [8, 3, 4], Consultant, &[0, 2]),
        line(Chan::Key("website_cro"), [6, 2, 4], Consultant, &[0]),
        line(Chan::Key("emailing"), [2, 5, 5], InHouse, &[3]),
    ],
    actions: &[
        act(
            l("Compléter la fiche Google Business Profile", "Complete the Google Business Profile"),
            l(
                "Horaires, carte, photos, lien de réservation, terrasse, options végétariennes\u{202f}: tout ce qu'on vérifie avant de venir.",
                "Opening hours, menu, photos, booking link, terrace, vegetarian options: everything people check before coming.",
            ),
            (0, 3), 5, Critical, Immediate, None, Some(0), 25, &[0, 1],
        ),
        act(
            l("Réservation en ligne sur le site et la fiche Google", "Online booking on the site and the Google profile"),
            l(
                "Un outil de réservation relié au site et au bouton «\u{202f}Réserver\u{202f}» de Google.",
                "A booking tool linked to the site and to Google's “Reserve” button.",
            ),
            (0, 10), 20, Critical, Immediate, None, Some(4), 60, &[0],
        ),
        act(
            l("Séance photo des plats et de la salle", "Photo shoot of the dishes and the room"),
            l(
                "Une demi-journée avec un photographe\u{202f}: plats phares, salle, équipe, terrasse.",
                "Half a day with a photographer: signature dishes, room, team, terrace.",
            ),
            (0, 15), 1, High, Immediate, None, Some(3), 55, &[0, 2],
        ),
        act(
            l("Plat du jour sur Instagram et Facebook", "Daily special on Instagram and Facebook"),
            l(
                "Une photo et deux lignes, publiées avant 11\u{a0}h.",
                "A photo and two lines, posted before 11 a.m.",
            ),
            (0, 7), 1, Normal, MediumTerm, Some(Week), Some(1), 20, &[1, 3],
        ),
        act(
            l("Réponse aux avis Google et TripAdvisor", "Replies to Google and TripAdvisor reviews"),
            l(
                "Remercier, répondre aux critiques avec calme et proposer d'en parler de vive voix.",
                "Thank guests, answer criticism calmly and offer to talk it over in person.",
            ),
            (0, 8), 1, High, MediumTerm, Some(Week), Some(0), 20, &[2],
        ),
        act(
            l("Publication sur la fiche Google", "Google Business Profile post"),
            l("Menu de saison, soirée spéciale, fermeture annuelle.", "Seasonal menu, special evening, annual closing."),
            (0, 14), 1, Normal, MediumTerm, Some(Month), Some(0), 15, &[1],
        ),
        act(
            l("Demande d'avis après le repas", "Review request after the meal"),
            l(
                "Un code QR sur l'addition et un mot de l'équipe au moment de partir.",
                "A QR code on the bill and a word from the team as guests leave.",
            ),
            (1, 1), 7, High, MediumTerm, None, Some(0), 20, &[2],
        ),
        act(
            l("Campagne locale «\u{202f}midis en semaine\u{202f}»", "Local “weekday lunch” campaign"),
            l(
                "Publicité Meta ciblée sur quelques kilomètres autour du restaurant, du lundi au jeudi.",
                "Meta ads aimed at a few kilometres around the restaurant, Monday to Thursday.",
            ),
            (1, 1), 30, High, Immediate, None, Some(2), 30, &[0, 1],
        ),
        act(
            l("Lettre d'information aux habitués", "Newsletter to regulars"),
            l("Nouvelle carte, soirées à venir, un petit avantage réservé aux abonnés.", "New menu, coming evenings, a small perk for subscribers."),
            (1, 5), 1, Normal, MediumTerm, Some(Month), Some(5), 50, &[3],
        ),
        act(
            l("Carte de fidélité numérique", "Digital loyalty card"),
            l("Le dixième café ou le dessert offert, suivi sans carte en carton.", "The tenth coffee or a dessert on the house, tracked without a paper card."),
            (2, 1), 21, Normal, MediumTerm, None, Some(5), 40, &[3],
        ),
        act(
            l("Soirée dégustation avec un producteur", "Tasting evening with a local producer"),
            l("Un vigneron ou un fromager de la région, annoncé sur les réseaux et par la lettre.", "A local winemaker or cheesemaker, announced on social media and in the newsletter."),
            (4, 10), 1, Normal, LongTerm, None, Some(1), 25, &[1, 3],
        ),
        act(
            l("Campagne repas de groupe et d'entreprise", "Group and company dinner campaign"),
            l("Menus de groupe en ligne et publicité auprès des entreprises du quartier.", "Group menus online and ads to the companies nearby."),
            (5, 1), 45, High, LongTerm, None, Some(2), 35, &[0, 1],
        ),
        act(
            l("Photos de la carte de saison", "Photos of the seasonal menu"),
            l("De nouvelles photos à chaque changement de carte, pour la fiche Google et les réseaux.", "New photos at each menu change, for the Google profile and social media."),
            (6, 1), 1, Low, LongTerm, None, Some(3), 30, &[2],
        ),
        act(
            l("Mise à jour du site\u{202f}: carte, accès, autres langues", "Site update: menu, directions, other languages"),
            l("Pour les touristes et les nouveaux employés du quartier.", "For tourists and people newly working nearby."),
            (7, 1), 10, Low, LongTerm, None, Some(4), 30, &[0],
        ),
        act(
            l("Bilan trimestriel des indicateurs", "Quarterly KPI review"),
            l("Réservations, nouveaux clients, avis\u{202f}: ce qui marche, ce qu'on arrête.", "Bookings, new guests, reviews: what works, what to stop."),
            (2, 25), 1, High, LongTerm, Some(Quarter), None, 0, &[0, 1],
        ),
    ],
};
