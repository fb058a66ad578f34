//! The `newsmap` command for scripts: `extract` turns a folder into place mentions as JSON Lines,
//! GeoJSON or CSV, with offsets in code points into each article's text; `eval` scores the
//! geoparser on a gold corpus and prints the same figures as the corpora's own `score.py`.

use std::path::Path;

use newsmap::articles::{Article, ReadOptions, read_folder};
use serde_json::{Value, json};

use crate::common::{
    newsmap, sample, sample_article, sample_dir, shared_file, skip_or_fail, stdout_of_success,
    temp_dir, write,
};

/// The columns of the CSV export, in order.
const CSV_COLUMNS: [&str; 10] = [
    "article",
    "start",
    "end",
    "surface",
    "name",
    "lat",
    "lon",
    "precision",
    "confidence",
    "form",
];

/// The fields of the last line `newsmap eval` prints, in order.
const EVAL_FIELDS: [&str; 13] = [
    "precision",
    "recall",
    "f_score",
    "mean_km",
    "median_km",
    "acc_161",
    "auc",
    "tp",
    "fp",
    "fn",
    "mb_per_s",
    "load_ms",
    "ece",
];

/// What `newsmap extract FOLDER --format FORMAT` prints.
fn extract(folder: &Path, format: &str) -> String {
    let folder = folder.to_str().expect("a UTF-8 folder path");
    stdout_of_success(&newsmap(["extract", folder, "--format", format]))
}

/// The rows of a JSON Lines export, each checked to be an object.
fn jsonl_rows(jsonl: &str) -> Vec<serde_json::Map<String, Value>> {
    jsonl
        .lines()
        .map(|line| match serde_json::from_str(line) {
            Ok(Value::Object(row)) => row,
            other => panic!("not a JSON object: {line:?} ({other:?})"),
        })
        .collect()
}

/// A field of a row that must be a string.
fn text<'a>(row: &'a serde_json::Map<String, Value>, field: &str) -> &'a str {
    row.get(field)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{field} is not a string in {row:?}"))
}

/// The surface of a row.
fn text_of(row: &serde_json::Map<String, Value>) -> &str {
    text(row, "surface")
}

/// A field of a row that must be a whole number.
fn whole(row: &serde_json::Map<String, Value>, field: &str) -> usize {
    row.get(field)
        .and_then(Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("{field} is not a whole number in {row:?}"))
}

/// A field of a row that must be a number.
fn number(row: &serde_json::Map<String, Value>, field: &str) -> f64 {
    row.get(field)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("{field} is not a number in {row:?}"))
}

/// The code points `start..end` of `text`.
fn code_points(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// The code-point offset of the first `name` in `text` after code point `from`, and its end.
fn code_point_span(text: &str, name: &str, from: usize) -> (usize, usize) {
    let skipped: usize = text.chars().take(from).map(char::len_utf8).sum();
    let byte = skipped
        + text[skipped..]
            .find(name)
            .unwrap_or_else(|| panic!("{name:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    (start, start + name.chars().count())
}

/// Splits one CSV record (RFC 4180 quoting, no line breaks inside fields).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().expect("a field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().expect("a field").push(c),
        }
    }
    assert!(!quoted, "unterminated quote in {line:?}");
    fields
}

/// Asserts that every row's code points `start..end` of its article's text are its surface.
fn assert_offsets_are_code_points(rows: &[serde_json::Map<String, Value>], articles: &[Article]) {
    for row in rows {
        let key = text(row, "article");
        let article = articles
            .iter()
            .find(|article| article.key == key)
            .unwrap_or_else(|| panic!("row of an unknown article {key:?}"));
        let (start, end) = (whole(row, "start"), whole(row, "end"));
        assert_eq!(
            code_points(&article.text, start, end),
            text(row, "surface"),
            "{key}: code points {start}..{end}"
        );
    }
}

#[test]
fn extract_as_jsonl_gives_one_resolved_mention_a_line() {
    let rows = jsonl_rows(&extract(&sample_dir(), "jsonl"));
    assert!(
        rows.len() > 200,
        "only {} mentions in the sample",
        rows.len()
    );
    let keys: Vec<&str> = sample().articles.iter().map(|a| a.key.as_str()).collect();
    for row in &rows {
        assert!(keys.contains(&text(row, "article")), "{row:?}");
        assert!(whole(row, "start") < whole(row, "end"), "{row:?}");
        assert!(!text(row, "surface").is_empty(), "{row:?}");
        assert!(!text(row, "name").is_empty(), "{row:?}");
        assert!((-90.0..=90.0).contains(&number(row, "lat")), "{row:?}");
        assert!((-180.0..=180.0).contains(&number(row, "lon")), "{row:?}");
        let precision = text(row, "precision");
        assert!(
            ["site", "town", "district", "province", "country", "region"].contains(&precision),
            "{row:?}"
        );
        assert!((0.0..=1.0).contains(&number(row, "confidence")), "{row:?}");
    }
    // Every article names places, and the exports name them in full.
    for key in keys {
        assert!(
            rows.iter().any(|row| text(row, "article") == key),
            "no mention in {key}"
        );
    }
    assert!(
        rows.iter().any(|row| text(row, "surface") == "Qala-i-Naw"
            && text(row, "name").contains("Badghis")
            && text(row, "name").contains("Afghanistan")),
        "Qala-i-Naw is not named with its province and country"
    );
}

#[test]
fn extract_as_geojson_gives_a_point_feature_per_mention() {
    let jsonl = jsonl_rows(&extract(&sample_dir(), "jsonl"));
    let geojson: Value =
        serde_json::from_str(&extract(&sample_dir(), "geojson")).expect("the GeoJSON parses");
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().expect("a features array");
    assert_eq!(features.len(), jsonl.len());
    for (feature, row) in features.iter().zip(&jsonl) {
        assert_eq!(feature["type"], "Feature");
        assert_eq!(feature["geometry"]["type"], "Point");
        // GeoJSON puts longitude first.
        assert_eq!(
            feature["geometry"]["coordinates"],
            json!([row["lon"], row["lat"]])
        );
        for field in ["article", "start", "end", "surface", "name", "precision"] {
            assert_eq!(feature["properties"][field], row[field], "{field}");
        }
    }
}

#[test]
fn extract_as_csv_gives_a_header_and_a_row_per_mention() {
    let jsonl = jsonl_rows(&extract(&sample_dir(), "jsonl"));
    let csv = extract(&sample_dir(), "csv");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(CSV_COLUMNS.join(",").as_str()));
    let records: Vec<Vec<String>> = lines.map(csv_fields).collect();
    assert_eq!(records.len(), jsonl.len());
    for (record, row) in records.iter().zip(&jsonl) {
        assert_eq!(record.len(), CSV_COLUMNS.len(), "{record:?}");
        assert_eq!(record[0], text(row, "article"));
        assert_eq!(record[1], whole(row, "start").to_string());
        assert_eq!(record[2], whole(row, "end").to_string());
        assert_eq!(record[3], text(row, "surface"));
        assert_eq!(record[4], text(row, "name"));
        let lat: f64 = record[5].parse().expect("lat is a number");
        assert!((lat - number(row, "lat")).abs() < 1e-9, "{record:?}");
        assert_eq!(record[7], text(row, "precision"));
    }
}

#[test]
fn extract_with_out_writes_the_file_instead_of_stdout() {
    let folder = temp_dir();
    let out = folder.path().join("places.geojson");
    let output = newsmap([
        "extract",
        sample_dir().to_str().expect("a UTF-8 sample path"),
        "--format",
        "geojson",
        "--out",
        out.to_str().expect("a UTF-8 temporary path"),
    ]);
    assert!(stdout_of_success(&output).is_empty(), "stdout stays empty");
    let written = std::fs::read_to_string(&out).expect("the --out file is written");
    assert_eq!(written, extract(&sample_dir(), "geojson"));
}

#[test]
fn extract_offsets_are_code_points_into_the_article_text() {
    let rows = jsonl_rows(&extract(&sample_dir(), "jsonl"));
    assert_offsets_are_code_points(&rows, &sample().articles);

    // The sample is plain ASCII, so try text where code points and bytes differ.
    let folder = temp_dir();
    let text = "«привет, друзья» — café owners heard the greeting in Kabul, then in Herat.\n\
                Ünal said the road from Kabul to Jalalabad was open again.\n";
    write(folder.path(), "2021-08-20_greetings.txt", text);
    let rows = jsonl_rows(&extract(folder.path(), "jsonl"));
    let articles = read_folder(folder.path(), &ReadOptions::default()).articles;
    assert_offsets_are_code_points(&rows, &articles);
    let (kabul_start, kabul_end) = code_point_span(text, "Kabul", 0);
    assert!(
        rows.iter().any(|row| text_of(row) == "Kabul"
            && (whole(row, "start"), whole(row, "end")) == (kabul_start, kabul_end)),
        "no Kabul at code points {kabul_start}..{kabul_end}: {rows:#?}"
    );
    let surfaces: Vec<&str> = rows.iter().map(text_of).collect();
    assert_eq!(surfaces, ["Kabul", "Herat", "Kabul", "Jalalabad"]);
}

/// The fields of `newsmap eval`'s last line, checked to be the documented ones in order.
fn eval_fields(stdout: &str) -> Vec<(String, String)> {
    let last = stdout.lines().last().expect("eval prints a line");
    let fields: Vec<(String, String)> = last
        .split(' ')
        .map(|field| {
            let (name, value) = field
                .split_once('=')
                .unwrap_or_else(|| panic!("{field:?} is not name=value in {last:?}"));
            (name.to_string(), value.to_string())
        })
        .collect();
    let names: Vec<&str> = fields.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, EVAL_FIELDS, "{last:?}");
    for (name, value) in &fields {
        let whole_number = ["tp", "fp", "fn"].contains(&name.as_str());
        let well_formed = if whole_number {
            !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())
        } else {
            value.split_once('.').is_some_and(|(units, decimals)| {
                !units.is_empty()
                    && units.bytes().all(|b| b.is_ascii_digit())
                    && decimals.len() == 3
                    && decimals.bytes().all(|b| b.is_ascii_digit())
            })
        };
        assert!(well_formed, "{name}={value} is not well formed in {last:?}");
    }
    fields
}

#[test]
fn eval_scores_a_small_gold_corpus_in_code_points() {
    let folder = temp_dir();
    let first = "Floods cut the road between Kabul and Herat on Tuesday.";
    // Before Jalalabad, 17 more bytes than code points: byte offsets would miss it.
    let second = "«привет, друзья» — café owners said the greeting was heard in Jalalabad.";
    let toponym = |text: &str, name: &str, lat: f64, lon: f64| {
        let (start, end) = code_point_span(text, name, 0);
        json!({"start": start, "end": end, "name": name, "lat": lat, "lon": lon})
    };
    let corpus = [
        json!({"doc_id": "floods", "text": first, "toponyms": [
            toponym(first, "Kabul", 34.5281, 69.1723),
            toponym(first, "Herat", 34.3482, 62.1997),
        ]}),
        json!({"doc_id": "greeting", "text": second, "toponyms": [
            toponym(second, "Jalalabad", 34.4265, 70.4515),
        ]}),
    ];
    let corpus_text: String = corpus.iter().map(|doc| format!("{doc}\n")).collect();
    write(folder.path(), "gold.jsonl", &corpus_text);
    let gold = folder.path().join("gold.jsonl");
    let predictions = folder.path().join("predictions.jsonl");
    let output = newsmap([
        "eval",
        gold.to_str().expect("a UTF-8 temporary path"),
        "--predictions",
        predictions.to_str().expect("a UTF-8 temporary path"),
    ]);
    let fields = eval_fields(&stdout_of_success(&output));
    let value = |name: &str| {
        fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or_default()
    };
    let tp: usize = value("tp").parse().expect("tp");
    assert!(tp > 0, "no gold toponym matched: {fields:?}");
    assert_eq!((value("tp"), value("fn")), ("3", "0"), "{fields:?}");
    assert_eq!(value("acc_161"), "1.000", "{fields:?}");

    // The predictions file holds code-point offsets too.
    let predicted = std::fs::read_to_string(&predictions).expect("predictions are written");
    let greeting = predicted
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("a JSON prediction"))
        .find(|doc| doc["doc_id"] == "greeting")
        .expect("a prediction for the second document");
    let (start, end) = code_point_span(second, "Jalalabad", 0);
    assert_eq!(
        greeting["toponyms"][0]["start"], start,
        "predicted offsets are not code points: {greeting}"
    );
    assert_eq!(greeting["toponyms"][0]["end"], end);
}

#[test]
fn eval_reads_the_documents_of_one_outlet_as_one_folder() {
    // A local paper's other stories place "Paris" in Tennessee; alone, it is the French capital.
    let stories = [
        "The Henry County commission met in Paris, Tenn., on Monday to discuss the new jail.",
        "Henry County deputies said the fair in Puryear would open on Friday.",
        "A Paris man was arrested on Sunday after a chase.",
    ];
    let paris_latitude = |outlet: Option<&str>| {
        let folder = temp_dir();
        let corpus: String = (stories.iter().enumerate())
            .map(|(i, text)| {
                let mut doc = json!({"doc_id": i.to_string(), "text": text, "toponyms": []});
                if let Some(outlet) = outlet {
                    doc["meta"] = json!({"domain": outlet});
                }
                format!("{doc}\n")
            })
            .collect();
        write(folder.path(), "gold.jsonl", &corpus);
        let predictions = folder.path().join("predictions.jsonl");
        let output = newsmap([
            "eval".as_ref(),
            folder.path().join("gold.jsonl").as_os_str(),
            "--predictions".as_ref(),
            predictions.as_os_str(),
        ]);
        stdout_of_success(&output);
        let predicted = std::fs::read_to_string(&predictions).expect("predictions are written");
        let last: Value = serde_json::from_str(predicted.lines().last().expect("three documents"))
            .expect("a JSON prediction");
        assert_eq!(last["toponyms"][0]["name"], "Paris", "{last}");
        last["toponyms"][0]["lat"].as_f64().expect("a latitude")
    };
    assert!((paris_latitude(Some("hometown.example")) - 36.3).abs() < 0.5);
    assert!((paris_latitude(None) - 48.85).abs() < 0.5);
}

#[test]
fn eval_prints_the_same_figures_as_score_py_on_geovirus() {
    const TEST: &str = "eval_prints_the_same_figures_as_score_py_on_geovirus";
    let Some(gold) = shared_file(TEST, "eval/GeoVirus.jsonl") else {
        return;
    };
    let Some(score_py) = shared_file(TEST, "eval/score.py") else {
        return;
    };
    let folder = temp_dir();
    let predictions = folder.path().join("predictions.jsonl");
    let output = newsmap([
        "eval".as_ref(),
        gold.as_os_str(),
        "--predictions".as_ref(),
        predictions.as_os_str(),
    ]);
    let ours = eval_fields(&stdout_of_success(&output));
    let python = match std::process::Command::new("python3")
        .arg(&score_py)
        .arg("jsonl")
        .arg(&gold)
        .arg(&predictions)
        .output()
    {
        Ok(python) if python.status.success() => python,
        Ok(python) if String::from_utf8_lossy(&python.stderr).contains("command not found") => {
            skip_or_fail(TEST, "python3 is not installed");
            return;
        }
        Ok(python) => panic!(
            "score.py failed ({}): {}",
            python.status,
            String::from_utf8_lossy(&python.stderr)
        ),
        Err(error) => {
            skip_or_fail(TEST, &format!("python3 cannot be run ({error})"));
            return;
        }
    };
    let theirs = String::from_utf8_lossy(&python.stdout);
    let theirs: Vec<&str> = theirs
        .lines()
        .last()
        .unwrap_or_default()
        .split(' ')
        .collect();
    // score.py prints precision … fn: the fields newsmap prints before mb_per_s.
    assert_eq!(theirs.len(), 10, "score.py printed {theirs:?}");
    for (index, field) in theirs.iter().enumerate() {
        let (name, value) = &ours[index];
        assert_eq!(format!("{name}={value}"), *field, "field {}", index + 1);
    }
}

#[test]
fn extract_events_as_jsonl_has_the_fields_of_the_events_issue() {
    let folder = sample_dir();
    let output = newsmap(["extract".as_ref(), folder.as_os_str(), "--events".as_ref()]);
    let rows = jsonl_rows(&stdout_of_success(&output));
    assert!(rows.len() > 20, "{} events", rows.len());
    for row in &rows {
        assert!(
            row["id"].as_str().is_some_and(|id| id.len() == 16)
                && row["kind"].is_string()
                && row["confidence"].is_f64(),
            "{row:?}"
        );
        let place = &row["place"];
        assert!(
            place.is_null()
                || (place["name"].is_string()
                    && place["lat"].is_f64()
                    && place["precision"].is_string())
        );
        let time = &row["time"];
        let precisions = ["day", "week", "month", "year", "unknown"];
        assert!(
            precisions.contains(&time["precision"].as_str().unwrap_or("")),
            "{time}"
        );
        assert!(time["start"].is_null() || time["start"].as_str().is_some_and(|s| s.len() == 10));
        assert!(row["actors"].is_array());
        for n in row["numbers"].as_array().into_iter().flatten() {
            assert!(n["value"].is_u64() && n["what"].is_string(), "{n}");
        }
        let mentions = row["mentions"].as_array().expect("mentions");
        assert!(!mentions.is_empty());
        for m in mentions {
            assert!(m["article"].is_string() && m["sentence"].is_string());
            assert!(m["start"].as_u64() < m["end"].as_u64());
        }
    }
    assert!(
        rows.iter().any(|r| r["place"].is_null()),
        "events without a place are kept"
    );
    assert!(
        rows.iter().any(|r| r["time"]["start"].is_null()),
        "undated events are kept"
    );
}

#[test]
fn extract_events_as_kml_dates_placemarks_with_time_spans() {
    let folder = sample_dir();
    let kml = stdout_of_success(&newsmap([
        "extract".as_ref(),
        folder.as_os_str(),
        "--events".as_ref(),
        "--format".as_ref(),
        "kml".as_ref(),
    ]));
    assert!(kml.starts_with("<?xml") && kml.contains("<kml"));
    let placemarks = kml.matches("<Placemark>").count();
    assert!(placemarks > 10);
    assert!(
        kml.contains("<TimeSpan><begin>2021-08-06</begin>"),
        "Zaranj's fall is dated"
    );
    // Places without events' dates (the undated article) have no TimeSpan.
    assert!(kml.matches("<TimeSpan>").count() < placemarks);
    let no_events = newsmap([
        "extract".as_ref(),
        folder.as_os_str(),
        "--format".as_ref(),
        "kml".as_ref(),
    ]);
    assert!(
        !no_events.status.success(),
        "kml of bare mentions is refused"
    );
}

#[test]
fn extract_events_as_csv_gives_each_report_its_article_outlet_sentence_and_place_spelling() {
    let folder = sample_dir();
    let output = newsmap([
        "extract".as_ref(),
        folder.as_os_str(),
        "--events".as_ref(),
        "--format".as_ref(),
        "csv".as_ref(),
    ]);
    let csv = stdout_of_success(&output);
    let mut lines = csv.lines();
    let header = csv_fields(lines.next().unwrap_or_default());
    let column = |name: &str| {
        header
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let (article, outlet, sentence, place) = (
        column("mentions.article"),
        column("mentions.outlet"),
        column("mentions.sentence"),
        column("mentions.place_text"),
    );
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    assert!(rows.len() > 20, "{} rows", rows.len());
    for row in &rows {
        assert_eq!(row.len(), header.len(), "{row:?}");
        // The quoted sentence is in its article; the place is spelt as that article writes it.
        let text = &sample_article(&row[article]).text;
        assert!(text.contains(&row[sentence]), "{row:?}");
        assert!(text.contains(&row[place]), "{row:?}");
    }
    assert!(
        rows.iter()
            .any(|r| r[outlet] == "Frontier Wire" && r[sentence].contains("Bagram")),
        "the Frontier Wire's Bagram report keeps its outlet"
    );
}

#[test]
fn opening_a_view_that_is_not_saved_stops_with_the_names_of_the_saved_ones() {
    let folder = temp_dir();
    let view = newsmap::store::SavedView {
        extent: [60.0, 29.0, 75.0, 38.0],
        days: None,
        cumulative: false,
        show_undated: true,
        filters: newsmap::store::Filters::default(),
        place: None,
        event: None,
        heat_layer: false,
    };
    for name in ["july", "Kunduz, Aug 8"] {
        newsmap::store::save_view(folder.path(), name, &view).unwrap_or_else(|e| panic!("{e}"));
    }
    // The name is checked before a window opens.
    let output = newsmap([
        folder.path().as_os_str(),
        "--view".as_ref(),
        "august".as_ref(),
    ]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no view named \"august\"")
            && stderr.contains("the saved views are \"Kunduz, Aug 8\", \"july\""),
        "{stderr}"
    );
}
