"""newsgraph: turn news into sourced political intelligence.

    >>> import newsgraph
    >>> doc = newsgraph.analyze("examples/kcna-style-meeting.txt")   # a path or the text itself
    >>> [a.name for a in doc.actors if a.kind == "person"]
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import Document

__version__ = "0.1.0"
__all__ = ["Document", "Store", "analyze", "__version__"]


def analyze(text_or_path: str | Path, model: str | None = None) -> Document:
    """Analyse one article, given as a path to a file or as its text; returns its Document."""
    from newsgraph import ingest, nlp  # noqa: PLC0415 - keep `import newsgraph` light
    from newsgraph.extract import extract  # noqa: PLC0415

    if isinstance(text_or_path, Path) or ("\n" not in text_or_path and len(text_or_path) < 4096
                                          and _is_file(text_or_path)):
        results = list(ingest.read([str(text_or_path)]))
        if len(results) != 1:
            raise ValueError(f"{text_or_path} holds {len(results)} articles; use newsgraph.ingest.read")
        article = results[0]
        if isinstance(article, ingest.IngestError):
            raise ValueError(f"{article.source}: {article.reason}")
    else:
        article = ingest.read_text(str(text_or_path))
    return extract(article, nlp.load(model))


def _is_file(text: str) -> bool:
    """Whether a one-line string names an existing file; a sentence too long for a file name is text."""
    try:
        return Path(text).is_file()
    except OSError:
        return False


def __getattr__(name: str):
    if name == "Store":
        from newsgraph.store import Store  # noqa: PLC0415

        return Store
    raise AttributeError(name)
