"""The store version reads installed package versions without importing importlib.metadata, to the same answer."""

from __future__ import annotations

import importlib.metadata

import pytest

from dashboard.tables import file_records


@pytest.mark.parametrize("dist", ["CurrencyConverter", "currencyconverter", "trafilatura", "pandas", "PyYAML",
                                  "typing-extensions", "typing_extensions"])
def test_installed_version_is_importlib_metadatas(dist):
    assert file_records._installed_version(dist) == importlib.metadata.version(dist)


def test_a_package_not_installed_is_left_to_importlib_metadata():
    assert file_records._installed_version("no-such-package-here") is None


def test_another_distribution_finder_turns_the_quick_look_off(monkeypatch):
    class Finder:
        def find_distributions(self, context=None):
            return []

    monkeypatch.setattr("sys.meta_path", [*__import__("sys").meta_path, Finder()])
    assert file_records._installed_version("pandas") is None
