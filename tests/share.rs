//! Share links: a plan read back from its link is the plan; a link cut,
//! altered or inflated beyond reason is refused with a reason, never read
//! halfway. The example plans fit in a practical link.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use cap::{
    domain::{
        examples::{self, Example},
        Lang,
    },
    storage::{
        share::{decode, encode, Share, ShareError, MAX_LINK_CHARS, PREFIX},
        LoadError,
    },
};
use chrono::{NaiveDate, TimeZone, Utc};
use common::arb_plan;
use proptest::prelude::*;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn link(plan: &cap::domain::Plan) -> String {
    match encode(plan, now()) {
        Share::Link(l) => l,
        Share::TooLong(n) => panic!("{n} characters"),
    }
}

fn shop() -> cap::domain::Plan {
    examples::build(
        Example::Shop,
        Lang::Fr,
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
}

#[test]
fn every_example_plan_fits_in_a_link_and_reads_back_identical() {
    for which in Example::ALL {
        for lang in Lang::ALL {
            let plan = examples::build(which, lang, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
            let l = link(&plan);
            assert!(l.starts_with(PREFIX));
            // Compression matters: a third of the JSON at most.
            let json = cap::storage::encode(&plan, now(), false);
            assert!(
                l.len() * 3 < json.len(),
                "{which:?}: {} of {}",
                l.len(),
                json.len()
            );
            assert!(
                l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
                "URL-safe"
            );
            let back = decode(&format!("#{l}")).unwrap();
            assert_eq!(back.plan, plan, "{which:?} {lang:?}");
        }
    }
}

#[test]
fn a_link_cut_anywhere_is_refused_as_damaged() {
    let l = link(&shop());
    for cut in (PREFIX.len() + 1..l.len()).step_by(7) {
        let err = decode(&l[..cut]).unwrap_err();
        assert_eq!(err, ShareError::Damaged, "cut at {cut} of {}", l.len());
    }
}

#[test]
fn altered_empty_and_foreign_links_are_refused_with_their_reason() {
    let l = link(&shop());
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(decode("#"), Err(ShareError::Empty));
    assert_eq!(decode("#section-2"), Err(ShareError::NotALink));
    // A chat app's ellipsis at the end, a character changed in the middle.
    assert_eq!(
        decode(&format!("{}…", &l[..l.len() - 10])),
        Err(ShareError::Damaged)
    );
    let mut bytes = l.clone().into_bytes();
    let mid = bytes.len() / 2;
    bytes[mid] = if bytes[mid] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode(&String::from_utf8(bytes).unwrap()),
        Err(ShareError::Damaged)
    );
}

#[test]
fn a_link_is_read_through_the_same_checks_as_a_file() {
    let pack = |json: &str| {
        let z = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 6);
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(z))
    };
    assert!(matches!(
        decode(&pack("{\"a\":1}")),
        Err(ShareError::Load(LoadError::NotAPlan))
    ));
    let newer = r#"{"format":"cap-plan","schema_version":99,"plan":{}}"#;
    assert!(matches!(
        decode(&pack(newer)),
        Err(ShareError::Load(LoadError::NewerVersion { found: 99, .. }))
    ));
    // 50 MB of spaces deflate to a few KB: refused without inflating it all.
    let bomb = " ".repeat(50 * 1024 * 1024);
    assert_eq!(decode(&pack(&bomb)), Err(ShareError::TooLarge));
}

#[test]
fn a_plan_too_large_for_a_link_says_how_long_its_link_would_be() {
    let mut plan = shop();
    // Text that does not compress: a long pseudo-random context.
    let mut x: u64 = 1;
    plan.context = (0..60_000)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(b'a' + (x >> 59) as u8 % 26)
        })
        .collect();
    match encode(&plan, now()) {
        Share::TooLong(n) => assert!(n > MAX_LINK_CHARS, "{n}"),
        Share::Link(l) => panic!("a {} character link", l.len()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_plan_reads_back_exactly_from_its_link(p in arb_plan()) {
        if let Share::Link(l) = encode(&p, now()) {
            prop_assert_eq!(decode(&l).unwrap().plan, p);
        }
    }

    #[test]
    fn random_fragments_never_panic(s in ".{0,200}") {
        let _ = decode(&s);
        let _ = decode(&format!("{PREFIX}{s}"));
    }
}

#[test]
fn a_link_with_bytes_after_its_compressed_plan_is_refused_as_damaged() {
    let l = link(&shop());
    let packed = URL_SAFE_NO_PAD.decode(&l[PREFIX.len()..]).unwrap();
    for extra in [&b"\0"[..], b"junk", &packed[..]] {
        let mut longer = packed.clone();
        longer.extend_from_slice(extra);
        let altered = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(&longer));
        assert_eq!(decode(&altered), Err(ShareError::Damaged), "{extra:?}");
    }
    assert_eq!(
        decode(&l).unwrap().plan,
        shop(),
        "the link itself still opens"
    );
}
