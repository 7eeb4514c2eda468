"""The one list of library warnings qogam silences, each by category and module.

They are about the libraries' own futures, not about anything a qogam user can act on, and
would otherwise be printed on every command. Installed on import of the `orchestration`
package; `pythonwarnings()` passes the same list to child processes (`dagster dev`).
"""

from __future__ import annotations

import warnings

# (message prefix, category name, module where the warning is attributed)
FILTERS: tuple[tuple[str, type[Warning], str], ...] = (
    # pymorphy2 (under natasha) looks up dictionaries through pkg_resources.
    ("pkg_resources is deprecated", UserWarning, "pymorphy2.analyzer"),
    # `dagster dev` announces its successor (`dg dev`, from a package the project does not use).
    ("Function `dev_command` is superseded", FutureWarning, "click.core"),
)


def install() -> None:
    for message, category, module in FILTERS:
        warnings.filterwarnings("ignore", message=message, category=category, module=module)


def pythonwarnings() -> str:
    """The same filters in PYTHONWARNINGS syntax (action:message:category:module)."""
    return ",".join(f"ignore:{message}:{category.__name__}:{module}" for message, category, module in FILTERS)
