//! Tests of the gazetteer against the committed files.
