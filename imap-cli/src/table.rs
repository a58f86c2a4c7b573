//! The commands the program knows: the library's compiled table plus a user's site table,
//! read at run time into the same `CommandDef` descriptors (owned instead of `static`).

use std::borrow::Cow;

use imapkit::command::CommandDef;

/// A command the program can run, with the subcommand name it is called by.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The subcommand: the wire name in lower case, words joined by `-` (`uid-fetch`).
    pub subcommand: String,
    /// The descriptor: a generated static, or a site line read at run time.
    pub def: Cow<'static, CommandDef>,
    /// Whether it came from a `--table` file.
    pub site: bool,
}

/// The subcommand name of a wire name: `UID FETCH` -> `uid-fetch`, `XSITE_PURGE` -> `xsite-purge`.
pub fn subcommand_name(wire: &str) -> String {
    wire.to_ascii_lowercase().replace([' ', '_'], "-")
}

/// Every built-in command, from `imapkit::commands::COMMANDS_TABLE`.
pub fn builtin() -> Vec<Entry> {
    imapkit::commands::COMMANDS_TABLE
        .iter()
        .map(|def| Entry { subcommand: subcommand_name(&def.name), def: Cow::Borrowed(*def), site: false })
        .collect()
}

/// Reads a site table: its entries, or the located errors (all of them) as one message.
/// A line that would shadow a built-in command (or another site line) by name is an error.
pub fn load_site(file: &str, text: &str, known: &[Entry]) -> Result<Vec<Entry>, String> {
    let (table, errors) = imapkit_table::load(text);
    let mut messages: Vec<String> = errors.iter().map(|e| format!("error: {}", e.located(file, text))).collect();
    let mut entries: Vec<Entry> = Vec::new();
    for command in table.commands {
        let name = subcommand_name(&command.name);
        if name == "help" || known.iter().chain(&entries).any(|e| e.subcommand == name) {
            let at = locate_key(text, &command.name);
            messages.push(format!(
                "error: {file}:{at}: command `{}` is already defined: its subcommand `{name}` would be ambiguous",
                command.name
            ));
            continue;
        }
        entries.push(Entry { subcommand: name, def: Cow::Owned(command), site: true });
    }
    if messages.is_empty() {
        Ok(entries)
    } else {
        Err(messages.join("\n"))
    }
}

/// `line` of the first line starting with the command's key (quoted or bare), for messages.
fn locate_key(text: &str, wire: &str) -> String {
    let quoted = format!("\"{wire}\"");
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            line.starts_with(&quoted) || line.split(['=', ' ']).next() == Some(wire)
        })
        .map_or_else(|| "?".to_owned(), |i| (i + 1).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use imapkit::command::{Cardinality, Claim, State};

    #[test]
    fn site_lines_become_defs() {
        let text = "[commands]\nXPURGE = { states = \"S\", args = [\"days:number\", \"folder:mailbox?\"], untagged = [\"XPURGED\"], doc = \"Purges.\" }\n";
        let entries = load_site("site.toml", text, &builtin()).unwrap();
        let def = &entries[0].def;
        assert_eq!(entries[0].subcommand, "xpurge");
        assert_eq!(def.name, "XPURGE");
        assert_eq!(def.args[1].cardinality, Cardinality::Optional);
        assert!(matches!(&def.untagged[..], [Claim::Site { name, field }] if name == "XPURGED" && field == "xpurged"));
        assert_eq!(def.states[..], [State::Selected]);
    }

    #[test]
    fn a_clash_with_a_builtin_is_an_error() {
        let text = "[commands]\nNOOP = { states = \"A\", doc = \"Again.\" }\n";
        let error = load_site("site.toml", text, &builtin()).unwrap_err();
        assert!(error.contains("site.toml:2: command `NOOP` is already defined"), "{error}");
    }

    #[test]
    fn names() {
        assert_eq!(subcommand_name("UID FETCH"), "uid-fetch");
        assert_eq!(subcommand_name("X_A-B"), "x-a-b");
    }
}
