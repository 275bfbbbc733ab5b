//! The reader's open answers and query, kept in `sessionStorage` for the
//! tab's life, so that a reload or a return to the page finds them as they
//! were, as GOV.UK's accordion keeps its open sections. Keyed per story
//! (its hash) and per widget (its id prefix), under
//! [`REMEMBER_KEY_PREFIX`]. Storage that is blocked or missing (a private
//! window, a strict host) changes nothing else: the widget starts as if
//! nothing were kept, and keeps nothing.
//!
//! A record is the query on its first line, then the slug of each open
//! question on a line of its own: slugs, not positions, so a record still
//! fits a story published again with a question more.

use crate::contract::REMEMBER_KEY_PREFIX;
use crate::explainer::Explainer;
use faq_core::hash::{fnv, FNV_OFFSET};
use faq_core::FaqId;
use std::rc::Rc;
use web_sys::Storage;
use yew::prelude::*;

/// A widget's place in the tab's storage, if it may keep anything, and the
/// record an earlier visit of the tab left there.
pub struct Remembered {
    place: Option<Place>,
    pub record: Option<Record>,
}

/// The place of the widget with `id_prefix` showing `explainer`, and its
/// record, read once, when the widget starts; nothing unless `remember`.
#[hook]
pub fn use_remembered(
    explainer: &Rc<Explainer>,
    id_prefix: &str,
    remember: bool,
) -> Rc<Remembered> {
    let explainer = explainer.clone();
    let id_prefix = id_prefix.to_owned();
    use_memo((), move |_| {
        let place = remember
            .then(|| Place::of(&explainer, &id_prefix))
            .flatten();
        let record = place.as_ref().and_then(|place| place.read(&explainer));
        Remembered { place, record }
    })
}

/// Keeps the record `text` ([`record_text`]) in the widget's place whenever
/// it changes; not at start, when the reader has done nothing yet.
#[hook]
pub fn use_keep(remembered: Rc<Remembered>, text: String) {
    let kept = use_mut_ref(|| text.clone());
    use_effect_with(text, move |text| {
        if let Some(place) = &remembered.place {
            if *kept.borrow() != *text {
                place.write(text);
                *kept.borrow_mut() = text.clone();
            }
        }
    });
}

/// Where a widget's record is kept.
struct Place {
    storage: Storage,
    key: String,
}

/// What a record holds.
pub struct Record {
    pub query: String,
    pub open: Vec<FaqId>,
}

impl Place {
    /// The place of the widget with `id_prefix` showing `explainer`, if the
    /// page may use `sessionStorage`.
    fn of(explainer: &Explainer, id_prefix: &str) -> Option<Self> {
        // Nowhere to keep anything while the build prerenders the page.
        if cfg!(not(target_arch = "wasm32")) {
            return None;
        }
        // Reading `sessionStorage` throws where it is blocked.
        let storage = gloo::utils::window().session_storage().ok()??;
        let mut hash = fnv(FNV_OFFSET, explainer.summary().bytes());
        for id in 0..explainer.len() as FaqId {
            hash = fnv(hash, explainer.question(id).bytes());
        }
        let mut key = String::from(REMEMBER_KEY_PREFIX);
        key.extend((0..16).rev().map(|digit| {
            char::from_digit(((hash >> (digit * 4)) & 0xf) as u32, 16).unwrap_or('0')
        }));
        key.push(':');
        key.push_str(id_prefix);
        Some(Self { storage, key })
    }

    /// The record kept here, with the questions of `explainer` it names.
    fn read(&self, explainer: &Explainer) -> Option<Record> {
        let text = self.storage.get_item(&self.key).ok()??;
        let mut lines = text.split('\n');
        let query = lines.next()?.to_owned();
        let open = lines.filter_map(|slug| explainer.find_slug(slug)).collect();
        Some(Record { query, open })
    }

    /// Keeps a record's `text` ([`record_text`]) here. A full storage keeps
    /// nothing.
    fn write(&self, text: &str) {
        let _ = self.storage.set_item(&self.key, text);
    }
}

/// The text of a record of `query` and the questions `open` of `explainer`.
pub fn record_text(
    explainer: &Explainer,
    query: &str,
    open: impl Iterator<Item = FaqId>,
) -> String {
    let mut text: String = query.chars().filter(|&c| c != '\n').collect();
    for id in open {
        text.push('\n');
        text.push_str(explainer.slug(id));
    }
    text
}
