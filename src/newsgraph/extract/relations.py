"""Relations stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("relations", reads=("actors",), adds=("relations",))
def find_relations(ctx: Context) -> None:
    return None
