"""Distinct news-like documents, for end-to-end tests that need more than the five bundled ones.

Each is a bundled sample article followed by a paragraph of our own with numbers that depend on
its index, so every document has its own content hash and still reads like the real thing.
"""

from pathlib import Path

from orchestration.settings import SAMPLE_CORPUS_DIR

RU_CITIES = ["Павлодаре", "Костанае", "Уральске", "Таразе", "Актобе", "Караганде"]
KK_CITIES = ["Павлодарда", "Қостанайда", "Оралда", "Таразда", "Ақтөбеде", "Қарағандыда"]
RU_PARAGRAPH = (
    "Выпуск {i}. В {city} прошло заседание общественного совета: в регионе работает более {n} "
    "неправительственных организаций, а на гранты выделено {m} млн тенге."
)
KK_PARAGRAPH = (
    "{i}-шығарылым. {city} азаматтық форум өтті: өңірде {n}-ден астам үкіметтік емес ұйым жұмыс "
    "істейді, гранттарға {m} млн теңге бөлінді."
)


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    """Write n documents numbered from start into folder; the same numbers give the same files."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_CORPUS_DIR.glob("*.txt"))]
    paths = []
    for i in range(start, start + n):
        sample = samples[i % len(samples)]
        kazakh = any(c in sample for c in "әғқңөұүһі")
        template, cities = (KK_PARAGRAPH, KK_CITIES) if kazakh else (RU_PARAGRAPH, RU_CITIES)
        extra = template.format(i=i, city=cities[i % len(cities)], n=50 + (i * 37) % 4000, m=5 + (i * 13) % 900)
        path = folder / f"article_{i:06d}.txt"
        path.write_text(sample + "\n\n" + extra + "\n", encoding="utf-8")
        paths.append(path)
    return paths
