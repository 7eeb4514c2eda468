"""natasha models (shipped inside the natasha package), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


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


class _CachedVocab:
    """The pymorphy2 analyzer with its parses cached by word: names and organisation heads
    repeat from document to document, and a dictionary parse is far dearer than a lookup."""

    def __init__(self, analyzer) -> None:
        self.parse = lru_cache(maxsize=100_000)(lambda word: tuple(analyzer.parse(word)))


@lru_cache(maxsize=1)
def _vocab() -> _CachedVocab:
    return _CachedVocab(_models()[2])


HEAD_STEMS = ("совет", "ассамбле", "маслихат", "акимат", "министерств", "управлени", "правительств", "департамент",
              "комитет", "аппарат", "агентств", "фонд", "ассоциац", "альянс", "союз", "центр", "университет",
              "колледж", "институт", "академи", "палат", "банк", "компани", "служб", "организаци", "объединени",
              "парти", "мажилис", "сенат", "парламент", "движени", "клуб")


def _keep_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _inflect(parse, grammemes: set[str]):
    try:
        return parse.inflect(grammemes)
    except (ValueError, KeyError):
        return None


def normalise_person(words: list[str], vocab) -> list[str]:
    """Forename (and surname, patronymic) in the nominative, by dictionary (pymorphy2, shipped
    with natasha): the forename fixes case and gender; surnames are inflected to agree."""
    names = [p for p in vocab.parse(words[0]) if "Name" in p.tag]
    if not names:
        return words
    first = names[0]
    case, gender = first.tag.case, first.tag.gender
    if case == "nomn":
        return words
    nom = _inflect(first, {"nomn"})
    out = [_keep_case(words[0], nom.word) if nom else words[0]]
    for word in words[1:]:
        cands = [p for p in vocab.parse(word) if ({"Surn", "Patr"} & set(p.tag.grammemes))
                 and p.tag.case == case and (gender is None or p.tag.gender in (gender, None))]
        nom = _inflect(cands[0], {"nomn"}) if cands else None
        out.append(_keep_case(word, nom.word) if nom else word)
    return out


def normalise_organisation(words: list[str], vocab) -> list[str]:
    """The words up to the head noun in the nominative ("Консультативного совета по …" ->
    "Консультативный совет по …"); the dependent words after the head as written."""
    head = next((i for i, w in enumerate(words) if w.lower().startswith(HEAD_STEMS)), None)
    if head is None:
        return words
    nouns = [p for p in vocab.parse(words[head]) if p.tag.POS == "NOUN"]
    if not nouns or nouns[0].tag.case == "nomn":
        return words
    case, number = nouns[0].tag.case, nouns[0].tag.number
    out = []
    for i, word in enumerate(words[: head + 1]):
        pos = "NOUN" if i == head else "ADJF"
        cands = [p for p in vocab.parse(word) if p.tag.POS == pos and p.tag.case == case]
        nom = _inflect(cands[0], {"nomn", number} if number else {"nomn"}) if cands else None
        out.append(_keep_case(word, nom.word) if nom else word)
    return out + words[head + 1:]


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
        surface = chunk[span.start:span.stop]
        out.append(NerSpan(span.type, start + span.start, start + span.stop, surface, _normal(span.type, surface)))
    return out


@lru_cache(maxsize=50_000)
def _normal(kind: str, surface: str) -> str:
    """A span's name in the nominative (cached: a name recurs within and across documents)."""
    if kind == "PER":
        return " ".join(normalise_person(surface.split(), _vocab()))
    if kind == "ORG":
        return " ".join(normalise_organisation(surface.split(), _vocab()))
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
                out.append(NerSpan(span.type, span.start + shift, span.end + shift, span.text, span.normal, span.source))
                break
    return out


def warm_up() -> None:
    """Load every model now, e.g. in a parent process before it forks extraction workers."""
    _models()
    _vocab()
    from .dates import warm_up as load_dates
    from .gazetteer import load_gazetteer
    from .kazakh_ner import load_tagger
    from .language import warm_up as load_language
    from .nouns import _morph

    load_language()
    load_dates()
    _morph()
    load_tagger()
    load_gazetteer()
