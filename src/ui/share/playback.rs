//! The playback as an animated GIF: the time window stepping over the events' days, one
//! picture per step ([`super::Camera`]), each with the window's dates and the event types'
//! colours drawn in, encoded with the `gif` crate on one palette learnt from the first and last
//! frames and the key's colours.

use color_quant::NeuQuant;

use super::{Camera, Scene, ShareError};
use crate::events::EventType;
use crate::map::View;
use crate::ui::map::heat::ramp_color;
use crate::ui::palette::type_color;
use crate::ui::time_window::TimeWindow;

/// At most this many frames: a longer playback steps more days at a time.
pub const MAX_FRAMES: usize = 300;

/// The largest side of a GIF, in pixels.
pub const MAX_SIDE: u32 = 4000;

/// How a playback is recorded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Recording {
    /// The frames' width and height, in pixels.
    pub size: [u32; 2],
    /// Days the window moves between frames.
    pub step_days: u32,
    /// How long each frame shows, in milliseconds (GIFs count hundredths of a second).
    pub delay_ms: u32,
}

impl Default for Recording {
    fn default() -> Self {
        Self {
            size: [960, 600],
            step_days: 1,
            delay_ms: 250,
        }
    }
}

/// What a recording made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// The frames in the GIF.
    pub frames: usize,
    /// Days the window moved between frames (more than asked when the playback would have
    /// had more than [`MAX_FRAMES`] frames).
    pub step_days: u32,
}

/// The windows of the playback of `window`, stepping `step_days` days at a time (more when
/// that makes more than [`MAX_FRAMES`] windows): a window narrower than the events' days
/// slides with its width from their first day until it ends on their last; a window over all
/// of them (or a cumulative one) grows from the first day to the last. Also returns the step.
pub fn windows(window: &TimeWindow, step_days: u32) -> (Vec<TimeWindow>, u32) {
    if !window.has_days() {
        return (vec![window.clone()], step_days.max(1));
    }
    let span = window.max_day - window.min_day;
    let width = window.end_day - window.start_day;
    let growing = window.cumulative || width >= span;
    // The days the window's moving edge travels: its start when it slides, its end when it grows.
    let travel = if growing { span } else { span - width };
    let max_steps = (MAX_FRAMES - 1) as i64;
    let fitting_step = (i64::from(travel) + max_steps - 1) / max_steps;
    let step = i64::from(step_days.max(1)).max(fitting_step).max(1);
    let mut offsets: Vec<i32> = (0..)
        .map(|k: i64| k * step)
        .take_while(|&offset| offset < i64::from(travel))
        .map(|offset| offset as i32)
        .collect();
    offsets.push(travel);
    let frames = offsets
        .into_iter()
        .map(|offset| {
            let mut frame = window.clone();
            if growing {
                (frame.start_day, frame.end_day) = (window.min_day, window.min_day + offset);
                frame.cumulative = true;
            } else {
                (frame.start_day, frame.end_day) =
                    (window.min_day + offset, window.min_day + offset + width);
            }
            frame
        })
        .collect();
    (frames, u32::try_from(step).unwrap_or(u32::MAX))
}

/// Records the playback of `window` over `scene` seen through `view`: the GIF's bytes and
/// what it holds. The camera's size is the frames'.
pub fn record(
    camera: &mut Camera,
    scene: &Scene,
    window: &TimeWindow,
    view: View,
    recording: &Recording,
) -> Result<(Recorded, Vec<u8>), ShareError> {
    let (frames, step_days) = windows(window, recording.step_days);
    let [width, height] = camera.size().map(|side| side.min(MAX_SIDE) as u16);
    let crop = |picture: image::RgbaImage| {
        image::imageops::crop_imm(&picture, 0, 0, u32::from(width), u32::from(height)).to_image()
    };
    let palette = palette(
        [frames.first(), frames.last()]
            .into_iter()
            .flatten()
            .map(|frame_window| crop(camera.picture(scene, frame_window, view))),
    );
    let encode = |error: gif::EncodingError| ShareError::Encode(error.to_string());
    let mut bytes = Vec::new();
    {
        let mut encoder = gif::Encoder::new(&mut bytes, width, height, &palette.color_map_rgb())
            .map_err(encode)?;
        encoder.set_repeat(gif::Repeat::Infinite).map_err(encode)?;
        let delay = u16::try_from(recording.delay_ms.div_ceil(10)).unwrap_or(u16::MAX);
        for frame_window in &frames {
            let picture = crop(camera.picture(scene, frame_window, view));
            let indices: Vec<u8> = (picture.as_raw().chunks_exact(4))
                .map(|pixel| palette.index_of(pixel) as u8)
                .collect();
            let mut frame = gif::Frame::from_indexed_pixels(width, height, indices, None);
            frame.delay = delay;
            encoder.write_frame(&frame).map_err(encode)?;
        }
    }
    let recorded = Recorded {
        frames: frames.len(),
        step_days,
    };
    Ok((recorded, bytes))
}

/// Pixels of each colour of the key put into the palette's sample: enough that the colours
/// of the event types and of the heat layer stay exact when few markers show them.
const SWATCH_PIXELS: usize = 4096;

/// One palette of 256 colours for all the frames (a GIF's global palette), learnt from
/// `pictures` (the playback's first and last frames) and from the event types' and the heat
/// layer's colours, so that a colour keeps its shade from frame to frame.
fn palette(pictures: impl Iterator<Item = image::RgbaImage>) -> NeuQuant {
    let mut sample: Vec<u8> = pictures.flat_map(image::RgbaImage::into_raw).collect();
    let ramp = (0..=8).map(|step| ramp_color(step as f32 / 8.0));
    for color in EventType::ALL.map(type_color).into_iter().chain(ramp) {
        let [r, g, b, _] = color.to_array();
        sample.extend([r, g, b, 255].repeat(SWATCH_PIXELS));
    }
    // Sampling factor 10 of 1 (best) to 30 (fastest): NeuQuant's usual balance.
    NeuQuant::new(10, 256, &sample)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(min: i32, max: i32, start: i32, end: i32) -> TimeWindow {
        TimeWindow {
            start_day: start,
            end_day: end,
            min_day: min,
            max_day: max,
            show_undated: false,
            cumulative: false,
        }
    }

    #[test]
    fn a_narrow_window_slides_with_its_width_until_it_ends_on_the_last_day() {
        let (frames, step) = windows(&window(100, 110, 104, 106), 3);
        assert_eq!(step, 3);
        let spans: Vec<(i32, i32)> = frames.iter().map(|w| (w.start_day, w.end_day)).collect();
        assert_eq!(spans, [(100, 102), (103, 105), (106, 108), (108, 110)]);
    }

    #[test]
    fn a_window_over_every_day_grows_from_the_first_day_to_the_last() {
        let (frames, _) = windows(&window(100, 104, 100, 104), 1);
        let ends: Vec<i32> = frames.iter().map(|w| w.end_day).collect();
        assert_eq!(ends, [100, 101, 102, 103, 104]);
        assert!(frames.iter().all(|w| w.cumulative && w.start_day == 100));
    }

    #[test]
    fn a_long_playback_steps_more_days_to_keep_within_the_frame_bound() {
        let (frames, step) = windows(&window(0, 3000, 0, 0), 1);
        assert!(frames.len() <= MAX_FRAMES, "{}", frames.len());
        assert_eq!(step, 11);
        assert_eq!(frames.last().map(|w| w.end_day), Some(3000));
        let (frames, step) = windows(&window(0, 299, 0, 0), 1);
        assert_eq!((frames.len(), step), (MAX_FRAMES, 1));
    }
}
