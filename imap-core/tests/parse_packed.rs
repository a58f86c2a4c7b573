//! The packed ENVELOPE and BODYSTRUCTURE the owned parse keeps: what their views read
//! agrees with the borrowed parse converted by its own, independent code, and with the
//! separate owned values they convert to; packing those back gives equal values.

#[path = "../benches/common/mod.rs"]
#[allow(unused, missing_docs)]
mod generated;

use imapkit_core::parse::{parse_response, parse_response_ref, Arena, Frame, Framer};
use imapkit_core::types::borrowed::{FetchAttrRef, ResponseRef};
use imapkit_core::types::{
    address_entries, AddressEntry, BodyStructure, BodyView, Envelope, EnvelopeView, FetchAttr, PackedBody,
    PackedEnvelope, Response, SinglePartKind, Untagged,
};

/// Every view accessor against the separate owned envelope it converts to.
fn check_envelope_view(view: EnvelopeView<'_>, owned: &Envelope) {
    assert_eq!(view.date(), owned.date.as_deref());
    assert_eq!(view.subject(), owned.subject.as_deref());
    assert_eq!(view.subject_decoded(), owned.subject_decoded());
    assert_eq!(view.in_reply_to(), owned.in_reply_to.as_deref());
    assert_eq!(view.message_id(), owned.message_id.as_deref());
    let lists = [
        (view.from(), &owned.from),
        (view.sender(), &owned.sender),
        (view.reply_to(), &owned.reply_to),
        (view.to(), &owned.to),
        (view.cc(), &owned.cc),
        (view.bcc(), &owned.bcc),
    ];
    for (list, expected) in lists {
        assert_eq!(list.len(), expected.len());
        // The grouped view agrees with the owned lists' grouping.
        let grouped: Vec<String> = list
            .entries()
            .iter()
            .map(|entry| match entry {
                AddressEntry::Mailbox(a) => format!("{:?}", a.email()),
                AddressEntry::Group { name, members } => format!("{name:?} {}", members.len()),
            })
            .collect();
        let owned_grouped: Vec<String> = address_entries(expected)
            .iter()
            .map(|entry| match entry {
                AddressEntry::Mailbox(a) => format!("{:?}", a.email()),
                AddressEntry::Group { name, members } => format!("{name:?} {}", members.len()),
            })
            .collect();
        assert_eq!(grouped, owned_grouped);
        for (address, expected) in list.iter().zip(expected.iter()) {
            assert_eq!(address.name(), expected.name.as_deref());
            assert_eq!(address.adl(), expected.adl.as_deref().map(|a| &a[..]));
            assert_eq!(address.mailbox(), expected.mailbox.as_deref());
            assert_eq!(address.host(), expected.host.as_deref());
            assert_eq!(address.email(), expected.email());
            assert_eq!(address.is_group_start(), expected.is_group_start());
            assert_eq!(address.is_group_end(), expected.is_group_end());
        }
    }
}

/// Every view accessor against the separate owned structure, part by part.
fn check_body_view(view: BodyView<'_>, owned: &BodyStructure) {
    assert_eq!(view.mime_type(), owned.mime_type());
    let numbers: Vec<String> = view.parts().into_iter().map(|(n, _)| n).collect();
    let expected: Vec<String> = owned.parts().into_iter().map(|(n, _)| n).collect();
    assert_eq!(numbers, expected);
    for number in &numbers {
        let (Some(part), Some(expected)) = (view.part(number), owned.part(number)) else { panic!("part {number}") };
        assert_eq!(part.to_body_structure(), *expected, "part {number}");
    }
    match owned {
        BodyStructure::Multipart(multi) => {
            assert!(view.is_multipart());
            assert_eq!(view.subtype(), multi.subtype.as_str());
            assert_eq!(view.params().len(), multi.params.len());
            assert_eq!(view.has_extension(), multi.extension.is_some());
            assert_eq!(view.children().len(), multi.parts.len());
            for (child, expected) in view.children().zip(&multi.parts) {
                check_body_view(child, expected);
            }
        }
        BodyStructure::Single(part) => {
            assert!(!view.is_multipart());
            assert_eq!((view.media_type(), view.subtype()), (part.media_type.as_str(), part.subtype.as_str()));
            for (name, value) in part.fields.params.iter() {
                assert_eq!(view.param(name), Some(value.as_bytes()));
            }
            assert_eq!(view.id(), part.fields.id.as_deref());
            assert_eq!(view.description(), part.fields.description.as_deref());
            assert_eq!(view.encoding(), part.fields.encoding.as_str());
            assert_eq!(view.octets(), part.fields.octets);
            assert_eq!(view.md5(), part.extension.as_ref().and_then(|e| e.md5.as_deref()));
            let disposition = part.disposition();
            assert_eq!(view.disposition().map(|d| d.kind), disposition.map(|d| d.kind.as_str()));
            assert_eq!(
                view.disposition().and_then(|d| d.param("filename")),
                disposition.and_then(|d| d.param("filename"))
            );
            match &part.kind {
                SinglePartKind::Message(message) => {
                    let (envelope, body) = view.message().expect("message part");
                    assert_eq!(view.lines(), Some(message.lines));
                    check_envelope_view(envelope, &message.envelope);
                    check_body_view(body, &message.body);
                }
                SinglePartKind::Text { lines } => assert_eq!(view.lines(), Some(*lines)),
                SinglePartKind::Basic => assert_eq!(view.lines(), None),
            }
        }
    }
}

#[test]
fn packed_items_read_as_the_borrowed_parse_converts_them() {
    let data = generated::fetch_metadata(2_000);
    let opts = generated::options();
    let mut framer = Framer::new(opts.clone());
    let mut arena = Arena::new();
    let mut rest = &data[..];
    let (mut envelopes, mut bodies) = (0, 0);
    while !rest.is_empty() {
        let Ok(Frame::Complete(len)) = framer.next_frame(rest) else { panic!("incomplete") };
        let frame = &rest[..len];
        let Ok(Response::Untagged(Untagged::Fetch(owned))) = parse_response(frame, &opts) else { panic!() };
        let Ok(ResponseRef::Fetch(borrowed)) = parse_response_ref(frame, &arena, &opts) else { panic!() };
        for (item, reference) in owned.attrs.iter().zip(borrowed.attrs) {
            match (item, reference) {
                (FetchAttr::Envelope(packed), FetchAttrRef::Envelope(envelope)) => {
                    // The borrowed form's conversion to the separate owned type is older code
                    // that knows nothing of packing.
                    let expected = envelope.into_owned();
                    assert_eq!(packed.view().to_envelope(), expected);
                    check_envelope_view(packed.view(), &expected);
                    assert_eq!(PackedEnvelope::from_envelope(&expected), *packed);
                    envelopes += 1;
                }
                (FetchAttr::BodyStructure(packed), FetchAttrRef::BodyStructure(body)) => {
                    let expected = body.into_owned();
                    assert_eq!(packed.view().to_body_structure(), expected);
                    check_body_view(packed.view(), &expected);
                    assert_eq!(PackedBody::from_body_structure(&expected), *packed);
                    bodies += 1;
                }
                (item, reference) => assert_eq!(*item, reference.into_owned()),
            }
        }
        arena.reset();
        framer.reset();
        rest = &rest[len..];
    }
    assert_eq!((envelopes, bodies), (2_000, 2_000));
}

#[test]
fn packed_values_are_compact() {
    // Data set (a): a packed item holds its strings once and its records in a few arrays.
    let data = generated::fetch_metadata(500);
    let opts = generated::options();
    let mut framer = Framer::new(opts.clone());
    let mut rest = &data[..];
    let (mut packed, mut wire) = (0, 0);
    while !rest.is_empty() {
        let Ok(Frame::Complete(len)) = framer.next_frame(rest) else { panic!("incomplete") };
        let Ok(Response::Untagged(Untagged::Fetch(fetch))) = parse_response(&rest[..len], &opts) else { panic!() };
        for item in &fetch.attrs {
            packed += match item {
                FetchAttr::Envelope(e) => e.heap_bytes(),
                FetchAttr::BodyStructure(b) => b.heap_bytes(),
                _ => 0,
            };
        }
        wire += len;
        framer.reset();
        rest = &rest[len..];
    }
    // Kept as separate owned values the same items took 1.76x the whole responses' wire
    // bytes (2026-12-04, `cargo bench -p imapkit-core --bench memory`); packed, 1.21x.
    assert!(packed * 4 <= wire * 5, "packed envelopes and bodies: {packed} bytes for {wire} wire bytes");
}

#[test]
fn views_of_a_message_part_and_part_numbers() {
    let frame = b"* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 10 1 NIL NIL NIL NIL)\
        (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 300 (NIL \"Inner\" ((NIL NIL \"a\" \"b.org\")) NIL NIL NIL NIL NIL NIL NIL) \
        ((\"TEXT\" \"HTML\" NIL NIL NIL \"BASE64\" 20 1 NIL NIL NIL NIL)(\"IMAGE\" \"PNG\" (\"NAME\" \"x.png\") \"<id>\" NIL \"BASE64\" 30 NIL \
        (\"ATTACHMENT\" (\"FILENAME\" \"x.png\")) (\"en\" \"de\") \"loc\") \"RELATED\" (\"BOUNDARY\" \"in\") NIL NIL NIL) 9 NIL NIL NIL NIL) \
        \"MIXED\" (\"BOUNDARY\" \"out\") NIL NIL NIL))\r\n";
    let Ok(Response::Untagged(Untagged::Fetch(fetch))) = parse_response(frame, &Default::default()) else { panic!() };
    let body = fetch.body_structure().unwrap();
    assert_eq!((body.mime_type(), body.param("boundary")), ("multipart/mixed".to_owned(), Some(&b"out"[..])));
    let numbers: Vec<String> = body.parts().into_iter().map(|(n, p)| format!("{n} {}", p.mime_type())).collect();
    assert_eq!(
        numbers,
        // The parts of an encapsulated message are numbered below its part, its multipart
        // body itself is not (RFC 3501 section 6.4.5).
        ["1 text/plain", "2 message/rfc822", "2.1 text/html", "2.2 image/png"]
    );
    let (envelope, inner) = body.part("2").unwrap().message().unwrap();
    assert_eq!(envelope.subject(), Some(&b"Inner"[..]));
    assert_eq!(envelope.from().first().and_then(|a| a.email()).as_deref(), Some("a@b.org"));
    assert_eq!(inner.mime_type(), "multipart/related");
    let image = body.part("2.2").unwrap();
    assert_eq!(body.part("2.3"), None);
    assert_eq!((image.id(), image.encoding(), image.octets()), (Some(&b"<id>"[..]), "BASE64", 30));
    assert_eq!(image.disposition().and_then(|d| d.param("filename")), Some(&b"x.png"[..]));
    let languages: Vec<&[u8]> = image.language().unwrap().collect();
    assert_eq!((languages, image.location()), (vec![&b"en"[..], &b"de"[..]], Some(&b"loc"[..])));
    assert_eq!(body.part("1").unwrap().lines(), Some(1));
    assert_eq!(body.part("2").unwrap().lines(), Some(9));
}
