"""pagesift: label every line of a scraped web page as news, press release or boilerplate."""

__version__ = "0.1.0"

from .errors import DataError, ModelError, PagesiftError, UsageError  # noqa: E402
from .labels import LABELS  # noqa: E402


def __getattr__(name):
    # The API functions import scikit-learn; keep `import pagesift` cheap.
    if name == "predict":
        from .labelling import predict
        return predict
    if name == "train":
        from .training import train
        return train
    if name == "evaluate":
        from .evaluation import evaluate
        return evaluate
    if name == "info":
        from .card import info
        return info
    if name in ("load_model", "save_model"):
        from . import model
        return getattr(model, name)
    raise AttributeError(name)


__all__ = ["LABELS", "DataError", "ModelError", "PagesiftError", "UsageError",
           "predict", "train", "evaluate", "info", "load_model", "save_model", "__version__"]
