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

use crate::FaqWidgetProps;

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

    /// A comment, as Yew marks its components and lists.
    pub fn comment(&mut self, text: &str) {
        self.0.push('!');
        self.0.push_str(text);
        self.0.push('\n');
    }
}

/// What of the props decides the shape of the first render: the same
/// options give the same elements.
fn fingerprint(props: &FaqWidgetProps) -> String {
    let mut print = String::with_capacity(64);
    let parts: [&str; 6] = [
        &props.heading_level.to_string(),
        if props.show_summary { "summary" } else { "-" },
        if props.exclusive { "exclusive" } else { "-" },
        &props.explainer.len().to_string(),
        &props.id_prefix,
        props.fragment_prefix.as_deref().unwrap_or("\u{0}"),
    ];
    for part in parts {
        print.push_str(part);
        print.push('\u{1}');
    }
    print
}

/// The key of a widget rendered with `props` into a tree of shape `shape`:
/// 64-bit FNV-1a, in hex.
pub fn render_key(props: &FaqWidgetProps, shape: &Shape) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in fingerprint(props).bytes().chain(shape.0.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}
