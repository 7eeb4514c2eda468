"""Organisations: natasha ORG spans (Russian) plus rules for quoted names and Kazakh phrases.

Names are normalised to the nominative: natasha's normal form for Russian heads, the
possessive nominative of the Kazakh head word (``басқармасының`` -> ``басқармасы``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import kazakh
from .gazetteer import load_gazetteer
from .lexicon import ORG_TYPE_WORDS, SEATS_OF_POWER, is_ru_role_word
from .morphology import RU_WORD, analyzer, keep_case, nominative_phrase, parses
from .name_keys import kk_name_nominative, organisation_key
from .nlp import NerSpan
from .org_reference import ReferenceTable, load_reference
from .outlets import known_outlets
from .page import zone_at
from .ru_organisations import HEAD_HINT, HEAD_SET, grammar_organisations, is_head_word, plural_head
from .sentences import is_sentence_initial, sentence_start

UP = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"
# Kazakh head words: stem -> (nominative possessive form, org_type)
KK_HEADS: tuple[tuple[str, str, str], ...] = (
    ("басқарма", "басқармасы", "government"),
    ("әкімдіг", "әкімдігі", "government"),
    ("министрлі", "министрлігі", "government"),
    ("мекеме", "мекемесі", "government"),
    ("аппарат", "аппараты", "government"),
    ("үкімет", "Үкіметі", "government"),
    ("департамент", "департаменті", "government"),
    ("комитет", "комитеті", "government"),
    ("мәслихат", "мәслихаты", "government"),
    ("ассамблея", "Ассамблеясы", "council"),
    ("кеңес", "кеңесі", "council"),
    ("қор", "қоры", "ngo"),
    ("қауымдастығ", "қауымдастығы", "ngo"),
    ("бірлестіг", "бірлестігі", "ngo"),
    ("одағ", "одағы", "ngo"),
    ("орталығ", "орталығы", "centre"),
    ("орталықтар", "орталығы", "centre"),
    ("палата", "палатасы", "business"),
    ("университет", "университеті", "education"),
    ("филиал", "филиалы", "council"),
    ("агенттіг", "агенттігі", "government"),
    ("комиссия", "комиссиясы", "government"),
    ("прокуратура", "прокуратурасы", "government"),
    ("бөлім", "бөлімі", "government"),
    ("академия", "академиясы", "education"),
    ("институт", "институты", "education"),
    ("колледж", "колледжі", "education"),
    ("мектеб", "мектебі", "education"),
    ("лицей", "лицейі", "education"),
    ("гимназия", "гимназиясы", "education"),
    ("альянс", "альянсы", "ngo"),
    ("партия", "партиясы", "other"),
    ("ұйым", "ұйымы", "other"),
    ("үй", "үйі", "centre"),
    ("холдинг", "холдингі", "business"),
    ("корпорация", "корпорациясы", "business"),
    ("компания", "компаниясы", "business"),
    ("банк", "банкі", "business"),
    ("биржа", "биржасы", "business"),
)
# Heads that also name things other than a body ("қор" a reserve, "орталық" a centre of town,
# "үй" a house, "ұйым" any organisation): a phrase needs a name in it (a capitalised word
# inside the sentence, a quoted part) or an institutional adjective.
KK_WEAK_HEADS = frozenset(
    {
        "қор",
        "орталығ",
        "орталықтар",
        "мекеме",
        "аппарат",
        "кеңес",
        "филиал",
        "бөлім",
        "үй",
        "ұйым",
        "одағ",
        "банк",
        "мектеб",
        "партия",
        "компания",
    }
)
# Heads whose lower-case complement names one unit ("ішкі саясат басқармасы", "кәсіпкерлер
# палатасы", "білім министрлігі"), when that many words before the head at most.
KK_LOWER_CASE_NAMED_HEADS = frozenset({"басқарма", "департамент", "комитет", "агенттіг", "палата", "министрлі"})
KK_LOWER_CASE_NAME_WORDS = 4
# Adjectives of state institutions: a lower-case phrase starting with one is a body's name
# ("қалалық жастар саясаты басқармасы").
KK_INSTITUTIONAL = re.compile(
    r"^(?:қалалық|облыстық|аудандық|ауылдық|республикалық|мемлекеттік|ұлттық|халықаралық|"
    r"қоғамдық)$"
)
# Sentence adverbs, pronouns, particles and conjunctions: never the first word of a name or role.
KK_FUNCTION_WORDS = frozenset(
    {
        "осы",
        "бұл",
        "сол",
        "ол",
        "бүгін",
        "кеше",
        "ертең",
        "сондай-ақ",
        "алайда",
        "бірақ",
        "енді",
        "қазір",
        "биыл",
        "жақында",
        "тағы",
        "деп",
        "деді",
        "дейді",
        "жылы",
        "жылғы",
        "ал",
        "әрі",
        "яғни",
        "сонымен",
        "қатар",
        "мен",
        "бен",
        "пен",
        "және",
        "немесе",
        "ретінде",
        "болып",
        "атынан",
        "мұнда",
        "онда",
        "тек",
        "да",
        "де",
        "себебі",
        "өйткені",
        "егер",
        "жалпы",
        "сондықтан",
        "әзірге",
        "қазіргі",
        "біздің",
        "оның",
        "олардың",
        "өзі",
        "негізінен",
        "сонда",
        "міне",
        "әсіресе",
        "тіпті",
        "ендігі",
        "кейін",
        "соң",
        "бері",
        "мұндай",
        "осындай",
        "сондай",
        "бұндай",
        "әзірше",
        "көрші",
    }
)
# "Қарағанды облысы ...", "Талғар ауданының ...": a place's unit after its name
KK_UNITS = ("облыс", "қала", "аудан", "ауыл")
_UNIT_POSSESSIVE = kazakh.harmonic(KK_UNITS[0], kazakh.POSSESSIVE_ENDINGS)  # all back-vowel stems
_UNIT_GENITIVE = kazakh.harmonic(KK_UNITS[0], kazakh.case_endings("gen", table=kazakh.AFTER_POSSESSIVE_ENDINGS))
# "облыс әкімдігі", "қала мәслихаты", "елорда әкімдігі": the unit a body governs, in lower case
# right before its head, is the body's name
KK_UNIT_BEFORE_HEAD = re.compile(rf"^(?:{'|'.join(KK_UNITS)}|елорда)(?:{kazakh.alternation(kazakh.GENITIVE)})?$")
# a sentence opening in these cases is its adverbial ("Жиынға", "Жастармен"); not the ablative or
# locative, which names end like ("Қазақстан", "Сауда және интеграция министрлігі")
ADVERBIAL_CASES = frozenset({"dat", "ins"})
KK_ADMINISTRATIVE = re.compile(
    rf"^(?:{'|'.join(KK_UNITS)})(?:{kazakh.alternation(_UNIT_POSSESSIVE)})(?:{kazakh.alternation(_UNIT_GENITIVE)})?$"
)
# Nouns that end like a locative: "сауда орталығы" is a shopping centre, not "in trade".
KK_NOUNS_LIKE_LOCATIVES = frozenset({"сауда", "орда", "пайда"})
KK_ACCUSATIVE = re.compile(rf"(?:{kazakh.ACCUSATIVE_AFTER_STEM})$")
KK_ORDINAL = re.compile(r"(?:ыншы|інші|нші|ншы)$")
KK_ABLATIVE = re.compile(rf"(?:{kazakh.alternation(kazakh.ABLATIVE)})$")  # lower-case words only: "Қазақстан" is a name
KK_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<head>" + "|".join(re.escape(h[0]) for h in KK_HEADS) + r")(?P<tail>[^\W\d_]{0,9})(?![\w-])",
    re.IGNORECASE,
)
KK_POSSESSIVE_TAIL = re.compile(
    rf"^(?:{kazakh.alternation(kazakh.POSSESSIVE_ENDINGS, kazakh.CONSONANT_POSSESSIVE, kazakh.PLURAL_POSSESSIVE)})?"
    rf"(?:{kazakh.alternation(kazakh.AFTER_POSSESSIVE, kazakh.case_endings('dat', after='V'))})?$"
)
# Words that end a Kazakh organisation phrase when walking back from its head: locatives,
# accusatives, verbs and manner adverbs (``kazakh.PHRASE_BREAK``; a possessive "саясаты",
# "департаменті" is inside a name) and postpositions are never inside a name.
KK_CHAIN_BREAK = re.compile(
    rf"(?:{kazakh.PHRASE_BREAK})$"
    r"|^(?:мен|бен|пен|онлайн|бойынша|арқылы|үшін|сияқты|туралы|бірге|кейін|соң|дейін|бастап|қарай)$"
)
# Capitalised words (places, names) end a phrase only on a locative or a participle.
KK_CHAIN_BREAK_CAPITALISED = re.compile(rf"(?:{kazakh.CAPITALISED_PHRASE_BREAK})$")
KK_GENITIVE = re.compile(rf"(?:{kazakh.alternation(kazakh.GENITIVE)})$")
# a possessive, bare or in a case but "-ндағы" ("облысы", "облысының", "облысына")
KK_POSSESSIVE_CASE = re.compile(
    rf"(?:ы|і)(?:{kazakh.alternation(set(kazakh.AFTER_POSSESSIVE) - set(kazakh.RELATIVE_AFTER_POSSESSIVE))})?$"
)
PLATFORMS = {
    "instagram",
    "facebook",
    "telegram",
    "youtube",
    "whatsapp",
    "tiktok",
    "вконтакте",
    "twitter",
    "x",
    "фейсбук",
    "инстаграм",
    "телеграм",
    "ютуб",
    "твиттер",
}
# Internet platforms by name (Latin or Cyrillic, quoted or not); "X" alone is too ambiguous.
PLATFORM_NAME = re.compile(
    r"(?<![\w.-])[«\"]?(?P<name>"
    + "|".join(sorted((re.escape(p) for p in PLATFORMS if len(p) > 1), key=len, reverse=True))
    + r")[»\"]?(?:-[а-яёәғқңөұүһі]{1,6})?(?![\w-])",
    re.IGNORECASE,
)
# A platform named as the channel of a post or a video is not acting as a body: right after
# "в", "на", "через", "из" ("на своей странице в Instagram", "видео опубликовано на YouTube") in
# Russian, before a page noun or a case ending in Kazakh ("Facebook парақшасында", "Telegram-арнасы").
PLATFORM_AS_CHANNEL_BEFORE = re.compile(r"(?<![\w-])(?:в|во|на|через|из)\s+[«\"]?$", re.IGNORECASE)
PLATFORM_AS_CHANNEL_AFTER = re.compile(
    r"^[»\"]?(?:-?(?:да|де|та|те|дағы|дегі|тағы|тегі)(?![\w-])|-\w*канал|\s*(?:парақша|бет|арна|аккаунт|желі|page|"
    r"account|channel))",
    re.IGNORECASE,
)
# Legal forms and agency prefixes: an abbreviation followed by a capitalised word or a quote is
# the start of a longer name ("ООО «…»", "РИА Новости"), found (or not) by the other rules.
PLACE_AFTER = re.compile(r"\s+(?P<w>[А-ЯЁ][А-ЯЁа-яё-]*)(?![\w«\"])")
NAME_PREFIX_FOLLOWS = re.compile(r"^\s+(?:[«\"]|[A-ZА-ЯЁ])")
RU_QUOTED_HEAD = re.compile(
    r"(?<![\w-])(?P<head>центр|фонд|ассоциаци|объединени|союз|клуб|организаци|движени|альянс)(?P<tail>[а-яё]{0,4})"
    r"(?P<middle>(?:\s+[а-яё][а-яё-]*){0,5})\s+[«\"](?P<name>[^«»\"\n]{2,60})[»\"]",
    re.IGNORECASE,
)
RU_HEAD_NOMINATIVE = {
    "центр": "Центр",
    "фонд": "Фонд",
    "ассоциаци": "Ассоциация",
    "объединени": "Объединение",
    "союз": "Союз",
    "клуб": "Клуб",
    "организаци": "Организация",
    "движени": "Движение",
    "альянс": "Альянс",
}
# whole words: "«Қорытынды жаңалықтар»" (a programme) only begins like "қор"
ORG_HEAD_IN_NAME = re.compile(
    r"(?<!\w)(?:center|centre|fund|foundation|association|hub|центр\w{0,2}|фонд\w{0,2}|қоры?|"
    r"орталы[қғ]ы?)(?!\w)",
    re.IGNORECASE,
)
QUOTED_NAME = re.compile(r"[«\"“](?P<name>[^«»\"“”\n]{2,60})[»\"”]")
DOMAIN = re.compile(r"(?<![\w.])(?P<d>[a-z0-9-]+\.(?:kz|ru|com|org|net|info|media))(?![\w])(?!\.\w)", re.IGNORECASE)
MEDIA_CUE = re.compile(
    r"(?:по материалам|сообщает|передает|передаёт|источник|пишет|хабарлайды|дерегі бойынша)\s*:?\s*$", re.IGNORECASE
)
# Generic common nouns and abbreviations of a kind of body, never one body ("СМИ" = the media).
GENERIC = {
    "нпо",
    "нко",
    "үеұ",
    "ооо",
    "оао",
    "зао",
    "пао",
    "тоо",
    "ао",
    "ctrl+enter",
    "сми",
    "бақ",
    "вуз",
    "вузы",
    "жоо",
}
# Adverbial phrases after a head that are never its complement ("Совет директоров при этом ...").
DISCOURSE_PP = re.compile(
    r"\s+(?:при\s+(?:этом|том|чем)|по\s+(?:итогам|словам|данным|мнению|информации|сообщению|"
    r"поводу|причине)|с\s+(?:предложением|просьбой|заявлением|целью)|в\s+(?:том|рамках|ходе|"
    r"связи|результате|частности|список|реестр|числе)|для\s+того)\b",
    re.IGNORECASE,
)
# Prepositions and conjunctions never between a head and its quoted name ("фонд в список «…»").
NOT_IN_NAME_MIDDLE = {
    "в",
    "во",
    "на",
    "с",
    "со",
    "за",
    "из",
    "к",
    "ко",
    "у",
    "о",
    "об",
    "от",
    "до",
    "для",
    "и",
    "или",
    "но",
    "а",
    "что",
    "как",
    "который",
    "которая",
    "которое",
    "которые",
}
LIST_CUES = re.compile(r"(?:центр|фонд|организаци|объединени|ұйым|орталық|орталығ|қор)", re.IGNORECASE)
NOT_ORG_CUES = re.compile(
    r"(?:проект|программ|акци|бағдарлама|жоба|акция|марафон|форум|конкурс|тұжырымдама|жолдау|концепци)", re.IGNORECASE
)


@dataclass(frozen=True)
class Organisation:
    name: str
    org_type: str
    surface: str
    start: int
    end: int
    canonical_id: str | None = None  # the body in the reference table, where the name is one
    key: str = ""  # language-independent resolution key (name_keys.organisation_key)


def org_type_of(name: str) -> str:
    low = name.lower()
    if re.search(r"(?:государствен|мемлекеттік)\w*\s+(?:фонд|қор)", low) or "«даму»" in low:
        return "state_fund"
    for stem, kind in ORG_TYPE_WORDS:
        if stem in low:
            return kind
    return "other"


def _extend_russian(text: str, end: int, ceil: int) -> int:
    """Absorb complements such as 'по сотрудничеству … с НПО' or 'при Правительстве …'."""
    if DISCOURSE_PP.match(text, end, ceil):
        return end
    m = re.match(
        r"(?:\s+(?:по|при|с|в|для|города|области|района|(?i:республики))\s+[^\s,.;:()«»]+(?:\s+[^\s,.;:()«»А-ЯЁ]+){0,3}"
        r"(?:\s+[А-ЯЁ][^\s,.;:()«»]*(?:\s+[А-ЯЁ][^\s,.;:()«»]*){0,2})?)+",
        text[end:ceil],
    )
    return end + len(m.group(0)) if m else end


DANGLING = re.compile(r"\s(?:с|со|по|при|и|в|для|на)$", re.IGNORECASE)


def _from_ner(text: str, zones, ner: list[NerSpan], blocked=()) -> list[Organisation]:
    out = []
    for span in ner:
        if (
            span.source != "natasha"
            or span.type != "ORG"
            or span.text.lower() in GENERIC | PLATFORMS
            or len(span.text) < 3
        ):
            continue
        if "(" in span.text:
            continue  # natasha ran across a parenthesis; the rules below read these phrases
        if plural_head(span.text.split()):
            continue  # "Гражданские альянсы": a category of bodies, not one
        if _common_word(text, zones, span) or _names_a_building(span.text):
            continue
        zone_end = (zone_at(zones, span.start) or (0, len(text)))[1]
        zone_end = min([zone_end] + [bs for bs, _ in blocked if bs >= span.end])
        head = span.normal or span.text  # nlp.normalise_organisation: head words in the nominative
        head = head[:1].upper() + head[1:]
        end = span.end
        if DANGLING.search(text[span.start : end]):  # "… по взаимодействию с" + "НПО"
            m = re.match(r"\s+[^\s,.;:()«»]+", text[end:zone_end])
            end += len(m.group(0)) if m else 0
        if org_type_of(head) in {"council", "government", "centre"}:
            end = _extend_russian(text, end, zone_end)
        name = head + text[span.end : end]
        out.append(Organisation(name.strip(), org_type_of(name), text[span.start : end], span.start, end))
    return out


# Head nouns that name no body by themselves ("в Центре", "Общество"); "Сенат", "Парламент",
# "Правительство" alone do name the country's body.
BARE_HEADS = (HEAD_SET | {"общество", "группа", "компания", "организация"}) - {
    "сенат",
    "парламент",
    "правительство",
    "мажилис",
}
# Buildings and places named like bodies ("Руанский собор", "Дворец независимости", "Церковь
# Святой Троицы"): their head noun is none of a body's.
BUILDING_NOUNS = frozenset(
    {
        "собор",
        "храм",
        "церковь",
        "мечеть",
        "дворец",
        "отель",
        "гостиница",
        "вокзал",
        "мост",
        "площадь",
        "монастырь",
        "башня",
    }
)


def _names_a_building(name: str) -> bool:
    """Whether the first noun of a name (after its adjectives) is a building's."""
    for word in name.split():
        best = parses(word.strip('«»"').lower())[:3]
        if any(p.tag.POS in ("ADJF", "PRTF") for p in best):
            continue
        return bool(best) and best[0].tag.POS == "NOUN" and best[0].normal_form in BUILDING_NOUNS
    return False


NAME_GRAMMEMES = {"Orgn", "Abbr", "Geox", "Name", "Surn", "Patr", "Fixd", "Trad"}


def _common_word(text: str, zones, span: NerSpan) -> bool:
    """A one-word span that is a family ("Ротшильды", a plural surname) or a dictionary common noun
    capitalised only because it opens the sentence ("Суд …", "Хакеры …"): not the name of a body.
    Mid-sentence, a capitalised common noun is a name ("в «Ведомостях»", "по данным Известий")."""
    if " " in span.text or not RU_WORD_ONLY.match(span.text):
        return False
    best = parses(span.text)[:1]
    if not best or best[0].tag.POS != "NOUN" or not analyzer().word_is_known(span.text.lower()):
        return False
    tag = best[0].tag
    if best[0].normal_form in BARE_HEADS:
        return True  # "Центр", "Общество", "Группа" alone: a head without its name
    if "Surn" in tag:
        return tag.number == "plur"
    if NAME_GRAMMEMES & set(tag.grammemes):
        return False
    return _opens_sentence(text, zones, span.start)


def _opening_head(text: str, zones, span: NerSpan) -> bool:
    """A tagger's name that opens the sentence and ends in a head word ("Акимат", "Городской
    акимат" in "Городской акимат Шымкента выделил …"): the tagger stops at the head, so the
    grammar reads the head with its complement instead."""
    if not is_head_word(span.text.split()[-1].lower()):
        return False
    return _opens_sentence(text, zones, span.start)


def _opens_sentence(text: str, zones, pos: int) -> bool:
    """Whether the word at pos opens its sentence (a zone's start counts as one)."""
    return is_sentence_initial(text, pos, (zone_at(zones, pos) or (0, 0))[0])


def _from_grammar(text: str, zones, blocked=(), covered=()) -> list[Organisation]:
    out = []
    for org in grammar_organisations(text, zones, covered):
        if any(bs < org.end and org.start < be and (bs < org.head_end or be < org.end) for bs, be in blocked):
            continue  # a person's name may only end the name ("правительство Хамида Карзая")
        out.append(Organisation(org.name, org_type_of(org.name), text[org.start : org.end], org.start, org.end))
    return out


def _kk_phrase_start(text: str, floor: int, head_start: int, blocked, lower_case_name: bool = False) -> int | None:
    """Start of the noun phrase before a Kazakh head word: its first capitalised (or quoted) word,
    walking back over at most 8 words and never past punctuation, a person's name, another
    organisation head or a word that cannot be inside a name (locative, participle, verb)."""
    back_start = max(floor, head_start - 200)
    back = text[back_start:head_start]
    stop = max(back.rfind(c) for c in ".!?;:,()\n–—")
    offset = back_start + (stop + 1 if stop >= 0 else 0)
    words = [(offset + w.start(), w.group(0)) for w in re.finditer(r"«[^»]*»|[^\s«»]+", text[offset:head_start])]
    chain: list[tuple[int, str]] = []
    for pos, word in reversed(words[-8:]):
        if any(bs <= pos < be for bs, be in blocked):
            break
        if _kk_head(word) and not KK_GENITIVE.search(word.lower()):
            break  # another organisation's head (a genitive one, "Ассамблеясының филиалы", belongs here)
        low = word.lower()
        if (low in KK_FUNCTION_WORDS and low != "және") or re.fullmatch(r"[\d-]+\w*", word) or KK_ORDINAL.search(low):
            break
        if not chain and KK_UNIT_BEFORE_HEAD.match(low):
            pass  # "аудан әкімдігі": "аудан" only ends like an ablative
        elif not word.startswith("«"):
            # a capitalised word opening the sentence may be any word ("Шараны ..."), unless a
            # name or its unit follows ("Қарағанды облысы ...")
            following = chain[-1][1] if chain else ""
            named_next = (
                following[:1].isupper() or following.startswith("«") or KK_ADMINISTRATIVE.match(following.lower())
            )
            lenient = word[:1].isupper() and (not is_sentence_initial(text, pos, floor) or bool(named_next))
            object_of_noun = KK_ACCUSATIVE.search(low) and following.endswith("у")
            if (
                (KK_CHAIN_BREAK_CAPITALISED if lenient else KK_CHAIN_BREAK).search(low)
                and not object_of_noun
                and low not in KK_NOUNS_LIKE_LOCATIVES
            ):
                break  # ("жұмыспен қамтуды үйлестіру ... басқармасы": the object of a verbal noun is inside)
            if word[:1].islower() and KK_ABLATIVE.search(low):
                break
            if _opening_adverbial(text, pos, floor, word):
                break  # "Жиынға қала әкімдігінің …": the sentence's adverbial is not in the name
        chain.append((pos, word))
    chain.reverse()
    starts = [
        i
        for i, (_, word) in enumerate(chain)
        if word.startswith("«")
        or word[:1].isupper()
        or KK_INSTITUTIONAL.match(word.lower())
        or (i == len(chain) - 1 and KK_UNIT_BEFORE_HEAD.match(word.lower()))
    ]
    if len(starts) >= 2 and is_sentence_initial(text, chain[starts[0]][0], floor) and not _linked(chain, starts[0]):
        starts = starts[1:]  # "Семинар Еуразия ... институтында": the sentence's subject is not in the name
    lower_case = chain and len(chain) <= KK_LOWER_CASE_NAME_WORDS and all(w[:1].islower() for _, w in chain)
    if not starts and lower_case_name and lower_case:
        return chain[0][0]  # "ішкі саясат басқармасы", "кәсіпкерлер палатасы"
    return chain[starts[0]][0] if starts else None


def _opening_adverbial(text: str, pos: int, floor: int, word: str) -> bool:
    """A word opening the sentence in the dative or instrumental, or a sentence adverb ("Жиынға …",
    "Кеше …"): the sentence's adverbial, never the first word of a name."""
    low = word.lower().strip("«»")
    if not is_sentence_initial(text, pos, floor):
        return False
    return low in KK_FUNCTION_WORDS or kazakh.split_case(low)[1] in ADVERBIAL_CASES


def _without_opening_adverbial(text: str, span: NerSpan) -> NerSpan:
    """A tagger's name without the sentence's adverbial it ran over ("Кеше Елорда әкімдігі")."""
    first = span.text.split(maxsplit=1)
    if len(first) < 2 or not _opening_adverbial(text, span.start, 0, first[0]):
        return span
    cut = span.text.index(first[1], len(first[0]))
    return replace(span, start=span.start + cut, text=span.text[cut:], normal=span.text[cut:])


def _linked(chain: list[tuple[int, str]], i: int) -> bool:
    """Whether chain[i] is a genitive or the next word its possessive ("Маңғыстау облысы ...")."""
    word = chain[i][1].lower()
    following = chain[i + 1][1].lower() if i + 1 < len(chain) else ""
    return bool(KK_GENITIVE.search(word) or KK_POSSESSIVE_CASE.search(following))


def _kk_names_a_body(text: str, floor: int, start: int, head_start: int, head_end: int, head: str) -> bool:
    """A phrase with a weak head names a body only with a name or an institutional word in it,
    and "облыс/аудан/қала орталығы" is a town, not a body."""
    words = text[start:head_start].split()
    if head.startswith("орталы") and words and re.match(r"(?i)(?:облыс|аудан|қала|ауыл|аймақ)", words[-1]):
        return False
    if head not in KK_WEAK_HEADS or ABBREVIATION_DEFINED.match(text, head_end):
        return True  # a strong head, or a name the text defines an abbreviation for
    initial = is_sentence_initial(text, start, floor)
    named = [
        w
        for i, w in enumerate(words)
        if w.startswith("«")
        or (w[:1].isupper() and (i or not initial))
        or (w[:1].isupper() and i + 1 < len(words) and KK_ADMINISTRATIVE.match(words[i + 1].lower()))
    ]
    head_named = text[head_start].isupper() and (words or not initial)
    return bool(named or head_named or any(KK_INSTITUTIONAL.match(w.lower()) for w in words))


def _kazakh_phrases(text: str, zones, blocked=()) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in KK_HEAD_RE.finditer(text, zs, ze):
            head = m.group("head").lower()
            if not KK_POSSESSIVE_TAIL.match(m.group("tail").lower()):
                continue
            nominative, kind = next((n, k) for h, n, k in KK_HEADS if h == head)
            s = _kk_phrase_start(text, zs, m.start(), blocked, lower_case_name=head in KK_LOWER_CASE_NAMED_HEADS)
            if s is None:
                if not m.group(0)[:1].isupper():
                    continue
                s = m.start()
            if not _kk_names_a_body(text, zs, s, m.start(), m.end(), head):
                continue
            surface = text[s : m.end()]
            name = text[s : m.start()] + (
                nominative if not m.group(0)[:1].isupper() else nominative[:1].upper() + nominative[1:]
            )
            name = re.sub(r"\s+", " ", name).strip()
            if head == "қор" and re.search(r"мемлекеттік\s*$", text[s : m.start()].lower()):
                kind = "state_fund"
            if "«" in name and head == "қор" and kind == "ngo" and "даму" in name.lower():
                kind = "state_fund"
            if kind == "centre" and org_type_of(name) == "business":
                kind = "business"  # "сауда орталығы": a shopping centre
            out.append(Organisation(name, kind, surface, s, m.end()))
    return out


def _quoted(text: str, zones) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in QUOTED_NAME.finditer(text, zs, ze):
            name = m.group("name").strip()
            if not name[:1].isupper() or len(name.split()) > 6:
                continue
            start = sentence_start(text, m.start(), zs)
            before = text[start : m.start()]
            around = text[max(zs, m.start() - 40) : min(ze, m.end() + 25)]
            if NOT_ORG_CUES.search(around):
                continue
            if LIST_CUES.search(before) or ORG_HEAD_IN_NAME.search(name):
                kind = org_type_of(name) if ORG_HEAD_IN_NAME.search(name) else "ngo"
                out.append(Organisation(f"«{name}»", kind, m.group(0), m.start(), m.end()))
    return out


def _kk_head(word: str) -> re.Match | None:
    """The head-word match of a whole word with a possessive/case tail ("үйлестіру" is not "үй")."""
    m = KK_HEAD_RE.fullmatch(word.lower())
    return m if m and KK_POSSESSIVE_TAIL.match(m.group("tail")) else None


def _kk_plural_head(word: str) -> bool:
    m = _kk_head(word)
    return bool(m) and m.group("tail").startswith(("тар", "тер", "лар", "лер", "дар", "дер"))


def _kazakh_ner(text: str, ner: list[NerSpan]) -> list[Organisation]:
    """ORGANISATION spans of the Kazakh CRF, head word put in the possessive nominative; a one-word
    name (capitalised, not a platform) without its case ending."""
    out = []
    for span in (_without_opening_adverbial(text, s) for s in ner):
        words = span.text.split()
        if span.source != "kaznerd" or span.type != "ORG" or span.text.lower() in GENERIC:
            continue
        if any(_kk_plural_head(w) for w in words):
            continue  # "... кеңестері": a category of bodies, not one
        if len(words) == 1:
            name = kk_name_nominative(span.text)
            if name[:1].isupper() and len(name) >= 3 and name.lower() not in PLATFORMS | GENERIC:
                out.append(Organisation(name, org_type_of(name), span.text, span.start, span.end))
            continue
        m = KK_HEAD_RE.fullmatch(words[-1])
        if m and KK_POSSESSIVE_TAIL.match(m.group("tail").lower()):
            nominative, kind = next((n, k) for h, n, k in KK_HEADS if h == m.group("head").lower())
            last = nominative[:1].upper() + nominative[1:] if words[-1][:1].isupper() else nominative
            name = " ".join(words[:-1] + [last])
        else:
            name, kind = span.text, org_type_of(span.text)
        out.append(Organisation(name, kind, span.text, span.start, span.end))
    return out


def _russian_quoted_heads(text: str, zones) -> list[Organisation]:
    """центр поддержки института семьи «Жанұя» -> Центр поддержки института семьи «Жанұя»."""
    out = []
    for zs, ze in zones:
        for m in RU_QUOTED_HEAD.finditer(text, zs, ze):
            if NOT_IN_NAME_MIDDLE & set(m.group("middle").lower().split()):
                continue
            head = RU_HEAD_NOMINATIVE[m.group("head").lower()]
            name = f"{head}{m.group('middle')} «{m.group('name').strip()}»"
            out.append(Organisation(re.sub(r"\s+", " ", name), org_type_of(name), m.group(0), m.start(), m.end()))
    return out


def _media(text: str, zones) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in DOMAIN.finditer(text, zs, ze):
            if MEDIA_CUE.search(text[max(zs, m.start() - 30) : m.start()]):
                out.append(Organisation(m.group("d"), "media", m.group("d"), m.start("d"), m.end("d")))
    return out


def _platforms(text: str, zones) -> list[Organisation]:
    """Internet platforms ("Telegram", "«ВКонтакте»") acting as companies: every mention but
    the channel of a post ("на своей странице в Instagram", "Facebook парақшасында")."""
    out = []
    for zs, ze in zones:
        for m in PLATFORM_NAME.finditer(text, zs, ze):
            if PLATFORM_AS_CHANNEL_BEFORE.search(text[max(zs, m.start() - 40) : m.start("name")]):
                continue
            if PLATFORM_AS_CHANNEL_AFTER.match(text[m.end("name") : ze]):
                continue
            out.append(Organisation(m.group("name"), "media", m.group("name"), m.start("name"), m.end("name")))
    return out


RU_WORD_ONLY = re.compile(r"^[А-ЯЁ][а-яё]+$")
SEAT_OF_POWER = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<s{i}>{stem})" for i, (stem, _) in enumerate(SEATS_OF_POWER)) + r")(?![\w-])"
)
# "в Кремле", "у Белого дома", "Ақордада": the building or the place, not the body.
PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:в|во|на|у|из|около|возле|над|под|перед|к|до)\s+$", re.IGNORECASE)


KK_CASE_TAIL = (
    rf"(?:-?(?:{kazakh.alternation(kazakh.POSSESSIVE_ENDINGS)})?(?:"
    + kazakh.alternation(
        kazakh.case_endings("gen", "dat", "acc", "ins", "loc", "abl"),
        kazakh.case_endings("gen", "dat", "acc", "ins", "loc", "abl", table=kazakh.AFTER_POSSESSIVE_ENDINGS),
        kazakh.DATIVE_AFTER_PERSON,
    )
    + "))?"
)


@lru_cache(maxsize=4)
def _reference_word_pattern(reference: ReferenceTable) -> re.Pattern | None:
    words = sorted(reference.single_words, key=len, reverse=True)
    if not words:
        return None
    return re.compile(
        r"(?<![\w-])[«\"]?(?P<name>" + "|".join(map(re.escape, words)) + r")[»\"]?" + KK_CASE_TAIL + r"(?![\w-])"
    )


def _kazakh_reference_words(text: str, zones, reference: ReferenceTable) -> list[Organisation]:
    """One-word names of reference bodies in a Kazakh text, with their case endings ("Мәжілістің",
    "Сенатқа", "Үкіметке"): the body."""
    pattern = _reference_word_pattern(reference)
    out = []
    for zs, ze in zones if pattern else ():
        for m in pattern.finditer(text, zs, ze):
            if not m.group(0).startswith(("«", '"')) and is_sentence_initial(text, m.start(), zs):
                continue  # "Даму ..." opening a sentence may be the common noun ("development")
            body = reference.bodies[reference.single_words[m.group("name")]]
            out.append(Organisation(m.group("name"), body.org_type, m.group(0), m.start(), m.end()))
    return out


def _seats_of_power(text: str, zones) -> list[Organisation]:
    """The residence of a head of state or government standing for its administration
    ("Кремль заявил", "пресс-служба Акорды", "Ақорданың хабарлауынша"), not after a preposition of
    place ("в Кремле", "у Белого дома")."""
    out = []
    for zs, ze in zones:
        for m in SEAT_OF_POWER.finditer(text, zs, ze):
            if PLACE_PREPOSITION_BEFORE.search(text[max(zs, m.start() - 12) : m.start()]):
                continue
            name = SEATS_OF_POWER[int(m.lastgroup[1:])][1]
            out.append(Organisation(name, "government", m.group(0), m.start(), m.end()))
    return out


# A quoted name right after a verb of reporting or a media noun is an outlet cited as a source:
# "пишет «Ъ»", "сообщают «Ведомости»", "газета «Вечерний город»", "«Егемен Қазақстан» газеті".
CITED_MEDIA = re.compile(
    r"(?<![\w-])(?:сообща\w*|пиш\w*|написал\w*|переда[её]\w*|газет\w*|журнал\w*|телеканал\w*|"
    r"радиостанци\w*|издани\w*|агентств\w*|портал\w*|интервью|ссылкой\s+на)\s+"
    r"[«\"](?P<name>[^«»\"\n]{2,40})[»\"]",
    re.IGNORECASE,
)
KK_CITED_MEDIA = re.compile(
    r"[«\"](?P<name>[^«»\"\n]{2,40})[»\"]\s+(?:газет|журнал|телеарна|арна|агенттіг|порталы|басылым)\w*", re.IGNORECASE
)


def _cited_media(text: str, zones) -> list[Organisation]:
    """Outlets cited as sources by a quoted name ("пишет «Ъ»"): media, named in the nominative."""
    out = []
    for zs, ze in zones:
        for pattern in (CITED_MEDIA, KK_CITED_MEDIA):
            for m in pattern.finditer(text, zs, ze):
                words = m.group("name").split()
                if not words or not words[0][:1].isupper() or len(words) > 5:
                    continue
                # one word in an oblique case ("сообщает «Известиям»"): its nominative; longer names as written
                name = nominative_phrase(words)[0] if pattern is CITED_MEDIA and len(words) == 1 else m.group("name")
                out.append(Organisation(name.strip(), "media", m.group("name"), m.start("name"), m.end("name")))
    return out


ORG_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-яё]+(?![\w-])")


@lru_cache(maxsize=50_000)
def _dictionary_organisation(word: str) -> str | None:
    """The dictionary form of a word that pymorphy knows as an organisation name ("МИДа" -> "МИД",
    "Минюста" -> "Минюст", "Роскомнадзором" -> "Роскомнадзор"), else None."""
    if not analyzer().word_is_known(word.lower()):
        return None  # (checked first: cheaper than a parse) no guess by analogy for an unknown word ("Хэйес")
    best = parses(word)[:1]
    if not best or "Orgn" not in best[0].tag or best[0].normal_form in GENERIC:
        return None
    return keep_case(word, best[0].normal_form)


def _dictionary_organisations(text: str, zones, blocked=()) -> list[Organisation]:
    """Russian organisation words known to the dictionary, unless a longer name goes on after
    them ("ООО «…»", "РИА Новости") or they are part of a person's name."""
    out = []
    for zs, ze in zones:
        for m in ORG_WORD.finditer(text, zs, ze):
            name = _dictionary_organisation(m.group(0))
            if name is None or any(bs < m.end() and m.start() < be for bs, be in blocked):
                continue
            end = m.end()
            if NAME_PREFIX_FOLLOWS.match(text[end:ze]):
                place = PLACE_AFTER.match(text, end, ze)
                if place is None or not any("Geox" in p.tag for p in parses(place.group("w"))[:1]):
                    continue
                name, end = f"{name} {place.group('w')}", place.end()  # "МИД Литвы", "ЦБ РФ": the country's body
            out.append(Organisation(name, org_type_of(name), text[m.start() : end], m.start(), end))
    return out


ABBREVIATION_DEFINED = re.compile(r"\s*\((?:\s*(?:далее|бұдан әрі)\s*[-–—]?)?\s*(?P<abbr>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,8})\s*\)")
ABBREVIATION_TAIL = r"(?:-?[а-яёәғқңөұүһі]{1,6})?"


def _defined_abbreviations(text: str, found: list[Organisation]) -> dict[str, Organisation]:
    """ "Агентство по делам государственной службы (АДГС)", "... (бұдан әрі – ҚХА)": the abbreviation
    names that body in the rest of the document (its mentions keep their own name and get the
    body's key, so the warehouse counts one body with both names)."""
    defined: dict[str, Organisation] = {}
    for org in sorted(found, key=lambda o: (o.start, -(o.end - o.start))):
        m = ABBREVIATION_DEFINED.match(text, org.end)
        if m and _abbreviates(m.group("abbr"), org.name) and m.group("abbr") not in defined:
            defined[m.group("abbr")] = org
    return defined


def _abbreviates(abbr: str, name: str) -> bool:
    """The abbreviation's letters are initials of the name's words in order, from its first word
    ("АДГС" for "Агентство по делам государственной службы"); "ФНС" after "объединения
    Федеральной налоговой службы" names only the complement, and is left alone."""
    initials = [w[0].lower() for w in re.findall(r"[^\W\d_]+", name.strip("«»"))]
    letters = abbr.lower()
    if len(initials) < 2 or not initials or initials[0] != letters[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in letters)


def _abbreviation_mentions(text: str, zones, defined: dict[str, Organisation]) -> list[Organisation]:
    out = []
    for abbr, body in defined.items():
        pattern = re.compile(rf"(?<![\w-]){re.escape(abbr)}{ABBREVIATION_TAIL}(?![\w-])")
        for zs, ze in zones:
            out += [
                Organisation(abbr, body.org_type, m.group(0), m.start(), m.end())
                for m in pattern.finditer(text, zs, ze)
            ]
    return out


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern:
    names = sorted((n for n in known_outlets().values() if len(n) >= 4), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?P<name>" + "|".join(map(re.escape, names)) + rf"){ABBREVIATION_TAIL}(?!\w|\.\w)")


def _known_outlets(text: str, zones) -> list[Organisation]:
    """Outlets from the known list wherever the text names them ("по данным Informburo.kz",
    "«Хабар 24» арнасы"): media."""
    out = []
    for zs, ze in zones:
        for m in _outlet_pattern().finditer(text, zs, ze):
            out.append(Organisation(m.group("name"), "media", m.group(0), m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _place_abbreviations() -> frozenset[str]:
    """Regions written as abbreviations (ВКО, ШҚО ...): places, never organisations."""
    return frozenset(p.alias for p in load_gazetteer() if p.alias.isupper() and len(p.alias) <= 5)


def _is_place(org: Organisation) -> bool:
    name = kk_name_nominative(org.name.strip('«»" '))
    return name in _place_abbreviations() or org.name.split("-")[0] in _place_abbreviations()


def _with_outlet_type(org: Organisation) -> Organisation:
    name = org.name.strip('«»" ').casefold()
    if org.org_type != "media" and (name in known_outlets() or DOMAIN.fullmatch(name)):
        return replace(org, org_type="media")
    return org


@lru_cache(maxsize=4096)
def _stems(name: str) -> frozenset[str]:
    return frozenset(t[:5] for t in re.sub(r"[^\w]+", " ", name.lower().replace("ё", "е")).split() if len(t) > 1)


TRAILING_INITIAL = re.compile(r"\s+[A-ZА-ЯЁ]\.?$")


def _without_owner(text: str, org: Organisation, persons) -> Organisation:
    """A body's name without its owner's name when it has a name of its own ("Фонд «Династия»
    Дмитрия Зимина" -> "Фонд «Династия»") and without a person's initial run on at its end
    ("… по международным делам М." before "М. Маргелов")."""
    name = TRAILING_INITIAL.sub("", org.name)
    initial = TRAILING_INITIAL.search(org.surface)
    if initial and name != org.name:
        org = replace(org, surface=org.surface[: initial.start()], end=org.end - len(initial.group(0)))
    if "«" in name:
        for ps, pe in persons:
            if org.start <= ps and pe <= org.end and "«" not in text[ps:pe]:
                name = name.replace(text[ps:pe], " ")
    name = re.sub(r"\s+", " ", name).strip()
    return replace(org, name=name) if name else org


ROLE_ENDING = 3  # letters after a role stem: "руководителя", not "Секретариат"
RU_VERB_POS = frozenset({"VERB", "INFN", "GRND"})
# A platform's channel, page or account ("Telegram-канале", "Facebook-странице"): where something was
# posted, not a body.
CHANNEL_COMPOUND = re.compile(r"^\S+-(?:канал|страниц|аккаунт|арна|парақша)\w*$", re.IGNORECASE)


def _ends_with_verb(word: str) -> bool:
    """A Russian word whose likeliest reading is a finite verb, infinitive or gerund ("начал")."""
    found = parses(word) if RU_WORD.match(word) and word.islower() else ()
    return bool(found) and found[0].tag.POS in RU_VERB_POS


def _trimmed(text: str, org: Organisation, persons) -> Organisation | None:
    """The name without what ran on after it: a verb ("акимат Алматы начал …") or a person named
    right after the body ("… управления … области Абылай-хан Какенов"). None when nothing of a name
    is left: no letters, a lone role word ("Главы государства"), a platform's channel."""
    person = next((ps for ps, pe in persons if org.start < ps and pe >= org.end > ps), None)
    before = text[max(0, org.start - 40) : org.start].split()
    after_post = bool(before) and is_ru_role_word(before[-1].strip(",.:;–—-"), ROLE_ENDING)
    # only after a post ("руководитель управления … Какенов"): "штаб Ахметова", "правительство
    # Виктора Орбана" name the body by its person
    if person is not None and "«" not in org.name and after_post:
        cut = text[person : org.end]
        org = replace(org, name=org.name.removesuffix(cut).strip(), surface=text[org.start : person].rstrip())
        org = replace(org, end=org.start + len(org.surface))
    while len(org.surface.split()) > 1 and _ends_with_verb(org.surface.split()[-1]):
        surface = org.surface.rsplit(None, 1)[0]
        org = replace(org, name=org.name.rsplit(None, 1)[0], surface=surface, end=org.start + len(surface))
    words = org.name.strip('«»"').split()
    if not any(c.isalpha() for c in org.name) or not words:
        return None
    if len(words) == 1 and (is_ru_role_word(words[0], max_ending=ROLE_ENDING) or CHANNEL_COMPOUND.match(words[0])):
        return None
    return org


def _complement_body(org: Organisation, longer: Organisation) -> bool:
    """Whether org is a body named in the complement of a longer Russian name, after its head
    ("Госдума" in "Аппарат Госдумы", "Роснефть" in "Руководство Роснефти"): another body. A name
    with the longer one's head in it ("Совет" in "Общественный совет") is the same body."""
    if not org.name[:1].isupper() or org.name.startswith("«"):
        return False
    words = longer.name.split()
    head = next((i for i, w in enumerate(words[:4]) if _is_ru_head(w.lower())), None)
    if head is None:
        return False
    stems = _stems(org.name)
    return stems <= _stems(" ".join(words[head + 1 :])) and not stems & _stems(" ".join(words[: head + 1]))


@lru_cache(maxsize=50_000)
def _is_ru_head(word: str) -> bool:
    if word.startswith("пресс-служб"):
        return True
    return bool(HEAD_HINT.match(word)) and any(p.normal_form in HEAD_SET for p in parses(word)[:1])


def _after_pri(stems: set[str], name: str) -> bool:
    """Whether a name's words all come after "при" in a longer name: "… при Правительстве …",
    "комиссия при Роскомнадзоре" name another body."""
    parts = re.split(r"\sпри\s", name, maxsplit=1)
    return len(parts) == 2 and stems <= _stems(parts[1])


def resolved(org: Organisation, reference: ReferenceTable) -> Organisation:
    """The organisation with its reference body (type from the table) and its resolution key."""
    body = reference.resolve(org.name)
    if body is None:
        return replace(org, key=organisation_key(org.name))
    return replace(org, org_type=body.org_type, canonical_id=body.id, key=body.id)


def find_organisations(
    text: str, zones, lang: str, ner: list[NerSpan], blocked=(), reference: ReferenceTable | None = None
) -> list[Organisation]:
    found = _seats_of_power(text, zones)  # first: the lexicon's name and type win over a tagger's
    reference = reference or load_reference()
    if lang in ("kk", "mixed"):
        found += _kazakh_phrases(text, zones, blocked) + _kazakh_ner(text, ner)
        found += _kazakh_reference_words(text, zones, reference)
    if lang in ("ru", "mixed"):
        covered = [
            (s.start, s.end)
            for s in ner
            if s.type == "ORG" and s.source == "natasha" and "(" not in s.text and not _opening_head(text, zones, s)
        ]
        grammar = _from_grammar(text, zones, blocked, covered)
        found += grammar + [
            o
            for o in _from_ner(text, zones, ner, blocked)
            if not any(g.start < o.end and o.start < g.end for g in grammar)
        ]
        found += _dictionary_organisations(text, zones, blocked)
    found += _platforms(text, zones)
    found += _russian_quoted_heads(text, zones) + _quoted(text, zones) + _media(text, zones)
    found += _known_outlets(text, zones) + _cited_media(text, zones)
    found = [_without_owner(text, o, blocked) for o in found]
    found = [o for o in (_trimmed(text, o, blocked) for o in found) if o is not None]
    defined = _defined_abbreviations(text, found)
    found = [_with_outlet_type(o) for o in found if not _is_place(o)] + _abbreviation_mentions(text, zones, defined)
    kept: list[Organisation] = []
    for org in sorted(found, key=lambda o: (o.start, -(o.end - o.start))):
        parent = next((o for o in kept if o.start <= org.start and org.end <= o.end), None)
        if (
            parent is not None
            and not re.search(r"\bпри\s+$", text[parent.start : org.start])
            and not _complement_body(org, parent)
        ):
            continue  # nested in a longer organisation already kept (but "… при Правительстве …" and the body
            # in a name's complement, "Аппарат Госдумы", are bodies of their own)
        kept.append(org)
    # Within one document, a name whose words are all inside a longer kept name is the same body.
    merged: list[Organisation] = []
    for org in sorted(kept, key=lambda o: -len(_stems(o.name))):
        stems = _stems(org.name)
        if any(
            stems and stems < _stems(m.name) and not _after_pri(stems, m.name) and not _complement_body(org, m)
            for m in merged
        ):
            continue
        if any(stems == _stems(m.name) for m in merged):
            continue
        merged.append(org)
    bodies = {abbr: resolved(body, reference) for abbr, body in defined.items()}
    out = []
    for org in merged:
        body = bodies.get(kk_name_nominative(org.name.strip("«»")))
        # an abbreviation the text defined: its own name, the full name's body and key
        out.append(
            replace(org, org_type=body.org_type, canonical_id=body.canonical_id, key=body.key)
            if body
            else resolved(org, reference)
        )
    return sorted(out, key=lambda o: o.start)
