//! Tests of the geoparser against the committed gazetteer.
