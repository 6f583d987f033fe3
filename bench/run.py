#!/usr/bin/env python3
"""claimtrace benchmark: throughput, scaling, memory and query latency.

    bench/run.py --corpus ../shared/corpus [--size-mb 200] [--work build/bench-work]

Builds a corpus from the article files under --corpus (replicated to about
--size-mb, each copy made distinct by a numbered closing line so that ingest does
not skip it as a duplicate), as one file per article and as JSONL, then measures:

  extract    MB/s and articles/s on one thread (JSONL and files), and with --jobs 2
  ingest     MB/s into a fresh SQLite database, --jobs 1 and --jobs 2
  memory     peak RSS of every run (GNU time), and of extracting and ingesting one 50 MB article
  scan limit the same bytes through `grep -F -f` with every cue form of the lexicons
  queries    chain and `claims --root` latency on the ingested database (>= 1M claims
             at the default size), without process start, plus the CLI's wall time

Prints a Markdown table (paste it into the README) and writes results.json in the
work folder. Needs the Release-like build in build/ (cmake --preset dev).
"""

import argparse
import json
import os
import pathlib
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


GNU_TIME = shutil.which("time", path="/usr/bin")


def run(cmd, stdout=subprocess.DEVNULL, stdin=None):
    """Runs cmd; returns (seconds, peak RSS in MB). Fails loudly on a non-zero exit.

    The peak RSS comes from GNU time (Debian package `time`) when it is installed: a child
    forked from this Python process starts with Python's own high-water mark, so wait4()'s
    ru_maxrss is only a floor (the fallback)."""
    rss_file = None
    if GNU_TIME:
        rss_file = tempfile.NamedTemporaryFile(prefix="bench-rss-", delete=False)
        rss_file.close()
        cmd = [GNU_TIME, "-f", "%M", "-o", rss_file.name, *map(str, cmd)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, stdin=stdin)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - t0
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {' '.join(map(str, cmd))} exited {code}:\n{err[-2000:]}")
    rss_mb = usage.ru_maxrss / 1024.0
    if rss_file:
        with open(rss_file.name) as f:
            rss_mb = int(f.read().split()[-1]) / 1024.0
        os.unlink(rss_file.name)
    return seconds, rss_mb


def build_corpus(corpus: pathlib.Path, work: pathlib.Path, size_mb: float):
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html"))
    if not files:
        sys.exit(f"bench: no .txt/.md/.html articles under {corpus}")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    out_files = work / "files"
    jsonl = work / "articles.jsonl"
    stamp = work / "corpus.json"
    want = int(size_mb * 1e6)
    if stamp.exists() and json.loads(stamp.read_text()).get("bytes_wanted") == want:
        meta = json.loads(stamp.read_text())
        return out_files, jsonl, meta
    shutil.rmtree(out_files, ignore_errors=True)
    out_files.mkdir(parents=True)
    total = 0
    n = 0
    langs = {"ar": 0, "en": 0}
    with jsonl.open("w", encoding="utf-8") as j:
        while total < want:
            i = n % len(texts)
            text = f"{texts[i]}\n\nArchive copy {n} of {files[i].name}.\n"
            sub = out_files / f"{n // 1000:04d}"
            if n % 1000 == 0:
                sub.mkdir(exist_ok=True)
            (sub / f"{n:07d}.txt").write_text(text, encoding="utf-8")
            j.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
            total += len(text.encode("utf-8"))
            lang = "ar" if "/ar/" in str(files[i]) or any("\u0600" <= c <= "\u06ff" for c in text[:200]) else "en"
            langs[lang] += 1
            n += 1
    meta = {"bytes_wanted": want, "bytes": total, "articles": n, "source_files": len(files), "langs": langs}
    stamp.write_text(json.dumps(meta))
    return out_files, jsonl, meta


def cue_patterns(work: pathlib.Path) -> pathlib.Path:
    """Every cue, marker and source-noun form of the built-in lexicons, one per line."""
    forms = set()
    for lang in ("en", "ar"):
        data = tomllib.loads((ROOT / "core/data/lexicon" / f"{lang}.toml").read_text(encoding="utf-8"))
        for table in ("cue", "marker", "source_noun"):
            for entry in data.get(table, []):
                forms.update(f for f in entry.get("forms", []) if isinstance(f, str) and f.strip())
    out = work / "cue-patterns.txt"
    out.write_text("\n".join(sorted(forms)) + "\n", encoding="utf-8")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=pathlib.Path, help="folder of article files (e.g. ../shared/corpus)")
    ap.add_argument("--size-mb", type=float, default=200.0, help="size of the replicated corpus (default 200)")
    ap.add_argument("--work", type=pathlib.Path, default=ROOT / "build/bench-work", help="scratch folder")
    ap.add_argument("--binary", type=pathlib.Path, default=ROOT / "build/claimtrace")
    ap.add_argument("--latency", type=pathlib.Path, default=ROOT / "build/bench/claimtrace_query_latency")
    ap.add_argument("--skip-files", action="store_true", help="skip the one-file-per-article runs")
    args = ap.parse_args()
    ct = str(args.binary)
    for exe in (args.binary, args.latency):
        if not exe.exists():
            sys.exit(f"bench: {exe} not found; build first: cmake --preset dev && cmake --build --preset dev")
    args.work.mkdir(parents=True, exist_ok=True)

    print(f"bench: building a {args.size_mb:.0f} MB corpus from {args.corpus} in {args.work}", file=sys.stderr)
    files_dir, jsonl, meta = build_corpus(args.corpus, args.work, args.size_mb)
    mb = meta["bytes"] / 1e6
    n = meta["articles"]
    res = {"corpus": meta, "cpu": os.cpu_count(), "runs": {}}

    def record(name, seconds, rss, **extra):
        res["runs"][name] = {"seconds": round(seconds, 2), "mb_per_s": round(mb / seconds, 2),
                             "articles_per_s": round(n / seconds, 1), "peak_rss_mb": round(rss, 1), **extra}
        print(f"bench: {name}: {seconds:.1f} s, {mb / seconds:.2f} MB/s, {n / seconds:.0f} articles/s, "
              f"peak RSS {rss:.0f} MB", file=sys.stderr)

    # Warm the page cache so that the first run is not charged for disk reads.
    run(["cat", str(jsonl)])
    s, r = run([ct, "extract", "-q", "--format", "jsonl", "--jobs", "1", "--jsonl", str(jsonl)])
    record("extract_jsonl_1job", s, r)
    s, r = run([ct, "extract", "-q", "--format", "jsonl", "--jobs", "2", "--jsonl", str(jsonl)])
    record("extract_jsonl_2jobs", s, r)
    if not args.skip_files:
        run(["cat", "--", *map(str, sorted(files_dir.rglob("*.txt"))[:1])])
        s, r = run([ct, "extract", "-q", "--format", "jsonl", "--jobs", "1", str(files_dir)])
        record("extract_files_1job", s, r)

    patterns = cue_patterns(args.work)
    # Output to a file, not /dev/null: GNU grep stops at the first match when its output is
    # /dev/null. grep exits 1 when nothing matches, which run() would reject; cue forms match.
    with (args.work / "grep-count.txt").open("w") as grep_out:
        s, r = run(["grep", "-F", "-c", "-f", str(patterns), str(jsonl)], stdout=grep_out)
    record("grep_F_cue_forms", s, r, patterns=sum(1 for _ in patterns.open(encoding="utf-8")))

    dbs = {}
    for jobs in (1, 2):
        db = args.work / f"ingest-{jobs}.db"
        for suffix in ("", "-wal", "-shm"):
            pathlib.Path(str(db) + suffix).unlink(missing_ok=True)
        s, r = run([ct, "ingest", "-q", "--jobs", str(jobs), "--db", str(db), "--jsonl", str(jsonl)])
        record(f"ingest_jsonl_{jobs}job{'s' if jobs > 1 else ''}", s, r, db_mb=round(db.stat().st_size / 1e6, 1))
        dbs[jobs] = db

    # One 50 MB article: time and memory should grow linearly with the text, not blow up.
    big = args.work / "one-50mb-article.txt"
    if not big.exists():
        with jsonl.open(encoding="utf-8") as f:
            para = "\n\n".join(json.loads(line)["text"] for _, line in zip(range(20), f))
        with big.open("w", encoding="utf-8") as f:
            written = 0
            while written < 50e6:
                f.write(para)
                written += len(para.encode("utf-8"))
    big_mb = big.stat().st_size / 1e6
    s, r = run([ct, "extract", "-q", "--format", "jsonl", "--jobs", "1", str(big)])
    res["runs"]["extract_one_50mb_article"] = {"seconds": round(s, 2), "mb_per_s": round(big_mb / s, 2),
                                              "peak_rss_mb": round(r, 1)}
    print(f"bench: one {big_mb:.0f} MB article: {s:.1f} s, peak RSS {r:.0f} MB", file=sys.stderr)
    big_db = args.work / "one-50mb-article.db"
    for suffix in ("", "-wal", "-shm"):
        pathlib.Path(str(big_db) + suffix).unlink(missing_ok=True)
    s, r = run([ct, "ingest", "-q", "--jobs", "1", "--db", str(big_db), str(big)])
    res["runs"]["ingest_one_50mb_article"] = {"seconds": round(s, 2), "mb_per_s": round(big_mb / s, 2),
                                             "peak_rss_mb": round(r, 1)}
    print(f"bench: ingest of the same article: {s:.1f} s, peak RSS {r:.0f} MB", file=sys.stderr)

    out = subprocess.run([str(args.latency), str(dbs[1]), "2000"], check=True, capture_output=True, text=True)
    lat = json.loads(out.stdout)
    res["queries"] = lat
    cli = []
    for _ in range(20):
        cid = random.randint(1, lat["claims"])
        t0 = time.perf_counter()
        subprocess.run([ct, "chain", "--db", str(dbs[1]), str(cid)], check=True, capture_output=True)
        cli.append((time.perf_counter() - t0) * 1000)
    res["queries"]["chain_cli_median_ms"] = round(statistics.median(cli), 1)

    (args.work / "results.json").write_text(json.dumps(res, indent=2))
    runs = res["runs"]
    grep_s = runs["grep_F_cue_forms"]["seconds"]
    print()
    print(f"Corpus: {mb:.0f} MB, {n} articles ({meta['langs']['ar']} Arabic, {meta['langs']['en']} English), "
          f"replicated from {meta['source_files']} files; {res['cpu']} cores.")
    print()
    print("| run | seconds | MB/s | articles/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name, v in runs.items():
        print(f"| {name} | {v['seconds']} | {v['mb_per_s']} | {v.get('articles_per_s', '')} | {v['peak_rss_mb']} |")
    print()
    e1 = runs["extract_jsonl_1job"]
    print(f"- extract vs the `grep -F` scan of the cue forms: {grep_s / e1['seconds']:.3f} "
          f"(extract {e1['mb_per_s']} MB/s, grep {runs['grep_F_cue_forms']['mb_per_s']} MB/s)")
    print(f"- extract --jobs 2 vs 1: {e1['seconds'] / runs['extract_jsonl_2jobs']['seconds']:.2f}x; "
          f"ingest --jobs 2 vs 1: {runs['ingest_jsonl_1job']['seconds'] / runs['ingest_jsonl_2jobs']['seconds']:.2f}x")
    print(f"- queries on {lat['claims']} claims: chain median {lat['chain_median_ms']:.3f} ms "
          f"(p95 {lat['chain_p95_ms']:.3f}); claims --root (first 50) median {lat['root_median_ms']:.3f} ms "
          f"(p95 {lat['root_p95_ms']:.3f}); `claimtrace chain` CLI wall time median "
          f"{res['queries']['chain_cli_median_ms']} ms (process start and plugin loading included)")


if __name__ == "__main__":
    main()
