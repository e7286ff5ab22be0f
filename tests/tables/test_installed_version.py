"""The store version reads installed package versions without importing importlib.metadata, to the same answer."""

from __future__ import annotations

import importlib.machinery
import importlib.metadata
import sys

import pytest

from dashboard.tables import file_records


@pytest.mark.parametrize("dist", ["CurrencyConverter", "currencyconverter", "trafilatura", "pandas", "PyYAML",
                                  "typing-extensions", "typing_extensions"])
def test_installed_version_is_importlib_metadatas(dist):
    # an earlier test may have imported a package that adds a distribution finder (the test session's order
    # decides): then the quick look must step aside (None) and leave the answer to importlib.metadata
    quick = [f for f in sys.meta_path if hasattr(f, "find_distributions")] == [importlib.machinery.PathFinder]
    expected = importlib.metadata.version(dist) if quick else None
    assert file_records._installed_version(dist) == expected


def test_a_package_not_installed_is_left_to_importlib_metadata():
    assert file_records._installed_version("no-such-package-here") is None


def test_another_distribution_finder_turns_the_quick_look_off(monkeypatch):
    class Finder:
        def find_distributions(self, context=None):
            return []

    monkeypatch.setattr("sys.meta_path", [*__import__("sys").meta_path, Finder()])
    assert file_records._installed_version("pandas") is None


def test_a_fresh_interpreter_takes_the_quick_path_to_the_same_versions():
    # what a CLI run does: the versions come from the dist-info folders, and importlib.metadata is never imported
    import subprocess

    dists = ["CurrencyConverter", "trafilatura"]
    code = ("import sys; from dashboard.tables import file_records as f; "
            "print([f._installed_version(d) for d in sys.argv[1:]]); print('importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, *dists], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [str([importlib.metadata.version(d) for d in dists]), "False"]
