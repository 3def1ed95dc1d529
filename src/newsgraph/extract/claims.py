"""Claims stage: attributed assessments that are neither events nor a party's own speech.

"experts noted that the celebration received minimal coverage", "NK News suggested that the
limited coverage might be due to ...", "NK News interpreted the presence of ... as a
demonstration of ...". Attributions come from `attribution.find_attributions`; the rule that sends
a statement here rather than to quotes (media outlets and analyst groups hold claims) lives there.
A generic holder ("experts", "analysts") becomes a group actor so `Claim.by` keeps who holds it;
"They also pointed out that ..." continues the last group holder.
"""

from __future__ import annotations

from newsgraph.extract.attribution import find_attributions
from newsgraph.extract.pipeline import Context, stage
from newsgraph.model import Claim, Evidence


@stage("claims", reads=("actors", "quotes"), adds=("claims", "actors"))
def find_claims(ctx: Context) -> None:
    """Append a Claim for every attributed assessment."""
    for a in find_attributions(ctx):
        if not a.claim:
            continue
        text = ctx.article.field_text(a.field)[a.start:a.end]
        ctx.document.claims.append(Claim(by=a.holder, text=text, evidence=Evidence(start=a.start, end=a.end, field=a.field)))
