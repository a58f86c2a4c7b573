imapkit::command_table!(Site, inline = r#"
[commands]
XGOOD = { states = "A", doc = "Fine." }
XBAD = { states = "A", args = ["name:astrng"], doc = "Misspelt kind." }
"#);

fn main() {}
