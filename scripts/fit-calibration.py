#!/usr/bin/env python3
"""Fits the geoparser's confidence calibration (src/geoparse/calibration.rs) on the gold corpora.

Usage, from the repository root, with ../shared beside it:
    for c in LGL GeoVirus; do
      cargo run --release -- eval ../shared/eval/$c.jsonl --predictions /tmp/$c.jsonl
    done
    python3 scripts/fit-calibration.py /tmp/LGL.jsonl /tmp/GeoVirus.jsonl

Each matched prediction (EUPEG rule, as score.py) is one example: its features are the
resolver's raw softmax confidence (as a logit, recovered from the calibrated confidence with the
coefficients now in calibration.rs) and the kind of place it resolved to (read from
gazetteer/places.tsv and supplement.tsv by its coordinates); its label is whether it lies within
161 km of the gold point. A logistic regression, each corpus weighing the same, gives the
coefficients printed at the end, to paste into calibration.rs. The predictions are those of the
calibrated geoparser because the folder prior weighs toponyms by their calibrated confidence:
the resolution fitted is the one users get. Paste, rerun, refit until the coefficients settle.
Pure Python, no packages.
"""
import json
import math
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, os.path.join(root, "..", "shared", "eval"))
from score import haversine_km  # noqa: E402

KINDS = ["country", "province", "district", "town", "site", "area"]


def place_kinds():
    kinds = {}
    for line in open(os.path.join(root, "gazetteer", "places.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "geonameid":
            continue
        kinds.setdefault((round(float(f[3]), 3), round(float(f[4]), 3)), f[1])
    for line in open(os.path.join(root, "gazetteer", "supplement.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("#") or f[0] == "name" or len(f) < 8:
            continue
        kinds[(round(float(f[3]), 3), round(float(f[4]), 3))] = f[2]
    return kinds


# calibration.rs's names of kinds, as KINDS names them.
RUST_KINDS = {"Country": "country", "Admin1": "province", "Admin2": "district", "Town": "town",
              "Site": "site", "Continent": "area", "Region": "area"}


def current_coefficients():
    """The logit weight per kind and the intercept per kind now in calibration.rs."""
    src = open(os.path.join(root, "src", "geoparse", "calibration.rs"), encoding="utf-8").read()
    weight = float(re.search(r"const LOGIT_WEIGHT: f64 = ([-0-9.]+);", src).group(1))
    town_weight = float(re.search(r"const TOWN_LOGIT_WEIGHT: f64 = ([-0-9.]+);", src).group(1))
    base = float(re.search(r"^\s+([-0-9.]+)\n\s+\+ match kind", src, re.M).group(1))
    intercepts = {}
    for kinds, value in re.findall(r"((?:PlaceKind::\w+(?: \| )?)+) => ([-0-9.]+),", src):
        for kind in re.findall(r"PlaceKind::(\w+)", kinds):
            intercepts[RUST_KINDS[kind]] = base + float(value)
    weights = {kind: weight + (town_weight if kind == "town" else 0.0) for kind in intercepts}
    return weights, intercepts


def raw_logit(confidence, kind, coefficients):
    """The softmax's logit that calibrated() turned into `confidence` for a place of `kind`."""
    weights, intercepts = coefficients
    p = min(max(confidence, 1e-9), 1 - 1e-9)
    return (math.log(p / (1 - p)) - intercepts[kind]) / weights[kind]


def features(logit, kind):
    town_logit = logit if kind == "town" else 0.0
    return [logit, town_logit] + [1.0 if kind == k else 0.0 for k in KINDS]


def examples(gold_path, pred_path, kinds, coefficients):
    pred = {d["doc_id"]: d for d in map(json.loads, open(pred_path, encoding="utf-8"))}
    out = []
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        ps = list(pred.get(g["doc_id"], {}).get("toponyms", []))
        for t in g["toponyms"]:
            if t.get("lat") is None:
                continue
            centre = (t["start"] + t["end"]) / 2
            for j, p in enumerate(ps):
                if abs((p["start"] + p["end"]) / 2 - centre) < 10 and p["name"].lower() == t["name"].lower():
                    kind = kinds.get((round(p["lat"], 3), round(p["lon"], 3)), "town")
                    kind = {"continent": "area", "region": "area"}.get(kind, kind)
                    right = haversine_km(p["lat"], p["lon"], t["lat"], t["lon"]) < 161
                    logit = raw_logit(p["confidence"], kind, coefficients)
                    out.append((features(logit, kind), 1.0 if right else 0.0))
                    ps.pop(j)
                    break
    return out


def fit(data, steps=2000, rate=0.5, l2=1e-3):
    n = len(data[0][0]) + 1
    w = [0.0] * n
    for _ in range(steps):
        grad = [0.0] * n
        total = 0.0
        for x, y, weight in data:
            z = w[0] + sum(a * b for a, b in zip(w[1:], x))
            p = 1 / (1 + math.exp(-z))
            for i, xi in enumerate([1.0] + x):
                grad[i] += weight * (p - y) * xi
            total += weight
        w = [wi - rate * (gi / total + l2 * wi) for wi, gi in zip(w, grad)]
    return w


def ece(rows, w):
    bins = [[0, 0.0, 0.0] for _ in range(10)]
    for x, y in rows:
        p = 1 / (1 + math.exp(-(w[0] + sum(a * b for a, b in zip(w[1:], x)))))
        b = bins[min(int(p * 10), 9)]
        b[0] += 1
        b[1] += p
        b[2] += y
    return sum(abs(b[2] - b[1]) for b in bins) / len(rows)


def main():
    kinds = place_kinds()
    coefficients = current_coefficients()
    corpora = [(path, examples(gold, path, kinds, coefficients)) for gold, path in zip(
        [os.path.join(root, "..", "shared", "eval", c + ".jsonl") for c in ("LGL", "GeoVirus")], sys.argv[1:3])]
    data = []
    for _, rows in corpora:
        data += [(x, y, 1.0 / len(rows)) for x, y in rows]
    w = fit(data)
    for path, rows in corpora:
        print(f"{path}: {len(rows)} matched, ECE after fit {ece(rows, w):.3f}")
    names = ["intercept", "logit", "town_logit"] + KINDS
    for name, value in zip(names, w):
        print(f"{name} = {value:.3f}")


if __name__ == "__main__":
    main()
