imapkit::command_table!(Site, "no-such-table.toml");

fn main() {}
