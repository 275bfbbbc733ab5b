"""A thesaurus as a synonyms file, to measure issue 25's lever 2.

Turns one of two maintained thesauri into the synonyms syntax of
`scripts/publish --synonyms` (a reader's word `=>` the word it may stand
for), so that `faq-tune` can score it (`FAQ_THESAURUS=FILE`):

  wordnet DIR KINDS   WordNet 3.0 from Debian's `wordnet-base`
                      (/usr/share/wordnet); KINDS, comma-separated, of
                      syn   a word's first-sense synonyms lead to each other,
                      pert  a pertainym leads to its noun (German => Germany),
                      cap   a capital leads to its country (Moscow => Russia)
  mythes FILE.dat     an OpenOffice/MyThes thesaurus, Debian's `mythes-*`
                      (29 locales): each headword's first meaning's
                      synonyms lead to it

Getting the data without installing it:
  apt-get download wordnet-base mythes-en-us && dpkg -x wordnet-base_*.deb wn
  && dpkg -x mythes-en-us_*.deb my

Entries of more than three words, or with characters other than letters,
spaces, hyphens and apostrophes, are left out (the synonyms file's limit).
Figures: benches/README.md, "Readers' own words (issue 25)".
"""

import re
import sys


def fits(entry):
    words = [w for w in re.split(r"[ \-']+", entry) if w]
    return 0 < len(words) <= 3 and all(c.isalpha() or c in " -'" for c in entry)


def wordnet(folder, kinds):
    synsets = {}
    lemma = lambda w: re.sub(r"\(.*\)$", "", w).replace("_", " ")
    for pos in ["noun", "verb", "adj", "adv"]:
        for line in open(f"{folder}/data.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            key = fields[0] + fields[2].replace("s", "a")
            count = int(fields[3], 16)
            words = [lemma(fields[4 + 2 * i]) for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[at])):
                symbol, offset, pos_of, ends = fields[at + 1 : at + 5]
                pointers.append((symbol, offset + pos_of[0].replace("s", "a"), ends))
                at += 4
            synsets[key] = (words, pointers)
    first_sense = {}
    for pos, letter in [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]:
        for line in open(f"{folder}/index.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            offsets = fields[4 + pointers + 2 :]
            first_sense.setdefault(fields[0].replace("_", " "), set()).add(offsets[0] + letter)
    if "syn" in kinds:
        for key, (words, _) in synsets.items():
            words = [w for w in words if fits(w)]
            for reader in words:
                if key in first_sense.get(reader.lower(), ()):
                    others = [w for w in words if w.lower() != reader.lower()]
                    if others:
                        yield f"{reader} => {', '.join(others)}"
    if "pert" in kinds:
        for key, (words, pointers) in synsets.items():
            for symbol, target, ends in pointers:
                if key.endswith("a") and symbol == "\\" and target in synsets:
                    source, to = int(ends[:2], 16), int(ends[2:], 16)
                    if source and to:
                        a, b = words[source - 1], synsets[target][0][to - 1]
                        if fits(a) and fits(b) and a[0].isupper() and a.lower() != b.lower():
                            yield f"{a} => {b}"
    if "cap" in kinds:
        capitals = {k for k, (w, _) in synsets.items() if w[0] in ("national capital", "capital")}
        for key, (words, pointers) in synsets.items():
            if not any(s == "@i" and t in capitals for s, t, _ in pointers):
                continue
            for symbol, target, _ in pointers:
                if symbol == "#p" and target in synsets:
                    country = [w for w in synsets[target][0] if fits(w)]
                    names = [w for w in words if fits(w)]
                    if country and names:
                        yield f"{', '.join(names)} => {', '.join(country)}"


def mythes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        f.readline()  # the encoding
        lines = f.read().split("\n")
    at = 0
    while at < len(lines):
        if "|" not in lines[at]:
            at += 1
            continue
        head, count = lines[at].rsplit("|", 1)
        meanings = lines[at + 1 : at + 1 + int(count)]
        at += 1 + int(count)
        if not meanings or not fits(head):
            continue
        words = [
            re.sub(r"\s*\(.*?\)\s*", "", w).strip()
            for w in meanings[0].split("|")[1:]
            if "(" not in w or "similar term" in w
        ]
        words = [w for w in words if fits(w) and w.lower() != head.lower()]
        if words:
            yield f"{', '.join(words)} => {head}"


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "wordnet":
        rules = wordnet(sys.argv[2], set(sys.argv[3].split(",")))
    elif len(sys.argv) == 3 and sys.argv[1] == "mythes":
        rules = mythes(sys.argv[2])
    else:
        sys.exit(__doc__)
    for rule in rules:
        print(rule)
