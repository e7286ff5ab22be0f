"""benchmarks.browser_speed's CPU reading: it sums the processes started with a profile, and only those."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.browser_speed import browser_cpu

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")

BUSY = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ninput()"


def test_browser_cpu_counts_the_processes_of_its_profile(tmp_path):
    profile = tmp_path / "profile"
    proc = subprocess.Popen([sys.executable, "-c", BUSY, f"--user-data-dir={profile}"], stdin=subprocess.PIPE)
    try:
        deadline = 600  # polls: the busy loop's 0.3 s of CPU may take long to get on a loaded machine
        while browser_cpu(profile) != browser_cpu(profile) or browser_cpu(profile) < 0.25:  # NaN until it runs
            deadline -= 1
            assert deadline, "the busy process was never counted"
            time.sleep(0.05)
        assert math.isnan(browser_cpu(tmp_path / "prof"))  # a profile whose name starts the same is another one
    finally:
        proc.communicate(b"\n", timeout=30)
