imap_client::command_table!(Site, inline = r#"
[commands]
XPURGE = { states = "S", args = ["days:number?", "folder:mailbox"], doc = "Optional first." }
"#);

fn main() {}
