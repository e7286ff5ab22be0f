"""``python -m dashboard extract`` to CSV runs without pandas (its import alone cost more than extracting a
hundred real passages): a new module-level pandas import on that path fails here, not in a benchmark."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The World Bank index is kept in a file of our own here: the first run reads the tables (with pandas) and keeps
# the index, the second must need neither.
PROBE = """import sys
from pathlib import Path
from dashboard.tables import reference_lookup
reference_lookup.CACHE = Path(sys.argv[3])
from dashboard import cli
code = cli.main(["extract", sys.argv[1], "--output", sys.argv[2], "--force"])
print(code, sorted(m for m in ("pandas", "numpy", "pyarrow", "plotly", "streamlit") if m in sys.modules))
"""


def test_extract_to_csv_imports_no_pandas(tmp_path):
    out = tmp_path / "figures.csv"
    runs = [subprocess.run([sys.executable, "-c", PROBE, str(REPO / "data" / "articles"), str(out),
                            str(tmp_path / "index.marshal")], cwd=REPO, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert runs[1].stdout.split("\n")[0] == "0 []", runs[1].stdout + runs[1].stderr
    assert out.read_text(encoding="utf-8").count("\n") > 1  # the figures were written
