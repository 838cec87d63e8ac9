//! Online shop: search (SEO and ads), a site that converts, email
//! automations and retargeting, ad spend that pays.

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

// Objectives: 0 revenue, 1 conversion, 2 new customers, 3 ad returns,
// 4 repeat customers.
// Lines: 0 search ads, 1 SEO, 2 email, 3 retargeting, 4 social ads, 5 site,
// 6 analytics.
#[rustfmt::skip]
pub(super) static STARTER: Starter = Starter {
    name: l("Boutique en ligne", "Online shop"),
    blurb: l(
        "Google Shopping et référencement, site qui convertit, e-mails de relance, reciblage, rentabilité publicitaire.",
        "Google Shopping and SEO, a site that converts, follow-up emails, retargeting, ad returns.",
    ),
    sector: l("Commerce en ligne", "E-commerce"),
    total: 40_000,
    elements: &[
        El {
            key: "revenue",
            note: l(
                "Vendre plus en ligne\u{202f}: davantage de visites qualifiées, un site qui convertit mieux, un panier plus élevé.",
                "Sell more online: more qualified visits, a site that converts better, a bigger basket.",
            ),
        },
        El {
            key: "new_customers",
            note: l(
                "Élargir la clientèle au-delà des acheteurs actuels, sans dépendre d'un seul canal payant.",
                "Widen the customer base beyond today's buyers, without depending on a single paid channel.",
            ),
        },
        El {
            key: "cost_reduction",
            note: l(
                "Faire baisser le coût d'acquisition\u{202f}: chaque somme investie en publicité doit rapporter davantage.",
                "Bring the acquisition cost down: each amount spent on ads must bring in more.",
            ),
        },
    ],
    objectives: &[
        obj(
            l("Augmenter le chiffre d'affaires en ligne", "Grow online revenue"),
            Priority,
            Some("more_sales"),
            &[0],
            l(
                "Augmenter le chiffre d'affaires et le nombre de commandes de la boutique, suivis chaque mois dans l'outil d'analyse.",
                "Increase the shop's revenue and orders, tracked each month in the analytics tool.",
            ),
            &["revenue", "orders"],
            12,
            l(
                "Le site reçoit déjà du trafic\u{202f}: mieux le convertir et le compléter par la recherche payante suffit à progresser.",
                "The site already gets traffic: converting it better and adding paid search is enough to grow.",
            ),
        ),
        obj(
            l("Améliorer le taux de conversion du site", "Improve the site's conversion rate"),
            Priority,
            Some("site_performance"),
            &[0, 2],
            l(
                "Augmenter la part des visites qui aboutissent à une commande, en simplifiant les fiches produits et le tunnel de commande.",
                "Raise the share of visits ending in an order by simplifying product pages and the checkout.",
            ),
            &["conversion_rate", "bounce_rate"],
            6,
            l(
                "Environ sept paniers sur dix sont abandonnés (Baymard Institute)\u{202f}: chaque étape retirée compte.",
                "About seven carts in ten are abandoned (Baymard Institute): each step removed counts.",
            ),
        ),
        obj(
            l("Conquérir de nouveaux clients", "Win new customers"),
            Priority,
            Some("new_customer_share"),
            &[1],
            l(
                "Augmenter le nombre de premiers achats tout en maîtrisant le coût d'acquisition d'un client.",
                "Increase first purchases while keeping the cost of acquiring a customer under control.",
            ),
            &["new_customers", "cost_per_customer"],
            12,
            l(
                "Google Shopping et les audiences similaires touchent des acheteurs qui ne connaissent pas encore la boutique.",
                "Google Shopping and lookalike audiences reach buyers who do not know the shop yet.",
            ),
        ),
        obj(
            l("Rentabiliser la publicité", "Make advertising pay"),
            Secondary,
            Some("profitable_setup"),
            &[2],
            l(
                "Améliorer le retour sur dépense publicitaire et réduire le coût par commande, campagne par campagne.",
                "Improve the return on ad spend and lower the cost per order, campaign by campaign.",
            ),
            &["roas", "cost_per_order"],
            12,
            l(
                "Couper chaque mois les annonces qui ne vendent pas libère du budget pour celles qui vendent.",
                "Cutting the ads that do not sell each month frees budget for those that do.",
            ),
        ),
        obj(
            l("Faire revenir les clients", "Bring customers back"),
            Secondary,
            None,
            &[0],
            l(
                "Augmenter la part de clients qui commandent une deuxième fois dans l'année, grâce aux e-mails après achat.",
                "Raise the share of customers who order a second time within the year, through post-purchase emails.",
            ),
            &["repeat_customer_rate", "click_rate"],
            12,
            l(
                "Un client qui a déjà commandé coûte bien moins cher à convaincre qu'un nouveau.",
                "A customer who has ordered before costs far less to convince than a new one.",
            ),
        ),
    ],
    lines: &[
        line(Chan::Key("search_ads"), [6, 12, 10], Consultant, &[0, 2, 3]),
        line(Chan::Key("seo"), [3, 6, 11], Consultant, &[2]),
        line(Chan::Key("emailing"), [3, 6, 6], InHouse, &[0, 4]),
        line_as(
            Chan::Own(l("Reciblage publicitaire (Meta, Google)", "Retargeting ads (Meta, Google)")),
            [2, 4, 4],
            InHouse,
            &[0, 3],
            Some(Tier::Proven),
            Some(Cost::Media(Media::Meta)),
        ),
        line(Chan::Key("social_ads"), [3, 4, 3], InHouse, &[2]),
        line(Chan::Key("website_cro"), [6, 4, 4], Consultant, &[1]),
        line(Chan::Key("analytics_tools"), [2, 0, 1], InHouse, &[3]),
    ],
    actions: &[
        act(
            l("Suivi des ventes\u{202f}: GA4, conversions et flux produits", "Sales tracking: GA4, conversions and product feed"),
            l(
                "Vérifier que chaque commande est mesurée, avec sa source, avant de dépenser en publicité.",
                "Check that every order is measured, with its source, before spending on ads.",
            ),
            (0, 3), 7, Critical, Immediate, None, Some(6), 70, &[3],
        ),
        act(
            l("Audit de conversion du site", "Conversion audit of the site"),
            l(
                "Fiches produits, frais de port affichés tôt, paiement en une page, version mobile.",
                "Product pages, delivery costs shown early, one-page checkout, mobile version.",
            ),
            (0, 5), 14, Critical, Immediate, None, Some(5), 30, &[1],
        ),
        act(
            l("Campagnes Google Shopping et Performance Max", "Google Shopping and Performance Max campaigns"),
            l("Flux produits propre, campagnes séparées pour les meilleures ventes.", "A clean product feed, separate campaigns for best sellers."),
            (0, 15), 60, High, Immediate, None, Some(0), 35, &[0, 2],
        ),
        act(
            l("E-mails de panier abandonné et de bienvenue", "Abandoned-cart and welcome emails"),
            l("Trois messages automatiques\u{202f}: une heure, un jour, trois jours après l'abandon.", "Three automatic messages: one hour, one day, three days after the cart is left."),
            (0, 20), 14, Critical, Immediate, None, Some(2), 20, &[0, 4],
        ),
        act(
            l("Référencement des catégories et des fiches produits", "SEO of category and product pages"),
            l("Titres, descriptions uniques, données structurées, liens internes.", "Titles, unique descriptions, structured data, internal links."),
            (0, 20), 45, High, Immediate, None, Some(1), 30, &[2, 1],
        ),
        act(
            l("Reciblage des visiteurs et des paniers abandonnés", "Retargeting of visitors and abandoned carts"),
            l("Annonces dynamiques montrant les produits vus, plafonnées en fréquence.", "Dynamic ads showing the products viewed, with a frequency cap."),
            (1, 1), 60, High, MediumTerm, None, Some(3), 50, &[0, 3],
        ),
        act(
            l("Lettre d'information\u{202f}: nouveautés et conseils", "Newsletter: new products and tips"),
            l("Une sélection, un conseil d'utilisation, une offre réservée aux abonnés.", "A selection, a usage tip, an offer for subscribers."),
            (1, 10), 1, Normal, MediumTerm, Some(Month), Some(2), 40, &[4],
        ),
        act(
            l("Articles de blog et guides d'achat", "Blog posts and buying guides"),
            l("Répondre aux questions que les clients tapent dans Google, avec des liens vers les produits.", "Answer the questions customers type into Google, with links to products."),
            (1, 15), 3, Normal, MediumTerm, Some(Month), Some(1), 45, &[2],
        ),
        act(
            l("Test A/B de la fiche produit", "A/B test of the product page"),
            l("Photos, avis visibles, délai de livraison\u{202f}: une variante à la fois.", "Photos, visible reviews, delivery time: one variant at a time."),
            (2, 1), 30, Normal, MediumTerm, None, Some(5), 30, &[1],
        ),
        act(
            l("Campagne d'acquisition Meta (audiences similaires)", "Meta prospecting campaign (lookalike audiences)"),
            l("Audiences construites sur les meilleurs clients, vidéos courtes des produits.", "Audiences built on the best customers, short product videos."),
            (2, 1), 45, Normal, MediumTerm, None, Some(4), 60, &[2],
        ),
        act(
            l("Programme de fidélité et e-mails après achat", "Loyalty programme and post-purchase emails"),
            l("Demande d'avis, conseils d'utilisation, offre de réassort au bon moment.", "Review request, usage tips, a reorder offer at the right time."),
            (4, 1), 30, Normal, LongTerm, None, Some(2), 30, &[4],
        ),
        act(
            l("Campagne saisonnière (soldes, fêtes)", "Seasonal campaign (sales, holidays)"),
            l("Budget renforcé sur les semaines qui comptent, préparé un mois à l'avance.", "More budget on the weeks that count, prepared a month ahead."),
            (9, 1), 40, Critical, LongTerm, None, Some(0), 40, &[0],
        ),
        act(
            l("Revue mensuelle du ROAS et du coût par commande", "Monthly ROAS and cost-per-order review"),
            l("Couper ce qui ne vend pas, renforcer ce qui vend.", "Cut what does not sell, back what does."),
            (0, 28), 1, High, LongTerm, Some(Month), Some(6), 0, &[3],
        ),
    ],
};
