"""The baseline as a whole command: natasha's segmenter + NER tagger alone over every .txt file of
a folder, one process, full raw texts (what `qogam extract` is compared with, start to finish).

    python -m bench.natasha_baseline FOLDER      # prints the number of documents tagged
"""

from __future__ import annotations

import sys
from pathlib import Path


def tag_folder(folder: Path) -> int:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
    count = 0
    for path in sorted(folder.glob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_ner(ner)
        count += 1
    return count


if __name__ == "__main__":
    print(tag_folder(Path(sys.argv[1])))
