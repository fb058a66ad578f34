#!/usr/bin/env python3
"""Extracts the events of a JSON Lines archive of articles on Apache Spark, then merges them.

Each partition of the archive is piped through the streaming extract (`newsmap extract -`,
with `RDD.pipe`), which writes one article record a line; the records are saved as part
files, and `newsmap merge` combines them into the events a single run over all the articles
gives (the same events, ids and order, whatever the partitioning). Not run in CI.

    pip install pyspark            # needs Java 17 or newer
    scripts/spark-extract.py run ARCHIVE.jsonl OUT_DIR [--master local[2]] [--partitions N]
        [--newsmap PATH] [--gazetteer DIR] [--format jsonl] [--check FOLDER]
    scripts/spark-extract.py pack FOLDER > ARCHIVE.jsonl

`run` writes OUT_DIR/records/part-* and OUT_DIR/events.FORMAT, and prints the wall time of
the Spark stage and of the merge. `--check FOLDER` also runs `newsmap extract FOLDER --events`
on one machine and says whether its output is byte for byte the merged one (FOLDER being the
folder the archive was packed from). On a cluster, give `--master` the cluster's URL, and
`--newsmap` and `--gazetteer` paths that exist on every worker (the binary reads the
gazetteer from `NEWSMAP_GAZETTEER`, set here from `--gazetteer`).

`pack` writes a folder's article files as archive lines, `{"key": PATH, "file": CONTENTS}`,
in path order (hidden files and folders, and files of other extensions, left out), which the streaming extract reads as the
folder's reader reads the files. An archive may also hold article objects:
`{"key": NAME, "text": ..., "title": ..., "date": ..., "url": ...}` (see the README).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The files newsmap reads as articles.
ARTICLE_EXTENSIONS = {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}


def pack(folder: Path) -> None:
    """Prints the article files of `folder` as archive lines."""
    files = []
    for current, folders, names in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        files.extend(
            Path(current) / n
            for n in names
            if not n.startswith(".") and Path(n).suffix.lower() in ARTICLE_EXTENSIONS
        )
    out = sys.stdout
    for path in sorted(files, key=lambda p: p.relative_to(folder).parts):
        key = "/".join(path.relative_to(folder).parts)
        try:
            contents = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError) as error:
            print(f"spark-extract: {key} left out: {error}", file=sys.stderr)
            continue
        out.write(json.dumps({"key": key, "file": contents}, ensure_ascii=False) + "\n")


def newsmap_command(args) -> list:
    return [str(Path(args.newsmap).resolve())]


def run(args) -> int:
    from pyspark import SparkConf, SparkContext

    out = Path(args.out_dir)
    records_dir = out / "records"
    if records_dir.exists():
        print(f"spark-extract: {records_dir} exists; remove it first", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    env = {}
    if args.gazetteer:
        env["NEWSMAP_GAZETTEER"] = str(Path(args.gazetteer).resolve())
    command = shlex.join(newsmap_command(args) + ["extract", "-"])

    conf = SparkConf().setAppName("newsmap-extract").setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    started = time.monotonic()
    archive = sc.textFile(str(Path(args.archive).resolve()), minPartitions=args.partitions)
    archive.pipe(command, env=env).saveAsTextFile(str(records_dir.resolve()))
    partitions = archive.getNumPartitions()
    sc.stop()
    spark_seconds = time.monotonic() - started

    parts = sorted(records_dir.glob("part-*"))
    events = out / f"events.{args.format}"
    started = time.monotonic()
    merge = newsmap_command(args) + ["merge", *map(str, parts), "--format", args.format, "--out", str(events)]
    subprocess.run(merge, check=True, env={**os.environ, **env})
    merge_seconds = time.monotonic() - started
    print(
        f"spark-extract: {partitions} partitions on {args.master}: extract {spark_seconds:.1f} s, "
        f"merge {merge_seconds:.1f} s, total {spark_seconds + merge_seconds:.1f} s; {events}"
    )

    if args.check:
        single = out / f"single.{args.format}"
        started = time.monotonic()
        whole = newsmap_command(args) + [
            "extract", args.check, "--events", "--no-cache", "--format", args.format, "--out", str(single)
        ]
        subprocess.run(whole, check=True, env={**os.environ, **env})
        same = single.read_bytes() == events.read_bytes()
        print(
            f"spark-extract: single run of {args.check}: {time.monotonic() - started:.1f} s; "
            f"merged output {'equals' if same else 'DIFFERS FROM'} it ({single})"
        )
        return 0 if same else 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    packing = sub.add_parser("pack", help="a folder's article files as archive lines, on stdout")
    packing.add_argument("folder", type=Path)
    running = sub.add_parser("run", help="extract an archive on Spark and merge the records")
    running.add_argument("archive")
    running.add_argument("out_dir")
    running.add_argument("--master", default="local[2]")
    running.add_argument("--partitions", type=int, default=4)
    running.add_argument("--newsmap", default=str(ROOT / "target/release/newsmap"))
    running.add_argument("--gazetteer")
    running.add_argument("--format", default="jsonl", choices=["jsonl", "geojson", "csv", "kml", "acled"])
    running.add_argument("--check", metavar="FOLDER")
    args = parser.parse_args()
    if args.command == "pack":
        pack(args.folder)
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
