//! Native tests of amounts as Swiss users type them and as a client reads
//! them: the Swiss business style, rounding to the unit, rounded parts
//! that still add up, and a typed percentage of a total.
#![cfg(not(target_arch = "wasm32"))]

use cap::domain::{
    money::{format_swiss, group_thousands, round_parts_to_unit, Percent, Precision},
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

/// Largest total the app accepts, in centimes.
const MAX_TOTAL: i64 = 100_000_000_000_000;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// 100 % of the total is the total, 0 % is nothing, and anything between
    /// is neither negative nor above the total.
    #[test]
    fn a_share_stays_within_the_total(total in 0..=MAX_TOTAL, bp in 0u32..=10_000) {
        let total = Money(total);
        prop_assert_eq!(total.share(Percent::HUNDRED), total);
        prop_assert_eq!(total.share(Percent::ZERO), Money::ZERO);
        let share = total.share(Percent::from_bp(bp).unwrap());
        prop_assert!(Money::ZERO <= share && share <= total, "{:?}", share);
    }

    /// A larger percentage, or a larger total, never gives less.
    #[test]
    fn a_share_grows_with_its_percentage_and_its_total(
        a in 0..=MAX_TOTAL,
        b in 0..=MAX_TOTAL,
        p in 0u32..=10_000,
        q in 0u32..=10_000,
    ) {
        let (low, high) = (Money(a.min(b)), Money(a.max(b)));
        let (p, q) = (Percent::from_bp(p.min(q)).unwrap(), Percent::from_bp(p.max(q)).unwrap());
        prop_assert!(high.share(p) <= high.share(q));
        prop_assert!(low.share(p) <= high.share(p));
    }

    /// In basis points the share is the exact product rounded half up (half
    /// away from zero, the total being positive).
    #[test]
    fn a_share_is_the_exact_product_rounded_half_up(total in 0..=MAX_TOTAL, bp in 0u32..=10_000) {
        let exact = (i128::from(total) * i128::from(bp) + 5_000) / 10_000;
        prop_assert_eq!(
            Money(total).share(Percent::from_bp(bp).unwrap()).minor() as i128,
            exact
        );
    }

    /// What a person types is read exactly: "12.5", "7,25", "0.0625 %".
    #[test]
    fn a_typed_percentage_is_read_exactly(
        int in 0u64..100,
        frac in 0u64..1_000_000,
        decimals in prop::sample::select(vec![1u32, 2, 4, 5, 6]),
        comma in any::<bool>(),
        sign in prop::sample::select(vec!["", " %", "%"]),
    ) {
        let frac = frac % 10u64.pow(decimals);
        let sep = if comma { ',' } else { '.' };
        let text = format!("{int}{sep}{frac:0width$}{sign}", width = decimals as usize);
        let one = 10u64.pow(Percent::DECIMALS);
        let units = int * one + frac * 10u64.pow(Percent::DECIMALS - decimals);
        // Compared through a share of a total that shows every unit.
        let total = Money(one as i64 * 100);
        prop_assert_eq!(total.share(Percent::parse(&text).unwrap()), Money(units as i64), "{}", text);
    }

    /// For totals up to CHF 10 million and percentages to the hundredth,
    /// the former float formula gave the same amounts, except on an exact
    /// half centime, where a float sometimes rounded down.
    #[test]
    fn a_share_is_what_the_float_formula_gave_away_from_ties(
        total in 0i64..=1_000_000_000,
        hundredths in 0u32..=10_000,
    ) {
        let exact = i128::from(total) * i128::from(hundredths);
        prop_assume!(exact % 10_000 != 5_000);
        let typed = format!("{}.{:02}", hundredths / 100, hundredths % 100);
        let p = typed.parse::<f64>().unwrap();
        let float = Money((total as f64 * p / 100.0).round() as i64);
        prop_assert_eq!(Money(total).share(Percent::parse(&typed).unwrap()), float, "{}", typed);
    }
}
