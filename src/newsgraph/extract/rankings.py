"""Rankings stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("rankings", reads=("actors",), adds=("rankings",))
def find_rankings(ctx: Context) -> None:
    return None
