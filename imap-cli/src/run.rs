//! Running a script of commands: connect, log in, then each command through
//! `imapkit::Execute::execute`, its exchange (SASL, IDLE, STARTTLS) done here.

use std::io::{IsTerminal, Write};

use std::borrow::Cow;

use imapkit::auth::{self, Mechanism, SaslExchange};
use imapkit::command::{ArgKind, CommandDef, Exchange, State};
use imapkit::encode::CommandBuilder;
use imapkit::encode::{Command, WireOptions};
use imapkit::types::Untagged;
use imapkit::{
    Client, Completed, ConnectOptions, Direction, Error, Execute, IdleWatch, TlsOptions, TraceLevel, Transport,
};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::{Invocation, Options};
use crate::encode::{self, AppendExtras, ArgValues};
use crate::output;
use crate::table::Entry;
use crate::url::ServerUrl;

/// A failure that ends the program, with its exit status.
#[derive(Debug)]
pub struct Failure {
    /// What to print on stderr (already printed when empty).
    pub message: String,
    /// The exit status.
    pub status: i32,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure { message: message.into(), status: 2 }
    }

    fn runtime(message: impl Into<String>) -> Failure {
        Failure { message: message.into(), status: 1 }
    }
}

/// `--dry-run`: the bytes each command would send, tags `A0001`, `A0002`, ... as a fresh
/// session makes them; `[wait for +]` where a synchronizing literal waits for the server.
pub fn dry_run(options: &Options, invocations: &[Invocation]) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::new();
    let mut stdin_used = false;
    for (i, invocation) in invocations.iter().enumerate() {
        let def = &invocation.entry.def;
        let command = encode::build(def.clone(), &invocation.values, &invocation.append, &mut stdin_used)
            .map_err(|e| Failure::usage(format!("{}: {e}", invocation.entry.subcommand)))?;
        let tag = format!("A{:04}", i + 1);
        for chunk in command.to_chunks(&tag, WireOptions::default()) {
            out.extend_from_slice(if options.show_secrets { &chunk.bytes } else { &chunk.trace });
            if chunk.wait {
                out.extend_from_slice(b"[wait for +]\r\n");
            }
        }
    }
    Ok(out)
}

/// Connects as the options say, logs in when the URL has a user, runs every command and
/// logs out. Results go to stdout; the first failing command ends the script.
pub fn run(options: &Options, invocations: &[Invocation], entries: &[Entry]) -> Result<(), Failure> {
    let url = match &options.url {
        Some(text) => Some(ServerUrl::parse(text).map_err(Failure::usage)?),
        None => None,
    };
    let mut client = connect(options, url.as_ref())?;
    // A script that logs in by itself (LOGIN, AUTHENTICATE or a site line like them) gets no
    // automatic login.
    let logs_in = invocations
        .iter()
        .any(|i| i.entry.def.then == Some(State::Authenticated) && *i.entry.def.states == [State::NotAuthenticated]);
    if let Some(url) = &url {
        if let Some(user) = &url.user {
            if client.session().state() == State::NotAuthenticated && !logs_in {
                login(&mut client, options, url, user, entries)?;
            }
        }
    }
    let result = run_script(&mut client, options, url.as_ref(), invocations);
    let state = client.session().state();
    if state != State::Logout && client.session().broken().is_none() {
        // Leave politely, after a failure too; the result is not printed.
        if let Some(logout) = entries.iter().find(|e| e.def.name == "LOGOUT" && !e.site) {
            let _ = client.execute(CommandBuilder::new(logout.def.clone()).finish(), None);
        }
    }
    result
}

/// Runs the commands in order, printing each result; stops at the first failure or when the
/// connection reaches the logout state.
fn run_script(
    client: &mut Client,
    options: &Options,
    url: Option<&ServerUrl>,
    invocations: &[Invocation],
) -> Result<(), Failure> {
    let mut stdin_used = false;
    for invocation in invocations {
        let def = &invocation.entry.def;
        let result = run_one(client, options, url, invocation, &mut stdin_used);
        let unsolicited = client.session_mut().drain_unsolicited();
        match result {
            Ok((done, printed_untagged)) => {
                let text = if options.json {
                    format!("{}\n", output::completed_json(&done, &unsolicited))
                } else {
                    output::completed_text(&done, &unsolicited, printed_untagged)
                };
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(text.as_bytes());
                let _ = stdout.flush();
                if client.session().state() == State::Logout {
                    break;
                }
            }
            Err(RunError::Usage(message)) => {
                return Err(Failure::usage(format!("{}: {message}", invocation.entry.subcommand)))
            }
            Err(RunError::Imap(error)) => {
                if options.json {
                    println!("{}", output::error_json(&def.name, &error));
                }
                return Err(Failure::runtime(format!("{}: {error}", invocation.entry.subcommand)));
            }
        }
    }
    Ok(())
}

enum RunError {
    Usage(String),
    Imap(Error),
}

impl From<Error> for RunError {
    fn from(error: Error) -> RunError {
        RunError::Imap(error)
    }
}

fn tls_options(options: &Options) -> TlsOptions {
    match &options.ca {
        Some(ca) => TlsOptions::with_ca_file(ca),
        None => TlsOptions::default(),
    }
}

fn connect(options: &Options, url: Option<&ServerUrl>) -> Result<Client, Failure> {
    let connection_error = |what: String, e: Error| Failure::runtime(format!("{what}: {e}"));
    let session = imapkit::SessionOptions {
        read_timeout: options.read_timeout,
        command_timeout: options.command_timeout,
        ..imapkit::SessionOptions::default()
    };
    let mut client =
        match (&options.stream, url) {
            (Some(command), _) => Client::spawn_with(command, session)
                .map_err(|e| connection_error(format!("--stream {command:?}"), e))?,
            (None, Some(url)) => {
                let mut connect = ConnectOptions::new(url.host.clone(), url.port);
                connect.connect_timeout = Some(options.connect_timeout);
                connect.read_timeout = options.read_timeout;
                connect.proxy = options.socks5.as_deref().map(socks5_proxy).transpose()?;
                let tls = url.tls.then(|| tls_options(options));
                Client::connect_with_session(&connect, tls, session)
                    .map_err(|e| connection_error(format!("connecting to {}:{}", url.host, url.port), e))?
            }
            (None, None) => return Err(Failure::usage(
                "no server: give a URL (imap://user@host, imaps://user@host) or --stream COMMAND (or use --dry-run)",
            )),
        };
    client.set_tls_options(tls_options(options));
    if options.trace {
        client.set_trace_level(TraceLevel::Wire);
        client.set_trace_sink(trace_line);
        if let Some(greeting) = client.session().greeting() {
            eprintln!("S: (greeting) {} {}", greeting.kind.as_str(), greeting.text);
        }
    }
    let starttls = options.starttls || url.is_some_and(|u| u.starttls);
    if starttls && options.stream.is_none() {
        if url.is_some_and(|u| u.tls) {
            return Err(Failure::usage("--starttls goes with imap://, not imaps:// (TLS already)"));
        }
        use imapkit::Commands;
        client.refresh_capabilities().map_err(|e| connection_error("CAPABILITY before STARTTLS".into(), e))?;
        client.starttls().map_err(|e| connection_error("STARTTLS".into(), e))?;
    }
    Ok(client)
}

/// `--socks5 [USER@]HOST:PORT`, the password of a USER from `$IMAP_SOCKS5_PASSWORD`.
fn socks5_proxy(text: &str) -> Result<imapkit::Socks5Proxy, Failure> {
    let (user, address) = match text.rsplit_once('@') {
        Some((user, address)) => (Some(user), address),
        None => (None, text),
    };
    if user.is_some_and(|user| user.contains(':')) {
        return Err(Failure::usage("--socks5: a password does not belong there; put it in IMAP_SOCKS5_PASSWORD"));
    }
    let proxy = imapkit::Socks5Proxy::new(address);
    match user {
        None => Ok(proxy),
        Some(user) => {
            let password = std::env::var("IMAP_SOCKS5_PASSWORD").map_err(|_| {
                Failure::usage("--socks5 USER@HOST:PORT: set IMAP_SOCKS5_PASSWORD to the proxy password")
            })?;
            Ok(proxy.with_credentials(user, password))
        }
    }
}

/// Prints one trace line per protocol line on stderr (secrets are `***` already).
fn trace_line(direction: Direction, text: &str) {
    let arrow = match direction {
        Direction::Sent => "C:",
        Direction::Received => "S:",
    };
    let mut stderr = std::io::stderr().lock();
    for line in text.split_inclusive("\\r\\n") {
        let _ = writeln!(stderr, "{arrow} {}", line.strip_suffix("\\r\\n").unwrap_or(line));
    }
}

fn password(options: &Options, user: &str, host: &str) -> Result<String, Failure> {
    if let Ok(password) = std::env::var(&options.password_env) {
        return Ok(password);
    }
    rpassword::prompt_password(format!("Password for {user}@{host}: ")).map_err(|e| {
        Failure::runtime(format!(
            "no password: set {} (or name another variable with --password-env), or run on a terminal ({e})",
            options.password_env
        ))
    })
}

fn login(
    client: &mut Client,
    options: &Options,
    url: &ServerUrl,
    user: &str,
    entries: &[Entry],
) -> Result<(), Failure> {
    if !client.stream().is_secure() {
        return Err(Failure::runtime(format!(
            "refusing to send the password in clear to {}: use imaps://, imap://…;STARTTLS or --starttls",
            url.host
        )));
    }
    let password = password(options, user, &url.host)?;
    let builtin = |name: &str| entries.iter().find(|e| !e.site && e.def.name == name).map(|e| &e.def);
    let mechanism = options.auth.clone().or_else(|| url.auth.clone());
    let result = match mechanism {
        Some(mechanism) => {
            let def = builtin("AUTHENTICATE").ok_or_else(|| Failure::runtime("no AUTHENTICATE in the table"))?;
            let values = vec![vec![vec![mechanism]], Vec::new()];
            let secret = Secret { user, password: &password, host: &url.host, port: url.port };
            authenticate(client, def.clone(), &values, &secret).map(drop)
        }
        None => {
            let def = builtin("LOGIN").ok_or_else(|| Failure::runtime("no LOGIN in the table"))?;
            let values = vec![vec![vec![user.to_owned()]], vec![vec![password.clone()]]];
            encode::build(def.clone(), &values, &AppendExtras::default(), &mut false)
                .map_err(RunError::Usage)
                .and_then(|command| client.execute(command, None).map_err(RunError::from))
                .map(drop)
        }
    };
    result.map_err(|e| match e {
        RunError::Usage(message) => Failure::usage(format!("login: {message}")),
        RunError::Imap(error) => {
            if options.json {
                let command = if options.auth.is_some() || url.auth.is_some() { "AUTHENTICATE" } else { "LOGIN" };
                println!("{}", output::error_json(command, &error));
            }
            Failure::runtime(format!("login as {user}: {error}"))
        }
    })
}

/// Who authenticates: the URL's user, the password (or OAuth token), where.
struct Secret<'a> {
    user: &'a str,
    password: &'a str,
    host: &'a str,
    port: u16,
}

/// A built-in SASL mechanism, chosen at run time.
struct AnyMechanism(Box<dyn Mechanism>);

impl Mechanism for AnyMechanism {
    fn name(&self) -> &str {
        self.0.name()
    }
    fn initial_response(&mut self) -> Option<Vec<u8>> {
        self.0.initial_response()
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        self.0.respond(challenge)
    }
    fn verify_success(&self) -> Result<(), String> {
        self.0.verify_success()
    }
}

fn mechanism(name: &str, secret: &Secret<'_>) -> Option<AnyMechanism> {
    let (user, password) = (secret.user, secret.password);
    let mechanism: Box<dyn Mechanism> = match name.to_ascii_uppercase().as_str() {
        "PLAIN" => Box::new(auth::Plain::new(user, password)),
        "LOGIN" => Box::new(auth::Login::new(user, password)),
        "CRAM-MD5" => Box::new(auth::CramMd5::new(user, password)),
        "SCRAM-SHA-1" => Box::new(auth::Scram::sha1(user, password)),
        "SCRAM-SHA-256" => Box::new(auth::Scram::sha256(user, password)),
        "XOAUTH2" => Box::new(auth::XOAuth2::new(user, password)),
        "OAUTHBEARER" => Box::new(auth::OAuthBearer::new(user, secret.host, secret.port, password)),
        _ => return None,
    };
    Some(AnyMechanism(mechanism))
}

/// An AUTHENTICATE-like command (`exchange = "sasl"`): the mechanism is the argument named
/// `mechanism` (else the first); its initial response goes with the command when the server
/// has SASL-IR and the user gave none, else at the first challenge.
fn authenticate(
    client: &mut Client,
    def: Cow<'static, CommandDef>,
    values: &[ArgValues],
    secret: &Secret<'_>,
) -> Result<Completed, RunError> {
    let mechanism_index = def.args.iter().position(|a| a.name == "mechanism").unwrap_or(0);
    let name = values.get(mechanism_index).and_then(|v| v.first()).map(|items| items.join(" ")).unwrap_or_default();
    let Some(mechanism) = mechanism(&name, secret) else {
        return Err(RunError::Usage(format!(
            "{name:?} is not a built-in SASL mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1, SCRAM-SHA-256, \
             XOAUTH2, OAUTHBEARER)"
        )));
    };
    let mut values = values.to_vec();
    let initial_index = def.args.iter().position(|a| a.name == "initial_response" || a.kind == ArgKind::Secret);
    let given = initial_index.is_some_and(|i| values.get(i).is_some_and(|v| !v.is_empty()));
    // The user's own initial response wins; else the mechanism's, by the library's rule.
    let sasl_ir = !given
        && initial_index.is_some()
        && client.capabilities().map(|c| c.iter().any(|c| c.eq_ignore_ascii_case("SASL-IR")))?;
    let (with_command, mut handler) =
        if given { (None, SaslExchange::new(mechanism, None)) } else { SaslExchange::start(mechanism, sasl_ir) };
    if let (Some(argument), Some(i)) = (with_command, initial_index) {
        values[i] = vec![vec![argument]];
    }
    let command = encode::build(def.clone(), &values, &AppendExtras::default(), &mut false).map_err(RunError::Usage)?;
    let done = client.execute(command, Some(&mut handler))?;
    if let Err(why) = handler.mechanism().verify_success() {
        // The server did not prove itself (SCRAM): nothing more goes over this connection.
        client.session_mut().mark_broken(why.clone());
        return Err(imapkit::Error::Protocol(why).into());
    }
    Ok(done)
}

/// Runs one command; also says whether its untagged responses were printed already.
fn run_one(
    client: &mut Client,
    options: &Options,
    url: Option<&ServerUrl>,
    invocation: &Invocation,
    stdin_used: &mut bool,
) -> Result<(Completed, bool), RunError> {
    let def = &invocation.entry.def;
    match def.exchange {
        Some(Exchange::Sasl) => {
            let Some(url) = url else {
                return Err(RunError::Usage("AUTHENTICATE needs a URL with the user (imap://user@host)".into()));
            };
            let Some(user) = &url.user else {
                return Err(RunError::Usage("AUTHENTICATE needs the user in the URL (imap://user@host)".into()));
            };
            let password = password(options, user, &url.host).map_err(|f| RunError::Usage(f.message))?;
            let secret = Secret { user, password: &password, host: &url.host, port: url.port };
            Ok((authenticate(client, def.clone(), &invocation.values, &secret)?, false))
        }
        Some(Exchange::Idle) => {
            let command = build(invocation, stdin_used)?;
            // Prints each update as it arrives (text mode); DONE when --timeout passes, or
            // (--once) at the first update.
            let mut deadline = Some(std::time::Instant::now() + invocation.idle_timeout);
            if client.stream().read_timeout().is_err() {
                eprintln!("imap: this connection cannot time out; IDLE ends at the first update");
                deadline = None;
            }
            let print = !options.json;
            let mut watch = IdleWatch::new(deadline, invocation.idle_once, |response: &Untagged| {
                if print {
                    let mut stdout = std::io::stdout().lock();
                    let _ = writeln!(stdout, "{}", output::untagged_text(response));
                    let _ = stdout.flush();
                }
            });
            let result = client.execute(command, Some(&mut watch));
            Ok((result?, !options.json))
        }
        Some(Exchange::StartTls | Exchange::Compress) | None if invocation.output.is_some() => {
            let command = build(invocation, stdin_used)?;
            let path = invocation.output.as_deref().expect("checked by the guard");
            Ok((fetch_to_output(client, command, path)?, false))
        }
        Some(Exchange::StartTls | Exchange::Compress) | None => {
            let command = build(invocation, stdin_used)?;
            let progress = progress_bar(options, def, &command);
            if let Some(bar) = &progress {
                let bar = bar.clone();
                let upload = def.args.iter().any(|a| a.kind == ArgKind::AppendMessage);
                client.set_io_observer(move |direction, n| {
                    if (direction == Direction::Sent) == upload {
                        bar.inc(n as u64);
                        // A FETCH's size is unknown: its counter shows itself once the
                        // transfer is long enough to be worth it.
                        if bar.is_hidden() && bar.position() >= PROGRESS_THRESHOLD {
                            bar.set_draw_target(ProgressDrawTarget::stderr());
                        }
                    }
                });
            }
            let result = client.execute(command, None);
            if let Some(bar) = progress {
                client.clear_io_observer();
                bar.finish_and_clear();
            }
            Ok((result?, false))
        }
    }
}

/// `--output`: a FETCH whose message data goes to a file (streamed, exactly the bytes sent)
/// or to a directory, one `UID.eml` per message. In the directory case the FETCH responses go
/// to the files, not into the printed result; a line on stderr says how many were written.
fn fetch_to_output(client: &mut Client, command: Command, path: &std::path::Path) -> Result<Completed, RunError> {
    let request = imapkit::Request::<Completed>::from(command);
    // `--output mail/`: a directory, made if it is not there yet.
    if path.as_os_str().to_string_lossy().ends_with(std::path::MAIN_SEPARATOR) && !path.exists() {
        std::fs::create_dir_all(path).map_err(|e| RunError::Usage(format!("--output {}: {e}", path.display())))?;
    }
    if !path.is_dir() {
        let mut file =
            std::fs::File::create(path).map_err(|e| RunError::Usage(format!("--output {}: {e}", path.display())))?;
        let (done, written) = client.fetch_to_writer(request, &mut file)?;
        file.sync_all().map_err(|e| RunError::Imap(imapkit::Error::Io(e)))?;
        eprintln!("imap: {written} bytes written to {}", path.display());
        return Ok(done);
    }
    let mut written = 0usize;
    let mut failure: Option<String> = None;
    let done = client.fetch_each(request, |fetch| {
        if failure.is_some() {
            return;
        }
        use imapkit::types::borrowed::FetchAttrRef;
        let data: Vec<std::borrow::Cow<'_, [u8]>> = fetch
            .attrs
            .iter()
            .filter_map(|attr| match attr {
                FetchAttrRef::BodySection { data, .. } | FetchAttrRef::Rfc822 { data, .. } => data.map(Into::into),
                // BINARY[...] has no borrowed form: converted, then its data taken.
                FetchAttrRef::Other(_) => match attr.into_owned() {
                    imapkit::types::FetchAttr::Binary(binary) => binary.data.map(Into::into),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        if data.is_empty() {
            return;
        }
        let Some(uid) = fetch.uid() else {
            failure = Some(format!("message {} came without its UID: add UID to the items", fetch.seq));
            return;
        };
        let file = path.join(format!("{uid}.eml"));
        if let Err(e) = std::fs::write(&file, data.concat()) {
            failure = Some(format!("{}: {e}", file.display()));
            return;
        }
        written += 1;
    })?;
    if let Some(failure) = failure {
        return Err(RunError::Usage(format!("--output: {failure}")));
    }
    eprintln!("imap: {written} messages written to {}", path.display());
    Ok(done)
}

fn build(invocation: &Invocation, stdin_used: &mut bool) -> Result<Command, RunError> {
    encode::build(invocation.entry.def.clone(), &invocation.values, &invocation.append, stdin_used)
        .map_err(RunError::Usage)
}

/// Below this many bytes no bar is drawn.
const PROGRESS_THRESHOLD: u64 = 256 * 1024;

/// A progress bar for FETCH-like commands (bytes received) and APPEND-like ones (bytes sent),
/// on stderr when it is a terminal and not tracing.
fn progress_bar(options: &Options, def: &CommandDef, command: &Command) -> Option<ProgressBar> {
    if options.no_progress || options.trace || !std::io::stderr().is_terminal() {
        return None;
    }
    let upload = def.args.iter().any(|a| a.kind == ArgKind::AppendMessage);
    let fetch = crate::cli::fetches_data(def);
    if upload {
        let total: u64 = command
            .parts
            .iter()
            .map(|part| match part {
                imapkit::encode::Part::Literal { data, .. } => data.len() as u64,
                _ => 0,
            })
            .sum();
        if total < PROGRESS_THRESHOLD {
            return None;
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message(def.name.clone());
        Some(bar)
    } else if fetch {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}: {bytes} received ({bytes_per_sec})")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(def.name.clone());
        Some(bar)
    } else {
        None
    }
}
