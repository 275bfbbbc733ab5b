//! The ranking's weights: what each part of BM25F and each kind of
//! expansion counts (see the crate's documentation).

/// Ranking tunables. Their defaults stand in [`RankingWeights::default`],
/// chosen on the StackFAQ development split and the story's case sets
/// (`faq-tune`).
#[derive(Clone, Debug, PartialEq)]
pub struct RankingWeights {
    /// How much a word in the question counts against one in the answer, in
    /// BM25F, where answers are long (see `long_answers`).
    pub question_boost: f32,
    /// BM25 term-frequency saturation where answers are long: a long
    /// answer repeats a word many times before that stops meaning more.
    pub k1: f32,
    /// The question weight where answers are short (see `short_answers`).
    pub question_boost_short: f32,
    /// The saturation where answers are short, as textbook BM25 has it.
    pub k1_short: f32,
    /// Average answer length, in words, at or below which the short-answer
    /// weights hold; between this and `long_answers` they blend.
    pub short_answers: f32,
    /// Average answer length at or above which the long-answer weights hold.
    pub long_answers: f32,
    /// BM25 length normalisation of the question, 0 (none) to 1 (full).
    pub b_question: f32,
    /// BM25 length normalisation of the answer.
    pub b_answer: f32,
    /// Weight of a term that shares the query word's stem.
    pub stem_weight: f32,
    /// Weight of a term of a related stem, in the languages that relate
    /// them (see [`crate::search`]).
    pub related_weight: f32,
    /// Weight of a term that the story's aliases lead to from a reader's
    /// word (see [`crate::synonyms`]).
    pub synonym_weight: f32,

    /// How far the IDF of the language's commonest words goes down in a
    /// story of few questions ([`crate::frequencies`]): 0 keeps it, 1
    /// takes it all. Words from Zipf `common_from` (rare) to `common_top`
    /// (the commonest) go down in proportion.
    pub common_word_weight: f32,
    pub common_from: f32,
    pub common_top: f32,
    /// Questions at or above which a story's own statistics are trusted
    /// alone: from 8 questions to this many, the weight above fades.
    pub common_questions: f32,
    /// Weight of a term that the last word, still being typed, starts.
    pub prefix_weight: f32,
    /// Weight of a term one edit away; two edits count its square.
    pub typo_weight: f32,
    /// How far each field uses its own IDF (how many questions, or how many
    /// answers, hold the word) instead of the IDF over both: 0 is BM25F's
    /// one IDF, 1 is per field. Questions are short and alike ("What …",
    /// "How does …"), so within them a content word is far rarer than a
    /// function word even where the whole story cannot tell them apart.
    pub field_idf: f32,
    /// Relevance multiplier when every pair of neighbouring query words also
    /// stands side by side in the text; 0 turns the bonus off.
    pub proximity_bonus: f32,
    /// Most terms a prefix expands to (the most frequent win), so that one
    /// typed letter stays fast on a large vocabulary.
    pub max_prefix_terms: usize,
}

impl Default for RankingWeights {
    fn default() -> Self {
        Self {
            question_boost: 3.0,
            k1: 8.0,
            question_boost_short: 1.5,
            k1_short: 1.5,
            short_answers: 60.0,
            long_answers: 300.0,
            b_question: 0.75,
            b_answer: 0.75,
            stem_weight: 0.8,
            related_weight: 0.6,
            synonym_weight: 0.6,
            common_word_weight: 0.8,
            common_from: 3.5,
            common_top: 7.7,
            common_questions: 64.0,

            prefix_weight: 0.8,
            typo_weight: 0.4,
            field_idf: 0.5,
            proximity_bonus: 0.25,
            max_prefix_terms: 48,
        }
    }
}
