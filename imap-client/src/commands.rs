//! The command set of `spec/commands.toml`, generated: [`Commands`] has one method per table
//! line; [`build`] has the same line's build step (typed arguments to a [`Request`](crate::Request),
//! nothing sent, for pipelining); each line has a `…Response` result struct (made `From` a
//! [`Completed`](crate::Completed) command) and a `CommandDef` static, all listed in
//! [`COMMANDS_TABLE`].

imap_macros::command_table!(Commands, "../spec/commands.toml");
