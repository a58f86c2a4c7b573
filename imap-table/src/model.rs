//! Stage 2: the validated, typed model of a table. Every problem found is reported with the
//! byte span of the offending value, and all of them are reported at once.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use std::borrow::Cow;

use crate::descriptor::{is_atom_char, Protocol};
pub use crate::descriptor::{ArgDef, ArgKind, Cardinality, Claim, CommandDef, Exchange, State, UntaggedKind};
use crate::raw::{RawCommand, RawTable};

/// A problem in the table, located by byte span.
#[derive(Debug, Clone)]
pub struct TableError {
    /// Where in the table file.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// For duplicates: where the first definition is.
    pub first: Option<Range<usize>>,
}

/// A validated table.
#[derive(Debug, Clone)]
pub struct Table {
    /// Commands in file order, as owned descriptors.
    pub commands: Vec<CommandDef>,
}

/// Parses and validates a table's text: the valid lines, and every error found in the others.
/// Emitting the valid lines even when some are bad keeps one bad line from causing an error at
/// every call of every other command.
pub fn load(text: &str) -> (Table, Vec<TableError>) {
    let raw: RawTable = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let error =
                TableError { span: e.span().unwrap_or(0..0), message: e.message().trim().to_owned(), first: None };
            return (Table { commands: Vec::new() }, vec![error]);
        }
    };
    let mut errors = Vec::new();
    let mut commands = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for (name, line) in raw.commands.into_inner().0 {
        if let Some(command) = validate_command(&name, line.get_ref(), &mut errors) {
            // Two lines clash when any name generated from them does: the method, the result
            // struct (`XPURGE2` and `XPURGE_2` both make `Xpurge2Response`) or the descriptor.
            let generated = [
                format!("the method `{}`", command.method),
                format!("the result struct `{}`", command.response_struct()),
                format!("the descriptor `{}`", command.descriptor_static()),
            ];
            match generated.iter().find_map(|g| seen.get(g).map(|first| (g, first))) {
                Some((clash, first)) => errors.push(TableError {
                    span: name.span(),
                    message: format!("duplicate command `{}`: it generates {clash} again", name.get_ref()),
                    first: Some(first.clone()),
                }),
                None => {
                    for g in generated {
                        seen.insert(g, name.span());
                    }
                    commands.push(command);
                }
            }
        }
    }
    (Table { commands }, errors)
}

fn err(errors: &mut Vec<TableError>, span: Range<usize>, message: String) {
    errors.push(TableError { span, message, first: None });
}

fn is_command_word(word: &str) -> bool {
    !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && word.bytes().all(is_atom_char)
        && word.as_bytes()[0].is_ascii_uppercase()
}

fn validate_command(name: &Spanned<String>, raw: &RawCommand, errors: &mut Vec<TableError>) -> Option<CommandDef> {
    let before = errors.len();
    let wire = name.get_ref().clone();
    let words: Vec<&str> = wire.split(' ').collect();
    if words.len() > 2 || !words.iter().all(|w| is_command_word(w)) || (words.len() == 2 && words[0] != "UID") {
        err(
            errors,
            name.span(),
            format!(
                "invalid command name `{wire}`: expected an upper-case IMAP atom (letters, digits, `-`), or `UID` and such an atom"
            ),
        );
    }
    let mut method = wire.to_ascii_lowercase().replace([' ', '-'], "_");
    if RUST_KEYWORDS.contains(&method.as_str()) {
        // `MOVE` becomes `move_`: a raw identifier (`r#move`) would be worse to call.
        method.push('_');
    }

    let mut states = Vec::new();
    for letter in raw.states.get_ref().chars() {
        match State::from_letter(letter) {
            Some(State::Logout) | None => err(
                errors,
                raw.states.span(),
                format!(
                    "unknown state `{letter}` in `states`: use N (not authenticated), A (authenticated), S (selected)"
                ),
            ),
            Some(state) if states.contains(&state) => {
                err(errors, raw.states.span(), format!("state `{letter}` listed twice"))
            }
            Some(state) => states.push(state),
        }
    }
    if raw.states.get_ref().is_empty() {
        err(errors, raw.states.span(), "`states` is empty: a command must be allowed in at least one state".into());
    }

    let args = validate_args(&raw.args, errors);
    let untagged = validate_untagged(&raw.untagged, errors);
    let state_of = |field: &Option<Spanned<String>>, errors: &mut Vec<TableError>| {
        let value = field.as_ref()?;
        let mut chars = value.get_ref().chars();
        match (chars.next().and_then(State::from_letter), chars.next()) {
            (Some(state), None) => Some(state),
            _ => {
                err(errors, value.span(), format!("unknown state `{}`: use one of N, A, S, L", value.get_ref()));
                None
            }
        }
    };
    let then = state_of(&raw.then, errors);
    let fail = state_of(&raw.fail, errors);
    let capability = |field: &Option<Spanned<String>>, column: &str, errors: &mut Vec<TableError>| {
        field.as_ref().map(|spanned| {
            let value = spanned.get_ref();
            if value.is_empty() || !value.bytes().all(is_atom_char) {
                err(errors, spanned.span(), format!("invalid capability `{value}` in `{column}`: expected an atom"));
            }
            value.to_ascii_uppercase()
        })
    };
    let needs = capability(&raw.needs, "needs", errors);
    let several_need = capability(&raw.several_need, "several_need", errors);
    if let Some(spanned) = &raw.several_need {
        let repeated =
            args.iter().filter(|a| matches!(a.cardinality, Cardinality::ZeroOrMore | Cardinality::OneOrMore));
        if repeated.count() != 1 {
            err(
                errors,
                spanned.span(),
                "`several_need` applies to the line's repeated argument: give exactly one argument `*` or `+`".into(),
            );
        }
    }
    let forbidden_by = capability(&raw.forbidden_by, "forbidden_by", errors);
    let forbidden_when_enabled = capability(&raw.forbidden_when_enabled, "forbidden_when_enabled", errors);
    let removed_in = raw.removed_in.as_ref().and_then(|spanned| {
        let found = Protocol::from_name(spanned.get_ref()).filter(|p| *p != Protocol::Imap4rev1);
        if found.is_none() {
            let other = spanned.get_ref();
            err(errors, spanned.span(), format!("unknown `removed_in` revision `{other}`: the only one is IMAP4rev2"));
        }
        found
    });
    const EXCHANGES: [Exchange; 4] = [Exchange::Sasl, Exchange::StartTls, Exchange::Idle, Exchange::Compress];
    let exchange = raw.exchange.as_ref().and_then(|exchange| {
        let found = EXCHANGES.into_iter().find(|e| e.table_name() == exchange.get_ref().as_str());
        if found.is_none() {
            let other = exchange.get_ref();
            err(errors, exchange.span(), format!("unknown exchange `{other}`: use sasl, starttls, idle or compress"));
        }
        found
    });
    let doc = raw.doc.get_ref().trim().to_owned();
    if doc.is_empty() {
        err(errors, raw.doc.span(), "`doc` is empty: say what the command does and cite its RFC section".into());
    }
    let example = raw.example.as_ref().and_then(|example| {
        let text = example.get_ref().trim();
        let call = format!("client.{method}(");
        if !text.contains(&call) {
            err(errors, example.span(), format!("`example` must call the method it documents: `{call}...)`"));
            return None;
        }
        Some(text.to_owned())
    });
    if errors.len() > before {
        return None;
    }
    Some(CommandDef {
        name: Cow::Owned(wire),
        method: Cow::Owned(method),
        states: Cow::Owned(states),
        args: Cow::Owned(args),
        untagged: Cow::Owned(untagged),
        then,
        fail,
        needs: needs.map(Cow::Owned),
        several_need: several_need.map(Cow::Owned),
        forbidden_by: forbidden_by.map(Cow::Owned),
        removed_in,
        forbidden_when_enabled: forbidden_when_enabled.map(Cow::Owned),
        exchange,
        doc: Cow::Owned(doc),
        example: example.map(Cow::Owned),
    })
}

const RUST_KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in",
    "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
    "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do",
    "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

fn is_snake_ident(name: &str) -> bool {
    let mut bytes = name.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z'))
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !RUST_KEYWORDS.contains(&name)
        && name != "handler"
        && !name.starts_with("__")
}

fn validate_args(raw: &[Spanned<String>], errors: &mut Vec<TableError>) -> Vec<ArgDef> {
    let mut args: Vec<ArgDef> = Vec::new();
    for spec in raw {
        let span = spec.span();
        let text = spec.get_ref().as_str();
        let (keyword, rest) = match text.split_once(' ') {
            Some((keyword, rest)) => (Some(keyword), rest),
            None => (None, text),
        };
        if let Some(keyword) = keyword {
            if !is_command_word(keyword) {
                err(
                    errors,
                    span.clone(),
                    format!("invalid keyword `{keyword}` in argument `{text}`: expected an upper-case atom"),
                );
                continue;
            }
        }
        let Some((name, kind_text)) = rest.split_once(':') else {
            err(
                errors,
                span,
                format!("argument `{text}` is not of the form `name:kind` (optionally `KEYWORD name:kind`)"),
            );
            continue;
        };
        let (kind_name, cardinality) = match kind_text.as_bytes().last() {
            Some(b'?') => (&kind_text[..kind_text.len() - 1], Cardinality::Optional),
            Some(b'*') => (&kind_text[..kind_text.len() - 1], Cardinality::ZeroOrMore),
            Some(b'+') => (&kind_text[..kind_text.len() - 1], Cardinality::OneOrMore),
            _ => (kind_text, Cardinality::One),
        };
        if !is_snake_ident(name) {
            err(
                errors,
                span.clone(),
                format!("invalid argument name `{name}`: expected a snake_case identifier that is not a Rust keyword"),
            );
        } else if args.iter().any(|a| a.name == name) {
            err(errors, span.clone(), format!("argument name `{name}` used twice"));
        }
        let Some(kind) = ArgKind::from_name(kind_name) else {
            let known: Vec<&str> = ArgKind::ALL.iter().map(|k| k.name()).collect();
            err(errors, span, format!("unknown argument kind `{kind_name}`; known kinds: {}", known.join(", ")));
            continue;
        };
        // An optional argument may stand before required ones (LIST's selection options come
        // before the reference, RFC 5258): the method takes an `Option` in its place and the
        // `imap` program gives it as `--name`, so nothing positional is ambiguous.
        args.push(ArgDef {
            keyword: keyword.map(|k| Cow::Owned(k.to_owned())),
            name: Cow::Owned(name.to_owned()),
            kind,
            cardinality,
        });
    }
    args
}

fn validate_untagged(raw: &[Spanned<String>], errors: &mut Vec<TableError>) -> Vec<Claim> {
    let mut fields: Vec<Claim> = Vec::new();
    for spec in raw {
        let name = spec.get_ref();
        // Table names are exact (`EXISTS`); responses match case-insensitively.
        let field = if let Some(kind) = UntaggedKind::ALL.iter().copied().find(|k| k.name() == name) {
            Claim::Known(kind)
        } else if name.starts_with('X') && name.len() > 1 && is_command_word(name) {
            Claim::Site {
                name: Cow::Owned(name.clone()),
                field: Cow::Owned(name.to_ascii_lowercase().replace('-', "_")),
            }
        } else {
            let known: Vec<&str> = UntaggedKind::ALL.iter().map(|k| k.name()).collect();
            err(
                errors,
                spec.span(),
                format!(
                    "unknown untagged kind `{name}`; known kinds: {}; a site-specific kind must start with X",
                    known.join(", ")
                ),
            );
            continue;
        };
        if fields.iter().any(|f| f.name() == field.name()) {
            err(errors, spec.span(), format!("untagged kind `{name}` listed twice"));
            continue;
        }
        fields.push(field);
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(text: &str) -> Vec<String> {
        load(text).1.into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn a_good_line_loads() {
        let (table, errors) = load(
            r#"[commands]
"UID FETCH" = { states = "S", args = ["set:sequence-set", "items:fetch-items", "CHANGEDSINCE since:number64?"], untagged = ["FETCH", "XFOO"], doc = "x" }
"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let command = &table.commands[0];
        assert_eq!(command.method, "uid_fetch");
        assert_eq!(command.args[2].keyword.as_deref(), Some("CHANGEDSINCE"));
        assert_eq!(command.args[2].cardinality, Cardinality::Optional);
        assert!(matches!(&command.untagged[1], Claim::Site { field, .. } if field == "xfoo"));
    }

    #[test]
    fn every_error_is_reported() {
        let errors = errors_of(
            r#"[commands]
"bad name" = { states = "QA", args = ["a:atom?", "b:nope", "c:astring"], untagged = ["WHAT"], doc = "" }
"#,
        );
        let all = errors.join("\n");
        for needle in [
            "invalid command name",
            "unknown state `Q`",
            "unknown argument kind `nope`",
            "unknown untagged kind `WHAT`",
            "`doc` is empty",
        ] {
            assert!(all.contains(needle), "missing {needle:?} in {all}");
        }
        // An optional argument before a required one is fine (LIST's selection options).
        assert!(errors_of(
            r#"[commands]
X = { states = "A", args = ["a:atom?", "c:astring"], doc = "d" }
"#
        )
        .is_empty());
    }

    #[test]
    fn an_example_must_call_its_own_method() {
        let errors = errors_of(
            r#"[commands]
XSITE = { states = "A", doc = "d", example = 'client.noop()?;' }
"#,
        );
        assert!(errors[0].contains("`example` must call the method it documents: `client.xsite(...)`"), "{errors:?}");
        let (table, errors) = load(
            r#"[commands]
XSITE = { states = "A", doc = "d", example = '  client.xsite()?;  ' }
"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(table.commands[0].example.as_deref(), Some("client.xsite()?;"));
    }

    #[test]
    fn duplicates_by_method_name() {
        let errors = errors_of(
            r#"[commands]
XA-B = { states = "A", doc = "d" }
XA_B = { states = "A", doc = "d" }
"#,
        );
        assert!(errors[0].contains("duplicate command"), "{errors:?}");
    }
}
