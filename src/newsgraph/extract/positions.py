"""Positions stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("positions", reads=("actors",), adds=("positions",))
def find_positions(ctx: Context) -> None:
    return None
