"""Claims stage (written in the extraction issue; registered so the pipeline order is complete)."""

from newsgraph.extract.pipeline import Context, stage


@stage("claims", reads=("actors",), adds=("claims",))
def find_claims(ctx: Context) -> None:
    return None
