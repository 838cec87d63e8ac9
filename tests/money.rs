//! Native tests of amounts as Swiss users type them and as a client reads
//! them: the Swiss business style, rounding to the unit, and rounded parts
//! that still add up.
#![cfg(not(target_arch = "wasm32"))]

use cap::domain::{
    money::{format_swiss, group_thousands, round_parts_to_unit, Precision},
    parse_money, Currency, Money,
};
use proptest::prelude::*;

/// Currencies with 0, 2 and 3 minor digits.
fn arb_currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec!["CHF", "EUR", "JPY", "KWD"]).prop_map(|c| Currency::new(c).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// What the Swiss style writes, a person can type back: the same amount.
    #[test]
    fn the_swiss_style_reads_back_as_the_same_amount(
        major in 0i64..=1_000_000_000_000,
        fraction in 0i64..1_000,
        currency in arb_currency(),
    ) {
        let unit = 10i64.pow(currency.minor_digits());
        let minor = if major == 1_000_000_000_000 { major * unit } else { major * unit + fraction % unit };
        let text = format_swiss(Money(minor), &currency, Precision::Exact);
        prop_assert_eq!(parse_money(&text, &currency), Ok(Money(minor)), "{}", text);
    }

    /// A whole amount typed the Swiss way, with any grouping sign and any
    /// way of writing "no cents", is that amount.
    #[test]
    fn whole_amounts_typed_the_swiss_way_are_read(
        major in 0u64..1_000_000_000_000,
        group in prop::sample::select(vec!['\'', '’', ' ', '\u{a0}', '\u{202f}']),
        ending in prop::sample::select(vec!["", ".–", ".-", ".--", ",–", ",-", ".—"]),
        code in prop::sample::select(vec!["", "CHF ", "CHF\u{a0}"]),
    ) {
        let text = format!("{code}{}{ending}", group_thousands(major, group));
        prop_assert_eq!(
            parse_money(&text, &Currency::chf()),
            Ok(Money(major as i64 * 100)),
            "{:?}", text
        );
    }

    /// Rounding to the unit moves an amount by at most half a unit, lands
    /// on a whole unit, and is the same for a debit and a credit.
    #[test]
    fn rounding_to_the_unit_is_the_nearest_unit(
        minor in -1_000_000_000_000i64..1_000_000_000_000,
        currency in arb_currency(),
    ) {
        let unit = 10i64.pow(currency.minor_digits());
        let rounded = Money(minor).round_to_unit(&currency).minor();
        prop_assert_eq!(rounded % unit, 0);
        prop_assert!(2 * (rounded - minor).abs() <= unit);
        prop_assert_eq!(Money(-minor).round_to_unit(&currency).minor(), -rounded);
    }

    /// Rounded parts add up to the rounded total, each within one unit of
    /// its exact value (rounded down or up, never further).
    #[test]
    fn rounded_parts_add_up(
        parts in prop::collection::vec(-10_000_000i64..10_000_000, 0..40),
        currency in arb_currency(),
    ) {
        let unit = 10i64.pow(currency.minor_digits());
        let money: Vec<Money> = parts.iter().copied().map(Money).collect();
        let rounded = round_parts_to_unit(&money, &currency);
        prop_assert_eq!(rounded.len(), parts.len());
        let total: Money = money.iter().copied().sum();
        prop_assert_eq!(rounded.iter().copied().sum::<Money>(), total.round_to_unit(&currency));
        for (r, p) in rounded.iter().zip(&parts) {
            prop_assert_eq!(r.minor() % unit, 0);
            prop_assert!(r.minor() == p.div_euclid(unit) * unit || r.minor() == (p.div_euclid(unit) + 1) * unit);
        }
    }
}

#[test]
fn the_issue_s_amounts_in_the_swiss_style() {
    let chf = Currency::chf();
    assert_eq!(
        format_swiss(Money(4_000_000), &chf, Precision::Unit),
        "CHF\u{a0}40'000.–"
    );
    assert_eq!(
        format_swiss(Money(240_123_998), &chf, Precision::Unit),
        "CHF\u{a0}2'401'240.–"
    );
    assert_eq!(
        format_swiss(Money(123_450), &chf, Precision::Exact),
        "CHF\u{a0}1'234.50"
    );
}
