"""Where the troop map writes each host's name, so that names in a crowded region do not print over each other.

Plotly draws a Scattergeo marker's text where ``textposition`` says, whatever else is there: with the
Baltic states, Poland and Germany all hosting troops, five names printed on top of one another (an audit).
Here the names are placed one by one, the largest stated deployment first, each on the first side of its
marker (above, below, right, left, then the corners) where it stays inside the map, overlaps no name already placed, and covers no other marker if
such a side exists; a name that fits nowhere is left off, and its marker still names the host on hover. A host named by several
rows (two owners, or a level and a plan) is written once.

The geometry is an estimate in screen pixels of the whole-world map the page draws (a natural-earth
projection in a 380 px high figure with its source line and legend below, about 500 px wide; its font is
13 px): good enough to keep names apart, not a layout engine.
"""

from __future__ import annotations

from collections.abc import Sequence

PX_PER_DEGREE = 500 / 360  # the world map's width over 360 degrees of longitude (measured in the app: ~500 px)
CHAR_PX = 7.0  # the average width of a character of the map's 13 px font
LINE_PX = 16.0
EDGE_PX = 180 * PX_PER_DEGREE  # the map's left and right edges, from its centre
MARKER_PX = 6.0  # half a marker's width, and the gap between a marker and its name
SIDES = ("top center", "bottom center", "middle right", "middle left", "top right", "bottom right", "top left", "bottom left")

Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels (y grows downwards)


def _xy(lat: float, lon: float, centre: float) -> tuple[float, float]:
    rel = (lon - centre + 180.0) % 360.0 - 180.0  # the map is rotated to put ``centre`` in the middle
    return rel * PX_PER_DEGREE, -lat * PX_PER_DEGREE


def _box(x: float, y: float, width: float, side: str) -> Box:
    vertical, horizontal = side.split()
    top = {"top": y - MARKER_PX - LINE_PX, "bottom": y + MARKER_PX}.get(vertical, y - LINE_PX / 2)
    if horizontal == "center":
        left = x - width / 2
    else:  # beside the marker, or past its corner when above or below it
        gap = MARKER_PX if vertical == "middle" else MARKER_PX / 2
        left = x + gap if horizontal == "right" else x - gap - width
    return left, top, left + width, top + LINE_PX


def _overlaps(a: Box, b: Box, slack: float = 2.0) -> bool:
    """True when the boxes share more than ``slack`` pixels each way (a name's box has air around its letters)."""
    return a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3] and b[1] + slack < a[3]


def place_labels(names: Sequence[str], latlons: Sequence[tuple[float, float]], weights: Sequence[float],
                 centre: float = 0.0, others: Sequence[tuple[float, float]] = ()) -> list[tuple[str, str]]:
    """(text, textposition) for each marker, in the order given; text is "" where the name is left off.

    ``weights`` rank the markers (the largest is named first); ``others`` are further markers (the owners')
    that names should not cover.

    >>> place_labels(["Lithuania", "Latvia", "Estonia", "Japan"], [(55.2, 23.9), (56.9, 24.6), (58.6, 25.0), (36.2, 138.3)],
    ...              [1000, 500, 300, 50000])
    [('Lithuania', 'bottom center'), ('Latvia', 'middle right'), ('Estonia', 'top center'), ('Japan', 'top center')]
    """
    points = [_xy(lat, lon, centre) for lat, lon in latlons]
    markers = points + [_xy(lat, lon, centre) for lat, lon in others]
    placed: list[Box] = []
    named: set[str] = set()
    out = [("", SIDES[0])] * len(names)
    for i in sorted(range(len(names)), key=lambda i: -float(weights[i] or 0.0)):
        name = names[i]
        if not name or name in named:
            continue  # (each host once: its other markers sit at the same point)
        named.add(name)
        x, y = points[i]
        width = CHAR_PX * len(name)
        boxes = [(side, _box(x, y, width, side)) for side in SIDES]
        free = [(side, box) for side, box in boxes if -EDGE_PX <= box[0] and box[2] <= EDGE_PX  # (cut off at the map's edge)
                and not any(_overlaps(box, p) for p in placed)]
        clear = [(side, box) for side, box in free if not any(
            _overlaps(box, (mx - MARKER_PX, my - MARKER_PX, mx + MARKER_PX, my + MARKER_PX))
            for mx, my in markers if (mx, my) != (x, y))]
        if clear or free:  # a side covering no other marker if there is one; else one covering only markers
            side, box = (clear or free)[0]
            placed.append(box)
            out[i] = (name, side)
    return out


def also_here(hosts: Sequence[str], lines: Sequence[str]) -> list[str]:
    """For each marker, the other markers' lines at the same host ('<br>also: United Kingdom: about 900'), or '':
    markers of one host stand on one point and the hover shows only the top one (an audit saw only France's troops
    in Estonia, not the United Kingdom's).

    >>> also_here(["EST", "EST", "LVA"], ["France: 300", "United Kingdom: 900", "Canada: 2,000"])
    ['<br>also: United Kingdom: 900', '<br>also: France: 300', '']
    """
    out = []
    for i, host in enumerate(hosts):
        others = [line for j, (h, line) in enumerate(zip(hosts, lines, strict=True)) if h == host and j != i]
        out.append("<br>also: " + "; ".join(others) if others else "")
    return out
