//! The colours the panels share: one colour per ACLED event type, the same for its kinds on
//! the map, the timeline, the filters and the detail panel.

use egui::Color32;

use crate::events::{EventKind, EventType};

/// The colour of an ACLED event type, bright enough to read on the dark theme.
pub fn type_color(event_type: EventType) -> Color32 {
    match event_type {
        EventType::Battles => Color32::from_rgb(235, 80, 65),
        EventType::ExplosionsRemoteViolence => Color32::from_rgb(250, 155, 45),
        EventType::ViolenceAgainstCivilians => Color32::from_rgb(215, 100, 215),
        EventType::Protests => Color32::from_rgb(90, 165, 245),
        EventType::Riots => Color32::from_rgb(240, 215, 70),
        EventType::StrategicDevelopments => Color32::from_rgb(80, 200, 160),
    }
}

/// The colour of an event kind: its ACLED event type's.
pub fn kind_color(kind: EventKind) -> Color32 {
    type_color(kind.event_type())
}
