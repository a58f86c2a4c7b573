//! Connecting through a SOCKS5 proxy: the blocking and the async client reach the test
//! Dovecot through microsocks (`scripts/socks.sh`, started by `scripts/servers`), plain and
//! with implicit TLS, with the target given as a name the proxy resolves, and through the
//! proxy that wants a user name and password. Without the servers' variables the tests say
//! so and pass, unless `CI` or `IMAP_TEST_REQUIRE` is set.

use std::time::Duration;

use imapkit::{AsyncCommands, Client, Commands, ConnectOptions, Socks5Proxy, TlsOptions};

struct Setup {
    imap_host: String,
    imap_port: u16,
    tls_port: u16,
    ca: String,
    proxy: String,
    auth_proxy: String,
    proxy_user: String,
    proxy_password: String,
}

fn setup(test: &str) -> Option<Setup> {
    let var = |name: &str| std::env::var(name).ok();
    let (Some(imap_host), Some(proxy_host)) = (var("IMAP_TEST_DOVECOT_HOST"), var("IMAP_TEST_SOCKS_HOST")) else {
        let required = var("IMAP_TEST_REQUIRE").is_some_and(|v| !matches!(v.as_str(), "" | "0" | "false" | "no"));
        if var("CI").is_some() || required {
            panic!("{test}: IMAP_TEST_DOVECOT_* and IMAP_TEST_SOCKS_* are required (scripts/servers env)");
        }
        println!("skipped {test}: no server (scripts/servers start; set -a; eval \"$(scripts/servers env)\")");
        return None;
    };
    let need = |name: &str| var(name).unwrap_or_else(|| panic!("{name} is not set"));
    Some(Setup {
        imap_host,
        imap_port: need("IMAP_TEST_DOVECOT_PORT").parse().unwrap(),
        tls_port: need("IMAP_TEST_DOVECOT_TLS_PORT").parse().unwrap(),
        ca: need("IMAP_TEST_DOVECOT_CA"),
        proxy: format!("{proxy_host}:{}", need("IMAP_TEST_SOCKS_PORT")),
        auth_proxy: format!("{proxy_host}:{}", need("IMAP_TEST_SOCKS_AUTH_PORT")),
        proxy_user: need("IMAP_TEST_SOCKS_USER"),
        proxy_password: need("IMAP_TEST_SOCKS_PASSWORD"),
    })
}

fn through(host: &str, port: u16, proxy: Socks5Proxy) -> ConnectOptions {
    let mut options = ConnectOptions::new(host, port);
    options.connect_timeout = Some(Duration::from_secs(10));
    options.proxy = Some(proxy);
    options
}

/// The test CA's certificate names the address the tests use, whatever name went to the proxy.
fn tls(setup: &Setup) -> TlsOptions {
    TlsOptions { server_name: Some(setup.imap_host.clone()), ..TlsOptions::with_ca_file(&setup.ca) }
}

#[test]
fn blocking_client_through_socks5() {
    let Some(s) = setup("blocking_client_through_socks5") else { return };
    // Plain, by address.
    let mut client =
        Client::connect_with(&through(&s.imap_host, s.imap_port, Socks5Proxy::new(&s.proxy)), None).unwrap();
    assert!(client.capabilities().unwrap().iter().any(|c| c == "IMAP4REV1"));
    // A proxy on loopback says nothing about the path to the server: no password in clear.
    let refused = client.login("alice", "alice-pw").expect_err("LOGIN over plain TCP through a proxy");
    assert!(refused.to_string().contains("password in clear"), "{refused}");
    client.logout().unwrap();

    // Implicit TLS to a name only the proxy resolves, then LOGIN and a command.
    let options = through("localhost", s.tls_port, Socks5Proxy::new(&s.proxy));
    let mut client = Client::connect_with(&options, Some(tls(&s))).expect("TLS through the proxy");
    assert!(client.tls_info().is_some());
    client.login("alice", "alice-pw").unwrap();
    assert!(client.select("INBOX", None).unwrap().exists.is_some());
    client.logout().unwrap();

    // The proxy with a password: right, missing, wrong.
    let with = Socks5Proxy::new(&s.auth_proxy).with_credentials(&s.proxy_user, &s.proxy_password);
    let mut client = Client::connect_with(&through(&s.imap_host, s.imap_port, with), None).unwrap();
    client.noop().unwrap();
    client.logout().unwrap();
    let error = Client::connect_with(&through(&s.imap_host, s.imap_port, Socks5Proxy::new(&s.auth_proxy)), None)
        .expect_err("the proxy wants a password");
    assert!(error.to_string().contains("wants a user name and password"), "{error}");
    let wrong = Socks5Proxy::new(&s.auth_proxy).with_credentials(&s.proxy_user, "not-the-password");
    let error = Client::connect_with(&through(&s.imap_host, s.imap_port, wrong), None).expect_err("wrong password");
    assert!(error.to_string().contains("refused the user name or password"), "{error}");
    assert!(!error.to_string().contains("not-the-password"), "{error}");

    // A target the proxy cannot reach is the proxy's error, not a hang.
    let error = Client::connect_with(&through("127.0.0.1", 1, Socks5Proxy::new(&s.proxy)), None).expect_err("port 1");
    assert!(error.to_string().contains("could not connect to 127.0.0.1:1"), "{error}");
}

#[test]
fn async_client_through_socks5() {
    let Some(s) = setup("async_client_through_socks5") else { return };
    imap_tests::block_on(async {
        let options = through("localhost", s.tls_port, Socks5Proxy::new(&s.proxy));
        let mut client = imapkit::tokio::Client::connect_with(&options, Some(tls(&s))).await.expect("TLS via proxy");
        client.login("alice", "alice-pw").await.unwrap();
        assert!(client.select("INBOX", None).await.unwrap().exists.is_some());
        client.logout().await.unwrap();

        let with = Socks5Proxy::new(&s.auth_proxy).with_credentials(&s.proxy_user, &s.proxy_password);
        let mut client =
            imapkit::tokio::Client::connect_with(&through(&s.imap_host, s.imap_port, with), None).await.unwrap();
        client.noop().await.unwrap();
        assert!(client.login("alice", "alice-pw").await.is_err(), "no password in clear through a proxy");
        client.logout().await.unwrap();
        let missing = through(&s.imap_host, s.imap_port, Socks5Proxy::new(&s.auth_proxy));
        let error = imapkit::tokio::Client::connect_with(&missing, None).await.expect_err("the proxy wants a password");
        assert!(error.to_string().contains("wants a user name and password"), "{error}");
    });
}
