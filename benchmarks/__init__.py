"""Benchmarks: synthetic corpora (generate.py) and the speed, scale and quality run (run.py).

``make bench`` runs them; results land in benchmarks/RESULTS.md.
"""
