//! The five strategy elements of the method, their typical objectives and
//! the KPIs that measure them.

use super::{l, ObjectiveTemplate as O, StrategyDef};

/// The strategy elements, in the method's order.
#[rustfmt::skip]
pub static STRATEGY_ELEMENTS: &[StrategyDef] = &[
    StrategyDef {
        key: "awareness",
        name: l("Développer la notoriété", "Build awareness"),
        leads_to: l("Être trouvé et vu\u{202f}: visibilité dans les moteurs de recherche et audience.",
                    "Being found and seen: visibility in search engines and a wider audience."),
        objectives: &[
            O { key: "search_visibility",
                title: l("Augmenter la visibilité Web sur les moteurs de recherche",
                         "Increase web visibility in search engines"),
                kpis: &["search_position", "impressions"] },
            O { key: "audience",
                title: l("Augmenter l'audience", "Grow the audience"),
                kpis: &["impressions", "unique_visitors"] },
        ],
        kpis: &["impressions", "search_position"],
    },
    StrategyDef {
        key: "revenue",
        name: l("Développer le chiffre d'affaires", "Grow revenue"),
        leads_to: l("Vendre plus\u{202f}: davantage de commandes et un site qui convertit mieux.",
                    "Selling more: more orders and a site that converts better."),
        objectives: &[
            O { key: "more_sales",
                title: l("Augmenter les ventes et les commandes", "Increase sales and orders"),
                kpis: &["orders", "aov"] },
            O { key: "site_performance",
                title: l("Améliorer la performance du site", "Improve the site's performance"),
                kpis: &["conversion_rate"] },
        ],
        kpis: &["orders", "conversion_rate", "aov"],
    },
    StrategyDef {
        key: "new_customers",
        name: l("Conquérir de nouveaux clients", "Win new customers"),
        leads_to: l("Élargir la clientèle\u{202f}: plus de premiers achats et de nouveaux visiteurs.",
                    "Widening the customer base: more first purchases and new visitors."),
        objectives: &[
            O { key: "new_customer_share",
                title: l("Augmenter la part de nouveaux clients dans l'activité",
                         "Raise the share of new customers in the business"),
                kpis: &["new_customer_rate", "new_visit_rate"] },
        ],
        kpis: &["new_customer_rate", "new_visit_rate"],
    },
    StrategyDef {
        key: "cost_reduction",
        name: l("Réduire les coûts", "Cut costs"),
        leads_to: l("Rentabiliser le dispositif digital\u{202f}: chaque franc dépensé doit rapporter davantage.",
                    "Making the digital set-up profitable: each unit spent must bring more."),
        objectives: &[
            O { key: "profitable_setup",
                title: l("Rentabiliser le dispositif digital", "Make the digital set-up profitable"),
                kpis: &["cost_per_order", "conversion_rate"] },
        ],
        kpis: &["conversion_rate", "bounce_rate", "cost_per_order", "cost_per_customer", "cpc"],
    },
    StrategyDef {
        key: "brand_image",
        name: l("Améliorer l'image de marque", "Improve brand image"),
        leads_to: l("Être bien perçu\u{202f}: réputation en ligne, engagement et bouche-à-oreille.",
                    "Being well perceived: online reputation, engagement and word of mouth."),
        objectives: &[
            O { key: "positive_awareness",
                title: l("Développer une notoriété positive", "Build positive awareness"),
                kpis: &["positive_review_share"] },
            O { key: "e_reputation",
                title: l("Soigner l'e-réputation", "Look after the e-reputation"),
                kpis: &["positive_review_share"] },
            O { key: "brand_engagement",
                title: l("Susciter l'engagement envers la marque", "Spark engagement with the brand"),
                kpis: &["engagement_rate"] },
            O { key: "word_of_mouth",
                title: l("Favoriser le bouche-à-oreille positif et la viralité",
                         "Encourage positive word of mouth and virality"),
                kpis: &["engagement_rate", "positive_review_share"] },
        ],
        kpis: &["engagement_rate", "positive_review_share"],
    },
];
