//! Dates in words, in every supported language, as a newsroom prints them:
//! "28 November 2026", "28 de noviembre de 2026", "2026年11月28日", each
//! month in the form the language's long date uses (Polish "listopada",
//! Finnish "marraskuuta"), Gregorian throughout; and the labels of a
//! story's dates ("Published {date}", "Updated {date}"). The publisher
//! writes them inside each `<time>`, whose `datetime` keeps the machine's
//! form. Native only: none is in the bundle.

use faq_core::Language;

/// One language's date words.
#[derive(Debug)]
pub struct DateWords {
    /// A long date: `{day}`, `{month}` (from [`Self::months`]) and `{year}`.
    pub pattern: &'static str,
    /// January to December, as the pattern takes them.
    pub months: [&'static str; 12],
    /// When the story was first published: `{date}`.
    pub published: &'static str,
    /// When it was last updated: `{date}`.
    pub updated: &'static str,
}

impl DateWords {
    /// `date` in words ([`Self::long`]), or as written when it is not a
    /// date this can read.
    pub fn shown(&self, date: &str) -> String {
        self.long(date).unwrap_or_else(|| date.to_owned())
    }

    /// A label ([`Self::published`] or [`Self::updated`]) split around its
    /// `{date}`: the words before the date and after it.
    pub fn around_date(label: &'static str) -> (&'static str, &'static str) {
        label.split_once("{date}").unwrap_or((label, ""))
    }

    /// `date` (an ISO 8601 calendar date, or an RFC 3339 time whose date
    /// is taken as written) in words; `None` if it does not start with one.
    pub fn long(&self, date: &str) -> Option<String> {
        let (year, rest) = date.get(..10)?.split_once('-')?;
        let (month, day) = rest.split_once('-')?;
        let month: usize = month.parse().ok()?;
        let day: u8 = day.parse().ok()?;
        let name = self.months.get(month.checked_sub(1)?)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || day == 0 || day > 31 {
            return None;
        }
        Some(
            self.pattern
                .replace("{day}", &day.to_string())
                .replace("{month}", name)
                .replace("{year}", year),
        )
    }
}

const NUMBERED: [&str; 12] = [
    "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
];

macro_rules! date_words {
    ($($language:ident: $pattern:literal, [$($month:literal),*], $published:literal, $updated:literal;)*) => {
        /// `language`'s date words.
        pub fn date_words(language: Language) -> &'static DateWords {
            match language {
                $(Language::$language => &DateWords {
                    pattern: $pattern,
                    months: [$($month),*],
                    published: $published,
                    updated: $updated,
                },)*
                Language::Japanese => &DateWords {
                    pattern: "{year}年{month}{day}日",
                    months: NUMBERED,
                    published: "{date}公開",
                    updated: "{date}更新",
                },
                Language::Chinese => &DateWords {
                    pattern: "{year}年{month}{day}日",
                    months: NUMBERED,
                    published: "发布于{date}",
                    updated: "更新于{date}",
                },
                Language::Korean => &DateWords {
                    pattern: "{year}년 {month} {day}일",
                    months: ["1월", "2월", "3월", "4월", "5월", "6월", "7월", "8월", "9월", "10월", "11월", "12월"],
                    published: "{date} 게시",
                    updated: "{date} 업데이트",
                },
            }
        }
    };
}

#[rustfmt::skip]
date_words! {
    Arabic: "{day} {month} {year}", ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"], "نُشر في {date}", "حُدّث في {date}";
    Czech: "{day}. {month} {year}", ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"], "Zveřejněno {date}", "Aktualizováno {date}";
    Danish: "{day}. {month} {year}", ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"], "Udgivet {date}", "Opdateret {date}";
    German: "{day}. {month} {year}", ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"], "Veröffentlicht am {date}", "Aktualisiert am {date}";
    Greek: "{day} {month} {year}", ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"], "Δημοσιεύθηκε {date}", "Ενημερώθηκε {date}";
    English: "{day} {month} {year}", ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], "Published {date}", "Updated {date}";
    Spanish: "{day} de {month} de {year}", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], "Publicado el {date}", "Actualizado el {date}";
    Persian: "{day} {month} {year}", ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"], "منتشرشده در {date}", "به‌روزشده در {date}";
    Finnish: "{day}. {month} {year}", ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"], "Julkaistu {date}", "Päivitetty {date}";
    French: "{day} {month} {year}", ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], "Publié le {date}", "Mis à jour le {date}";
    Hebrew: "{day} ב{month} {year}", ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"], "פורסם ב־{date}", "עודכן ב־{date}";
    Hungarian: "{year}. {month} {day}.", ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"], "Közzétéve: {date}", "Frissítve: {date}";
    Italian: "{day} {month} {year}", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], "Pubblicato il {date}", "Aggiornato il {date}";
    Lithuanian: "{year} m. {month} {day} d.", ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"], "Paskelbta {date}", "Atnaujinta {date}";
    Dutch: "{day} {month} {year}", ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"], "Gepubliceerd op {date}", "Bijgewerkt op {date}";
    Norwegian: "{day}. {month} {year}", ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"], "Publisert {date}", "Oppdatert {date}";
    Polish: "{day} {month} {year}", ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"], "Opublikowano {date}", "Zaktualizowano {date}";
    Portuguese: "{day} de {month} de {year}", ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], "Publicado em {date}", "Atualizado em {date}";
    Romanian: "{day} {month} {year}", ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"], "Publicat pe {date}", "Actualizat pe {date}";
    Russian: "{day} {month} {year} г.", ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], "Опубликовано {date}", "Обновлено {date}";
    Swedish: "{day} {month} {year}", ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"], "Publicerad {date}", "Uppdaterad {date}";
    Turkish: "{day} {month} {year}", ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"], "Yayımlanma: {date}", "Güncelleme: {date}";
    Ukrainian: "{day} {month} {year} р.", ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"], "Опубліковано {date}", "Оновлено {date}";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_prints_them() {
        for (language, date, words) in [
            (
                Language::English,
                "2026-11-28T09:30:00Z",
                "28 November 2026",
            ),
            (Language::Spanish, "2026-01-05", "5 de enero de 2026"),
            (Language::Polish, "2026-11-28", "28 listopada 2026"),
            (Language::Hungarian, "2026-11-28", "2026. november 28."),
            (
                Language::Lithuanian,
                "2026-11-28",
                "2026 m. lapkričio 28 d.",
            ),
            (Language::Japanese, "2026-11-28", "2026年11月28日"),
            (Language::Korean, "2026-03-01", "2026년 3월 1일"),
        ] {
            assert_eq!(
                date_words(language).long(date).as_deref(),
                Some(words),
                "{date}"
            );
        }
        let english = date_words(Language::English);
        for not_a_date in [
            "",
            "2026-13-01",
            "2026-00-10",
            "26-11-28",
            "2026-11-xx",
            "2026-11-32",
        ] {
            assert_eq!(english.long(not_a_date), None, "{not_a_date}");
        }
    }

    #[test]
    fn every_language_has_twelve_months_and_labels_with_the_date() {
        for facts in faq_core::language::LANGUAGES {
            let words = date_words(facts.language);
            assert!(words.months.iter().all(|m| !m.is_empty()), "{}", facts.code);
            for text in [words.published, words.updated] {
                assert!(text.contains("{date}"), "{}: {text}", facts.code);
            }
            for placeholder in ["{day}", "{month}", "{year}"] {
                assert!(words.pattern.contains(placeholder), "{}", facts.code);
            }
        }
    }
}
