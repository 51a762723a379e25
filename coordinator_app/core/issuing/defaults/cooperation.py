# ruff: noqa: E501  (clause texts read best one sentence a line)
"""Default wording of the cooperation agreement (porozumienie o współpracy, domain §10) between
the OPS and a local partner. Template language: coordinator_app/core/issuing/templating.py.
The partner's own undertakings come from its record (`zakres_partnera`, one point a line)."""

from __future__ import annotations

ACT = "ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"

COOPERATION_AGREEMENT: dict[str, str] = {
    "title": "POROZUMIENIE O WSPÓŁPRACY W ZAKRESIE WOLONTARIATU",
    "intro": "zawarte w dniu {data_zawarcia} r. w miejscowości {miejsce_zawarcia} pomiędzy:",
    "party_ops": (
        "{nazwa_ops@N|{nazwa_ops}} z siedzibą {w siedziba@Ms, |pod adresem: }{adres_ops}, NIP {nip}, "
        "REGON {regon}, reprezentowanym przez {reprezentant@B}, zwanym dalej „Ośrodkiem”,"
    ),
    "party_partner": (
        "{partner@N|{partner}} z siedzibą {w partner_siedziba@Ms, |pod adresem: }{partner_adres}"
        "{partner_identyfikatory}, {partner:reprezentowanym/reprezentowaną} przez {partner_reprezentant@B}, "
        "{partner:zwanym/zwaną} dalej „Partnerem”,"
    ),
    "parties_end": "zwanymi dalej łącznie „Stronami”, o następującej treści:",
    "s_purpose": (
        "Przedmiot i cel porozumienia\n"
        "Przedmiotem porozumienia jest współpraca Stron w zakresie promocji i organizacji wolontariatu na rzecz "
        "mieszkańców gminy, w szczególności osób i rodzin objętych wsparciem Ośrodka.\n"
        "Celem współpracy jest upowszechnianie idei wolontariatu, pozyskiwanie wolontariuszy oraz wspólne "
        "przygotowywanie i przeprowadzanie działań wolontariackich, w tym akcji jednorazowych.\n"
        "Wolontariusze wykonują świadczenia na rzecz Ośrodka na podstawie porozumień zawieranych przez Ośrodek "
        f"z każdym z nich zgodnie z art. 44 {ACT} (dalej: „ustawa”). Porozumienie nie tworzy stosunku "
        "prawnego pomiędzy Partnerem a wolontariuszami w zakresie świadczeń wykonywanych na rzecz Ośrodka."
    ),
    "s_partner": (
        "Zobowiązania Partnera\n"
        "[zakres] {zakres_partnera}\n"
        "Partner informuje swoich członków, pracowników, wychowanków lub uczniów o możliwości wykonywania "
        "świadczeń wolontariackich na rzecz Ośrodka i zachęca ich do udziału w działaniach wolontariackich.\n"
        "Partner zgłasza Ośrodkowi osoby zainteresowane udziałem w działaniach wolontariackich; o powierzeniu "
        "świadczeń i zawarciu porozumienia z wolontariuszem decyduje Ośrodek."
    ),
    "s_ops": (
        "Zobowiązania Ośrodka\n"
        "Ośrodek informuje Partnera o planowanych działaniach wolontariackich, w tym o akcjach jednorazowych, "
        "i zaprasza go do udziału w ich przygotowaniu.\n"
        "Wobec wolontariuszy Ośrodek wykonuje obowiązki korzystającego określone w ustawie, w szczególności "
        "informuje ich o ryzyku dla zdrowia i bezpieczeństwa związanym z wykonywanymi świadczeniami oraz o "
        "zasadach ochrony przed zagrożeniami i zapewnia bezpieczne i higieniczne warunki ich wykonywania "
        "(art. 45 ust. 1 ustawy).\n"
        "Ośrodek ubezpiecza od następstw nieszczęśliwych wypadków wolontariuszy wykonujących świadczenia przez "
        "okres nieprzekraczający 30 dni (art. 46 ust. 3 ustawy).\n"
        "Ośrodek zapewnia wolontariuszom wsparcie koordynatora wolontariatu oraz, w razie potrzeby, "
        "przygotowanie do wykonywania świadczeń.\n"
        "Za zgodą Partnera Ośrodek informuje o jego udziale we wspólnych działaniach w swoich materiałach "
        "informacyjnych i sprawozdaniach."
    ),
    "s_costs": (
        "Brak zobowiązań finansowych\n"
        "Strony realizują porozumienie nieodpłatnie, każda we własnym zakresie i na własny koszt.\n"
        "Porozumienie nie rodzi po stronie żadnej ze Stron zobowiązań finansowych wobec drugiej Strony i nie "
        "stanowi zlecenia realizacji zadania publicznego w rozumieniu ustawy."
    ),
    "s_data": (
        "Ochrona danych osobowych\n"
        "Każda ze Stron jest odrębnym administratorem danych osobowych, które przetwarza w związku z realizacją "
        "porozumienia, i samodzielnie wykonuje obowiązki administratora określone w rozporządzeniu Parlamentu "
        "Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO), w tym obowiązek informacyjny wobec osób, których dane dotyczą.\n"
        "Strony przekazują sobie wyłącznie dane osobowe niezbędne do realizacji porozumienia, w szczególności "
        "dane osób kontaktowych oraz dane osób zgłaszanych do udziału w działaniach wolontariackich. "
        "Porozumienie nie stanowi powierzenia przetwarzania danych osobowych w rozumieniu art. 28 RODO.\n"
        "Osoby małoletnie mogą wykonywać świadczenia wolontariackie wyłącznie za pisemną zgodą przedstawiciela "
        "ustawowego; Partner przekazuje Ośrodkowi dane osobowe małoletniego wyłącznie wraz z tą zgodą.\n"
        "Kontakt z inspektorem ochrony danych Ośrodka: {iod}."
    ),
    "s_contacts": (
        "Osoby do kontaktu\n"
        "Osobą do kontaktu ze strony Ośrodka jest koordynator wolontariatu – {koordynator}{koordynator_kontakt}.\n"
        "[kontakt] Osobą do kontaktu ze strony Partnera jest {kontakt_partnera}.\n"
        "Zmiana osoby do kontaktu nie wymaga zmiany porozumienia; Strona zawiadamia o niej drugą Stronę "
        "pisemnie lub pocztą elektroniczną."
    ),
    "s_term": (
        "Okres obowiązywania i rozwiązanie porozumienia\n"
        "[bez_terminu] Porozumienie zostaje zawarte na czas nieokreślony, od dnia jego zawarcia.\n"
        "[!bez_terminu] Porozumienie zostaje zawarte na czas określony, od dnia jego zawarcia do dnia {data_do} r.\n"
        "Każda ze Stron może rozwiązać porozumienie z zachowaniem jednomiesięcznego okresu wypowiedzenia, "
        "składając drugiej Stronie oświadczenie w formie pisemnej.\n"
        "Strony mogą rozwiązać porozumienie w każdym czasie na mocy wzajemnego porozumienia.\n"
        "Rozwiązanie porozumienia nie narusza porozumień zawartych przez Ośrodek z wolontariuszami."
    ),
    "s_final": (
        "Postanowienia końcowe\n"
        "Zmiana porozumienia wymaga formy pisemnej pod rygorem nieważności.\n"
        "W sprawach nieuregulowanych porozumieniem stosuje się przepisy ustawy oraz Kodeksu cywilnego.\n"
        "Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron."
    ),
}
