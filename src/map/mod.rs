//! The map's data and geometry, drawn by the UI: the offline [`Basemap`] (land, lakes,
//! rivers, borders, countries and provinces, read from `assets/basemap.tsv`) with lookups of a
//! province by code and by position, and the Web Mercator projection with the [`View`] that
//! maps it to screen pixels; the optional online [`tiles`] drawn over the basemap; and the
//! kernel [`density`] of points on a screen grid, for the heat layer.
//! Coordinates are degrees in the basemap, the unit square in Mercator, pixels on screen; no
//! UI types.

mod basemap;
pub mod density;
mod projection;
pub mod tiles;

pub use basemap::{Basemap, BasemapError, Region, Shape};
pub use projection::{
    LatLon, MAX_LATITUDE, MAX_ZOOM, MIN_ZOOM, TILE_SIZE, View, lat_lon_from_mercator,
    mercator_from_lat_lon,
};
