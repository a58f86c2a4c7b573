//! Watches a mailbox with IDLE and prints what changes: new messages (with their subjects),
//! expunges and flag changes, for `SECONDS` seconds.
//!
//! ```text
//! cargo run -p imapkit --example watch -- HOST PORT USER PASSWORD CA_FILE MAILBOX SECONDS
//! ```
//!
//! Connects with STARTTLS, verifying the server against `CA_FILE` (`-` for the system's and
//! Mozilla's roots). Each IDLE lasts at most five minutes, well under the 30 minutes after
//! which servers may drop an idle client.

use std::error::Error;
use std::time::{Duration, Instant};

use imapkit::{Client, Commands, TlsOptions};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [host, port, user, password, ca, mailbox, seconds] = args.as_slice() else {
        return Err("usage: watch HOST PORT USER PASSWORD CA_FILE|- MAILBOX SECONDS".into());
    };
    let tls = if ca == "-" { TlsOptions::default() } else { TlsOptions::with_ca_file(ca) };
    let mut client = Client::connect_starttls(host, port.parse()?, tls)?;
    client.login(user, password)?;
    let selected = client.select(mailbox.as_str(), None)?;
    let mut known = selected.exists.unwrap_or(0);
    println!("{mailbox}: {known} messages; watching");
    let until = Instant::now() + Duration::from_secs(seconds.parse::<u64>()?);
    while let Some(left) = until.checked_duration_since(Instant::now()).filter(|left| !left.is_zero()) {
        let updates = client.idle_wait(left.min(Duration::from_secs(300)))?;
        for seq in &updates.expunged {
            println!("expunged: message {seq}");
            known = known.saturating_sub(1);
        }
        for fetch in &updates.fetches {
            println!("flags of message {}: {:?}", fetch.seq, fetch.flags().unwrap_or_default());
        }
        if let Some(exists) = updates.exists.filter(|&exists| exists > known) {
            for fetch in client.fetch(known + 1..=exists, "(ENVELOPE)")?.fetches {
                let subject = fetch.envelope().and_then(|e| e.subject_decoded()).unwrap_or_default();
                println!("new: message {}: {subject}", fetch.seq);
            }
            known = exists;
        }
    }
    client.logout()?;
    Ok(())
}
