//! Deterministic benchmark data: a synthetic FAQ corpus of any size and a
//! query set to run against it.
//!
//! The corpus imitates the first story: a one-line summary, questions of 6 to
//! 12 words and answers of 35 to 60 words in sentences. Words are drawn from a
//! Zipf-distributed vocabulary (exponent 1) whose size grows with the square
//! root of the corpus (Heaps' law), the shortest words being the most common,
//! as in real text. A few words carry a possessive `'s` or join with a hyphen.
//!
//! The query set mixes real words, prefixes, typos (one edit) and misses
//! built from letters the vocabulary never uses, so a miss is at least two
//! edits from every term and must find nothing.

pub mod quality;

/// SplitMix64: small, fast and good enough to make reproducible data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const CONSONANTS: &[&str] = &[
    "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "st", "tr", "pr",
    "ch", "sh", "br", "gr", "pl", "nd",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ea", "io", "ou", "y"];
/// Letters no vocabulary word contains: misses are made of these.
const FOREIGN_CONSONANTS: &[&str] = &["q", "x", "z", "j", "w"];

/// A vocabulary with Zipf-distributed word frequencies.
pub struct Vocabulary {
    /// Most frequent first.
    pub words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    pub fn new(size: usize, rng: &mut Rng) -> Self {
        let mut seen = std::collections::HashSet::new();
        let mut words = Vec::with_capacity(size);
        while words.len() < size {
            let syllables = 1 + rng.below(4).min(rng.below(4));
            let mut word = String::new();
            for _ in 0..syllables {
                word += CONSONANTS[rng.below(CONSONANTS.len())];
                word += VOWELS[rng.below(VOWELS.len())];
            }
            match rng.below(10) {
                0 => word += "s",
                1 => word += "ing",
                2 => word += "ed",
                3 => word += "ation",
                _ => {}
            }
            if seen.insert(word.clone()) {
                words.push(word);
            }
        }
        // Short words are the common ones, as in real text.
        let mut keyed: Vec<(usize, u64, String)> = words
            .into_iter()
            .map(|w| (w.len(), rng.next_u64(), w))
            .collect();
        keyed.sort_unstable();
        let words: Vec<String> = keyed.into_iter().map(|(_, _, w)| w).collect();
        let mut total = 0.0;
        let cumulative = (1..=size)
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Self { words, cumulative }
    }

    /// A word drawn by frequency.
    pub fn draw(&self, rng: &mut Rng) -> &str {
        let target = rng.unit() * self.cumulative.last().copied().unwrap_or(0.0);
        let rank = self.cumulative.partition_point(|&c| c < target);
        &self.words[rank.min(self.words.len() - 1)]
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn words(vocabulary: &Vocabulary, rng: &mut Rng, count: usize) -> Vec<String> {
    (0..count)
        .map(|_| {
            let mut word = vocabulary.draw(rng).to_owned();
            match rng.below(100) {
                0 => word += "'s",
                1 => word = format!("{word}-{}", vocabulary.draw(rng)),
                _ => {}
            }
            word
        })
        .collect()
}

fn sentence(words: &[String], end: &str) -> String {
    let mut text = capitalise(&words[0]);
    for word in &words[1..] {
        text.push(' ');
        text += word;
    }
    text + end
}

/// Vocabulary size for a corpus of `pairs` questions (Heaps' law).
pub fn vocabulary_size(pairs: usize) -> usize {
    let tokens = (pairs.max(1) * 55) as f64;
    (20.0 * tokens.sqrt()) as usize
}

/// A corpus of `pairs` questions in the corpus text format.
pub fn synthetic_corpus(pairs: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let vocabulary = Vocabulary::new(vocabulary_size(pairs), &mut rng);
    let summary = words(&vocabulary, &mut rng, 80);
    let mut text = sentence(&summary, ".") + "\n";
    let mut questions = std::collections::HashSet::new();
    while questions.len() < pairs {
        let count = rng.between(6, 12);
        let question = sentence(&words(&vocabulary, &mut rng, count), "?");
        if !questions.insert(question.to_lowercase()) {
            continue;
        }
        let mut answer = Vec::new();
        let mut remaining = rng.between(35, 60);
        while remaining > 0 {
            let length = rng.between(8, 15).min(remaining);
            answer.push(sentence(&words(&vocabulary, &mut rng, length), "."));
            remaining -= length;
        }
        text += &question;
        text.push('\n');
        text += &answer.join(" ");
        text.push('\n');
    }
    text
}

/// One benchmark query and what kind of query it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BenchQuery {
    pub text: String,
    /// `word`, `prefix`, `typo` or `miss`.
    pub kind: &'static str,
}

fn one_edit(word: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let at = rng.below(chars.len() - 1);
    match rng.below(4) {
        0 => {
            chars.remove(at);
        }
        1 => chars.swap(at, at + 1),
        2 => chars[at] = if chars[at] == 'e' { 'a' } else { 'e' },
        _ => chars.insert(at, 'r'),
    }
    chars.into_iter().collect()
}

/// `per_kind` queries of each kind for `corpus` (made by
/// [`synthetic_corpus`]), drawn with `seed`. Real words are picked by
/// occurrence in the corpus, so common words come up more often.
pub fn synthetic_queries(corpus: &str, seed: u64, per_kind: usize) -> Vec<BenchQuery> {
    let mut rng = Rng::new(seed ^ 0x5EED);
    let occurrences: Vec<String> = corpus
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut counts = std::collections::HashMap::new();
    for word in &occurrences {
        *counts.entry(word.as_str()).or_insert(0usize) += 1;
    }
    let mut by_count: Vec<(&str, usize)> = counts.into_iter().collect();
    by_count.sort_by_key(|&(word, count)| (std::cmp::Reverse(count), word));
    // The 50 most frequent words behave like stop words: skip them.
    let stop: std::collections::HashSet<&str> = by_count.iter().take(50).map(|&(w, _)| w).collect();
    let content_word = |rng: &mut Rng| loop {
        let word = &occurrences[rng.below(occurrences.len())];
        if !stop.contains(word.as_str()) {
            return word.clone();
        }
    };
    let mut queries = Vec::new();
    for _ in 0..per_kind {
        let first = content_word(&mut rng);
        let text = if rng.below(2) == 0 {
            first
        } else {
            format!("{first} {}", content_word(&mut rng))
        };
        queries.push(BenchQuery { text, kind: "word" });
    }
    for _ in 0..per_kind {
        let word = loop {
            let word = content_word(&mut rng);
            if word.chars().count() >= 4 {
                break word;
            }
        };
        let length = rng.between(3, word.chars().count().min(5));
        queries.push(BenchQuery {
            text: word.chars().take(length).collect(),
            kind: "prefix",
        });
    }
    for _ in 0..per_kind {
        let word = loop {
            let word = content_word(&mut rng);
            if word.chars().count() >= 5 {
                break word;
            }
        };
        queries.push(BenchQuery {
            text: one_edit(&word, &mut rng),
            kind: "typo",
        });
    }
    for _ in 0..per_kind {
        let mut text = String::new();
        for _ in 0..rng.between(2, 4) {
            text += FOREIGN_CONSONANTS[rng.below(FOREIGN_CONSONANTS.len())];
            text += ["a", "e", "i", "o", "u"][rng.below(5)];
        }
        queries.push(BenchQuery { text, kind: "miss" });
    }
    queries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus() {
        assert_eq!(synthetic_corpus(20, 7), synthetic_corpus(20, 7));
        assert_ne!(synthetic_corpus(20, 7), synthetic_corpus(20, 8));
    }

    #[test]
    fn corpus_is_valid_and_sized() {
        let text = synthetic_corpus(300, 1);
        let story = faq_core::corpus::parse("synthetic", text.as_bytes()).unwrap();
        assert_eq!(story.faqs.len(), 300);
        let answer_words: usize = story.faqs.iter().map(|f| f.answer.split(' ').count()).sum();
        let average = answer_words / 300;
        assert!((35..=60).contains(&average), "{average}");
    }

    #[test]
    fn frequent_words_follow_zipf() {
        let mut rng = Rng::new(3);
        let vocabulary = Vocabulary::new(1000, &mut rng);
        let mut counts = std::collections::HashMap::new();
        for _ in 0..100_000 {
            *counts
                .entry(vocabulary.draw(&mut rng).to_owned())
                .or_insert(0usize) += 1;
        }
        let first = counts[&vocabulary.words[0]] as f64;
        let tenth = counts[&vocabulary.words[9]] as f64;
        let ratio = first / tenth;
        assert!((7.0..14.0).contains(&ratio), "rank 1 / rank 10 = {ratio}");
    }

    #[test]
    fn queries_of_every_kind_and_misses_find_nothing() {
        let text = synthetic_corpus(200, 5);
        let queries = synthetic_queries(&text, 5, 10);
        assert_eq!(queries.len(), 40);
        let story = faq_core::corpus::parse("synthetic", text.as_bytes()).unwrap();
        let bytes = faq_core::build_index(&story);
        let searcher = faq_core::Searcher::new(faq_core::SearchIndex::from_bytes(&bytes).unwrap());
        for query in &queries {
            let found = searcher.search(&query.text, 10).total;
            match query.kind {
                "miss" => assert_eq!(found, 0, "{query:?}"),
                "word" | "prefix" | "typo" => assert!(found > 0, "{query:?}"),
                _ => unreachable!(),
            }
        }
    }
}
