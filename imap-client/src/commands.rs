//! The command set of `spec/commands.toml`, generated: [`Commands`] has one method per table
//! line; [`build`] has the same line's build step (typed arguments to a [`Request`](crate::Request),
//! nothing sent, for pipelining); each line has a `…Response` result struct (made `From` a
//! [`Completed`](crate::Completed) command) and a `CommandDef` static, all listed in
//! [`COMMANDS_TABLE`].

imap_macros::command_table!(Commands, "../spec/commands.toml");

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
    /// use imap_client::{Client, Commands, ListSelection};
    /// use imap_client::types::SpecialUse;
    /// # fn demo(client: &mut Client) -> Result<(), imap_client::Error> {
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
