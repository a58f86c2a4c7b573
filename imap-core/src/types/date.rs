//! INTERNALDATE values (RFC 3501 `date-time`) and search dates: imaplib's `Time2Internaldate`
//! and `Internaldate2tuple`, on jiff.

use std::fmt;
use std::time::SystemTime;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

const FORMAT: &str = "%d-%b-%Y %H:%M:%S %z";

/// A message's internal date as sent in APPEND: `dd-Mon-yyyy hh:mm:ss +zzzz` (without the
/// quotes, which the encoder adds). Built from a [`ZonedDateTime`] (its own offset), a [`Timestamp`]
/// (UTC), a [`SystemTime`] (the local time zone, as imaplib does for numbers), or parsed from a
/// pre-formatted string.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct InternalDate {
    text: String,
}

/// A date-time string that is not in INTERNALDATE form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// The rejected text (truncated).
    pub input: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an IMAP date-time (dd-Mon-yyyy hh:mm:ss +zzzz): {:?}", self.input)
    }
}

impl std::error::Error for DateError {}

impl InternalDate {
    /// The text without quotes.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text in double quotes, as it goes on the wire (imaplib's `Time2Internaldate`).
    pub fn to_quoted(&self) -> String {
        format!("\"{}\"", self.text)
    }

    /// Parses `dd-Mon-yyyy hh:mm:ss +zzzz`, with or without surrounding quotes, day space- or
    /// zero-padded or one digit; month names in any case.
    pub fn parse(text: &str) -> Result<InternalDate, DateError> {
        let zoned = parse_internal_date(text)?;
        Ok(InternalDate::from(&zoned))
    }

    /// The date as a zoned date-time in its own offset.
    pub fn to_zoned(&self) -> ZonedDateTime {
        parse_internal_date(&self.text).expect("an InternalDate always holds a valid date-time")
    }
}

impl fmt::Debug for InternalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "InternalDate({:?})", self.text)
    }
}

impl fmt::Display for InternalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&ZonedDateTime> for InternalDate {
    fn from(zoned: &ZonedDateTime) -> InternalDate {
        InternalDate { text: zoned.strftime(FORMAT).to_string() }
    }
}

impl From<ZonedDateTime> for InternalDate {
    fn from(zoned: ZonedDateTime) -> InternalDate {
        InternalDate::from(&zoned)
    }
}

impl From<Timestamp> for InternalDate {
    fn from(timestamp: Timestamp) -> InternalDate {
        InternalDate::from(timestamp.to_zoned_datetime(TimeZone::UTC))
    }
}

impl From<SystemTime> for InternalDate {
    fn from(time: SystemTime) -> InternalDate {
        let timestamp = Timestamp::try_from(time).unwrap_or(Timestamp::UNIX_EPOCH);
        InternalDate::from(timestamp.to_zoned_datetime(TimeZone::system()))
    }
}

/// imaplib's `Internaldate2tuple`: the date-time of an `INTERNALDATE "…"` FETCH item (or a bare
/// date-time string), as a zoned date-time in the offset the server gave. Errors when the
/// text holds no valid date-time.
pub fn parse_internal_date(text: &str) -> Result<ZonedDateTime, DateError> {
    let error = || DateError { input: text.chars().take(64).collect() };
    let mut body = text.trim();
    if let Some(start) = body.to_ascii_uppercase().find("INTERNALDATE") {
        body = body[start + "INTERNALDATE".len()..].trim_start();
    }
    let body = body.trim_start_matches('"');
    let body = body.split('"').next().unwrap_or("").trim();
    // One-digit or space-padded day: make it two digits for the fixed format.
    let normalized = match body.find('-') {
        Some(1) => format!("0{body}"),
        _ => body.to_owned(),
    };
    let parsed = jiff::fmt::strtime::parse(FORMAT, &normalized).map_err(|_| error())?;
    parsed.to_zoned_datetime().map_err(|_| error())
}

/// A search date (`date-text` of RFC 3501): `d-Mon-yyyy`.
pub fn format_search_date(date: Date) -> String {
    date.strftime("%-d-%b-%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_imaplib() {
        let zoned: ZonedDateTime = "2024-03-05T07:08:09-05:00[-05:00]".parse().unwrap();
        assert_eq!(InternalDate::from(&zoned).to_quoted(), "\"05-Mar-2024 07:08:09 -0500\"");
        let ts: Timestamp = "2024-12-31T23:59:59Z".parse().unwrap();
        assert_eq!(InternalDate::from(ts).as_str(), "31-Dec-2024 23:59:59 +0000");
    }

    #[test]
    fn parses_fetch_items_and_padding() {
        let zoned = parse_internal_date(r#"INTERNALDATE " 5-Mar-2024 07:08:09 +0130""#).unwrap();
        assert_eq!(zoned.timestamp().to_string(), "2024-03-05T05:38:09Z");
        assert!(parse_internal_date("31-Foo-2024 00:00:00 +0000").is_err());
        assert!(parse_internal_date("").is_err());
        assert_eq!(InternalDate::parse("1-jan-2020 00:00:00 +0000").unwrap().as_str(), "01-Jan-2020 00:00:00 +0000");
    }

    #[test]
    fn search_date() {
        assert_eq!(format_search_date(jiff::civil::date(2024, 3, 5)), "5-Mar-2024");
    }
}
