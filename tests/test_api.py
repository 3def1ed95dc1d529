"""The Python API's front door: `newsgraph.analyze` takes a path or the text itself."""

from __future__ import annotations

import newsgraph


def test_a_one_line_text_longer_than_a_file_name_is_read_as_text(nlp):
    text = ("Senator Ann Moss met Governor Tom Hale in Columbus on Monday to discuss the budget, "
            "the state's schools, the long delays on the new bridge over the river and the plans for "
            "a second runway at the airport, which residents of the eastern suburbs have opposed for "
            "many years, aides said.")
    assert len(text) > 255 and "\n" not in text
    doc = newsgraph.analyze(text)
    assert [(e.plover, e.verb) for e in doc.events] == [("CONSULT", "meet")]


def test_a_path_is_read_as_a_file(nlp, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Senator Ann Moss met Governor Tom Hale on Monday.\n", encoding="utf-8")
    doc = newsgraph.analyze(str(path))
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Ann Moss", "Tom Hale"]
