imapkit::command_table!(Site, inline = r#"
[commands]
XOLD = { states = "S", removed_in = "IMAP5", doc = "No such revision." }
"#);

fn main() {}
