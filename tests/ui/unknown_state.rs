imapkit::command_table!(Site, inline = r#"
[commands]
XBAD = { states = "AX", doc = "X is no state." }
"#);

fn main() {}
