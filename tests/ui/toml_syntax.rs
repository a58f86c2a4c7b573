imapkit::command_table!(Site, inline = r#"
[commands]
XPURGE = { states = "S", doc = "Missing brace."
"#);

fn main() {}
