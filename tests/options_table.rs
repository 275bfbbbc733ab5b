//! The README's option tables are the option table of `src/options.rs`
//! and `src/ui_text.rs`, row for row.

#![cfg(not(target_arch = "wasm32"))]

use faq_widget::options::readme_tables;

#[test]
fn the_readme_lists_every_option_as_the_code_declares_it() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = "<!-- options table: from src/options.rs and src/ui_text.rs -->\n";
    let end = "<!-- end of options table -->";
    let from = readme
        .find(start)
        .expect("the README marks its options table")
        + start.len();
    let to = from + readme[from..].find(end).expect("the options table ends");
    let expected = readme_tables();
    assert!(
        readme[from..to] == expected,
        "README.md's options table differs from the code; it should read:\n{expected}"
    );
}
