"""Quotes stage: what people and bodies said, directly (in quotation marks) or reported.

Attributions are read by `attribution.find_attributions` (cues, speakers, pronoun continuation,
reproduced statements); this stage keeps those whose holder speaks for itself. Assessments held by
media outlets and analyst groups are claims (see `attribution` for the rule) and are left to the
claims stage. `Quote.text` is the quoted content: the words inside the marks, or the complement
clause without its leading "that".
"""

from __future__ import annotations

from newsgraph.extract.attribution import find_attributions
from newsgraph.extract.pipeline import Context, stage
from newsgraph.model import Evidence, Quote


@stage("quotes", reads=("actors", "positions"), adds=("quotes",))
def find_quotes(ctx: Context) -> None:
    """Append a Quote for every attributed statement that is not a claim."""
    for a in find_attributions(ctx):
        if a.claim:
            continue
        text = ctx.article.field_text(a.field)[a.start:a.end]
        ctx.document.quotes.append(Quote(
            speaker=a.holder, told=a.told, text=text, direct=a.direct,
            evidence=Evidence(start=a.start, end=a.end, field=a.field),
        ))
