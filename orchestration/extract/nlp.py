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
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsNERTagger(emb), NewsMorphTagger(emb), MorphVocab()


def ner_spans(text: str, start: int, end: int) -> list[NerSpan]:
    """Named entities in text[start:end], offsets in text coordinates."""
    from natasha import Doc

    chunk = text[start:end]
    if not chunk.strip():
        return []
    segmenter, ner, morph, vocab = _models()
    doc = Doc(chunk)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    doc.tag_morph(morph)
    out = []
    for span in doc.spans:
        try:
            span.normalize(vocab)
            normal = span.normal or span.text
        except Exception:  # natasha's normaliser can fail on odd tokens; keep the surface
            normal = span.text
        out.append(NerSpan(span.type, start + span.start, start + span.stop, span.text, normal))
    return out


def warm_up() -> None:
    """Load the models now (once per process), e.g. before a batch."""
    _models()
