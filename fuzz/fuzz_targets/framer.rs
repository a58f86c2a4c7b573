//! cargo-fuzz target `framer`: see `imap_core_fuzz::framer`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| imap_core_fuzz::framer(data));
