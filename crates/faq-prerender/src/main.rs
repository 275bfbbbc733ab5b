//! Renders the widget with the corpus it was built with, as the page shows it
//! before the WebAssembly runs, and the schema.org `FAQPage` JSON-LD of the
//! corpus. Writes `widget.html` and `faq.jsonld` into the folder given.
//!
//! `scripts/post-build.mjs` puts both into the built pages and also ships
//! `widget.html` as `faq-widget.html`, a server-side include for host pages.
//! Run: `cargo run -p faq-prerender -- <out-dir>`

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use faq_widget::{Explainer, FaqWidget, FaqWidgetProps, STANDALONE_ID_PREFIX};
    use std::path::PathBuf;
    use std::process::ExitCode;
    use yew::AttrValue;

    fn render_widget() -> String {
        let renderer = yew::ServerRenderer::<FaqWidget>::with_props(|| FaqWidgetProps {
            explainer: Explainer::built_in().expect("the built-in index reads back"),
            heading_level: 2,
            id_prefix: STANDALONE_ID_PREFIX.into(),
            initially_open: Vec::new(),
            show_summary: true,
            exclusive: false,
            fragment_prefix: Some("".into()),
            text: Default::default(),
            pending_query: AttrValue::default(),
        })
        .hydratable(true);
        futures::executor::block_on(renderer.render())
    }

    /// schema.org `FAQPage` of the questions the page shows (a whole story;
    /// the first page of a larger corpus, as structured data must describe
    /// what readers see), safe inside a `<script>` element.
    fn json_ld(explainer: &Explainer) -> String {
        let shown = faq_widget::state::shown_at_start(explainer.len());
        let questions: Vec<serde_json::Value> = (0..shown as u32)
            .map(|id| {
                serde_json::json!({
                    "@type": "Question",
                    "name": explainer.question(id),
                    "acceptedAnswer": { "@type": "Answer", "text": explainer.answer(id) },
                })
            })
            .collect();
        let page = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": questions,
        });
        // `<` never appears raw, so no `</script>` can end the element early.
        page.to_string().replace('<', "\\u003c")
    }

    pub fn main() -> ExitCode {
        let Some(out) = std::env::args().nth(1).map(PathBuf::from) else {
            eprintln!("usage: faq-prerender <out-dir>");
            return ExitCode::FAILURE;
        };
        let explainer = match Explainer::built_in() {
            Ok(explainer) => explainer,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        };
        let written = std::fs::create_dir_all(&out)
            .and_then(|()| std::fs::write(out.join("widget.html"), render_widget()))
            .and_then(|()| std::fs::write(out.join("faq.jsonld"), json_ld(&explainer)));
        match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: {}: {error}", out.display());
                ExitCode::FAILURE
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::json_ld;
        use faq_core::{Faq, Story};
        use faq_widget::state::{PAGE, WHOLE_STORY};
        use faq_widget::Explainer;

        fn names(questions: usize) -> Vec<String> {
            let faqs = (1..=questions)
                .map(|n| Faq {
                    question: format!("Question {n}?"),
                    answer: format!("Answer {n} with </script> inside."),
                })
                .collect();
            let story = Story {
                summary: "S".into(),
                faqs,
            };
            let json = json_ld(&Explainer::from_story(&story));
            assert!(
                !json.contains("</script>"),
                "no raw < inside the script element"
            );
            let page: serde_json::Value = serde_json::from_str(&json).unwrap();
            page["mainEntity"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["name"].as_str().unwrap().to_owned())
                .collect()
        }

        #[test]
        fn json_ld_describes_the_questions_the_page_shows() {
            assert_eq!(names(WHOLE_STORY).len(), WHOLE_STORY, "a story, whole");
            let large = names(WHOLE_STORY + 1);
            assert_eq!(large.len(), PAGE, "a larger corpus: its first page");
            assert_eq!(large[0], "Question 1?");
        }
    }
}
