"""Organisations: natasha ORG spans (Russian) plus rules for quoted names and Kazakh phrases.

Names are normalised to the nominative: natasha's normal form for Russian heads, the
possessive nominative of the Kazakh head word (``басқармасының`` -> ``басқармасы``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import ORG_TYPE_WORDS
from .name_keys import organisation_key
from .nlp import NerSpan
from .org_reference import ReferenceTable, load_reference
from .ru_organisations import grammar_organisations

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
)
KK_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<head>" + "|".join(re.escape(h[0]) for h in KK_HEADS) + r")(?P<tail>[^\W\d_]{0,9})(?![\w-])",
    re.IGNORECASE,
)
KK_POSSESSIVE_TAIL = re.compile(r"^(?:ы|і|сы|сі|ғы|гі|ты|ті|дары|дері|тары|тері|лары|лері)?(?:ның|нің|на|не|нда|нде|нан|нен|н|мен|ға|ге|ндағы|ндегі)?$")
# Words that end a Kazakh organisation phrase when walking back from its head: locatives,
# instrumentals, participles and postpositions are never inside a name.
KK_CHAIN_BREAK = re.compile(
    r"(?:да|де|та|те|нда|нде|ған|ген|қан|кен|ып|іп|ды|ді|ты|ті|ша|ше|лай|лей)$|^(?:мен|бен|пен|онлайн|бойынша|арқылы|үшін|сияқты|туралы|бірге|кейін|соң)$"
)
# Capitalised words (places, names) end a phrase only on a locative or a participle.
KK_CHAIN_BREAK_CAPITALISED = re.compile(r"(?:да|де|та|те|нда|нде|ған|ген|қан|кен)$")
KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
PLATFORMS = {"instagram", "facebook", "telegram", "youtube", "whatsapp", "tiktok", "вконтакте", "twitter", "x"}
RU_QUOTED_HEAD = re.compile(
    r"(?<![\w-])(?P<head>центр|фонд|ассоциаци|объединени|союз|клуб|организаци|движени|альянс)(?P<tail>[а-яё]{0,4})"
    r"(?P<middle>(?:\s+[а-яё][а-яё-]*){0,5})\s+[«\"](?P<name>[^«»\"\n]{2,60})[»\"]",
    re.IGNORECASE,
)
RU_HEAD_NOMINATIVE = {"центр": "Центр", "фонд": "Фонд", "ассоциаци": "Ассоциация", "объединени": "Объединение",
                      "союз": "Союз", "клуб": "Клуб", "организаци": "Организация", "движени": "Движение",
                      "альянс": "Альянс"}
ORG_HEAD_IN_NAME = re.compile(r"(?:center|centre|fund|foundation|association|hub|центр|фонд|қор|орталық)", re.IGNORECASE)
QUOTED_NAME = re.compile(r"[«\"“](?P<name>[^«»\"“”\n]{2,60})[»\"”]")
DOMAIN = re.compile(r"(?<![\w.])(?P<d>[a-z0-9-]+\.(?:kz|ru|com|org|net|info|media))(?![\w])(?!\.\w)", re.IGNORECASE)
MEDIA_CUE = re.compile(r"(?:по материалам|сообщает|передает|передаёт|источник|пишет|хабарлайды|дерегі бойынша)\s*:?\s*$", re.IGNORECASE)
GENERIC = {"нпо", "нко", "үеұ", "ооо", "тоо", "ао", "ctrl+enter"}
LIST_CUES = re.compile(r"(?:центр|фонд|организаци|объединени|ұйым|орталық|орталығ|қор)", re.IGNORECASE)
NOT_ORG_CUES = re.compile(r"(?:проект|программ|акци|бағдарлама|жоба|акция|марафон|форум|конкурс|тұжырымдама|жолдау|концепци)", re.IGNORECASE)


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
    m = re.match(r"(?:\s+(?:по|при|с|в|для|города|области|района|(?i:республики))\s+[^\s,.;:()«»]+(?:\s+[^\s,.;:()«»А-ЯЁ]+){0,3}"
                 r"(?:\s+[А-ЯЁ][^\s,.;:()«»]*(?:\s+[А-ЯЁ][^\s,.;:()«»]*){0,2})?)+", text[end:ceil])
    return end + len(m.group(0)) if m else end


DANGLING = re.compile(r"\s(?:с|со|по|при|и|в|для|на)$", re.IGNORECASE)


def _from_ner(text: str, zones, ner: list[NerSpan], blocked=()) -> list[Organisation]:
    out = []
    for span in ner:
        if span.source != "natasha" or span.type != "ORG" or span.text.lower() in GENERIC | PLATFORMS or len(span.text) < 3:
            continue
        if "(" in span.text:
            continue  # natasha ran across a parenthesis; the rules below read these phrases
        zone_end = next((ze for zs, ze in zones if zs <= span.start < ze), len(text))
        zone_end = min([zone_end] + [bs for bs, _ in blocked if bs >= span.end])
        head = span.normal or span.text  # nlp.normalise_organisation: head words in the nominative
        head = head[:1].upper() + head[1:]
        end = span.end
        if DANGLING.search(text[span.start:end]):  # "… по взаимодействию с" + "НПО"
            m = re.match(r"\s+[^\s,.;:()«»]+", text[end:zone_end])
            end += len(m.group(0)) if m else 0
        if org_type_of(head) in {"council", "government", "centre"}:
            end = _extend_russian(text, end, zone_end)
        name = head + text[span.end:end]
        out.append(Organisation(name.strip(), org_type_of(name), text[span.start:end], span.start, end))
    return out


def _from_grammar(text: str, zones, blocked=(), covered=()) -> list[Organisation]:
    out = []
    for org in grammar_organisations(text, zones, covered):
        if any(bs < org.end and org.start < be for bs, be in blocked):
            continue
        out.append(Organisation(org.name, org_type_of(org.name), text[org.start:org.end], org.start, org.end))
    return out


def _kk_phrase_start(text: str, floor: int, head_start: int, blocked) -> int | None:
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
        if KK_HEAD_RE.fullmatch(word.lower()) and not KK_GENITIVE.search(word.lower()):
            break  # another organisation's head (a genitive one, "Ассамблеясының филиалы", belongs here)
        if not word.startswith("«"):
            rule = KK_CHAIN_BREAK_CAPITALISED if word[:1].isupper() else KK_CHAIN_BREAK
            if rule.search(word.lower()):
                break
        chain.append((pos, word))
    chain.reverse()
    return next((pos for pos, word in chain if word.startswith("«") or word[:1].isupper()), None)


def _kazakh_phrases(text: str, zones, blocked=()) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in KK_HEAD_RE.finditer(text, zs, ze):
            head = m.group("head").lower()
            if not KK_POSSESSIVE_TAIL.match(m.group("tail").lower()):
                continue
            nominative, kind = next((n, k) for h, n, k in KK_HEADS if h == head)
            s = _kk_phrase_start(text, zs, m.start(), blocked)
            if s is None:
                if not m.group(0)[:1].isupper():
                    continue
                s = m.start()
            surface = text[s:m.end()]
            name = text[s:m.start()] + (nominative if not m.group(0)[:1].isupper() else nominative[:1].upper() + nominative[1:])
            name = re.sub(r"\s+", " ", name).strip()
            if head == "қор" and re.search(r"мемлекеттік\s*$", text[s:m.start()].lower()):
                kind = "state_fund"
            if "«" in name and head == "қор" and kind == "ngo" and "даму" in name.lower():
                kind = "state_fund"
            out.append(Organisation(name, kind, surface, s, m.end()))
    return out


def _quoted(text: str, zones) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in QUOTED_NAME.finditer(text, zs, ze):
            name = m.group("name").strip()
            if not name[:1].isupper() or len(name.split()) > 6:
                continue
            sentence_start = max(text.rfind(". ", zs, m.start()) + 1, zs)
            before = text[sentence_start:m.start()]
            around = text[max(zs, m.start() - 40):min(ze, m.end() + 25)]
            if NOT_ORG_CUES.search(around):
                continue
            if LIST_CUES.search(before) or ORG_HEAD_IN_NAME.search(name):
                kind = org_type_of(name) if ORG_HEAD_IN_NAME.search(name) else "ngo"
                out.append(Organisation(f"«{name}»", kind, m.group(0), m.start(), m.end()))
    return out


def _kazakh_ner(text: str, ner: list[NerSpan]) -> list[Organisation]:
    """ORGANISATION spans of the Kazakh CRF, head word put in the possessive nominative."""
    out = []
    for span in ner:
        words = span.text.split()
        if span.source != "kaznerd" or span.type != "ORG" or len(words) < 2 or span.text.lower() in GENERIC:
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
            head = RU_HEAD_NOMINATIVE[m.group("head").lower()]
            name = f"{head}{m.group('middle')} «{m.group('name').strip()}»"
            out.append(Organisation(re.sub(r"\s+", " ", name), org_type_of(name), m.group(0), m.start(), m.end()))
    return out


def _media(text: str, zones) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in DOMAIN.finditer(text, zs, ze):
            if MEDIA_CUE.search(text[max(zs, m.start() - 30):m.start()]):
                out.append(Organisation(m.group("d"), "media", m.group("d"), m.start("d"), m.end("d")))
    return out


def _stems(name: str) -> set[str]:
    return {t[:5] for t in re.sub(r"[^\w]+", " ", name.lower().replace("ё", "е")).split() if len(t) > 1}


def resolved(org: Organisation, reference: ReferenceTable) -> Organisation:
    """The organisation with its reference body (type from the table) and its resolution key."""
    body = reference.resolve(org.name)
    if body is None:
        return replace(org, key=organisation_key(org.name))
    return replace(org, org_type=body.org_type, canonical_id=body.id, key=body.id)


def find_organisations(text: str, zones, lang: str, ner: list[NerSpan], blocked=(),
                       reference: ReferenceTable | None = None) -> list[Organisation]:
    found = _kazakh_phrases(text, zones, blocked) + _kazakh_ner(text, ner) if lang in ("kk", "mixed") else []
    if lang in ("ru", "mixed"):
        covered = [(s.start, s.end) for s in ner if s.type == "ORG" and s.source == "natasha"]
        grammar = _from_grammar(text, zones, blocked, covered)
        found += grammar + [o for o in _from_ner(text, zones, ner, blocked)
                            if not any(g.start < o.end and o.start < g.end for g in grammar)]
    found += _russian_quoted_heads(text, zones) + _quoted(text, zones) + _media(text, zones)
    kept: list[Organisation] = []
    for org in sorted(found, key=lambda o: (o.start, -(o.end - o.start))):
        parent = next((o for o in kept if o.start <= org.start and org.end <= o.end), None)
        if parent is not None and not re.search(r"\bпри\s+$", text[parent.start:org.start]):
            continue  # nested in a longer organisation already kept (but "… при Правительстве …" is its own body)
        kept.append(org)
    # Within one document, a name whose words are all inside a longer kept name is the same body.
    merged: list[Organisation] = []
    for org in sorted(kept, key=lambda o: -len(_stems(o.name))):
        stems = _stems(org.name)
        nested_body = org.org_type == "government"  # "… при Правительстве …" names another body
        if any(stems and stems < _stems(m.name) and not (nested_body and re.search(r"\bпри\s", m.name)) for m in merged):
            continue
        if any(stems == _stems(m.name) for m in merged):
            continue
        merged.append(org)
    reference = reference or load_reference()
    return sorted((resolved(o, reference) for o in merged), key=lambda o: o.start)
