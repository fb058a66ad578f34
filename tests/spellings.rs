//! The spellings that war reports use for places of the six wars (`tests/data/spellings.tsv`):
//! Ukrainian and Russian (Kyiv, Kiev; Konstantinovka, Novaya Kakhovka), Arabic (Deir Ezzor,
//! Deir al-Zour; Loder; al-Ghaidah), Burmese (Kalay, Tiddim, Hpa-an), Pashto and Dari (Mihtarlam,
//! Tirin Kot) and French ones of the Sahel (Sévaré, Fada N'Gourma). Each resolves to a town,
//! district or site of its country when the sentence names the country.

use newsmap::geoparse::Precision;

use crate::common::{gazetteer, geoparser};

#[test]
fn every_spelling_of_the_list_resolves_in_its_country() {
    let list = include_str!("data/spellings.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let [spelling, code, country] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("a line of spellings.tsv has three fields: {line:?}");
        };
        count += 1;
        let text = format!("Gunmen attacked a checkpoint in {spelling}, {country}, on Monday.");
        let toponyms = geoparser().parse_text(&text);
        let resolved = toponyms.iter().find(|t| t.surface == spelling);
        let fits = resolved.is_some_and(|t| {
            gazetteer().place(t.place).country == code
                && matches!(
                    t.precision,
                    Precision::Site | Precision::Town | Precision::District
                )
        });
        if !fits {
            let found = resolved.map(|t| gazetteer().place(t.place).name.to_string());
            failures.push(format!("{spelling} ({code}): {found:?}"));
        }
    }
    assert!(count > 500, "the list holds {count} spellings");
    assert!(
        failures.is_empty(),
        "{} of {count}: {failures:#?}",
        failures.len()
    );
}
