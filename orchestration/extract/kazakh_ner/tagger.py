"""Tag Kazakh text with the shipped CRF model; spans are offsets into the given text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..sentences import sentence_spans
from .features import sentence_features

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "kaznerd_crf.model"
TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")


@dataclass(frozen=True)
class EntitySpan:
    label: str
    start: int
    end: int
    text: str


class KazakhTagger:
    def __init__(self, model_path: Path = MODEL_PATH):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        return self._tagger.tag(sentence_features(tokens)) if tokens else []

    def entities(self, text: str, start: int = 0, end: int | None = None) -> list[EntitySpan]:
        end = len(text) if end is None else end
        out: list[EntitySpan] = []
        for offset, chunk_end in sentence_spans(text, start, end):
            chunk = text[offset:chunk_end]
            matches = list(TOKEN.finditer(chunk))
            labels = self.tag_tokens([m.group(0) for m in matches])
            current: list[int] | None = None
            label = None
            for m, tag in zip(matches, labels + ["O"] * (len(matches) - len(labels)), strict=False):
                kind = tag[2:] if tag != "O" else None
                if tag.startswith("B-") or (tag.startswith("I-") and kind != label):
                    if current:
                        out.append(
                            EntitySpan(
                                label,
                                offset + current[0],
                                offset + current[1],
                                text[offset + current[0] : offset + current[1]],
                            )
                        )
                    current, label = [m.start(), m.end()], kind
                elif tag.startswith("I-") and current:
                    current[1] = m.end()
                else:
                    if current:
                        out.append(
                            EntitySpan(
                                label,
                                offset + current[0],
                                offset + current[1],
                                text[offset + current[0] : offset + current[1]],
                            )
                        )
                    current, label = None, None
            if current:
                out.append(
                    EntitySpan(
                        label, offset + current[0], offset + current[1], text[offset + current[0] : offset + current[1]]
                    )
                )
        return out


@lru_cache(maxsize=1)
def load_tagger() -> KazakhTagger | None:
    """The shipped tagger, or None (rules alone) if the model or python-crfsuite is missing."""
    try:
        return KazakhTagger()
    except (ImportError, OSError):
        return None
