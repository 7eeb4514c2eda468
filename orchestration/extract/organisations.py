"""Organisations: natasha ORG spans (Russian) plus rules for quoted names and Kazakh phrases.

Names are normalised to the nominative: natasha's normal form for Russian heads, the
possessive nominative of the Kazakh head word (``басқармасының`` -> ``басқармасы``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import ORG_TYPE_WORDS
from .nlp import NerSpan

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
    ("палата", "палатасы", "business"),
    ("университет", "университеті", "education"),
    ("филиал", "филиалы", "council"),
)
KK_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<head>" + "|".join(re.escape(h[0]) for h in KK_HEADS) + r")(?P<tail>[^\W\d_]{0,9})(?![\w-])",
    re.IGNORECASE,
)
KK_POSSESSIVE_TAIL = re.compile(r"^(?:ы|і|сы|сі|ғы|гі|ты|ті|дары|дері|тары|тері|лары|лері)?(?:ның|нің|на|не|нда|нде|нан|нен|н|мен|ға|ге|ндағы|ндегі)?$")
QUOTED_NAME = re.compile(r"[«\"“](?P<name>[^«»\"“”\n]{2,60})[»\"”]")
DOMAIN = re.compile(r"(?<![\w.])(?P<d>[a-z0-9-]+\.(?:kz|ru|com|org|net|info|media))(?![\w.])", re.IGNORECASE)
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
    m = re.match(r"(?:\s+(?:по|при|с|и|в|для|города|области|района|республики)\s+[^\s,.;:()«»]+(?:\s+[^\s,.;:()«»А-ЯЁ]+){0,3}"
                 r"(?:\s+[А-ЯЁ][^\s,.;:()«»]*(?:\s+[А-ЯЁ][^\s,.;:()«»]*){0,2})?)+", text[end:ceil])
    return end + len(m.group(0)) if m else end


# Head nouns of Russian organisation names (adjectives such as "консультативный" are not heads).
HEAD_STEMS = ("совет", "ассамбле", "маслихат", "акимат", "министерств", "управлени", "правительств", "департамент",
              "комитет", "аппарат", "агентств", "фонд", "ассоциац", "альянс", "союз", "центр", "университет",
              "колледж", "институт", "академи", "палат", "банк", "компани", "служб", "организаци", "объединени",
              "парти", "палата", "мажилис", "сенат", "парламент")
DANGLING = re.compile(r"\s(?:с|со|по|при|и|в|для|на)$", re.IGNORECASE)


def _normal_head(span: NerSpan) -> str:
    """natasha's normal form for the words up to the head noun; the dependent words as written
    ("Центра активного долголетия" -> "Центр активного долголетия")."""
    words, normal = span.text.split(), (span.normal or span.text).split()
    if len(words) != len(normal):
        return span.normal or span.text
    for i, word in enumerate(words):
        if word.lower().startswith(HEAD_STEMS):
            return " ".join(normal[: i + 1] + words[i + 1:])
    return span.normal or span.text


def _from_ner(text: str, zones, ner: list[NerSpan]) -> list[Organisation]:
    out = []
    for span in ner:
        if span.type != "ORG" or span.text.lower() in GENERIC or len(span.text) < 3:
            continue
        zone_end = next((ze for zs, ze in zones if zs <= span.start < ze), len(text))
        head = _normal_head(span)
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


def _kazakh_phrases(text: str, zones) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in KK_HEAD_RE.finditer(text, zs, ze):
            head = m.group("head").lower()
            if not KK_POSSESSIVE_TAIL.match(m.group("tail").lower()):
                continue
            nominative, kind = next((n, k) for h, n, k in KK_HEADS if h == head)
            # walk back over the noun phrase to its first capitalised word
            back = text[max(zs, m.start() - 160):m.start()]
            stop = max(back.rfind(c) for c in ".!?;:,()\n")
            back = back[stop + 1:] if stop >= 0 else back
            words = list(re.finditer(r"«[^»]*»|[^\s]+", back))[-9:]
            start_idx = next((i for i, w in enumerate(words) if w.group(0)[:1] in "«" or w.group(0)[:1].isupper()), None)
            if start_idx is None:
                if not m.group(0)[:1].isupper():
                    continue
                s = m.start()
            else:
                s = m.start() - len(back) + words[start_idx].start()
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
            if LIST_CUES.search(before):
                out.append(Organisation(f"«{name}»", "ngo", m.group(0), m.start(), m.end()))
    return out


def _media(text: str, zones) -> list[Organisation]:
    out = []
    for zs, ze in zones:
        for m in DOMAIN.finditer(text, zs, ze):
            if MEDIA_CUE.search(text[max(zs, m.start() - 30):m.start()]):
                out.append(Organisation(m.group("d"), "media", m.group("d"), m.start("d"), m.end("d")))
    return out


def find_organisations(text: str, zones, lang: str, ner: list[NerSpan]) -> list[Organisation]:
    found = _kazakh_phrases(text, zones) if lang in ("kk", "mixed") else []
    found += _from_ner(text, zones, ner) if lang in ("ru", "mixed") else []
    found += _quoted(text, zones) + _media(text, zones)
    kept: list[Organisation] = []
    for org in sorted(found, key=lambda o: (o.start, -(o.end - o.start))):
        if any(o.start <= org.start and org.end <= o.end for o in kept):
            continue  # nested in a longer organisation already kept
        kept.append(org)
    seen: dict[str, Organisation] = {}
    for org in kept:
        key = re.sub(r"[^\w]+", " ", org.name.lower()).strip()
        seen.setdefault(key, org)
    return sorted(seen.values(), key=lambda o: o.start)
