//! Live tests against real IMAP servers: Dovecot and Cyrus (and, for IMAP4rev2, Crymap) as
//! `scripts/servers` runs them (`scripts/test` starts them and sets the variables).
//!
//! Every test runs once per server (`dovecot::…`, `cyrus::…`), as alice, bob, admin and the
//! users with hard passwords, over plain TCP, STARTTLS, implicit TLS and (Dovecot) the stream
//! transport. Each creates its own mailboxes, named after the process and a counter, and
//! deletes them again, so tests run in parallel and can be re-run on the same servers.
//! `conformance_matrix` runs every line of the command table on every server and transport
//! and writes `docs/conformance.md`.
//!
//! Without the `IMAP_TEST_*` variables the tests print "skipped: no server" once and pass,
//! unless `IMAP_TEST_REQUIRE` or `CI` is set: then they fail.

/// A scenario written once and run through both clients: `pub fn name / name_async(server)
/// { body }` makes `name` (the blocking client) and `name_async` (the tokio client, on a
/// fresh runtime). In the body, `aw!(call)` is the call (blocking) or `call.await` (async),
/// and `connect!(server, via)` / `login!(server, via, user)` give the client of each kind.
macro_rules! dual {
    ($(#[$meta:meta])* pub fn $blocking:ident / $asynchronous:ident($server:ident) $body:block) => {
        $(#[$meta])*
        pub fn $blocking($server: &crate::support::Server) {
            #[allow(unused_macros)]
            macro_rules! aw {
                ($e:expr) => {
                    $e
                };
            }
            #[allow(unused_macros)]
            macro_rules! connect {
                ($s:expr, $via:expr) => {
                    $s.connect($via)
                };
            }
            #[allow(unused_macros)]
            macro_rules! login {
                ($s:expr, $via:expr, $user:expr) => {
                    $s.login($via, $user)
                };
            }
            $body
        }

        $(#[$meta])*
        /// (Through the async client.)
        pub fn $asynchronous($server: &crate::support::Server) {
            imap_tests::block_on(async {
                #[allow(unused_macros)]
                macro_rules! aw {
                    ($e:expr) => {
                        $e.await
                    };
                }
                #[allow(unused_macros)]
                macro_rules! connect {
                    ($s:expr, $via:expr) => {
                        $s.connect_async($via).await
                    };
                }
                #[allow(unused_macros)]
                macro_rules! login {
                    ($s:expr, $via:expr, $user:expr) => {
                        $s.login_async($via, $user).await
                    };
                }
                $body
            })
        }
    };
}

#[path = "live/asynchronous.rs"]
mod asynchronous;
#[path = "live/conformance.rs"]
mod conformance;
#[path = "live/messages.rs"]
mod messages;
#[path = "live/modern.rs"]
mod modern;
#[path = "live/rev2.rs"]
mod rev2;
#[path = "live/session.rs"]
mod session;
#[path = "live/sharing.rs"]
mod sharing;
#[path = "live/support.rs"]
mod support;
#[path = "live/updates.rs"]
mod updates;

/// `#[test]` functions running `module::test` against one server.
macro_rules! live_tests {
    ($kind:ident: $($module:ident::$test:ident),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                crate::support::run(crate::support::Kind::$kind, crate::$module::$test);
            }
        )*
    };
}

/// The tests that run against both servers.
macro_rules! both_servers {
    ($($module:ident::$test:ident),* $(,)?) => {
        /// Against Dovecot.
        mod dovecot {
            live_tests!(Dovecot: $($module::$test),*);
            live_tests!(Dovecot: updates::stream_session, updates::stream_session_async);
            live_tests!(Dovecot: updates::stream_idle_wait_async, updates::idle_keepalives_async);

            /// `idle_wait` over the child-process transport (its reads time out too).
            #[test]
            fn stream_idle_wait() {
                crate::support::run(crate::support::Kind::Dovecot, crate::updates::stream_idle_wait);
            }

            /// IDLE keep-alives do not extend `idle_wait` (Dovecot sends one a second here).
            #[test]
            fn idle_keepalives() {
                crate::support::run(crate::support::Kind::Dovecot, crate::updates::idle_keepalives);
            }

            /// `idle_wait` restores the read timeout it found.
            #[test]
            fn idle_keeps_read_timeout() {
                crate::support::run(crate::support::Kind::Dovecot, crate::updates::idle_keeps_read_timeout);
            }
        }

        /// Against Cyrus.
        mod cyrus {
            live_tests!(Cyrus: $($module::$test),*);
            live_tests!(Cyrus: session::proxyauth_admin, session::proxyauth_admin_async);
        }
    };
}

both_servers!(
    session::transports,
    session::transports_async,
    session::compress_async,
    messages::big_message_async,
    messages::pipelined_async,
    updates::idle_async,
    updates::unsolicited_async,
    session::namespace_async,
    session::id_async,
    session::enable_async,
    session::unsupported_async,
    messages::mailbox_lifecycle_async,
    messages::utf8_names_async,
    messages::resync_async,
    messages::store_search_async,
    messages::sort_thread_async,
    messages::copy_move_expunge_async,
    session::tls_verification_async,
    session::auth_mechanisms_async,
    session::oauth_async,
    session::channel_binding,
    session::channel_binding_async,
    sharing::acl_async,
    messages::append_fetch_structure_async,
    messages::mime_round_trip_async,
    messages::append_line_endings,
    messages::append_line_endings_async,
    sharing::quota_async,
    sharing::annotation_async,
    sharing::metadata_async,
    asynchronous::sasl,
    asynchronous::idle_stream,
    asynchronous::fetch_each,
    asynchronous::many_sessions,
    asynchronous::cancellation,
    session::tls_verification,
    session::auth_mechanisms,
    session::oauth,
    session::compress,
    session::namespace,
    session::id,
    session::enable,
    session::unsupported,
    sharing::acl,
    sharing::quota,
    sharing::annotation,
    sharing::metadata,
    messages::mailbox_lifecycle,
    messages::utf8_names,
    messages::append_fetch_structure,
    messages::mime_round_trip,
    messages::big_message,
    messages::store_search,
    messages::pipelined,
    messages::resync,
    messages::sort_thread,
    messages::copy_move_expunge,
    modern::modern_items,
    modern::modern_items_async,
    modern::list_extended,
    modern::list_extended_async,
    modern::catenate,
    modern::catenate_async,
    modern::search_results,
    modern::search_results_async,
    modern::context_updates,
    modern::context_updates_async,
    modern::notify,
    modern::notify_async,
    modern::special_use_helper,
    modern::special_use_helper_async,
    updates::unsolicited,
    updates::idle,
);

/// IMAP4rev2 against Crymap (the one test server that speaks it), through both clients.
mod crymap {
    macro_rules! rev2_tests {
        ($($scenario:ident),*) => {$(
            mod $scenario {
                #[test]
                fn blocking() {
                    if let Some(server) = crate::rev2::Crymap::get() {
                        crate::rev2::$scenario::blocking(server);
                    }
                }

                #[test]
                fn asynchronous() {
                    if let Some(server) = crate::rev2::Crymap::get() {
                        crate::rev2::$scenario::asynchronous(server);
                    }
                }
            }
        )*};
    }

    rev2_tests!(enable_rev2, rev1_until_enabled);
}

/// Every command of the table on every server and transport; writes `docs/conformance.md`.
#[test]
fn conformance_matrix() {
    conformance::matrix();
}
