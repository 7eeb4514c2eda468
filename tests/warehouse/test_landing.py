import hashlib
import shutil

import pytest

from orchestration.settings import SAMPLE_CORPUS_DIR
from orchestration.warehouse.db import connect, ensure_schema
from orchestration.warehouse.landing import land_folder, landing_fingerprint

RU = "В Нур-Султане обсудили итоги работы гражданского сектора. Сегодня действует порядка 4,5 тыс. НПО."


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def con(tmp_path):
    with connect(tmp_path / "w.duckdb") as c:
        ensure_schema(c)
        yield c


@pytest.fixture
def mixed_landing(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    for f in sorted(SAMPLE_CORPUS_DIR.glob("*.txt"))[:2]:
        shutil.copy(f, landing / f.name)
    (landing / "empty.txt").write_bytes(b"")
    (landing / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (landing / "cp1251.txt").write_bytes(RU.encode("cp1251"))
    (landing / "utf16.txt").write_bytes(("Алматыда жиын өтті. " + RU).encode("utf-16"))
    (landing / "копия статьи.txt").write_text(RU, encoding="utf-8")  # same text as cp1251.txt
    (landing / "feed.jsonl").write_text('{"text": "Қарағанды облысында кездесу өтті."}\n{broken\n', encoding="utf-8")
    return landing


def count(con, table):
    return con.execute(f"select count(*) from {table}").fetchall()[0][0]


def test_every_file_is_a_document_or_a_rejection(con, mixed_landing):
    before = digest(mixed_landing)
    stats = land_folder(con, mixed_landing, max_bytes=10_000_000)
    assert stats.documents_new == 5  # 2 samples, cp1251 (== копия), utf16, one JSONL line
    assert stats.documents_duplicate == 1
    reasons = dict(con.execute("select source_file, reason from raw.rejections").fetchall())
    assert set(reasons) == {"empty.txt", "image.txt", "feed.jsonl:2"}
    assert "empty" in reasons["empty.txt"] and "png" in reasons["image.txt"] and "malformed" in reasons["feed.jsonl:2"]
    texts = [
        r[0]
        for r in con.execute("select raw_text from raw.documents where encoding in ('cp1251', 'utf-16')").fetchall()
    ]
    assert any(t == RU for t in texts) and any(t.startswith("Алматыда жиын өтті.") for t in texts)
    assert digest(mixed_landing) == before, "landing must never modify raw files"


def test_relanding_is_idempotent_and_skips_unchanged_files(con, mixed_landing):
    land_folder(con, mixed_landing, max_bytes=10_000_000)
    counts = (count(con, "raw.documents"), count(con, "raw.rejections"))
    again = land_folder(con, mixed_landing, max_bytes=10_000_000)
    assert again.files_read == 0 and again.files_skipped == again.files_seen
    assert (count(con, "raw.documents"), count(con, "raw.rejections")) == counts


def test_same_text_renamed_adds_nothing(con, tmp_path):
    landing = tmp_path / "l"
    landing.mkdir()
    (landing / "a.txt").write_text(RU, encoding="utf-8")
    land_folder(con, landing, max_bytes=10_000_000)
    (landing / "b.txt").write_text(RU + "\n\n", encoding="utf-8")
    stats = land_folder(con, landing, max_bytes=10_000_000)
    assert stats.documents_new == 0 and stats.documents_duplicate == 1
    assert count(con, "raw.documents") == 1


def test_oversized_file_is_rejected(con, tmp_path):
    landing = tmp_path / "l"
    landing.mkdir()
    (landing / "big.txt").write_text(RU * 100, encoding="utf-8")
    land_folder(con, landing, max_bytes=1000)
    [(reason,)] = con.execute("select reason from raw.rejections").fetchall()
    assert "too large" in reason


def test_fingerprint_changes_with_the_folder(tmp_path):
    empty = landing_fingerprint(tmp_path)
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    assert landing_fingerprint(tmp_path) != empty
    assert landing_fingerprint(tmp_path) == landing_fingerprint(tmp_path)


def test_hostile_text_is_stored_verbatim(con, tmp_path):
    landing = tmp_path / "l"
    landing.mkdir()
    hostile = "Статья'); DROP TABLE raw.documents; -- \"кавычки\" ; 'ещё' $$ \\ конец текста про НПО."
    (landing / "x'; drop.txt").write_text(hostile, encoding="utf-8")
    land_folder(con, landing, max_bytes=10_000_000)
    assert con.execute("select raw_text, source_file from raw.documents").fetchall() == [(hostile, "x'; drop.txt")]
