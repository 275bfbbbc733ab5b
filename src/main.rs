//! Mounts the widget into `#faq-widget`, or into `<body>` if the page has none.

use faq_widget::{Explainer, FaqWidget, FaqWidgetProps};

fn main() {
    let document = gloo::utils::document();
    let props = FaqWidgetProps {
        explainer: Explainer::built_in(),
        heading_level: 2,
        id_prefix: "faq".into(),
    };
    let renderer = match document.get_element_by_id("faq-widget") {
        Some(root) => {
            // Replace the no-JavaScript fallback, if the page has one.
            root.set_inner_html("");
            yew::Renderer::<FaqWidget>::with_root_and_props(root, props)
        }
        None => yew::Renderer::<FaqWidget>::with_props(props),
    };
    renderer.render();
}
