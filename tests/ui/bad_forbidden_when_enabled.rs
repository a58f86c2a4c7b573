imapkit::command_table!(Site, inline = r#"
[commands]
XSEQ = { states = "S", forbidden_when_enabled = "UID ONLY", doc = "Not an atom." }
"#);

fn main() {}
