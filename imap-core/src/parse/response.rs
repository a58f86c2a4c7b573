//! `response`, `continue-req`, `response-tagged`, `resp-text` and `resp-text-code`, and the
//! dispatch of `response-data` (RFC 3501 section 9).

use crate::parse::core::list_items;
use winnow::combinator::delimited;
use winnow::stream::Stream;
use winnow::token::{take_till, take_while};
use winnow::Parser;

use super::core::{
    astring_in_code, charge, flag_list, keyword, keyword_in, lossy, number32, number64, osp, peek, rest_values,
    sequence_set, sp, value, In, PErr, PResult, KEYWORD_BUF,
};
use super::fetch::{msg_att, Streamed};
use super::mailbox::mailbox_data;
use crate::types::response::SIMPLE_CODES;
use crate::types::{Code, Continuation, Fetch, Response, Status, StatusKind, Untagged, Value};

/// `response = continue-req / response-data / response-tagged` (one of them, with its line
/// end): the frame must hold exactly one response.
pub(crate) fn response(input: &mut In<'_>, depth: usize, streamed: &Streamed<'_>) -> PResult<Response> {
    match peek(input) {
        Some(b'+') => continue_req(input, depth).map(Response::Continuation),
        Some(b'*') => response_data(input, depth, streamed).map(Response::Untagged),
        _ => response_tagged(input, depth),
    }
}

/// `continue-req = "+" SP (resp-text / base64) CRLF`.
///
/// Quirk (Q-TEXT): a bare `+` with or without the space is accepted.
fn continue_req(input: &mut In<'_>, depth: usize) -> PResult<Continuation> {
    b'+'.parse_next(input)?;
    let _ = winnow::combinator::opt(b' ').parse_next(input)?;
    let raw = strip_line_end(input).to_vec();
    *input = &[];
    let mut rest = raw.as_slice();
    let (code, text) = resp_text(&mut rest, depth);
    Ok(Continuation { code, text, raw })
}

/// The bytes of `input` without its final CRLF or LF.
fn strip_line_end<'a>(input: &In<'a>) -> &'a [u8] {
    let bytes = *input;
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

/// `response-tagged = tag SP resp-cond-state CRLF`;
/// `tag = 1*<any ASTRING-CHAR except "+">`.
fn response_tagged(input: &mut In<'_>, depth: usize) -> PResult<Response> {
    let tag: &[u8] = take_while(1.., |b: u8| b > b' ' && b != 0x7f && !matches!(b, b'(' | b')' | b'{' | b'"' | b'+'))
        .context("tag, \"*\" or \"+\"")
        .parse_next(input)?;
    sp(input)?;
    let start = *input;
    let name = keyword(input)?;
    let kind = status_kind(&name).ok_or_else(|| PErr::at(&start, "OK, NO or BAD"))?;
    Ok(Response::Tagged { tag: lossy(tag), status: status_rest(input, kind, depth) })
}

/// The status keyword of `resp-cond-state`, `resp-cond-auth` and `resp-cond-bye`.
fn status_kind(name: &str) -> Option<StatusKind> {
    status_kind_bytes(name.as_bytes())
}

/// [`status_kind`] of an upper-cased keyword as bytes.
fn status_kind_bytes(name: &[u8]) -> Option<StatusKind> {
    Some(match name {
        b"OK" => StatusKind::Ok,
        b"NO" => StatusKind::No,
        b"BAD" => StatusKind::Bad,
        b"PREAUTH" => StatusKind::PreAuth,
        b"BYE" => StatusKind::Bye,
        _ => return None,
    })
}

/// The `resp-text` after a status keyword, to the end of the frame.
fn status_rest(input: &mut In<'_>, kind: StatusKind, depth: usize) -> Status {
    let mut rest = strip_line_end(input);
    *input = &[];
    let (code, text) = resp_text(&mut rest, depth);
    Status { kind, code, text }
}

/// `resp-text = ["[" resp-text-code "]" SP] text`; never fails, it takes everything left.
///
/// Quirks (Q-TEXT): the text may be missing (`* OK [UIDNEXT 5]`) or start with extra spaces;
/// a `[` that does not open a well-formed code is text, and `[` / `]` may appear anywhere
/// in the text; literal-looking `{n}` in text is kept as text (the text runs to the end of
/// the frame).
fn resp_text(input: &mut In<'_>, depth: usize) -> (Option<Code>, String) {
    let _ = osp(input);
    let mut code = None;
    if peek(input) == Some(b'[') {
        let start = *input;
        match (b'[', |i: &mut In<'_>| resp_text_code(i, depth), b']').parse_next(input) {
            Ok((_, parsed, _)) => code = Some(parsed),
            Err(_) => *input = start,
        }
    }
    let text = lossy(input.trim_ascii());
    *input = &[];
    (code, text)
}

/// `resp-text-code`: the RFC 3501 codes, UIDPLUS (RFC 4315), CONDSTORE/QRESYNC (RFC 7162),
/// the RFC 5530 codes and `atom [SP 1*<any TEXT-CHAR except "]">]` for the rest.
/// Stops before the closing `]`.
fn resp_text_code(input: &mut In<'_>, depth: usize) -> PResult<Code> {
    let name: &[u8] =
        take_while(1.., |b: u8| super::core::is_name_char(b)).context("response code").parse_next(input)?;
    let name = lossy(name).to_ascii_uppercase();
    let args = *input;
    if let Ok(code) = known_code(&name, input) {
        osp(input)?;
        if peek(input) == Some(b']') {
            return Ok(code);
        }
    }
    // Unknown code, or a known one with odd arguments: keep it generic.
    *input = args;
    let value = other_code_value(input, depth)?;
    Ok(Code::Other { name, value })
}

/// A number, or NIL for none.
fn number_or_nil(input: &mut In<'_>) -> PResult<Option<u64>> {
    if peek(input).is_some_and(|b| b.is_ascii_digit()) {
        number64(input).map(Some)
    } else {
        super::core::nil.context("number or NIL").parse_next(input).map(|()| None)
    }
}

/// The arguments of the codes we know.
fn known_code(name: &str, input: &mut In<'_>) -> PResult<Code> {
    Ok(match name {
        "BADCHARSET" => {
            let mut charsets = Vec::new();
            osp(input)?;
            if peek(input) == Some(b'(') {
                input.next_token();
                charsets = list_items(input, |input| Ok(lossy(&astring_in_code(input)?)))?;
            }
            Code::BadCharset(charsets)
        }
        "BADEVENT" => {
            // RFC 5465 8: `"BADEVENT" SP "(" event *(SP event) ")"`.
            osp(input)?;
            b'('.parse_next(input)?;
            Code::BadEvent(list_items(input, |input| Ok(lossy(&astring_in_code(input)?)))?)
        }
        "CAPABILITY" => {
            let mut caps = Vec::new();
            loop {
                osp(input)?;
                if matches!(peek(input), None | Some(b']')) {
                    break;
                }
                charge(input)?;
                caps.push(lossy(&astring_in_code(input)?));
            }
            Code::Capability(caps)
        }
        "PERMANENTFLAGS" => {
            osp(input)?;
            Code::PermanentFlags(flag_list(input)?)
        }
        "UIDNEXT" => Code::UidNext((sp, number32).map(|(_, n)| n).parse_next(input)?),
        "UIDVALIDITY" => Code::UidValidity((sp, number32).map(|(_, n)| n).parse_next(input)?),
        "UNSEEN" => Code::Unseen((sp, number32).map(|(_, n)| n).parse_next(input)?),
        "HIGHESTMODSEQ" => Code::HighestModSeq((sp, number64).map(|(_, n)| n).parse_next(input)?),
        "MODIFIED" => Code::Modified((sp, sequence_set).map(|(_, s)| s).parse_next(input)?),
        "MAILBOXID" => {
            // RFC 8474 4.1: `"MAILBOXID" SP "(" objectid ")"`.
            let id = delimited(
                (sp, b'(', osp),
                take_while(1.., |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'),
                (osp, b')'),
            )
            .parse_next(input)?;
            Code::MailboxId(lossy(id))
        }
        "INPROGRESS" => {
            // RFC 9585: `"INPROGRESS" [SP "(" tag SP (number / nil) SP (number / nil) ")"]`.
            osp(input)?;
            if peek(input) == Some(b'(') {
                input.next_token();
                osp(input)?;
                let tag = lossy(&astring_in_code(input)?);
                let count = (sp, number_or_nil).map(|(_, n)| n).parse_next(input)?;
                let total = (sp, number_or_nil).map(|(_, n)| n).parse_next(input)?;
                (osp, b')').parse_next(input)?;
                Code::InProgress { tag: Some(tag), count, total }
            } else {
                Code::InProgress { tag: None, count: None, total: None }
            }
        }
        "APPENDUID" => {
            let (_, uid_validity, _, uids) = (sp, number32, sp, sequence_set).parse_next(input)?;
            Code::AppendUid { uid_validity, uids }
        }
        "COPYUID" => {
            let (_, uid_validity, _, source, _, destination) =
                (sp, number32, sp, sequence_set, sp, sequence_set).parse_next(input)?;
            Code::CopyUid { uid_validity, source, destination }
        }
        simple => SIMPLE_CODES
            .iter()
            .find(|(n, _)| *n == simple)
            .map(|(_, code)| code.clone())
            .ok_or_else(|| PErr::at(input, "known response code"))?,
    })
}

/// What follows an unknown code's name up to `]`: tokenised if possible, else raw text.
fn other_code_value(input: &mut In<'_>, depth: usize) -> PResult<Option<Value>> {
    osp(input)?;
    if peek(input) == Some(b']') {
        return Ok(None);
    }
    let start = *input;
    let mut values = Vec::new();
    let tokenised = loop {
        match value(input, depth, true) {
            Ok(v) => values.push(v),
            Err(e) if e.is_limit() => return Err(e),
            Err(_) => break false,
        }
        osp(input)?;
        if peek(input) == Some(b']') {
            break true;
        }
    };
    if tokenised {
        return Ok(Some(if values.len() == 1 { values.remove(0) } else { Value::List(values) }));
    }
    *input = start;
    let raw: &[u8] = take_till(1.., |b: u8| matches!(b, b']' | b'\r' | b'\n')).parse_next(input)?;
    Ok(Some(Value::Atom(lossy(raw.trim_ascii()))))
}

/// `response-data = "*" SP (resp-cond-state / resp-cond-bye / mailbox-data / message-data /
/// capability-data / enable-data / ...) CRLF`.
///
/// Unknown names become [`Untagged::Other`], tokenised, never an error.
fn response_data(input: &mut In<'_>, depth: usize, streamed: &Streamed<'_>) -> PResult<Untagged> {
    b'*'.parse_next(input)?;
    osp(input)?;
    if peek(input).is_some_and(|b| b.is_ascii_digit()) {
        return message_data(input, depth, streamed);
    }
    let start = *input;
    let mut buf = [0u8; KEYWORD_BUF];
    // Matched as bytes: a UTF-8 check of the name costs more than the match.
    let name: &[u8] = if peek(input).is_some_and(super::core::is_name_char) {
        super::core::keyword_bytes_in(input, &mut buf)?.unwrap_or_default()
    } else {
        b""
    };
    if let Some(kind) = status_kind_bytes(name) {
        return Ok(Untagged::Status(status_rest(input, kind, depth)));
    }
    if let Some(data) = mailbox_data(name, input, depth)? {
        super::core::line_end(input)?;
        return Ok(data);
    }
    *input = start;
    let name = lossy(take_while(0.., |b: u8| super::core::is_name_char(b)).parse_next(input)?);
    let values = rest_values(input, depth)?;
    super::core::line_end(input)?;
    Ok(Untagged::Other { number: None, name, values })
}

/// `message-data = nz-number SP ("EXPUNGE" / ("FETCH" SP msg-att))`, with
/// `mailbox-data =/ number SP "EXISTS" / number SP "RECENT"`.
fn message_data(input: &mut In<'_>, depth: usize, streamed: &Streamed<'_>) -> PResult<Untagged> {
    let number = number32(input)?;
    osp(input)?;
    let start = *input;
    let mut buf = [0u8; KEYWORD_BUF];
    let name = keyword_in(input, &mut buf).ok().flatten().unwrap_or_default();
    let data = match name {
        "EXISTS" => Untagged::Exists(number),
        "RECENT" => Untagged::Recent(number),
        "EXPUNGE" => Untagged::Expunge(number),
        "FETCH" => {
            sp(input)?;
            Untagged::Fetch(Fetch { seq: number, attrs: msg_att(input, depth, streamed)? })
        }
        "UIDFETCH" => {
            // RFC 9586 3.3, after ENABLE UIDONLY: the number is the UID, and no sequence
            // number is told. Read as a FETCH with `seq` 0 whose UID item is that number.
            sp(input)?;
            let mut attrs = msg_att(input, depth, streamed)?;
            if !attrs.iter().any(|a| matches!(a, crate::types::FetchAttr::Uid(_))) {
                attrs.insert(0, crate::types::FetchAttr::Uid(number));
            }
            Untagged::Fetch(Fetch { seq: 0, attrs })
        }
        _ => {
            *input = start;
            let name = lossy(take_while(0.., |b: u8| super::core::is_name_char(b)).parse_next(input)?);
            Untagged::Other { number: Some(number), name, values: rest_values(input, depth)? }
        }
    };
    super::core::line_end(input)?;
    Ok(data)
}
