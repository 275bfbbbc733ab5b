//! The widget's built-in words in every language that has them, by name:
//! a data table. [`built_in`] picks a language's; English's are also each
//! option's default in the README.

use faq_core::Language;

/// How many texts a language has words for, forms included.
pub const COUNT: usize = 19;

/// One language's words for the widget.
#[derive(Debug)]
pub struct Words {
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    /// Not searching; `{total}`.
    pub count: Forms,
    /// Searching, some match; `{shown}` and `{total}`.
    pub matches: Forms,
    /// Searching, none match.
    pub no_match: &'static str,
    pub clear_search: &'static str,
    /// The button that searches the story's words nearest to a query that
    /// found nothing; `{words}` is them.
    pub did_you_mean: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    /// The button under a long list; `{next}` is how many it adds.
    pub show_more: Forms,
}

/// A sentence with a number in a language's plural forms (CLDR's
/// categories, as `Intl.PluralRules` names them): `other`, and `one`,
/// `few` and `many` where the language has them. A form left empty falls
/// back to `other`.
#[derive(Debug)]
pub struct Forms {
    pub other: &'static str,
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

impl Forms {
    /// No form: what a language without `few` or `many` leaves out.
    pub const NONE: Forms = Forms {
        other: "",
        one: "",
        few: "",
        many: "",
    };
}

impl Words {
    /// The words of every text, in the order of `ui_text::Text`: each
    /// one's number is its place here.
    pub const fn in_order(&self) -> [&'static str; COUNT] {
        [
            self.search_label,
            self.search_placeholder,
            self.count.other,
            self.count.one,
            self.count.few,
            self.count.many,
            self.matches.other,
            self.matches.one,
            self.matches.few,
            self.matches.many,
            self.no_match,
            self.clear_search,
            self.show_all,
            self.hide_all,
            self.show_more.other,
            self.show_more.one,
            self.show_more.few,
            self.show_more.many,
            self.did_you_mean,
        ]
    }
}

/// English: the default of every text option, and the words of a language
/// without its own.
#[rustfmt::skip]
pub static ENGLISH: Words = Words {
    search_label: "Search the questions", search_placeholder: "Type a keyword",
    count: Forms { other: "{total} questions", one: "1 question", ..Forms::NONE },
    matches: Forms {
        other: "{shown} of {total} questions match",
        one: "1 of {total} questions matches",
        ..Forms::NONE
    },
    no_match: "No questions match", clear_search: "Clear search", did_you_mean: "Did you mean {words}?",
    show_all: "Show all answers", hide_all: "Hide all answers",
    show_more: Forms { other: "Show {next} more questions", one: "Show 1 more question", ..Forms::NONE },
};

#[rustfmt::skip]
pub static GERMAN: Words = Words {
    search_label: "Fragen durchsuchen", search_placeholder: "Suchbegriff eingeben",
    count: Forms { other: "{total} Fragen", one: "1 Frage", ..Forms::NONE },
    matches: Forms {
        other: "{shown} von {total} Fragen passen",
        one: "1 von {total} Fragen passt",
        ..Forms::NONE
    },
    no_match: "Keine Frage passt", clear_search: "Suche löschen", did_you_mean: "Meinten Sie {words}?",
    show_all: "Alle Antworten zeigen", hide_all: "Alle Antworten verbergen",
    show_more: Forms {
        other: "{next} weitere Fragen zeigen",
        one: "1 weitere Frage zeigen",
        ..Forms::NONE
    },
};

// French: `one` is 0 and 1.
#[rustfmt::skip]
pub static FRENCH: Words = Words {
    search_label: "Rechercher dans les questions", search_placeholder: "Saisissez un mot-clé",
    count: Forms { other: "{total} questions", one: "{total} question", ..Forms::NONE },
    matches: Forms {
        other: "{shown} questions sur {total} correspondent",
        one: "{shown} question sur {total} correspond",
        ..Forms::NONE
    },
    no_match: "Aucune question ne correspond", clear_search: "Effacer la recherche", did_you_mean: "Vouliez-vous dire {words}\u{a0}?",
    show_all: "Afficher toutes les réponses", hide_all: "Masquer toutes les réponses",
    show_more: Forms {
        other: "Afficher {next} questions de plus",
        one: "Afficher {next} question de plus",
        ..Forms::NONE
    },
};

#[rustfmt::skip]
pub static SPANISH: Words = Words {
    search_label: "Buscar en las preguntas", search_placeholder: "Escriba una palabra clave",
    count: Forms { other: "{total} preguntas", one: "1 pregunta", ..Forms::NONE },
    matches: Forms {
        other: "{shown} de {total} preguntas coinciden",
        one: "1 de {total} preguntas coincide",
        ..Forms::NONE
    },
    no_match: "Ninguna pregunta coincide", clear_search: "Borrar la búsqueda", did_you_mean: "¿Quisiste decir {words}?",
    show_all: "Mostrar todas las respuestas", hide_all: "Ocultar todas las respuestas",
    show_more: Forms {
        other: "Mostrar {next} preguntas más",
        one: "Mostrar 1 pregunta más",
        ..Forms::NONE
    },
};

// Ukrainian: `one` is 1, 21, 31…; `few` 2–4, 22–24…; `many` 0, 5–20, 25…
#[rustfmt::skip]
pub static UKRAINIAN: Words = Words {
    search_label: "Пошук у питаннях", search_placeholder: "Введіть слово для пошуку",
    count: Forms {
        other: "{total} питання",
        one: "{total} питання",
        few: "{total} питання",
        many: "{total} питань",
    },
    matches: Forms {
        other: "Знайдено {shown} питання з {total}",
        one: "Знайдено {shown} питання з {total}",
        few: "Знайдено {shown} питання з {total}",
        many: "Знайдено {shown} питань з {total}",
    },
    no_match: "Жодного питання не знайдено", clear_search: "Очистити пошук", did_you_mean: "Можливо, ви мали на увазі {words}?",
    show_all: "Показати всі відповіді", hide_all: "Сховати всі відповіді",
    show_more: Forms {
        other: "Показати ще {next} питання",
        one: "Показати ще {next} питання",
        few: "Показати ще {next} питання",
        many: "Показати ще {next} питань",
    },
};

// Polish: `one` is 1; `few` 2–4, 22–24…; `many` 0, 5–21, 25…
#[rustfmt::skip]
pub static POLISH: Words = Words {
    search_label: "Szukaj w pytaniach", search_placeholder: "Wpisz słowo kluczowe",
    count: Forms {
        other: "{total} pytania",
        one: "1 pytanie",
        few: "{total} pytania",
        many: "{total} pytań",
    },
    matches: Forms {
        other: "Pasuje {shown} pytania z {total}",
        one: "Pasuje 1 pytanie z {total}",
        few: "Pasują {shown} pytania z {total}",
        many: "Pasuje {shown} pytań z {total}",
    },
    no_match: "Żadne pytanie nie pasuje", clear_search: "Wyczyść wyszukiwanie", did_you_mean: "Czy chodziło o {words}?",
    show_all: "Pokaż wszystkie odpowiedzi", hide_all: "Ukryj wszystkie odpowiedzi",
    show_more: Forms {
        other: "Pokaż jeszcze {next} pytania",
        one: "Pokaż jeszcze 1 pytanie",
        few: "Pokaż jeszcze {next} pytania",
        many: "Pokaż jeszcze {next} pytań",
    },
};

// Lithuanian: `one` is 1, 21, 31… (not 11); `few` 2–9, 22–29… (not
// 12–19); `many` fractions; `other` 0, 10–20, 30…
#[rustfmt::skip]
pub static LITHUANIAN: Words = Words {
    search_label: "Ieškoti klausimuose", search_placeholder: "Įveskite paieškos žodį",
    count: Forms {
        other: "{total} klausimų",
        one: "{total} klausimas",
        few: "{total} klausimai",
        many: "{total} klausimo",
    },
    matches: Forms {
        other: "Rasta {shown} klausimų iš {total}",
        one: "Rastas {shown} klausimas iš {total}",
        few: "Rasti {shown} klausimai iš {total}",
        many: "Rasta {shown} klausimo iš {total}",
    },
    no_match: "Klausimų nerasta", clear_search: "Išvalyti paiešką", did_you_mean: "Ar turėjote omenyje {words}?",
    show_all: "Rodyti visus atsakymus", hide_all: "Slėpti visus atsakymus",
    show_more: Forms {
        other: "Rodyti dar {next} klausimų",
        one: "Rodyti dar {next} klausimą",
        few: "Rodyti dar {next} klausimus",
        many: "Rodyti dar {next} klausimo",
    },
};

// Arabic: `one` is 1; `two` 2 (the `few` form here); `few` 3–10;
// `many` 11–99; `other` 100–102…
#[rustfmt::skip]
pub static ARABIC: Words = Words {
    search_label: "ابحث في الأسئلة", search_placeholder: "اكتب كلمة للبحث",
    count: Forms {
        other: "{total} سؤال",
        one: "سؤال واحد",
        few: "{total} أسئلة",
        many: "{total} سؤالًا",
    },
    matches: Forms {
        other: "يطابق {shown} سؤال من {total}",
        one: "يطابق سؤال واحد من {total}",
        few: "تطابق {shown} أسئلة من {total}",
        many: "يطابق {shown} سؤالًا من {total}",
    },
    no_match: "لا توجد أسئلة مطابقة", clear_search: "مسح البحث", did_you_mean: "هل تقصد {words}؟",
    show_all: "عرض كل الإجابات", hide_all: "إخفاء كل الإجابات",
    show_more: Forms {
        other: "عرض {next} سؤال آخر",
        one: "عرض سؤال واحد آخر",
        few: "عرض {next} أسئلة أخرى",
        many: "عرض {next} سؤالًا آخر",
    },
};

#[rustfmt::skip]
pub static ITALIAN: Words = Words {
    search_label: "Cerca nelle domande", search_placeholder: "Scrivi una parola chiave",
    count: Forms { other: "{total} domande", one: "1 domanda", ..Forms::NONE },
    matches: Forms {
        other: "{shown} domande su {total} corrispondono",
        one: "1 domanda su {total} corrisponde",
        ..Forms::NONE
    },
    no_match: "Nessuna domanda corrisponde", clear_search: "Cancella la ricerca", did_you_mean: "Forse cercavi {words}?",
    show_all: "Mostra tutte le risposte", hide_all: "Nascondi tutte le risposte",
    show_more: Forms {
        other: "Mostra altre {next} domande",
        one: "Mostra un'altra domanda",
        ..Forms::NONE
    },
};

// Portuguese: `one` is 0 and 1 (Brazil) or 1 (Portugal).
#[rustfmt::skip]
pub static PORTUGUESE: Words = Words {
    search_label: "Pesquisar nas perguntas", search_placeholder: "Escreva uma palavra-chave",
    count: Forms { other: "{total} perguntas", one: "{total} pergunta", ..Forms::NONE },
    matches: Forms {
        other: "{shown} de {total} perguntas correspondem",
        one: "{shown} de {total} perguntas corresponde",
        ..Forms::NONE
    },
    no_match: "Nenhuma pergunta corresponde", clear_search: "Limpar a pesquisa", did_you_mean: "Você quis dizer {words}?",
    show_all: "Mostrar todas as respostas", hide_all: "Ocultar todas as respostas",
    show_more: Forms {
        other: "Mostrar mais {next} perguntas",
        one: "Mostrar mais {next} pergunta",
        ..Forms::NONE
    },
};

#[rustfmt::skip]
pub static DUTCH: Words = Words {
    search_label: "Zoeken in de vragen", search_placeholder: "Typ een zoekwoord",
    count: Forms { other: "{total} vragen", one: "1 vraag", ..Forms::NONE },
    matches: Forms {
        other: "{shown} van {total} vragen komen overeen",
        one: "1 van {total} vragen komt overeen",
        ..Forms::NONE
    },
    no_match: "Geen vragen gevonden", clear_search: "Zoekopdracht wissen", did_you_mean: "Bedoelde je {words}?",
    show_all: "Alle antwoorden tonen", hide_all: "Alle antwoorden verbergen",
    show_more: Forms { other: "Nog {next} vragen tonen", one: "Nog 1 vraag tonen", ..Forms::NONE },
};

#[rustfmt::skip]
pub static SWEDISH: Words = Words {
    search_label: "Sök bland frågorna", search_placeholder: "Skriv ett sökord",
    count: Forms { other: "{total} frågor", one: "1 fråga", ..Forms::NONE },
    matches: Forms {
        other: "{shown} av {total} frågor matchar",
        one: "1 av {total} frågor matchar",
        ..Forms::NONE
    },
    no_match: "Inga frågor matchar", clear_search: "Rensa sökningen", did_you_mean: "Menade du {words}?",
    show_all: "Visa alla svar", hide_all: "Dölj alla svar",
    show_more: Forms { other: "Visa {next} frågor till", one: "Visa 1 fråga till", ..Forms::NONE },
};

#[rustfmt::skip]
pub static DANISH: Words = Words {
    search_label: "Søg i spørgsmålene", search_placeholder: "Skriv et søgeord",
    count: Forms { other: "{total} spørgsmål", one: "1 spørgsmål", ..Forms::NONE },
    matches: Forms {
        other: "{shown} af {total} spørgsmål passer",
        one: "1 af {total} spørgsmål passer",
        ..Forms::NONE
    },
    no_match: "Ingen spørgsmål passer", clear_search: "Ryd søgningen", did_you_mean: "Mente du {words}?",
    show_all: "Vis alle svar", hide_all: "Skjul alle svar",
    show_more: Forms { other: "Vis {next} spørgsmål mere", one: "Vis 1 spørgsmål mere", ..Forms::NONE },
};

// Norwegian Bokmål.
#[rustfmt::skip]
pub static NORWEGIAN: Words = Words {
    search_label: "Søk i spørsmålene", search_placeholder: "Skriv et søkeord",
    count: Forms { other: "{total} spørsmål", one: "1 spørsmål", ..Forms::NONE },
    matches: Forms {
        other: "{shown} av {total} spørsmål passer",
        one: "1 av {total} spørsmål passer",
        ..Forms::NONE
    },
    no_match: "Ingen spørsmål passer", clear_search: "Tøm søket", did_you_mean: "Mente du {words}?",
    show_all: "Vis alle svar", hide_all: "Skjul alle svar",
    show_more: Forms { other: "Vis {next} spørsmål til", one: "Vis 1 spørsmål til", ..Forms::NONE },
};

// Russian: `one` is 1, 21, 31… (not 11); `few` 2–4, 22–24…; `many` 0,
// 5–20, 25…
#[rustfmt::skip]
pub static RUSSIAN: Words = Words {
    search_label: "Поиск по вопросам", search_placeholder: "Введите слово для поиска",
    count: Forms {
        other: "{total} вопроса",
        one: "{total} вопрос",
        few: "{total} вопроса",
        many: "{total} вопросов",
    },
    matches: Forms {
        other: "Найдено {shown} вопроса из {total}",
        one: "Найден {shown} вопрос из {total}",
        few: "Найдено {shown} вопроса из {total}",
        many: "Найдено {shown} вопросов из {total}",
    },
    no_match: "Вопросов не найдено", clear_search: "Очистить поиск", did_you_mean: "Возможно, вы имели в виду {words}?",
    show_all: "Показать все ответы", hide_all: "Скрыть все ответы",
    show_more: Forms {
        other: "Показать ещё {next} вопроса",
        one: "Показать ещё {next} вопрос",
        few: "Показать ещё {next} вопроса",
        many: "Показать ещё {next} вопросов",
    },
};

// Turkish: a noun after a number stays singular.
#[rustfmt::skip]
pub static TURKISH: Words = Words {
    search_label: "Sorularda ara", search_placeholder: "Bir anahtar kelime yazın",
    count: Forms { other: "{total} soru", one: "{total} soru", ..Forms::NONE },
    matches: Forms {
        other: "{total} sorudan {shown} tanesi eşleşiyor",
        one: "{total} sorudan {shown} tanesi eşleşiyor",
        ..Forms::NONE
    },
    no_match: "Eşleşen soru yok", clear_search: "Aramayı temizle", did_you_mean: "Bunu mu demek istediniz: {words}?",
    show_all: "Tüm yanıtları göster", hide_all: "Tüm yanıtları gizle",
    show_more: Forms { other: "{next} soru daha göster", one: "{next} soru daha göster", ..Forms::NONE },
};

// Czech: `one` is 1; `few` 2–4; `many` fractions; `other` 0, 5…
#[rustfmt::skip]
pub static CZECH: Words = Words {
    search_label: "Hledat v otázkách", search_placeholder: "Zadejte hledané slovo",
    count: Forms {
        other: "{total} otázek",
        one: "{total} otázka",
        few: "{total} otázky",
        many: "{total} otázky",
    },
    matches: Forms {
        other: "Odpovídá {shown} otázek z {total}",
        one: "Odpovídá {shown} otázka z {total}",
        few: "Odpovídají {shown} otázky z {total}",
        many: "Odpovídá {shown} otázky z {total}",
    },
    no_match: "Žádná otázka neodpovídá", clear_search: "Vymazat hledání", did_you_mean: "Mysleli jste {words}?",
    show_all: "Zobrazit všechny odpovědi", hide_all: "Skrýt všechny odpovědi",
    show_more: Forms {
        other: "Zobrazit dalších {next} otázek",
        one: "Zobrazit další {next} otázku",
        few: "Zobrazit další {next} otázky",
        many: "Zobrazit dalších {next} otázky",
    },
};

// Hungarian: a noun after a number stays singular.
#[rustfmt::skip]
pub static HUNGARIAN: Words = Words {
    search_label: "Keresés a kérdésekben", search_placeholder: "Írjon be egy kulcsszót",
    count: Forms { other: "{total} kérdés", one: "{total} kérdés", ..Forms::NONE },
    matches: Forms {
        other: "{total} kérdésből {shown} egyezik",
        one: "{total} kérdésből {shown} egyezik",
        ..Forms::NONE
    },
    no_match: "Nincs egyező kérdés", clear_search: "Keresés törlése", did_you_mean: "Erre gondolt: {words}?",
    show_all: "Összes válasz megjelenítése", hide_all: "Összes válasz elrejtése",
    show_more: Forms {
        other: "Még {next} kérdés megjelenítése",
        one: "Még {next} kérdés megjelenítése",
        ..Forms::NONE
    },
};

#[rustfmt::skip]
pub static GREEK: Words = Words {
    search_label: "Αναζήτηση στις ερωτήσεις", search_placeholder: "Πληκτρολογήστε μια λέξη-κλειδί",
    count: Forms { other: "{total} ερωτήσεις", one: "1 ερώτηση", ..Forms::NONE },
    matches: Forms {
        other: "{shown} από {total} ερωτήσεις ταιριάζουν",
        one: "1 από {total} ερωτήσεις ταιριάζει",
        ..Forms::NONE
    },
    no_match: "Καμία ερώτηση δεν ταιριάζει", clear_search: "Καθαρισμός αναζήτησης", did_you_mean: "Μήπως εννοούσατε {words};",
    show_all: "Εμφάνιση όλων των απαντήσεων", hide_all: "Απόκρυψη όλων των απαντήσεων",
    show_more: Forms {
        other: "Εμφάνιση {next} ακόμη ερωτήσεων",
        one: "Εμφάνιση 1 ακόμη ερώτησης",
        ..Forms::NONE
    },
};

// Hebrew: `one` is 1; `two` (2) takes `other` here, as the `few` form is
// left out.
#[rustfmt::skip]
pub static HEBREW: Words = Words {
    search_label: "חיפוש בשאלות", search_placeholder: "הקלידו מילת חיפוש",
    count: Forms { other: "{total} שאלות", one: "שאלה אחת", ..Forms::NONE },
    matches: Forms {
        other: "{shown} מתוך {total} שאלות תואמות",
        one: "שאלה אחת מתוך {total} תואמת",
        ..Forms::NONE
    },
    no_match: "אין שאלות תואמות", clear_search: "ניקוי החיפוש", did_you_mean: "האם התכוונת: {words}?",
    show_all: "הצגת כל התשובות", hide_all: "הסתרת כל התשובות",
    show_more: Forms { other: "הצגת {next} שאלות נוספות", one: "הצגת שאלה נוספת", ..Forms::NONE },
};

// Persian: `one` is 0 and 1; a noun after a number stays singular.
#[rustfmt::skip]
pub static PERSIAN: Words = Words {
    search_label: "جستجو در پرسش‌ها", search_placeholder: "یک کلیدواژه بنویسید",
    count: Forms { other: "{total} پرسش", one: "{total} پرسش", ..Forms::NONE },
    matches: Forms {
        other: "{shown} پرسش از {total} پرسش مطابقت دارد",
        one: "{shown} پرسش از {total} پرسش مطابقت دارد",
        ..Forms::NONE
    },
    no_match: "هیچ پرسشی مطابقت ندارد", clear_search: "پاک کردن جستجو", did_you_mean: "آیا منظورتان {words} بود؟",
    show_all: "نمایش همهٔ پاسخ‌ها", hide_all: "پنهان کردن همهٔ پاسخ‌ها",
    show_more: Forms { other: "نمایش {next} پرسش دیگر", one: "نمایش {next} پرسش دیگر", ..Forms::NONE },
};

// Japanese and Korean have one plural form, `other`.
#[rustfmt::skip]
pub static JAPANESE: Words = Words {
    search_label: "質問を検索", search_placeholder: "キーワードを入力",
    count: Forms { other: "{total} 件の質問", ..Forms::NONE },
    matches: Forms { other: "{total} 件中 {shown} 件の質問が一致", ..Forms::NONE },
    no_match: "一致する質問はありません", clear_search: "検索をクリア", did_you_mean: "もしかして: {words}",
    show_all: "すべての回答を表示", hide_all: "すべての回答を隠す",
    show_more: Forms { other: "さらに {next} 件の質問を表示", ..Forms::NONE },
};

#[rustfmt::skip]
pub static KOREAN: Words = Words {
    search_label: "질문 검색", search_placeholder: "검색어를 입력하세요",
    count: Forms { other: "질문 {total}개", ..Forms::NONE },
    matches: Forms { other: "질문 {total}개 중 {shown}개 일치", ..Forms::NONE },
    no_match: "일치하는 질문이 없습니다", clear_search: "검색 지우기", did_you_mean: "{words}을(를) 찾으셨나요?",
    show_all: "모든 답변 보기", hide_all: "모든 답변 숨기기",
    show_more: Forms { other: "질문 {next}개 더 보기", ..Forms::NONE },
};

/// The built-in words of `language`, if it has its own (English's stand in
/// otherwise). A `match`, so the engine's constant language keeps only its
/// own words in the bundle.
pub const fn built_in(language: Language) -> Option<&'static Words> {
    match language {
        Language::German => Some(&GERMAN),
        Language::French => Some(&FRENCH),
        Language::Spanish => Some(&SPANISH),
        Language::Ukrainian => Some(&UKRAINIAN),
        Language::Polish => Some(&POLISH),
        Language::Lithuanian => Some(&LITHUANIAN),
        Language::Arabic => Some(&ARABIC),
        Language::Italian => Some(&ITALIAN),
        Language::Portuguese => Some(&PORTUGUESE),
        Language::Dutch => Some(&DUTCH),
        Language::Swedish => Some(&SWEDISH),
        Language::Danish => Some(&DANISH),
        Language::Norwegian => Some(&NORWEGIAN),
        Language::Russian => Some(&RUSSIAN),
        Language::Turkish => Some(&TURKISH),
        Language::Czech => Some(&CZECH),
        Language::Hungarian => Some(&HUNGARIAN),
        Language::Greek => Some(&GREEK),
        Language::Hebrew => Some(&HEBREW),
        Language::Persian => Some(&PERSIAN),
        Language::Japanese => Some(&JAPANESE),
        Language::Korean => Some(&KOREAN),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui_text::Text;

    #[test]
    fn each_text_reads_its_own_field() {
        for words in [&ENGLISH, &UKRAINIAN, &ARABIC] {
            for text in Text::ALL {
                let field = match text {
                    Text::SearchLabel => words.search_label,
                    Text::SearchPlaceholder => words.search_placeholder,
                    Text::Count => words.count.other,
                    Text::CountOne => words.count.one,
                    Text::CountFew => words.count.few,
                    Text::CountMany => words.count.many,
                    Text::Matches => words.matches.other,
                    Text::MatchesOne => words.matches.one,
                    Text::MatchesFew => words.matches.few,
                    Text::MatchesMany => words.matches.many,
                    Text::NoMatch => words.no_match,
                    Text::ClearSearch => words.clear_search,
                    Text::ShowAll => words.show_all,
                    Text::HideAll => words.hide_all,
                    Text::ShowMore => words.show_more.other,
                    Text::ShowMoreOne => words.show_more.one,
                    Text::ShowMoreFew => words.show_more.few,
                    Text::ShowMoreMany => words.show_more.many,
                    Text::DidYouMean => words.did_you_mean,
                };
                assert_eq!(words.get(text), field, "{text:?}");
            }
        }
        assert_eq!(ENGLISH.get(Text::HideAll), "Hide all answers");
    }
}
