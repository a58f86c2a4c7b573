//! `imapkit-macros`: turns an IMAP command table (TOML, one line per command) into a typed API.
//!
//! The pipeline has three stages that never mix: `imapkit_table::raw` deserialises the TOML,
//! keeping the byte span of every value; `imapkit_table::model` validates it into a typed model,
//! reporting every error at its line; `emit` writes the trait of command methods, their result
//! structs and the command descriptors, from the model only.
//!
//! Entry point: [`command_table!`], re-exported by `imapkit`.

mod emit;

use proc_macro::TokenStream;

/// Generates a command trait from a table file.
///
/// ```text
/// command_table!(SiteCommands, "site.toml");
/// command_table!(SiteCommands, inline = r#"[commands] ..."#);
/// ```
///
/// The path is relative to the invoking crate's `CARGO_MANIFEST_DIR`. The expansion defines
/// `pub trait SiteCommands` (implemented for every `Execute`), one `…Response` struct per
/// command and one `CommandDef` static per command, plus `TABLE` listing them.
#[proc_macro]
pub fn command_table(input: TokenStream) -> TokenStream {
    emit::expand(input.into()).into()
}
