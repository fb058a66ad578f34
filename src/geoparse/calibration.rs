//! Confidence that means something: the probability that a toponym lies within 161 km of
//! where the story means.
//!
//! The resolver's softmax says how a name's candidates compare, not how often the winner is
//! right: a town that wins with 0.99 is right less often than a province that does, and the
//! point of a country or a continent is often far from another source's point for it. A
//! logistic regression on the softmax (as a logit) and the kind of place maps one to the other.
//! Its coefficients are fitted on the development corpora by `scripts/fit-calibration.py`
//! (expected calibration error there: see the README).

use crate::gazetteer::PlaceKind;

/// Weight of the softmax's logit.
const LOGIT_WEIGHT: f64 = 0.044;

/// Added to [`LOGIT_WEIGHT`] for towns: a town that barely wins is wrong more often than a
/// province that does.
const TOWN_LOGIT_WEIGHT: f64 = 0.452;

fn logit_weight(kind: PlaceKind) -> f64 {
    if kind == PlaceKind::Town {
        LOGIT_WEIGHT + TOWN_LOGIT_WEIGHT
    } else {
        LOGIT_WEIGHT
    }
}

/// Intercept by kind of place (the fit's intercept plus the kind's own term).
fn intercept(kind: PlaceKind) -> f64 {
    1.731
        + match kind {
            PlaceKind::Country => 0.042,
            PlaceKind::Admin1 => 1.231,
            PlaceKind::Admin2 => 1.321,
            PlaceKind::Town => -0.457,
            PlaceKind::Site => 0.0,
            PlaceKind::Continent | PlaceKind::Region => -0.407,
        }
}

/// The calibrated confidence of a toponym whose place of `kind` won with softmax `raw`.
pub(super) fn calibrated(raw: f64, kind: PlaceKind) -> f64 {
    let p = raw.clamp(0.005, 0.995);
    let z = intercept(kind) + logit_weight(kind) * (p / (1.0 - p)).ln();
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_rises_with_the_softmax_and_stays_a_probability() {
        for kind in [PlaceKind::Town, PlaceKind::Country, PlaceKind::Admin1] {
            let mut last = 0.0;
            for raw in [0.0, 0.2, 0.5, 0.8, 0.99, 1.0] {
                let c = calibrated(raw, kind);
                assert!(c > last && c < 1.0, "{kind:?} {raw} {c}");
                last = c;
            }
        }
        // A town that barely wins is less sure than a province that does: towns share their
        // names more.
        assert!(calibrated(0.5, PlaceKind::Admin1) > calibrated(0.5, PlaceKind::Town));
    }
}
