"""Stage 1, ingest: files, pasted text and URLs in; ``Article`` records (clean text, title, publisher, date, url) out.

Nothing here knows about figures: reading, decoding, cleaning HTML, front matter and guarded fetching.
"""
