//! cargo-fuzz target `chunked`: see `imap_core_fuzz::chunked`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| imap_core_fuzz::chunked(data));
