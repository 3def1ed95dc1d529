"""The publisher of an evaluation text, from its data set's own metadata."""

from __future__ import annotations

from pathlib import Path

from newsgraph.eval.publishers import publisher


def _eval_root(tmp_path: Path) -> Path:
    folder = tmp_path / "polnear"
    folder.mkdir()
    (folder / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\ttitle\n"
        "dev\twash-post_2016-09-25_court-rules\twash-post\tCourt rules\n"
        "test\tbreitbart_2016-10-13_tapper-says\tbreitbart\tTapper says\n", encoding="utf-8")
    return tmp_path


def test_a_polnear_text_is_its_publishers(tmp_path):
    root = _eval_root(tmp_path)
    assert publisher("polnear/dev/text/wash-post_2016-09-25_court-rules.txt", root) == "Washington Post"
    assert publisher("polnear/test/text/breitbart_2016-10-13_tapper-says.txt", root) == "Breitbart News"


def test_a_whole_data_set_has_one_publisher(tmp_path):
    assert publisher("bbc-politics/politics/161.txt", tmp_path) == "BBC News"
    assert publisher("kcna-dev/articles/kcna-2024-08-18-da81f321.txt", tmp_path) == "Korean Central News Agency"
    assert publisher("dwie/docred-format/dev.json#DW_1234", tmp_path) == "Deutsche Welle"


def test_an_unlisted_text_has_none(tmp_path):
    root = _eval_root(tmp_path)
    assert publisher("polnear/dev/text/unknown_2016-01-01_x.txt", root) is None
    assert publisher("conll2003/eng.testb", root) is None
