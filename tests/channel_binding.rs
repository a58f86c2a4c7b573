//! SCRAM-SHA-256-PLUS with the `tls-exporter` channel binding (RFC 5802, RFC 9266) against an
//! in-process rustls server that does the server's side of SCRAM itself. A scripted server,
//! because no test server can: Cyrus 3.6 offers the -PLUS mechanisms but binds only
//! `tls-unique` (undefined for TLS 1.3, and not exposed by rustls); Dovecot 2.3 and Crymap
//! offer none. The server computes the exporter from its own end of the TLS connection, so
//! the test proves that both ends derive the same binding and that the client sends it as
//! RFC 5802 7 says (`c=` is the GS2 header `p=tls-exporter,,` and the 32 bytes).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use imapkit::auth::Scram;
use imapkit::command::State;
use imapkit::{Client, Error, TlsOptions};

#[path = "support/tls.rs"]
mod tls;

const USER: &str = "alice";
const PASSWORD: &str = "p@ss wörd";
const SALT: &[u8] = b"imap-rs test salt";
const ITERATIONS: u32 = 4096;

/// What the server saw.
#[derive(Debug, Default)]
struct Seen {
    mechanism: String,
    gs2_header: String,
    binding_matched: bool,
    proof_matched: bool,
}

/// A self-signed certificate for `imap.test` and a server of `versions` that answers one
/// AUTHENTICATE SCRAM-SHA-256-PLUS. Returns the port, the CA file and the server thread.
fn serve(
    versions: &[&'static rustls::SupportedProtocolVersion],
) -> (u16, std::path::PathBuf, std::thread::JoinHandle<Seen>) {
    let (config, pem) = tls::server_config(versions);
    static RUN: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("imap-rs-cbind-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, pem).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut seen = Seen::default();
        let (socket, _) = listener.accept().unwrap();
        let mut tls = rustls::StreamOwned::new(rustls::ServerConnection::new(config).unwrap(), socket);
        tls.write_all(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=SCRAM-SHA-256-PLUS AUTH=SCRAM-SHA-256] scripted\r\n")
            .unwrap();
        tls.flush().unwrap();
        let exporter = tls.conn.export_keying_material([0u8; 32], b"EXPORTER-Channel-Binding", None).ok();
        let mut reader = BufReader::new(tls);
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return seen;
        }
        let words: Vec<&str> = line.trim_end().split(' ').collect();
        let tag = words[0].to_owned();
        seen.mechanism = words.get(2).copied().unwrap_or_default().to_owned();
        let client_first = match words.get(3) {
            Some(initial) => STANDARD.decode(initial).unwrap(),
            None => {
                reader.get_mut().write_all(b"+ \r\n").unwrap();
                reader.get_mut().flush().unwrap();
                let mut next = String::new();
                reader.read_line(&mut next).unwrap();
                STANDARD.decode(next.trim_end()).unwrap()
            }
        };
        let client_first = String::from_utf8(client_first).unwrap();
        let (gs2, bare) = client_first.split_at(client_first.find("n=").unwrap());
        seen.gs2_header = gs2.to_owned();
        let client_nonce = bare.split(',').find_map(|a| a.strip_prefix("r=")).unwrap().to_owned();
        let nonce = format!("{client_nonce}server-part");
        let server_first = format!("r={nonce},s={},i={ITERATIONS}", STANDARD.encode(SALT));
        reader.get_mut().write_all(format!("+ {}\r\n", STANDARD.encode(&server_first)).as_bytes()).unwrap();
        reader.get_mut().flush().unwrap();

        let mut final_line = String::new();
        reader.read_line(&mut final_line).unwrap();
        let client_final = String::from_utf8(STANDARD.decode(final_line.trim_end()).unwrap()).unwrap();
        let (without_proof, proof) = client_final.rsplit_once(",p=").unwrap();
        let binding = without_proof.split(',').find_map(|a| a.strip_prefix("c=")).unwrap();
        let mut wanted = gs2.as_bytes().to_vec();
        wanted.extend(exporter.iter().flatten());
        seen.binding_matched = exporter.is_some() && STANDARD.decode(binding).unwrap() == wanted;

        // RFC 5802 3: the server's side of the proof.
        let mut salted = [0u8; 32];
        let iterations = std::num::NonZeroU32::new(ITERATIONS).unwrap();
        ring::pbkdf2::derive(ring::pbkdf2::PBKDF2_HMAC_SHA256, iterations, SALT, PASSWORD.as_bytes(), &mut salted);
        let salted = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &salted);
        let client_key = ring::hmac::sign(&salted, b"Client Key");
        let stored_key = ring::digest::digest(&ring::digest::SHA256, client_key.as_ref());
        let auth_message = format!("{bare},{server_first},{without_proof}");
        let signature = ring::hmac::sign(
            &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, stored_key.as_ref()),
            auth_message.as_bytes(),
        );
        let expected: Vec<u8> = client_key.as_ref().iter().zip(signature.as_ref()).map(|(k, s)| k ^ s).collect();
        seen.proof_matched = STANDARD.decode(proof).unwrap() == expected;

        let out = reader.get_mut();
        if seen.binding_matched && seen.proof_matched {
            let server_key =
                ring::hmac::Key::new(ring::hmac::HMAC_SHA256, ring::hmac::sign(&salted, b"Server Key").as_ref());
            let verifier = ring::hmac::sign(&server_key, auth_message.as_bytes());
            let v = format!("v={}", STANDARD.encode(verifier.as_ref()));
            out.write_all(format!("+ {}\r\n", STANDARD.encode(v)).as_bytes()).unwrap();
            out.flush().unwrap();
            let mut empty = String::new();
            reader.read_line(&mut empty).unwrap();
            reader.get_mut().write_all(format!("{tag} OK authenticated\r\n").as_bytes()).unwrap();
        } else {
            out.write_all(format!("{tag} NO [AUTHENTICATIONFAILED] channel binding or proof mismatch\r\n").as_bytes())
                .unwrap();
        }
        let _ = reader.get_mut().flush();
        seen
    });
    (port, ca, handle)
}

fn connect(port: u16, ca: &std::path::Path) -> Client {
    let tls = TlsOptions { server_name: Some("imap.test".to_owned()), ..TlsOptions::with_ca_file(ca) };
    Client::connect_tls("127.0.0.1", port, tls).unwrap()
}

#[test]
fn scram_sha256_plus_binds_to_the_tls_connection() {
    let (port, ca, server) = serve(&[&rustls::version::TLS13]);
    let mut client = connect(port, &ca);
    let exporter = client.tls_info().and_then(|tls| tls.tls_exporter).expect("TLS 1.3: a tls-exporter binding");
    client.authenticate_with(Scram::sha256(USER, PASSWORD).with_channel_binding(exporter)).unwrap();
    assert_eq!(client.session().state(), State::Authenticated);
    let seen = server.join().unwrap();
    assert_eq!(seen.mechanism, "SCRAM-SHA-256-PLUS");
    assert_eq!(seen.gs2_header, "p=tls-exporter,,");
    assert!(seen.binding_matched && seen.proof_matched, "{seen:?}");
}

#[test]
fn a_binding_of_another_connection_is_refused() {
    let (port, ca, server) = serve(&[&rustls::version::TLS13]);
    let mut client = connect(port, &ca);
    let mut exporter = client.tls_info().and_then(|tls| tls.tls_exporter).unwrap();
    exporter[0] ^= 1;
    let refused = client.authenticate_with(Scram::sha256(USER, PASSWORD).with_channel_binding(exporter));
    assert!(matches!(refused, Err(Error::No { .. })), "{refused:?}");
    let seen = server.join().unwrap();
    assert!(!seen.binding_matched && seen.proof_matched, "the proof covers the binding the client sent: {seen:?}");
}

#[test]
fn tls_12_has_no_exporter_binding() {
    let (port, ca, server) = serve(&[&rustls::version::TLS12]);
    let client = connect(port, &ca);
    let tls = client.tls_info().unwrap();
    assert_eq!(tls.protocol.as_deref(), Some("TLSv1_2"));
    assert_eq!(tls.tls_exporter, None, "RFC 9266 3: tls-exporter only with TLS 1.3 here");
    drop(client);
    let _ = server.join();
}
