# ruff: noqa: E501  (clause texts read best one sentence a line)
"""Default wording of the agreement (porozumienie, domain §8.1), its annex (aneks) and its
termination (rozwiązanie). Template language: coordinator_app/core/issuing/templating.py."""

from __future__ import annotations

from coordinator_app.core.issuing.defaults.gdpr import GDPR_DEFAULT, HEALTH_CONSENT

ACT = "ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"

AGREEMENT: dict[str, str] = {
    "title": "POROZUMIENIE O WYKONYWANIU ŚWIADCZEŃ PRZEZ WOLONTARIUSZA",
    "intro": "zawarte w dniu {data_zawarcia} r. w miejscowości {miejsce_zawarcia} pomiędzy:",
    "party_ops": (
        "{nazwa_ops@N|{nazwa_ops}} z siedzibą {w siedziba@Ms, |pod adresem: }{adres_ops}, NIP {nip}, "
        "REGON {regon}, reprezentowanym przez {reprezentant@B}, zwanym dalej „Korzystającym”,"
    ),
    "party_volunteer": (
        "[pelnoletni] {osoba@N|{osoba}}, zam. {adres_wolontariusza}, {identyfikator}, "
        "{zwanym/zwaną} dalej „{Wolontariuszem/Wolontariuszką}”,\n"
        "[od_13_do_17] {osoba@N|{osoba}}, zam. {adres_wolontariusza}, {identyfikator}, "
        "{działającym/działającą} za zgodą przedstawiciela ustawowego – {opiekun@D|{opiekun}}"
        "{ (opiekun_stosunek@D)|}, zam. {opiekun_adres}, {zwanym/zwaną} dalej „{Wolontariuszem/Wolontariuszką}”,\n"
        "[ponizej_13] {opiekun@N|{opiekun}}{ (opiekun_stosunek@N)|}, zam. {opiekun_adres}, "
        "{opiekun:działającym/działającą} jako przedstawiciel ustawowy w imieniu "
        "{małoletniego/małoletniej} {imie_nazwisko@D}, "
        "{identyfikator}, zam. {adres_wolontariusza}, {zwanego/zwanej} dalej "
        "„{Wolontariuszem/Wolontariuszką}”,"
    ),
    "parties_end": "zwanymi dalej łącznie „Stronami”, o następującej treści:",
    "s_basis": (
        "Podstawa prawna i status stron\n"
        "Korzystający oświadcza, że jest podmiotem, na rzecz którego zgodnie z art. 42 ust. 1 "
        f"{ACT} mogą być wykonywane świadczenia przez wolontariuszy.\n"
        "{Wolontariusz/Wolontariuszka} wykonuje świadczenia ochotniczo i bez wynagrodzenia; "
        "porozumienie nie jest umową o pracę."
    ),
    "s_scope": (
        "Zakres świadczeń\n"
        "[rodzaje] {Wolontariusz/Wolontariuszka} zobowiązuje się do wykonywania świadczeń w zakresie: "
        "{rodzaje_dzialan}.\n"
        "{zakres}"
    ),
    "s_manner": (
        "Sposób wykonywania świadczeń\n"
        "{sposob}\n"
        "[koordynator] {Wolontariusz/Wolontariuszka} działa w porozumieniu z koordynatorem wolontariatu – "
        "{koordynator@N|imię i nazwisko: {koordynator}}{koordynator_kontakt} – i stosuje się do {koordynator:jego/jej} wskazówek."
    ),
    "s_time": (
        "Czas wykonywania świadczeń\n"
        "[!bez_terminu] Porozumienie zostaje zawarte na okres od {data_od} r. do {data_do} r.\n"
        "[bez_terminu] Porozumienie zostaje zawarte na czas nieokreślony, począwszy od dnia {data_od} r.\n"
        "{czas}"
    ),
    "s_ops_duties": (
        "Obowiązki Korzystającego\n"
        "[!ponizej_13] Korzystający informuje {Wolontariusza/Wolontariuszkę} o ryzyku dla zdrowia i bezpieczeństwa "
        "związanym z wykonywanymi świadczeniami oraz o zasadach ochrony przed zagrożeniami, co "
        "{Wolontariusz/Wolontariuszka} potwierdza w oświadczeniu stanowiącym {zal_bhp}.\n"
        "[ponizej_13] Korzystający informuje {Wolontariusza/Wolontariuszkę} i {jego/jej} przedstawiciela ustawowego "
        "o ryzyku dla zdrowia i bezpieczeństwa związanym z wykonywanymi świadczeniami oraz o zasadach ochrony "
        "przed zagrożeniami, co przedstawiciel ustawowy potwierdza w oświadczeniu stanowiącym {zal_bhp}.\n"
        "Korzystający zapewnia bezpieczne i higieniczne warunki wykonywania świadczeń, w tym, w razie "
        "potrzeby, odpowiednie środki ochrony indywidualnej.\n"
        "Korzystający informuje {Wolontariusza/Wolontariuszkę} o przysługujących {mu/jej} prawach i "
        "ciążących na {nim/niej} obowiązkach oraz zapewnia dostępność tych informacji.\n"
        "Korzystający wydaje na żądanie {Wolontariusza/Wolontariuszki} pisemne potwierdzenie treści "
        "porozumienia oraz zaświadczenie o wykonaniu świadczeń (art. 44 ust. 2 ustawy).\n"
        "{Wolontariusz/Wolontariuszka} może zwrócić się do Korzystającego o wydanie pisemnej opinii o "
        "wykonaniu świadczeń (art. 44 ust. 3 ustawy).\n"
        "Korzystający zapewnia szkolenie wprowadzające oraz wsparcie koordynatora wolontariatu."
    ),
    "s_costs": (
        "Koszty\n"
        "{zasady_kosztow}\n"
        "[formularz_zwolnienia] Wzór oświadczenia o zwolnieniu z obowiązku pokrywania kosztów podróży "
        "służbowych i diet stanowi {zal_koszty}."
    ),
    "s_insurance": (
        "Ubezpieczenie\n"
        "[nnw] Porozumienie zawarto na okres nieprzekraczający 30 dni, w związku z czym Korzystający "
        "zapewnia {Wolontariuszowi/Wolontariuszce} ubezpieczenie od następstw nieszczęśliwych wypadków "
        "(art. 46 ust. 3 ustawy); ubezpieczyciel: {ubezpieczyciel_nnw}, polisa nr {polisa_nnw}.\n"
        "[ustawowe] Porozumienie zawarto na okres przekraczający 30 dni, w związku z czym "
        "{Wolontariuszowi/Wolontariuszce} przysługuje zaopatrzenie z tytułu wypadków na zasadach "
        "określonych w ustawie z dnia 30 października 2002 r. o zaopatrzeniu z tytułu wypadków lub "
        "chorób zawodowych powstałych w szczególnych okolicznościach.\n"
        "[ustawowe,polisa] Korzystający dodatkowo ubezpiecza {Wolontariusza/Wolontariuszkę} od "
        "następstw nieszczęśliwych wypadków; ubezpieczyciel: {ubezpieczyciel_nnw}, polisa nr {polisa_nnw}.\n"
        "[oc] Korzystający ubezpiecza {Wolontariusza/Wolontariuszkę} od odpowiedzialności cywilnej, "
        "polisa nr {polisa_oc}.\n"
        "{Wolontariusz/Wolontariuszka} niezwłocznie zgłasza koordynatorowi każdy wypadek, któremu "
        "{uległ/uległa} przy wykonywaniu świadczeń."
    ),
    "s_volunteer_duties": (
        "Obowiązki {Wolontariusza/Wolontariuszki}\n"
        "{Wolontariusz/Wolontariuszka} wykonuje świadczenia starannie i sumiennie oraz dba o powierzone mienie.\n"
        "[!ponizej_13] {Wolontariusz/Wolontariuszka} zachowuje w tajemnicy informacje o osobach objętych wsparciem i ich "
        "rodzinach uzyskane w związku z wykonywaniem świadczeń, także po zakończeniu porozumienia "
        "(art. 100 ust. 7 ustawy o pomocy społecznej), co potwierdza w zobowiązaniu stanowiącym {zal_poufnosc}.\n"
        "[ponizej_13] {Wolontariusz/Wolontariuszka} zachowuje w tajemnicy informacje o osobach objętych wsparciem i ich "
        "rodzinach uzyskane w związku z wykonywaniem świadczeń, także po zakończeniu porozumienia "
        "(art. 100 ust. 7 ustawy o pomocy społecznej); przedstawiciel ustawowy zobowiązuje się tego dopilnować "
        "w zobowiązaniu stanowiącym {zal_poufnosc}.\n"
        "[!ponizej_13] {Wolontariusz/Wolontariuszka} przetwarza dane osobowe wyłącznie na podstawie upoważnienia "
        "Korzystającego i w zakresie niezbędnym do wykonywania świadczeń.\n"
        "[ponizej_13] {Wolontariusz/Wolontariuszka} nie przetwarza danych osobowych osób objętych wsparciem "
        "i nie ma dostępu do ich dokumentacji.\n"
        "{Wolontariusz/Wolontariuszka} nie pobiera od osób objętych wsparciem żadnych korzyści majątkowych, "
        "nie przyjmuje pieniędzy ani pełnomocnictw bez wiedzy koordynatora.\n"
        "{Wolontariusz/Wolontariuszka} informuje koordynatora o niemożności wykonania świadczeń oraz o "
        "sytuacjach zagrażających osobie objętej wsparciem.\n"
        "[praca_z_dziecmi,!ponizej_13] {Wolontariusz/Wolontariuszka} przestrzega Standardów Ochrony Małoletnich "
        "Korzystającego, z którymi {zapoznał/zapoznała} się, co potwierdza w oświadczeniu stanowiącym "
        "{zal_standardy}.\n"
        "[praca_z_dziecmi,ponizej_13] {Wolontariusz/Wolontariuszka} przestrzega Standardów Ochrony Małoletnich "
        "Korzystającego, z którymi {go/ją} zapoznano, co przedstawiciel ustawowy potwierdza w oświadczeniu "
        "stanowiącym {zal_standardy}."
    ),
    "s_vetting": (
        "[kwalifikacje_lub_dzieci] Kwalifikacje i weryfikacja\n"
        "[kwalifikacje] {Wolontariusz/Wolontariuszka} oświadcza, że posiada kwalifikacje i spełnia "
        "wymagania określone przepisami, odpowiednie do rodzaju i zakresu wykonywanych świadczeń (art. 43 ustawy).\n"
        "[praca_z_dziecmi] Dopuszczenie do świadczeń związanych z wychowaniem, edukacją, wypoczynkiem lub "
        "opieką nad małoletnimi następuje po dopełnieniu obowiązków określonych w art. 21 ustawy z dnia "
        "13 maja 2016 r. o przeciwdziałaniu zagrożeniom przestępczością na tle seksualnym i ochronie małoletnich."
    ),
    "s_termination": ("Rozwiązanie porozumienia\n{warunki_rozwiazania}"),
    "s_minor": (
        "[maloletni] {Wolontariusz małoletni/Wolontariuszka małoletnia}\n"
        "[od_13_do_17] Porozumienie zawierane jest za zgodą przedstawiciela ustawowego, wyrażoną w "
        "oświadczeniu stanowiącym {zal_opiekun}, będącym integralną częścią porozumienia; bez tej zgody "
        "porozumienie nie jest skuteczne.\n"
        "[ponizej_13] Porozumienie zawiera w imieniu {małoletniego/małoletniej} {jego/jej} przedstawiciel "
        "ustawowy, który składa oświadczenie stanowiące {zal_opiekun}, będące integralną częścią porozumienia.\n"
        "[ponizej_13,towarzyszy] Świadczenia wykonywane są wyłącznie w obecności osoby dorosłej, która "
        "towarzyszy {małoletniemu/małoletniej} na miejscu: {opiekun_na_miejscu}.\n"
        "[ponizej_13,!towarzyszy] Świadczenia wykonywane są wyłącznie w obecności osoby dorosłej wskazanej "
        "przez Korzystającego, która towarzyszy {małoletniemu/małoletniej} na miejscu.\n"
        "[ponizej_13,dojazd] Dojazd na miejsce wykonywania świadczeń i powrót: {dojazd}.\n"
        "[ponizej_13,!dojazd] Na miejsce wykonywania świadczeń i z powrotem {małoletniego/małoletnią} "
        "przyprowadza i odbiera przedstawiciel ustawowy lub wskazana przez niego osoba dorosła.\n"
        "Świadczenia wykonywane są w wymiarze i porze dnia odpowiednich do wieku {Wolontariusza/Wolontariuszki}, "
        "z uwzględnieniem obowiązku szkolnego."
    ),
    "s_data": (
        "Dane osobowe\n"
        "Informacje o przetwarzaniu danych osobowych {Wolontariusza/Wolontariuszki} zawiera klauzula "
        "informacyjna stanowiąca {zal_rodo}."
    ),
    "s_final": (
        "Postanowienia końcowe\n"
        f"W sprawach nieuregulowanych porozumieniem stosuje się przepisy {ACT} oraz Kodeksu cywilnego.\n"
        "Zmiany porozumienia wymagają formy pisemnej pod rygorem nieważności.\n"
        "Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron."
    ),
    "annex_health_safety": (
        "Informacja o ryzyku dla zdrowia i bezpieczeństwa oraz oświadczenie o zapoznaniu z nią i z prawami i obowiązkami\n"
        "I. Ryzyko dla zdrowia i bezpieczeństwa związane z wykonywanymi świadczeniami i zasady ochrony przed "
        "zagrożeniami (art. 45 ust. 1 pkt 1 ustawy)\n"
        "[ryzyka] {informacje_bhp}\n"
        "[!ryzyka] - ..........................................................................................\n"
        "[!ryzyka] - ..........................................................................................\n"
        "II. Postępowanie w razie wypadku lub zagrożenia\n"
        "- W razie zagrożenia życia lub zdrowia wezwij pomoc pod numerem alarmowym 112, udziel pierwszej "
        "pomocy w zakresie, w jakim potrafisz, i nie zostawiaj poszkodowanego samego.\n"
        "- Każdy wypadek, skaleczenie, pogryzienie, zdarzenie niebezpieczne lub agresję zgłoś niezwłocznie "
        "koordynatorowi wolontariatu{ – koordynator@C|: {koordynator}}{koordynator_kontakt}; gdy koordynator "
        "jest nieosiągalny – "
        "Korzystającemu{kontakt_ops}.\n"
        "- Nie wykonuj czynności, do których nie masz przygotowania lub środków ochrony; w razie wątpliwości "
        "przerwij czynność i skontaktuj się z koordynatorem.\n"
        "- Środki ochrony indywidualnej potrzebne przy świadczeniach (np. rękawiczki jednorazowe, środek do "
        "dezynfekcji rąk, elementy odblaskowe) wydaje koordynator wolontariatu.\n"
        "III. Oświadczenie\n"
        "[!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, oświadczam, że:\n"
        "[!ponizej_13] - {zostałem poinformowany/zostałam poinformowana} o ryzyku dla zdrowia i "
        "bezpieczeństwa związanym z wykonywaniem świadczeń oraz o zasadach ochrony przed zagrożeniami, "
        "opisanych w części I i II, i {otrzymałem/otrzymałam} tę informację na piśmie (art. 45 ust. 1 pkt 1 ustawy);\n"
        "[!ponizej_13] - {zostałem poinformowany/zostałam poinformowana} o przysługujących mi prawach i "
        "ciążących na mnie obowiązkach wolontariusza (art. 47 ustawy);\n"
        "[!ponizej_13] - znam sposób postępowania w razie wypadku i obowiązek niezwłocznego zgłoszenia go "
        "koordynatorowi wolontariatu.\n"
        "[ponizej_13] Ja, {opiekun}, przedstawiciel ustawowy {małoletniego/małoletniej} {imie_nazwisko@D}, "
        "oświadczam, że:\n"
        "[ponizej_13] - poinformowano mnie oraz {małoletniego/małoletnią}, w sposób dla {niego/niej} "
        "zrozumiały, o ryzyku dla zdrowia i bezpieczeństwa związanym z wykonywaniem świadczeń oraz o "
        "zasadach ochrony przed zagrożeniami, opisanych w części I i II, a informację tę "
        "przekazano mi na piśmie (art. 45 ust. 1 pkt 1 ustawy);\n"
        "[ponizej_13] - poinformowano mnie o prawach i obowiązkach wolontariusza (art. 47 ustawy), które "
        "dotyczą {małoletniego/małoletniej};\n"
        "[ponizej_13] - znam sposób postępowania w razie wypadku i obowiązek niezwłocznego zgłoszenia go "
        "koordynatorowi wolontariatu."
    ),
    "annex_confidentiality": (
        "[!ponizej_13] Zobowiązanie do zachowania poufności i upoważnienie do przetwarzania danych osobowych\n"
        "[ponizej_13] Zobowiązanie przedstawiciela ustawowego do zachowania poufności\n"
        "[!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, zobowiązuję się do zachowania "
        "w tajemnicy wszelkich informacji i danych osób objętych wsparciem {nazwa_ops_dopelniacz} oraz ich "
        "rodzin, uzyskanych w związku z wykonywaniem świadczeń, także po zakończeniu porozumienia "
        "(art. 100 ust. 7 ustawy o pomocy społecznej).\n"
        "[ponizej_13] Ja, {opiekun}, przedstawiciel ustawowy {małoletniego/małoletniej} {imie_nazwisko@D}, "
        "zobowiązuję się dopilnować, aby {małoletni/małoletnia} {zachował/zachowała} w tajemnicy wszelkie "
        "informacje o osobach objętych wsparciem {nazwa_ops_dopelniacz} i ich rodzinach, uzyskane w związku "
        "z wykonywaniem świadczeń, także po zakończeniu porozumienia (art. 100 ust. 7 ustawy o pomocy "
        "społecznej).\n"
        "[!ponizej_13] {nazwa_ops}, jako administrator danych, upoważnia {osoba@B} do "
        "przetwarzania danych osobowych osób objętych wsparciem w zakresie niezbędnym do wykonywania "
        "świadczeń określonych w porozumieniu nr {numer}, na czas jego obowiązywania (art. 29 RODO).\n"
        "[ponizej_13] {Małoletni/Małoletnia} nie otrzymuje upoważnienia do przetwarzania danych osobowych "
        "osób objętych wsparciem i nie ma dostępu do ich dokumentacji.\n"
        "[!ponizej_13] {Zostałem poinformowany/Zostałam poinformowana} o zasadach ochrony danych osobowych "
        "i o odpowiedzialności za ich naruszenie.\n"
        "[ponizej_13] Poinformowano mnie oraz {małoletniego/małoletnią}, w sposób dla {niego/niej} "
        "zrozumiały, o zasadach ochrony danych osobowych."
    ),
    "annex_travel_waiver": (
        "Oświadczenie o zwolnieniu z obowiązku pokrycia kosztów podróży i diet\n"
        "[!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, na podstawie art. 45 ust. 4 "
        "ustawy, zwalniam {nazwa_ops@B} z obowiązku pokrywania kosztów podróży służbowych i diet związanych z "
        "wykonywaniem świadczeń na podstawie porozumienia nr {numer}:\n"
        "[ponizej_13] Ja, {opiekun}, działając jako przedstawiciel ustawowy {małoletniego/małoletniej} "
        "{imie_nazwisko@D}, na podstawie art. 45 ust. 4 ustawy, zwalniam {nazwa_ops@B} z obowiązku pokrywania "
        "kosztów podróży służbowych i diet związanych z wykonywaniem świadczeń na podstawie porozumienia nr {numer}:\n"
        "[ ] w całości\n"
        "[ ] w części: .................................................................\n"
        "[od_13_do_17] Oświadczenie składam za zgodą przedstawiciela ustawowego, który je podpisuje.\n"
        "Oświadczenie składam dobrowolnie, w formie pisemnej pod rygorem nieważności."
    ),
    "annex_guardian": (
        "Oświadczenie przedstawiciela ustawowego\n"
        "Ja, {opiekun}, zam. {opiekun_adres}, jako {opiekun_stosunek@M i |}przedstawiciel ustawowy {małoletniego/małoletniej} {imie_nazwisko@D}, "
        "ur. {data_urodzenia} r.:\n"
        "[od_13_do_17] - wyrażam zgodę na zawarcie przez {niego/nią} porozumienia nr {numer} "
        "i na wykonywanie świadczeń określonych w § 2 porozumienia, w okresie {okres};\n"
        "[ponizej_13] - zawieram w {jego/jej} imieniu porozumienie nr {numer} o wykonywaniu "
        "świadczeń określonych w § 2 porozumienia, w okresie {okres};\n"
        "- w razie nagłej potrzeby proszę o kontakt pod numerem telefonu: {opiekun_telefon}."
    ),
    "annex_gdpr": (
        "Klauzula informacyjna o przetwarzaniu danych osobowych\n"
        "{klauzula_rodo}\n"
        "[pelnoletni] Potwierdzam zapoznanie się z powyższą informacją.\n"
        "[od_13_do_17] {Wolontariusz/Wolontariuszka} i przedstawiciel ustawowy potwierdzają zapoznanie się "
        "z powyższą informacją.\n"
        "[ponizej_13] Przedstawiciel ustawowy potwierdza zapoznanie się z powyższą informacją."
    ),
    "annex_image": (
        "Zgoda na wykorzystanie wizerunku\n"
        "[!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}:\n"
        "[ponizej_13] Ja, {opiekun}, przedstawiciel ustawowy {małoletniego/małoletniej} {imie_nazwisko@D}:\n"
        "[ ] wyrażam zgodę\n"
        "[ ] nie wyrażam zgody\n"
        "[ponizej_13] na nieodpłatne utrwalanie i rozpowszechnianie przez {nazwa_ops@B} wizerunku "
        "{małoletniego/małoletniej}, utrwalonego podczas działań wolontariackich, na stronie internetowej, "
        "w mediach społecznościowych i materiałach informacyjnych {nazwa_ops_dopelniacz} (art. 81 ustawy "
        "o prawie autorskim i prawach pokrewnych, art. 6 ust. 1 lit. a RODO).\n"
        "[!ponizej_13] na nieodpłatne utrwalanie i rozpowszechnianie przez {nazwa_ops@B} mojego wizerunku, "
        "utrwalonego "
        "podczas działań wolontariackich, na stronie internetowej, w mediach społecznościowych i "
        "materiałach informacyjnych {nazwa_ops_dopelniacz} (art. 81 ustawy o prawie autorskim i prawach pokrewnych, "
        "art. 6 ust. 1 lit. a RODO).\n"
        "Zgoda jest dobrowolna i mogę ją w każdej chwili wycofać, bez wpływu na zgodność z prawem "
        "wykorzystania wizerunku przed jej wycofaniem. Brak zgody nie ma wpływu na zawarcie porozumienia."
    ),
    "annex_child_protection": (
        "Potwierdzenie zapoznania ze Standardami Ochrony Małoletnich\n"
        "[!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, oświadczam, że "
        "{zapoznałem/zapoznałam} się ze Standardami Ochrony Małoletnich {nazwa_ops_dopelniacz}, rozumiem je "
        "i zobowiązuję się do ich przestrzegania podczas wykonywania świadczeń (art. 22c ustawy z dnia "
        "13 maja 2016 r. o przeciwdziałaniu zagrożeniom przestępczością na tle seksualnym i ochronie "
        "małoletnich).\n"
        "[ponizej_13] Ja, {opiekun}, przedstawiciel ustawowy {małoletniego/małoletniej} {imie_nazwisko@D}, "
        "oświadczam, że zapoznano mnie oraz {małoletniego/małoletnią}, w sposób dla {niego/niej} "
        "zrozumiały, ze Standardami Ochrony Małoletnich {nazwa_ops_dopelniacz} (art. 22c ustawy z dnia "
        "13 maja 2016 r. o przeciwdziałaniu zagrożeniom przestępczością na tle seksualnym i ochronie "
        "małoletnich)."
    ),
    "gdpr_default": GDPR_DEFAULT,
    "health_consent": HEALTH_CONSENT,
}

ANNEX: dict[str, str] = {
    "title": "ANEKS NR {numer}",
    "subtitle": "do porozumienia o wykonywaniu świadczeń przez wolontariusza nr {numer_porozumienia} "
    "z dnia {data_porozumienia} r.",
    "intro": (
        "zawarty w dniu {data_aneksu} r. pomiędzy {nazwa_ops@N}, reprezentowanym przez {reprezentant@B}, "
        "zwanym dalej „Korzystającym”,\n"
        "[!ponizej_13] a {osoba@N|{osoba}}, {zwanym/zwaną} dalej „{Wolontariuszem/Wolontariuszką}”,\n"
        "[ponizej_13] a {opiekun@N|{opiekun}}, {opiekun:działającym/działającą} jako przedstawiciel ustawowy w imieniu "
        "{małoletniego/małoletniej} {imie_nazwisko@D}, {zwanego/zwanej} dalej „{Wolontariuszem/Wolontariuszką}”,\n"
        "zwanymi dalej „Stronami”, o następującej treści:"
    ),
    "s_changes": (
        "Zmiany porozumienia\n"
        "Strony zgodnie postanawiają wprowadzić do porozumienia następujące zmiany: {zmiany}"
    ),
    "s_final": (
        "Postanowienia końcowe\n"
        "Pozostałe postanowienia porozumienia pozostają bez zmian.\n"
        "[od_13_do_17] Aneks zawierany jest za zgodą przedstawiciela ustawowego – {opiekun@D|{opiekun}}.\n"
        "[ponizej_13] W imieniu {małoletniego/małoletniej} aneks zawiera {jego/jej} przedstawiciel ustawowy – {opiekun}.\n"
        "Aneks wchodzi w życie z dniem podpisania.\n"
        "Aneks sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron."
    ),
}

TERMINATION: dict[str, str] = {
    "title": (
        "[za_porozumieniem] ROZWIĄZANIE POROZUMIENIA\n"
        "[przez_ops] WYPOWIEDZENIE POROZUMIENIA\n"
        "[przez_wolontariusza] WYPOWIEDZENIE POROZUMIENIA"
    ),
    "subtitle": "o wykonywaniu świadczeń przez wolontariusza nr {numer_porozumienia} z dnia {data_porozumienia} r.",
    "body": (
        "[za_porozumieniem,!ponizej_13] Strony porozumienia nr {numer_porozumienia} z dnia {data_porozumienia} r. – "
        "{nazwa_ops}, reprezentowany przez {reprezentant@B}, oraz {osoba} – zgodnie "
        "postanawiają rozwiązać je za porozumieniem Stron z dniem {data_rozwiazania} r.\n"
        "[za_porozumieniem,ponizej_13] Strony porozumienia nr {numer_porozumienia} z dnia {data_porozumienia} r. – "
        "{nazwa_ops}, reprezentowany przez {reprezentant@B}, oraz {opiekun}, działając jako przedstawiciel "
        "ustawowy {małoletniego/małoletniej} {imie_nazwisko@D} – zgodnie postanawiają rozwiązać je za "
        "porozumieniem Stron z dniem {data_rozwiazania} r.\n"
        "[przez_ops,!skrocone] {nazwa_ops}, reprezentowany przez {reprezentant@B}, wypowiada porozumienie nr "
        "{numer_porozumienia} z dnia {data_porozumienia} r. zawarte {z osoba@N|z {Wolontariuszem/Wolontariuszką}: {osoba}}, "
        "z zachowaniem {okres_wypowiedzenia} okresu wypowiedzenia określonego w porozumieniu.\n"
        "[przez_ops,skrocone] {nazwa_ops}, reprezentowany przez {reprezentant@B}, wypowiada porozumienie nr "
        "{numer_porozumienia} z dnia {data_porozumienia} r. zawarte {z osoba@N|z {Wolontariuszem/Wolontariuszką}: {osoba}}.\n"
        "[przez_wolontariusza,ponizej_13] Ja, {opiekun}, działając jako przedstawiciel ustawowy "
        "{małoletniego/małoletniej} {imie_nazwisko@D}, wypowiadam w {jego/jej} imieniu porozumienie nr "
        "{numer_porozumienia} z dnia {data_porozumienia} r. zawarte z {nazwa_ops@N|Korzystającym: {nazwa_ops}}.\n"
        "[przez_wolontariusza,!skrocone,!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, wypowiadam "
        "porozumienie nr {numer_porozumienia} z dnia {data_porozumienia} r. zawarte z {nazwa_ops@N|Korzystającym: {nazwa_ops}}, "
        "z zachowaniem {okres_wypowiedzenia} okresu wypowiedzenia określonego w porozumieniu.\n"
        "[przez_wolontariusza,skrocone,!ponizej_13] Ja, {niżej podpisany/niżej podpisana} {imie_nazwisko}, wypowiadam "
        "porozumienie nr {numer_porozumienia} z dnia {data_porozumienia} r. zawarte z {nazwa_ops@N|Korzystającym: {nazwa_ops}}.\n"
        "[wypowiedzenie,doreczenie] Wypowiedzenie złożono w dniu {data_wypowiedzenia} r. ({sposob_doreczenia}).\n"
        "[wypowiedzenie,!doreczenie] Wypowiedzenie złożono w dniu {data_wypowiedzenia} r.\n"
        "[przez_ops] Porozumienie ulega rozwiązaniu z dniem {data_rozwiazania} r.\n"
        "[przez_wolontariusza] Porozumienie ulega rozwiązaniu z dniem {data_rozwiazania} r.\n"
        "[powod] Uzasadnienie: {powod}\n"
        "Korzystający wyda na żądanie {Wolontariusza/Wolontariuszki} zaświadczenie o wykonaniu świadczeń "
        f"(art. 44 ust. 2 {ACT}); {{Wolontariusz/Wolontariuszka}} może też zwrócić się o wydanie "
        "pisemnej opinii o wykonaniu świadczeń (art. 44 ust. 3 ustawy).\n"
        "{Wolontariusz/Wolontariuszka} pozostaje {zobowiązany/zobowiązana} do zachowania w tajemnicy "
        "informacji o osobach objętych wsparciem, uzyskanych w związku z wykonywaniem świadczeń."
    ),
}

EXPIRY: dict[str, str] = {
    "title": "POTWIERDZENIE WYGAŚNIĘCIA POROZUMIENIA",
    "subtitle": "o wykonywaniu świadczeń przez wolontariusza nr {numer_porozumienia} z dnia {data_porozumienia} r.",
    "body": (
        "{nazwa_ops}, reprezentowany przez {reprezentant@B}, potwierdza, że porozumienie nr {numer_porozumienia} "
        "z dnia {data_porozumienia} r. zawarte {z osoba@N|z {Wolontariuszem/Wolontariuszką}: {osoba}} na czas określony "
        "{okres} wygasło z upływem okresu, na który zostało zawarte. Ostatnim dniem obowiązywania "
        "porozumienia był {data_wygasniecia} r.\n"
        "Korzystający wyda na żądanie {Wolontariusza/Wolontariuszki} zaświadczenie o wykonaniu świadczeń "
        f"(art. 44 ust. 2 {ACT}); {{Wolontariusz/Wolontariuszka}} może też zwrócić się o wydanie "
        "pisemnej opinii o wykonaniu świadczeń (art. 44 ust. 3 ustawy).\n"
        "{Wolontariusz/Wolontariuszka} pozostaje {zobowiązany/zobowiązana} do zachowania w tajemnicy "
        "informacji o osobach objętych wsparciem, uzyskanych w związku z wykonywaniem świadczeń."
    ),
}
