"""Fixtures written for these tests: small pages made from our own sentences."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PAGESIFT_SHARED", ROOT.parent / "shared"))
SEED_PAGE = SHARED / "seed" / "page.txt"
SEED_LABELS = SHARED / "seed" / "page.labels.tsv"
CORPORA = SHARED / "corpora"

PLACES = ["Arlen", "Bexley", "Corvo", "Dunmore", "Elsby", "Farrow", "Glenhaven", "Hollis"]
PEOPLE = ["minister Ana Reyes", "mayor Tom Hale", "police chief Rui Costa", "senator Mia Lund", "judge Omar Said"]
COMPANIES = ["Northwind Labs", "Quillon Systems", "Amberfield Foods", "Teralux Energy", "Vessel Health"]
MENU = ["Home", "World", "Business", "Sport", "Opinion", "Weather", "Subscribe", "Log in", "Search",
        "Contact us", "Privacy policy", "Terms of use", "About us", "Advertise", "Careers", "Newsletters"]


def news_story(rng: random.Random) -> list[str]:
    place, person = rng.choice(PLACES), rng.choice(PEOPLE)
    n = rng.randint(100, 900)
    return [
        f"{place} officials report {n} flood claims after storm",
        f"{place.upper()}, May {rng.randint(1, 28)} - Officials in {place} said on Tuesday that {n} households had filed flood claims after a storm swept the region, according to figures released by the council.",
        f"\"We are working around the clock,\" {person} told reporters, adding that emergency crews had reopened two bridges.",
        f"The storm cut power to about {n * 3} homes, the utility said, and forecasters warned of more rain later in the week.",
        f"Residents criticised the response, saying warnings came too late, while {person} said an inquiry would be held.",
    ]


def press_release(rng: random.Random) -> list[str]:
    company = rng.choice(COMPANIES)
    return [
        f"{company} Announces Launch of Next-Generation Platform",
        f"{rng.choice(PLACES).upper()}, June {rng.randint(1, 28)}, 2024 -- {company}, a leading provider of innovative solutions, today announced the launch of its next-generation platform, empowering customers to unlock new value.",
        f"\"We are thrilled to bring this innovation to our customers,\" said the CEO of {company}. \"Our team is committed to delivering excellence.\"",
        f"About {company}: {company} is a global leader dedicated to helping organisations grow. For more information, visit our website.",
        f"Media contact: press@{company.split()[0].lower()}.example, +1 555 0100",
    ]


def page(rng: random.Random, kind: str) -> list[tuple[str, str]]:
    segs = [(m, "boilerplate") for m in rng.sample(MENU, rng.randint(3, 7))]
    body = news_story(rng) if kind == "news" else press_release(rng)
    segs += [(t, kind) for t in body]
    segs.append(("More news", "boilerplate"))
    other = press_release(rng) if kind == "news" else news_story(rng)
    segs += [(other[0], "boilerplate"), (rng.choice(MENU), "boilerplate")]
    segs += [(f"© 20{rng.randint(10, 25)} The Daily Example. All rights reserved.", "boilerplate")]
    return segs


def labelled_pages(n: int, seed: int = 1) -> list[list[tuple[str, str]]]:
    rng = random.Random(seed)
    return [page(rng, "news" if i % 2 == 0 else "press_release") for i in range(n)]


def write_tsv(path: Path, pages) -> Path:
    path.write_text("\n".join("".join(f"{l}\t{t}\n" for t, l in p) for p in pages), encoding="utf-8")
    return path


def write_sites_jsonl(path: Path, pages, sites: int, prefix: str = "site") -> Path:
    """Pages as corpus records spread round-robin over `sites` sites (for intervals over sites)."""
    path.write_text("".join(json.dumps({"id": f"{prefix}-p{i}", "site": f"{prefix}{i % sites}.example",
                                        "segments": [{"text": t, "label": l} for t, l in segs]}) + "\n"
                            for i, segs in enumerate(pages)), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def train_tsv(tmp_path_factory) -> Path:
    return write_tsv(tmp_path_factory.mktemp("data") / "train.tsv", labelled_pages(40, seed=1))


@pytest.fixture(scope="session")
def test_tsv(tmp_path_factory) -> Path:
    return write_tsv(tmp_path_factory.mktemp("data") / "test.tsv", labelled_pages(10, seed=2))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, train_tsv) -> Path:
    from pagesift.training import train

    out = tmp_path_factory.mktemp("models") / "tiny.joblib"
    train([str(train_tsv)], out, seed=0, test_fraction=0.0, quiet=True)
    return out


@pytest.fixture
def example_page() -> Path:
    return ROOT / "data" / "examples" / "page.txt"


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (../shared is only on the project's machines)")
