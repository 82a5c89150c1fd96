"""What `classify predict` imports: no scikit-learn in the parent of `--jobs N` workers,
and none in the workers either when the model has its frozen form (pagesift.frozen)."""

import subprocess
import sys


def _imported(code: str) -> str:
    code += "; print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy', 'joblib')))"
    return subprocess.run([sys.executable, "-c", "import sys; " + code], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_cli_labelling_and_parallel_import_without_scikit_learn():
    assert _imported("import pagesift.cli, pagesift.labelling, pagesift.output, pagesift.parallel, pagesift.model") == "[]"


def test_worker_modules_import_neither_scikit_learn_nor_joblib():
    out = _imported("import pagesift.parallel as p; [__import__(m) for m in p.PRELOAD]")
    assert "scipy.sparse" in out  # the check sees imports
    assert "sklearn" not in out and "joblib" not in out


def test_a_worker_handed_the_frozen_form_scores_without_joblib_or_scikit_learn():
    code = ("from pagesift.model import verify_model; from pagesift.parallel import _init_worker, _label_in_worker; "
            "from pagesift.labelling import PageInput; "
            "scorer = verify_model(None)['scorer']; "
            "[m.startswith('joblib') and sys.modules.pop(m) for m in list(sys.modules)]; "
            "_init_worker(None, scorer); "
            "[r] = _label_in_worker([PageInput('p', 'Home\\nNews\\n')], None); assert r.labels")
    out = _imported(code)
    assert "sklearn" not in out and "joblib" not in out
