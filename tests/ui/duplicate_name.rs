imapkit::command_table!(Site, inline = r#"
[commands]
XPURGE_2 = { states = "S", doc = "First." }
XPURGE-2 = { states = "S", doc = "Also the method xpurge_2." }
XPURGE2 = { states = "S", doc = "Also the struct Xpurge2Response." }
"#);

fn main() {}
