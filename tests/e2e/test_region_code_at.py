"""`region_code_at_date` has one source (region_reorganisations.csv): Python and SQL give the same answer."""

from datetime import date, timedelta

import duckdb
import pytest

from orchestration.extract.gazetteer import REORGANISATIONS_PATH, load_reorganisations, region_code_at

from ..dbt_cli import run_dbt

pytestmark = pytest.mark.slow
SQL = """
select cases.region_code, cases.on_date, {{ region_code_at('cases.region_code', 'cases.on_date') }} as at_date
from cases
left join {{ ref('region_reorganisations') }} as reorganisations on reorganisations.region_code = cases.region_code
"""


def cases() -> list[tuple[str, date | None]]:
    out: list[tuple[str, date | None]] = [("KZ-75", date(2010, 1, 1)), ("KZ-75", None), ("unknown", date(2020, 1, 1))]
    for change in load_reorganisations().values():
        for on in (
            None,
            change.effective_on - timedelta(days=1),
            change.effective_on,
            change.effective_on + timedelta(days=400),
        ):
            out += [(change.region_code, on), (change.predecessor_region_code, on)]
    return out


def test_python_and_the_dbt_macro_agree(tmp_path):
    out = run_dbt("-q", "compile", "--inline", SQL, target=tmp_path / "target", home=tmp_path)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    compiled = out.stdout
    con = duckdb.connect()
    con.execute("attach ':memory:' as warehouse")
    con.execute("create schema warehouse.reference")
    con.execute(
        "create table warehouse.reference.region_reorganisations as select * from read_csv(?, header = true, "
        "columns = {'region_code': 'varchar', 'predecessor_region_code': 'varchar', "
        "'effective_on': 'date', 'change_note': 'varchar'})",
        [str(REORGANISATIONS_PATH)],
    )
    con.execute("create table cases (region_code varchar, on_date date)")
    con.executemany("insert into cases values (?, ?)", cases())
    sql_answers = {(code, on): at for code, on, at in con.execute(compiled).fetchall()}
    python_answers = {(code, on): region_code_at(code, on) for code, on in cases()}
    assert sql_answers == python_answers
    assert len(set(python_answers.values())) > 4  # the cases do reach both sides of each change
