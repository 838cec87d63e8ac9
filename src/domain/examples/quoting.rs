//! The B2B services example as its consultant quotes it: VAT at the Swiss
//! rates (the firm recovers it), the SEO consultant's days and a trainer's
//! hours at their rates, the in-house team's hours, and who produces which
//! content. The amounts stay the example's: fees fit inside their lines.

// Amounts are written francs_centimes (1_200_00 is CHF 1'200.00).
#![allow(clippy::inconsistent_digit_grouping)]

use super::Builder;
use crate::domain::{
    budget::{Basis, Fee, Qty, Rate, Regime, Tax, TimeUnit},
    production::{Assignment, ContentKind, ContentType, Producer, ProducerKind, Production},
    quote::QuoteSettings,
    ItemId, Money,
};
use chrono::Duration;

/// The services firm's lines that the quote names.
pub(super) struct Lines {
    pub seo: ItemId,
    pub training: ItemId,
    pub content: ItemId,
    pub social: ItemId,
}

pub(super) fn services(b: &mut Builder, lines: Lines) {
    let (senior, trainer, team, consultant) = (b.id(), b.id(), b.id(), b.id());
    let rates = vec![
        Rate {
            id: senior,
            role: b.t("Consultant SEO senior", "Senior SEO consultant"),
            unit: TimeUnit::Day,
            price: Money(1_200_00),
        },
        Rate {
            id: trainer,
            role: b.t("Formatrice", "Trainer"),
            unit: TimeUnit::Hour,
            price: Money(150_00),
        },
    ];
    let team_name = b.t("Équipe Rochat", "Rochat team");
    let start = b.day(0, 1);
    let p = &mut b.plan;
    p.budget.tax = Tax {
        basis: Basis::Excluding,
        regime: Regime::Switzerland,
        recoverable: true,
    };
    p.budget.rates = rates;
    let written = ContentType::Standard(ContentKind::Written);
    let visual = ContentType::Standard(ContentKind::Visual);
    for line in &mut p.budget.lines {
        if line.id == lines.seo {
            // Five days of the consultant's; the team writes the rest.
            line.fee = Some(Fee {
                rate: senior,
                quantity: Qty(5_00),
            });
            line.hours = Some(Qty(40_00));
            line.content = Some(written);
        } else if line.id == lines.training {
            line.fee = Some(Fee {
                rate: trainer,
                quantity: Qty(10_00),
            });
        } else if line.id == lines.content {
            line.hours = Some(Qty(80_00));
            line.content = Some(written);
        } else if line.id == lines.social {
            line.hours = Some(Qty(60_00));
            line.content = Some(visual);
        }
    }
    p.production = Production {
        custom: Vec::new(),
        producers: vec![
            Producer {
                id: team,
                kind: ProducerKind::InHouse,
                name: team_name,
            },
            Producer {
                id: consultant,
                kind: ProducerKind::Consultant,
                name: String::new(),
            },
        ],
        assignments: vec![
            Assignment {
                content: written,
                producer: team,
            },
            Assignment {
                content: written,
                producer: consultant,
            },
            Assignment {
                content: visual,
                producer: team,
            },
            Assignment {
                content: ContentType::Standard(ContentKind::AudioVideo),
                producer: consultant,
            },
        ],
    };
    p.quote = QuoteSettings {
        number: format!("{}-001", start.format("%Y")),
        issued: Some(start),
        valid_until: Some(start + Duration::days(30)),
        terms: String::new(),
    };
}
