//! The command line, made from the command table at run time: one clap subcommand per table
//! line, its arguments from the line's `args`, its help from `doc`.
//!
//! ```text
//! imap [OPTIONS] [URL] COMMAND [ARGS...] [, COMMAND [ARGS...]]...
//! ```
//!
//! A lone `,` separates commands (a lone comma as a value is written `,,`).

use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command};
use imapkit::command::{ArgDef, ArgKind, Cardinality, Exchange, State};

use crate::encode::{self, AppendExtras, ArgValues};
use crate::table::Entry;

/// The separator between commands.
pub const SEPARATOR: &str = ",";

/// The options that come before the first command.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `imap://…` or `imaps://…`.
    pub url: Option<String>,
    /// `--starttls`.
    pub starttls: bool,
    /// `--ca FILE`.
    pub ca: Option<String>,
    /// `--stream COMMAND`.
    pub stream: Option<String>,
    /// `--password-env NAME`.
    pub password_env: String,
    /// `--auth MECH`.
    pub auth: Option<String>,
    /// `--trace`.
    pub trace: bool,
    /// `--json`.
    pub json: bool,
    /// `--dry-run`.
    pub dry_run: bool,
    /// `--show-secrets`.
    pub show_secrets: bool,
    /// `--no-progress`.
    pub no_progress: bool,
    /// `--connect-timeout SECONDS`.
    pub connect_timeout: Duration,
    /// `--read-timeout SECONDS` (`None` for 0).
    pub read_timeout: Option<Duration>,
    /// `--command-timeout SECONDS` (`None` for 0).
    pub command_timeout: Option<Duration>,
    /// `--socks5 [USER@]HOST:PORT`: connect through this SOCKS5 proxy.
    pub socks5: Option<String>,
}

/// One command to run, with its encoded-to-be values.
#[derive(Debug, Clone)]
pub struct Invocation {
    /// The table line.
    pub entry: Entry,
    /// Values per argument of `entry.def.args`, in order.
    pub values: Vec<ArgValues>,
    /// `--flags` / `--date` of commands with an `append-message` argument.
    pub append: AppendExtras,
    /// `--timeout` of IDLE-like commands.
    pub idle_timeout: Duration,
    /// `--once` of IDLE-like commands.
    pub idle_once: bool,
    /// `--output` of FETCH-like commands: where the message data goes.
    pub output: Option<std::path::PathBuf>,
}

/// How the command line gives one table argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One word, one value.
    Single,
    /// The last positional of a list kind: each word one item of the one value.
    Items,
    /// The last positional of a phrase kind: words joined by spaces into the one value.
    Joined,
    /// A repeated argument: each word one value.
    Repeated,
}

/// How each argument of a line appears on the command line.
fn shapes(args: &[ArgDef]) -> Vec<(Shape, bool)> {
    let last_positional = args.iter().rposition(|a| a.cardinality != Cardinality::Optional);
    args.iter()
        .enumerate()
        .map(|(i, arg)| {
            let last = Some(i) == last_positional;
            match arg.cardinality {
                Cardinality::Optional => (Shape::Single, false),
                Cardinality::ZeroOrMore | Cardinality::OneOrMore => (Shape::Repeated, last),
                Cardinality::One if last && encode::is_list_kind(arg.kind) => (Shape::Items, true),
                Cardinality::One if last && encode::is_phrase_kind(arg.kind) => (Shape::Joined, true),
                Cardinality::One => (Shape::Single, true),
            }
        })
        .collect()
}

fn kebab(name: &str) -> String {
    name.replace('_', "-")
}

fn kind_help(arg: &ArgDef) -> String {
    use ArgKind::*;
    let example = match arg.kind {
        SequenceSet => " (1:3,7 or 4:*)",
        Flags => " (\\Seen $Label)",
        DateTime => " (\"01-May-2024 12:00:00 +0200\", RFC 3339, or now)",
        Date => " (2024-05-01 or 1-May-2024)",
        StoreAction => " (+FLAGS.SILENT (\\Seen), optionally after (UNCHANGEDSINCE n))",
        QuotaLimits => " (STORAGE=512 MESSAGE=100)",
        IdParams => " (name=value ...; none sends NIL)",
        AStringList | StringList => " (one or more words)",
        Pairs | StringPairs => " (entry=value or entry=NIL ...)",
        AppendMessage => " (a file, or - for standard input)",
        NString => " (NIL for NIL)",
        FetchItems => " (FLAGS, \"(UID BODY.PEEK[HEADER])\", ...)",
        Search | SearchKeys => " (UNSEEN FROM alice ...)",
        StatusItems => " ((MESSAGES UNSEEN))",
        SortCriteria => " ((REVERSE DATE))",
        Atom | AString | Secret | Str | Literal | Mailbox | ListMailbox | Number | Number64 | AclRights | Raw
        | Charset | Mechanism => "",
        SaslResponse => " (base64, or = for an empty one)",
        SelectParams => " (CONDSTORE, or QRESYNC uidvalidity modseq [known-uids])",
        ListSelection => " (SUBSCRIBED REMOTE RECURSIVEMATCH SPECIAL-USE)",
        ListReturn => " (CHILDREN SUBSCRIBED SPECIAL-USE MYRIGHTS \"STATUS (MESSAGES UNSEEN)\")",
        SpecialUse => " (\\Drafts \\Sent ...)",
        SearchReturn => " (MIN MAX COUNT ALL SAVE, PARTIAL 1:100)",
        Notify => {
            " (NONE, or SET [STATUS] \"(selected (MessageNew MessageExpunge))\" \"(personal (MailboxName))\" ...)"
        }
    };
    let keyword = arg.keyword.as_ref().map(|k| format!(", sent after {k}")).unwrap_or_default();
    format!("{}{example}{keyword}", arg.kind.name())
}

fn state_letters(states: &[State]) -> String {
    let names: Vec<&str> = states
        .iter()
        .map(|s| match s {
            State::NotAuthenticated => "not authenticated",
            State::Authenticated => "authenticated",
            State::Selected => "selected",
            State::Logout => "logout",
        })
        .collect();
    names.join(", ")
}

/// The clap subcommand of one table line.
fn subcommand(entry: &Entry) -> Command {
    let def = &entry.def;
    let mut wire = def.name.to_string();
    for arg in def.args.iter() {
        let keyword = arg.keyword.as_ref().map(|k| format!("{k} ")).unwrap_or_default();
        let repeat = match arg.cardinality {
            Cardinality::ZeroOrMore => "*",
            Cardinality::OneOrMore => "+",
            _ => "",
        };
        let (open, close) = if arg.cardinality == Cardinality::Optional { ("[", "]") } else { ("", "") };
        wire.push_str(&format!(" {open}{keyword}<{}:{}>{repeat}{close}", arg.name, arg.kind.name()));
    }
    let mut long = format!("{}\n\nWire form: {wire}\nAllowed in: {}.", def.doc, state_letters(&def.states));
    if let Some(needs) = &def.needs {
        long.push_str(&format!(" Needs capability {needs}."));
    }
    if let Some(needs) = &def.several_need {
        long.push_str(&format!(" Several values need capability {needs}."));
    }
    if entry.site {
        long.push_str("\nFrom the site table (--table).");
    }
    match def.exchange {
        Some(Exchange::Sasl) => long.push_str(
            "\nRuns the built-in SASL mechanisms PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1, SCRAM-SHA-256, XOAUTH2 and \
             OAUTHBEARER with the URL's \
             user and the password (IMAP_PASSWORD, --password-env or a prompt; the token for the OAuth ones).",
        ),
        Some(Exchange::Idle) => {
            long.push_str("\nPrints what the server pushes until --timeout passes (or, with --once, the first update).")
        }
        Some(Exchange::StartTls) => long.push_str("\nUpgrades the connection to TLS (trusting --ca if given)."),
        Some(Exchange::Compress) => long.push_str("\nCompresses the rest of the connection with DEFLATE."),
        None => {}
    }
    let about = if entry.site { format!("{} [site]", def.doc) } else { def.doc.to_string() };
    let mut command = Command::new(entry.subcommand.clone()).about(about).long_about(long);
    for (arg, (shape, positional)) in def.args.iter().zip(shapes(&def.args)) {
        let mut clap_arg = Arg::new(arg.name.to_string())
            .value_name(arg.name.to_ascii_uppercase())
            .help(kind_help(arg))
            // Values may start with `-` (`-FLAGS`, `-1`), except FETCH items, which never do:
            // so `fetch 1:* BODY[] --output DIR` ends the items at the option.
            .allow_hyphen_values(arg.kind != ArgKind::FetchItems);
        if positional {
            clap_arg = match (shape, arg.cardinality) {
                (Shape::Items, _) => clap_arg
                    .num_args(if encode::list_may_be_empty(arg.kind) { 0.. } else { 1.. })
                    .action(ArgAction::Append),
                (Shape::Joined, _) => clap_arg.num_args(1..).required(true).action(ArgAction::Append),
                (_, Cardinality::ZeroOrMore) => clap_arg.num_args(0..).action(ArgAction::Append),
                (_, Cardinality::OneOrMore) => clap_arg.num_args(1..).required(true).action(ArgAction::Append),
                _ => clap_arg.required(true).action(ArgAction::Set),
            };
        } else {
            let long_name = kebab(&arg.name);
            clap_arg = clap_arg.long(long_name);
            clap_arg = match arg.cardinality {
                Cardinality::OneOrMore => clap_arg.required(true).action(ArgAction::Append),
                Cardinality::ZeroOrMore => clap_arg.action(ArgAction::Append),
                _ => clap_arg.action(ArgAction::Set),
            };
        }
        command = command.arg(clap_arg);
    }
    let taken = |name: &str| def.args.iter().any(|a| kebab(&a.name) == name);
    if def.args.iter().any(|a| a.kind == ArgKind::AppendMessage) {
        if !taken("flags") {
            command = command.arg(
                Arg::new("__flags")
                    .long("flags")
                    .value_name("FLAGS")
                    .allow_hyphen_values(true)
                    .help("Flags for each appended message (\\Seen $Label)"),
            );
        }
        if !taken("date") {
            command = command.arg(
                Arg::new("__date")
                    .long("date")
                    .value_name("DATE-TIME")
                    .help("Internal date of each appended message (\"01-May-2024 12:00:00 +0200\", RFC 3339, now)"),
            );
        }
    }
    if fetches_data(def) && !taken("output") {
        command = command.arg(
            Arg::new("__output")
                .long("output")
                .short('o')
                .value_name("FILE|DIR")
                .value_parser(clap::value_parser!(std::path::PathBuf))
                .help("Write the message data (BODY[...], BINARY[...], RFC822...) to FILE exactly as sent, back to back; to a DIR (existing, or ending in /) as one UID.eml file per message (FETCH: ask for UID too)"),
        );
    }
    if def.exchange == Some(Exchange::Idle) {
        if !taken("timeout") {
            command = command.arg(
                Arg::new("__timeout")
                    .long("timeout")
                    .value_name("SECONDS")
                    .value_parser(clap::value_parser!(u64))
                    .default_value("1740")
                    .help("DONE after this many seconds with no update, or at the first update after them (servers drop idle clients after 30 minutes)"),
            );
        }
        if !taken("once") {
            command =
                command.arg(Arg::new("__once").long("once").action(ArgAction::SetTrue).help("End at the first update"));
        }
    }
    command
}

/// The URL positional takes only URL-looking words, so that a mistyped command is reported
/// as one.
fn url_word(word: &str) -> Result<String, String> {
    // Anything with `:` or `@` is a URL attempt (no command has either): it goes to the URL
    // parser, whose errors never repeat the user part, instead of clap's, which would.
    if word.contains(':') || word.contains('@') {
        Ok(word.to_owned())
    } else {
        Err("neither a command nor an imap:// or imaps:// URL (see --help)".into())
    }
}

/// The program's own options (before the first command).
fn global_args(command: Command) -> Command {
    command
        .arg(Arg::new("url").value_name("URL").value_parser(url_word).help(
            "Server: imap://user@host:port (plain; ;STARTTLS or --starttls to upgrade), imaps://user@host:port \
             (implicit TLS, port 993 by default). With a user, logs in after connecting",
        ))
        .arg(
            Arg::new("table")
                .long("table")
                .value_name("FILE")
                .action(ArgAction::Append)
                .help("A site command table (TOML, the format of spec/commands.toml) whose lines become subcommands"),
        )
        .arg(
            Arg::new("starttls")
                .long("starttls")
                .action(ArgAction::SetTrue)
                .help("Upgrade an imap:// connection with STARTTLS"),
        )
        .arg(Arg::new("ca").long("ca").value_name("FILE").help("Trust only this CA certificate (PEM) for TLS"))
        .arg(
            Arg::new("stream")
                .long("stream")
                .value_name("COMMAND")
                .help("Talk IMAP to a child process's stdin/stdout (sh -c COMMAND), like imaplib's IMAP4_stream"),
        )
        .arg(
            Arg::new("password-env")
                .long("password-env")
                .value_name("NAME")
                .default_value("IMAP_PASSWORD")
                .help("Environment variable holding the password (else a prompt without echo)"),
        )
        .arg(Arg::new("auth").long("auth").value_name("MECH").help(
            "Log in with AUTHENTICATE MECH (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1, SCRAM-SHA-256, XOAUTH2, \
                     OAUTHBEARER) instead of LOGIN",
        ))
        .arg(
            Arg::new("trace")
                .long("trace")
                .action(ArgAction::SetTrue)
                .help("Show the wire dialogue on stderr (secrets as ***)"),
        )
        .arg(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help("Print each command's result as one line of JSON"),
        )
        .arg(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("Print the bytes each command would send, without connecting (no automatic login)"),
        )
        .arg(
            Arg::new("show-secrets")
                .long("show-secrets")
                .action(ArgAction::SetTrue)
                .help("With --dry-run: show passwords instead of ***"),
        )
        .arg(Arg::new("socks5").long("socks5").value_name("[USER@]HOST:PORT").help(
            "Connect through a SOCKS5 proxy (Tor: 127.0.0.1:9050), which resolves the server's name; \
             with USER@, the proxy password comes from $IMAP_SOCKS5_PASSWORD",
        ))
        .arg(
            Arg::new("completions")
                .long("completions")
                .value_name("SHELL")
                .value_parser(clap::value_parser!(clap_complete::Shell))
                .help("Print a completion script for SHELL (bash, zsh, fish, elvish, powershell) and exit"),
        )
        .arg(
            Arg::new("no-progress")
                .long("no-progress")
                .action(ArgAction::SetTrue)
                .help("No progress bar for long FETCH and APPEND"),
        )
        .arg(
            Arg::new("connect-timeout")
                .long("connect-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64))
                .default_value("30")
                .help("Limit on connecting"),
        )
        .arg(
            Arg::new("read-timeout")
                .long("read-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64))
                .default_value("60")
                .help("Longest the server may stay silent while it owes an answer (0: no limit; IDLE is exempt)"),
        )
        .arg(
            Arg::new("command-timeout")
                .long("command-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64))
                .default_value("300")
                .help("Longest one command may take, however the server trickles data (0: no limit)"),
        )
}

const AFTER_HELP: &str = "\
Several commands run in one session, separated by a lone `,`. The password comes from
$IMAP_PASSWORD (or --password-env NAME), else a prompt. Optional arguments are --options; a
list or phrase as the last argument may be several words. `imap COMMAND --help` shows a
command's wire form.

Examples:
  imap imaps://alice@mail.example.org list '' '*'
  imap imaps://alice@mail.example.org examine INBOX , fetch 1:* '(FLAGS ENVELOPE)'
  imap imaps://alice@mail.example.org examine INBOX , uid-search FROM carol SINCE 2026-11-01
  imap imaps://alice@mail.example.org examine INBOX , uid-fetch 1:* BODY.PEEK[] --output mail/
  imap imaps://alice@mail.example.org append Drafts --flags '\\Draft' note.eml
  imap 'imap://alice@mail.example.org;STARTTLS' --auth SCRAM-SHA-256 --json status INBOX MESSAGES
  imap imaps://alice@mail.example.org select INBOX , idle --timeout 300
  imap --dry-run login alice secret , select 'Entwürfe'       # the bytes, no connection
  imap --completions bash > /etc/bash_completion.d/imap      # also zsh, fish, elvish, powershell";

/// The whole command line: options, URL and the first command.
pub fn root(entries: &[Entry]) -> Command {
    let command = Command::new("imap")
        .about("Runs IMAP commands; every line of the command table is a subcommand.")
        .version(env!("CARGO_PKG_VERSION"))
        .override_usage("imap [OPTIONS] [URL] <COMMAND> [ARGS]... [, <COMMAND> [ARGS]...]...")
        .after_help(AFTER_HELP)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand_value_name("COMMAND")
        .subcommand_help_heading("Commands");
    global_args(command).subcommands(entries.iter().map(subcommand))
}

/// A later command of the script (after a `,`): only the subcommands.
fn later(entries: &[Entry]) -> Command {
    Command::new("imap")
        .no_binary_name(true)
        .subcommand_required(true)
        .subcommand_value_name("COMMAND")
        .subcommands(entries.iter().map(subcommand))
}

/// Splits the words after the program name at lone `,`s; `,,` stands for a lone comma.
pub fn split_script(words: &[String]) -> Vec<Vec<String>> {
    let mut segments = vec![Vec::new()];
    for word in words {
        if word == SEPARATOR {
            segments.push(Vec::new());
        } else if !word.is_empty() && word.bytes().all(|b| b == b',') {
            segments.last_mut().expect("never empty").push(word[1..].to_owned());
        } else {
            segments.last_mut().expect("never empty").push(word.clone());
        }
    }
    segments
}

/// `--completions SHELL` among the words before the first command: the script is printed
/// instead of running anything (no command is needed, which clap's parse would demand).
pub fn prescan_completions(words: &[String]) -> Option<String> {
    let mut iter = words.iter();
    while let Some(word) = iter.next() {
        if word == "--completions" {
            return Some(iter.next().cloned().unwrap_or_default());
        } else if let Some(shell) = word.strip_prefix("--completions=") {
            return Some(shell.to_owned());
        } else if word == "--" {
            break;
        }
    }
    None
}

/// Writes the completion script of `shell` for the program with these subcommands.
pub fn completions(entries: &[Entry], shell: &str, out: &mut dyn std::io::Write) -> Result<(), String> {
    let shell: clap_complete::Shell =
        shell.parse().map_err(|_| format!("--completions {shell:?}: use bash, zsh, fish, elvish or powershell"))?;
    // Into memory first: the generator panics on a write error (`| head` closing the pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut root(entries), "imap", &mut script);
    let _ = out.write_all(&script);
    Ok(())
}

/// The `--table` files named before the first command, found before parsing (they decide
/// which subcommands exist).
pub fn prescan_tables(words: &[String]) -> Vec<String> {
    let mut tables = Vec::new();
    let mut iter = words.iter();
    while let Some(word) = iter.next() {
        if word == "--table" {
            if let Some(file) = iter.next() {
                tables.push(file.clone());
            }
        } else if let Some(file) = word.strip_prefix("--table=") {
            tables.push(file.to_owned());
        } else if word == "--" {
            break;
        }
    }
    tables
}

/// Parses the program's words (after its name); clap's error on a bad line.
pub fn parse(entries: &[Entry], words: &[String]) -> Result<(Options, Vec<Invocation>), clap::Error> {
    let segments = split_script(words);
    let mut first = vec!["imap".to_owned()];
    first.extend(segments[0].iter().cloned());
    let matches = root(entries).try_get_matches_from(first)?;
    let options = Options {
        url: matches.get_one::<String>("url").cloned(),
        starttls: matches.get_flag("starttls"),
        ca: matches.get_one::<String>("ca").cloned(),
        stream: matches.get_one::<String>("stream").cloned(),
        password_env: matches.get_one::<String>("password-env").cloned().unwrap_or_default(),
        auth: matches.get_one::<String>("auth").cloned(),
        trace: matches.get_flag("trace"),
        json: matches.get_flag("json"),
        dry_run: matches.get_flag("dry-run"),
        show_secrets: matches.get_flag("show-secrets"),
        no_progress: matches.get_flag("no-progress"),
        connect_timeout: Duration::from_secs(*matches.get_one::<u64>("connect-timeout").unwrap_or(&30)),
        read_timeout: seconds(matches.get_one::<u64>("read-timeout").copied().unwrap_or(60)),
        command_timeout: seconds(matches.get_one::<u64>("command-timeout").copied().unwrap_or(300)),
        socks5: matches.get_one::<String>("socks5").cloned(),
    };
    let mut invocations = vec![invocation(entries, &matches)];
    for segment in &segments[1..] {
        let matches = later(entries).try_get_matches_from(segment)?;
        invocations.push(invocation(entries, &matches));
    }
    Ok((options, invocations))
}

fn invocation(entries: &[Entry], matches: &ArgMatches) -> Invocation {
    let (name, sub) = matches.subcommand().expect("a subcommand is required");
    let entry = entries.iter().find(|e| e.subcommand == name).expect("subcommands come from the entries").clone();
    let def = &entry.def;
    let values = def
        .args
        .iter()
        .zip(shapes(&def.args))
        .map(|(arg, (shape, _))| {
            let words: Vec<String> =
                sub.get_many::<String>(&arg.name).map(|v| v.cloned().collect()).unwrap_or_default();
            match shape {
                Shape::Single | Shape::Repeated => words.into_iter().map(|w| vec![w]).collect(),
                // Items of a list, or words of a phrase (the encoder joins them).
                Shape::Items | Shape::Joined => vec![words],
            }
        })
        .collect();
    let get = |id: &str| sub.try_get_one::<String>(id).ok().flatten().cloned();
    Invocation {
        entry,
        values,
        append: AppendExtras { flags: get("__flags"), date: get("__date") },
        idle_timeout: Duration::from_secs(sub.try_get_one::<u64>("__timeout").ok().flatten().copied().unwrap_or(1740)),
        idle_once: sub.try_get_one::<bool>("__once").ok().flatten().copied().unwrap_or(false),
        output: sub.try_get_one::<std::path::PathBuf>("__output").ok().flatten().cloned(),
    }
}

/// Whether a line fetches message data: it collects FETCH responses and takes FETCH items.
pub fn fetches_data(def: &imapkit::command::CommandDef) -> bool {
    def.claim_of(imapkit::command::UntaggedKind::Fetch).is_some()
        && def.args.iter().any(|a| a.kind == ArgKind::FetchItems)
}

/// A limit in seconds; 0 means none.
fn seconds(n: u64) -> Option<Duration> {
    (n > 0).then(|| Duration::from_secs(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_splitting() {
        let words: Vec<String> = ["select", "INBOX", ",", "search", ",,", ",", "logout"].map(String::from).to_vec();
        let segments = split_script(&words);
        assert_eq!(segments, vec![vec!["select", "INBOX"], vec!["search", ","], vec!["logout"]]);
    }

    #[test]
    fn the_clap_command_is_consistent() {
        root(&crate::table::builtin()).debug_assert();
        later(&crate::table::builtin()).debug_assert();
    }
}
