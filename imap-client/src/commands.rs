//! The command set of `spec/commands.toml`, generated: [`Commands`] has one method per table
//! line; [`build`] has the same line's build step (typed arguments to a [`Request`](crate::Request),
//! nothing sent, for pipelining); each line has a `…Response` result struct (made `From` a
//! [`Completed`](crate::Completed) command) and a `CommandDef` static, all listed in
//! [`COMMANDS_TABLE`].

// `commands.toml` links to `spec/commands.toml`, so the packaged crate carries the table.
imapkit_macros::command_table!(Commands, "commands.toml");

use crate::types::{ListItem, SpecialUse};

/// The mailbox among `items` with a special use: the first one LIST (or Gmail's XLIST)
/// marked with it.
fn with_special_use<'a>(items: &'a [ListItem], special_use: &SpecialUse) -> Option<&'a ListItem> {
    items.iter().find(|item| item.is_special_use(special_use))
}

impl ListResponse {
    /// The mailbox listed with this special use (RFC 6154), e.g. where to save sent mail.
    /// Ask with `LIST (SPECIAL-USE) "" "*"` (selection) or `RETURN (SPECIAL-USE)`; a server
    /// without SPECIAL-USE may still mark them, and Gmail's XLIST ([`XlistResponse`]) did.
    ///
    /// ```no_run
    /// use imapkit::{Client, Commands, ListSelection};
    /// use imapkit::types::SpecialUse;
    /// # fn demo(client: &mut Client) -> Result<(), imapkit::Error> {
    /// let listed = client.list(Some(&ListSelection::special_use()), "", "*", None)?;
    /// if let Some(sent) = listed.special_use(&SpecialUse::Sent) {
    ///     println!("sent mail goes to {}", sent.mailbox);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn special_use(&self, special_use: &SpecialUse) -> Option<&ListItem> {
        with_special_use(&self.list, special_use)
    }
}

impl XlistResponse {
    /// As [`ListResponse::special_use`], for XLIST's attributes (`\AllMail`, `\Spam`,
    /// `\Starred` read as All, Junk, Flagged).
    pub fn special_use(&self, special_use: &SpecialUse) -> Option<&ListItem> {
        with_special_use(&self.list, special_use)
    }
}

/// At most this many numbers come out of [`SearchResponse::numbers`]: an ESEARCH range such as
/// `1:4294967295` is a few bytes on the wire and would otherwise expand without bound.
pub const MAX_SEARCH_NUMBERS: usize = 1 << 24;

/// The matches of a SEARCH, whichever form the server answered in: `* SEARCH` numbers
/// (IMAP4rev1) and the `ALL` of each `* ESEARCH` (IMAP4rev2, or with return options).
fn search_numbers(
    search: &crate::extract::SearchResult,
    esearch: &[crate::types::ESearch],
) -> Result<Vec<u32>, crate::Error> {
    let mut numbers = search.numbers.clone();
    for set in esearch.iter().filter_map(|e| e.all.as_ref()) {
        let room = MAX_SEARCH_NUMBERS.saturating_sub(numbers.len());
        let expanded = set.expand(u32::MAX, room).ok_or_else(|| {
            crate::Error::Limit(format!("an ESEARCH ALL of more than {MAX_SEARCH_NUMBERS} numbers ({set})"))
        })?;
        numbers.extend(expanded);
    }
    Ok(numbers)
}

/// The matches as one sequence set (ESEARCH's compact form, or SEARCH's numbers collapsed
/// into ranges); `None` when nothing matched.
fn search_set(search: &crate::extract::SearchResult, esearch: &[crate::types::ESearch]) -> Option<crate::SequenceSet> {
    let mut sets: Vec<crate::SequenceSet> = crate::SequenceSet::from_numbers(&search.numbers).into_iter().collect();
    sets.extend(esearch.iter().filter_map(|e| e.all.clone()));
    if sets.len() <= 1 {
        return sets.pop();
    }
    let text: Vec<String> = sets.iter().map(ToString::to_string).collect();
    text.join(",").parse().ok()
}

macro_rules! search_matches {
    ($($response:ident: $what:literal),*) => {$(
        impl $response {
            #[doc = concat!("The matching ", $what, ", whether the server answered with `* SEARCH` (IMAP4rev1) or")]
            /// `* ESEARCH` (IMAP4rev2 after `ENABLE IMAP4rev2`, a rev2-only server, or return
            /// options), in the server's order.
            ///
            /// # Errors
            ///
            /// [`Error::Limit`](crate::Error::Limit) when an ESEARCH range would expand to
            /// more than [`MAX_SEARCH_NUMBERS`]; [`Self::set`] keeps such a result compact.
            ///
            /// ```no_run
            /// use imapkit::{Client, Commands};
            /// use imapkit::encode::SearchKey;
            /// # fn demo(client: &mut Client) -> Result<(), imapkit::Error> {
            /// let unseen = client.uid_search(SearchKey::Unseen)?.numbers()?;
            /// println!("{} unseen", unseen.len());
            /// # Ok(()) }
            /// ```
            pub fn numbers(&self) -> Result<Vec<u32>, crate::Error> {
                search_numbers(&self.search, &self.esearch)
            }

            #[doc = concat!("The matching ", $what, " as one sequence set, ready for FETCH or STORE; `None` when")]
            /// nothing matched.
            pub fn set(&self) -> Option<crate::SequenceSet> {
                search_set(&self.search, &self.esearch)
            }
        }
    )*};
}

search_matches!(SearchResponse: "message numbers", UidSearchResponse: "UIDs");
