"""Readers of the binary and markup formats a source file may come in (PDF, DOCX, saved web pages)."""


class Unreadable(ValueError):
    """A file this format's reader cannot turn into text; the message says why."""
