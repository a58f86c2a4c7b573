//! Shared by the parser test files.

use imapkit_core::parse::{parse_response, parse_response_ref, Arena, ParseOptions};
use imapkit_core::types::borrowed::ResponseRef;
use imapkit_core::types::{Response, Untagged};

/// The borrowed parser agrees with the owned one on `frame`: same response (a FETCH built
/// borrowed, not handed to the owned parser) or the same error.
pub fn same_as_owned(frame: &[u8]) {
    let opts = ParseOptions::default();
    let arena = Arena::new();
    let owned = parse_response(frame, &opts);
    let borrowed = parse_response_ref(frame, &arena, &opts);
    if let (Ok(Response::Untagged(Untagged::Fetch(_))), Ok(ResponseRef::Other(_))) = (&owned, &borrowed) {
        panic!("FETCH not parsed in borrowed form: {:?}", String::from_utf8_lossy(frame));
    }
    assert_eq!(borrowed.map(ResponseRef::into_owned), owned, "{:?}", String::from_utf8_lossy(frame));
}
