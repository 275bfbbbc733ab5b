//! The page's assembly: the edits of a built page ([`edits`]), the page of
//! a run cut at what each story fills ([`template`]), the widget rendered
//! into it ([`prerender`]), the story's name in its title ([`title`]), and
//! a newsroom's own templates in place of the built-in pages ([`newsroom`]).

pub mod edits;
pub mod newsroom;
pub mod prerender;
pub mod template;
pub mod title;
