"""Language detection: stmtkit's own small model against lingua, for accuracy and speed.

    .venv/bin/python bench/language.py [CORPUS_DIR ...]

Texts: bench/language_samples.tsv (short statements written for this bench,
one to three per language, 30+ languages; the own model was tuned while
looking at them), bench/language_heldout.tsv (written after that tuning and
never tuned on: the honest figure), tests/fixtures/*.txt (language
from the golden record) and every ``NAME.txt`` beside a ``NAME.expected.json``
that names a language in the given corpus folders (default
../shared/corpus).  lingua (``lingua-language-detector``, a dev-only
dependency) runs in its fast low-accuracy mode over all its languages, and in
high-accuracy mode for reference.  Prints accuracy per detector and set, the
misses, the cost of the first call (model loading) and the median time per
text.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
Detector = Callable[[str], "str | None"]


def load_samples(name: str, group: str) -> list[tuple[str, str, str]]:
    rows = (ROOT / "bench" / name).read_text(encoding="utf-8").splitlines()[1:]
    return [(group, lang, text) for lang, text in (r.split("\t", 1) for r in rows if r.strip())]


def load_documents(dirs: list[Path]) -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        golden = path.with_suffix(".json")
        if golden.exists() and json.loads(golden.read_text(encoding="utf-8")).get("language"):
            lang = json.loads(golden.read_text(encoding="utf-8"))["language"]
            out.append(("fixtures", lang, path.read_text(encoding="utf-8", errors="replace")))
    for d in dirs:
        for exp in sorted(d.glob("*.expected.json")):
            lang = json.loads(exp.read_text(encoding="utf-8")).get("language")
            txt = exp.with_name(exp.name.replace(".expected.json", ".txt"))
            if lang and txt.exists():
                out.append(("corpus", lang, txt.read_text(encoding="utf-8", errors="replace")))
    return out


def ours() -> Detector:
    from stmtkit.langid import detect_language

    return detect_language


def lingua(low_accuracy: bool) -> Detector:
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    detector = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        if found is None:
            return None
        code = found.iso_code_639_1.name.lower()
        # lingua names Norwegian by its written standards; the corpus says "no".
        return "no" if code in ("nb", "nn") else code

    return detect


def measure(name: str, make: Callable[[], Detector], texts: list[tuple[str, str, str]]) -> None:
    started = time.perf_counter()
    detect = make()
    detect(texts[0][2])  # the first call loads models
    first = time.perf_counter() - started
    hits: dict[str, list[bool]] = {}
    times: list[float] = []
    misses: list[str] = []
    for group, lang, text in texts:
        t0 = time.perf_counter()
        got = detect(text)
        times.append(time.perf_counter() - t0)
        hits.setdefault(group, []).append(got == lang)
        if got != lang:
            misses.append(f"{lang}→{got}: {text[:50].strip()!r}")
    acc = "  ".join(f"{g} {sum(v)}/{len(v)}" for g, v in hits.items())
    total = sum(sum(v) for v in hits.values()) / sum(len(v) for v in hits.values())
    print(f"{name:24s} accuracy {total:.3f}  ({acc})")
    print(f"{'':24s} first call {first * 1000:.0f} ms, median {statistics.median(times) * 1e6:.0f} µs/text, "
          f"max {max(times) * 1000:.1f} ms")
    for m in misses:
        print(f"{'':24s}   miss {m}")


def main() -> int:
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT.parent / "shared" / "corpus"]
    texts = load_samples("language_samples.tsv", "samples") + load_samples("language_heldout.tsv", "held-out")
    texts += load_documents([d for d in dirs if d.is_dir()])
    print(f"{len(texts)} texts")
    measure("stmtkit (own model)", ours, texts)
    try:
        import lingua as _  # noqa: F401
    except ImportError:
        print("lingua is not installed: pip install -e '.[dev]'")
        return 0
    measure("lingua low-accuracy", lambda: lingua(True), texts)
    measure("lingua high-accuracy", lambda: lingua(False), texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
