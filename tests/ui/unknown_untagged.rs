imapkit::command_table!(Site, inline = r#"
[commands]
XPURGE = { states = "S", untagged = ["EXISTS", "PURGED"], doc = "PURGED is not known and not X-prefixed." }
"#);

fn main() {}
