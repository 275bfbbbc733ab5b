//! The site's front page's own words, in every supported language: its
//! heading, standfirst and footer (the template's elements that carry
//! [`WORD_ATTRIBUTE`](crate::contract::WORD_ATTRIBUTE)), and the words of
//! its search and listing (the `data-text-*` attributes of its mount
//! element, which its script reads). Its "none", "did you mean" and
//! question counts are the widget's own words ([`super::built_in`]). A
//! template that sets a word keeps it. Native only: the publisher writes
//! them, so none is in the bundle.

mod schema;

pub use schema::{
    form_for, form_suffix, SiteWord, SiteWords, ELEMENT_WORDS, FORM_SUFFIXES, MOUNT_WORDS,
};

use super::Forms;
use faq_core::Language;

const fn two(other: &'static str, one: &'static str) -> Forms {
    Forms {
        other,
        one,
        few: "",
        many: "",
    }
}

const fn four(
    other: &'static str,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> Forms {
    Forms {
        other,
        one,
        few,
        many,
    }
}

const fn only(other: &'static str) -> Forms {
    two(other, "")
}

macro_rules! site_words {
    ($($language:ident { $($field:ident: $value:expr,)* })*) => {
        /// `language`'s front-page words.
        pub fn site_words(language: Language) -> &'static SiteWords {
            match language {
                $(Language::$language => {
                    const WORDS: SiteWords = SiteWords { $($field: $value,)* };
                    &WORDS
                })*
            }
        }
    };
}

#[rustfmt::skip]
site_words! {
    Arabic {
        heading: "شروح",
        standfirst: "كل أسئلة قرائنا، مع إجاباتها. ابحث فيها كلها أو افتح شرحًا.",
        footer: "بعد أن تبحث هنا مرة، يعمل البحث دون اتصال فيما قرأته؛ احتفظ بكل الشروح لتبحث فيها كلها دون اتصال.",
        label: "ابحث في كل الشروح",
        language: "اللغة",
        found: only("الأسئلة المطابقة: {count} · الشروح: {explainers}"),
        explainers: only("{stories}"),
        missing: "تعذّر البحث في بعض الشروح: لم تُحفظ على هذا الجهاز بعد.",
        unreached: "مطابقة أيضًا، ولم تُحفظ على هذا الجهاز بعد:",
        unreached_more: only("شروح أقدم: {count}"),
        keep: "احتفظ بكل الشروح لقراءتها دون اتصال: {size}",
        keeping: "جارٍ حفظ كل الشروح لقراءتها دون اتصال: {done} من {size}",
        kept: "كل الشروح محفوظة لقراءتها دون اتصال.",
        list: "كل الشروح",
        previous: "شروح أحدث",
        next: "شروح أقدم",
        pages: "صفحات الشروح",
    }
    Czech {
        heading: "Vysvětlujeme",
        standfirst: "Všechny otázky našich čtenářů i s odpověďmi. Prohledejte je všechny, nebo otevřete jedno vysvětlení.",
        footer: "Po prvním hledání zde funguje vyhledávání offline v tom, co jste už četli; uložte si všechna vysvětlení, abyste je mohli prohledávat offline.",
        label: "Prohledat všechna vysvětlení",
        language: "Jazyk",
        found: four("Nalezeno {count} otázek {explainers}", "Nalezena 1 otázka", "Nalezeny {count} otázky {explainers}", "Nalezeno {count} otázky {explainers}"),
        explainers: two("v {stories} vysvětleních", "v 1 vysvětlení"),
        missing: "Některá vysvětlení nebylo možné prohledat: v tomto zařízení ještě nejsou uložena.",
        unreached: "Odpovídají také, v tomto zařízení ještě neuložená:",
        unreached_more: four("{count} starších vysvětlení", "1 starší vysvětlení", "{count} starší vysvětlení", "{count} staršího vysvětlení"),
        keep: "Uložit všechna vysvětlení ke čtení offline: {size}",
        keeping: "Ukládání všech vysvětlení ke čtení offline: {done} z {size}",
        kept: "Všechna vysvětlení jsou uložena ke čtení offline.",
        list: "Všechna vysvětlení",
        previous: "Novější vysvětlení",
        next: "Starší vysvětlení",
        pages: "Stránky vysvětlení",
    }
    Danish {
        heading: "Forklaringer",
        standfirst: "Alle spørgsmål fra vores læsere, besvaret. Søg i dem alle, eller åbn en forklaring.",
        footer: "Når du har søgt her én gang, virker søgningen offline i det, du har læst; gem alle forklaringer for at søge i dem alle offline.",
        label: "Søg i alle forklaringer",
        language: "Sprog",
        found: two("{count} spørgsmål fundet i {explainers}", "1 spørgsmål fundet"),
        explainers: two("{stories} forklaringer", "1 forklaring"),
        missing: "Nogle forklaringer kunne ikke gennemsøges: de er ikke gemt på denne enhed endnu.",
        unreached: "Passer også, ikke gemt på denne enhed endnu:",
        unreached_more: two("{count} ældre forklaringer", "1 ældre forklaring"),
        keep: "Gem alle forklaringer til læsning offline: {size}",
        keeping: "Gemmer alle forklaringer til læsning offline: {done} af {size}",
        kept: "Alle forklaringer er gemt til læsning offline.",
        list: "Alle forklaringer",
        previous: "Nyere forklaringer",
        next: "Ældre forklaringer",
        pages: "Sider med forklaringer",
    }
    German {
        heading: "Erklärungen",
        standfirst: "Jede Frage unserer Leserinnen und Leser, beantwortet. Durchsuchen Sie alle oder öffnen Sie eine Erklärung.",
        footer: "Wenn Sie hier einmal gesucht haben, funktioniert die Suche offline in allem, was Sie gelesen haben; speichern Sie alle Erklärungen, um offline in allen zu suchen.",
        label: "Alle Erklärungen durchsuchen",
        language: "Sprache",
        found: two("{count} Fragen in {explainers} gefunden", "1 Frage gefunden"),
        explainers: two("{stories} Erklärungen", "1 Erklärung"),
        missing: "Einige Erklärungen konnten nicht durchsucht werden: Sie sind auf diesem Gerät noch nicht gespeichert.",
        unreached: "Ebenfalls passend, auf diesem Gerät noch nicht gespeichert:",
        unreached_more: two("{count} ältere Erklärungen", "1 ältere Erklärung"),
        keep: "Alle Erklärungen zum Offline-Lesen speichern: {size}",
        keeping: "Alle Erklärungen werden zum Offline-Lesen gespeichert: {done} von {size}",
        kept: "Alle Erklärungen sind zum Offline-Lesen gespeichert.",
        list: "Alle Erklärungen",
        previous: "Neuere Erklärungen",
        next: "Ältere Erklärungen",
        pages: "Seiten der Erklärungen",
    }
    Greek {
        heading: "Επεξηγήσεις",
        standfirst: "Κάθε ερώτηση των αναγνωστών μας, απαντημένη. Αναζητήστε σε όλες ή ανοίξτε μια επεξήγηση.",
        footer: "Αφού κάνετε μία αναζήτηση εδώ, η αναζήτηση λειτουργεί εκτός σύνδεσης σε ό,τι έχετε διαβάσει· κρατήστε όλες τις επεξηγήσεις για να τις αναζητάτε όλες εκτός σύνδεσης.",
        label: "Αναζήτηση σε όλες τις επεξηγήσεις",
        language: "Γλώσσα",
        found: two("Βρέθηκαν {count} ερωτήσεις σε {explainers}", "Βρέθηκε 1 ερώτηση"),
        explainers: two("{stories} επεξηγήσεις", "1 επεξήγηση"),
        missing: "Δεν ήταν δυνατή η αναζήτηση σε ορισμένες επεξηγήσεις: δεν έχουν αποθηκευτεί ακόμη σε αυτή τη συσκευή.",
        unreached: "Ταιριάζουν επίσης, δεν έχουν αποθηκευτεί ακόμη σε αυτή τη συσκευή:",
        unreached_more: two("{count} παλαιότερες επεξηγήσεις", "1 παλαιότερη επεξήγηση"),
        keep: "Κρατήστε όλες τις επεξηγήσεις για ανάγνωση εκτός σύνδεσης: {size}",
        keeping: "Αποθήκευση όλων των επεξηγήσεων για ανάγνωση εκτός σύνδεσης: {done} από {size}",
        kept: "Όλες οι επεξηγήσεις έχουν αποθηκευτεί για ανάγνωση εκτός σύνδεσης.",
        list: "Όλες οι επεξηγήσεις",
        previous: "Νεότερες επεξηγήσεις",
        next: "Παλαιότερες επεξηγήσεις",
        pages: "Σελίδες επεξηγήσεων",
    }
    English {
        heading: "Explainers",
        standfirst: "Every question readers asked us, answered. Search them all, or open an explainer.",
        footer: "Once you have searched here, the search works offline over what you have read; keep every explainer to search them all offline.",
        label: "Search every explainer",
        language: "Language",
        found: two("{count} questions found in {explainers}", "1 question found"),
        explainers: two("{stories} explainers", "1 explainer"),
        missing: "Some explainers could not be searched: they are not saved on this device yet.",
        unreached: "Also matching, not saved on this device yet:",
        unreached_more: two("{count} older explainers", "1 older explainer"),
        keep: "Keep every explainer for offline reading: {size}",
        keeping: "Keeping every explainer for offline reading: {done} of {size}",
        kept: "Every explainer is kept for offline reading.",
        list: "All explainers",
        previous: "Newer explainers",
        next: "Older explainers",
        pages: "Pages of explainers",
    }
    Spanish {
        heading: "Explicaciones",
        standfirst: "Todas las preguntas de nuestros lectores, respondidas. Búsquelas todas o abra una explicación.",
        footer: "Después de buscar aquí una vez, la búsqueda funciona sin conexión en lo que ya ha leído; guarde todas las explicaciones para buscar en todas sin conexión.",
        label: "Buscar en todas las explicaciones",
        language: "Idioma",
        found: two("{count} preguntas encontradas en {explainers}", "1 pregunta encontrada"),
        explainers: two("{stories} explicaciones", "1 explicación"),
        missing: "No se pudo buscar en algunas explicaciones: aún no están guardadas en este dispositivo.",
        unreached: "También coinciden, aún no guardadas en este dispositivo:",
        unreached_more: two("{count} explicaciones anteriores", "1 explicación anterior"),
        keep: "Guardar todas las explicaciones para leerlas sin conexión: {size}",
        keeping: "Guardando todas las explicaciones para leerlas sin conexión: {done} de {size}",
        kept: "Todas las explicaciones están guardadas para leerlas sin conexión.",
        list: "Todas las explicaciones",
        previous: "Explicaciones más recientes",
        next: "Explicaciones anteriores",
        pages: "Páginas de explicaciones",
    }
    Persian {
        heading: "توضیح‌ها",
        standfirst: "همهٔ پرسش‌های خوانندگان ما، با پاسخ. در همه جستجو کنید یا یک توضیح را باز کنید.",
        footer: "پس از یک بار جستجو در اینجا، جستجو در آنچه خوانده‌اید بدون اتصال هم کار می‌کند؛ همهٔ توضیح‌ها را نگه دارید تا در همه بدون اتصال جستجو کنید.",
        label: "جستجو در همهٔ توضیح‌ها",
        language: "زبان",
        found: only("{count} پرسش در {explainers} پیدا شد"),
        explainers: only("{stories} توضیح"),
        missing: "جستجو در برخی توضیح‌ها ممکن نشد: هنوز در این دستگاه ذخیره نشده‌اند.",
        unreached: "این‌ها هم مطابق‌اند، اما هنوز در این دستگاه ذخیره نشده‌اند:",
        unreached_more: only("{count} توضیح قدیمی‌تر"),
        keep: "نگه‌داشتن همهٔ توضیح‌ها برای خواندن بدون اتصال: {size}",
        keeping: "در حال نگه‌داشتن همهٔ توضیح‌ها برای خواندن بدون اتصال: {done} از {size}",
        kept: "همهٔ توضیح‌ها برای خواندن بدون اتصال نگه داشته شده‌اند.",
        list: "همهٔ توضیح‌ها",
        previous: "توضیح‌های تازه‌تر",
        next: "توضیح‌های قدیمی‌تر",
        pages: "صفحه‌های توضیح‌ها",
    }
    Finnish {
        heading: "Selitykset",
        standfirst: "Jokainen lukijoidemme kysymys vastauksineen. Hae niistä kaikista tai avaa selitys.",
        footer: "Kun olet hakenut täältä kerran, haku toimii ilman verkkoyhteyttä lukemissasi; tallenna kaikki selitykset, niin voit hakea kaikista ilman verkkoyhteyttä.",
        label: "Hae kaikista selityksistä",
        language: "Kieli",
        found: two("{count} kysymystä löytyi {explainers}", "1 kysymys löytyi"),
        explainers: two("{stories} selityksestä", "1 selityksestä"),
        missing: "Joistakin selityksistä ei voitu hakea: niitä ei ole vielä tallennettu tälle laitteelle.",
        unreached: "Vastaavat myös, ei vielä tallennettu tälle laitteelle:",
        unreached_more: two("{count} vanhempaa selitystä", "1 vanhempi selitys"),
        keep: "Tallenna kaikki selitykset luettaviksi ilman verkkoyhteyttä: {size}",
        keeping: "Tallennetaan kaikkia selityksiä luettaviksi ilman verkkoyhteyttä: {done} / {size}",
        kept: "Kaikki selitykset on tallennettu luettaviksi ilman verkkoyhteyttä.",
        list: "Kaikki selitykset",
        previous: "Uudemmat selitykset",
        next: "Vanhemmat selitykset",
        pages: "Selitysten sivut",
    }
    French {
        heading: "Décryptages",
        standfirst: "Toutes les questions de nos lecteurs, avec leurs réponses. Cherchez parmi elles ou ouvrez un décryptage.",
        footer: "Après une première recherche ici, la recherche fonctionne hors ligne sur ce que vous avez lu\u{a0}; gardez tous les décryptages pour tout chercher hors ligne.",
        label: "Rechercher dans tous les décryptages",
        language: "Langue",
        found: two("{count} questions trouvées dans {explainers}", "{count} question trouvée"),
        explainers: two("{stories} décryptages", "{stories} décryptage"),
        missing: "Certains décryptages n’ont pas pu être consultés\u{a0}: ils ne sont pas encore enregistrés sur cet appareil.",
        unreached: "Correspondent aussi, pas encore enregistrés sur cet appareil\u{a0}:",
        unreached_more: two("{count} décryptages plus anciens", "{count} décryptage plus ancien"),
        keep: "Garder tous les décryptages pour les lire hors ligne\u{a0}: {size}",
        keeping: "Enregistrement de tous les décryptages pour les lire hors ligne\u{a0}: {done} sur {size}",
        kept: "Tous les décryptages sont gardés pour une lecture hors ligne.",
        list: "Tous les décryptages",
        previous: "Décryptages plus récents",
        next: "Décryptages plus anciens",
        pages: "Pages des décryptages",
    }
    Hebrew {
        heading: "הסברים",
        standfirst: "כל השאלות של הקוראים שלנו, עם תשובות. חפשו בכולן או פתחו הסבר.",
        footer: "אחרי חיפוש ראשון כאן, החיפוש פועל במצב לא מקוון במה שכבר קראתם; שמרו את כל ההסברים כדי לחפש בכולם במצב לא מקוון.",
        label: "חיפוש בכל ההסברים",
        language: "שפה",
        found: two("נמצאו {count} שאלות ב־{explainers}", "נמצאה שאלה אחת"),
        explainers: two("{stories} הסברים", "הסבר אחד"),
        missing: "לא ניתן היה לחפש בחלק מההסברים: הם עדיין לא שמורים במכשיר הזה.",
        unreached: "מתאימים גם, עדיין לא שמורים במכשיר הזה:",
        unreached_more: two("{count} הסברים ישנים יותר", "הסבר ישן יותר אחד"),
        keep: "שמירת כל ההסברים לקריאה במצב לא מקוון: {size}",
        keeping: "שומרים את כל ההסברים לקריאה במצב לא מקוון: {done} מתוך {size}",
        kept: "כל ההסברים שמורים לקריאה במצב לא מקוון.",
        list: "כל ההסברים",
        previous: "הסברים חדשים יותר",
        next: "הסברים ישנים יותר",
        pages: "דפי ההסברים",
    }
    Hungarian {
        heading: "Magyarázatok",
        standfirst: "Olvasóink minden kérdése, megválaszolva. Keressen mindegyikben, vagy nyisson meg egy magyarázatot.",
        footer: "Ha egyszer már keresett itt, a keresés offline is működik abban, amit elolvasott; mentse az összes magyarázatot, hogy offline mindegyikben kereshessen.",
        label: "Keresés az összes magyarázatban",
        language: "Nyelv",
        found: two("{count} kérdés található {explainers}", "1 kérdés található"),
        explainers: two("{stories} magyarázatban", "1 magyarázatban"),
        missing: "Néhány magyarázatban nem lehetett keresni: még nincsenek mentve ezen az eszközön.",
        unreached: "Szintén egyezik, még nincs mentve ezen az eszközön:",
        unreached_more: two("{count} régebbi magyarázat", "1 régebbi magyarázat"),
        keep: "Az összes magyarázat mentése offline olvasáshoz: {size}",
        keeping: "Az összes magyarázat mentése offline olvasáshoz: {done} / {size}",
        kept: "Az összes magyarázat mentve offline olvasáshoz.",
        list: "Az összes magyarázat",
        previous: "Újabb magyarázatok",
        next: "Régebbi magyarázatok",
        pages: "A magyarázatok oldalai",
    }
    Italian {
        heading: "Spiegazioni",
        standfirst: "Tutte le domande dei lettori, con le risposte. Cercale tutte o apri una spiegazione.",
        footer: "Dopo una prima ricerca qui, la ricerca funziona offline su ciò che hai letto; conserva tutte le spiegazioni per cercare in tutte offline.",
        label: "Cerca in tutte le spiegazioni",
        language: "Lingua",
        found: two("{count} domande trovate in {explainers}", "1 domanda trovata"),
        explainers: two("{stories} spiegazioni", "1 spiegazione"),
        missing: "Non è stato possibile cercare in alcune spiegazioni: non sono ancora salvate su questo dispositivo.",
        unreached: "Corrispondono anche, non ancora salvate su questo dispositivo:",
        unreached_more: two("{count} spiegazioni meno recenti", "1 spiegazione meno recente"),
        keep: "Conserva tutte le spiegazioni per leggerle offline: {size}",
        keeping: "Salvataggio di tutte le spiegazioni per la lettura offline: {done} di {size}",
        kept: "Tutte le spiegazioni sono conservate per la lettura offline.",
        list: "Tutte le spiegazioni",
        previous: "Spiegazioni più recenti",
        next: "Spiegazioni meno recenti",
        pages: "Pagine delle spiegazioni",
    }
    Japanese {
        heading: "解説",
        standfirst: "読者の皆さんから寄せられた質問に、すべてお答えします。まとめて検索するか、解説を開いてください。",
        footer: "ここで一度検索すると、読んだ解説はオフラインでも検索できます。すべての解説を保存すると、すべてをオフラインで検索できます。",
        label: "すべての解説を検索",
        language: "言語",
        found: only("{explainers}で{count}件の質問が見つかりました"),
        explainers: only("{stories}件の解説"),
        missing: "一部の解説は検索できませんでした。この端末にまだ保存されていません。",
        unreached: "ほかにも一致（この端末にはまだ保存されていません）：",
        unreached_more: only("さらに古い解説{count}件"),
        keep: "すべての解説をオフライン用に保存：{size}",
        keeping: "すべての解説をオフライン用に保存中：{size}中{done}",
        kept: "すべての解説をオフライン用に保存しました。",
        list: "すべての解説",
        previous: "新しい解説",
        next: "古い解説",
        pages: "解説のページ",
    }
    Korean {
        heading: "해설",
        standfirst: "독자 여러분이 보낸 모든 질문에 답했습니다. 한꺼번에 검색하거나 해설을 열어 보세요.",
        footer: "여기서 한 번 검색하면 읽은 해설은 오프라인에서도 검색됩니다. 모든 해설을 저장하면 오프라인에서 전부 검색할 수 있습니다.",
        label: "모든 해설 검색",
        language: "언어",
        found: only("해설 {explainers}에서 질문 {count}개를 찾았습니다"),
        explainers: only("{stories}개"),
        missing: "일부 해설은 검색할 수 없었습니다. 아직 이 기기에 저장되지 않았습니다.",
        unreached: "다음 해설도 일치하지만 아직 이 기기에 저장되지 않았습니다:",
        unreached_more: only("이전 해설 {count}개"),
        keep: "오프라인에서 읽도록 모든 해설 저장: {size}",
        keeping: "오프라인에서 읽도록 모든 해설 저장 중: {size} 중 {done}",
        kept: "모든 해설이 오프라인용으로 저장되었습니다.",
        list: "모든 해설",
        previous: "최근 해설",
        next: "이전 해설",
        pages: "해설 페이지",
    }
    Lithuanian {
        heading: "Paaiškinimai",
        standfirst: "Visi mūsų skaitytojų klausimai su atsakymais. Ieškokite visuose arba atverkite paaiškinimą.",
        footer: "Kai čia kartą paieškosite, paieška veiks neprisijungus tame, ką perskaitėte; išsaugokite visus paaiškinimus, kad galėtumėte ieškoti visuose neprisijungę.",
        label: "Ieškoti visuose paaiškinimuose",
        language: "Kalba",
        found: only("Rasta klausimų: {count}, paaiškinimų: {explainers}"),
        explainers: only("{stories}"),
        missing: "Kai kuriuose paaiškinimuose nepavyko ieškoti: jie dar neišsaugoti šiame įrenginyje.",
        unreached: "Taip pat atitinka, dar neišsaugoti šiame įrenginyje:",
        unreached_more: only("senesnių paaiškinimų: {count}"),
        keep: "Išsaugoti visus paaiškinimus skaityti neprisijungus: {size}",
        keeping: "Išsaugomi visi paaiškinimai skaityti neprisijungus: {done} iš {size}",
        kept: "Visi paaiškinimai išsaugoti skaityti neprisijungus.",
        list: "Visi paaiškinimai",
        previous: "Naujesni paaiškinimai",
        next: "Senesni paaiškinimai",
        pages: "Paaiškinimų puslapiai",
    }
    Dutch {
        heading: "Uitleg",
        standfirst: "Elke vraag van onze lezers, beantwoord. Doorzoek ze allemaal of open een uitlegstuk.",
        footer: "Als je hier eenmaal hebt gezocht, werkt zoeken offline in wat je hebt gelezen; bewaar alle uitlegstukken om ze allemaal offline te doorzoeken.",
        label: "Alle uitlegstukken doorzoeken",
        language: "Taal",
        found: two("{count} vragen gevonden in {explainers}", "1 vraag gevonden"),
        explainers: two("{stories} uitlegstukken", "1 uitlegstuk"),
        missing: "Sommige uitlegstukken konden niet worden doorzocht: ze staan nog niet op dit apparaat.",
        unreached: "Komen ook overeen, nog niet op dit apparaat bewaard:",
        unreached_more: two("{count} oudere uitlegstukken", "1 ouder uitlegstuk"),
        keep: "Alle uitlegstukken bewaren om offline te lezen: {size}",
        keeping: "Alle uitlegstukken worden bewaard om offline te lezen: {done} van {size}",
        kept: "Alle uitlegstukken zijn bewaard om offline te lezen.",
        list: "Alle uitlegstukken",
        previous: "Nieuwere uitlegstukken",
        next: "Oudere uitlegstukken",
        pages: "Pagina’s met uitlegstukken",
    }
    Norwegian {
        heading: "Forklaringer",
        standfirst: "Alle spørsmål fra leserne våre, besvart. Søk i alle, eller åpne en forklaring.",
        footer: "Når du har søkt her én gang, virker søket uten nett i det du har lest; lagre alle forklaringene for å søke i alle uten nett.",
        label: "Søk i alle forklaringer",
        language: "Språk",
        found: two("{count} spørsmål funnet i {explainers}", "1 spørsmål funnet"),
        explainers: two("{stories} forklaringer", "1 forklaring"),
        missing: "Noen forklaringer kunne ikke søkes i: de er ikke lagret på denne enheten ennå.",
        unreached: "Passer også, ikke lagret på denne enheten ennå:",
        unreached_more: two("{count} eldre forklaringer", "1 eldre forklaring"),
        keep: "Lagre alle forklaringene for å lese uten nett: {size}",
        keeping: "Lagrer alle forklaringene for å lese uten nett: {done} av {size}",
        kept: "Alle forklaringene er lagret for lesing uten nett.",
        list: "Alle forklaringer",
        previous: "Nyere forklaringer",
        next: "Eldre forklaringer",
        pages: "Sider med forklaringer",
    }
    Polish {
        heading: "Wyjaśniamy",
        standfirst: "Wszystkie pytania naszych czytelników, z odpowiedziami. Przeszukaj je wszystkie albo otwórz wyjaśnienie.",
        footer: "Po pierwszym wyszukiwaniu tutaj wyszukiwarka działa offline w tym, co już przeczytano; zachowaj wszystkie wyjaśnienia, aby przeszukiwać je offline.",
        label: "Przeszukaj wszystkie wyjaśnienia",
        language: "Język",
        found: four("Znaleziono {count} pytania {explainers}", "Znaleziono 1 pytanie", "Znaleziono {count} pytania {explainers}", "Znaleziono {count} pytań {explainers}"),
        explainers: two("w {stories} wyjaśnieniach", "w 1 wyjaśnieniu"),
        missing: "Nie udało się przeszukać niektórych wyjaśnień: nie są jeszcze zapisane na tym urządzeniu.",
        unreached: "Pasują też, jeszcze niezapisane na tym urządzeniu:",
        unreached_more: four("{count} starszego wyjaśnienia", "1 starsze wyjaśnienie", "{count} starsze wyjaśnienia", "{count} starszych wyjaśnień"),
        keep: "Zachowaj wszystkie wyjaśnienia do czytania offline: {size}",
        keeping: "Zapisywanie wszystkich wyjaśnień do czytania offline: {done} z {size}",
        kept: "Wszystkie wyjaśnienia są zapisane do czytania offline.",
        list: "Wszystkie wyjaśnienia",
        previous: "Nowsze wyjaśnienia",
        next: "Starsze wyjaśnienia",
        pages: "Strony wyjaśnień",
    }
    Portuguese {
        heading: "Explicações",
        standfirst: "Todas as perguntas dos leitores, respondidas. Pesquise em todas ou abra uma explicação.",
        footer: "Depois de pesquisar aqui uma vez, a pesquisa funciona offline no que você já leu; guarde todas as explicações para pesquisar em todas offline.",
        label: "Pesquisar em todas as explicações",
        language: "Idioma",
        found: two("{count} perguntas encontradas em {explainers}", "{count} pergunta encontrada"),
        explainers: two("{stories} explicações", "{stories} explicação"),
        missing: "Não foi possível pesquisar algumas explicações: elas ainda não estão salvas neste dispositivo.",
        unreached: "Também correspondem, ainda não salvas neste dispositivo:",
        unreached_more: two("{count} explicações mais antigas", "{count} explicação mais antiga"),
        keep: "Guardar todas as explicações para ler offline: {size}",
        keeping: "Guardando todas as explicações para ler offline: {done} de {size}",
        kept: "Todas as explicações estão guardadas para leitura offline.",
        list: "Todas as explicações",
        previous: "Explicações mais recentes",
        next: "Explicações mais antigas",
        pages: "Páginas de explicações",
    }
    Romanian {
        heading: "Explicații",
        standfirst: "Toate întrebările cititorilor noștri, cu răspunsuri. Căutați în toate sau deschideți o explicație.",
        footer: "După ce ați căutat o dată aici, căutarea funcționează offline în ce ați citit; păstrați toate explicațiile pentru a căuta în toate offline.",
        label: "Căutați în toate explicațiile",
        language: "Limba",
        found: four("{count} de întrebări găsite în {explainers}", "1 întrebare găsită", "{count} întrebări găsite în {explainers}", ""),
        explainers: four("{stories} de explicații", "1 explicație", "{stories} explicații", ""),
        missing: "Unele explicații nu au putut fi căutate: nu sunt încă salvate pe acest dispozitiv.",
        unreached: "Se potrivesc și acestea, încă nesalvate pe acest dispozitiv:",
        unreached_more: four("{count} de explicații mai vechi", "1 explicație mai veche", "{count} explicații mai vechi", ""),
        keep: "Păstrați toate explicațiile pentru citire offline: {size}",
        keeping: "Se păstrează toate explicațiile pentru citire offline: {done} din {size}",
        kept: "Toate explicațiile sunt păstrate pentru citire offline.",
        list: "Toate explicațiile",
        previous: "Explicații mai noi",
        next: "Explicații mai vechi",
        pages: "Paginile explicațiilor",
    }
    Russian {
        heading: "Объясняем",
        standfirst: "Все вопросы наших читателей — с ответами. Ищите по всем сразу или откройте материал.",
        footer: "После первого поиска здесь поиск работает без интернета по тому, что вы уже прочитали; сохраните все материалы, чтобы искать по ним без интернета.",
        label: "Поиск по всем материалам",
        language: "Язык",
        found: four("Найдено {count} вопроса {explainers}", "Найден {count} вопрос {explainers}", "Найдено {count} вопроса {explainers}", "Найдено {count} вопросов {explainers}"),
        explainers: two("в {stories} материалах", "в {stories} материале"),
        missing: "Некоторые материалы не удалось просмотреть: они ещё не сохранены на этом устройстве.",
        unreached: "Также подходят, но ещё не сохранены на этом устройстве:",
        unreached_more: four("{count} более раннего материала", "{count} более ранний материал", "{count} более ранних материала", "{count} более ранних материалов"),
        keep: "Сохранить все материалы для чтения без интернета: {size}",
        keeping: "Сохраняем все материалы для чтения без интернета: {done} из {size}",
        kept: "Все материалы сохранены для чтения без интернета.",
        list: "Все материалы",
        previous: "Более новые материалы",
        next: "Более ранние материалы",
        pages: "Страницы материалов",
    }
    Swedish {
        heading: "Förklaringar",
        standfirst: "Varje fråga våra läsare har ställt, besvarad. Sök bland alla eller öppna en förklaring.",
        footer: "När du har sökt här en gång fungerar sökningen offline i det du har läst; spara alla förklaringar för att söka i alla offline.",
        label: "Sök i alla förklaringar",
        language: "Språk",
        found: two("{count} frågor hittades i {explainers}", "1 fråga hittades"),
        explainers: two("{stories} förklaringar", "1 förklaring"),
        missing: "Vissa förklaringar kunde inte sökas: de är inte sparade på den här enheten än.",
        unreached: "Matchar också, inte sparade på den här enheten än:",
        unreached_more: two("{count} äldre förklaringar", "1 äldre förklaring"),
        keep: "Spara alla förklaringar för att läsa offline: {size}",
        keeping: "Sparar alla förklaringar för att läsa offline: {done} av {size}",
        kept: "Alla förklaringar är sparade för att läsa offline.",
        list: "Alla förklaringar",
        previous: "Nyare förklaringar",
        next: "Äldre förklaringar",
        pages: "Sidor med förklaringar",
    }
    Turkish {
        heading: "Açıklamalar",
        standfirst: "Okurlarımızın her sorusu, yanıtıyla. Hepsinde arayın ya da bir açıklamayı açın.",
        footer: "Burada bir kez aradıktan sonra arama, okuduklarınızda çevrimdışı da çalışır; hepsinde çevrimdışı aramak için tüm açıklamaları saklayın.",
        label: "Tüm açıklamalarda ara",
        language: "Dil",
        found: two("{explainers} {count} soru bulundu", "1 soru bulundu"),
        explainers: two("{stories} açıklamada", "1 açıklamada"),
        missing: "Bazı açıklamalarda arama yapılamadı: henüz bu cihaza kaydedilmediler.",
        unreached: "Bunlar da eşleşiyor, henüz bu cihaza kaydedilmedi:",
        unreached_more: two("{count} daha eski açıklama", "1 daha eski açıklama"),
        keep: "Tüm açıklamaları çevrimdışı okumak için saklayın: {size}",
        keeping: "Tüm açıklamalar çevrimdışı okumak için saklanıyor: {done} / {size}",
        kept: "Tüm açıklamalar çevrimdışı okumak için saklandı.",
        list: "Tüm açıklamalar",
        previous: "Daha yeni açıklamalar",
        next: "Daha eski açıklamalar",
        pages: "Açıklama sayfaları",
    }
    Ukrainian {
        heading: "Пояснюємо",
        standfirst: "Усі запитання наших читачів — з відповідями. Шукайте в усіх одразу або відкрийте пояснення.",
        footer: "Після першого пошуку тут пошук працює без інтернету в тому, що ви вже прочитали; збережіть усі пояснення, щоб шукати в них без інтернету.",
        label: "Пошук в усіх поясненнях",
        language: "Мова",
        found: four("Знайдено {count} запитання {explainers}", "Знайдено {count} запитання {explainers}", "Знайдено {count} запитання {explainers}", "Знайдено {count} запитань {explainers}"),
        explainers: two("в {stories} поясненнях", "в {stories} поясненні"),
        missing: "У деяких поясненнях не вдалося шукати: їх ще не збережено на цьому пристрої.",
        unreached: "Також підходять, але ще не збережені на цьому пристрої:",
        unreached_more: four("{count} давнішого пояснення", "{count} давніше пояснення", "{count} давніші пояснення", "{count} давніших пояснень"),
        keep: "Зберегти всі пояснення для читання без інтернету: {size}",
        keeping: "Зберігаємо всі пояснення для читання без інтернету: {done} з {size}",
        kept: "Усі пояснення збережено для читання без інтернету.",
        list: "Усі пояснення",
        previous: "Новіші пояснення",
        next: "Давніші пояснення",
        pages: "Сторінки пояснень",
    }
    Chinese {
        heading: "解读",
        standfirst: "读者提出的每个问题，都有解答。可一次搜索全部，或打开一篇解读。",
        footer: "在这里搜索一次之后，已读的内容也可离线搜索；保存全部解读，即可离线搜索全部内容。",
        label: "搜索全部解读",
        language: "语言",
        found: only("在{explainers}中找到 {count} 个问题"),
        explainers: only("{stories} 篇解读"),
        missing: "部分解读无法搜索：尚未保存到此设备。",
        unreached: "同样匹配，但尚未保存到此设备：",
        unreached_more: only("另有 {count} 篇较早的解读"),
        keep: "保存全部解读以便离线阅读：{size}",
        keeping: "正在保存全部解读以便离线阅读：{done} / {size}",
        kept: "全部解读已保存，可离线阅读。",
        list: "全部解读",
        previous: "较新的解读",
        next: "较早的解读",
        pages: "解读页码",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use faq_core::text::unknown_placeholder;

    /// The placeholders a word may hold.
    fn placeholders(name: &str) -> &'static [&'static str] {
        match name {
            "found" => &["{count}", "{explainers}", "{stories}"],
            "explainers" => &["{stories}"],
            "unreached-more" | "questions" => &["{count}"],
            "keep" => &["{size}"],
            "keeping" => &["{done}", "{size}"],
            "did-you-mean" => &["{words}"],
            _ => &[],
        }
    }

    #[test]
    fn every_language_has_every_word_with_only_its_placeholders() {
        for facts in faq_core::language::LANGUAGES {
            let (language, words) = (facts.language, site_words(facts.language));
            let names = MOUNT_WORDS.iter().map(|word| match word {
                SiteWord::One(name) | SiteWord::Counted(name) => *name,
            });
            for name in names.chain(ELEMENT_WORDS) {
                let forms = match words.counted(name, language) {
                    Some(forms) => forms.to_vec(),
                    None => vec![words.one(name, language).expect(name).to_owned()],
                };
                assert!(!forms[0].is_empty(), "{}: {name}", facts.code);
                for form in forms {
                    assert_eq!(
                        unknown_placeholder(&form, placeholders(name)),
                        None,
                        "{}: {name}: {form}",
                        facts.code
                    );
                }
            }
            // A sentence of several questions says how many.
            let found = words.counted("found", language).unwrap();
            assert!(
                form_for(&found, language, 5).contains("{count}"),
                "{}",
                facts.code
            );
        }
    }

    #[test]
    fn counted_words_take_their_languages_forms() {
        let polish = site_words(Language::Polish);
        let found = polish.counted("found", Language::Polish).unwrap();
        assert_eq!(
            form_for(&found, Language::Polish, 1),
            "Znaleziono 1 pytanie"
        );
        assert_eq!(
            form_for(&found, Language::Polish, 3),
            "Znaleziono {count} pytania {explainers}"
        );
        assert_eq!(
            form_for(&found, Language::Polish, 5),
            "Znaleziono {count} pytań {explainers}"
        );
        let questions = polish.counted("questions", Language::Polish).unwrap();
        assert_eq!(
            form_for(&questions, Language::Polish, 22),
            "{count} pytania"
        );
        // A form a language leaves empty falls back to `other`.
        let english = site_words(Language::English);
        let more = english
            .counted("unreached-more", Language::English)
            .unwrap();
        assert_eq!(
            form_for(&more, Language::English, 0),
            "{count} older explainers"
        );
        assert_eq!(
            english.one("none", Language::English),
            Some("No questions match")
        );
        assert_eq!(
            site_words(Language::Spanish).one("heading", Language::Spanish),
            Some("Explicaciones")
        );
    }
}
