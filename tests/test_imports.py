"""The parent of `--jobs N` workers starts without scikit-learn: only the workers need it."""

import subprocess
import sys


def test_cli_labelling_and_parallel_import_without_scikit_learn():
    code = ("import sys, pagesift.cli, pagesift.labelling, pagesift.output, pagesift.parallel, pagesift.model; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

