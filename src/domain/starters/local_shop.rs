//! Shop with click & collect: local search, the Google profile, orders
//! placed online and picked up in the shop.

use super::{act, line, line_as, obj, Chan, El, Starter};
use crate::domain::{
    budget::Tier, catalogue::l, Delivery::*, Every::*, Horizon::*, Importance::*, Rank::*,
};

// Objectives: 0 click & collect orders, 1 local search, 2 new customers,
// 3 basket at pick-up, 4 reviews.
// Lines: 0 Google profile, 1 SEO, 2 search ads, 3 site, 4 social ads,
// 5 email, 6 photos.
#[rustfmt::skip]
pub(super) static STARTER: Starter = Starter {
    name: l("Commerce avec retrait en magasin", "Shop with click & collect"),
    blurb: l(
        "Recherche locale, stock visible sur Google, commande en ligne et retrait en boutique, avis clients.",
        "Local search, stock shown on Google, order online and pick up in store, customer reviews.",
    ),
    sector: l("Commerce de détail", "Retail"),
    total: 15_000,
    elements: &[
        El {
            key: "awareness",
            note: l(
                "Être trouvé quand on cherche nos produits près de chez soi\u{202f}: carte Google, stock visible en ligne, pages locales.",
                "Be found when people look for our products nearby: Google map, stock shown online, local pages.",
            ),
        },
        El {
            key: "new_customers",
            note: l(
                "Faire venir en magasin des clients qui achetaient jusqu'ici sur les grandes plateformes.",
                "Bring to the shop customers who used to buy on the big marketplaces.",
            ),
        },
        El {
            key: "revenue",
            note: l(
                "Faire du retrait en magasin une vente de plus\u{202f}: conseil, accessoires, articles complémentaires.",
                "Make each pick-up a chance to sell more: advice, accessories, related items.",
            ),
        },
        El {
            key: "brand_image",
            note: l(
                "Face aux sites marchands, l'accueil et le conseil font la différence\u{202f}: les avis doivent le montrer.",
                "Against online retailers, welcome and advice make the difference: reviews should show it.",
            ),
        },
    ],
    objectives: &[
        obj(
            l("Plus de commandes à retirer en magasin", "More click & collect orders"),
            Priority,
            Some("more_sales"),
            &[2],
            l(
                "Augmenter le nombre de commandes passées en ligne et retirées en magasin, comptées chaque mois dans la boutique en ligne.",
                "Increase the orders placed online and picked up in store, counted each month in the online shop.",
            ),
            &["orders", "conversion_rate"],
            12,
            l(
                "Le client réserve en ligne et passe quand il veut\u{202f}: pas de frais de port, un produit sûr d'être en stock.",
                "Customers reserve online and drop by when they like: no delivery fee, a product sure to be in stock.",
            ),
        ),
        obj(
            l("Être trouvé dans les recherches locales", "Be found in local searches"),
            Priority,
            Some("search_visibility"),
            &[0],
            l(
                "Apparaître parmi les trois premiers résultats de la carte Google pour nos produits phares dans notre ville.",
                "Appear among the first three results of the Google map for our best-selling products in our town.",
            ),
            &["search_position", "impressions"],
            6,
            l(
                "Une fiche complète, des avis récents et le stock affiché suffisent souvent à passer devant les chaînes.",
                "A complete profile, recent reviews and stock on display are often enough to rank above the chains.",
            ),
        ),
        obj(
            l("Attirer de nouveaux clients en magasin", "Bring new customers to the shop"),
            Priority,
            Some("new_customer_share"),
            &[1],
            l(
                "Augmenter le nombre de premiers achats, en ligne ou au comptoir, grâce à la recherche locale et à la publicité de proximité.",
                "Increase first purchases, online or at the counter, through local search and nearby ads.",
            ),
            &["new_customers", "new_customer_rate"],
            12,
            l(
                "Une bonne partie des habitants du quartier ne connaît pas encore la boutique.",
                "Many people living nearby do not know the shop yet.",
            ),
        ),
        obj(
            l("Un panier plus élevé au retrait", "A bigger basket at pick-up"),
            Secondary,
            None,
            &[2],
            l(
                "Augmenter le panier moyen des commandes retirées en magasin grâce au conseil et aux articles complémentaires.",
                "Raise the average basket of picked-up orders through advice and related items.",
            ),
            &["aov"],
            12,
            l(
                "Au comptoir, un conseil bien placé ajoute souvent un accessoire à la commande.",
                "At the counter, well-placed advice often adds an accessory to the order.",
            ),
        ),
        obj(
            l("Des avis clients qui rassurent", "Reassuring customer reviews"),
            Secondary,
            Some("e_reputation"),
            &[3],
            l(
                "Augmenter le nombre d'avis récents sur la fiche Google et la part d'avis positifs.",
                "Increase recent reviews on the Google profile and the share of positive ones.",
            ),
            &["positive_review_share"],
            12,
            l(
                "Le moment du retrait est idéal pour demander un avis\u{202f}: le client vient d'être servi.",
                "Pick-up is the ideal moment to ask for a review: the customer has just been served.",
            ),
        ),
    ],
    lines: &[
        line_as(
            Chan::Own(l(
                "Fiche Google Business Profile et avis",
                "Google Business Profile and reviews",
            )),
            [4, 5, 5],
            InHouse,
            &[1, 4],
            Some(Tier::Proven),
            None,
        ),
        line(Chan::Key("seo"), [4, 6, 10], Consultant, &[1]),
        line(Chan::Key("search_ads"), [5, 8, 7], Consultant, &[0, 2]),
        line(Chan::Key("website_cro"), [10, 3, 5], Consultant, &[0, 3]),
        line(Chan::Key("social_ads"), [3, 5, 4], InHouse, &[2]),
        line(Chan::Key("emailing"), [1, 4, 5], InHouse, &[3, 0]),
        line(Chan::Key("content_visual"), [2, 2, 2], InHouse, &[0]),
    ],
    actions: &[
        act(
            l("Compléter la fiche Google Business Profile", "Complete the Google Business Profile"),
            l(
                "Horaires, rayons, services (retrait, retouches, livraison locale), photos de la boutique.",
                "Opening hours, departments, services (pick-up, alterations, local delivery), shop photos.",
            ),
            (0, 3), 3, Critical, Immediate, None, Some(0), 20, &[1, 2],
        ),
        act(
            l("Activer le retrait en magasin sur la boutique en ligne", "Turn on click & collect in the online shop"),
            l(
                "Choix du créneau, e-mail «\u{202f}commande prête\u{202f}», paiement en ligne ou sur place.",
                "Pick-up slot, “order ready” email, payment online or in store.",
            ),
            (0, 5), 21, Critical, Immediate, None, Some(3), 45, &[0],
        ),
        act(
            l("Afficher le stock du magasin sur Google", "Show the shop's stock on Google"),
            l(
                "Relier la caisse ou le catalogue à Google Merchant Center pour que les produits apparaissent «\u{202f}en stock à proximité\u{202f}».",
                "Link the till or the catalogue to Google Merchant Center so products show as “in stock nearby”.",
            ),
            (0, 20), 14, High, Immediate, None, Some(0), 20, &[1, 0],
        ),
        act(
            l("Photos produits et courtes vidéos en magasin", "Product photos and short in-store videos"),
            l("Les produits phares mis en situation, pour le site, Google et les réseaux.", "Best sellers shown in use, for the site, Google and social media."),
            (0, 20), 5, Normal, Immediate, None, Some(6), 60, &[0],
        ),
        act(
            l("Pages des produits phares optimisées pour la recherche locale", "Best-seller pages optimised for local search"),
            l("Titres, descriptions et mentions de la ville et du retrait en magasin.", "Titles, descriptions, and mentions of the town and in-store pick-up."),
            (1, 1), 30, High, MediumTerm, None, Some(1), 40, &[1],
        ),
        act(
            l("Campagne Google Ads locale", "Local Google Ads campaign"),
            l("Annonces sur les produits phares dans un rayon de quelques kilomètres, avec l'option retrait.", "Ads on best sellers within a few kilometres, with the pick-up option."),
            (1, 1), 60, High, MediumTerm, None, Some(2), 45, &[0, 2],
        ),
        act(
            l("Publication sur la fiche Google", "Google Business Profile post"),
            l("Nouveautés, promotions, événements en boutique.", "New arrivals, offers, in-store events."),
            (0, 14), 1, Normal, MediumTerm, Some(Week), Some(0), 20, &[1],
        ),
        act(
            l("Demande d'avis au retrait de la commande", "Review request at pick-up"),
            l("Une carte avec code QR remise avec la commande et un e-mail le lendemain.", "A card with a QR code handed over with the order and an email the next day."),
            (1, 1), 7, High, MediumTerm, None, Some(0), 15, &[4],
        ),
        act(
            l("Lettre d'information\u{202f}: nouveautés et retrait en magasin", "Newsletter: new arrivals and click & collect"),
            l("Une sélection du mois, réservable en ligne et à retirer en boutique.", "A selection of the month, to reserve online and pick up in store."),
            (1, 10), 1, Normal, MediumTerm, Some(Month), Some(5), 60, &[3, 0],
        ),
        act(
            l("Publicité Meta autour du magasin", "Meta ads around the shop"),
            l("Une offre de bienvenue montrée aux habitants des quartiers voisins.", "A welcome offer shown to people living in nearby areas."),
            (2, 1), 30, Normal, MediumTerm, None, Some(4), 50, &[2],
        ),
        act(
            l("Offre de bienvenue au premier retrait", "Welcome offer at first pick-up"),
            l("Un petit avantage sur la première commande retirée, pour en faire un client régulier.", "A small perk on the first order picked up, to turn it into a regular."),
            (3, 1), 30, Normal, MediumTerm, None, Some(5), 20, &[2, 3],
        ),
        act(
            l("Guides d'achat locaux sur le blog", "Local buying guides on the blog"),
            l("Un guide par mois sur une question de clients, lié aux produits en stock.", "One guide a month on a customer question, linked to products in stock."),
            (4, 1), 1, Low, LongTerm, Some(Month), Some(1), 40, &[1],
        ),
        act(
            l("Campagne saisonnière (rentrée, fêtes)", "Seasonal campaign (back to school, holidays)"),
            l("Annonces et vitrine en ligne sur les produits de la saison, retrait garanti avant la date.", "Ads and online window on the season's products, pick-up guaranteed in time."),
            (8, 1), 45, High, LongTerm, None, Some(2), 35, &[0, 2],
        ),
        act(
            l("Bilan trimestriel des indicateurs", "Quarterly KPI review"),
            l("Commandes retirées, position dans la recherche locale, nouveaux clients, avis.", "Orders picked up, local search position, new customers, reviews."),
            (2, 25), 1, High, LongTerm, Some(Quarter), None, 0, &[0, 1, 2],
        ),
    ],
};
