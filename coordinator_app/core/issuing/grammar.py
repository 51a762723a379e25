"""Polish grammar for printed documents: gendered forms from the person's sex and the first
letter of a wording in a sentence. Plural forms, hours and dates are in `i18n.polish`.
Documents are Polish whatever the language of the window, so nothing here follows the UI
language."""

from __future__ import annotations


def gendered(sex: str | None, masculine: str, feminine: str) -> str:
    """The form for the person's sex ("M"/"K"); both forms `wykonywał/wykonywała` when the sex
    is not recorded (never guessed from the PESEL or the name, domain §6.6)."""
    if sex == "M":
        return masculine
    if sex == "K":
        return feminine
    return f"{masculine}/{feminine}"


def lower_first(text: str) -> str:
    """`Zakupy, wykup leków` -> `zakupy, wykup leków`; an acronym (`OPS …`) stays as it is."""
    if len(text) >= 2 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
