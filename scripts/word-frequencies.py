#!/usr/bin/env python3
"""Writes crates/faq-core/data/frequencies/<code>.txt: how common each word
is in each supported language, from wordfreq 3.1.1 (PyPI; its word lists
are CC BY-SA 4.0, see crates/faq-core/data/frequencies/README.md).

For each language, the words of wordfreq's "small" list at or above Zipf
5 (about once in 100,000 words), a line per frequency: the Zipf frequency
times 100, then the words, as wordfreq spells them. The publisher reads
them (faq_core::frequencies) to weigh a story's common words down.

Run from the project root: python3 scripts/word-frequencies.py
It downloads the wheel (57 MB) with pip into a temporary folder; it needs
nothing else beyond Python 3.
"""
import glob
import gzip
import os
import subprocess
import sys
import tempfile
import zipfile

VERSION = "3.1.1"
MIN_ZIPF = 5.0
# Our language codes, and wordfreq's where it differs.
CODES = {code: code for code in
         "ar cs da de el en es fa fi fr he hu it ja ko lt nl pl pt ro ru sv tr uk zh".split()}
CODES["no"] = "nb"
OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "faq-core", "data", "frequencies")


def msgpack(data):
    """The subset of MessagePack that wordfreq's lists use."""
    at = 0

    def take(count):
        nonlocal at
        chunk = data[at:at + count]
        at += count
        return chunk

    def value():
        byte = take(1)[0]
        if byte <= 0x7F:
            return byte
        if 0x80 <= byte <= 0x8F:
            return {value(): value() for _ in range(byte & 0x0F)}
        if 0x90 <= byte <= 0x9F:
            return [value() for _ in range(byte & 0x0F)]
        if 0xA0 <= byte <= 0xBF:
            return take(byte & 0x1F).decode()
        if byte in (0xD9, 0xDA, 0xDB):
            size = {0xD9: 1, 0xDA: 2, 0xDB: 4}[byte]
            return take(int.from_bytes(take(size), "big")).decode()
        if byte in (0xDC, 0xDD):
            size = {0xDC: 2, 0xDD: 4}[byte]
            return [value() for _ in range(int.from_bytes(take(size), "big"))]
        if byte in (0xCC, 0xCD, 0xCE):
            return int.from_bytes(take({0xCC: 1, 0xCD: 2, 0xCE: 4}[byte]), "big")
        if byte == 0xC0:
            return None
        raise ValueError(f"unexpected MessagePack byte {byte:#x}")

    return value()


def main():
    with tempfile.TemporaryDirectory() as temp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        f"wordfreq=={VERSION}", "-d", temp], check=True)
        wheel = glob.glob(os.path.join(temp, "wordfreq-*.whl"))[0]
        os.makedirs(OUT, exist_ok=True)
        with zipfile.ZipFile(wheel) as archive:
            for code, theirs in sorted(CODES.items()):
                lists = msgpack(gzip.decompress(archive.read(f"wordfreq/data/small_{theirs}.msgpack.gz")))
                # lists[0] is the header; lists[i + 1] holds the words of
                # frequency 10^(-i/100), Zipf 9 - i/100.
                lines = []
                for i, words in enumerate(lists[1:]):
                    zipf = 900 - i
                    if zipf < MIN_ZIPF * 100:
                        break
                    if words:
                        lines.append(f"{zipf} {' '.join(words)}")
                with open(os.path.join(OUT, f"{code}.txt"), "w", encoding="utf-8") as out:
                    out.write(f"# wordfreq {VERSION}, small_{theirs}: Zipf x 100, then its words (CC BY-SA 4.0)\n")
                    out.write("\n".join(lines) + "\n")
                print(f"{code}: {sum(len(l.split()) - 1 for l in lines)} words")


if __name__ == "__main__":
    main()
