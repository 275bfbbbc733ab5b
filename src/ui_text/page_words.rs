//! The story page's own words around the widget, in every supported
//! language: what the publisher writes into the page template's elements
//! that carry [`WORD_ATTRIBUTE`](crate::contract::WORD_ATTRIBUTE) (the
//! kicker, the standfirst, the save button, the offline note), and the
//! sentence that makes a story's search placeholder from its own words.
//! A template that writes its own words without the attribute keeps them.
//! Native only: the publisher writes them, so none is in the bundle.

use faq_core::Language;

/// One language's words for the page around the widget.
#[derive(Debug)]
pub struct PageWords {
    /// Above the headline: what kind of page this is.
    pub kicker: &'static str,
    /// Under the headline.
    pub standfirst: &'static str,
    /// The button that saves the page as one file.
    pub save: &'static str,
    /// The footer's note that the page works offline.
    pub offline: &'static str,
    /// The search field's placeholder from the story's words: `{words}`.
    pub for_example: &'static str,
    /// Between two of those words.
    pub separator: &'static str,
}

impl PageWords {
    /// The word of an element's [`WORD_ATTRIBUTE`](crate::contract::WORD_ATTRIBUTE)
    /// value, if it names one.
    pub fn get(&self, name: &str) -> Option<&'static str> {
        match name {
            "kicker" => Some(self.kicker),
            "standfirst" => Some(self.standfirst),
            "save" => Some(self.save),
            "offline" => Some(self.offline),
            _ => None,
        }
    }

    /// The placeholder of a search field whose story's words are `words`.
    pub fn example(&self, words: &[String]) -> String {
        self.for_example
            .replace("{words}", &words.join(self.separator))
    }
}

/// The names [`PageWords::get`] knows, for the documentation and tests.
pub const NAMES: [&str; 4] = ["kicker", "standfirst", "save", "offline"];

macro_rules! page_words {
    ($($language:ident: $kicker:literal, $standfirst:literal, $save:literal, $offline:literal, $example:literal, $separator:literal;)*) => {
        /// `language`'s page words.
        pub fn page_words(language: Language) -> &'static PageWords {
            match language {
                $(Language::$language => &PageWords {
                    kicker: $kicker,
                    standfirst: $standfirst,
                    save: $save,
                    offline: $offline,
                    for_example: $example,
                    separator: $separator,
                },)*
            }
        }
    };
}

page_words! {
    Arabic: "شرح", "ما نعرفه حتى الآن، بكلمات بسيطة. ابحث في الأسئلة أدناه أو افتحها واحدًا تلو الآخر.", "احفظ هذا الشرح في ملف واحد لقراءته دون اتصال", "تعمل هذه الصفحة دون اتصال: كل ما تحتاجه موجود بالفعل في متصفحك.", "مثلًا: {words}", "، ";
    Czech: "Vysvětlujeme", "Co zatím víme, jednoduše. Prohledejte otázky níže, nebo je otevírejte jednu po druhé.", "Uložit toto vysvětlení jako jeden soubor ke čtení offline", "Tato stránka funguje i offline: vše, co potřebuje, už je ve vašem prohlížeči.", "Například: {words}", ", ";
    Danish: "Forklaring", "Det ved vi indtil videre, forklaret enkelt. Søg i spørgsmålene nedenfor, eller åbn dem ét ad gangen.", "Gem denne forklaring som én fil, så du kan læse den offline", "Denne side virker offline: alt, hvad den skal bruge, er allerede i din browser.", "For eksempel: {words}", ", ";
    German: "Erklärt", "Was wir bisher wissen, in einfachen Worten. Durchsuchen Sie die Fragen unten oder öffnen Sie sie einzeln.", "Diese Erklärung als eine Datei speichern, um sie offline zu lesen", "Diese Seite funktioniert offline: Alles, was sie braucht, ist bereits in Ihrem Browser.", "Zum Beispiel: {words}", ", ";
    Greek: "Επεξήγηση", "Τι γνωρίζουμε μέχρι στιγμής, με απλά λόγια. Αναζητήστε στις ερωτήσεις παρακάτω ή ανοίξτε τις μία μία.", "Αποθήκευση αυτής της επεξήγησης ως ένα αρχείο, για ανάγνωση εκτός σύνδεσης", "Αυτή η σελίδα λειτουργεί εκτός σύνδεσης: ό,τι χρειάζεται βρίσκεται ήδη στο πρόγραμμα περιήγησής σας.", "Για παράδειγμα: {words}", ", ";
    English: "Explainer", "What we know so far, in plain words. Search the questions below or open them one by one.", "Save this explainer as one file, to read it offline", "This page works offline: everything it needs is already in your browser.", "For example: {words}", ", ";
    Spanish: "Claves", "Lo que sabemos hasta ahora, en palabras sencillas. Busque entre las preguntas o ábralas una a una.", "Guardar esta explicación en un solo archivo para leerla sin conexión", "Esta página funciona sin conexión: todo lo que necesita ya está en su navegador.", "Por ejemplo: {words}", ", ";
    Persian: "توضیح", "آنچه تاکنون می‌دانیم، به زبان ساده. در پرسش‌های زیر جستجو کنید یا آن‌ها را یکی‌یکی باز کنید.", "ذخیرهٔ این توضیح در یک فایل برای خواندن به‌صورت آفلاین", "این صفحه آفلاین هم کار می‌کند: هر آنچه لازم دارد در مرورگر شما هست.", "برای نمونه: {words}", "، ";
    Finnish: "Selitys", "Mitä tiedämme tähän mennessä, selkokielellä. Hae alla olevista kysymyksistä tai avaa ne yksi kerrallaan.", "Tallenna tämä selitys yhdeksi tiedostoksi luettavaksi ilman verkkoyhteyttä", "Tämä sivu toimii ilman verkkoyhteyttä: kaikki tarvittava on jo selaimessasi.", "Esimerkiksi: {words}", ", ";
    French: "Décryptage", "Ce que nous savons à ce stade, en termes simples. Cherchez parmi les questions ci-dessous ou ouvrez-les une à une.", "Enregistrer ce décryptage dans un seul fichier pour le lire hors ligne", "Cette page fonctionne hors ligne : tout ce dont elle a besoin est déjà dans votre navigateur.", "Par exemple : {words}", ", ";
    Hebrew: "הסבר", "מה שידוע עד כה, במילים פשוטות. חפשו בשאלות שלמטה או פתחו אותן אחת אחת.", "שמירת ההסבר כקובץ אחד לקריאה במצב לא מקוון", "הדף הזה פועל גם במצב לא מקוון: כל מה שהוא צריך כבר נמצא בדפדפן שלכם.", "לדוגמה: {words}", ", ";
    Hungarian: "Magyarázat", "Amit eddig tudunk, egyszerűen. Keressen az alábbi kérdések között, vagy nyissa meg őket egyenként.", "A magyarázat mentése egyetlen fájlba, offline olvasáshoz", "Ez az oldal offline is működik: minden, amire szüksége van, már a böngészőjében van.", "Például: {words}", ", ";
    Italian: "Spiegazione", "Quello che sappiamo finora, in parole semplici. Cerca tra le domande qui sotto o aprile una alla volta.", "Salva questa spiegazione in un unico file per leggerla offline", "Questa pagina funziona offline: tutto ciò che le serve è già nel tuo browser.", "Per esempio: {words}", ", ";
    Japanese: "解説", "これまでに分かっていることを、わかりやすく。下の質問を検索するか、一つずつ開いてください。", "この解説を1つのファイルとして保存し、オフラインで読む", "このページはオフラインでも使えます。必要なものはすべてブラウザーにあります。", "例：{words}", "、";
    Korean: "해설", "지금까지 알려진 내용을 쉽게 정리했습니다. 아래 질문을 검색하거나 하나씩 열어 보세요.", "이 해설을 파일 하나로 저장해 오프라인에서 읽기", "이 페이지는 오프라인에서도 작동합니다. 필요한 모든 것이 이미 브라우저에 있습니다.", "예: {words}", ", ";
    Lithuanian: "Paaiškinimas", "Ką žinome iki šiol, paprastais žodžiais. Ieškokite toliau pateiktuose klausimuose arba atverkite juos po vieną.", "Išsaugoti šį paaiškinimą kaip vieną failą ir skaityti neprisijungus", "Šis puslapis veikia ir neprisijungus: viskas, ko jam reikia, jau yra jūsų naršyklėje.", "Pavyzdžiui: {words}", ", ";
    Dutch: "Uitleg", "Wat we tot nu toe weten, in gewone woorden. Doorzoek de vragen hieronder of open ze een voor een.", "Deze uitleg als één bestand opslaan om offline te lezen", "Deze pagina werkt offline: alles wat ze nodig heeft, staat al in je browser.", "Bijvoorbeeld: {words}", ", ";
    Norwegian: "Forklaring", "Dette vet vi så langt, forklart enkelt. Søk i spørsmålene nedenfor, eller åpne dem ett og ett.", "Lagre denne forklaringen som én fil for å lese den uten nett", "Denne siden virker uten nett: alt den trenger, er allerede i nettleseren din.", "For eksempel: {words}", ", ";
    Polish: "Wyjaśniamy", "Co wiemy do tej pory, w prostych słowach. Przeszukaj pytania poniżej lub otwieraj je po kolei.", "Zapisz to wyjaśnienie jako jeden plik, aby czytać je offline", "Ta strona działa offline: wszystko, czego potrzebuje, jest już w Twojej przeglądarce.", "Na przykład: {words}", ", ";
    Portuguese: "Explicador", "O que sabemos até agora, em palavras simples. Pesquise nas perguntas abaixo ou abra-as uma a uma.", "Salvar esta explicação em um único arquivo para ler offline", "Esta página funciona offline: tudo de que ela precisa já está no seu navegador.", "Por exemplo: {words}", ", ";
    Romanian: "Explicații", "Ce știm până acum, pe înțelesul tuturor. Căutați în întrebările de mai jos sau deschideți-le pe rând.", "Salvați această explicație într-un singur fișier, pentru a o citi offline", "Această pagină funcționează offline: tot ce îi trebuie este deja în browserul dvs.", "De exemplu: {words}", ", ";
    Russian: "Объясняем", "Что известно на данный момент, простыми словами. Ищите по вопросам ниже или открывайте их по одному.", "Сохранить этот материал одним файлом, чтобы читать без интернета", "Эта страница работает без интернета: всё необходимое уже есть в вашем браузере.", "Например: {words}", ", ";
    Swedish: "Förklaring", "Det här vet vi hittills, förklarat enkelt. Sök bland frågorna nedan eller öppna dem en i taget.", "Spara den här förklaringen som en fil för att läsa den offline", "Den här sidan fungerar offline: allt den behöver finns redan i din webbläsare.", "Till exempel: {words}", ", ";
    Turkish: "Açıklama", "Şu ana kadar bildiklerimiz, sade bir dille. Aşağıdaki sorularda arama yapın ya da soruları tek tek açın.", "Bu açıklamayı çevrimdışı okumak için tek bir dosya olarak kaydedin", "Bu sayfa çevrimdışı çalışır: ihtiyaç duyduğu her şey zaten tarayıcınızda.", "Örneğin: {words}", ", ";
    Ukrainian: "Пояснюємо", "Що відомо на цей момент, простими словами. Шукайте серед запитань нижче або відкривайте їх по одному.", "Зберегти це пояснення одним файлом, щоб читати без інтернету", "Ця сторінка працює без інтернету: усе потрібне вже є у вашому браузері.", "Наприклад: {words}", ", ";
    Chinese: "解读", "目前已知的情况，用简单的话说清楚。可在下方搜索问题，或逐一展开。", "将本解读保存为一个文件，以便离线阅读", "本页可离线使用：所需的一切都已在您的浏览器中。", "例如：{words}", "、";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_page_word_and_its_example_takes_words() {
        for facts in faq_core::language::LANGUAGES {
            let words = page_words(facts.language);
            for name in NAMES {
                assert!(
                    !words.get(name).unwrap_or_default().is_empty(),
                    "{}: {name}",
                    facts.code
                );
            }
            assert!(words.for_example.contains("{words}"), "{}", facts.code);
        }
        let english = page_words(Language::English);
        assert_eq!(
            english.example(&["ferry".into(), "toll".into()]),
            "For example: ferry, toll"
        );
        assert_eq!(
            page_words(Language::Chinese).example(&["和平".into(), "停火".into()]),
            "例如：和平、停火"
        );
    }
}
