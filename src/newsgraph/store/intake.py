"""Taking articles into the store: skip what is stored, extract in batches, link near-duplicates,
and save each article in its own transaction, so an interrupted run loses at most the batch in hand
and a rerun completes it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from sqlalchemy.exc import SQLAlchemyError

from newsgraph import nlp as pipelines
from newsgraph.extract import extract, extract_many
from newsgraph.ingest import IngestError
from newsgraph.ingest.dedupe import NearDuplicateIndex, signature
from newsgraph.model import Article, Document
from newsgraph.resolve.resolver import resolve_article
from newsgraph.store.store import SaveResult, Store


@dataclass
class Tally:
    """What a run did with what it read. Every article read lands in exactly one count."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0  # near-duplicates (syndicated copies), stored with `duplicate_of` set
    failures: list[IngestError] = field(default_factory=list)


class Intake:
    """Feeds articles to a store; `model` names the spaCy pipeline, loaded at the first extraction."""

    def __init__(self, store: Store, model: str | None = None, batch_size: int = 16,
                 on_progress: Callable[[Tally], None] | None = None) -> None:
        self.store = store
        self.model = model
        self.batch_size = batch_size
        self.on_progress = on_progress or (lambda _tally: None)
        self.tally = Tally()
        self.index = NearDuplicateIndex(store.signatures())  # the originals already stored

    def run(self, items: Iterable[Article | IngestError]) -> Tally:
        """Take every article of `items` in; an IngestError is counted as a failure."""
        batch: list[Article] = []
        pending: set[str] = set()
        for item in items:
            self.tally.read += 1
            if isinstance(item, IngestError):
                self.tally.failures.append(item)
            elif item.id in pending or self.store.has(item.id):
                self.tally.already_stored += 1  # exact copy: same cleaned body, same id
            else:
                batch.append(item)
                pending.add(item.id)
            if len(batch) >= self.batch_size:
                self._take(batch)
                batch, pending = [], set()
            self.on_progress(self.tally)
        if batch:
            self._take(batch)
            self.on_progress(self.tally)
        return self.tally

    def _take(self, batch: list[Article]) -> None:
        for document in self._extract(batch):
            self._save(document)

    def _extract(self, batch: list[Article]) -> list[Document]:
        language: Language = pipelines.load(self.model)
        try:
            return extract_many(batch, language)
        except Exception:  # noqa: BLE001 - one bad article must not sink its batch: retry one by one
            documents = []
            for article in batch:
                try:
                    documents.append(extract(article, language))
                except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
                    self.tally.failures.append(IngestError(article.source or article.id, f"extraction: {exc!r}"))
            return documents

    def _save(self, document: Document) -> None:
        article = document.article
        minhash = signature(article.body)
        original = self.index.query(minhash)
        try:
            result = self.store.save(document, duplicate_of=original, signature=minhash)
        except SQLAlchemyError as exc:
            self.tally.failures.append(IngestError(article.source or article.id, f"store: {exc}"))
            return
        if result is SaveResult.stored:
            # Link the article's actors to canonical actors across the store (`newsgraph.resolve`);
            # the article stays stored if this fails, and `newsgraph actors resolve` catches up.
            try:
                resolve_article(self.store, article.id)
            except SQLAlchemyError as exc:
                self.tally.failures.append(IngestError(article.source or article.id, f"resolution: {exc}"))
        if result is SaveResult.existing:
            self.tally.already_stored += 1
        elif original is not None:
            self.tally.duplicates += 1
        else:
            self.tally.stored += 1
            self.index.add(article.id, minhash)
