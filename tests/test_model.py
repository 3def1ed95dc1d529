"""The document model: which text an evidence field points into."""

from __future__ import annotations

import pytest

from newsgraph.model import Article


def test_field_text_reads_every_evidence_field():
    article = Article(id="t", title="Leaders meet in Hanoi", body="The two leaders met on Monday.",
                      captions=["Leaders shake hands"], credits=["Yonhap", "Korean Central TV"])
    assert article.field_text("body") == "The two leaders met on Monday."
    assert article.field_text("title") == "Leaders meet in Hanoi"
    assert article.field_text("captions/0") == "Leaders shake hands"
    assert article.field_text("credits/1") == "Korean Central TV"
    with pytest.raises(ValueError):
        article.field_text("footer")
