"""Language identification with py3langid; the model is loaded once per process."""

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_SAMPLE_CHARS = 5000


@functools.cache
def _identifier() -> LanguageIdentifier:
    # Our own instance: py3langid's module-level one can be restricted by other code via set_languages().
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, "" when there is no text."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return ""
    language, _score = _identifier().classify(sample)
    return language


def warm_up() -> None:
    """Load the model now (e.g. when a worker process starts) rather than during the first document."""
    _identifier()
