//! Trades and home services: found on Google across the service area,
//! quote requests by form and phone, reviews and photos of finished jobs.

use super::{act, line, line_as, obj, Chan, El, Starter};
use crate::domain::{
    budget::Tier, catalogue::l, Delivery::*, Every::*, Horizon::*, Importance::*, Rank::*,
};

// Objectives: 0 quote requests, 1 local search, 2 reviews, 3 quotes signed.
// Lines: 0 Google profile, 1 search ads, 2 SEO, 3 photos, 4 site, 5 email.
#[rustfmt::skip]
pub(super) static STARTER: Starter = Starter {
    name: l("Artisans et services à domicile", "Trades and home services"),
    blurb: l(
        "Fiche Google et avis, annonces locales, demandes de devis par formulaire et téléphone, photos de chantiers.",
        "Google profile and reviews, local ads, quote requests by form and phone, photos of finished jobs.",
    ),
    sector: l("Artisanat et services à domicile", "Trades and home services"),
    total: 10_000,
    elements: &[
        El {
            key: "new_customers",
            note: l(
                "Être appelé par les particuliers de la zone d'intervention quand ils cherchent un artisan sur Google.",
                "Get calls from households in the service area when they look for a tradesperson on Google.",
            ),
        },
        El {
            key: "brand_image",
            note: l(
                "Avant de laisser entrer quelqu'un chez soi, on lit les avis et on regarde les photos de chantiers.",
                "Before letting someone into their home, people read reviews and look at photos of past jobs.",
            ),
        },
        El {
            key: "revenue",
            note: l(
                "Privilégier les chantiers rentables et lisser l'activité sur l'année, contrats d'entretien compris.",
                "Favour profitable jobs and spread the work over the year, maintenance contracts included.",
            ),
        },
    ],
    objectives: &[
        obj(
            l("Plus de demandes de devis", "More quote requests"),
            Priority,
            None,
            &[0],
            l(
                "Augmenter les demandes de devis reçues par le formulaire du site et par téléphone, comptées chaque mois.",
                "Increase the quote requests received through the site's form and by phone, counted each month.",
            ),
            &["online_requests", "calls_received"],
            12,
            l(
                "La plupart des particuliers comparent deux ou trois artisans trouvés sur Google avant d'appeler.",
                "Most households compare two or three tradespeople found on Google before calling.",
            ),
        ),
        obj(
            l("Être trouvé dans toute la zone d'intervention", "Be found across the service area"),
            Priority,
            None,
            &[0],
            l(
                "Apparaître parmi les premiers résultats de la carte Google pour nos métiers dans chaque commune desservie.",
                "Appear among the first results of the Google map for our trades in each town we serve.",
            ),
            &["search_position", "impressions"],
            6,
            l(
                "Peu d'artisans soignent leur fiche Google\u{202f}: une fiche complète et active se remarque vite.",
                "Few tradespeople look after their Google profile: a complete, active one stands out quickly.",
            ),
        ),
        obj(
            l("Des avis qui rassurent", "Reassuring reviews"),
            Secondary,
            Some("e_reputation"),
            &[1],
            l(
                "Demander un avis à la fin de chaque chantier et augmenter la part d'avis positifs.",
                "Ask for a review at the end of each job and raise the share of positive reviews.",
            ),
            &["positive_review_share"],
            12,
            l(
                "Un client satisfait laisse volontiers un avis si on le lui demande le jour même.",
                "A satisfied customer gladly leaves a review when asked on the day.",
            ),
        ),
        obj(
            l("Transformer plus de devis en chantiers", "Turn more quotes into jobs"),
            Secondary,
            None,
            &[2],
            l(
                "Augmenter le nombre de devis signés et leur montant moyen, grâce à des relances régulières.",
                "Increase the number of quotes signed and their average amount, through regular follow-ups.",
            ),
            &["orders", "aov"],
            12,
            l(
                "Un devis relancé sous une semaine est bien plus souvent signé qu'un devis oublié.",
                "A quote followed up within a week is signed far more often than a forgotten one.",
            ),
        ),
    ],
    lines: &[
        line_as(
            Chan::Own(l(
                "Fiche Google Business Profile et avis",
                "Google Business Profile and reviews",
            )),
            [6, 7, 7],
            InHouse,
            &[0, 1, 2],
            Some(Tier::Proven),
            None,
        ),
        line(Chan::Key("search_ads"), [6, 9, 7], Consultant, &[0]),
        line(Chan::Key("seo"), [4, 6, 10], Consultant, &[1]),
        line(Chan::Key("content_visual"), [4, 4, 4], InHouse, &[2, 3]),
        line(Chan::Key("website_cro"), [8, 3, 3], Consultant, &[0, 3]),
        line(Chan::Key("emailing"), [1, 5, 6], InHouse, &[3]),
    ],
    actions: &[
        act(
            l("Compléter la fiche Google Business Profile", "Complete the Google Business Profile"),
            l(
                "Zone d'intervention, services, horaires, urgences, photos de l'équipe et des véhicules.",
                "Service area, services, opening hours, emergencies, photos of the team and vans.",
            ),
            (0, 3), 5, Critical, Immediate, None, Some(0), 20, &[0, 1],
        ),
        act(
            l("Formulaire de devis et bouton d'appel sur le site", "Quote form and call button on the site"),
            l("Un formulaire court avec photo jointe et un numéro cliquable sur mobile.", "A short form with a photo upload and a tap-to-call number on mobile."),
            (0, 10), 21, Critical, Immediate, None, Some(4), 60, &[0, 3],
        ),
        act(
            l("Campagne Google Ads locale", "Local Google Ads campaign"),
            l("Annonces sur les interventions rentables et les urgences, limitées à la zone desservie.", "Ads on profitable jobs and emergencies, limited to the area served."),
            (0, 20), 60, High, Immediate, None, Some(1), 40, &[0],
        ),
        act(
            l("Photos avant et après de chaque chantier", "Before-and-after photos of each job"),
            l("Publiées sur la fiche Google et le site, avec la commune et le type de travaux.", "Posted on the Google profile and the site, with the town and the type of work."),
            (0, 14), 1, Normal, MediumTerm, Some(Week), Some(3), 40, &[2, 3],
        ),
        act(
            l("Demande d'avis en fin de chantier", "Review request at the end of each job"),
            l("Un SMS avec le lien vers la fiche Google, envoyé le jour de la réception des travaux.", "A text message with the link to the Google profile, sent on the day the work is handed over."),
            (1, 1), 7, High, MediumTerm, None, Some(0), 15, &[2],
        ),
        act(
            l("Réponse aux avis", "Replies to reviews"),
            l("Remercier chaque client et répondre aux critiques en proposant une solution.", "Thank each customer and answer criticism with a solution."),
            (0, 10), 1, Normal, MediumTerm, Some(Week), Some(0), 10, &[2],
        ),
        act(
            l("Relance des devis non signés", "Follow-up of unsigned quotes"),
            l("Un appel ou un e-mail une semaine après l'envoi du devis.", "A call or an email a week after the quote is sent."),
            (0, 14), 1, Normal, MediumTerm, Some(Week), None, 0, &[3],
        ),
        act(
            l("Pages de services par commune", "Service pages per town"),
            l("Une page par métier et par commune desservie, avec des chantiers réalisés sur place.", "One page per trade and per town served, with jobs done there."),
            (1, 15), 45, High, MediumTerm, None, Some(2), 50, &[1],
        ),
        act(
            l("Publication sur la fiche Google", "Google Business Profile post"),
            l("Chantier du mois, conseil de saison, disponibilités.", "Job of the month, seasonal tip, availability."),
            (0, 20), 1, Low, MediumTerm, Some(Month), Some(0), 15, &[1],
        ),
        act(
            l("Rappel d'entretien aux anciens clients", "Maintenance reminder to past customers"),
            l("Chaudière, toiture, ramonage\u{202f}: un e-mail au bon moment de l'année.", "Boiler, roof, chimney: an email at the right time of year."),
            (3, 1), 1, Normal, LongTerm, Some(Quarter), Some(5), 60, &[3],
        ),
        act(
            l("Campagne de saison (avant l'hiver, avant l'été)", "Seasonal campaign (before winter, before summer)"),
            l("Annonces et publications sur les travaux que la saison rend urgents.", "Ads and posts on the work the season makes urgent."),
            (6, 1), 45, High, LongTerm, None, Some(1), 40, &[0],
        ),
        act(
            l("Bilan trimestriel des indicateurs", "Quarterly KPI review"),
            l("Demandes de devis, position sur Google, avis, devis signés\u{202f}: ce qui marche, ce qu'on arrête.", "Quote requests, Google position, reviews, quotes signed: what works, what to stop."),
            (2, 25), 1, High, LongTerm, Some(Quarter), None, 0, &[0, 1],
        ),
    ],
};
