"""Stage 5, the Streamlit app: the shell (``main.py``), shared widgets (``ui.py``) and one short script per page
(``views/``; not ``pages/``, a name that switches Streamlit to its older multipage mode). It reads tables and draws charts; it holds no rules of its own.
"""
