"""Shared test configuration: the hypothesis profiles.

``HYPOTHESIS_PROFILE`` selects one: ``dev`` (quick, the default on a
developer's machine), ``ci`` (the default where ``CI`` is set, as in
``.ci/run``) or ``long`` (an overnight fuzz).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis import HealthCheck, settings

# The gazetteer's city index is cached in a folder of this run's own, so that
# the tests neither read nor leave behind the cache of the user running them.
if "WIRECOPY_CACHE_DIR" not in os.environ:
    os.environ["WIRECOPY_CACHE_DIR"] = tempfile.mkdtemp(prefix="wirecopy-cache-")
    atexit.register(shutil.rmtree, os.environ["WIRECOPY_CACHE_DIR"], ignore_errors=True)

settings.register_profile("dev", max_examples=200)
# The thorough profiles run many examples on a loaded machine: no deadline.
for name, examples in (("ci", 2000), ("long", 100_000)):
    settings.register_profile(
        name,
        max_examples=examples,
        deadline=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
# CI machines set CI=true: they get the thorough profile without being told.
_default = "ci" if os.environ.get("CI", "").lower() in ("1", "true", "yes") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _default))

# A run of a chosen size, on top of the profile: HYPOTHESIS_MAX_EXAMPLES=10000
# runs the long fuzz in chunks (each with its own --hypothesis-seed).  Under
# CI=true Hypothesis draws the same examples every run (derandomize), which
# keeps the README's test command repeatable but would make every chunk
# draw the same stories whatever its seed: a sized run is random.
if os.environ.get("HYPOTHESIS_MAX_EXAMPLES"):
    settings.register_profile(
        "sized",
        parent=settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", _default)),
        max_examples=int(os.environ["HYPOTHESIS_MAX_EXAMPLES"]),
        deadline=None,
        derandomize=False,
    )
    settings.load_profile("sized")
