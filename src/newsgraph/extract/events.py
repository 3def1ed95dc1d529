"""Events stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("events", reads=("actors",), adds=("events",))
def find_events(ctx: Context) -> None:
    return None
