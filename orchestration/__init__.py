"""qogam: an ELT warehouse of Kazakhstan civil-society news."""

import os as _os

# Parallelism is one extraction process per core; numerical libraries (numpy's BLAS under
# natasha) must not also start a thread per core in each process, which oversubscribes the
# CPU several times over. Set before numpy is first imported; an explicit setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")

from . import warning_filters as _warning_filters  # noqa: E402

_warning_filters.install()
