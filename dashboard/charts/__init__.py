"""Stage 4, charts: figures DataFrames in; Plotly figures out. Pure functions, no Streamlit.
"""
