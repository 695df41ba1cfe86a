"""The Streamlit explorer's pages: they render what the library computes, and hold no domain logic."""
