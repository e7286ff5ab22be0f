"""Stage 3, tables: articles and their ``Figure`` records in; typed pandas DataFrames in the one schema out.

The figures table (with USD values and provenance), the review store that corrects it, filters, CSV
export, the article library that adds files, and the World Bank reference series beside the claims.
"""
