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
