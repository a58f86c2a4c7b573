//! Memory held by parsed responses, against their wire size: data set (a), 100,000 FETCH
//! responses with UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE, all kept.
//!
//! The workspace forbids `unsafe`, so no counting global allocator: the heap is measured by
//! walking the parsed values and adding up the sizes and capacities of every allocation
//! (exact for what the values own, without the allocator's own per-block overhead), and
//! cross-checked with the process's resident memory before and after (which includes that
//! overhead). `cargo bench -p imapkit-core --bench memory`.

use std::mem::size_of;

use imapkit_core::types::{
    ByteString, FetchAttr, Flag, PackedBody, PackedEnvelope, Response, Section, SectionText, Text, Untagged, Value,
};

mod common;

/// Heap bytes owned by a value (not counting the value itself).
trait Heap {
    fn heap(&self) -> usize;
}

impl Heap for u8 {
    fn heap(&self) -> usize {
        0
    }
}

impl Heap for u32 {
    fn heap(&self) -> usize {
        0
    }
}

impl Heap for String {
    fn heap(&self) -> usize {
        self.capacity()
    }
}

impl Heap for ByteString {
    fn heap(&self) -> usize {
        self.heap_bytes()
    }
}

impl Heap for Text {
    fn heap(&self) -> usize {
        self.heap_bytes()
    }
}

impl<T: Heap> Heap for Vec<T> {
    fn heap(&self) -> usize {
        self.capacity() * size_of::<T>() + self.iter().map(Heap::heap).sum::<usize>()
    }
}

impl<T: Heap> Heap for Option<T> {
    fn heap(&self) -> usize {
        self.as_ref().map_or(0, Heap::heap)
    }
}

impl<T: Heap> Heap for Box<[T]> {
    fn heap(&self) -> usize {
        size_of_val::<[T]>(self) + self.iter().map(Heap::heap).sum::<usize>()
    }
}

impl<T: Heap> Heap for Box<T> {
    fn heap(&self) -> usize {
        size_of::<T>() + (**self).heap()
    }
}

impl<A: Heap, B: Heap> Heap for (A, B) {
    fn heap(&self) -> usize {
        self.0.heap() + self.1.heap()
    }
}

impl Heap for Flag {
    fn heap(&self) -> usize {
        match self {
            Flag::Extension(s) | Flag::Keyword(s) => s.heap(),
            _ => 0,
        }
    }
}

impl Heap for Value {
    fn heap(&self) -> usize {
        match self {
            Value::Atom(s) => s.heap(),
            Value::String(b) => b.heap(),
            Value::List(items) => items.heap(),
            Value::Number(_) | Value::Nil => 0,
        }
    }
}

impl Heap for PackedEnvelope {
    fn heap(&self) -> usize {
        self.heap_bytes()
    }
}

impl Heap for PackedBody {
    fn heap(&self) -> usize {
        self.heap_bytes()
    }
}

impl Heap for Section {
    fn heap(&self) -> usize {
        self.part.heap()
            + match &self.text {
                Some(SectionText::HeaderFields { fields, .. }) => fields.heap(),
                _ => 0,
            }
    }
}

impl Heap for FetchAttr {
    fn heap(&self) -> usize {
        match self {
            FetchAttr::Flags(flags) => flags.heap(),
            FetchAttr::InternalDate(date) => date.raw.heap(),
            FetchAttr::SaveDate(date) => date.as_ref().map_or(0, |d| d.raw.heap()),
            FetchAttr::Preview(text) => text.heap(),
            FetchAttr::Rfc822(d) | FetchAttr::Rfc822Header(d) | FetchAttr::Rfc822Text(d) => d.heap(),
            FetchAttr::Envelope(envelope) => envelope.heap(),
            FetchAttr::Body(body) | FetchAttr::BodyStructure(body) => body.heap(),
            FetchAttr::BodySection(item) => size_of_val(&**item) + item.section.heap() + item.data.heap(),
            FetchAttr::Binary(item) => size_of_val(&**item) + item.section.heap() + item.data.heap(),
            FetchAttr::BinarySize { section, .. } => size_of_val(&**section),
            FetchAttr::EmailId(s) => s.heap(),
            FetchAttr::ThreadId(s) => s.heap(),
            FetchAttr::GmLabels(labels) => labels.heap(),
            FetchAttr::Streamed { item, .. } => item.heap(),
            FetchAttr::Other(other) => size_of_val(&**other) + other.name.heap() + other.value.heap(),
            FetchAttr::Unparsed(item) => {
                size_of_val(&**item) + item.name.heap() + item.raw.heap() + item.expected.heap()
            }
            FetchAttr::Rfc822Size(_)
            | FetchAttr::Uid(_)
            | FetchAttr::ModSeq(_)
            | FetchAttr::GmMsgId(_)
            | FetchAttr::GmThrId(_) => 0,
            other => unimplemented!("no heap size for {other:?}: add the new item here"),
        }
    }
}

impl Heap for Response {
    fn heap(&self) -> usize {
        match self {
            Response::Untagged(Untagged::Fetch(fetch)) => fetch.attrs.heap(),
            other => panic!("only FETCH responses are measured here, got {other:?}"),
        }
    }
}

/// Resident memory of this process in bytes, from `/proc/self/statm` (0 where unavailable).
fn rss() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

fn main() {
    // `cargo bench` passes `--bench`; a filter that names another bench skips this one.
    if std::env::args().skip(1).any(|a| !a.starts_with('-') && !"memory".contains(a.as_str())) {
        return;
    }
    // A smaller count (e.g. for a profiler run) from the environment.
    let n = std::env::var("IMAP_MEMORY_RESPONSES").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let data = common::fetch_metadata(n);
    let opts = common::options();
    let before = rss();
    let mut kept: Vec<Response> = Vec::with_capacity(n as usize);
    common::ours_whole(&data, &opts, |r| kept.push(r));
    let after = rss();
    let heap = kept.capacity() * size_of::<Response>() + kept.iter().map(Heap::heap).sum::<usize>();
    let wire = data.len();
    println!("memory/a_fetch_metadata: {} responses, {wire} wire bytes", kept.len());
    println!(
        "  walked heap of parsed values: {heap} bytes = {:.2}x wire (target <= 2x: {})",
        heap as f64 / wire as f64,
        if heap <= 2 * wire { "met" } else { "MISSED" }
    );
    // What a client keeps: `Client::fetch` returns the `Fetch` values, not the `Response`
    // enum around each (whose size is set by its widest variant).
    let as_fetch = heap - kept.len() * (size_of::<Response>() - size_of::<imapkit_core::types::Fetch>());
    println!(
        "  kept as Fetch values (what Client::fetch returns): {as_fetch} bytes = {:.2}x wire",
        as_fetch as f64 / wire as f64
    );
    println!(
        "  resident memory growth:       {} bytes = {:.2}x wire (includes allocator overhead)",
        after.saturating_sub(before),
        after.saturating_sub(before) as f64 / wire as f64
    );
    println!(
        "  sizes: Response {} FetchAttr {} PackedEnvelope {} PackedBody {} Flag {}",
        size_of::<Response>(),
        size_of::<FetchAttr>(),
        size_of::<PackedEnvelope>(),
        size_of::<PackedBody>(),
        size_of::<Flag>()
    );
    let (mut env, mut body, mut attrs, mut other) = (0, 0, 0, 0);
    for r in &kept {
        if let Response::Untagged(Untagged::Fetch(f)) = r {
            attrs += f.attrs.capacity() * size_of::<FetchAttr>();
            for a in &f.attrs {
                match a {
                    FetchAttr::Envelope(e) => env += e.heap(),
                    FetchAttr::BodyStructure(b) => body += b.heap(),
                    a => other += a.heap(),
                }
            }
        }
    }
    println!(
        "  per response: envelope {} body {} attrs {} other {} response {} wire {}",
        env / kept.len(),
        body / kept.len(),
        attrs / kept.len(),
        other / kept.len(),
        size_of::<Response>(),
        wire / kept.len()
    );
    std::hint::black_box(&kept);
}
