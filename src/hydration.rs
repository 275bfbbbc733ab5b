//! Whether the widget prerendered into a page is the one the live widget
//! would render, checked before hydrating it.
//!
//! Yew's hydration walks the page's elements beside the widget's own and
//! panics at the first difference (an `h2` where an `h3` is due, an item
//! missing, an element a CMS or an extension added), and a panic ends the
//! widget. So the build records, in the mount element's
//! [`RENDER_KEY_ATTRIBUTE`](crate::contract::RENDER_KEY_ATTRIBUTE), a key
//! of the props it rendered with and of the shape of what it rendered: its
//! elements and comments, in tree order. The live widget computes the same
//! key from its own props and the page as it finds it. Only when the two
//! agree does it hydrate; otherwise it renders itself afresh in place.
//!
//! Text is not part of the shape: hydration sets every text node anyway.

use crate::components::widget::FaqWidgetProps;
use faq_core::hash::{fnv, FNV_OFFSET};

/// The shape of a tree of nodes: element names and comments, nested.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Shape(String);

impl Shape {
    /// An element starts; `name` in any case.
    pub fn open(&mut self, name: &str) {
        self.0.push('<');
        self.0.extend(name.chars().map(|c| c.to_ascii_lowercase()));
        self.0.push(' ');
    }

    /// The innermost open element ends.
    pub fn close(&mut self) {
        self.0.push('>');
    }

    /// A comment, as Yew marks its components and lists. Its length comes
    /// first, so no comment's text can pass for elements.
    pub fn comment(&mut self, text: &str) {
        self.0.push('!');
        self.0.push_str(&text.len().to_string());
        self.0.push(':');
        self.0.push_str(text);
    }
}

/// 64-bit FNV-1a (the search's, `faq_core::hash::fnv`), fed piece by
/// piece, each piece closed by a separator so that pieces cannot run into
/// each other.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(FNV_OFFSET)
    }

    fn feed(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0, bytes.iter().copied().chain([0xff]));
    }
}

/// The key of a widget rendered with `props` into a tree of shape `shape`:
/// what of the props decides the shape of the first render (the same
/// options give the same elements), and the shape itself.
pub fn render_key(props: &FaqWidgetProps, shape: &Shape) -> u64 {
    let mut hash = Fnv::new();
    hash.feed(&[
        props.heading_level,
        u8::from(props.show_summary),
        u8::from(props.exclusive),
        u8::from(props.fragment_prefix.is_some()),
    ]);
    hash.feed(&(props.explainer.len() as u64).to_le_bytes());
    hash.feed(props.id_prefix.as_bytes());
    hash.feed(
        props
            .fragment_prefix
            .as_deref()
            .unwrap_or_default()
            .as_bytes(),
    );
    hash.feed(shape.0.as_bytes());
    hash.0
}

/// A render key as the page records it: 16 hex digits.
pub fn key_text(key: u64) -> String {
    (0..16)
        .rev()
        .map(|digit| char::from_digit(((key >> (digit * 4)) & 0xf) as u32, 16).unwrap_or('0'))
        .collect()
}

/// Whether `recorded` (from the page) is the text of `key`.
pub fn key_matches(recorded: &str, key: u64) -> bool {
    recorded.len() == 16
        && recorded.bytes().all(|b| b.is_ascii_hexdigit())
        && u64::from_str_radix(recorded, 16) == Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_cannot_pass_for_elements() {
        let mut real = Shape::default();
        real.comment("a");
        real.open("p");
        real.close();
        let mut forged = Shape::default();
        forged.comment("a<p >");
        assert_ne!(real, forged);
    }

    #[test]
    fn keys_read_back_from_their_text() {
        for key in [0, 1, 0xdead_beef, u64::MAX] {
            let text = key_text(key);
            assert_eq!(text.len(), 16);
            assert!(key_matches(&text, key));
            assert!(!key_matches(&text, key ^ 1));
        }
        assert_eq!(key_text(0xab), "00000000000000ab");
        assert!(!key_matches("ab", 0xab));
        assert!(!key_matches("+00000000000000ab", 0xab));
    }
}
