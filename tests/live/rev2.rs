//! IMAP4rev2 (RFC 9051) live, against Crymap 2.0 (`scripts/crymap.sh`): the test server that
//! advertises IMAP4rev1 and IMAP4rev2 and switches to rev2 on `ENABLE IMAP4rev2`. Neither
//! Debian's Dovecot 2.3 nor Cyrus 3.6 speaks rev2.
//!
//! Crymap runs in its scratch `dev imap-test` mode: plain IMAP on loopback, one user.

use std::sync::OnceLock;

use imapkit::command::Protocol;
use imapkit::encode::{SearchKey, StatusItem, StoreAction};
use imapkit::tokio::Client as AsyncClient;
use imapkit::{AsyncCommands, Client, Commands, ConnectOptions, Error, Flag};

use crate::support::{message, required, skipped};

/// The Crymap server of `IMAP_TEST_CRYMAP_*`.
pub struct Crymap {
    host: String,
    port: u16,
    user: String,
    password: String,
}

impl Crymap {
    /// The server the environment names, `None` (skipped) without one, a panic when servers
    /// are required (`CI`, `IMAP_TEST_REQUIRE`).
    pub fn get() -> Option<&'static Crymap> {
        static SERVER: OnceLock<Option<Crymap>> = OnceLock::new();
        let server = SERVER.get_or_init(|| {
            let get = |name: &str| std::env::var(format!("IMAP_TEST_CRYMAP_{name}")).ok().filter(|v| !v.is_empty());
            let host = get("HOST")?;
            let port = get("PORT").and_then(|p| p.parse().ok()).expect("IMAP_TEST_CRYMAP_PORT: a port number");
            Some(Crymap {
                host,
                port,
                user: get("USER").unwrap_or_else(|| "user".into()),
                password: get("PASSWORD").unwrap_or_else(|| "hunter2".into()),
            })
        });
        match server {
            Some(server) => Some(server),
            None if required() => panic!(
                "IMAP_TEST_CRYMAP_HOST is not set, but IMAP_TEST_REQUIRE or CI is: the IMAP4rev2 tests need \
                 Crymap (scripts/crymap.sh start, then `set -a; eval \"$(scripts/servers env)\"; set +a`)"
            ),
            None => {
                skipped("no Crymap server (run scripts/test or set IMAP_TEST_CRYMAP_HOST ...)");
                None
            }
        }
    }

    /// A mailbox name no other test or run uses.
    fn unique(&self, tag: &str) -> String {
        static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        format!("rev2-{}-{n}-{tag}", std::process::id())
    }

    fn options(&self) -> ConnectOptions {
        ConnectOptions {
            read_timeout: Some(std::time::Duration::from_secs(30)),
            ..ConnectOptions::new(&self.host, self.port)
        }
    }
}

/// The same scenario through the blocking and the async client: `aw!` is the call or its
/// `.await`.
macro_rules! rev2_scenario {
    ($client:ident, $server:ident, $aw:ident, $body:block) => {
        /// (The blocking client.)
        pub fn blocking($server: &Crymap) {
            #[allow(unused_macros)]
            macro_rules! $aw {
                ($e:expr) => {
                    $e
                };
            }
            let mut $client = Client::connect_with(&$server.options(), None).expect("connect to Crymap");
            $client.login($server.user.as_str(), $server.password.as_str()).expect("LOGIN");
            $body
        }

        /// (The async client, on a fresh runtime.)
        pub fn asynchronous($server: &Crymap) {
            imap_tests::block_on(async {
                #[allow(unused_macros)]
                macro_rules! $aw {
                    ($e:expr) => {
                        $e.await
                    };
                }
                let mut $client = AsyncClient::connect_with(&$server.options(), None).await.expect("connect to Crymap");
                $aw!($client.login($server.user.as_str(), $server.password.as_str())).expect("LOGIN");
                $body
            })
        }
    };
}

/// `ENABLE IMAP4rev2` and what follows from it: the session switches its rules
/// (`Session::protocol`), mailbox names go as UTF-8 (if they went as modified UTF-7 Crymap
/// would create a mailbox named `&ANw-...`), SEARCH and UID SEARCH are answered with ESEARCH
/// and read by `numbers()`, STATUS DELETED counts, MOVE and UID EXPUNGE work, and what rev2
/// removed (LSUB, CHECK, STATUS RECENT, SEARCH RECENT/NEW/OLD) is refused before anything is
/// written, with the connection in step afterwards.
pub mod enable_rev2 {
    use super::*;

    rev2_scenario!(client, server, aw, {
        let (caps, known) = client.session().capabilities();
        assert!(known, "Crymap lists its capabilities in the LOGIN reply");
        let caps = caps.to_vec();
        assert!(caps.iter().any(|c| c == "IMAP4REV2") && caps.iter().any(|c| c == "IMAP4REV1"), "{caps:?}");
        assert_eq!(client.session().protocol(), Protocol::Imap4rev1, "a rev1+rev2 server stays rev1 until ENABLE");

        let parent = server.unique("parent");
        aw!(client.create(parent.as_str(), None)).expect("CREATE");
        let enabled = aw!(client.enable(["IMAP4rev2"])).expect("ENABLE IMAP4rev2");
        assert_eq!(enabled.enabled, vec!["IMAP4rev2".to_string()]);
        assert_eq!(client.session().protocol(), Protocol::Imap4rev2);

        // UTF-8 mailbox names (RFC 9051 5.1).
        let name = format!("{parent}/Ünïcödé €");
        aw!(client.create(name.as_str(), None)).expect("CREATE with a UTF-8 name");
        let listed = aw!(client.list(None, "", format!("{parent}/*").as_str(), None)).expect("LIST");
        let names: Vec<&[u8]> = listed.list.iter().map(|item| item.mailbox.as_wire()).collect();
        assert_eq!(names, vec![name.as_bytes()], "the name went, and came back, as UTF-8");
        assert_eq!(listed.list[0].mailbox.to_utf8_lossy(), name);

        for n in 1..=3 {
            let data = message(&format!("rev2 {n}"), "bob@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "body");
            aw!(client.append(name.as_str(), [data])).expect("APPEND");
        }
        let selected = aw!(client.select(name.as_str(), None)).expect("SELECT");
        assert_eq!(selected.exists, Some(3));

        // SEARCH is answered with ESEARCH (RFC 9051 6.4.4.1), matched to its command by TAG.
        let found = aw!(client.search(SearchKey::All)).expect("SEARCH ALL");
        assert!(found.search.numbers.is_empty(), "no `* SEARCH` under rev2: {found:?}");
        assert_eq!(found.esearch.len(), 1, "{found:?}");
        assert_eq!(found.numbers().unwrap(), vec![1, 2, 3]);
        assert_eq!(found.set().map(|s| s.to_string()).as_deref(), Some("1:3"));
        let uids = aw!(client.uid_search(SearchKey::All)).expect("UID SEARCH ALL");
        assert!(uids.esearch[0].uid, "{uids:?}");
        let uids = uids.numbers().unwrap();
        assert_eq!(uids.len(), 3);
        let none = aw!(client.search(SearchKey::Subject("no such subject".into()))).expect("SEARCH none");
        assert_eq!(none.numbers().unwrap(), Vec::<u32>::new());
        assert_eq!(none.set(), None);

        // STATUS DELETED (RFC 9051 6.3.11).
        aw!(client.store("2:3", StoreAction::add(vec![Flag::Deleted]).silent())).expect("STORE");
        let status = aw!(client.status(name.as_str(), &[StatusItem::Messages, StatusItem::Deleted])).expect("STATUS");
        let status = &status.statuses[0];
        assert_eq!((status.messages(), status.deleted()), (Some(3), Some(2)), "{status:?}");

        // What rev2 removed is refused, nothing written.
        let refused = aw!(client.lsub("", "*")).unwrap_err();
        assert!(matches!(&refused, Error::Refused(why) if why.contains("IMAP4rev2")), "{refused}");
        assert!(matches!(aw!(client.check()), Err(Error::Refused(_))));
        let recent = aw!(client.status(name.as_str(), &[StatusItem::Recent])).unwrap_err();
        assert!(matches!(&recent, Error::Arg(e) if e.reason.contains("STATUS RECENT")), "{recent}");
        let recent = aw!(client.search(SearchKey::Recent)).unwrap_err();
        assert!(matches!(&recent, Error::Arg(e) if e.reason.contains("SEARCH RECENT")), "{recent}");
        aw!(client.noop()).expect("in step after the refusals");

        // Included extensions work under rev2: UID EXPUNGE (UIDPLUS), MOVE.
        let expunged = aw!(client.uid_expunge(uids[2])).expect("UID EXPUNGE");
        assert_eq!(expunged.expunged, vec![3], "{expunged:?}");
        let moved = aw!(client.uid_move(uids[0], parent.as_str())).expect("UID MOVE");
        assert_eq!(moved.expunged, vec![1], "{moved:?}");
        let left = aw!(client.uid_search(SearchKey::All)).expect("UID SEARCH");
        assert_eq!(left.numbers().unwrap(), vec![uids[1]]);

        aw!(client.unselect()).expect("UNSELECT");
        aw!(client.delete(name.as_str())).expect("DELETE");
        aw!(client.delete(parent.as_str())).expect("DELETE");
        aw!(client.logout()).expect("LOGOUT");
    });
}

/// Without ENABLE the same server is a rev1 server: SEARCH answers `* SEARCH`, names go as
/// modified UTF-7 (and Crymap decodes them), LSUB and CHECK are sent.
pub mod rev1_until_enabled {
    use super::*;

    rev2_scenario!(client, server, aw, {
        assert_eq!(client.session().protocol(), Protocol::Imap4rev1);
        let name = server.unique("Entwürfe");
        aw!(client.create(name.as_str(), None)).expect("CREATE");
        let listed = aw!(client.list(None, "", name.as_str(), None)).expect("LIST");
        assert_eq!(listed.list.len(), 1, "{listed:?}");
        assert!(listed.list[0].mailbox.as_wire().is_ascii(), "modified UTF-7 on the wire: {listed:?}");
        assert_eq!(listed.list[0].mailbox.to_utf8().as_deref(), Some(name.as_str()));
        let data = message("rev1", "bob@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "body");
        aw!(client.append(name.as_str(), [data])).expect("APPEND");
        aw!(client.select(name.as_str(), None)).expect("SELECT");
        let found = aw!(client.search(SearchKey::All)).expect("SEARCH");
        assert_eq!((found.search.numbers.clone(), found.esearch.len()), (vec![1], 0), "{found:?}");
        assert_eq!(found.numbers().unwrap(), vec![1]);
        aw!(client.check()).expect("CHECK under rev1");
        aw!(client.lsub("", "*")).expect("LSUB under rev1");
        aw!(client.unselect()).expect("UNSELECT");
        aw!(client.delete(name.as_str())).expect("DELETE");
        aw!(client.logout()).expect("LOGOUT");
    });
}
