//! TLS details a test server of the project cannot show: a server that demands a client
//! certificate (imaplib's `IMAP4_SSL(keyfile=, certfile=)`), and SNI / name verification
//! against a name other than the address connected to. The server is an in-process rustls
//! server that speaks just enough IMAP for a greeting and NOOP; the certificates are made
//! per run with rcgen.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use imapkit::{Client, Commands, TlsOptions};
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::WebPkiClientVerifier;

struct Pki {
    dir: std::path::PathBuf,
    server_chain: Vec<CertificateDer<'static>>,
    server_key: Vec<u8>,
    ca_der: CertificateDer<'static>,
}

fn make_pki(tag: &str) -> Pki {
    let dir = std::env::temp_dir().join(format!("imap-rs-tls-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "imap-rs test CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();

    let server_key = KeyPair::generate().unwrap();
    let server = CertificateParams::new(vec!["imap.test".to_owned()]).unwrap().signed_by(&server_key, &ca).unwrap();
    let client_key = KeyPair::generate().unwrap();
    let mut client_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    client_params.distinguished_name.push(DnType::CommonName, "alice");
    let client = client_params.signed_by(&client_key, &ca).unwrap();

    std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
    std::fs::write(dir.join("client.pem"), client.pem()).unwrap();
    std::fs::write(dir.join("client.key"), client_key.serialize_pem()).unwrap();
    Pki {
        dir,
        server_chain: vec![server.der().clone()],
        server_key: server_key.serialize_der(),
        ca_der: ca.der().clone(),
    }
}

/// A TLS server demanding a client certificate from `pki`'s CA; greets with whether it saw
/// one, then answers NOOP. Returns its port.
fn serve(pki: &Pki) -> (u16, std::thread::JoinHandle<()>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pki.ca_der.clone()).unwrap();
    let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone()).build().unwrap();
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(
            pki.server_chain.clone(),
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(pki.server_key.clone())),
        )
        .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let Ok((socket, _)) = listener.accept() else { return };
        let connection = rustls::ServerConnection::new(config).unwrap();
        let mut tls = rustls::StreamOwned::new(connection, socket);
        // The handshake happens on first I/O; a client without a certificate fails here.
        if tls.write_all(b"").is_err() || tls.flush().is_err() {
            return;
        }
        while tls.conn.is_handshaking() {
            if tls.conn.complete_io(&mut tls.sock).is_err() {
                return;
            }
        }
        let seen = tls.conn.peer_certificates().map_or(0, |c| c.len());
        let _ = tls.write_all(format!("* OK [CAPABILITY IMAP4rev1] client certificates seen: {seen}\r\n").as_bytes());
        let mut reader = BufReader::new(tls);
        let mut line = String::new();
        if reader.read_line(&mut line).is_ok() {
            let tag = line.split(' ').next().unwrap_or("*").to_owned();
            let _ = reader.get_mut().write_all(format!("{tag} OK NOOP done\r\n").as_bytes());
            let _ = reader.get_mut().flush();
        }
    });
    (port, handle)
}

fn options(dir: &Path, with_client_cert: bool) -> TlsOptions {
    TlsOptions {
        client_certificate: with_client_cert.then(|| (dir.join("client.pem"), dir.join("client.key"))),
        server_name: Some("imap.test".to_owned()),
        ..TlsOptions::with_ca_file(dir.join("ca.pem"))
    }
}

#[test]
fn client_certificate_and_sni_name() {
    let pki = make_pki("ok");
    let (port, server) = serve(&pki);
    let mut client = Client::connect_tls("127.0.0.1", port, options(&pki.dir, true)).unwrap();
    let greeting = client.session().greeting().unwrap().text.clone();
    assert_eq!(greeting, "client certificates seen: 1");
    let info = client.tls_info().unwrap();
    assert_eq!(info.peer_certificates.len(), 1);
    assert!(info.protocol.unwrap().starts_with("TLSv1_"));
    client.noop().unwrap();
    drop(client);
    server.join().unwrap();
}

#[test]
fn without_a_client_certificate_the_server_refuses() {
    let pki = make_pki("none");
    let (port, server) = serve(&pki);
    let error = Client::connect_tls("127.0.0.1", port, options(&pki.dir, false)).unwrap_err();
    assert!(error.is_abort(), "{error}");
    server.join().unwrap();
}

#[test]
fn a_name_the_certificate_does_not_hold_is_refused() {
    let pki = make_pki("name");
    let (port, server) = serve(&pki);
    let tls = TlsOptions { server_name: Some("other.test".to_owned()), ..options(&pki.dir, true) };
    let error = Client::connect_tls("127.0.0.1", port, tls).unwrap_err();
    assert!(error.to_string().to_lowercase().contains("certificate"), "{error}");
    server.join().unwrap();
}
