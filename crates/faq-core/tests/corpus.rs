//! Corpus validation: each malformed case fails with its line and a fix.

use faq_core::corpus::{parse, CorpusErrorKind};

fn error_of(text: &[u8]) -> (CorpusErrorKind, String) {
    let error = parse("corpus/test.txt", text).expect_err("corpus should be rejected");
    let message = error.to_string();
    (error.kind, message)
}

#[test]
fn reads_the_shipped_corpus() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/ukraine-peacekeepers.txt"
    );
    let story = parse(path, &std::fs::read(path).unwrap()).unwrap();
    assert!(!story.summary.is_empty());
    assert!(!story.faqs.is_empty());
}

#[test]
fn reads_the_fixture_story_whole() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/ukraine-peacekeepers.txt"
    );
    let story = parse(path, &std::fs::read(path).unwrap()).unwrap();
    assert_eq!(story.faqs.len(), 8);
    assert!(story.summary.starts_with("The potential deployment"));
    assert_eq!(
        story.faqs[7].question,
        "How does Ukraine perceive the deployment of foreign peacekeepers?"
    );
}

#[test]
fn accepts_crlf_bom_and_trailing_blank_lines() {
    let story = parse(
        "x",
        "\u{feff}Summary.\r\nWhy?\r\nBecause.\r\n\r\n\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(story.summary, "Summary.");
    assert_eq!(story.faqs[0].answer, "Because.");
}

#[test]
fn missing_answer_at_the_end() {
    let (kind, message) = error_of(b"Summary.\nWhy?\nBecause.\nHow?\n");
    assert_eq!(kind, CorpusErrorKind::MissingAnswer { question_line: 4 });
    assert_eq!(
        message,
        "corpus/test.txt:4: the question on line 4 has no answer; add its answer on line 5"
    );
}

#[test]
fn missing_answer_in_the_middle() {
    let (kind, message) = error_of(b"Summary.\nWhy?\nHow?\nLike this.\n");
    assert_eq!(kind, CorpusErrorKind::MissingAnswer { question_line: 2 });
    assert!(message.starts_with("corpus/test.txt:2: the question on line 2 has no answer"));
}

#[test]
fn an_empty_line_between_a_question_and_its_answer() {
    let (kind, message) = error_of(b"Summary.\nWhy?\n\nBecause.\n");
    assert_eq!(kind, CorpusErrorKind::EmptyLine { line: 3 });
    assert!(
        message.starts_with("corpus/test.txt:3: empty line between a question and its answer"),
        "{message}"
    );
    assert!(message.contains("remove it"));
    let (kind, _) = error_of(b"Summary.\nWhy?\n   \t\nBecause.\n");
    assert_eq!(
        kind,
        CorpusErrorKind::EmptyLine { line: 3 },
        "a line of spaces is empty"
    );
}

#[test]
fn blank_lines_between_pairs_are_allowed_and_lines_keep_their_numbers() {
    let text = b"\nSummary.\n\nWhy?\nBecause.\n\n\nHow?\nSo.\n\n";
    let story = parse("corpus/test.txt", text).unwrap();
    assert_eq!(story.summary, "Summary.");
    assert_eq!(story.faqs.len(), 2);
    assert_eq!(story.faqs[1].answer, "So.");
    // An error after blank lines names the file's own line.
    let (kind, _) = error_of(b"Summary.\n\nWhy?\nBecause.\n\nTell me more\nMore.\n");
    assert_eq!(kind, CorpusErrorKind::QuestionWithoutMark { line: 6 });
    let (kind, _) = error_of(b"Summary.\n\nWhy?\nBecause.\n\nWhy?\nAgain.\n");
    assert_eq!(
        kind,
        CorpusErrorKind::DuplicateQuestion {
            line: 6,
            first_line: 3
        }
    );
}

#[test]
fn question_without_question_mark() {
    let (kind, message) = error_of(b"Summary.\nWhy?\nBecause.\nTell me more\nMore.\n");
    assert_eq!(kind, CorpusErrorKind::QuestionWithoutMark { line: 4 });
    assert!(
        message.starts_with("corpus/test.txt:4: expected a question"),
        "{message}"
    );
    assert!(message.contains("does not end with a question mark (`?`"));
}

#[test]
fn questions_end_with_their_scripts_own_question_mark() {
    let story = parse(
        "t.txt",
        "ملخص.\nلماذا؟\nلأن.\n为什么？\n因为。\nΓιατί;\nΕπειδή.\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(story.faqs.len(), 3);
}

#[test]
fn duplicate_question() {
    let (kind, message) = error_of(b"Summary.\nWhy?\nBecause.\nHow?\nSo.\nwhy?\nAgain.\n");
    assert_eq!(
        kind,
        CorpusErrorKind::DuplicateQuestion {
            line: 6,
            first_line: 2
        }
    );
    assert_eq!(
        message,
        "corpus/test.txt:6: this question repeats the one on line 2; remove one of them or reword it"
    );
}

#[test]
fn empty_file() {
    let (kind, message) = error_of(b"");
    assert_eq!(kind, CorpusErrorKind::Empty);
    assert!(message.starts_with("corpus/test.txt: the corpus is empty"));
}

#[test]
fn blank_lines_only_is_empty() {
    assert_eq!(error_of(b"\n\n  \n").0, CorpusErrorKind::Empty);
}

#[test]
fn not_utf8() {
    // "Nausėda" in Windows-1257 on line 3.
    let (kind, message) = error_of(b"Summary.\nWho?\nPresident Naus\xEBda.\n");
    assert_eq!(kind, CorpusErrorKind::NotUtf8 { line: 3 });
    assert!(message.starts_with("corpus/test.txt:3: this line is not valid UTF-8"));
    assert!(message.contains("save the file as UTF-8"));
}

#[test]
fn control_characters_are_named_with_line_and_column() {
    let (kind, message) = error_of(b"Summary.\nWho?\nThe pr\0sident.\n");
    assert_eq!(
        kind,
        CorpusErrorKind::ControlCharacter {
            line: 3,
            column: 7,
            character: '\0'
        }
    );
    assert_eq!(
        message,
        "corpus/test.txt:3: column 7 holds the control character U+0000, which a web page cannot show; remove it (or replace it with a space)"
    );
    let (kind, _) = error_of("Summary \u{85} here.\nWho?\nHim.\n".as_bytes());
    assert!(matches!(
        kind,
        CorpusErrorKind::ControlCharacter {
            line: 1,
            column: 9,
            ..
        }
    ));
    // A tab inside a line is text.
    assert!(parse("x", b"Sum\tmary.\nWho?\nHim.\n").is_ok());
}

#[test]
fn summary_without_questions() {
    let (kind, message) = error_of(b"Only a summary.\n");
    assert_eq!(kind, CorpusErrorKind::NoQuestions);
    assert!(message.contains("no questions"));
}

#[test]
fn markup_is_kept_as_plain_text() {
    let story = parse(
        "x",
        b"<b>S</b>\nIs <img src=x onerror=alert(1)> safe?\n<script>1</script>\n",
    )
    .unwrap();
    assert_eq!(
        story.faqs[0].question,
        "Is <img src=x onerror=alert(1)> safe?"
    );
}

#[test]
fn an_answer_may_end_with_a_question_mark() {
    let story = parse(
        "x",
        b"Summary.\nWhy?\nWho knows?\nHow?\nLike this.\nWhen?\nSoon, or is it?\n",
    )
    .unwrap();
    let answers: Vec<&str> = story.faqs.iter().map(|f| f.answer.as_str()).collect();
    assert_eq!(answers, ["Who knows?", "Like this.", "Soon, or is it?"]);
}

#[test]
fn a_question_in_the_answer_slot_is_a_missing_answer_when_the_lines_fall_out_of_step() {
    // "How?" stands where Why's answer belongs, and the line after it
    // answers it: Why has no answer.
    let (kind, _) = error_of(b"Summary.\nWhy?\nBecause.\nWho?\nHow?\nLike this.\nMore?\nYes.\n");
    assert_eq!(kind, CorpusErrorKind::MissingAnswer { question_line: 4 });
}

/// StackFAQ, the real FAQ set in `../shared`: its line 23 is an answer that
/// ends with a question mark.
#[test]
fn reads_stackfaq_whose_line_23_is_an_answer_ending_with_a_question_mark() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/queries/stackfaq/corpus.txt"
    );
    let Ok(bytes) = std::fs::read(path) else {
        panic!("{path} is missing: the shared folder must stand beside the project");
    };
    let story = parse(path, &bytes).unwrap();
    assert_eq!(story.faqs.len(), 125);
    // Line 23 is the answer of the 11th pair (lines 22 and 23).
    assert!(story.faqs[10].answer.ends_with('?'));
}

#[test]
fn a_story_reads_back_from_its_published_lines() {
    let text = "Sum \u{2028} mary <\"&>.\nWhy?\nBecause\u{200d} of this.\nHow?\n\u{feff}So.\n";
    let story = parse("x", text.as_bytes()).unwrap();
    let lines = story.to_lines();
    assert_eq!(faq_core::Story::from_lines(&lines), Some(story));
    assert_eq!(faq_core::Story::from_lines("Summary.\nWhy?"), None);
    assert_eq!(
        faq_core::Story::from_lines("Summary.").unwrap().faqs,
        vec![]
    );
}

#[test]
fn a_link_to_anything_but_the_web_is_refused_with_its_line_and_column() {
    let (kind, message) =
        error_of(b"Summary.\nWho?\nSee [the source](https://a.example/).\nWhy?\nNo: [click](javascript:alert(1)).\n");
    assert_eq!(
        kind,
        CorpusErrorKind::Link {
            line: 5,
            error: faq_core::links::LinkError::Scheme {
                column: 5,
                scheme: "javascript".into()
            }
        }
    );
    assert_eq!(
        message,
        "corpus/test.txt:5: column 5: a link to a `javascript:` URL is not allowed, only to http, https, mailto, tel or relative URLs; link to the source's web page instead, or remove the link"
    );
    let (_, message) = error_of(b"Summary.\nWho?\nSee [x](data:text/html;base64,PHNjcmlwdD4=).\n");
    assert!(message.starts_with("corpus/test.txt:3: column 5: a link to a `data:` URL"));
    let (kind, message) = error_of(b"Summary.\nWho?\nSee [x](/\\evil.example).\n");
    assert_eq!(
        kind,
        CorpusErrorKind::Link {
            line: 3,
            error: faq_core::links::LinkError::Backslash { column: 5 }
        }
    );
    assert!(
        message.contains("a link whose URL holds a backslash"),
        "{message}"
    );
    let story = parse(
        "x",
        b"Summary.\nWho?\n[Mail](mailto:a@b.example), [call](tel:+1).\n",
    )
    .unwrap();
    assert_eq!(
        story.faqs[0].answer,
        "[Mail](mailto:a@b.example), [call](tel:+1)."
    );
    let (_, message) = error_of(b"Summary.\nWho?\nSee [x](data:text/html;base64,PHNjcmlwdD4=).\n");
    assert!(message.starts_with("corpus/test.txt:3: column 5: a link to a `data:` URL"));
    let (kind, message) = error_of(b"Summary.\nWho?\nSee [the source](https://a.example/ here.\n");
    assert!(matches!(kind, CorpusErrorKind::Link { line: 3, .. }));
    assert!(
        message.contains("whose URL does not end with `)`"),
        "{message}"
    );
    // Brackets that start no link, and links in questions or the summary,
    // are text.
    let story = parse(
        "x",
        b"[Sum](javascript:x) mary.\nWho [x](javascript:y)?\nA [note] (aside), a lone [, [x]y.\n",
    )
    .unwrap();
    assert_eq!(story.faqs[0].answer, "A [note] (aside), a lone [, [x]y.");
}
