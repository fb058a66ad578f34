//! The `newsmap` command: the desktop app, and `extract`, `eval` and `bench` for scripts.

mod bench;
mod cli;
mod measure;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("newsmap: {error:#}");
            ExitCode::FAILURE
        }
    }
}
