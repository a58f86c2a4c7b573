//! cargo-fuzz target `session`: see `imap_core_fuzz::session`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| imap_core_fuzz::session(data));
