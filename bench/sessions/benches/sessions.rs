//! Many sessions from one process against the test Dovecot, imap-rs's async client and
//! async-imap in the same run: each session connects, LOGINs, SELECTs, FETCHes the envelopes
//! of 50 messages, IDLEs for a few seconds and LOGs OUT, all at once on a two-thread tokio
//! runtime. Each library runs in its own child process, so that its peak RSS is its own.
//!
//! Reported per library: wall time, peak RSS, and the memory per idle connection (resident
//! memory while every session is in IDLE, less the process's before connecting, divided by
//! the sessions; the kernel's socket buffers are not resident memory of the process).
//!
//! ```sh
//! scripts/servers start dovecot
//! set -a; eval "$(scripts/dovecot.sh env)"; set +a
//! cd bench/sessions && cargo bench            # 1,000 sessions, 3 s of IDLE
//! SESSIONS=200 IDLE_SECS=2 cargo bench        # smaller
//! ```

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::TryStreamExt;
use imapkit::AsyncCommands;

const MAILBOX: &str = "bench-sessions";
const MESSAGES: usize = 50;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Resident memory now, in bytes (`/proc/self/statm`, pages).
fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

/// Peak resident memory, in bytes (`VmHWM`).
fn peak_rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

#[derive(Clone)]
struct Target {
    host: String,
    port: u16,
}

/// The mailbox every session reads: 50 messages, made once with the blocking client.
fn prepare(target: &Target) {
    use imapkit::Commands;
    let mut client = imapkit::Client::connect(&target.host, target.port).expect("connect to the test Dovecot");
    client.login("alice", "alice-pw").expect("LOGIN");
    let _ = client.create(MAILBOX, None);
    let status = client.status(MAILBOX, "(MESSAGES)").expect("STATUS");
    let have = status.statuses.into_iter().next().and_then(|s| s.messages()).unwrap_or(0) as usize;
    for i in have..MESSAGES {
        let message = format!(
            "From: Sender {i} <s{i}@example.org>\r\nTo: alice@example.org\r\nSubject: Session bench {i}\r\n\
             Date: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <{i}.sessions@example.org>\r\n\r\nHello {i}\r\n"
        );
        client.append(MAILBOX, [message.into_bytes()]).expect("APPEND");
    }
    client.logout().expect("LOGOUT");
}

/// Where every session waits after its FETCH, so that all IDLE at the same time (and the
/// memory of idle connections is measured with all of them idle).
#[derive(Clone)]
struct Gate {
    arrived: Arc<AtomicUsize>,
    open: tokio::sync::watch::Receiver<bool>,
}

impl Gate {
    async fn arrive(&self) {
        self.arrived.fetch_add(1, Ordering::SeqCst);
        let mut open = self.open.clone();
        let _ = open.wait_for(|open| *open).await;
    }
}

/// One session with imap-rs's async client.
async fn imap_rs_session(target: Target, gate: Gate, idle: Duration) -> Result<usize, String> {
    let mut client = imapkit::tokio::Client::connect(&target.host, target.port).await.map_err(|e| e.to_string())?;
    client.login("alice", "alice-pw").await.map_err(|e| e.to_string())?;
    client.select(MAILBOX, None).await.map_err(|e| e.to_string())?;
    let fetched = client.fetch("1:*", "ENVELOPE").await.map_err(|e| e.to_string())?.fetches.len();
    gate.arrive().await;
    // An IDLE that nothing wakes: it ends at the deadline (keep-alives do not extend it).
    client.idle_wait(idle).await.map_err(|e| e.to_string())?;
    client.logout().await.map_err(|e| e.to_string())?;
    Ok(fetched)
}

/// The same session with async-imap.
async fn async_imap_session(target: Target, gate: Gate, idle: Duration) -> Result<usize, String> {
    let tcp = tokio::net::TcpStream::connect((target.host.as_str(), target.port)).await.map_err(|e| e.to_string())?;
    let mut client = async_imap::Client::new(tcp);
    client.read_response().await.map_err(|e| e.to_string())?.ok_or("no greeting")?;
    let mut session = client.login("alice", "alice-pw").await.map_err(|(e, _)| e.to_string())?;
    session.select(MAILBOX).await.map_err(|e| e.to_string())?;
    let fetched: Vec<_> = session
        .fetch("1:*", "ENVELOPE")
        .await
        .map_err(|e| e.to_string())?
        .try_collect()
        .await
        .map_err(|e| e.to_string())?;
    // Neither library keeps the fetched data during IDLE: what is measured is the connection.
    let fetched = fetched.len();
    gate.arrive().await;
    let mut handle = session.idle();
    handle.init().await.map_err(|e| e.to_string())?;
    {
        // Its own timeout restarts at every keep-alive, so the wait is bounded from outside.
        let (wait, stop) = handle.wait_with_timeout(idle * 10);
        tokio::select! {
            result = wait => { result.map_err(|e| e.to_string())?; }
            _ = tokio::time::sleep(idle) => drop(stop),
        }
    }
    let mut session = handle.done().await.map_err(|e| e.to_string())?;
    session.logout().await.map_err(|e| e.to_string())?;
    Ok(fetched)
}

/// A child's run: every session at once; prints one line of figures.
fn child(library: &str, target: Target, sessions: usize, idle: Duration) {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a tokio runtime");
    let baseline = rss_bytes();
    let arrived = Arc::new(AtomicUsize::new(0));
    let (opener, open) = tokio::sync::watch::channel(false);
    let gate = Gate { arrived: arrived.clone(), open };
    let started = Instant::now();
    let (results, idle_rss) = runtime.block_on(async {
        let mut tasks = Vec::with_capacity(sessions);
        for _ in 0..sessions {
            let (target, gate) = (target.clone(), gate.clone());
            tasks.push(match library {
                "imap-rs" => tokio::spawn(imap_rs_session(target, gate, idle)),
                _ => tokio::spawn(async_imap_session(target, gate, idle)),
            });
        }
        // Every session has fetched (or failed): all go into IDLE; sampled in the middle.
        let deadline = Instant::now() + Duration::from_secs(300);
        while Instant::now() < deadline {
            let failed = tasks.iter().filter(|t| t.is_finished()).count();
            if arrived.load(Ordering::SeqCst) + failed >= sessions {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let _ = opener.send(true);
        tokio::time::sleep(idle / 2).await;
        let idle_rss = rss_bytes();
        let mut results = Vec::with_capacity(sessions);
        for task in tasks {
            results.push(task.await.unwrap_or_else(|e| Err(e.to_string())));
        }
        (results, idle_rss)
    });
    let wall = started.elapsed();
    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    let fetched_ok = results.iter().filter(|r| matches!(r, Ok(n) if *n == MESSAGES)).count();
    let per_connection = idle_rss.saturating_sub(baseline) / sessions.max(1) as u64;
    println!(
        "RESULT library={library} sessions={sessions} ok={fetched_ok} failures={} wall_ms={} peak_rss_kb={} \
         idle_rss_kb={} baseline_kb={} per_idle_connection_bytes={per_connection} first_failure={:?}",
        failures.len(),
        wall.as_millis(),
        peak_rss_bytes() / 1024,
        idle_rss / 1024,
        baseline / 1024,
        failures.first().map(|f| f.as_str()).unwrap_or("")
    );
}

fn main() {
    let (Ok(host), Ok(port)) = (std::env::var("IMAP_TEST_DOVECOT_HOST"), std::env::var("IMAP_TEST_DOVECOT_PORT"))
    else {
        eprintln!("sessions: IMAP_TEST_DOVECOT_HOST/PORT not set (scripts/dovecot.sh env); nothing measured");
        return;
    };
    let target = Target { host, port: port.parse().expect("a port number") };
    let sessions = env_number("SESSIONS", 1000);
    let idle = Duration::from_secs(env_number("IDLE_SECS", 3) as u64);
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|a| a == "--child") {
        child(&args[position + 1], target, sessions, idle);
        return;
    }
    prepare(&target);
    println!("{sessions} sessions, each LOGIN, SELECT, FETCH 1:* ENVELOPE ({MESSAGES}), IDLE {idle:?}, LOGOUT");
    println!("| library | ok | wall | peak RSS | per idle connection |");
    println!("|---|---|---|---|---|");
    for library in ["imap-rs", "async-imap"] {
        let output = Command::new(std::env::current_exe().expect("the bench binary"))
            .args(["--child", library])
            .output()
            .expect("run a child");
        let text = String::from_utf8_lossy(&output.stdout);
        let Some(line) = text.lines().find(|l| l.starts_with("RESULT ")) else {
            eprintln!("{library}: no result\n{text}\n{}", String::from_utf8_lossy(&output.stderr));
            continue;
        };
        let field = |name: &str| -> String {
            line.split_whitespace().find_map(|w| w.strip_prefix(&format!("{name}="))).unwrap_or("?").to_owned()
        };
        let kib = |bytes: &str| bytes.parse::<f64>().map_or("?".into(), |b| format!("{:.1} KiB", b / 1024.0));
        let mib = |kb: &str| kb.parse::<f64>().map_or("?".into(), |k| format!("{:.1} MiB", k / 1024.0));
        println!(
            "| {library} | {}/{sessions} | {:.2} s | {} | {} |",
            field("ok"),
            field("wall_ms").parse::<f64>().unwrap_or(0.0) / 1000.0,
            mib(&field("peak_rss_kb")),
            kib(&field("per_idle_connection_bytes")),
        );
        eprintln!("{line}");
    }
}
