//! The `newsmap` command: the desktop app, and `extract`, `report`, `record`, `eval` and `bench` for
//! scripts.

mod bench;
mod cli;
mod measure;
mod share;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Paths need not be UTF-8: arguments stay `OsString`s (`std::env::args` would panic).
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    match cli::run(&args) {
        Ok(code) => code,
        // The reader of the output stopped reading (`newsmap extract … | head`): not an error.
        Err(error)
            if error.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("newsmap: {error:#}");
            ExitCode::FAILURE
        }
    }
}
