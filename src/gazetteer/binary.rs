//! The compact binary form of the committed gazetteer files, cached between runs.
//!
//! Parsing `places.tsv` (273,000 lines of numbers and names) and filing the keys of
//! `names.tsv` in the name index's hash table take most of a load. The first load writes what
//! they give (the places as records, the names file with its hash table) to
//! `gazetteer-<digest of the folder's path>.bin` in newsmap's folder of the user's cache
//! ([`user_cache_dir`]); later loads read it back without parsing, its two sections on two
//! threads.
//!
//! The file starts with [`MAGIC`] (which names the format's version), the size and
//! modification time of the two files it was made from (taken before they were read) and their
//! BLAKE3 hashes, then each section's length and BLAKE3. It is used only when both files still
//! have that size and time, and each section its hash: an edited gazetteer, a file of another
//! version, a truncated or damaged file are all read again from the TSV files and the cached
//! form is written anew. Writing goes through a temporary file and a rename; a failure to
//! write (a read-only cache) only costs the next load its speed.

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use compact_str::CompactString;

use super::index::NameIndex;
use super::{Place, PlaceKind};

/// The first bytes of the file; the digits are the format's version.
const MAGIC: &[u8; 16] = b"newsmap-gaz-0002";

/// Bytes before the first section: the magic, two stamps, two source hashes, two section
/// lengths and two section hashes.
const HEADER_LENGTH: usize = 16 + 2 * 20 + 2 * 32 + 2 * 8 + 2 * 32;

/// newsmap's folder in the user's cache: `$XDG_CACHE_HOME/newsmap`, else `~/.cache/newsmap`.
pub fn user_cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("newsmap"))
}

/// Where the cached form of the gazetteer in `dir` lives, in `cache_dir`.
pub(super) fn cache_file(cache_dir: &Path, dir: &Path) -> PathBuf {
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let digest = blake3::hash(dir.as_os_str().as_encoded_bytes());
    cache_dir.join(format!("gazetteer-{}.bin", &digest.to_hex()[..16]))
}

/// A source file's size and modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Stamp {
    length: u64,
    seconds: u64,
    nanos: u32,
}

impl Stamp {
    /// The stamp of the file at `path`, `None` when it has none.
    pub(super) fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let since_epoch = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Self {
            length: meta.len(),
            seconds: since_epoch.as_secs(),
            nanos: since_epoch.subsec_nanos(),
        })
    }
}

/// The places file and the names file the cached form was made from: their stamps and hashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Sources {
    pub stamps: [Stamp; 2],
    pub hashes: [blake3::Hash; 2],
}

/// What a cached form holds.
pub(super) struct Cached {
    pub hashes: [blake3::Hash; 2],
    pub places: Vec<Place>,
    pub names: NameIndex,
}

/// Reads the cached form at `path` if it was made from files of these `stamps`; `None` when it
/// is missing, of another version or other files, damaged, or does not hold what it should.
pub(super) fn read(path: &Path, stamps: [Stamp; 2]) -> Option<Cached> {
    let mut header = [0u8; HEADER_LENGTH];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .ok()?;
    let mut reader = Reader(header.strip_prefix(MAGIC.as_slice())?);
    let sources = Sources {
        stamps: [reader.stamp()?, reader.stamp()?],
        hashes: [reader.hash()?, reader.hash()?],
    };
    if sources.stamps != stamps {
        return None;
    }
    let lengths = [reader.u64()? as usize, reader.u64()? as usize];
    let digests = [reader.hash()?, reader.hash()?];
    let section = |index: usize| -> Option<Vec<u8>> {
        let offset = HEADER_LENGTH + if index == 0 { 0 } else { lengths[0] };
        let mut file = std::fs::File::open(path).ok()?;
        let file_length = file.metadata().ok()?.len();
        if (offset + lengths[index]) as u64 > file_length {
            return None;
        }
        file.seek(SeekFrom::Start(offset as u64)).ok()?;
        let mut bytes = Vec::with_capacity(lengths[index]);
        file.take(lengths[index] as u64)
            .read_to_end(&mut bytes)
            .ok()?;
        (bytes.len() == lengths[index] && blake3::hash(&bytes) == digests[index]).then_some(bytes)
    };
    let (places, names) = std::thread::scope(|scope| {
        let names = scope.spawn(|| decode_names(&section(1)?));
        let places = section(0).and_then(|bytes| decode_places(&bytes));
        (places, names.join().ok().flatten())
    });
    Some(Cached {
        hashes: sources.hashes,
        places: places?,
        names: names?,
    })
}

fn decode_places(bytes: &[u8]) -> Option<Vec<Place>> {
    let mut reader = Reader(bytes);
    let count = reader.u64()? as usize;
    let mut places = Vec::with_capacity(count.min(bytes.len() / 40));
    for _ in 0..count {
        places.push(reader.place()?);
    }
    reader.0.is_empty().then_some(places)
}

fn decode_names(bytes: &[u8]) -> Option<NameIndex> {
    let mut reader = Reader(bytes);
    let text_length = reader.u64()? as usize;
    let text = String::from_utf8(reader.bytes(text_length)?.to_vec()).ok()?;
    let table = reader.0.chunks_exact(8);
    if !table.remainder().is_empty() {
        return None;
    }
    let slots = table
        .map(|slot| {
            let (line, tag) = slot.split_at(4);
            let word = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            (word(line), word(tag))
        })
        .collect();
    NameIndex::with_hash_table(text, slots)
}

/// Writes the cached form of `places` and `names`, made from `sources`, to `path` (through a
/// temporary file beside it and a rename).
pub(super) fn write(
    path: &Path,
    sources: Sources,
    places: &[Place],
    names: &NameIndex,
) -> std::io::Result<()> {
    let mut places_section = Vec::with_capacity(places.len() * 64);
    places_section.extend_from_slice(&(places.len() as u64).to_le_bytes());
    for place in places {
        put_place(&mut places_section, place);
    }
    let (text, slots) = names.hash_table();
    let mut names_section = Vec::with_capacity(8 + text.len() + slots.len() * 8);
    names_section.extend_from_slice(&(text.len() as u64).to_le_bytes());
    names_section.extend_from_slice(text.as_bytes());
    for &(line, tag) in slots {
        names_section.extend_from_slice(&line.to_le_bytes());
        names_section.extend_from_slice(&tag.to_le_bytes());
    }
    let mut file = Vec::with_capacity(HEADER_LENGTH + places_section.len() + names_section.len());
    file.extend_from_slice(MAGIC);
    for stamp in sources.stamps {
        file.extend_from_slice(&stamp.length.to_le_bytes());
        file.extend_from_slice(&stamp.seconds.to_le_bytes());
        file.extend_from_slice(&stamp.nanos.to_le_bytes());
    }
    for hash in sources.hashes {
        file.extend_from_slice(hash.as_bytes());
    }
    for section in [&places_section, &names_section] {
        file.extend_from_slice(&(section.len() as u64).to_le_bytes());
    }
    for section in [&places_section, &names_section] {
        file.extend_from_slice(blake3::hash(section).as_bytes());
    }
    file.extend_from_slice(&places_section);
    file.extend_from_slice(&names_section);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let temporary = path.with_extension(format!("{}-{nanos}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, &file).and_then(|()| std::fs::rename(&temporary, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

fn put_place(out: &mut Vec<u8>, place: &Place) {
    out.extend_from_slice(&place.geonameid.to_le_bytes());
    out.extend_from_slice(&place.lat.to_le_bytes());
    out.extend_from_slice(&place.lon.to_le_bytes());
    out.extend_from_slice(&place.population.to_le_bytes());
    for text in [
        place.kind.code(),
        &place.name,
        &place.country,
        &place.admin1,
        &place.admin2,
    ] {
        // GeoNames has no longer texts; one would be cut at a character.
        let mut length = text.len().min(usize::from(u16::MAX));
        while !text.is_char_boundary(length) {
            length -= 1;
        }
        out.extend_from_slice(&(length as u16).to_le_bytes());
        out.extend_from_slice(&text.as_bytes()[..length]);
    }
}

/// A cursor over bytes; every read is checked.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take<const N: usize>(&mut self) -> Option<&'a [u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(head)
    }

    fn bytes(&mut self, count: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(count)?;
        self.0 = rest;
        Some(head)
    }

    fn u64(&mut self) -> Option<u64> {
        self.take::<8>().map(|b| u64::from_le_bytes(*b))
    }

    fn hash(&mut self) -> Option<blake3::Hash> {
        self.take::<32>().map(|b| blake3::Hash::from_bytes(*b))
    }

    fn stamp(&mut self) -> Option<Stamp> {
        Some(Stamp {
            length: self.u64()?,
            seconds: self.u64()?,
            nanos: u32::from_le_bytes(*self.take::<4>()?),
        })
    }

    fn text(&mut self) -> Option<&'a str> {
        let length = u16::from_le_bytes(*self.take::<2>()?);
        std::str::from_utf8(self.bytes(usize::from(length))?).ok()
    }

    fn place(&mut self) -> Option<Place> {
        let geonameid = self.u64()?;
        let lat = f64::from_bits(self.u64()?);
        let lon = f64::from_bits(self.u64()?);
        let population = self.u64()?;
        let kind = PlaceKind::from_code(self.text()?)?;
        (lat.abs() <= 90.0 && lon.abs() <= 180.0).then_some(())?;
        Some(Place {
            geonameid,
            kind,
            name: CompactString::from(self.text()?),
            lat,
            lon,
            country: CompactString::from(self.text()?),
            admin1: CompactString::from(self.text()?),
            admin2: CompactString::from(self.text()?),
            population,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_form_reads_back_what_was_written_and_nothing_else() {
        let folder = std::env::temp_dir().join(format!("newsmap-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join("gazetteer.bin");
        let place = |name: &str, lat: f64| Place {
            geonameid: 1,
            kind: PlaceKind::Town,
            name: name.into(),
            lat,
            lon: 69.2,
            country: "AF".into(),
            admin1: "13".into(),
            admin2: String::new().into(),
            population: 5,
        };
        let places = vec![place("Kabul", 34.5), place("Qalʿah-ye Now ", -1.25)];
        let names = NameIndex::new("kabul\t0p\nqalahnow\t1p\n".to_string()).expect("a names text");
        let stamp = Stamp {
            length: 10,
            seconds: 20,
            nanos: 30,
        };
        let sources = Sources {
            stamps: [stamp, stamp],
            hashes: [blake3::hash(b"places"), blake3::hash(b"names")],
        };
        write(&path, sources, &places, &names).unwrap();
        let cached = read(&path, sources.stamps).expect("the form just written");
        assert_eq!(cached.places, places);
        assert_eq!(cached.hashes, sources.hashes);
        assert_eq!(cached.names.hash_table(), names.hash_table());

        // Other files, a damaged byte, a cut file: not used.
        let touched = Stamp { nanos: 31, ..stamp };
        assert!(read(&path, [stamp, touched]).is_none());
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(read(&path, sources.stamps).is_none());
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert!(read(&path, sources.stamps).is_none());
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
