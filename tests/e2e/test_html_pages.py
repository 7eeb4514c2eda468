"""Saved HTML pages land like their plain-text versions; boilerplate and landing time date nothing."""

import duckdb
import pytest

from .pipeline import run_pipeline

pytestmark = pytest.mark.slow

ARTICLES = {
    "ru": (
        "В Кокшетау прошел форум неправительственных организаций",
        "14 марта 2024, 11:20",
        "2024-03-14",
        [
            "В Кокшетау прошел областной форум неправительственных организаций. В нем приняли участие более 300 "
            "представителей НПО и волонтерских движений Акмолинской области.",
            "На развитие государственного социального заказа в регионе в этом году выделено 450 млн тенге, "
            "сообщил руководитель управления внутренней политики.",
        ],
    ),
    "kk": (
        "Қостанайда еріктілер слеті өтті",
        "2024 ж. 21 сәуір",
        "2024-04-21",
        [
            "Қостанай қаласында облыстық еріктілер слеті өтті. Оған 250-ден астам ерікті мен үкіметтік емес "
            "ұйымдардың өкілдері қатысты.",
            "Слет барысында жастар ұйымдарына 120 млн теңге көлемінде гранттар берілетіні айтылды.",
        ],
    ),
}
# Boilerplate with facts of its own: none of these regions or figures may reach the marts.
NAV = (
    "<header><nav><a href='/'>Главная</a> <a href='/atyrau'>Атырау</a> <a href='/turkestan'>Туркестан</a></nav>"
    "<div class='today'>Вторник, 2 января 2024</div><div class='rates'>USD 447 EUR 486</div></header>"
)
SIDEBAR = (
    "<aside><h3>Читайте также</h3><ul><li><a href='/1'>В Атырау открыли центр для 900 волонтеров</a> 01.02.2023</li>"
    "<li><a href='/2'>В Туркестане 777 НПО получили гранты</a> 05.02.2023</li></ul></aside>"
)
COMMENTS = (
    "<section class='comments'><h3>Комментарии</h3><div class='comment'><b>Гость</b> 03.03.2024: "
    "в Атырау тоже проведите форум, нас там 5000 человек!</div></section>"
)
FOOTER = "<footer><p>© Qogam News, 2010–2024. info@qogam.kz</p><p>Туркестанская область, 160000</p></footer>"
BOILERPLATE_REGIONS = {"KZ-23", "KZ-61"}  # Atyrau, Turkistan
BOILERPLATE_VALUES = {900.0, 777.0, 5000.0, 447.0, 486.0, 160000.0}


def html_page(title: str, byline: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} — Qogam News</title>"
        "<script>var trackPage = function() { return 'Атырау 123'; };</script></head><body>"
        f"{NAV}<main><article><h1>{title}</h1><div class='byline'>Айгерім Сәрсенова | {byline}</div>"
        f"{body}</article>{SIDEBAR}{COMMENTS}</main>{FOOTER}</body></html>"
    )


def text_page(title: str, byline: str, paragraphs: list[str]) -> str:
    return f"{title}\n{byline}\n\n" + "\n\n".join(paragraphs) + "\n"


def facts(con, source_file: str) -> dict:
    doc = con.execute(
        "select document_id, published_date, title from dim_documents where source_file = ?", [source_file]
    ).fetchall()
    assert doc, f"{source_file} did not reach the marts"
    document_id, published, title = doc[0]
    regions = {
        r
        for (r,) in con.execute(
            "select distinct region_code from bdg_document_regions where document_id = ?", [document_id]
        ).fetchall()
    }
    values = {
        v
        for (v,) in con.execute(
            "select metric_value from fct_metric_mentions where document_id = ?", [document_id]
        ).fetchall()
    }
    events = sorted(
        t
        for (t,) in con.execute(
            "select e.event_type from bdg_event_documents b join fct_events e using (event_id) where b.document_id = ?",
            [document_id],
        ).fetchall()
    )
    return {"published": str(published), "title": title, "regions": regions, "values": values, "events": events}


UNDATED = (
    "В Таразе прошло заседание общественного совета\n\n"
    "В Таразе прошло заседание общественного совета по вопросам взаимодействия с НПО. В нем участвовали "
    "более 40 представителей неправительственных организаций Жамбылской области.\n"
)
DATED = (
    "В Шымкенте прошел форум НПО\n5 мая 2023, 10:40\n\n"
    "В Шымкенте прошел форум неправительственных организаций. В нем участвовали более 150 человек.\n"
)


@pytest.fixture(scope="module")
def pages_published(tmp_path_factory):
    """One run over every page of this module (HTML pages, their text versions, an undated and a
    dated article): the published file."""
    home = tmp_path_factory.mktemp("pages") / "home"
    landing = home / "landing"
    landing.mkdir(parents=True)
    for lang, (title, byline, _, paragraphs) in ARTICLES.items():
        (landing / f"{lang}.html").write_text(html_page(title, byline, paragraphs), encoding="utf-8")
        (landing / f"{lang}.txt").write_text(text_page(title, byline, paragraphs), encoding="utf-8")
    (landing / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (landing / "dated.txt").write_text(DATED, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QOGAM_HOME", str(home))
        assert run_pipeline().success
    return home / "published" / "qogam.duckdb"


def test_html_pages_give_the_facts_of_their_text_versions(pages_published):
    con = duckdb.connect(str(pages_published), read_only=True)
    try:
        for lang, (title, _, published, _) in ARTICLES.items():
            from_html, from_text = facts(con, f"{lang}.html"), facts(con, f"{lang}.txt")
            assert from_html == from_text
            assert from_html["title"] == title and from_html["published"] == published
            assert from_html["values"] and from_html["regions"]
            assert not from_html["regions"] & BOILERPLATE_REGIONS
            assert not from_html["values"] & BOILERPLATE_VALUES
        all_regions = {r for (r,) in con.execute("select distinct region_code from bdg_document_regions").fetchall()}
        all_values = {v for (v,) in con.execute("select metric_value from fct_metric_mentions").fetchall()}
        assert not all_regions & BOILERPLATE_REGIONS and not all_values & BOILERPLATE_VALUES
        sources = con.execute("select source_name from dim_sources where source_name <> 'unknown'").fetchall()
        assert sources == [("Qogam News",)]  # both HTML pages, one outlet row
    finally:
        con.close()


def test_an_undated_document_dates_no_fact_by_its_landing_time(pages_published):
    con = duckdb.connect(str(pages_published), read_only=True)
    try:
        q = lambda sql, *p: con.execute(sql, list(p)).fetchall()
        [(undated_id, published, landed)] = q(
            "select document_id, published_date, landed_at from dim_documents where source_file = 'undated.txt'"
        )
        assert published is None and landed is not None
        assert q(
            "select count(*) from fct_metric_mentions where document_id = ? and reported_at is not null", undated_id
        ) == [(0,)]
        assert q("select count(*) from fct_metric_mentions where document_id = ?", undated_id)[0][0] > 0
        events = q("select event_date, first_reported_at from fct_events where first_document_id = ?", undated_id)
        assert events and all(row == (None, None) for row in events)
        assert q(
            "select count(*) from fct_metrics where first_document_id = ? and first_reported_at is not null", undated_id
        ) == [(0,)]
        # Periods come from publication dates (dated.txt's and the pages'), never from the landing time.
        periods = {p for (p,) in q("select period from rpt_events_by_region_month")}
        published_months = {
            f"{d:%Y-%m}"
            for (d,) in q(
                "select distinct published_date from dim_documents join bdg_event_documents using (document_id) "
                "where published_date is not null"
            )
        }
        assert "2023-05" in published_months and f"{landed:%Y-%m}" not in published_months
        assert periods == {"undated"} | published_months
        assert q(
            "select count(*) from rpt_events_by_region_month where period = 'undated' and month_start_date is not null"
        ) == [(0,)]
    finally:
        con.close()
