//! The widget's components, one per file, each named for what it shows. Those
//! without state or effects are plain functions returning `Html`: a Yew
//! component apiece costs its own lifecycle code in the wasm.

pub mod faq_item;
pub mod faq_list;
pub mod highlighted_text;
pub mod search_box;
pub mod show_all_button;
pub mod show_more_button;
pub mod status_line;
pub mod widget;
