imap_client::command_table!(Site, "no-such-table.toml");

fn main() {}
