"""Ingestion: raw pages from files, folders, feeds, WARC, JSONL or stdin, cleaned into Articles.

`read(inputs)` yields an `Article` or an `IngestError` per page, never raising for one bad file.
"""

from newsgraph.ingest.sources import IngestError, read, read_text

__all__ = ["IngestError", "read", "read_text"]
