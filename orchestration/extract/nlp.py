"""natasha models (shipped inside the natasha package), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

from .morphology import inflect, keep_case, nominative_phrase, nominative_surname, parses


@dataclass(frozen=True)
class NerSpan:
    type: str  # PER, ORG, LOC
    start: int
    end: int
    text: str
    normal: str
    source: str = "natasha"  # or "kaznerd" (the shipped Kazakh CRF)


@lru_cache(maxsize=1)
def _models():
    import pymorphy2  # natasha's own dictionary; its MorphVocab wraps inflection in UD features
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding()), pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=1)
def _vocab() -> SimpleNamespace:
    """The analyzer's ``parse`` with parses cached by word (morphology.parses: one cache, one
    analyzer); a dictionary parse is far dearer than a lookup, and names repeat."""
    return SimpleNamespace(parse=parses)


def _surname_agrees(rest: list[str], forename, vocab) -> bool:
    """The last word has a surname or patronymic reading in the forename's case and gender (or
    none at all: a surname the dictionary does not know agrees with anything)."""
    if not rest:
        return True
    readings = [p for p in vocab.parse(rest[-1]) if {"Surn", "Patr"} & set(p.tag.grammemes) and p.tag.number != "plur"]
    return not readings or any(
        p.tag.case == forename.tag.case and p.tag.gender in (forename.tag.gender, None) for p in readings
    )


def normalise_person(words: list[str], vocab) -> list[str]:
    """Forename (and surname, patronymic) in the nominative, by dictionary (pymorphy2, shipped
    with natasha): the forename fixes case and gender; surnames are inflected to agree. A lone
    surname is put in the nominative on its own."""
    # one person: singular readings of the forename, nominative first, agreeing with the surname
    names = sorted(
        (p for p in vocab.parse(words[0]) if "Name" in p.tag and p.tag.number != "plur"),
        key=lambda p: p.tag.case != "nomn",
    )
    names = [p for p in names if _surname_agrees(words[1:], p, vocab)] or names
    if not names:
        return [nominative_surname(words[0])] if len(words) == 1 else words
    first = names[0]
    case, gender = first.tag.case, first.tag.gender
    if case == "nomn":
        return words
    nom = inflect(first, {"nomn"})
    out = [keep_case(words[0], nom.word) if nom else words[0]]
    for word in words[1:]:
        cands = [
            p
            for p in vocab.parse(word)
            if ({"Surn", "Patr"} & set(p.tag.grammemes))
            and p.tag.case == case
            and (gender is None or p.tag.gender in (gender, None))
        ]
        nom = inflect(cands[0], {"nomn"}) if cands else None
        out.append(keep_case(word, nom.word) if nom else word)
    return out


def ner_spans(text: str, start: int, end: int) -> list[NerSpan]:
    """Named entities in text[start:end], offsets in text coordinates. Names are put in the
    nominative by dictionary, which is far cheaper than tagging the morphology of every sentence.
    The tagger reads the text itself (it tokenises on its own), so no natasha Doc is segmented:
    sentences and tokens of a Doc would only be computed and thrown away."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    _, ner, _ = _models()
    out = []
    for span in ner(chunk).spans:
        surface = chunk[span.start : span.stop]
        out.append(NerSpan(span.type, start + span.start, start + span.stop, surface, _normal(span.type, surface)))
    return out


def person_normal(words: list[str]) -> list[str]:
    """A person's words in the nominative (forename, patronymic, surname)."""
    return _normal("PER", " ".join(words)).split()


@lru_cache(maxsize=50_000)
def _normal(kind: str, surface: str) -> str:
    """A span's name in the nominative (cached: a name recurs within and across documents)."""
    if kind == "PER":
        return " ".join(normalise_person(surface.split(), _vocab()))
    if kind == "ORG":
        return " ".join(nominative_phrase(surface.split()))
    return surface


def ner_spans_in_zones(text: str, zones: list[tuple[int, int]]) -> list[NerSpan]:
    """NER over all zones at once (one natasha Doc per document, not per paragraph); offsets
    are mapped back to text. Zones are joined by blank lines, so no span crosses two zones."""
    pieces, starts, pos = [], [], 0
    for zs, ze in zones:
        starts.append((pos, zs, ze - zs))
        pieces.append(text[zs:ze])
        pos += ze - zs + 2
    joined = "\n\n".join(pieces)
    out = []
    for span in ner_spans(joined, 0, len(joined)):
        for jstart, zstart, length in starts:
            if jstart <= span.start and span.end <= jstart + length:
                shift = zstart - jstart
                out.append(
                    NerSpan(span.type, span.start + shift, span.end + shift, span.text, span.normal, span.source)
                )
                break
    return out


def warm_up() -> None:
    """Load every model now, e.g. in a parent process before it forks extraction workers (what a
    worker would otherwise load on its first document, each worker again)."""
    _models()
    _vocab()
    from .dates import warm_up as load_dates
    from .document_facts import extractor_version
    from .gazetteer import load_gazetteer
    from .kazakh_ner import load_tagger
    from .language import warm_up as load_language
    from .org_reference import load_reference
    from .ru_organisations import _parser, role_parser

    load_language()
    load_dates()
    load_reference()
    load_tagger()
    load_gazetteer()
    _parser()
    role_parser()
    extractor_version()
