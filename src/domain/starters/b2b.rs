//! Services to businesses: LinkedIn, expert content, webinars and a CRM to
//! follow each lead to a signed contract.

use super::{act, line, line_as, obj, Chan, El, Starter};
use crate::domain::{
    budget::Tier,
    catalogue::l,
    forecast::{Cost, Media},
    Delivery::*,
    Every::*,
    Horizon::*,
    Importance::*,
    Rank::*,
};

// Objectives: 0 leads, 1 new contracts, 2 expert image, 3 nurture.
// Lines: 0 LinkedIn (organic), 1 LinkedIn Ads, 2 content, 3 webinars,
// 4 CRM, 5 email, 6 site.
#[rustfmt::skip]
pub(super) static STARTER: Starter = Starter {
    name: l("Services aux entreprises", "B2B services"),
    blurb: l(
        "LinkedIn, contenus d'expert, webinaires, CRM et relances\u{202f}: des demandes qualifiées jusqu'aux mandats signés.",
        "LinkedIn, expert content, webinars, CRM and follow-ups: from qualified leads to signed contracts.",
    ),
    sector: l("Services aux entreprises", "B2B services"),
    total: 30_000,
    elements: &[
        El {
            key: "new_customers",
            note: l(
                "Décrocher de nouveaux mandats auprès d'entreprises qui ne nous connaissent pas encore, par LinkedIn, le contenu et la recommandation.",
                "Win new contracts from companies that do not know us yet, through LinkedIn, content and referrals.",
            ),
        },
        El {
            key: "awareness",
            note: l(
                "Être reconnu par les décideurs de notre cible (direction, finances, ressources humaines) comme l'expert de notre domaine.",
                "Be known by the decision-makers we target (management, finance, human resources) as the expert in our field.",
            ),
        },
        El {
            key: "revenue",
            note: l(
                "Transformer plus de contacts en propositions, et plus de propositions en mandats.",
                "Turn more contacts into proposals, and more proposals into contracts.",
            ),
        },
    ],
    objectives: &[
        obj(
            l("Générer des demandes qualifiées", "Generate qualified leads"),
            Priority,
            None,
            &[0],
            l(
                "Recevoir chaque mois davantage de demandes de rendez-vous ou d'offre, par le site et LinkedIn, d'entreprises de notre cible.",
                "Receive more meeting or quote requests each month, through the site and LinkedIn, from companies we target.",
            ),
            &["online_requests", "conversion_rate"],
            12,
            l(
                "Un cycle de vente B2B dure des mois\u{202f}: les contenus et webinaires alimentent la réserve de contacts en continu.",
                "A B2B sale takes months: content and webinars keep the pool of contacts filled.",
            ),
        ),
        obj(
            l("Signer de nouveaux mandats", "Sign new contracts"),
            Priority,
            None,
            &[0, 2],
            l(
                "Augmenter le nombre de nouveaux clients signés et le chiffre d'affaires qu'ils apportent, suivis dans le CRM.",
                "Increase the new clients signed and the revenue they bring, tracked in the CRM.",
            ),
            &["new_customers", "revenue"],
            12,
            l(
                "Suivre chaque contact dans le CRM évite de laisser refroidir les demandes.",
                "Following each contact in the CRM keeps leads from going cold.",
            ),
        ),
        obj(
            l("Asseoir notre image d'expert", "Establish our expert image"),
            Priority,
            None,
            &[1],
            l(
                "Développer l'audience LinkedIn de l'entreprise et des associés, et l'engagement sur leurs publications.",
                "Grow the LinkedIn audience of the firm and its partners, and the engagement on their posts.",
            ),
            &["social_audience", "engagement_rate"],
            12,
            l(
                "Les décideurs suivent des personnes plus que des logos\u{202f}: les profils des associés portent le message.",
                "Decision-makers follow people more than logos: the partners' profiles carry the message.",
            ),
        ),
        obj(
            l("Entretenir la relation avec clients et prospects", "Nurture clients and prospects"),
            Secondary,
            None,
            &[2],
            l(
                "Garder le contact par une lettre d'information utile, mesurée par les clics, et faire revenir les clients pour d'autres mandats.",
                "Stay in touch through a useful newsletter, measured by clicks, and bring clients back for further work.",
            ),
            &["click_rate", "repeat_customer_rate"],
            12,
            l(
                "Un client satisfait est la meilleure source de recommandations.",
                "A satisfied client is the best source of referrals.",
            ),
        ),
    ],
    lines: &[
        line(Chan::Key("social_organic"), [3, 7, 8], InHouse, &[2, 0]),
        line_as(Chan::Key("social_ads"), [5, 8, 5], InHouse, &[0], None, Some(Cost::Media(Media::Linkedin))),
        line(Chan::Key("content_written"), [5, 8, 9], Consultant, &[2, 0]),
        line(Chan::Own(l("Webinaires et événements", "Webinars and events")), [2, 6, 6], InHouse, &[0, 1]),
        line_as(Chan::Own(l("CRM et automatisation", "CRM and automation")), [6, 2, 2], Consultant, &[1, 3], Some(Tier::Proven), Some(Cost::Tools)),
        line(Chan::Key("emailing"), [1, 4, 5], InHouse, &[3]),
        line(Chan::Key("website_cro"), [4, 2, 2], Consultant, &[0]),
    ],
    actions: &[
        act(
            l("Mise en place du CRM et du suivi des prospects", "CRM set-up and lead tracking"),
            l(
                "Étapes du cycle de vente, source de chaque contact, relances programmées.",
                "Stages of the sales cycle, source of each contact, scheduled follow-ups.",
            ),
            (0, 5), 30, Critical, Immediate, None, Some(4), 60, &[1, 3],
        ),
        act(
            l("Pages de services et formulaire de rendez-vous", "Service pages and meeting request form"),
            l(
                "Une page par offre, avec références clients et un formulaire court.",
                "One page per offer, with client references and a short form.",
            ),
            (0, 10), 30, High, Immediate, None, Some(6), 70, &[0],
        ),
        act(
            l("Publication LinkedIn des associés", "Partners' LinkedIn posts"),
            l("Un point de vue, un cas vécu ou une question du métier\u{202f}; jamais de simple publicité.", "A point of view, a real case or a question from the trade; never a plain ad."),
            (0, 7), 1, Normal, MediumTerm, Some(Week), Some(0), 30, &[2],
        ),
        act(
            l("Étude de cas client", "Client case study"),
            l("Le problème, la démarche, le résultat chiffré, avec l'accord du client.", "The problem, the approach, the result in figures, with the client's consent."),
            (1, 1), 10, Normal, MediumTerm, Some(Quarter), Some(2), 35, &[2, 0],
        ),
        act(
            l("Livre blanc ou guide pratique", "White paper or practical guide"),
            l("Téléchargeable contre une adresse e-mail professionnelle, relayé sur LinkedIn.", "Downloadable for a business email address, shared on LinkedIn."),
            (1, 15), 45, High, MediumTerm, None, Some(2), 40, &[0, 2],
        ),
        act(
            l("Lettre d'information aux clients et prospects", "Newsletter to clients and prospects"),
            l("Une actualité du domaine, un conseil, une invitation au prochain webinaire.", "News from the field, a tip, an invitation to the next webinar."),
            (1, 20), 1, Normal, MediumTerm, Some(Month), Some(5), 60, &[3],
        ),
        act(
            l("Campagne LinkedIn Ads de génération de contacts", "LinkedIn Ads lead generation campaign"),
            l("Le livre blanc proposé aux fonctions et secteurs ciblés, avec formulaire intégré.", "The white paper offered to the targeted roles and industries, with a built-in form."),
            (2, 15), 60, High, MediumTerm, None, Some(1), 55, &[0],
        ),
        act(
            l("Webinaire thématique", "Topic webinar"),
            l("Quarante-cinq minutes sur une question d'actualité, questions-réponses comprises.", "Forty-five minutes on a topical question, questions and answers included."),
            (3, 1), 1, High, MediumTerm, Some(Quarter), Some(3), 70, &[0, 1],
        ),
        act(
            l("Séquence d'e-mails après le webinaire", "Email sequence after each webinar"),
            l("Enregistrement, ressource complémentaire, proposition de rendez-vous.", "Recording, a further resource, an offer to meet."),
            (3, 5), 14, Normal, MediumTerm, None, Some(4), 20, &[1],
        ),
        act(
            l("Salon professionnel ou rencontre de réseau", "Trade fair or networking event"),
            l("Rencontres préparées à l'avance sur LinkedIn, contacts saisis dans le CRM le jour même.", "Meetings set up beforehand on LinkedIn, contacts entered in the CRM the same day."),
            (5, 1), 2, Normal, LongTerm, None, Some(3), 20, &[1, 2],
        ),
        act(
            l("Reciblage LinkedIn des visiteurs du site", "LinkedIn retargeting of site visitors"),
            l("Études de cas montrées aux entreprises qui ont visité les pages de services.", "Case studies shown to companies that visited the service pages."),
            (7, 1), 45, Normal, LongTerm, None, Some(1), 35, &[0],
        ),
        act(
            l("Revue mensuelle des affaires en cours", "Monthly sales pipeline review"),
            l("Propositions en cours, relances à faire, sources des contacts signés.", "Open proposals, follow-ups due, sources of signed contacts."),
            (0, 28), 1, High, LongTerm, Some(Month), Some(4), 0, &[1],
        ),
        act(
            l("Bilan trimestriel des indicateurs", "Quarterly KPI review"),
            l("Demandes reçues, mandats signés, audience LinkedIn\u{202f}: ce qui marche, ce qu'on arrête.", "Leads received, contracts signed, LinkedIn audience: what works, what to stop."),
            (2, 25), 1, High, LongTerm, Some(Quarter), None, 0, &[0, 1, 2],
        ),
    ],
};
