"""End to end: the same meeting of the same ministry reported in Russian and in Kazakh is one
organisation, one person, one event and one fact per figure, each with two sources."""

import duckdb
import pytest

from .pipeline import run_pipeline

pytestmark = pytest.mark.slow

RU_ARTICLE = (
    "Министерство культуры и информации провело встречу с НПО в Астане\n\n"
    "12 марта 2024 года\n\n"
    "В Астане состоялось заседание Министерства культуры и информации с представителями неправительственных "
    "организаций. Как сообщил вице-министр культуры и информации Ерлан Жумабаев, в этом году на государственный "
    "социальный заказ выделено 2,5 млрд тенге, а в конкурсе грантов участвуют 340 общественных объединений.\n\n"
    "Участники заседания обсудили поддержку гражданских инициатив в регионах.\n"
)

KK_ARTICLE = (
    "Мәдениет және ақпарат министрлігі Астанада ҮЕҰ өкілдерімен кездесті\n\n"
    "2024 жылғы 12 наурыз\n\n"
    "Астанада Мәдениет және ақпарат министрлігінің үкіметтік емес ұйымдар өкілдерімен отырысы өтті. Мәдениет "
    "және ақпарат вице-министрі Ерлан Жұмабаев мәлімдегендей, биыл мемлекеттік әлеуметтік тапсырысқа 2,5 млрд "
    "теңге бөлінді, гранттар байқауына 340 қоғамдық бірлестік қатысады.\n\n"
    "Отырыс қатысушылары өңірлердегі азаматтық бастамаларды қолдау мәселесін талқылады.\n"
)


def test_one_row_per_body_person_event_and_figure_across_languages(home):
    (home / "landing" / "ru_ministry_meeting.txt").write_text(RU_ARTICLE, encoding="utf-8")
    (home / "landing" / "kk_ministry_meeting.txt").write_text(KK_ARTICLE, encoding="utf-8")
    result = run_pipeline()
    assert result.success
    con = duckdb.connect(str(home / "published" / "qogam.duckdb"), read_only=True)
    q = lambda sql: con.execute(sql).fetchall()
    assert q(
        "select name_ru, name_kk, canonical, document_count from dim_organisations "
        "where canonical_id = 'kz_min_culture_information'"
    ) == [
        (
            "Министерство культуры и информации Республики Казахстан",
            "Қазақстан Республикасы Мәдениет және ақпарат министрлігі",
            True,
            2,
        )
    ]
    assert q(
        "select count(distinct name_as_read) from bdg_document_organisations "
        "where canonical_id = 'kz_min_culture_information'"
    ) == [(2,)]  # every alias as read is kept
    assert q("select document_count from dim_persons where person_name like 'Ерлан %'") == [(2,)]
    assert q("select source_count from fct_events where event_type = 'meeting'") == [(2,)]
    assert sorted(q("select metric_value, unit, source_count from fct_metrics")) == [
        (340.0, "count", 2),
        (2500000000.0, "KZT", 2),
    ]
