//! No argument can break out of itself: whatever bytes a user passes, the generated command
//! either refuses them before anything is sent (only NUL, which IMAP strings cannot hold, and
//! CR/LF in the raw kind), or puts exactly one command on the wire that an independent IMAP
//! parser (imap-codec) reads back with exactly that argument.

use imap_codec::decode::Decoder;
use imap_codec::imap_types::command::CommandBody;
use imap_codec::imap_types::extensions::binary::LiteralOrLiteral8;
use imap_codec::imap_types::mailbox::{ListMailbox, Mailbox};
use imap_codec::imap_types::search::SearchKey as CodecKey;
use imap_codec::CommandCodec;
use imapkit::command::Exchange;
use imapkit::encode::{Command, WireOptions};
use imapkit::session::{Completed, ExchangeHandler};
use imapkit::{AppendMessage, Commands, Error, Execute, SearchKey};
use proptest::prelude::*;

/// Captures the command a generated method builds instead of sending it.
#[derive(Default)]
struct Capture(Option<Command>);

impl Execute for Capture {
    fn execute(&mut self, command: Command, _: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error> {
        let _ = Exchange::Sasl;
        self.0 = Some(command);
        Err(Error::Closed)
    }
}

/// The wire bytes of the captured command, literal chunks joined as the server receives them.
fn wire(capture: &Capture, options: WireOptions) -> Vec<u8> {
    let command = capture.0.as_ref().expect("a command was built");
    command.to_chunks("A1", options).into_iter().flat_map(|chunk| chunk.bytes).collect()
}

/// Parses `wire` as exactly one command with nothing left over.
fn parse_one(wire: &[u8]) -> CommandBody<'static> {
    let (rest, command) = CommandCodec::default()
        .decode(wire)
        .unwrap_or_else(|e| panic!("imap-codec rejects {:?}: {e:?}", String::from_utf8_lossy(wire)));
    assert!(rest.is_empty(), "bytes after the command: {rest:?}");
    assert_eq!(command.tag.as_ref(), "A1");
    imap_codec::imap_types::IntoStatic::into_static(command.body)
}

fn options() -> impl Strategy<Value = WireOptions> {
    (any::<bool>(), any::<bool>()).prop_map(|(literal_plus, literal_minus)| WireOptions {
        literal_plus,
        literal_minus,
        ..WireOptions::default()
    })
}

/// Bytes with a strong share of the characters that matter: quotes, backslashes, CR, LF,
/// braces, spaces, parentheses, wildcards, 8-bit and NUL.
fn nasty_bytes() -> impl Strategy<Value = Vec<u8>> {
    let special = prop::sample::select(vec![
        b'"', b'\\', b'\r', b'\n', b'{', b'}', b' ', b'(', b')', b'%', b'*', b']', 0u8, 0xc3, 0xff, b'+',
    ]);
    prop::collection::vec(prop_oneof![3 => any::<u8>(), 2 => special, 2 => b'a'..=b'z'], 0..40)
}

fn nasty_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => any::<char>(), 2 => prop::sample::select(vec!['"', '\\', '\r', '\n', '{', ' ', '&', '%', '*', 'ü', '日']), 2 => prop::char::range('a', 'z')],
        0..30,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Raw text, often ending in something that looks like a literal announcement.
fn raw_text() -> impl Strategy<Value = String> {
    let suffix = prop::sample::select(vec!["", "", "{5}", "{5+}", "{12-}", "~{3}", "{}", "{x}", "{5} ", "{5}}"]);
    (nasty_text(), suffix).prop_map(|(text, suffix)| format!("{text}{suffix}"))
}

/// Independently of the encoder: whether `line` ends the way RFC 7888 announces a literal,
/// `{digits}` with an optional `+` or `-` before the brace.
fn announces_literal(line: &[u8]) -> bool {
    let text = String::from_utf8_lossy(line);
    let Some(open) = text.rfind('{') else { return false };
    let inside = &text[open + 1..];
    let Some(inside) = inside.strip_suffix('}') else { return false };
    let digits = inside.trim_end_matches(['+', '-']);
    inside.len() - digits.len() <= 1 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn login_astring_and_secret(user in nasty_bytes(), password in nasty_bytes(), options in options()) {
        let mut capture = Capture::default();
        let result = capture.login(&user, &password);
        if user.contains(&0) || password.contains(&0) {
            prop_assert!(matches!(result, Err(Error::Arg(_))), "NUL must be refused before sending");
            prop_assert!(capture.0.is_none());
            return Ok(());
        }
        match parse_one(&wire(&capture, options)) {
            CommandBody::Login { username, password: secret } => {
                prop_assert_eq!(username.as_ref(), &user[..]);
                prop_assert_eq!(secret.declassify().as_ref(), &password[..]);
            }
            other => prop_assert!(false, "parsed as {other:?}"),
        }
    }

    #[test]
    fn select_mailbox(name in nasty_text(), options in options()) {
        let mut capture = Capture::default();
        let result = capture.select(name.as_str(), None);
        if name.contains('\0') {
            prop_assert!(matches!(result, Err(Error::Arg(_))));
            return Ok(());
        }
        match parse_one(&wire(&capture, options)) {
            CommandBody::Select { mailbox: Mailbox::Inbox, .. } => prop_assert!(name.eq_ignore_ascii_case("INBOX")),
            CommandBody::Select { mailbox: Mailbox::Other(other), .. } => {
                let bytes = other.as_ref().to_vec();
                prop_assert_eq!(imapkit::types::decode_modified_utf7(std::str::from_utf8(&bytes).unwrap()), Some(name));
            }
            other => prop_assert!(false, "parsed as {other:?}"),
        }
    }

    #[test]
    fn list_pattern(pattern in nasty_text(), options in options()) {
        let mut capture = Capture::default();
        if capture.list(None, "", pattern.as_str(), None).is_err() && capture.0.is_none() {
            prop_assert!(pattern.contains('\0'));
            return Ok(());
        }
        match parse_one(&wire(&capture, options)) {
            CommandBody::List { mailbox_wildcard, .. } => {
                let bytes = match &mailbox_wildcard {
                    ListMailbox::Token(token) => token.as_ref().to_vec(),
                    ListMailbox::String(string) => string.as_ref().to_vec(),
                };
                let decoded = imapkit::types::decode_modified_utf7(std::str::from_utf8(&bytes).unwrap());
                let expected = if pattern.eq_ignore_ascii_case("INBOX") { "INBOX".to_owned() } else { pattern };
                prop_assert_eq!(decoded, Some(expected));
            }
            other => prop_assert!(false, "parsed as {other:?}"),
        }
    }

    #[test]
    fn search_strings(subject in nasty_text(), options in options()) {
        let mut capture = Capture::default();
        if capture.search(SearchKey::Subject(subject.clone())).is_err() && capture.0.is_none() {
            prop_assert!(subject.contains('\0'));
            return Ok(());
        }
        match parse_one(&wire(&capture, options)) {
            CommandBody::Search { criteria, .. } => {
                let keys: Vec<_> = criteria.into_iter().collect();
                prop_assert_eq!(keys.len(), 1);
                match &keys[0] {
                    CodecKey::Subject(value) => prop_assert_eq!(value.as_ref(), subject.as_bytes()),
                    other => prop_assert!(false, "key parsed as {other:?}"),
                }
            }
            other => prop_assert!(false, "parsed as {other:?}"),
        }
    }

    #[test]
    fn id_strings(name in nasty_text(), value in nasty_text(), options in options()) {
        let mut capture = Capture::default();
        if capture.id(&[(name.as_str(), value.as_str())]).is_err() && capture.0.is_none() {
            prop_assert!(name.contains('\0') || value.contains('\0'));
            return Ok(());
        }
        match parse_one(&wire(&capture, options)) {
            CommandBody::Id { parameters: Some(parameters) } => {
                prop_assert_eq!(parameters.len(), 1);
                prop_assert_eq!(parameters[0].0.as_ref(), name.as_bytes());
                let got = parameters[0].1.0.as_ref().map(|v| v.as_ref().to_vec());
                prop_assert_eq!(got, Some(value.into_bytes()));
            }
            other => prop_assert!(false, "parsed as {other:?}"),
        }
    }

    #[test]
    fn append_literal(message in nasty_bytes(), options in options()) {
        let mut capture = Capture::default();
        if capture.append("INBOX", [AppendMessage::new(message.clone())]).is_err() && capture.0.is_none() {
            prop_assert!(message.contains(&0));
            return Ok(());
        }
        match parse_one(&wire(&capture, options)) {
            CommandBody::Append { message: LiteralOrLiteral8::Literal(literal), .. } => {
                prop_assert_eq!(literal.data(), &message[..]);
            }
            other => prop_assert!(false, "parsed as {other:?}"),
        }
    }

    /// The raw kind is verbatim for experts, so it is not parsed back; but it can never end
    /// the command line early, never leave the line ending in a literal announcement (the
    /// server would wait for data, or with LITERAL+ take the next command as it) and never
    /// carry 8-bit bytes outside a literal: such values are refused, nothing written.
    #[test]
    fn raw_cannot_end_the_line(raw in raw_text()) {
        let mut capture = Capture::default();
        let result = capture.search(raw.as_str());
        let acceptable = !raw.is_empty() && !raw.contains(['\r', '\n', '\0']) && raw.is_ascii()
            && !announces_literal(raw.as_bytes());
        if !acceptable {
            prop_assert!(matches!(result, Err(Error::Arg(_))), "{raw:?}: {result:?}");
            prop_assert!(capture.0.is_none());
        } else {
            let wire = wire(&capture, WireOptions::default());
            prop_assert_eq!(wire.windows(2).filter(|w| w == b"\r\n").count(), 1);
            let line = wire.strip_suffix(b"\r\n").expect("ends with CRLF");
            prop_assert!(!announces_literal(line), "the line ends in a literal announcement: {:?}", line);
            prop_assert!(line.is_ascii());
        }
    }

    /// An atom argument is either refused or sent as one atom.
    #[test]
    fn atoms(mechanism in nasty_text()) {
        let mut capture = Capture::default();
        let result = capture.authenticate(mechanism.as_str(), None, &mut Never);
        let atom_ok = !mechanism.is_empty() && mechanism.bytes().all(imapkit::encode::rules::is_atom_char);
        if !atom_ok {
            prop_assert!(matches!(result, Err(Error::Arg(_))));
            prop_assert!(capture.0.is_none());
        } else {
            let wire = wire(&capture, WireOptions::default());
            prop_assert_eq!(wire, format!("A1 AUTHENTICATE {}\r\n", mechanism.to_ascii_uppercase()).into_bytes());
        }
    }
}

struct Never;

impl ExchangeHandler for Never {
    fn continuation(&mut self, _: &imapkit::types::Continuation) -> Result<imapkit::ExchangeReply, Error> {
        unreachable!("nothing is sent")
    }
}
