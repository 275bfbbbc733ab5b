#!/usr/bin/env python3
"""Writes crates/faq-core/data/neighbours/en.txt: everyday words near each
other in meaning ("soldiers, troops", "price, cost"), in the synonyms
syntax the publisher reads (faq_core::synonyms), so that a reader's word
finds the story's when the story says it otherwise, with no synonyms file.

From the static word embeddings that PyPI's wordllama 0.4.0 ships inside
its wheel (MIT; weights/l2_supercat_256.safetensors, 32,000 tokens of 256
dimensions, with its tokenizer), and wordfreq 3.1.1's English word list
(CC BY-SA 4.0) to keep only words:
- a word is a token of its own in the tokenizer (whole, lower case, four
  letters or more) that wordfreq lists at Zipf 3 or more and below Zipf 6
  ("these", "would" and "make" lead nowhere useful);
- two words are neighbours when the cosine of their embeddings is at
  least 0.5 and one is among the other's five nearest, unless they start
  with the same four letters (the stemmer joins those already).
0.5 and five were chosen on our own case sets (benches/HISTORY.md, issue
34): 0.45 lowered the story's readers' set, 0.55 lost the heatwave story's
gains, asking each to be among the other's five nearest lost both, and
leaving the words of Zipf 6 or more out raised StackFAQ a little. The embeddings are mostly English: other languages get none.

Run from the project root: python3 scripts/neighbours.py [folder]
(the folder, if given, instead of the data folder, to measure a change).
It downloads the wheels (wordllama 19 MB, wordfreq 57 MB) and installs
numpy, safetensors and tokenizers into a temporary folder with pip.
"""
import glob
import gzip
import importlib.util
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "crates", "faq-core", "data", "neighbours")
WORDLLAMA = "0.4.0.post1"
WEIGHTS = "wordllama/weights/l2_supercat_256.safetensors"
TOKENIZER = "wordllama/tokenizers/l2_supercat_tokenizer_config.json"
MIN_COSINE = 0.5
NEAREST = 5
MIN_ZIPF = 3.0
MAX_ZIPF = 6.0
MIN_LETTERS = 4
SHARED_START = 4


def word_frequencies():
    """scripts/word-frequencies.py, which reads wordfreq's lists."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "word-frequencies.py")
    spec = importlib.util.spec_from_file_location("word_frequencies", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def english_words(folder):
    """wordfreq's English words from MIN_ZIPF to below MAX_ZIPF."""
    wf = word_frequencies()
    pip("download", "--no-deps", f"wordfreq=={wf.VERSION}", "-d", folder)
    wheel = glob.glob(os.path.join(folder, "wordfreq-*.whl"))[0]
    with zipfile.ZipFile(wheel) as archive:
        lists = wf.msgpack(gzip.decompress(archive.read("wordfreq/data/small_en.msgpack.gz")))
    words = set()
    for i, listed in enumerate(lists[1:]):
        zipf = 900 - i
        if zipf < MIN_ZIPF * 100:
            break
        if zipf < MAX_ZIPF * 100:
            words.update(listed)
    return words


def pip(*args):
    subprocess.run([sys.executable, "-m", "pip", "--quiet", *args], check=True)


def main():
    with tempfile.TemporaryDirectory() as folder:
        packages = os.path.join(folder, "packages")
        pip("install", "--target", packages, "numpy", "safetensors", "tokenizers")
        sys.path.insert(0, packages)
        import numpy as np
        from safetensors.numpy import load
        from tokenizers import Tokenizer

        known = english_words(folder)
        pip("download", "--no-deps", f"wordllama=={WORDLLAMA}", "-d", folder)
        wheel = glob.glob(os.path.join(folder, "wordllama-*.whl"))[0]
        with zipfile.ZipFile(wheel) as archive:
            weights = load(archive.read(WEIGHTS))["embedding.weight"].astype(np.float32)
            tokenizer = Tokenizer.from_str(archive.read(TOKENIZER).decode())
        weights /= np.linalg.norm(weights, axis=1, keepdims=True) + 1e-9
        tokens = sorted(
            (token[1:], number)
            for token, number in tokenizer.get_vocab().items()
            if token.startswith("\u2581")
            and token[1:].isascii()
            and token[1:].isalpha()
            and token[1:].islower()
            and len(token) > MIN_LETTERS
            and token[1:] in known
        )
        words = [word for word, _ in tokens]
        vectors = weights[[number for _, number in tokens]]
        cosines = vectors @ vectors.T
        np.fill_diagonal(cosines, -1.0)
        nearest = np.argsort(-cosines, axis=1)[:, :NEAREST]
        pairs = set()
        for a, row in enumerate(nearest):
            for b in row:
                if cosines[a, b] < MIN_COSINE:
                    continue
                x, y = sorted((words[a], words[b]))
                if x[:SHARED_START] != y[:SHARED_START]:
                    pairs.add((x, y))
        folder_out = sys.argv[1] if len(sys.argv) > 1 else OUT
        os.makedirs(folder_out, exist_ok=True)
        with open(os.path.join(folder_out, "en.txt"), "w", encoding="utf-8") as out:
            out.write(
                f"# Neighbours, written by scripts/neighbours.py from wordllama {WORDLLAMA}'s "
                f"embeddings (MIT) and wordfreq's English words (CC BY-SA 4.0)\n"
            )
            out.write("".join(f"{x}, {y}\n" for x, y in sorted(pairs)))
        print(f"en: {len(pairs)} pairs of {len(words)} words")


if __name__ == "__main__":
    main()
