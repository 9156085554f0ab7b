"""The Streamlit workspace: a thin shell over LetterService."""
