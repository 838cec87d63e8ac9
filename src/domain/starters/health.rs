//! Health practice: the Google profile and its reviews, online booking
//! and reminders, useful content; no promotion the profession forbids.

use super::{act, line, line_as, obj, Chan, El, Starter};
use crate::domain::{
    budget::Tier, catalogue::l, forecast::Cost, Delivery::*, Every::*, Horizon::*, Importance::*,
    Rank::*,
};

// Objectives: 0 online bookings, 1 new patients, 2 reputation, 3 fewer
// calls and missed appointments.
// Lines: 0 Google profile, 1 site, 2 booking tool, 3 SEO, 4 content,
// 5 email.
#[rustfmt::skip]
pub(super) static STARTER: Starter = Starter {
    name: l("Cabinet de santé", "Health practice"),
    blurb: l(
        "Fiche Google et avis, prise de rendez-vous en ligne et rappels, contenus de prévention, dans le respect de la déontologie.",
        "Google profile and reviews, online booking and reminders, prevention content, within the profession's rules.",
    ),
    sector: l("Santé", "Healthcare"),
    total: 8_000,
    elements: &[
        El {
            key: "new_customers",
            note: l(
                "Faire connaître le cabinet aux patients du quartier et aux médecins qui orientent, dans le respect des règles de la profession sur la publicité.",
                "Make the practice known to local patients and referring doctors, within the profession's rules on advertising.",
            ),
        },
        El {
            key: "brand_image",
            note: l(
                "Les patients choisissent sur la fiche Google\u{202f}: accueil, ponctualité, clarté des explications, accès.",
                "Patients choose on the Google profile: welcome, punctuality, clear explanations, access.",
            ),
        },
        El {
            key: "cost_reduction",
            note: l(
                "Réduire les appels au secrétariat et les rendez-vous manqués grâce à la prise de rendez-vous en ligne et aux rappels.",
                "Cut calls to the front desk and missed appointments through online booking and reminders.",
            ),
        },
    ],
    objectives: &[
        obj(
            l("Plus de rendez-vous pris en ligne", "More appointments booked online"),
            Priority,
            None,
            &[0, 2],
            l(
                "Augmenter le nombre de rendez-vous pris en ligne et la part des visiteurs du site qui réservent, comptés chaque mois dans l'agenda.",
                "Increase appointments booked online and the share of site visitors who book, counted each month in the calendar.",
            ),
            &["orders", "conversion_rate"],
            12,
            l(
                "Beaucoup de patients préfèrent réserver le soir, quand le secrétariat est fermé.",
                "Many patients prefer to book in the evening, when the front desk is closed.",
            ),
        ),
        obj(
            l("Accueillir de nouveaux patients", "Welcome new patients"),
            Priority,
            Some("new_customer_share"),
            &[0],
            l(
                "Augmenter le nombre de premières consultations, en précisant comment le patient a connu le cabinet.",
                "Increase first appointments, noting how each patient heard of the practice.",
            ),
            &["new_customers", "impressions"],
            12,
            l(
                "Une fiche Google complète et des pages claires par soin répondent aux recherches du quartier.",
                "A complete Google profile and clear pages per treatment answer local searches.",
            ),
        ),
        obj(
            l("Une réputation en ligne rassurante", "A reassuring online reputation"),
            Secondary,
            Some("e_reputation"),
            &[1],
            l(
                "Répondre à chaque avis avec tact et sans jamais évoquer le dossier médical, et augmenter la part d'avis positifs.",
                "Reply to every review with tact and never mention the medical record, and raise the share of positive reviews.",
            ),
            &["positive_review_share"],
            12,
            l(
                "Une réponse calme à un avis négatif rassure les futurs patients autant qu'un avis positif.",
                "A calm reply to a negative review reassures future patients as much as a positive one.",
            ),
        ),
        obj(
            l("Moins d'appels et de rendez-vous manqués", "Fewer calls and missed appointments"),
            Secondary,
            None,
            &[2],
            l(
                "Réduire les appels au secrétariat et le délai de réponse aux demandes, grâce aux rappels et aux questions fréquentes en ligne.",
                "Reduce calls to the front desk and the time to answer requests, through reminders and frequently asked questions online.",
            ),
            &["calls_received", "response_time"],
            12,
            l(
                "Un rappel la veille suffit souvent à éviter un rendez-vous manqué.",
                "A reminder the day before is often enough to avoid a missed appointment.",
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
            &[1, 2],
            Some(Tier::Proven),
            None,
        ),
        line(Chan::Key("website_cro"), [12, 4, 6], Consultant, &[0, 3]),
        line_as(
            Chan::Own(l("Prise de rendez-vous en ligne et rappels", "Online booking and reminders")),
            [5, 6, 6],
            InHouse,
            &[0, 3],
            Some(Tier::Proven),
            Some(Cost::Tools),
        ),
        line(Chan::Key("seo"), [3, 5, 8], Consultant, &[1]),
        line(Chan::Key("content_written"), [2, 5, 6], InHouse, &[1, 3]),
        line(Chan::Key("emailing"), [1, 5, 6], InHouse, &[0]),
    ],
    actions: &[
        act(
            l("Compléter la fiche Google Business Profile", "Complete the Google Business Profile"),
            l(
                "Horaires, spécialités, accès et stationnement, accessibilité, lien de prise de rendez-vous.",
                "Opening hours, specialities, directions and parking, accessibility, booking link.",
            ),
            (0, 3), 5, Critical, Immediate, None, Some(0), 25, &[1, 2],
        ),
        act(
            l("Activer la prise de rendez-vous en ligne", "Turn on online booking"),
            l("Créneaux ouverts en ligne par type de consultation, relié au site et à la fiche Google.", "Slots open online per type of appointment, linked to the site and the Google profile."),
            (0, 7), 14, Critical, Immediate, None, Some(2), 40, &[0, 3],
        ),
        act(
            l("Pages du site\u{202f}: soins, équipe, accès", "Site pages: treatments, team, directions"),
            l("Des textes clairs, sans promesse de résultat, avec les tarifs et le remboursement.", "Clear texts, with no promise of results, showing fees and reimbursement."),
            (0, 15), 30, High, Immediate, None, Some(1), 60, &[0, 1],
        ),
        act(
            l("Rappels de rendez-vous par SMS et e-mail", "SMS and email appointment reminders"),
            l("Un rappel la veille, avec un lien pour déplacer le rendez-vous.", "A reminder the day before, with a link to move the appointment."),
            (1, 1), 7, High, MediumTerm, None, Some(2), 30, &[3],
        ),
        act(
            l("Réponse aux avis Google", "Replies to Google reviews"),
            l("Remercier, rester factuel, ne jamais confirmer qu'une personne est patiente du cabinet.", "Thank, stay factual, never confirm that someone is a patient of the practice."),
            (0, 10), 1, Normal, MediumTerm, Some(Week), Some(0), 15, &[2],
        ),
        act(
            l("Invitation à laisser un avis", "Invitation to leave a review"),
            l("Une carte à l'accueil ou un lien dans l'e-mail de suivi, sans contrepartie.", "A card at the front desk or a link in the follow-up email, with nothing offered in return."),
            (1, 5), 7, Normal, MediumTerm, None, Some(0), 15, &[2],
        ),
        act(
            l("Questions fréquentes des patients sur le site", "Patients' frequently asked questions on the site"),
            l("Préparation, durée, remboursement, annulation\u{202f}: ce que l'on demande au téléphone.", "Preparation, length, reimbursement, cancelling: what people ask on the phone."),
            (1, 15), 14, Normal, MediumTerm, None, Some(4), 40, &[3],
        ),
        act(
            l("Article de prévention ou de conseil", "Prevention or advice article"),
            l("Un sujet de saison, relu par un praticien, partagé sur la fiche Google.", "A seasonal topic, checked by a practitioner, shared on the Google profile."),
            (2, 1), 2, Normal, MediumTerm, Some(Month), Some(4), 50, &[1],
        ),
        act(
            l("Publication sur la fiche Google", "Google Business Profile post"),
            l("Horaires des fêtes, nouveau praticien, nouveau soin.", "Holiday hours, a new practitioner, a new treatment."),
            (0, 20), 1, Low, MediumTerm, Some(Month), Some(0), 10, &[1],
        ),
        act(
            l("Référencement local\u{202f}: une page par soin et par localité", "Local SEO: one page per treatment and area"),
            l("Pour répondre aux recherches comme «\u{202f}physiothérapeute + ville\u{202f}».", "To answer searches such as “physiotherapist + town”."),
            (2, 1), 45, High, LongTerm, None, Some(3), 60, &[1],
        ),
        act(
            l("Lettre d'information aux patients", "Newsletter to patients"),
            l("Prévention, nouveautés du cabinet, envoyée aux patients qui l'ont acceptée.", "Prevention, practice news, sent to patients who agreed to it."),
            (2, 10), 1, Low, LongTerm, Some(Quarter), Some(5), 60, &[0],
        ),
        act(
            l("Bilan trimestriel des indicateurs", "Quarterly KPI review"),
            l("Rendez-vous en ligne, nouveaux patients, avis, appels\u{202f}: ce qui marche, ce qu'on arrête.", "Online bookings, new patients, reviews, calls: what works, what to stop."),
            (2, 25), 1, High, LongTerm, Some(Quarter), None, 0, &[0, 1],
        ),
    ],
};
