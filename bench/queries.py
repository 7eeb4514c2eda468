"""The README's example queries (the SQL blocks under "### Example queries"), for the benchmark and the tests."""

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_queries() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Example queries", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)
