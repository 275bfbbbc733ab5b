//! The widget's one channel to the page's developer: the console.

/// Tells the page's developer, in the console, about an option or a page
/// the widget had to work around.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("FAQ widget: {message}").into());
}
