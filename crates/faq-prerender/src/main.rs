//! `faq-prerender`: assembles the built pages, with the widget rendered into
//! them at build time (Yew SSR), editing HTML only through a real HTML
//! rewriter (`lol_html`).
//!
//! ```text
//! faq-prerender build <dir>                  assemble trunk's built folder (its post-build hook)
//! faq-prerender page <in> <out> [attr=value]...
//!                                            prerender a built page again with its mount
//!                                            element's options, after setting those given
//! faq-prerender contract                     the page contract as JSON, for the tests
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod assemble;
#[cfg(not(target_arch = "wasm32"))]
mod contract;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod wasm_names;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["build", dir] => assemble::assemble(std::path::Path::new(dir)),
        ["page", input, output, sets @ ..] => page_again(input, output, sets),
        ["contract"] => {
            println!("{}", contract::as_json());
            Ok(())
        }
        _ => Err("usage: faq-prerender build <dir> | page <in.html> <out.html> [attribute=value]... | contract".into()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prerenders the built page `input` again into `output`, with its mount
/// element's options after setting `sets` (`data-heading-level=3`).
#[cfg(not(target_arch = "wasm32"))]
fn page_again(input: &str, output: &str, sets: &[&str]) -> Result<(), String> {
    let set = sets
        .iter()
        .map(|pair| {
            pair.split_once('=')
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .ok_or_else(|| format!("{pair}: give an attribute as name=value"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let html = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let explainer = faq_widget::Explainer::built_in().map_err(|e| e.to_string())?;
    let (page, _) =
        assemble::prerender_into(&html, explainer, &set).map_err(|e| format!("{input}: {e}"))?;
    std::fs::write(output, page).map_err(|e| format!("{output}: {e}"))
}
