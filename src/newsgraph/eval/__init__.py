"""`newsgraph eval DATASET`: scorers over the evaluation sets in ../shared/eval/.

Each data set registers a scorer with `@dataset(name)`; a scorer takes the data set's folder and
options and returns a `Report` of per-fact-type precision/recall/F1 (and extra figures).
"""

from newsgraph.eval.registry import DATASETS, PRF, Report, dataset, shared_eval_dir

__all__ = ["DATASETS", "PRF", "Report", "dataset", "shared_eval_dir"]
