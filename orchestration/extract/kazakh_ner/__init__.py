"""A small Kazakh NER tagger (CRF) trained on KazNERD, shipped inside the package.

KazNERD: Yeshpanov, Khassanov, Varol, "KazNERD: Kazakh Named Entity Recognition Dataset",
LREC 2022, CC BY 4.0. Train with ``python -m orchestration.extract.kazakh_ner.train``.
"""

from .tagger import EntitySpan, KazakhTagger, load_tagger

__all__ = ["EntitySpan", "KazakhTagger", "load_tagger"]
