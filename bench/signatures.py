"""Signatories: accuracy against a naive baseline, and speed as blocks grow.

    .venv/bin/python bench/signatures.py [CORPUS_DIR ...]

Accuracy: F1 of signatory names (as ../shared/tools/score.py counts them) over
every corpus document with a "signatories" expectation (default
../shared/corpus) and every tests/fixtures/sig-*.txt golden.  The baseline is
what a quick script does: find a line naming a signature heading, take the
lines below it up to the first blank line after some names, strip bullets and
numbers, and keep the text before the first comma or bracket.

Stage: the signature stage alone on each corpus document (ms per document,
best of 20), run on copies of the context as the stages before it left it; the
stage empties its per-document caches itself, so repeating a document finds
nothing already read.  Compare a baseline checkout with
``python bench/signatures.py`` run from each.

Speed: parse time of a document whose block holds 100, 1 000 and 10 000
entries in four layouts (the time per entry should stay flat: linear), and of
lines built to make careless patterns backtrack (a 400 kB line of "&lt;", of
"[a](", of "(a: b").
"""

from __future__ import annotations

import copy
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stmtkit  # noqa: E402  (after the path tweak, so the checkout is measured)
from stmtkit import pipeline  # noqa: E402
from stmtkit.state import Context  # noqa: E402

_BASELINE_HEADING = re.compile(
    r"^\W*(signed by|signatories|signé par|signataires|unterzeichne\w*|firmado|firmantes|assinado|"
    r"подписали|підписали|imzalayanlar|kampanyayı başlatanlar)\b.*:?\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-–—•*·]+|\d+[.)])\s*")


def baseline(text: str) -> list[str]:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if _BASELINE_HEADING.match(line.strip()):
            names: list[str] = []
            for following in lines[i + 1 :]:
                if not following.strip():
                    if names:
                        break
                    continue
                name = re.split(r"[,(]", _BULLET.sub("", following))[0].strip()
                if name:
                    names.append(name)
            return names
    return []


def stmtkit_names(text: str) -> list[str]:
    return [s.name for s in stmtkit.parse(text).signatories]


def f1(expected: list[str], got: list[str]) -> float:
    exp, out = Counter(expected), Counter(got)
    if not exp and not out:
        return 1.0
    hit = sum((exp & out).values())
    if not hit:
        return 0.0
    p, r = hit / sum(out.values()), hit / sum(exp.values())
    return 2 * p * r / (p + r)


def documents(dirs: list[Path]) -> list[tuple[str, str, list[str]]]:
    out = []
    for d in dirs:
        for exp in sorted(d.glob("*.expected.json")):
            want = json.loads(exp.read_text(encoding="utf-8"))
            if "signatories" in want:
                txt = exp.with_name(exp.name.replace(".expected.json", ".txt"))
                out.append((txt.name, txt.read_text(encoding="utf-8", errors="replace"), want["signatories"]))
    for txt in sorted((ROOT / "tests" / "fixtures").glob("sig-*.txt")):
        golden = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        names = [s["name"] for s in (golden.get("signatures") or {}).get("signatories", [])]
        out.append((txt.name, txt.read_text(encoding="utf-8"), names))
    return out


def accuracy(dirs: list[Path]) -> None:
    docs = documents(dirs)
    print(f"accuracy: F1 of names over {len(docs)} documents")
    for label, extract in (("baseline", baseline), ("stmtkit", stmtkit_names)):
        scores = [f1(want, extract(text)) for _, text, want in docs]
        low = [name for (name, _, _), s in zip(docs, scores, strict=True) if s < 1]
        print(f"  {label:9s} mean F1 {sum(scores) / len(scores):.3f}   below 1: {len(low)} {low[:6]}")


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


LAYOUTS: dict[str, Callable[[int], str]] = {
    "bullets": lambda i: f"- Anna{i} Berg{i}",
    "name-role-org": lambda i: f"{i}. Dr. Anna{i} Berg{i}, Director, Harbor Union {i}",
    "handles": lambda i: f"- anna{i} ([@anna{i}](https://example.org/anna{i})) <anna{i}@example.org>",
    "organisations": lambda i: f"{i}. Network for Development {i} (NFD), Switzerland",
}
BODY = "We ask the council to keep the library open on weekends, as it has been for forty years."


def speed() -> None:
    print("speed: best of 3, whole parse; µs per entry should stay flat")
    stmtkit.parse(f"Title\n\n{BODY}\n\nSigned by:\n- Anna Berg\n")  # warm up lazy tables
    for name, entry in LAYOUTS.items():
        row = []
        for n in (100, 1000, 10000):
            text = f"Title\n\n{BODY}\n\nSigned by:\n\n" + "\n".join(entry(i) for i in range(1, n + 1)) + "\n"
            seconds = timed(lambda text=text: stmtkit.parse(text), repeat=1 if n >= 10000 else 3)
            row.append(f"{n:>6}: {seconds * 1e6 / n:7.0f} µs")
        print(f"  {name:14s}" + "   ".join(row))
    for name, line in (("&lt; x 100k", "&lt;" * 100000), ("[a]( x 100k", "[a](" * 100000), ("(a: b x 100k", "(a: b " * 100000)):
        text = f"Title\n\n{BODY}\n\nSigned by:\n- {line}\n"
        print(f"  {name:14s}{timed(lambda text=text: stmtkit.parse(text), repeat=1):7.2f} s for {len(text) // 1000} kB")


def stage_contexts(texts: list[str]) -> list[Context]:
    """Each text's parse context as the signature stage receives it (copied before the stage runs)."""
    contexts: list[Context] = []
    stages = pipeline.stages

    def capture(run: pipeline.Stage, ctx: Context) -> None:
        contexts.append(copy.deepcopy(ctx))
        run(ctx)

    def capturing() -> tuple[tuple[str, pipeline.Stage], ...]:
        return tuple((name, partial(capture, run) if name == "signatures" else run) for name, run in stages())

    pipeline.stages = capturing
    try:
        for text in texts:
            stmtkit.parse(text)
    finally:
        pipeline.stages = stages
    return contexts


def stage(dirs: list[Path]) -> None:
    from stmtkit.memo import remembering
    from stmtkit.stages import signatures

    named = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for d in dirs for p in sorted(d.glob("*.txt"))]
    if not named:
        return
    contexts = stage_contexts([text for _, text in named])

    def run_on_copy(ctx: Context) -> None:
        fresh = copy.copy(ctx)  # what the stage changes: owners, warnings, explanations, the block
        fresh.owner, fresh.warnings, fresh.explain = list(ctx.owner), list(ctx.warnings), list(ctx.explain)
        fresh.memo = {}  # what a parse remembers starts empty, as in a new parse
        with remembering(fresh.memo):  # opened by the pipeline in a parse
            signatures.run(fresh)

    print("stage: the signature stage alone, ms per document (best of 20)")
    total = 0.0
    for (name, _), ctx in zip(named, contexts, strict=True):
        run_on_copy(ctx)
        seconds = timed(partial(run_on_copy, ctx), repeat=20)
        total += seconds
        print(f"  {name[:44]:44s} {seconds * 1e3:6.3f}")
    print(f"  {'mean':44s} {total / len(named) * 1e3:6.3f}")


def main() -> int:
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT.parent / "shared" / "corpus"]
    accuracy([d for d in dirs if d.is_dir()])
    stage([d for d in dirs if d.is_dir()])
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
