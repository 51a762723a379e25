# ruff: noqa: E501  (clause texts read best one sentence a line)
"""Default wording of the RODO accountability documents (issue 15, point 6; domain §2.3.1):
the authorisation to process personal data (art. 29 RODO, art. 100 ust. 2 u.p.s.), the
volunteer's confidentiality statement (art. 100 ust. 7 u.p.s.), the consent to use the
volunteer's image (art. 6 ust. 1 lit. a RODO, art. 81 of the copyright act) and the register
of processing activities (art. 30 ust. 1 RODO). Proposals to be approved by the OPS's legal
adviser and IOD."""

from __future__ import annotations

AUTHORISATION: dict[str, str] = {
    "title": "UPOWAŻNIENIE",
    "subtitle": "do przetwarzania danych osobowych",
    "body": (
        "Na podstawie art. 29 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) "
        "oraz art. 100 ust. 2 ustawy z dnia 12 marca 2004 r. o pomocy społecznej upoważniam {imie_nazwisko@B} "
        "({wolontariusz/wolontariuszka} {nazwa_ops_dopelniacz}) do przetwarzania danych osobowych osób objętych wsparciem "
        "w następującym zakresie: {zakres}\n"
        "Upoważnienie obejmuje przetwarzanie danych wyłącznie w celu wykonywania świadczeń określonych w porozumieniu "
        "wolontariackim i wyłącznie na polecenie administratora."
    ),
    "validity": "Upoważnienie jest ważne od {data_wydania} r. do {wazne_do}; wygasa wcześniej z dniem zakończenia porozumienia albo z chwilą odwołania.",
    "acknowledgement": (
        "{Przyjąłem/Przyjęłam} upoważnienie do wiadomości. Zobowiązuję się przetwarzać dane osobowe zgodnie z RODO i "
        "poleceniami administratora oraz zachować je w tajemnicy, także po zakończeniu współpracy."
    ),
}

CONFIDENTIALITY_STATEMENT: dict[str, str] = {
    "title": "OŚWIADCZENIE",
    "subtitle": "o zachowaniu poufności",
    "body": (
        "Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, {wolontariusz/wolontariuszka} {nazwa_ops_dopelniacz}, "
        "oświadczam, że zobowiązuję się zachować w tajemnicy wszystkie informacje i dane osobowe, które "
        "{uzyskałem/uzyskałam} lub uzyskam w związku z wykonywaniem świadczeń, w szczególności dotyczące osób objętych "
        "wsparciem i ich rodzin (art. 100 ust. 7 ustawy o pomocy społecznej).\n"
        "Zobowiązuję się nie ujawniać tych informacji osobom nieupoważnionym, nie kopiować ich ani nie wynosić, "
        "a po zakończeniu świadczeń zwrócić lub zniszczyć otrzymane dokumenty i notatki.\n"
        "Obowiązek zachowania poufności trwa także po zakończeniu współpracy."
    ),
    "liability": "Jestem {świadomy/świadoma} odpowiedzialności za naruszenie tego zobowiązania, w tym odpowiedzialności wynikającej z przepisów o ochronie danych osobowych.",
    "minor": "[maloletni] Oświadczenie składam w obecności przedstawiciela ustawowego, który je podpisuje.",
}

IMAGE_CONSENT: dict[str, str] = {
    "title": "ZGODA",
    "subtitle": "na wykorzystanie wizerunku",
    "body": (
        "Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, wyrażam zgodę na nieodpłatne utrwalanie i "
        "rozpowszechnianie przez {nazwa_ops} mojego wizerunku w zakresie: {zakres}, w celu informowania o działaniach "
        "wolontariatu (art. 81 ust. 1 ustawy z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych, "
        "art. 6 ust. 1 lit. a RODO)."
    ),
    "voluntary": (
        "Zgoda jest dobrowolna i niezależna od zawarcia porozumienia; jej brak nie ma wpływu na współpracę. "
        "Zgodę mogę wycofać w każdym czasie, bez wpływu na zgodność z prawem wykorzystania wizerunku przed jej wycofaniem. "
        "Administratorem danych jest {nazwa_ops}; kontakt z inspektorem ochrony danych: {iod}."
    ),
    "minor": "[maloletni] Zgodę wyraża także przedstawiciel ustawowy, który ją podpisuje.",
}

PROCESSING_REGISTER: dict[str, str] = {
    "title": "REJESTR CZYNNOŚCI PRZETWARZANIA",
    "subtitle": "w zakresie wolontariatu (art. 30 ust. 1 RODO)",
    "controller": "Administrator: {nazwa_ops}, {adres_ops}, reprezentowany przez: {kierownik}. Inspektor ochrony danych: {iod}.",
    "note": "Stan na dzień {data_wydania}. Rejestr prowadzi się w formie pisemnej, w tym elektronicznej (art. 30 ust. 3 RODO).",
}
