//! The stories of a site folder, as their records say (`<stem>/faq-story.json`,
//! `crate::story::Record`): what the site's own files are made from. A
//! story published before records existed gets one from its page.

use crate::error::Result;
use crate::files::{read_text, short_hash, write};
use crate::page::edits::published_story;
use crate::page::title;
use crate::story::{Record, RECORD};
use faq_core::Language;
use std::path::Path;

/// A story of the site: its folder's name and its record.
pub struct Published {
    pub stem: String,
    pub record: Record,
}

/// Every story in `out` whose page is there, newest updated first (by
/// [`Record::last_updated`], then by name). A record that cannot be read is
/// reported and the story left out.
pub fn read_all(out: &Path, engine_files: &[String]) -> Result<Vec<Published>> {
    let mut stories = Vec::new();
    let entries = std::fs::read_dir(out).map_err(crate::error::io_at(out))?;
    for entry in entries.flatten() {
        let dir = entry.path();
        let Some(stem) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if stem.starts_with('.') || stem == "search" || !dir.join("index.html").is_file() {
            continue;
        }
        let record = match std::fs::read_to_string(dir.join(RECORD)) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| e.to_string()),
            Err(_) => record_from_page(out, &stem, engine_files).map_err(|e| e.to_string()),
        };
        match record {
            Ok(record) => stories.push(Published { stem, record }),
            Err(error) => eprintln!(
                "warning: {}: {error}; the story is left out of the site's listing and search",
                dir.join(RECORD).display()
            ),
        }
    }
    stories.sort_by(|a, b| {
        b.record
            .last_updated()
            .cmp(&a.record.last_updated())
            .then_with(|| a.stem.cmp(&b.stem))
    });
    Ok(stories)
}

impl Record {
    /// When the story was last updated, as its front matter says
    /// (`updated`, or else `date`), or else when it was last published:
    /// milliseconds since 1970, for the site's order, newest updated
    /// first (two runs a second apart keep their order).
    pub fn last_updated(&self) -> i64 {
        milliseconds(self.last_updated_text())
            .or_else(|| milliseconds(&self.published))
            .unwrap_or_default()
    }

    /// What [`Record::last_updated`] reads, as written.
    pub fn last_updated_text(&self) -> &str {
        self.updated
            .as_deref()
            .or(self.date.as_deref())
            .unwrap_or(&self.published)
    }
}

/// Milliseconds since 1970 of a date (`2026-11-20`, its midnight in UTC)
/// or an RFC 3339 time (`…Z` or `…+01:00`).
fn milliseconds(time: &str) -> Option<i64> {
    let (local, offset) = match time.get(10..) {
        None | Some("") => (format!("{time}T00:00:00"), 0),
        Some(rest) => {
            let zone_at = rest.rfind(['Z', 'z', '+', '-'])? + 10;
            let zone = &time[zone_at..];
            let offset = match zone {
                "Z" | "z" => 0,
                _ => {
                    let sign = if zone.starts_with('-') { -1 } else { 1 };
                    let hours: i64 = zone.get(1..3)?.parse().ok()?;
                    let minutes: i64 = zone.get(4..6)?.parse().ok()?;
                    sign * (hours * 3600 + minutes * 60)
                }
            };
            (time[..zone_at].replace(['t', ' '], "T"), offset)
        }
    };
    let instant = humantime::parse_rfc3339_weak(&local).ok()?;
    let since = instant.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(since.as_millis() as i64 - offset * 1000)
}

/// A record for a story published before records, from its page (its
/// story data and language) and the page's time; written beside it.
fn record_from_page(out: &Path, stem: &str, engine_files: &[String]) -> Result<Record> {
    let page_path = out.join(stem).join("index.html");
    let page = read_text(&page_path)?;
    let (tag, story) = published_story(&page).map_err(|e| e.at(&page_path))?;
    let tag = tag.unwrap_or_else(|| "en".into());
    let language = Language::from_tag(&tag).unwrap_or_default();
    let pairs: Vec<[&str; 3]> = story
        .faqs
        .iter()
        .map(|f| [f.question.as_str(), f.answer.as_str(), ""])
        .collect();
    let slugs = faq_core::text::unique_slugs(story.faqs.iter().map(|f| f.question.as_str()));
    let pairs: Vec<[&str; 3]> = pairs
        .iter()
        .zip(&slugs)
        .map(|(pair, slug)| [pair[0], pair[1], slug.as_str()])
        .collect();
    let text = serde_json::json!({
        "stem": stem,
        "headline": title::headline(&story.summary),
        "lang": tag,
        "dir": if language.is_right_to_left() { "rtl" } else { "ltr" },
        "pairs": pairs,
    })
    .to_string();
    let code = language.code();
    let name = format!(
        "search/{code}/s-{}.json",
        &short_hash(text.as_bytes())[..12]
    );
    std::fs::create_dir_all(out.join("search").join(code)).map_err(crate::error::io_at(out))?;
    write(&out.join(&name), &text)?;
    let published = std::fs::metadata(&page_path)
        .and_then(|m| m.modified())
        .map(|time| humantime::format_rfc3339_seconds(time).to_string())
        .unwrap_or_default();
    let record = Record {
        headline: title::headline(&story.summary),
        date: None,
        updated: None,
        section: None,
        tags: Vec::new(),
        url: None,
        language: tag,
        questions: story.faqs.len(),
        published,
        text: name,
        engine: engine_files.to_vec(),
    };
    write(
        &out.join(stem).join(RECORD),
        serde_json::to_string_pretty(&record).expect("a record serializes"),
    )?;
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_order_as_instants() {
        assert_eq!(milliseconds("1970-01-02"), Some(86_400_000));
        assert_eq!(milliseconds("1970-01-01T01:00:00Z"), Some(3_600_000));
        assert_eq!(milliseconds("1970-01-01T02:00:00+01:00"), Some(3_600_000));
        assert_eq!(milliseconds("1970-01-01T00:00:00-01:30"), Some(5_400_000));
        assert_eq!(
            milliseconds("2026-12-07T11:58:37.121Z"),
            milliseconds("2026-12-07T11:58:37Z").map(|ms| ms + 121)
        );
        assert_eq!(milliseconds("not a date"), None);
    }
}
