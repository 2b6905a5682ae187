"""The coach's quality on its labelled sets (tests/data/coach/): precision, recall and F1.

`python -m bench.coach [dev|dev2|test] [--misses]` prints some splits; `make bench` prints
all. `dev`, `dev2` and `dev3` are what the classifiers were tuned on (dev2 has no identity set;
dev3 only etiquette),
`test` is held out (see tests/data/coach/README.md).
The analysis needs no database: each set is read and classified in this process.
"""

import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hudhud.coach.analysis.boosts import boost_request
from hudhud.coach.analysis.help import help_guess
from hudhud.coach.analysis.identity import Specialty, identity_model

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "coach"
SPLITS = ("dev", "dev2", "dev3", "test")


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int


def scores(truth: Sequence[str], guess: Sequence[str], label: str) -> Scores:
    """Return the precision, recall and F1 of `label` in `guess` against `truth`."""
    hits = sum(t == g == label for t, g in zip(truth, guess, strict=True))
    guessed = sum(g == label for g in guess)
    actual = sum(t == label for t in truth)
    precision = hits / guessed if guessed else 0.0
    recall = hits / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, actual)


def _load(split: str, name: str) -> Any:
    return json.loads((DATA / split / f"{name}.json").read_text())


def quality(split: str) -> dict[str, Any]:
    """Return the scores of each classifier on `split`, and its misses."""
    etiquette = _load(split, "etiquette")
    truth = ["demanding" if item["demanding"] else "fine" for item in etiquette]
    guess = ["demanding" if boost_request(item["text"]).demanding else "fine" for item in etiquette]
    misses: dict[str, list[str]] = {
        "etiquette": [
            f"{t} → {g}: {item['text']}"
            for item, t, g in zip(etiquette, truth, guess, strict=True)
            if t != g
        ]
    }
    results: dict[str, Any] = {"demanding_boost_request": scores(truth, guess, "demanding")}

    if not (DATA / split / "help.json").exists():
        results["misses"] = misses
        return results
    help_set = _load(split, "help")
    truth = [item["label"] for item in help_set]
    guess = [help_guess(item["text"]).kind for item in help_set]
    results["help_request"] = scores(truth, guess, "request")
    results["help_offer"] = scores(truth, guess, "offer")
    misses["help"] = [
        f"{t} → {g}: {item['text']}"
        for item, t, g in zip(help_set, truth, guess, strict=True)
        if t != g
    ]

    if not (DATA / split / "identity.json").exists():
        results["misses"] = misses
        return results
    truth, guess, misses["identity"] = [], [], []
    began = time.perf_counter()
    for profile in _load(split, "identity")["profiles"]:
        texts = [post["text"] for post in profile["posts"]]
        model = identity_model(
            [Specialty(profile["specialty"], tuple(profile["keywords"]))],
            bio=profile["bio"],
            history=texts,
        )
        for post in profile["posts"]:
            category = model.classify(post["text"]).category
            truth.append(post["label"])
            guess.append(category)
            if category != post["label"]:
                misses["identity"].append(
                    f"{profile['specialty']}: {post['label']} → {category}: {post['text']}"
                )
    per_post_ms = 1000 * (time.perf_counter() - began) / max(1, len(truth))
    for label in ("on_topic", "personal", "other"):
        results[f"identity_{label}"] = scores(truth, guess, label)
    results["identity_macro_f1"] = (
        sum(results[f"identity_{label}"].f1 for label in ("on_topic", "personal", "other")) / 3
    )
    results["identity_ms_a_post"] = per_post_ms
    results["misses"] = misses
    return results


def print_coach_quality(splits: Sequence[str] = SPLITS, *, misses: bool = False) -> None:
    """Print the coach's scores on `splits`, side by side."""
    found = {split: quality(split) for split in splits}
    print("\nCoach quality on tests/data/coach/ (dev, dev2, dev3: tuned on; test: held out)")
    print(f"{'':32}" + "".join(f"{split + ' P / R / F1':>26}" for split in splits))
    rows = [
        ("demanding_boost_request", "demanding boost request"),
        ("help_request", "help request"),
        ("help_offer", "help offer"),
        ("identity_on_topic", "identity: on_topic"),
        ("identity_personal", "identity: personal"),
        ("identity_other", "identity: other"),
    ]
    for key, name in rows:
        cells = []
        for split in splits:
            s: Scores | None = found[split].get(key)
            cells.append(
                f"{s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f} ({s.support})" if s else "-"
            )
        print(f"{name:32}" + "".join(f"{cell:>26}" for cell in cells))
    help_f1 = [
        f"{(found[s]['help_request'].f1 + found[s]['help_offer'].f1) / 2:.3f}"
        if "help_request" in found[s]
        else "-"
        for s in splits
    ]
    print(f"{'help request/offer mean F1':32}" + "".join(f"{cell:>26}" for cell in help_f1))
    for key, name in (
        ("identity_macro_f1", "identity macro-F1"),
        ("identity_ms_a_post", "identity, ms a post"),
    ):
        cells = [f"{found[s][key]:.3f}" if key in found[s] else "-" for s in splits]
        print(f"{name:32}" + "".join(f"{cell:>26}" for cell in cells))
    if misses:
        for split in splits:
            for kind, lines in found[split]["misses"].items():
                print(f"\n{split} {kind} misses ({len(lines)}):")
                for line in lines:
                    print("  " + line)


if __name__ == "__main__":
    chosen = [arg for arg in sys.argv[1:] if arg in SPLITS] or list(SPLITS)
    print_coach_quality(chosen, misses="--misses" in sys.argv)
