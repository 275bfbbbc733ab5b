//! The run-time fold, built from compact tables, against the standard it
//! stands for: full NFKD normalisation with combining marks removed for
//! every code point the fold tables cover (but for a few letters NFKD keeps
//! whole, folded as readers type them), and `char::to_lowercase` for every
//! other character. The compact encoding must lose nothing.
#![cfg(not(target_arch = "wasm32"))]

use faq_core::text::fold_char;
use std::ops::RangeInclusive;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The ranges `build.rs` folds by NFKD (its `RANGES`), written out again
/// here so the test states them independently of the build.
const FOLD_RANGES: [RangeInclusive<u32>; 8] = [
    0x00A0..=0x05FF,
    0x1AB0..=0x1AFF,
    0x1D00..=0x1FFF,
    0x2070..=0x218F,
    0x2460..=0x24FF,
    0xFB00..=0xFB06,
    0xFE20..=0xFE2F,
    0xFF01..=0xFF5E,
];

/// The letters NFKD keeps whole that fold as readers type them (`build.rs`
/// says so too): `ß` as `ss`, `ł` as `l`, `ø` as `o`.
fn typed_as(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ħ' | 'Ħ' => "h",
        'ı' => "i",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

fn reference(c: char) -> String {
    if let Some(typed) = typed_as(c) {
        return typed.to_owned();
    }
    c.to_string()
        .nfkd()
        .filter(|m| !is_combining_mark(*m))
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn every_latin_greek_and_cyrillic_code_point_folds_as_nfkd_says() {
    let mut checked = 0;
    for c in FOLD_RANGES.into_iter().flatten().filter_map(char::from_u32) {
        let mut folded = String::new();
        fold_char(c, &mut folded);
        assert_eq!(folded, reference(c), "U+{:04X} {c:?}", c as u32);
        checked += 1;
    }
    assert!(checked > 2_700, "only {checked} code points checked");
}

#[test]
fn every_other_character_folds_to_its_lower_case() {
    let in_ranges = |code: u32| FOLD_RANGES.iter().any(|range| range.contains(&code));
    let mut checked = 0;
    for c in ('\0'..=char::MAX).filter(|&c| !in_ranges(c as u32)) {
        let mut folded = String::new();
        fold_char(c, &mut folded);
        assert_eq!(
            folded,
            c.to_lowercase().collect::<String>(),
            "U+{:04X} {c:?}",
            c as u32
        );
        checked += 1;
    }
    assert!(checked > 1_100_000, "only {checked} characters checked");
}

#[test]
fn other_scripts_only_lose_their_case() {
    for c in ['Ա', 'Ⴀ', '𐐀', '가', '中', 'ア', 'Ꭰ'] {
        let mut folded = String::new();
        fold_char(c, &mut folded);
        assert_eq!(folded, c.to_lowercase().collect::<String>(), "{c:?}");
    }
}
