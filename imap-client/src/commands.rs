//! The command set of `spec/commands.toml`, generated: [`Commands`] has one method per table
//! line, each with a `…Response` result struct and a `CommandDef` static, all listed in
//! [`COMMANDS_TABLE`].

imap_macros::command_table!(Commands, "../spec/commands.toml");
