//! Sequence sets (RFC 3501 section 9, `sequence-set`): `1`, `2:4`, `1:3,6:9`, `3:*`.

use std::fmt;
use std::str::FromStr;

/// One end of a range: a non-zero number, or `*` (the largest number in use).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum SeqNumber {
    /// A message sequence number or UID; never zero.
    Value(u32),
    /// `*`
    Largest,
}

impl fmt::Display for SeqNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeqNumber::Value(n) => write!(f, "{n}"),
            SeqNumber::Largest => f.write_str("*"),
        }
    }
}

/// One element of a set: a single number (`start == end`) or a range `start:end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SeqRange {
    /// First end as written.
    pub start: SeqNumber,
    /// Second end as written (equal to `start` for a single number).
    pub end: SeqNumber,
}

/// A validated, non-empty sequence set. Its `Display` is the wire form.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SequenceSet {
    ranges: Vec<SeqRange>,
}

/// Why a sequence set could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SequenceSetError {
    /// The text that was rejected (truncated to 64 bytes).
    pub input: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl fmt::Display for SequenceSetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid sequence set {:?}: {}", self.input, self.reason)
    }
}

impl std::error::Error for SequenceSetError {}

impl SequenceSet {
    /// A set of one number. Zero is not a valid message number.
    pub fn single(n: u32) -> Result<SequenceSet, SequenceSetError> {
        SequenceSet::range(SeqNumber::Value(n), SeqNumber::Value(n))
    }

    /// A set of one range `start:end`.
    pub fn range(start: SeqNumber, end: SeqNumber) -> Result<SequenceSet, SequenceSetError> {
        let range = SeqRange { start, end };
        check_range(&range).map_err(|reason| SequenceSetError { input: format!("{start}:{end}"), reason })?;
        Ok(SequenceSet { ranges: vec![range] })
    }

    /// `1:*`: every message.
    pub fn all() -> SequenceSet {
        SequenceSet { ranges: vec![SeqRange { start: SeqNumber::Value(1), end: SeqNumber::Largest }] }
    }

    /// Builds a set from a list of numbers, collapsing runs into ranges. `None` when empty or
    /// when a number is zero.
    pub fn from_numbers(numbers: &[u32]) -> Option<SequenceSet> {
        let mut sorted: Vec<u32> = numbers.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted.first().is_none_or(|&n| n == 0) {
            return None;
        }
        let mut ranges = Vec::new();
        let mut start = sorted[0];
        let mut prev = start;
        for &n in &sorted[1..] {
            if n != prev + 1 {
                ranges.push(SeqRange { start: SeqNumber::Value(start), end: SeqNumber::Value(prev) });
                start = n;
            }
            prev = n;
        }
        ranges.push(SeqRange { start: SeqNumber::Value(start), end: SeqNumber::Value(prev) });
        Some(SequenceSet { ranges })
    }

    /// The ranges, in the order they were written.
    pub fn ranges(&self) -> &[SeqRange] {
        &self.ranges
    }

    /// Every number the set names, in order of appearance, with `*` taken as `largest`.
    /// Ranges are bounded by `limit` numbers in all, so a hostile `1:4294967295` cannot
    /// allocate without bound; `None` if the limit is exceeded.
    pub fn expand(&self, largest: u32, limit: usize) -> Option<Vec<u32>> {
        let mut out = Vec::new();
        for range in &self.ranges {
            let value = |n: SeqNumber| match n {
                SeqNumber::Value(v) => v,
                SeqNumber::Largest => largest,
            };
            let (a, b) = (value(range.start), value(range.end));
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            if out.len() + (hi - lo) as usize + 1 > limit {
                return None;
            }
            out.extend(lo..=hi);
        }
        Some(out)
    }

    /// Whether `n` is in the set, taking `*` as `largest`.
    pub fn contains(&self, n: u32, largest: u32) -> bool {
        self.ranges.iter().any(|r| {
            let value = |x: SeqNumber| match x {
                SeqNumber::Value(v) => v,
                SeqNumber::Largest => largest,
            };
            let (a, b) = (value(r.start), value(r.end));
            a.min(b) <= n && n <= a.max(b)
        })
    }
}

fn check_range(range: &SeqRange) -> Result<(), &'static str> {
    for end in [range.start, range.end] {
        if end == SeqNumber::Value(0) {
            return Err("0 is not a valid message number");
        }
    }
    Ok(())
}

fn parse_number(text: &str) -> Result<SeqNumber, &'static str> {
    if text == "*" {
        return Ok(SeqNumber::Largest);
    }
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err("expected a number or *");
    }
    match text.parse::<u32>() {
        Ok(0) => Err("0 is not a valid message number"),
        Ok(n) => Ok(SeqNumber::Value(n)),
        Err(_) => Err("number out of range (max 4294967295)"),
    }
}

impl FromStr for SequenceSet {
    type Err = SequenceSetError;

    fn from_str(text: &str) -> Result<SequenceSet, SequenceSetError> {
        let error = |reason| SequenceSetError { input: text.chars().take(64).collect(), reason };
        if text.is_empty() {
            return Err(error("empty"));
        }
        let mut ranges = Vec::new();
        for item in text.split(',') {
            let range = match item.split_once(':') {
                Some((a, b)) => {
                    SeqRange { start: parse_number(a).map_err(error)?, end: parse_number(b).map_err(error)? }
                }
                None => {
                    let n = parse_number(item).map_err(error)?;
                    SeqRange { start: n, end: n }
                }
            };
            ranges.push(range);
        }
        Ok(SequenceSet { ranges })
    }
}

impl fmt::Debug for SequenceSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SequenceSet({:?})", self.to_string())
    }
}

impl fmt::Display for SequenceSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, r) in self.ranges.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            if r.start == r.end {
                write!(f, "{}", r.start)?;
            } else {
                write!(f, "{}:{}", r.start, r.end)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_form() {
        for text in ["1", "2:4", "1:3,6:9", "3:*", "*", "*:4", "4294967295"] {
            assert_eq!(text.parse::<SequenceSet>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_bad_forms() {
        for text in ["", "0", "1:0", "a", "1,", ",1", "1::2", "1 2", "4294967296", "1\r\n", "-1"] {
            assert!(text.parse::<SequenceSet>().is_err(), "{text:?} accepted");
        }
    }

    #[test]
    fn from_numbers_collapses_runs() {
        assert_eq!(SequenceSet::from_numbers(&[5, 1, 2, 3, 9, 6]).unwrap().to_string(), "1:3,5:6,9");
        assert!(SequenceSet::from_numbers(&[]).is_none());
    }

    #[test]
    fn expand_is_bounded() {
        let set: SequenceSet = "1:4294967295".parse().unwrap();
        assert!(set.expand(10, 1000).is_none());
        assert_eq!("2:4,*".parse::<SequenceSet>().unwrap().expand(9, 10).unwrap(), vec![2, 3, 4, 9]);
    }
}
