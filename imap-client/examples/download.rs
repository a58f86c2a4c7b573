//! Downloads every message of a mailbox into a directory, one `UID.eml` file per message
//! holding exactly the message's bytes, streamed (memory stays flat for large messages).
//!
//! ```text
//! cargo run -p imapkit --example download -- HOST PORT USER PASSWORD CA_FILE MAILBOX DIR
//! ```
//!
//! Connects with STARTTLS, verifying the server against `CA_FILE` (pass `-` for the system's
//! and Mozilla's roots). Messages already in `DIR` are skipped, so it can run again.

use std::error::Error;
use std::path::PathBuf;

use imapkit::{build, Client, Commands, SearchKey, TlsOptions};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [host, port, user, password, ca, mailbox, dir] = args.as_slice() else {
        return Err("usage: download HOST PORT USER PASSWORD CA_FILE|- MAILBOX DIR".into());
    };
    let tls = if ca == "-" { TlsOptions::default() } else { TlsOptions::with_ca_file(ca) };
    let mut client = Client::connect_starttls(host, port.parse()?, tls)?;
    client.login(user, password)?;
    client.examine(mailbox.as_str(), None)?;
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    let (mut fetched, mut skipped) = (0, 0);
    for uid in client.uid_search(SearchKey::All)?.numbers()? {
        let path = dir.join(format!("{uid}.eml"));
        if path.exists() {
            skipped += 1;
            continue;
        }
        // Written to a temporary name first, so an interrupted run leaves no partial file.
        let partial = dir.join(format!("{uid}.eml.part"));
        let mut file = std::fs::File::create(&partial)?;
        client.fetch_to_writer(build::uid_fetch(uid, "BODY.PEEK[]")?, &mut file)?;
        std::fs::rename(&partial, &path)?;
        fetched += 1;
    }
    println!("{fetched} messages written to {}, {skipped} already there", dir.display());
    client.logout()?;
    Ok(())
}
