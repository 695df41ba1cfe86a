"""What the explorer's pages compute from the store: overview, document view, lineage, comparison,
responsibilities, search and the choices of parameter widgets.

Takes a ``Store``; gives plain dataclasses for the app to render. No Streamlit here.
Every query is a file in ``queries/`` (run with ``options.rows``), its values bound
as ``VALUES`` blocks; the language of labels is such a value (``?lang``).
"""
