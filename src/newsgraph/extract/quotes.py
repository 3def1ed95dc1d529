"""Quotes stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("quotes", reads=("actors",), adds=("quotes",))
def find_quotes(ctx: Context) -> None:
    return None
