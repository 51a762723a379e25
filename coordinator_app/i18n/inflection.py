"""Names in the grammatical case a sentence needs (domain §6.6a): people's names, job titles,
the organisation's name and place names, declined with the Morfeusz 2 dictionary (SGJP) plus
rules for what it lacks.

Cases are named by their Polish abbreviations, the ones a legal adviser knows:

    M  mianownik   (kto? co?)        Konrad Ośka
    D  dopełniacz  (kogo? czego?)    Konrada Ośki
    C  celownik    (komu? czemu?)    Konradowi Ośce
    B  biernik     (kogo? co?)       Konrada Ośkę
    N  narzędnik   (z kim? z czym?)  Konradem Ośką
    Ms miejscownik (o kim? o czym?)  Konradzie Ośce

Every function returns the forms of all cases, or None when neither the dictionary nor a safe
rule gives them: a document then keeps the name in the nominative and phrases the sentence
around it. Nothing here guesses: an unknown word, a name without a recorded sex or a
dictionary answer that does not fit gives None. Forms a person confirmed (stored in the
database, core/inflection) always come first; this module only proposes them.

Imports only the standard library and morfeusz2 (optional: without it only the rules work).
"""

from __future__ import annotations

import functools
import re
from typing import Any

CASES: tuple[str, ...] = ("M", "D", "C", "B", "N", "Ms")
CASE_NAMES: dict[str, str] = {
    "M": "mianownik",
    "D": "dopełniacz",
    "C": "celownik",
    "B": "biernik",
    "N": "narzędnik",
    "Ms": "miejscownik",
}
_TAG: dict[str, str] = {"M": "nom", "D": "gen", "C": "dat", "B": "acc", "N": "inst", "Ms": "loc"}

Forms = dict[str, str]  # case abbreviation -> form

# Adjectival surnames: -ski/-cki/-dzki (men) and -ska/-cka/-dzka (women) decline like adjectives.
_ADJ_MASC = re.compile(r"^(.*(?:sk|ck|dzk))i$")
_ADJ_FEM = re.compile(r"^(.*(?:sk|ck|dzk))a$")
_ADJ_MASC_ENDINGS = {"M": "i", "D": "iego", "C": "iemu", "B": "iego", "N": "im", "Ms": "im"}
_ADJ_FEM_ENDINGS = {"M": "a", "D": "iej", "C": "iej", "B": "ą", "N": "ą", "Ms": "iej"}
_STOP_WORDS = {"w", "we", "z", "ze", "na", "przy", "im.", "imienia", "-", "–"}


@functools.cache
def _morfeusz() -> Any:
    try:
        import morfeusz2
    except ImportError:  # pragma: no cover - the dependency is declared; rules still work
        return None
    return morfeusz2.Morfeusz()


def _generate(lemma: str) -> list[tuple[str, str, str, list[str]]]:
    """(form, lemma, tag, labels) of every form of `lemma` the dictionary knows; [] when unknown."""
    morfeusz = _morfeusz()
    if morfeusz is None or not lemma:
        return []
    try:
        found = morfeusz.generate(lemma)
    except Exception:  # an unknown lemma raises in some builds
        return []
    result = []
    for form, base, tag, labels, _quals in found:
        if tag == "ign" or base.split(":")[0] != lemma:
            continue
        result.append((form, base, tag, list(labels)))
    return result


def _tag_has(tag: str, position: int, value: str) -> bool:
    parts = tag.split(":")
    return len(parts) > position and value in parts[position].split(".")


def _noun_forms(lemma: str, gender: str) -> Forms | None:
    """The singular forms of a noun of `gender` (m1, m3, f, n) from the dictionary."""
    forms: Forms = {}
    for case, tag_case in _TAG.items():
        for form, _base, tag, _labels in _generate(lemma):
            if (
                tag.startswith("subst:")
                and _tag_has(tag, 1, "sg")
                and _tag_has(tag, 2, tag_case)
                and _tag_has(tag, 3, gender)
            ):
                forms[case] = form
                break
    return forms if len(forms) == len(CASES) else None


def _adjective_forms(lemma: str, gender: str, degree: str = "pos") -> Forms | None:
    forms: Forms = {}
    for case, tag_case in _TAG.items():
        for form, _base, tag, _labels in _generate(lemma):
            if (
                tag.startswith("adj:")
                and _tag_has(tag, 1, "sg")
                and _tag_has(tag, 2, tag_case)
                and _tag_has(tag, 3, gender)
                and tag.endswith(":" + degree)
            ):
                forms[case] = form
                break
    return forms if len(forms) == len(CASES) else None


def _match_capitals(original: str, forms: Forms) -> Forms:
    if original[:1].isupper():
        return {case: form[:1].upper() + form[1:] for case, form in forms.items()}
    return forms


def _name_word(word: str, sex: str) -> Forms | None:
    """One word of a person's name (a first name or one part of a surname)."""
    if not word:
        return None
    if sex == "K":
        if match := _ADJ_FEM.match(word):
            return {case: match.group(1) + end for case, end in _ADJ_FEM_ENDINGS.items()}
        if not word.endswith("a"):
            # Women's names and surnames ending otherwise do not decline: "Pani Anny Nowak".
            return dict.fromkeys(CASES, word)
        return _noun_forms(word, "f")
    if match := _ADJ_MASC.match(word):
        return {case: match.group(1) + end for case, end in _ADJ_MASC_ENDINGS.items()}
    # For men's names the dictionary tags like feminine nouns ("Ośka", "Jarema") it also gives
    # the masculine (m1) declension, which is the one used here.
    return _noun_forms(word, "m1")


def person(full_name: str, sex: str | None) -> Forms | None:
    """Every case of "first name(s) surname", each word declined by the person's sex; a
    double-barrelled surname declines part by part ("Nowak-Kowalska" -> "Nowak-Kowalskiej")."""
    words = full_name.split()
    if sex not in ("M", "K") or not words:
        return None
    result: Forms = dict.fromkeys(CASES, "")
    for index, word in enumerate(words):
        parts = word.split("-")
        declined: list[Forms] = []
        for part in parts:
            forms = _name_word(part, sex)
            if forms is None:
                return None
            declined.append(forms)
        for case in CASES:
            joined = "-".join(forms[case] for forms in declined)
            result[case] = joined if index == 0 else f"{result[case]} {joined}"
    return result


def _analyses(word: str) -> list[tuple[str, str]]:
    """(lemma, tag) of every reading of one word."""
    morfeusz = _morfeusz()
    if morfeusz is None:
        return []
    result = []
    for _start, _end, (_form, lemma, tag, _labels, _quals) in morfeusz.analyse(word):
        if tag != "ign":
            result.append((lemma.split(":")[0], tag))
    return result


def _as_adjective(word: str) -> list[tuple[str, str, str]]:
    """(lemma, gender, degree) of the readings of `word` as a nominative singular adjective."""
    found: list[tuple[str, str, str]] = []
    for lemma, tag in _analyses(word.lower()):
        if tag.startswith("adj:") and _tag_has(tag, 1, "sg") and _tag_has(tag, 2, "nom"):
            parts = tag.split(":")
            found.extend((lemma, gender, parts[-1]) for gender in parts[3].split("."))
    return found


def _head_noun(word: str, genders: tuple[str, ...]) -> tuple[Forms, str] | None:
    lower = word.lower()
    readings = _analyses(lower)
    for gender in genders:
        for lemma, tag in readings:
            if not (tag.startswith("subst:") and _tag_has(tag, 1, "sg") and _tag_has(tag, 2, "nom")):
                continue
            if not _tag_has(tag, 3, gender):
                continue
            forms = _noun_forms(lemma, gender)
            if forms is not None and forms["M"] == lower:
                return _match_capitals(word, forms), gender
    return None


def _adjective_for(word: str, gender: str) -> Forms | None:
    prefix, _dash, last = word.rpartition("-")
    for lemma, reading_gender, degree in _as_adjective(last):
        if reading_gender != gender:
            continue
        forms = _adjective_forms(lemma, gender, degree)
        if forms is not None and forms["M"] == last.lower():
            forms = _match_capitals(last, forms)
            return {case: (f"{prefix}-{form}" if prefix else form) for case, form in forms.items()}
    return None


def _phrase(text: str, genders: tuple[str, ...]) -> Forms | None:
    """A noun phrase whose head is the first noun: adjectives before it agree with it, the rest
    (genitives, "w Modrzewie", "im. …") stays as written. "Gminny Ośrodek Pomocy Społecznej w
    Modrzewie" -> D "Gminnego Ośrodka Pomocy Społecznej w Modrzewie"."""
    words = text.split()
    for head_index, word in enumerate(words):
        if word.lower() in _STOP_WORDS:
            return None
        following = words[head_index + 1] if head_index + 1 < len(words) else None
        if following and following.lower() not in _STOP_WORDS and _as_adjective(word.rpartition("-")[2]):
            continue  # an adjective before the head noun ("Starszy specjalista")
        head = _head_noun(word, genders)
        if head is None:
            return None
        noun_forms, gender = head
        declined: list[Forms] = []
        for adjective in words[:head_index]:
            forms = _adjective_for(adjective, gender)
            if forms is None:
                return None
            declined.append(forms)
        declined.append(noun_forms)
        tail = words[head_index + 1 :]
        while tail and (after := _adjective_for(tail[0], gender)) is not None:
            declined.append(after)  # an adjective after the head ("Biblioteka Publiczna")
            tail = tail[1:]
        return {case: " ".join([forms[case] for forms in declined] + tail) for case in CASES}
    return None


def job_title(title: str) -> Forms | None:
    """ "Kierownik" -> B "Kierownika", N "Kierownikiem"; "Zastępca Kierownika" -> B "Zastępcę
    Kierownika". A job title is declined as a noun about a person (m1), or a feminine one
    ("Kierowniczka", "Dyrektorka")."""
    text = " ".join(title.split())
    if not text:
        return None
    return _phrase(text, ("m1", "f"))


def organisation(name: str) -> Forms | None:
    """ "Gminny Ośrodek Pomocy Społecznej w Modrzewie" -> N "Gminnym Ośrodkiem Pomocy Społecznej
    w Modrzewie"; "Centrum Usług Społecznych" keeps "Centrum" (it does not decline)."""
    text = " ".join(name.split())
    if not text:
        return None
    return _phrase(text, ("m3", "n", "f"))


def place(name: str) -> Forms | None:
    """A locality: "Modrzewo" -> Ms "Modrzewie", "Kraków" -> "Krakowie"; a hyphenated name
    declines part by part. A name of several words, or one the dictionary does not know as a
    place, gives None."""
    text = name.strip()
    if not text or " " in text:
        return None
    declined: list[Forms] = []
    for part in text.split("-"):
        forms = _place_word(part)
        if forms is None:
            return None
        declined.append(forms)
    return {case: "-".join(forms[case] for forms in declined) for case in CASES}


def _place_word(word: str) -> Forms | None:
    entries = [entry for entry in _generate(word) if "nazwa_geograficzna" in entry[3]]
    for number in ("sg", "pl"):  # "Kielce" is plural
        for gender in ("m3", "n", "f"):
            forms: Forms = {}
            for case, tag_case in _TAG.items():
                for form, _base, tag, _labels in entries:
                    if (
                        tag.startswith("subst:")
                        and _tag_has(tag, 1, number)
                        and _tag_has(tag, 2, tag_case)
                        and _tag_has(tag, 3, gender)
                    ):
                        forms[case] = form
                        break
            if len(forms) == len(CASES) and forms["M"] == word:
                return forms
    return None


def person_with_title(name_forms: Forms | None, title: str) -> Forms | None:
    """ "Konrad Ośka – Kierownik" in every case, or None when either part is unknown."""
    if name_forms is None:
        return None
    if not title.strip():
        return name_forms
    title_forms = job_title(title)
    if title_forms is None:
        return None
    return {case: f"{name_forms[case]} – {title_forms[case]}" for case in CASES}


def honorific(sex: str | None) -> Forms | None:
    """ "Pan"/"Pani" in every case."""
    if sex == "M":
        return {"M": "Pan", "D": "Pana", "C": "Panu", "B": "Pana", "N": "Panem", "Ms": "Panu"}
    if sex == "K":
        return {"M": "Pani", "D": "Pani", "C": "Pani", "B": "Panią", "N": "Panią", "Ms": "Pani"}
    return None
