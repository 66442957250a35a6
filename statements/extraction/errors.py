class ExtractionError(Exception):
    """Permanent problem with a document; message is shown to editors (clear, human)."""
