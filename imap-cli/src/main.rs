//! `imap`: runs IMAP commands from the command line. Every line of the command table
//! (`imapkit::commands::COMMANDS_TABLE`, plus a site table given with `--table`) is a
//! subcommand, built at run time from the line's descriptor; each argument string goes
//! through the library's own encoder for its kind, and each command through
//! `imapkit::Execute::execute`.
//!
//! ```text
//! imap [OPTIONS] [URL] COMMAND [ARGS...] [, COMMAND [ARGS...]]...
//! imap imaps://alice@mail.example.org select INBOX , fetch 1:* FLAGS , logout
//! imap --dry-run login alice 'pass word'
//! ```
//!
//! Exit status: 0 when every command succeeded, 1 when one failed (a tagged NO or BAD, a
//! connection error), 2 for a usage error (a bad argument, a bad `--table`).
#![forbid(unsafe_code)]

mod cli;
mod encode;
mod output;
mod run;
mod table;
mod url;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut words = Vec::new();
    for word in std::env::args_os().skip(1) {
        match word.into_string() {
            Ok(word) => words.push(word),
            Err(word) => {
                eprintln!("imap: argument {word:?} is not valid UTF-8");
                return ExitCode::from(2);
            }
        }
    }
    match real_main(&words) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if failure.message.starts_with("error: ") {
                // Located table errors, one or more, already in compiler style.
                eprintln!("{}", failure.message);
            } else if !failure.message.is_empty() {
                eprintln!("imap: {}", failure.message);
            }
            ExitCode::from(u8::try_from(failure.status).unwrap_or(1))
        }
    }
}

fn real_main(words: &[String]) -> Result<(), run::Failure> {
    let mut entries = table::builtin();
    let first_segment = cli::split_script(words).swap_remove(0);
    for file in cli::prescan_tables(&first_segment) {
        let text = std::fs::read_to_string(&file)
            .map_err(|e| run::Failure { message: format!("--table {file}: {e}"), status: 2 })?;
        let site = table::load_site(&file, &text, &entries).map_err(|message| run::Failure { message, status: 2 })?;
        entries.extend(site);
    }
    if let Some(shell) = cli::prescan_completions(&first_segment) {
        let mut stdout = std::io::stdout().lock();
        return cli::completions(&entries, &shell, &mut stdout).map_err(|message| run::Failure { message, status: 2 });
    }
    let (options, invocations) = match cli::parse(&entries, words) {
        Ok(parsed) => parsed,
        Err(error) => {
            // clap prints help and version itself, on stdout, with status 0.
            let _ = error.print();
            let status = if error.use_stderr() { 2 } else { 0 };
            return if status == 0 { Ok(()) } else { Err(run::Failure { message: String::new(), status }) };
        }
    };
    if options.dry_run {
        let bytes = run::dry_run(&options, &invocations)?;
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .and_then(|()| stdout.flush())
            .map_err(|e| run::Failure { message: format!("writing stdout: {e}"), status: 1 })?;
        return Ok(());
    }
    run::run(&options, &invocations, &entries)
}
