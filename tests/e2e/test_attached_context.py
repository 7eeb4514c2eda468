"""The context the extractor attaches (extract/context.py) reaches the marts by joins only."""

import duckdb
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def published(built_home):
    con = duckdb.connect(str(built_home / "published" / "qogam.duckdb"), read_only=True)
    yield lambda sql: con.execute(sql).fetchall()
    con.close()


def test_a_figures_organisation_is_the_nearest_mention_before_it(published):
    rows = published("""
        select m.metric_mention_id, m.organisation_id,
               arg_min(o.organisation_id, row(m.span_start - o.span_end, o.span_start)) as nearest
        from fct_metric_mentions m
        left join bdg_document_organisations o
            on o.document_id = m.document_id and o.span_end <= m.span_start and m.span_start - o.span_end <= 300
        group by all
    """)
    assert any(org for _, org, _ in rows) and any(org is None for _, org, _ in rows)
    assert all(org == nearest for _, org, nearest in rows)


def test_persons_are_linked_to_the_organisations_their_roles_name(published):
    links = published("""
        select p.person_role, o.organisation_name, o.organisation_id in (
            select organisation_id from bdg_document_persons d where d.person_id = p.person_id
        )
        from bdg_person_organisations p join dim_organisations o using (organisation_id)
    """)
    assert links, "no person linked to an organisation in the sample corpus"
    for role, _, seen_in_mentions in links:
        assert role and seen_in_mentions
    # Russian and Kazakh roles both link
    assert any("совет" in role.lower() for role, _, _ in links)
    assert any("басшысы" in role for role, _, _ in links)
    # a role that names no body ("аким города ...") links nothing
    unlinked = published("""
        select role_as_read from bdg_document_persons
        where organisation_id is null and role_as_read ilike 'аким %'
    """)
    assert unlinked
