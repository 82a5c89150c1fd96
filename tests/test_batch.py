"""Batch labelling: local workers, WARC/WET input and a Dask cluster give the same output."""

import io
import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import labelled_pages
from pagesift.model import load_model
from pagesift.labelling import predict


@pytest.fixture(scope="module")
def page_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    for i, page in enumerate(labelled_pages(60, seed=7)):
        (folder / f"p{i:03d}.txt").write_text("\n".join(t for t, _ in page) + "\n")
    (folder / "zz_broken.txt").write_bytes(b"\x00\x00binary")
    return folder


def records(results):
    return [(r.source, r.labels, None if r.scores is None else r.scores.tolist(), r.error) for r in results]


def test_two_jobs_equal_one_job_in_input_order(tiny_model, page_dir):
    one = records(predict([str(page_dir)], model=tiny_model, jobs=1))
    two = records(predict([str(page_dir)], model=tiny_model, jobs=2))
    assert one == two
    assert [r[0] for r in one] == sorted(str(p) for p in page_dir.iterdir())
    assert one[-1][3] and "binary" in one[-1][3]


def write_wet(path, pages):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i, text in enumerate(pages):
            record = writer.create_warc_record(
                f"https://example.org/story/{i}", "conversion",
                payload=io.BytesIO(text.encode()),
                warc_headers_dict={"Content-Type": "text/plain",
                                   "WARC-Date": datetime(2026, 1, 1, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")},
            )
            writer.write_record(record)
        # an HTML response (its charset in the server's header, not in the page) and an image
        html = "<html><body><h1>Caf\u00e9 reopens</h1><p>The caf\u00e9 on Quay Street reopened on Monday.</p></body></html>"
        # and a fragment that starts with text: its Content-Type says it is markup
        fragment = b"Breaking: the <b>port</b> reopened.<br>More soon."
        for uri, payload, content_type in [("https://example.org/html", html.encode("cp1252"), "text/html; charset=ISO-8859-1"),
                                           ("https://example.org/fragment", fragment, "text/html"),
                                           ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")]:
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")))


def test_wet_records_are_pages(tiny_model, tmp_path):
    pages = ["\n".join(t for t, _ in p) for p in labelled_pages(3, seed=3)]
    wet = tmp_path / "crawl.warc.wet.gz"
    write_wet(wet, pages)
    proc = subprocess.run([sys.executable, "-m", "pagesift", "predict", str(wet), "--model", str(tiny_model), "-f", "jsonl"],
                          capture_output=True, text=True, timeout=300)
    out = [json.loads(l) for l in proc.stdout.splitlines()]
    sources = [r["source"] for r in out if "label" in r]
    assert sorted(set(sources)) == ["https://example.org/fragment", "https://example.org/html"] + [
        f"https://example.org/story/{i}" for i in range(3)]
    assert all(r["warc_record_id"].startswith("<urn:uuid:") for r in out)
    # the HTML page is read as its visible text, decoded as its header says
    assert [r["text"] for r in out if r["source"] == "https://example.org/html"] == [
        "Caf\u00e9 reopens", "The caf\u00e9 on Quay Street reopened on Monday."]
    assert [r["text"] for r in out if r["source"] == "https://example.org/fragment"] == [
        "Breaking: the port reopened.", "More soon."]
    errors = [r for r in out if "error" in r]
    assert [r["source"] for r in errors] == ["https://example.org/logo.png"] and proc.returncode == 1
    assert "image/png record is not plain text or HTML" in errors[0]["error"]


def test_wet_text_labels_match_plain_files(tiny_model, tmp_path):
    text = "\n".join(t for t, _ in labelled_pages(1, seed=9)[0])
    (tmp_path / "p.txt").write_text(text)
    write_wet(tmp_path / "c.wet.gz", [text])
    plain = records(predict([str(tmp_path / "p.txt")], model=tiny_model))[0]
    warc = [r for r in records(predict([str(tmp_path / "c.wet.gz")], model=tiny_model)) if not r[3]][0]
    assert plain[1:] == warc[1:]


def test_corrupt_warc_is_one_error(tiny_model, tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    results = list(predict([str(bad)], model=tiny_model))
    assert len(results) == 1 and "not a readable WARC" in results[0].error


def test_dask_cluster_equals_single_process(tiny_model, page_dir):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                  processes=True) as cluster:
        remote = records(predict([str(page_dir)], model=tiny_model, scheduler=cluster.scheduler_address))
        # the workers can also write each page's output, as local workers do
        written = [r for r in predict([str(page_dir)], model=tiny_model, scheduler=cluster.scheduler_address,
                                      render=("jsonl", ())) if r.ok]
        import dask.bag as db

        from pagesift.distributed import label_bag

        pairs = [(p.name, p.read_text()) for p in sorted(page_dir.glob("p0*.txt"))]
        with distributed.Client(cluster):
            bagged = label_bag(db.from_sequence(pairs, npartitions=3), tiny_model).compute()
    assert remote == records(predict([str(page_dir)], model=tiny_model, jobs=1))
    from pagesift.output import render

    here = [r for r in predict([str(page_dir)], model=tiny_model, jobs=1) if r.ok]
    assert written and all(r.rendered and not r.segments for r in written)
    assert "".join(r.rendered for r in written) == "".join(render(r, "jsonl") for r in here)
    local = {r.source.rsplit("/", 1)[-1]: r.labels for r in predict([str(page_dir / n) for n, _ in pairs], model=tiny_model)}
    assert {b["source"]: [s["label"] for s in b["segments"]] for b in bagged} == local


def test_memory_stays_flat_with_many_pages(tiny_model, tmp_path):
    """Streaming: results come out while inputs are still being read."""
    model = load_model(tiny_model)
    seen = []

    def inputs():
        for i in range(500):
            seen.append(i)
            path = tmp_path / f"{i}.txt"
            path.write_text(f"Home\nStory number {i} said officials on Tuesday.\n")
            yield str(path)

    from pagesift.labelling import label_pages, read_inputs

    stream = label_pages(model, read_inputs(inputs()), batch_pages=16)
    first = next(stream)
    assert first.ok and len(seen) <= 32  # only the first batch was read


def test_unreachable_scheduler_is_one_line(tiny_model, page_dir):
    pytest.importorskip("dask.distributed")
    proc = subprocess.run([sys.executable, "-m", "pagesift", "predict", str(page_dir), "--model", str(tiny_model),
                           "--scheduler", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120)
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert proc.returncode == 2 and lines[-1].startswith("error: cannot reach the Dask scheduler") and "Traceback" not in proc.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "text"])
def test_cli_output_is_the_same_whoever_renders_it(tiny_model, page_dir, fmt):
    # with --jobs 2 the workers write each page's output; it must be byte for byte the same
    def run(jobs):
        done = subprocess.run([sys.executable, "-m", "pagesift", "predict", str(page_dir), "--model", str(tiny_model),
                               "-f", fmt, "--jobs", str(jobs)], capture_output=True, text=True)
        assert done.returncode == 1  # the broken page
        return done.stdout

    one = run(1)
    assert one and one == run(2)
