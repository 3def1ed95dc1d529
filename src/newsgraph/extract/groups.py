"""Groups stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("groups", reads=("actors",), adds=("groups",))
def find_groups(ctx: Context) -> None:
    return None
