//! INTERNALDATE values (RFC 3501 `date-time`) and search dates: imaplib's `Time2Internaldate`
//! and `Internaldate2tuple`, on jiff.

use std::fmt;
use std::time::SystemTime;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

const FORMAT: &str = "%d-%b-%Y %H:%M:%S %z";

/// A message's internal date as sent in APPEND: `dd-Mon-yyyy hh:mm:ss +zzzz` (without the
/// quotes, which the encoder adds). Built (with `try_from`, see [`InternalDate::new`]) from a
/// [`ZonedDateTime`] (its own offset), a [`Timestamp`] (UTC), a [`SystemTime`] (the local
/// time zone, as imaplib does for numbers), or parsed from a pre-formatted string. It always
/// holds a valid date-time in RFC 3501 form.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct InternalDate {
    text: String,
}

/// A date-time string that is not in INTERNALDATE form, or a date or date-time that RFC
/// 3501's forms cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// The rejected text (truncated).
    pub input: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an IMAP date or date-time (years 0000 to 9999, dd-Mon-yyyy hh:mm:ss +zzzz): {:?}", self.input)
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
        InternalDate::new(&zoned)
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

impl InternalDate {
    /// The INTERNALDATE of a zoned date-time, in its own offset. RFC 3501's zone has hours and
    /// minutes only: an offset with seconds (local mean time of old dates) gives the same
    /// instant in the offset rounded to the minute. A year outside 0000-9999, which the
    /// four-digit form cannot hold, is an error.
    ///
    /// ```
    /// use imapkit_core::types::InternalDate;
    /// let zoned: jiff::ZonedDateTime = "2024-03-05T07:08:09-05:00[-05:00]".parse().unwrap();
    /// assert_eq!(InternalDate::new(&zoned).unwrap().as_str(), "05-Mar-2024 07:08:09 -0500");
    /// let ancient: jiff::ZonedDateTime = "-000001-01-01T00:00:00Z[UTC]".parse().unwrap();
    /// assert!(InternalDate::new(&ancient).is_err());
    /// ```
    pub fn new(zoned: &ZonedDateTime) -> Result<InternalDate, DateError> {
        let error = || DateError { input: zoned.to_string().chars().take(64).collect() };
        let seconds = zoned.offset().seconds();
        let zoned = if seconds % 60 == 0 {
            zoned.clone()
        } else {
            let minutes = (f64::from(seconds) / 60.0).round() as i32;
            let offset = jiff::tz::Offset::from_seconds(minutes * 60).map_err(|_| error())?;
            zoned.with_time_zone(TimeZone::fixed(offset))
        };
        if !(0..=9999).contains(&zoned.year()) {
            return Err(error());
        }
        Ok(InternalDate { text: zoned.strftime(FORMAT).to_string() })
    }
}

impl TryFrom<&ZonedDateTime> for InternalDate {
    type Error = DateError;

    fn try_from(zoned: &ZonedDateTime) -> Result<InternalDate, DateError> {
        InternalDate::new(zoned)
    }
}

impl TryFrom<ZonedDateTime> for InternalDate {
    type Error = DateError;

    fn try_from(zoned: ZonedDateTime) -> Result<InternalDate, DateError> {
        InternalDate::new(&zoned)
    }
}

impl TryFrom<Timestamp> for InternalDate {
    type Error = DateError;

    /// In UTC.
    fn try_from(timestamp: Timestamp) -> Result<InternalDate, DateError> {
        InternalDate::new(&timestamp.to_zoned_datetime(TimeZone::UTC))
    }
}

impl TryFrom<SystemTime> for InternalDate {
    type Error = DateError;

    /// In the local time zone, as imaplib does for numbers.
    fn try_from(time: SystemTime) -> Result<InternalDate, DateError> {
        let timestamp = Timestamp::try_from(time)
            .map_err(|_| DateError { input: format!("{time:?}").chars().take(64).collect() })?;
        InternalDate::new(&timestamp.to_zoned_datetime(TimeZone::system()))
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

/// A search date (`date-text` of RFC 3501): `d-Mon-yyyy`; an error for a year outside
/// 0000-9999, which the four-digit form cannot hold.
pub fn format_search_date(date: Date) -> Result<String, DateError> {
    if !(0..=9999).contains(&date.year()) {
        return Err(DateError { input: date.to_string() });
    }
    Ok(date.strftime("%-d-%b-%Y").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_imaplib() {
        let zoned: ZonedDateTime = "2024-03-05T07:08:09-05:00[-05:00]".parse().unwrap();
        assert_eq!(InternalDate::new(&zoned).unwrap().to_quoted(), "\"05-Mar-2024 07:08:09 -0500\"");
        let ts: Timestamp = "2024-12-31T23:59:59Z".parse().unwrap();
        assert_eq!(InternalDate::try_from(ts).unwrap().as_str(), "31-Dec-2024 23:59:59 +0000");
    }

    #[test]
    fn offsets_with_seconds_and_years_out_of_range() {
        // +05:30:15 (a local mean time): the same instant in +0530, never `+053015`.
        let offset = jiff::tz::Offset::from_seconds(5 * 3600 + 30 * 60 + 15).unwrap();
        let zoned = "2024-03-05T12:00:00Z".parse::<Timestamp>().unwrap().to_zoned_datetime(TimeZone::fixed(offset));
        let date = InternalDate::new(&zoned).unwrap();
        assert_eq!(date.as_str(), "05-Mar-2024 17:30:00 +0530");
        assert_eq!(date.to_zoned().timestamp(), zoned.timestamp());
        // -00:01:15 rounds to -0001; +00:00:30 to +0001 (half away from zero).
        let offset = jiff::tz::Offset::from_seconds(-75).unwrap();
        let zoned = "2024-03-05T12:00:00Z".parse::<Timestamp>().unwrap().to_zoned_datetime(TimeZone::fixed(offset));
        assert_eq!(InternalDate::new(&zoned).unwrap().as_str(), "05-Mar-2024 11:59:00 -0001");
        // Years that four digits cannot hold.
        for text in ["-000001-12-31T00:00:00Z", "-009998-06-01T00:00:00Z"] {
            let ts: Timestamp = text.parse().unwrap();
            assert!(InternalDate::try_from(ts).is_err(), "{text}");
        }
        let ts: Timestamp = "0000-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(InternalDate::try_from(ts).unwrap().as_str(), "01-Jan-0000 00:00:00 +0000");
        assert!(format_search_date(jiff::civil::date(-1, 1, 1)).is_err());
        assert_eq!(format_search_date(jiff::civil::date(9999, 12, 31)).unwrap(), "31-Dec-9999");
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
        assert_eq!(format_search_date(jiff::civil::date(2024, 3, 5)).unwrap(), "5-Mar-2024");
    }
}
