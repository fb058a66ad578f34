//! Kernel density on a coarse screen grid, for the viewer's heat layer: each point adds its
//! weight spread by a Gaussian kernel of its own width (a province-level event wider and so
//! weaker at its centre than a town's), summed per cell. Kernels are normalised to a sum of 1
//! and precomputed once per width ([`Kernels`]), so adding a point costs its kernel's cells
//! and the grid's total is the total weight that falls on it. No UI types.

/// The narrowest kernel, in cells (its standard deviation): a point stays a visible blob.
pub const MIN_SIGMA_CELLS: f32 = 1.25;

/// The widest kernel, in cells: bounds the cost of a point (its kernel has at most
/// (2 · 2.5 · 8 + 1)² = 1,681 cells) when the map is zoomed in on a country-level event.
pub const MAX_SIGMA_CELLS: f32 = 8.0;

/// Kernels are kept per this fraction of a cell of standard deviation.
const SIGMA_STEPS_PER_CELL: f32 = 4.0;

/// A kernel reaches this many standard deviations each way (its square holds 97.5% of an
/// untruncated Gaussian's weight; the kernel is normalised after truncation).
const REACH_SIGMAS: f32 = 2.5;

/// Density per cell of a grid of `cols` × `rows` cells of `cell_px` pixels, row by row from
/// the top left.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DensityGrid {
    cols: usize,
    rows: usize,
    cell_px: f32,
    values: Vec<f32>,
}

impl DensityGrid {
    /// An empty grid covering `width_px` × `height_px` pixels with cells of `cell_px` pixels
    /// (the last column and row may reach past the edge).
    pub fn new(width_px: f32, height_px: f32, cell_px: f32) -> Self {
        let cells = |px: f32| {
            if px.is_finite() && px > 0.0 && cell_px > 0.0 {
                (px / cell_px).ceil() as usize
            } else {
                0
            }
        };
        let (cols, rows) = (cells(width_px), cells(height_px));
        Self {
            cols,
            rows,
            cell_px,
            values: vec![0.0; cols * rows],
        }
    }

    /// Columns of the grid.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Rows of the grid.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The density of each cell, row by row from the top left.
    pub fn values(&self) -> &[f32] {
        &self.values
    }

    /// The sum of the cells: the weight of the points added, less what fell off the grid.
    pub fn total(&self) -> f32 {
        self.values.iter().sum()
    }

    /// The densest cell's value (0 for an empty grid).
    pub fn max(&self) -> f32 {
        self.values.iter().copied().fold(0.0, f32::max)
    }

    /// Adds `weight` at `at_px` (pixels from the grid's top left corner, outside it too),
    /// spread with a standard deviation of `sigma_px` pixels (kept within
    /// [`MIN_SIGMA_CELLS`]..=[`MAX_SIGMA_CELLS`] cells). A weight or a position that is not a
    /// finite number, or a weight of 0 or less, adds nothing.
    pub fn add(&mut self, at_px: [f32; 2], weight: f32, sigma_px: f32, kernels: &mut Kernels) {
        if !(weight.is_finite() && weight > 0.0 && at_px.iter().all(|v| v.is_finite())) {
            return;
        }
        let sigma_cells = if sigma_px.is_finite() {
            sigma_px / self.cell_px
        } else {
            MAX_SIGMA_CELLS
        };
        let kernel = kernels.get(sigma_cells);
        let reach = kernel.radius as i64;
        let side = 2 * kernel.radius + 1;
        let [x, y] = at_px.map(|v| (v / self.cell_px).floor() as i64);
        let (cols, rows) = (self.cols as i64, self.rows as i64);
        // The kernel's columns that fall on the grid.
        let (left, right) = ((x - reach).max(0), (x + reach).min(cols - 1));
        if left > right {
            return;
        }
        for row in (y - reach).max(0)..=(y + reach).min(rows - 1) {
            let k_row = (row - y + reach) as usize;
            let k_from = k_row * side + (left - x + reach) as usize;
            let weights = &kernel.weights[k_from..k_from + (right - left + 1) as usize];
            let g_from = row as usize * self.cols + left as usize;
            let cells = &mut self.values[g_from..g_from + weights.len()];
            for (cell, w) in cells.iter_mut().zip(weights) {
                *cell += weight * w;
            }
        }
    }
}

/// A square Gaussian kernel of `2 · radius + 1` cells a side, summing to 1.
#[derive(Clone, Debug, PartialEq)]
struct Kernel {
    radius: usize,
    weights: Vec<f32>,
}

impl Kernel {
    /// The kernel of standard deviation `sigma` cells.
    fn gaussian(sigma: f32) -> Self {
        let radius = (REACH_SIGMAS * sigma).ceil() as usize;
        let side = 2 * radius + 1;
        let r = radius as f32;
        let mut weights: Vec<f32> = (0..side * side)
            .map(|i| {
                let (dx, dy) = ((i % side) as f32 - r, (i / side) as f32 - r);
                (-(dx * dx + dy * dy) / (2.0 * sigma * sigma)).exp()
            })
            .collect();
        let sum: f32 = weights.iter().sum();
        weights.iter_mut().for_each(|w| *w /= sum);
        Self { radius, weights }
    }
}

/// The kernels made so far, by standard deviation in quarter cells.
#[derive(Clone, Debug, Default)]
pub struct Kernels {
    by_step: Vec<Option<Kernel>>,
}

impl Kernels {
    /// The kernel nearest to a standard deviation of `sigma_cells` within the bounds, made on
    /// first use.
    fn get(&mut self, sigma_cells: f32) -> &Kernel {
        let step = (sigma_cells.clamp(MIN_SIGMA_CELLS, MAX_SIGMA_CELLS) * SIGMA_STEPS_PER_CELL)
            .round() as usize;
        if self.by_step.len() <= step {
            self.by_step.resize(step + 1, None);
        }
        self.by_step[step]
            .get_or_insert_with(|| Kernel::gaussian(step as f32 / SIGMA_STEPS_PER_CELL))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid_with(points: &[([f32; 2], f32, f32)]) -> DensityGrid {
        let mut grid = DensityGrid::new(600.0, 400.0, 6.0);
        let mut kernels = Kernels::default();
        for &(at, weight, sigma) in points {
            grid.add(at, weight, sigma, &mut kernels);
        }
        grid
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() <= 1e-3 * b.abs().max(1.0)
    }

    #[test]
    fn the_grid_holds_the_weight_of_the_points_inside_it() {
        let grid = grid_with(&[
            ([300.0, 200.0], 3.0, 6.0),
            ([100.0, 100.0], 1.0, 40.0),
            ([450.0, 250.0], 2.5, 1.0),
        ]);
        assert_eq!((grid.cols(), grid.rows()), (100, 67));
        assert!(close(grid.total(), 6.5), "{}", grid.total());
    }

    #[test]
    fn a_point_off_the_grid_adds_only_what_reaches_it() {
        let outside = grid_with(&[([-500.0, 200.0], 1.0, 6.0)]);
        assert_eq!(outside.total(), 0.0);
        let on_edge = grid_with(&[([0.0, 200.0], 1.0, 30.0)]);
        let total = on_edge.total();
        assert!(0.4 < total && total < 0.7, "about half: {total}");
    }

    #[test]
    fn a_single_point_peaks_at_its_cell() {
        let grid = grid_with(&[([123.0, 77.0], 1.0, 12.0)]);
        let peak = grid
            .values()
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(i, _)| (i % grid.cols(), i / grid.cols()));
        assert_eq!(peak, Some((20, 12)), "123/6 and 77/6");
    }

    #[test]
    fn a_wider_kernel_spreads_the_same_weight_lower() {
        let narrow = grid_with(&[([300.0, 200.0], 1.0, 6.0)]);
        let wide = grid_with(&[([300.0, 200.0], 1.0, 36.0)]);
        assert!(close(narrow.total(), wide.total()));
        assert!(wide.max() < narrow.max() / 4.0);
        let covered = |g: &DensityGrid| g.values().iter().filter(|&&v| v > 1e-4).count();
        assert!(covered(&wide) > 4 * covered(&narrow));
    }

    #[test]
    fn no_point_or_bad_input_leaves_the_grid_empty() {
        let grid = grid_with(&[
            ([f32::NAN, 10.0], 1.0, 6.0),
            ([10.0, 10.0], f32::INFINITY, 6.0),
            ([10.0, 10.0], -1.0, 6.0),
            ([10.0, 10.0], 0.0, 6.0),
        ]);
        assert_eq!(grid.max(), 0.0);
        assert!(grid.values().iter().all(|&v| v == 0.0));
        assert_eq!(grid_with(&[]).total(), 0.0);
        let empty = DensityGrid::new(0.0, f32::NAN, 6.0);
        assert!(empty.values().is_empty());
        let mut kernels = Kernels::default();
        let mut empty = empty;
        empty.add([0.0, 0.0], 1.0, 6.0, &mut kernels);
        assert_eq!(empty.total(), 0.0);
    }
}
