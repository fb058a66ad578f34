//! Distances on the globe, shared by the resolver, the event scorer and the map.

/// The Earth's mean radius, km.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Great-circle distance in km between two points given in degrees (haversine, R = 6371).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (dlat, dlon) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dlat / 2.0).sin().powi(2)
        + (dlon / 2.0).sin().powi(2) * lat1.to_radians().cos() * lat2.to_radians().cos();
    EARTH_RADIUS_KM * 2.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kabul_to_herat_is_about_640_km() {
        let km = haversine_km(34.53, 69.17, 34.35, 62.20);
        assert!((600.0..680.0).contains(&km), "{km}");
    }
}
