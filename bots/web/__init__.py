"""The web service and its embeddable chat widget."""
