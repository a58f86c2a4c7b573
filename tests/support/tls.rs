//! The scripted TLS servers' certificate: self-signed for `imap.test`, and a rustls server
//! configuration with it (shared by the test files that run such a server; `#[path]`-included
//! because rcgen and rustls are dev-dependencies).

use std::sync::Arc;

use rcgen::{CertificateParams, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// A server configuration for `versions` (`rustls::DEFAULT_VERSIONS` for the usual ones) and
/// the certificate's PEM, which a client trusts as its CA.
pub fn server_config(versions: &[&'static rustls::SupportedProtocolVersion]) -> (Arc<rustls::ServerConfig>, String) {
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec!["imap.test".to_owned()]).unwrap().self_signed(&key).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(cert.der().to_vec())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
        )
        .unwrap();
    (Arc::new(config), cert.pem())
}
