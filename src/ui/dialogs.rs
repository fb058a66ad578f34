//! Asking the user for a path: the system's file dialog (rfd) where there is one, else a
//! folder and file browser inside the window (egui_file), and the question before an export
//! replaces a file.
//!
//! rfd answers "no path" both when the user cancels and when it cannot show a dialog (no
//! xdg-desktop-portal with a file chooser and no zenity, as under a bare Xvfb), so whether
//! there is a system dialog is probed beforehand ([`SystemDialog::probe`]) from what rfd needs.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::command::{Command, Saved};
use super::share::Output;
use crate::export::Format;

/// Whether the system's file dialog can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SystemDialog {
    /// rfd can show one: an xdg-desktop-portal with a file chooser, zenity, a Flatpak's
    /// portal, or another system than the free Unixes.
    Available,
    /// It cannot, for this reason: newsmap's own browser is used instead.
    Unavailable(&'static str),
}

impl SystemDialog {
    /// Whether rfd can show a dialog on this machine (what it needs is looked for, nothing is
    /// shown).
    pub fn probe() -> Self {
        if cfg!(any(
            target_os = "linux",
            target_os = "freebsd",
            target_os = "dragonfly",
            target_os = "netbsd",
            target_os = "openbsd"
        )) {
            Self::probe_in(&Machine::current())
        } else {
            Self::Available
        }
    }

    /// The probe on a free Unix, as `machine` describes it.
    fn probe_in(machine: &Machine) -> Self {
        if machine.flatpak || machine.has_program("zenity") {
            return Self::Available;
        }
        if machine.session_bus && machine.has_file_chooser_portal() {
            Self::Available
        } else {
            Self::Unavailable("no system file dialog (no xdg-desktop-portal, no zenity)")
        }
    }
}

/// What the probe looks at: the program search path, the data folders, whether a D-Bus
/// session and a Flatpak sandbox are there.
struct Machine {
    /// `PATH`.
    path: Option<OsString>,
    /// `XDG_DATA_DIRS` (default `/usr/local/share:/usr/share`).
    data_dirs: Option<OsString>,
    /// Whether `DBUS_SESSION_BUS_ADDRESS` is set.
    session_bus: bool,
    /// Whether this runs in a Flatpak (whose portal is outside the sandbox).
    flatpak: bool,
}

impl Machine {
    fn current() -> Self {
        Self {
            path: std::env::var_os("PATH"),
            data_dirs: std::env::var_os("XDG_DATA_DIRS"),
            session_bus: std::env::var_os("DBUS_SESSION_BUS_ADDRESS")
                .is_some_and(|a| !a.is_empty()),
            flatpak: Path::new("/.flatpak-info").exists(),
        }
    }

    /// Whether `program` is a file in a folder of the search path.
    fn has_program(&self, program: &str) -> bool {
        self.path
            .as_ref()
            .is_some_and(|path| std::env::split_paths(path).any(|dir| dir.join(program).is_file()))
    }

    /// Whether D-Bus can start xdg-desktop-portal and one of its backends offers a file
    /// chooser (`dbus-1/services/org.freedesktop.portal.Desktop.service` and a
    /// `xdg-desktop-portal/portals/*.portal` naming `org.freedesktop.impl.portal.FileChooser`
    /// in a data folder).
    fn has_file_chooser_portal(&self) -> bool {
        let default = OsString::from("/usr/local/share:/usr/share");
        let dirs: Vec<PathBuf> = std::env::split_paths(self.data_dirs.as_ref().unwrap_or(&default))
            .filter(|dir| !dir.as_os_str().is_empty())
            .collect();
        let service = dirs.iter().any(|dir| {
            dir.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
                .is_file()
        });
        let chooser = dirs.iter().any(|dir| {
            std::fs::read_dir(dir.join("xdg-desktop-portal/portals"))
                .into_iter()
                .flatten()
                .flatten()
                .filter(|entry| entry.path().extension().is_some_and(|e| e == "portal"))
                .any(|entry| {
                    std::fs::read_to_string(entry.path())
                        .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
                })
        });
        service && chooser
    }
}

/// What a path is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A folder of articles to read.
    OpenFolder,
    /// An events file to read (`newsmap extract --events`, `newsmap merge`).
    OpenEventsFile,
    /// A file to write the visible events (or a picture or report of them) to.
    Save(Saved),
}

/// What asking for a path gave at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asked {
    /// The system dialog gave this path (for an export, the dialog already asked before
    /// replacing a file).
    Path(PathBuf),
    /// The system dialog was closed without a path.
    Cancelled,
    /// There is no system dialog, for this reason: the browser in the window asks instead,
    /// and pushes a command when the user chooses.
    InApp(&'static str),
}

/// The dialogs that ask for a path, and the question before an export replaces a file.
pub struct Dialogs {
    /// Whether the system's dialog is used.
    pub system: SystemDialog,
    /// The browser in the window, while it is open, and what it is for.
    browser: Option<(egui_file::FileDialog, Purpose)>,
    /// A file to write that would replace an existing one, waiting for the user's answer.
    pub replace: Option<(PathBuf, Saved)>,
}

impl Default for Dialogs {
    /// No system dialog until [`SystemDialog::probe`] says there is one, so that headless
    /// runs never wait on one.
    fn default() -> Self {
        Self {
            system: SystemDialog::Unavailable("no system file dialog was looked for"),
            browser: None,
            replace: None,
        }
    }
}

impl Dialogs {
    /// Asks for a path for `purpose`, starting in `folder`, proposing `file_name` for a file.
    /// The system dialog blocks until it is closed; the browser in the window opens and
    /// answers later (see [`Dialogs::ui`]).
    pub fn ask(&mut self, purpose: Purpose, folder: &Path, file_name: &str) -> Asked {
        if let SystemDialog::Unavailable(why) = self.system {
            self.browser = Some((browser(purpose, folder, file_name), purpose));
            return Asked::InApp(why);
        }
        let dialog = rfd::FileDialog::new().set_directory(folder);
        let path = match purpose {
            Purpose::OpenFolder => dialog.set_title("Open folder").pick_folder(),
            Purpose::OpenEventsFile => dialog
                .set_title("Open events file")
                .add_filter("events (JSON Lines)", &["jsonl", "ndjson"])
                .pick_file(),
            Purpose::Save(what) => dialog
                .set_title(save_title(what))
                .set_file_name(file_name)
                .save_file(),
        };
        path.map_or(Asked::Cancelled, Asked::Path)
    }

    /// Draws the browser in the window and the question before replacing a file, when they
    /// are open; pushes what the user chose.
    pub fn ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some((dialog, purpose)) = &mut self.browser {
            match dialog.show(ctx).state() {
                egui_file::State::Open => {}
                egui_file::State::Selected => {
                    if let Some(path) = dialog.path().map(Path::to_path_buf) {
                        commands.push(match *purpose {
                            Purpose::OpenFolder | Purpose::OpenEventsFile => {
                                Command::OpenFolder(path)
                            }
                            Purpose::Save(what) => Command::ExportTo {
                                path,
                                what,
                                replace: false,
                            },
                        });
                    }
                    self.browser = None;
                }
                egui_file::State::Closed | egui_file::State::Cancelled => self.browser = None,
            }
        }
        let Some((path, what)) = &self.replace else {
            return;
        };
        let mut answer = None;
        egui::Window::new("Replace the file?")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(format!("{} already exists.", path.display()));
                ui.horizontal(|ui| {
                    if ui.button("Replace").clicked() {
                        answer = Some(true);
                    }
                    if ui.button("Keep it").clicked() {
                        answer = Some(false);
                    }
                });
            });
        match answer {
            Some(true) => commands.push(Command::ExportTo {
                path: path.clone(),
                what: *what,
                replace: true,
            }),
            Some(false) => {}
            None => return,
        }
        self.replace = None;
    }
}

/// The title of the dialog that asks where to save `what`.
fn save_title(what: Saved) -> &'static str {
    match what {
        Saved::Events(Format::Geojson) => "Export events as GeoJSON",
        Saved::Events(Format::Csv) => "Export events as CSV",
        Saved::Events(Format::Kml) => "Export events as KML",
        Saved::Events(Format::Acled) => "Export events as ACLED CSV",
        Saved::Events(Format::Jsonl) => "Export events as JSON Lines",
        Saved::Share(Output::MapPng) => "Save map as PNG",
        Saved::Share(Output::PlaybackGif) => "Record playback as GIF",
        Saved::Share(Output::HtmlReport) => "Save HTML report",
    }
}

/// The browser in the window for `purpose`, open in `folder`.
fn browser(purpose: Purpose, folder: &Path, file_name: &str) -> egui_file::FileDialog {
    let dialog = match purpose {
        Purpose::OpenFolder => egui_file::FileDialog::select_folder()
            .title("Open folder")
            .open_button_text("Choose".into()),
        Purpose::OpenEventsFile => egui_file::FileDialog::open_file()
            .title("Open events file")
            .open_button_text("Choose".into()),
        Purpose::Save(what) => egui_file::FileDialog::save_file()
            .title(save_title(what))
            .default_filename(file_name),
    };
    let mut dialog = dialog
        .initial_path(folder)
        .show_rename(false)
        .show_new_folder(false)
        .keep_on_top(true);
    dialog.open();
    dialog
}

#[cfg(test)]
mod tests {
    use super::*;

    fn machine(root: &Path, path: &str, session_bus: bool) -> Machine {
        Machine {
            path: Some(root.join(path).into_os_string()),
            data_dirs: Some(root.join("share").into_os_string()),
            session_bus,
            flatpak: false,
        }
    }

    fn write(root: &Path, relative: &str, text: &str) {
        let path = root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_system_dialog_is_there_with_zenity_or_a_portal_file_chooser_and_not_without() {
        let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = root.path();
        assert!(matches!(
            SystemDialog::probe_in(&machine(root, "bin", true)),
            SystemDialog::Unavailable(_)
        ));
        write(
            root,
            "share/dbus-1/services/org.freedesktop.portal.Desktop.service",
            "",
        );
        // The portal alone, with no backend offering a file chooser, shows no dialog.
        assert!(matches!(
            SystemDialog::probe_in(&machine(root, "bin", true)),
            SystemDialog::Unavailable(_)
        ));
        write(
            root,
            "share/xdg-desktop-portal/portals/gtk.portal",
            "[portal]\nInterfaces=org.freedesktop.impl.portal.FileChooser;\n",
        );
        assert_eq!(
            SystemDialog::probe_in(&machine(root, "bin", true)),
            SystemDialog::Available
        );
        // Without a session bus, D-Bus cannot start the portal.
        assert!(matches!(
            SystemDialog::probe_in(&machine(root, "bin", false)),
            SystemDialog::Unavailable(_)
        ));
        write(root, "bin/zenity", "");
        assert_eq!(
            SystemDialog::probe_in(&machine(root, "bin", false)),
            SystemDialog::Available
        );
    }
}
