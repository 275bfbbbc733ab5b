//! The page's assembly: the edits of a built page ([`edits`]), the page of
//! a run cut at what each story fills ([`template`]), the widget rendered
//! into it ([`prerender`]) and the story's name in its title ([`title`]).

pub mod edits;
pub mod prerender;
pub mod template;
pub mod title;
