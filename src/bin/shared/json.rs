//! JSON helpers shared by the data builders (`build-gazetteer`, `build-basemap`): the
//! registry packages' files are read as untyped JSON, and fields may be numbers or strings.

use std::path::Path;

use anyhow::{Context as _, Result};
use serde_json::Value;

/// Reads and parses a JSON file.
pub fn read_json(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {path:?}"))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {path:?}"))
}

/// A string field, or "".
pub fn str_field<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A number field, written as a number or as a string.
pub fn num_field(v: &Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}
