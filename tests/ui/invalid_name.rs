imapkit::command_table!(Site, inline = r#"
[commands]
"X(PURGE)" = { states = "S", doc = "Parentheses are not atom characters." }
"#);

fn main() {}
