//! The page contract (`src/contract.rs`) against the places that must spell
//! its classes as literals: the components' `html!` (a literal class keeps
//! Yew's attributes static, where a constant costs the bundle about 1 KB of
//! class-list code) and the stylesheets. Every class a component writes or
//! a stylesheet selects is a contract class, and every contract class is
//! written.

#![cfg(not(target_arch = "wasm32"))]

use faq_widget::contract::{class, site, ABOUT_CLASS};
use std::collections::BTreeSet;
use std::path::Path;

/// Every string literal after `class=`, inside a `class={…}` expression or
/// inside `classes!(…)` in `source`, split into class names.
fn classes_written(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut literals = |text: &str| {
        for literal in text.split('"').skip(1).step_by(2) {
            found.extend(literal.split_whitespace().map(str::to_owned));
        }
    };
    for (at, _) in source.match_indices("class=\"") {
        let rest = &source[at + "class=".len()..];
        let end = rest[1..].find('"').map_or(rest.len(), |e| e + 2);
        literals(&rest[..end]);
    }
    for (at, _) in source.match_indices("class={") {
        let rest = &source[at + "class=".len()..];
        let mut depth = 0;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map_or(rest.len(), |(i, _)| i);
        literals(&rest[..end]);
    }
    for (at, _) in source.match_indices("classes!(") {
        let rest = &source[at..];
        literals(&rest[..rest.find(')').unwrap_or(rest.len())]);
    }
    found
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn components_write_only_contract_classes_and_write_them_all() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut written = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("src/components")).unwrap() {
        let path = entry.unwrap().path();
        written.extend(classes_written(&read(&path)));
    }
    let contract: BTreeSet<String> = class::ALL.iter().map(|(_, c)| (*c).to_owned()).collect();
    let unknown: Vec<_> = written.difference(&contract).collect();
    assert!(
        unknown.is_empty(),
        "classes not in src/contract.rs: {unknown:?}"
    );
    // The loading placeholder is the page's (index.html), and the widget
    // without its engine is marked by js/accordion.js, not by a component.
    let unwritten: Vec<_> = contract
        .difference(&written)
        .filter(|c| ![class::LOADING, class::WIDGET_STATIC].contains(&c.as_str()))
        .collect();
    assert!(
        unwritten.is_empty(),
        "contract classes no component writes: {unwritten:?}"
    );
}

#[test]
fn the_stylesheets_select_only_contract_classes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The no-script stylesheet is the front page's too: it takes out its
    // search's form and the choice to keep the site offline. The page's
    // stylesheet styles the line the publisher writes under a headline.
    let contract: BTreeSet<&str> = class::ALL
        .iter()
        .map(|(_, c)| *c)
        .chain([site::FORM, site::OFFLINE, ABOUT_CLASS])
        .collect();
    let mut selected = 0;
    for sheet in ["styles/faq.css", "styles/page.css", "styles/noscript.css"] {
        let css = read(&root.join(sheet));
        for (at, _) in css.match_indices(".faq-") {
            let name: String = css[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .collect();
            assert!(
                contract.contains(name.as_str()),
                "{sheet} selects .{name}, not a contract class"
            );
            selected += 1;
        }
    }
    assert!(selected > 20, "the stylesheets select the widget's classes");
}

#[test]
fn the_scan_finds_literals_and_macro_arguments() {
    let source = r#"html! { <p class="a b"> <i class={classes!("c", x.then_some("d"))}/> }"#;
    let found: Vec<_> = classes_written(source).into_iter().collect();
    assert_eq!(found, ["a", "b", "c", "d"]);
}

/// The README's table of custom properties (`## Theming`) names every
/// property the stylesheet defines for the light theme, with its default.
#[test]
fn the_readme_lists_every_custom_property_with_its_default() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let css = read(&root.join("styles/faq.css"));
    let block_start = css.find(":root,").expect("the theme's defaults");
    let block = &css[block_start..];
    let block = &block[block.find('{').unwrap() + 1..block.find('}').unwrap()];
    let defined: Vec<(String, String)> = block
        .split(';')
        .filter_map(|declaration| declaration.trim().split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    assert!(defined.len() > 10, "{defined:?}");
    let readme = read(&root.join("README.md"));
    let table = readme
        .split("<!-- custom properties: from styles/faq.css -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- end of custom properties -->").next())
        .expect("the README's table");
    let rows: Vec<String> = defined
        .iter()
        .map(|(name, value)| format!("| `{name}` | `{value}` |"))
        .collect();
    let listed: Vec<&str> = table.lines().filter(|l| l.starts_with("| `")).collect();
    assert_eq!(listed, rows, "README.md, ## Theming");
}
