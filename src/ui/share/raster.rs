//! A small rasterizer of egui's tessellated output on the CPU, so that a picture of the map
//! needs no GPU (the command line, the tests, a CI machine): triangles with vertex colours and
//! a texture (the font atlas, the heat layer), clipped to their clip rectangle, blended with
//! premultiplied alpha, as egui's own renderers do (in gamma space, at one pixel per point).
//!
//! A pixel belongs to a triangle when its centre is inside; a centre on an edge shared by two
//! triangles goes to one of them only (the edge is walked in opposite directions by the two,
//! and only one direction takes it), so that see-through fills show no seams.

use std::collections::HashMap;

use egui::epaint::textures::TexturesDelta;
use egui::epaint::{ClippedPrimitive, ImageData, Primitive, Vertex};
use egui::{Color32, Rect, TextureFilter, TextureId};

/// A texture the meshes sample: premultiplied texels, row by row.
struct Texture {
    size: [usize; 2],
    texels: Vec<Color32>,
    filter: TextureFilter,
}

impl Texture {
    /// The texel colour at normalized coordinates `uv` (premultiplied, 0..=255 per channel).
    fn sample(&self, uv: [f32; 2]) -> [f32; 4] {
        let [w, h] = self.size;
        if w == 0 || h == 0 {
            return [0.0; 4];
        }
        let texel = |x: usize, y: usize| {
            let c = self.texels[y.min(h - 1) * w + x.min(w - 1)];
            [c.r(), c.g(), c.b(), c.a()].map(f32::from)
        };
        let x = uv[0].clamp(0.0, 1.0) * w as f32;
        let y = uv[1].clamp(0.0, 1.0) * h as f32;
        match self.filter {
            TextureFilter::Nearest => texel(x as usize, y as usize),
            TextureFilter::Linear => {
                let (x, y) = ((x - 0.5).max(0.0), (y - 0.5).max(0.0));
                let (x0, y0) = (x as usize, y as usize);
                let (fx, fy) = (x.fract(), y.fract());
                let [a, b, c, d] = [
                    texel(x0, y0),
                    texel(x0 + 1, y0),
                    texel(x0, y0 + 1),
                    texel(x0 + 1, y0 + 1),
                ];
                std::array::from_fn(|i| {
                    let top = a[i] + (b[i] - a[i]) * fx;
                    let bottom = c[i] + (d[i] - c[i]) * fx;
                    top + (bottom - top) * fy
                })
            }
        }
    }
}

/// The textures egui asked for, kept between frames and changed by its deltas (whole
/// textures and patches of them).
#[derive(Default)]
pub struct Textures {
    textures: HashMap<TextureId, Texture>,
}

impl Textures {
    /// Applies the textures set by a frame (before painting it).
    pub fn set(&mut self, delta: &TexturesDelta) {
        for (&id, deltas) in &delta.set {
            for image_delta in deltas {
                let ImageData::Color(image) = &image_delta.image;
                let filter = image_delta.options.magnification;
                match image_delta.pos {
                    None => {
                        self.textures.insert(
                            id,
                            Texture {
                                size: image.size,
                                texels: image.pixels.clone(),
                                filter,
                            },
                        );
                    }
                    Some([x0, y0]) => {
                        let Some(texture) = self.textures.get_mut(&id) else {
                            continue;
                        };
                        let [w, h] = texture.size;
                        for y in 0..image.size[1] {
                            for x in 0..image.size[0] {
                                let (tx, ty) = (x0 + x, y0 + y);
                                if tx < w && ty < h {
                                    texture.texels[ty * w + tx] =
                                        image.pixels[y * image.size[0] + x];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Forgets the textures a frame freed (after painting it).
    pub fn free(&mut self, delta: &TexturesDelta) {
        for id in &delta.free {
            self.textures.remove(id);
        }
    }
}

/// An image painted into: premultiplied RGBA pixels, row by row.
pub struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<[f32; 4]>,
}

impl Canvas {
    /// A see-through canvas of `width` × `height` pixels.
    pub fn new(width: usize, height: usize) -> Self {
        Self {
            width,
            height,
            pixels: vec![[0.0; 4]; width * height],
        }
    }

    /// Paints egui's primitives, in order, with `textures` (one pixel per point).
    pub fn paint(&mut self, primitives: &[ClippedPrimitive], textures: &Textures) {
        for primitive in primitives {
            // Custom painting (a GPU callback) has nothing to rasterize here.
            let Primitive::Mesh(mesh) = &primitive.primitive else {
                continue;
            };
            let clip = self.clip_box(primitive.clip_rect);
            let texture = textures.textures.get(&mesh.texture_id);
            for triangle in mesh.indices.chunks_exact(3) {
                let vertex = |i: u32| mesh.vertices.get(i as usize);
                if let (Some(a), Some(b), Some(c)) = (
                    vertex(triangle[0]),
                    vertex(triangle[1]),
                    vertex(triangle[2]),
                ) {
                    self.fill_triangle([a, b, c], texture, clip);
                }
            }
        }
    }

    /// The pixels `[x0, y0, x1, y1)` of `clip` on the canvas (rounded as egui's renderers do).
    fn clip_box(&self, clip: Rect) -> [usize; 4] {
        let at = |v: f32, max: usize| (v.round().max(0.0) as usize).min(max);
        [
            at(clip.min.x, self.width),
            at(clip.min.y, self.height),
            at(clip.max.x, self.width),
            at(clip.max.y, self.height),
        ]
    }

    /// Blends the triangle `vertices` over the pixels of `clip` whose centre it covers.
    fn fill_triangle(
        &mut self,
        vertices: [&Vertex; 3],
        texture: Option<&Texture>,
        clip: [usize; 4],
    ) {
        let [mut a, mut b, c] = vertices;
        let cross = |o: egui::Pos2, p: egui::Pos2, q: egui::Pos2| {
            (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x)
        };
        let mut area = cross(a.pos, b.pos, c.pos);
        if area == 0.0 || !area.is_finite() {
            return;
        }
        if area < 0.0 {
            std::mem::swap(&mut a, &mut b);
            area = -area;
        }
        let (min, max) = (a.pos.min(b.pos).min(c.pos), a.pos.max(b.pos).max(c.pos));
        let x0 = (min.x.floor().max(0.0) as usize).max(clip[0]);
        let y0 = (min.y.floor().max(0.0) as usize).max(clip[1]);
        let x1 = (max.x.ceil().max(0.0) as usize).min(clip[2]);
        let y1 = (max.y.ceil().max(0.0) as usize).min(clip[3]);
        if x0 >= x1 || y0 >= y1 {
            return;
        }
        // An edge takes the centres lying on it only when walked in one direction of the two.
        let takes_its_line = |from: egui::Pos2, to: egui::Pos2| {
            let d = to - from;
            d.y > 0.0 || (d.y == 0.0 && d.x < 0.0)
        };
        let edges =
            [(b, c), (c, a), (a, b)].map(|(p, q)| (p.pos, q.pos, takes_its_line(p.pos, q.pos)));
        let colors =
            [a, b, c].map(|v| [v.color.r(), v.color.g(), v.color.b(), v.color.a()].map(f32::from));
        // Untextured shapes all sample one texel (the atlas's white one): look it up once.
        let same_uv = a.uv == b.uv && b.uv == c.uv;
        let constant_texel = match texture {
            Some(texture) if same_uv => Some(texture.sample([a.uv.x, a.uv.y])),
            None => Some([255.0; 4]),
            Some(_) => None,
        };
        for y in y0..y1 {
            let py = y as f32 + 0.5;
            for x in x0..x1 {
                let p = egui::Pos2::new(x as f32 + 0.5, py);
                let mut weights = [0.0f32; 3];
                let mut inside = true;
                for (k, &(from, to, takes)) in edges.iter().enumerate() {
                    let e = cross(from, to, p);
                    if e < 0.0 || (e == 0.0 && !takes) {
                        inside = false;
                        break;
                    }
                    weights[k] = e / area;
                }
                if !inside {
                    continue;
                }
                let mix = |values: [[f32; 4]; 3], i: usize| {
                    weights[0] * values[0][i]
                        + weights[1] * values[1][i]
                        + weights[2] * values[2][i]
                };
                let texel = constant_texel.unwrap_or_else(|| {
                    let u = weights[0] * a.uv.x + weights[1] * b.uv.x + weights[2] * c.uv.x;
                    let v = weights[0] * a.uv.y + weights[1] * b.uv.y + weights[2] * c.uv.y;
                    texture.map_or([255.0; 4], |t| t.sample([u, v]))
                });
                let source: [f32; 4] = std::array::from_fn(|i| mix(colors, i) * texel[i] / 255.0);
                let pixel = &mut self.pixels[y * self.width + x];
                let keep = 1.0 - source[3] / 255.0;
                for i in 0..4 {
                    pixel[i] = source[i] + pixel[i] * keep;
                }
            }
        }
    }

    /// The picture as straight (not premultiplied) RGBA bytes.
    pub fn into_image(self) -> image::RgbaImage {
        let mut bytes = Vec::with_capacity(self.pixels.len() * 4);
        for [r, g, b, a] in self.pixels {
            let straight = |c: f32| {
                if a <= 0.0 {
                    0
                } else {
                    (c * 255.0 / a).round().clamp(0.0, 255.0) as u8
                }
            };
            bytes.extend([
                straight(r),
                straight(g),
                straight(b),
                a.round().clamp(0.0, 255.0) as u8,
            ]);
        }
        image::RgbaImage::from_raw(self.width as u32, self.height as u32, bytes)
            .unwrap_or_else(|| image::RgbaImage::new(self.width as u32, self.height as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::{ImageDelta, Mesh};
    use egui::{ColorImage, Pos2, TextureOptions};

    fn vertex(x: f32, y: f32, u: f32, v: f32, color: Color32) -> Vertex {
        Vertex {
            pos: Pos2::new(x, y),
            uv: Pos2::new(u, v),
            color,
        }
    }

    fn mesh(vertices: Vec<Vertex>, texture_id: TextureId) -> Mesh {
        let indices = (0..vertices.len() as u32).collect();
        Mesh {
            indices,
            vertices,
            texture_id,
        }
    }

    /// A `w` × `h` rectangle at the origin in two triangles (sharing its diagonal), of one
    /// `color`, its texture coordinates running from 0 to 1 across it.
    fn rectangle(w: f32, h: f32, color: Color32, texture_id: TextureId) -> Mesh {
        Mesh {
            indices: vec![0, 1, 2, 0, 2, 3],
            vertices: vec![
                vertex(0.0, 0.0, 0.0, 0.0, color),
                vertex(w, 0.0, 1.0, 0.0, color),
                vertex(w, h, 1.0, 1.0, color),
                vertex(0.0, h, 0.0, 1.0, color),
            ],
            texture_id,
        }
    }

    fn primitive(mesh: Mesh, clip: Rect) -> ClippedPrimitive {
        ClippedPrimitive {
            clip_rect: clip,
            primitive: Primitive::Mesh(mesh),
        }
    }

    fn everywhere() -> Rect {
        Rect::from_min_max(Pos2::ZERO, Pos2::new(1000.0, 1000.0))
    }

    /// A texture `id` of `w` × `h` texels, set through egui's delta.
    fn textures_with(id: TextureId, w: usize, h: usize, texels: Vec<Color32>) -> Textures {
        let mut delta = TexturesDelta::default();
        let image = ColorImage::new([w, h], texels);
        delta.set.insert(
            id,
            [ImageDelta::full(image, TextureOptions::NEAREST)]
                .into_iter()
                .collect(),
        );
        let mut textures = Textures::default();
        textures.set(&delta);
        textures
    }

    fn opaque(image: &image::RgbaImage, x: u32, y: u32) -> [u8; 4] {
        image.get_pixel(x, y).0
    }

    #[test]
    fn a_filled_triangle_covers_the_pixels_whose_centre_it_holds() {
        let red = Color32::from_rgb(255, 0, 0);
        let triangle = mesh(
            vec![
                vertex(0.0, 0.0, 0.0, 0.0, red),
                vertex(8.0, 0.0, 0.0, 0.0, red),
                vertex(0.0, 8.0, 0.0, 0.0, red),
            ],
            TextureId::Managed(7),
        );
        let mut canvas = Canvas::new(10, 10);
        canvas.paint(&[primitive(triangle, everywhere())], &Textures::default());
        let image = canvas.into_image();
        let covered: Vec<(u32, u32)> = (0..10)
            .flat_map(|y| (0..10).map(move |x| (x, y)))
            .filter(|&(x, y)| opaque(&image, x, y)[3] > 0)
            .collect();
        // x + 0.5 + y + 0.5 < 8 strictly inside; on the hypotenuse (x + y = 7) one of two.
        let expected: Vec<(u32, u32)> = (0..10)
            .flat_map(|y| (0..10).map(move |x| (x, y)))
            .filter(|&(x, y)| x + y < 7 || (x + y == 7 && covered.contains(&(x, y))))
            .collect();
        assert_eq!(covered, expected);
        assert!(
            covered.len() >= 28 && covered.len() <= 36,
            "{}",
            covered.len()
        );
        assert_eq!(opaque(&image, 1, 1), [255, 0, 0, 255]);
        assert_eq!(opaque(&image, 8, 8), [0, 0, 0, 0]);
    }

    #[test]
    fn two_see_through_triangles_sharing_a_diagonal_blend_once_along_it() {
        let half = Color32::from_rgba_premultiplied(0, 0, 128, 128);
        let square = rectangle(6.0, 6.0, half, TextureId::Managed(7));
        let mut canvas = Canvas::new(6, 6);
        canvas.paint(&[primitive(square, everywhere())], &Textures::default());
        let image = canvas.into_image();
        for y in 0..6 {
            for x in 0..6 {
                assert_eq!(opaque(&image, x, y)[3], 128, "pixel {x},{y}");
            }
        }
    }

    #[test]
    fn premultiplied_blending_lays_a_half_transparent_colour_over_the_one_below() {
        let full = |color| rectangle(4.0, 4.0, color, TextureId::Managed(7));
        let mut canvas = Canvas::new(4, 4);
        canvas.paint(
            &[
                primitive(full(Color32::from_rgb(200, 0, 0)), everywhere()),
                primitive(
                    full(Color32::from_rgba_premultiplied(0, 0, 100, 128)),
                    everywhere(),
                ),
            ],
            &Textures::default(),
        );
        let [r, g, b, a] = opaque(&canvas.into_image(), 2, 2);
        // 200 · (1 - 128/255) = 99.6 of red stays, the blue adds 100.
        assert_eq!([r, g, b, a], [100, 0, 100, 255]);
    }

    #[test]
    fn a_texture_is_sampled_where_the_uv_points_and_tinted_by_the_vertex_colour() {
        let id = TextureId::Managed(3);
        // A 2×1 texture: left green, right blue.
        let textures = textures_with(
            id,
            2,
            1,
            vec![Color32::from_rgb(0, 255, 0), Color32::from_rgb(0, 0, 255)],
        );
        let white = Color32::WHITE;
        let grey = Color32::from_rgb(128, 128, 128);
        let quad = |color| rectangle(8.0, 2.0, color, id);
        let mut canvas = Canvas::new(8, 4);
        let mut tinted = quad(grey);
        tinted.translate(egui::Vec2::new(0.0, 2.0));
        canvas.paint(
            &[
                primitive(quad(white), everywhere()),
                primitive(tinted, everywhere()),
            ],
            &textures,
        );
        let image = canvas.into_image();
        assert_eq!(opaque(&image, 1, 0), [0, 255, 0, 255]);
        assert_eq!(opaque(&image, 6, 1), [0, 0, 255, 255]);
        assert_eq!(opaque(&image, 6, 3), [0, 0, 128, 255]);
    }

    #[test]
    fn a_patch_changes_part_of_a_texture_and_a_freed_texture_is_gone() {
        let id = TextureId::Managed(3);
        let mut textures = textures_with(id, 2, 2, vec![Color32::RED; 4]);
        let mut delta = TexturesDelta::default();
        let patch = ColorImage::new([1, 1], vec![Color32::BLUE]);
        delta.set.insert(
            id,
            [ImageDelta::partial([1, 1], patch, TextureOptions::NEAREST)]
                .into_iter()
                .collect(),
        );
        textures.set(&delta);
        let texture = &textures.textures[&id];
        assert_eq!(
            texture.texels,
            [Color32::RED, Color32::RED, Color32::RED, Color32::BLUE]
        );
        let mut freed = TexturesDelta::default();
        freed.free.insert(id);
        textures.free(&freed);
        assert!(textures.textures.is_empty());
    }

    #[test]
    fn the_clip_rectangle_bounds_what_a_mesh_paints() {
        let green = Color32::from_rgb(0, 200, 0);
        let quad = rectangle(10.0, 10.0, green, TextureId::Managed(7));
        let clip = Rect::from_min_max(Pos2::new(2.0, 3.0), Pos2::new(5.0, 7.0));
        let mut canvas = Canvas::new(10, 10);
        canvas.paint(&[primitive(quad, clip)], &Textures::default());
        let image = canvas.into_image();
        for y in 0..10 {
            for x in 0..10 {
                let inside = (2..5).contains(&x) && (3..7).contains(&y);
                assert_eq!(opaque(&image, x, y)[3] > 0, inside, "pixel {x},{y}");
            }
        }
    }
}
