//! The default TLS roots: the operating system's store as well as Mozilla's. A scripted
//! rustls server whose certificate is trusted only through the system store, which
//! `rustls-native-certs` reads from `SSL_CERT_FILE` when that is set (as OpenSSL does), so the
//! test needs no change to the machine. One test function: the variable is process-wide.

use std::io::Write;
use std::net::TcpListener;

use imapkit::{Client, ConnectOptions, TlsOptions};

#[path = "support/tls.rs"]
mod tls;

/// A server for `imap.test` that greets each of `connections` TLS clients and hangs up.
fn serve(connections: usize) -> (u16, String, std::thread::JoinHandle<()>) {
    let (config, pem) = tls::server_config(rustls::DEFAULT_VERSIONS);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        for _ in 0..connections {
            let (socket, _) = listener.accept().unwrap();
            let mut tls = rustls::StreamOwned::new(rustls::ServerConnection::new(config.clone()).unwrap(), socket);
            // A failed handshake (the client did not trust us) shows up as a write error.
            let _ = tls.write_all(b"* OK [CAPABILITY IMAP4rev1] scripted\r\n").and_then(|()| tls.flush());
        }
    });
    (port, pem, handle)
}

fn options(port: u16) -> ConnectOptions {
    ConnectOptions::new("127.0.0.1", port)
}

#[test]
fn default_roots_include_the_system_store() {
    let (port, pem, server) = serve(3);
    let dir = std::env::temp_dir().join(format!("imap-rs-roots-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let store = dir.join("system-store.pem");
    std::fs::write(&store, pem).unwrap();
    // The "system store" for this process: only our test CA.
    std::env::set_var("SSL_CERT_FILE", &store);
    std::env::remove_var("SSL_CERT_DIR");
    let named = |tls: TlsOptions| TlsOptions { server_name: Some("imap.test".into()), ..tls };

    let client = Client::connect_with(&options(port), Some(named(TlsOptions::default())))
        .expect("the default options trust a CA of the system store");
    assert!(client.tls_info().is_some());
    drop(client);

    let error =
        Client::connect_with(&options(port), Some(named(TlsOptions { system_roots: false, ..TlsOptions::default() })))
            .expect_err("Mozilla's roots alone do not trust the test CA");
    assert!(error.to_string().to_ascii_lowercase().contains("certificate"), "{error}");

    // A private CA file trusts that CA and nothing else, whatever the system store holds.
    let error = Client::connect_with(&options(port), Some(named(TlsOptions::with_ca_file(dir.join("missing.pem")))))
        .expect_err("a CA file that does not exist is an error, not a fallback to the store");
    assert!(error.to_string().contains("missing.pem"), "{error}");
    drop(server); // not joined: whether the last attempt reaches the socket is not the point
    let _ = std::fs::remove_dir_all(&dir);
}
