//! The online tile layer: the tiles fetched so far (see [`crate::map::tiles`]) as textures,
//! drawn over the offline basemap where they have arrived, with the source's credit.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use egui::{Color32, Pos2, Rect};

use crate::map::View;
use crate::map::tiles::{TileFetcher, TileId, TileSource, visible_tiles};

/// Textures kept beyond those in view, so that panning back does not fetch again.
const KEEP_TEXTURES: usize = 400;

/// See the module doc.
pub struct TileLayer {
    source: TileSource,
    fetcher: TileFetcher,
    textures: HashMap<TileId, egui::TextureHandle>,
    failed: HashSet<TileId>,
    last_error: Option<String>,
    drawn: usize,
}

impl TileLayer {
    /// Starts fetching from `source`, caching under `cache_dir`.
    pub fn start(ctx: &egui::Context, source: TileSource, cache_dir: Option<PathBuf>) -> Self {
        let wake = ctx.clone();
        let fetcher = TileFetcher::start(source.clone(), cache_dir, move || wake.request_repaint());
        Self {
            source,
            fetcher,
            textures: HashMap::new(),
            failed: HashSet::new(),
            last_error: None,
            drawn: 0,
        }
    }

    /// How many tiles the last frame drew.
    pub fn drawn(&self) -> usize {
        self.drawn
    }

    /// Draws the tiles that cover `view` in `rect` and asks for the missing ones.
    pub fn draw(&mut self, ui: &mut egui::Ui, view: &View, rect: Rect) {
        let ctx = ui.ctx().clone();
        for (tile, result) in self.fetcher.take_results() {
            match result {
                Ok(decoded) => {
                    let image =
                        egui::ColorImage::from_rgba_unmultiplied(decoded.size, &decoded.rgba);
                    let name = format!("tile {}/{}/{}", tile.z, tile.x, tile.y);
                    let texture = ctx.load_texture(name, image, egui::TextureOptions::LINEAR);
                    self.textures.insert(tile, texture);
                    self.last_error = None;
                }
                Err(error) => {
                    self.failed.insert(tile);
                    self.last_error = Some(error.to_string());
                }
            }
        }
        let size = [f64::from(rect.width()), f64::from(rect.height())];
        let tiles = visible_tiles(view, size);
        let painter = ui.painter_at(rect);
        let scale = view.pixels_per_world();
        let uv = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
        self.drawn = 0;
        for &tile in &tiles {
            match self.textures.get(&tile) {
                Some(texture) => {
                    let (corner, width) = tile.mercator_bounds();
                    let at = view.screen_from_mercator(corner, size);
                    let min = Pos2::new(rect.min.x + at[0] as f32, rect.min.y + at[1] as f32);
                    let side = (width * scale) as f32;
                    let area = Rect::from_min_size(min, egui::vec2(side, side));
                    painter.image(texture.id(), area, uv, Color32::WHITE);
                    self.drawn += 1;
                }
                None if !self.failed.contains(&tile) => self.fetcher.request(tile),
                None => {}
            }
        }
        if self.textures.len() > tiles.len() + KEEP_TEXTURES {
            let keep: HashSet<TileId> = tiles.iter().copied().collect();
            let fetcher = &mut self.fetcher;
            self.textures.retain(|tile, _| {
                let kept = keep.contains(tile);
                if !kept {
                    fetcher.forget(*tile);
                }
                kept
            });
        }
    }

    /// The source's credit in the map's corner, and why tiles are missing if they failed.
    pub fn notes_ui(&self, ui: &mut egui::Ui, rect: Rect) {
        let credit = egui::Label::new(
            egui::RichText::new(&self.source.attribution)
                .small()
                .color(Color32::BLACK)
                .background_color(Color32::from_white_alpha(200)),
        );
        let corner = Rect::from_min_max(
            rect.right_bottom() - egui::vec2(190.0, 18.0),
            rect.right_bottom(),
        );
        ui.put(corner, credit);
        if let Some(error) = &self.last_error {
            let note = format!("Online tiles unavailable, the offline map is shown: {error}");
            let top = Rect::from_min_size(
                rect.min + egui::vec2(8.0, 8.0),
                egui::vec2(rect.width() - 16.0, 18.0),
            );
            ui.put(
                top,
                egui::Label::new(
                    egui::RichText::new(note)
                        .small()
                        .color(Color32::DARK_RED)
                        .background_color(Color32::from_white_alpha(200)),
                )
                .truncate(),
            );
        }
    }
}
