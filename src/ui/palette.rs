//! The colours the panels share: one colour per event kind, the same on the map, the
//! timeline, the filters and the detail panel.

use egui::Color32;

use crate::events::EventKind;

/// The colour of an event kind, on the map, the timeline and the filters.
pub fn kind_color(kind: EventKind) -> Color32 {
    match kind {
        EventKind::Assault => Color32::from_rgb(214, 39, 40),
        EventKind::Capture => Color32::from_rgb(148, 52, 110),
        EventKind::Siege => Color32::from_rgb(255, 127, 14),
        EventKind::Surrender => Color32::from_rgb(188, 189, 34),
        EventKind::PrisonBreak => Color32::from_rgb(140, 86, 75),
        EventKind::Killing => Color32::from_rgb(40, 40, 40),
        EventKind::Flight => Color32::from_rgb(31, 119, 180),
        EventKind::Talks => Color32::from_rgb(44, 160, 44),
        EventKind::Withdrawal => Color32::from_rgb(23, 190, 207),
        EventKind::Looting => Color32::from_rgb(227, 119, 194),
        EventKind::Protest => Color32::from_rgb(148, 103, 189),
        EventKind::WeaponsSeizure => Color32::from_rgb(127, 127, 127),
    }
}
