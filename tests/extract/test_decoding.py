import pytest

from orchestration.extract.decoding import DecodeError, decode_bytes, document_id

RU = "Сегодня в столице действует порядка 4,5 тыс. неправительственных организаций."
KK = "Жалпы алғанда, мегаполисте 4 мыңнан астам ҮЕҰ тіркелген."


@pytest.mark.parametrize(
    "data, encoding, text",
    [
        (RU.encode("utf-8"), "utf-8", RU),
        (KK.encode("utf-8"), "utf-8", KK),
        (b"\xef\xbb\xbf" + RU.encode("utf-8"), "utf-8-sig", RU),
        (RU.encode("utf-16"), "utf-16", RU),  # BOM + little endian
        (b"\xfe\xff" + KK.encode("utf-16-be"), "utf-16", KK),
        (RU.encode("cp1251"), "cp1251", RU),
        ("Астана\r\nАлматы\rШымкент".encode(), "utf-8", "Астана\nАлматы\nШымкент"),
    ],
)
def test_decodes_supported_encodings(data, encoding, text):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"   \n\t ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (png image)"),
        (b"%PDF-1.7 ...", "binary file (pdf document)"),
        (b"abc\x00def\x00", "NUL bytes"),
        (bytes(range(128, 256)) * 4, "undecodable"),
        (b"12345 67890 ---", "no letters"),
    ],
)
def test_rejects_non_documents_with_reason(data, reason):
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert reason in str(err.value)


def test_rejects_files_over_the_size_limit():
    with pytest.raises(DecodeError, match="too large"):
        decode_bytes(RU.encode() * 10, max_bytes=100)


def test_document_id_ignores_whitespace_layout_but_not_content():
    a = document_id("Астана  обсудили\nитоги")
    assert a == document_id("  Астана обсудили итоги \n")
    assert a == document_id("Астана\r\nобсудили   итоги")
    assert a != document_id("Алматы обсудили итоги")
    assert len(a) == 64 and int(a, 16) >= 0
