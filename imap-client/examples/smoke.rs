//! Quick check against a server: `cargo run --example smoke -- HOST PORT TLS_PORT CA USER PASSWORD`.
use imap_client::{Client, Commands, TlsOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (host, port, tls_port, ca, user, password) =
        (&args[1], args[2].parse()?, args[3].parse()?, &args[4], &args[5], &args[6]);
    let mut plain = Client::connect(host, port)?;
    plain.set_trace_level(imap_client::TraceLevel::Wire);
    plain.set_trace_sink(|d, t| eprintln!("{d:?} {t}"));
    println!("caps: {:?}", plain.capabilities()?);
    println!("login: {:?}", plain.login(user.as_str(), password.as_str())?.tagged);
    println!("select: {:?}", plain.select("INBOX", None)?.exists);
    plain.logout()?;
    let mut tls = Client::connect_tls(host, tls_port, TlsOptions::with_ca_file(ca))?;
    println!("tls: {:?}", tls.tls_info().map(|i| i.protocol));
    tls.login(user.as_str(), password.as_str())?;
    println!("list: {:?}", tls.list("", "*", None)?.list.len());
    tls.logout()?;
    let mut st = Client::connect_starttls(host, port, TlsOptions::with_ca_file(ca))?;
    println!("starttls caps: {:?}", st.capabilities()?.len());
    st.login_cram_md5(user, password)?;
    println!("cram ok, state {:?}", st.session().state());
    st.logout()?;
    Ok(())
}
