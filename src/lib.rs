//! The FAQ widget: a story's summary, an accessible accordion of its
//! questions and instant search, all in the browser.
//!
//! The engine carries no story: the published page or embed script hands
//! it one (see `crates/faq-publish`), and it indexes it at start-up.
//! Searching is [`faq_core`]'s job. This crate only holds the user interface: a
//! story indexed for the widget ([`explainer`]), a reducer ([`state`]) and
//! small components ([`components`]), the options a page gives them
//! ([`options`], [`ui_text`]), and what the page and the build share
//! ([`contract`], [`story_data`]).

pub mod components;
pub mod console;
pub mod contract;
/// Only in the embed build (`--features embed`), so the standalone page does
/// not carry the shadow-root code and a second copy of the styles.
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
pub mod explainer;
pub mod options;
pub mod page_events;
pub mod paging;
pub mod remember;
pub mod state;
pub mod story_data;
pub mod ui_text;

pub use components::widget::{FaqWidget, FaqWidgetProps};
pub use console::warn;
pub use explainer::Explainer;
pub use faq_core::ENGINE_LANGUAGE;
pub use ui_text::UiText;

/// Talc instead of the default dlmalloc: smaller in the bundle and quicker.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
