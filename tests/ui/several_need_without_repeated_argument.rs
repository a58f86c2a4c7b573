imapkit::command_table!(Site, inline = r#"
[commands]
XONE = { states = "A", args = ["name:astring"], several_need = "XMANY", doc = "Nothing repeats here." }
"#);

fn main() {}
