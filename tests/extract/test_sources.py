import json
import os

from orchestration.extract.sources import Rejection, SourceDocument, parse_bytes, scan

TEXT = "В Нур-Султане обсудили итоги работы гражданского сектора."


def test_jsonl_keeps_good_lines_and_rejects_the_malformed_one():
    lines = [
        json.dumps({"text": TEXT, "url": "https://example.kz/1", "source": "Tengrinews"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": "Алматыда жиын өтті.", "published_at": "2024-11-25"}, ensure_ascii=False),
    ]
    items = parse_bytes("\n".join(lines).encode(), "feed.jsonl", ".jsonl")
    docs = [i for i in items if isinstance(i, SourceDocument)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [d.source_file for d in docs] == ["feed.jsonl:1", "feed.jsonl:3"]
    assert docs[0].url == "https://example.kz/1" and docs[0].meta_source == "Tengrinews"
    assert docs[1].meta_published_at == "2024-11-25"
    assert len(rejected) == 1 and rejected[0].source_file == "feed.jsonl:2"
    assert "malformed JSON on line 2" in rejected[0].reason


def test_json_without_text_is_rejected():
    [item] = parse_bytes(b'{"title": "no body"}', "a.json", ".json")
    assert isinstance(item, Rejection) and "'text'" in item.reason


def test_html_drops_scripts_and_styles():
    html = (
        "<html><head><title>T</title><style>.a{color:red}</style></head><body><h1>Заголовок новости</h1>"
        "<script>var x = 'Алматы';</script><p>Текст статьи о НПО.</p></body></html>"
    )
    [doc] = parse_bytes(html.encode(), "page.html", ".html")
    assert isinstance(doc, SourceDocument)
    assert "var x" not in doc.raw_text and "color" not in doc.raw_text
    assert "Текст статьи о НПО." in doc.raw_text
    assert doc.meta_title == "Заголовок новости"


def test_unsupported_suffix_is_rejected_not_skipped():
    [item] = parse_bytes(b"hello", "notes.docx", ".docx")
    assert isinstance(item, Rejection) and "unsupported" in item.reason


def test_scan_does_not_follow_symlinks_out_of_the_folder(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Секретный текст снаружи папки.", encoding="utf-8")
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "good.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(outside, landing / "link.txt")
    result = scan([landing], relative_to=landing)
    assert [d.source_file for d in result.documents] == ["good.txt"]
    assert len(result.rejections) == 1 and "outside the landing folder" in result.rejections[0].reason


def test_same_text_under_two_names_has_one_id(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b копия.txt").write_text(TEXT + "\n", encoding="utf-8")
    result = scan([tmp_path])
    assert len({d.document_id for d in result.documents}) == 1
