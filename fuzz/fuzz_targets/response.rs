//! cargo-fuzz target `response`: see `imap_core_fuzz::response`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| imap_core_fuzz::response(data));
