//! A bad line is one error: the good lines are still generated and callable.
use imapkit::Client;

imapkit::command_table!(Site, inline = r#"
[commands]
XGOOD = { states = "A", args = ["days:number"], doc = "Fine." }
XBAD = { states = "A", args = ["days:numbr"], doc = "Bad kind." }
"#);

fn use_it(client: &mut Client<std::net::TcpStream>) {
    let _ = client.xgood(3);
}

fn main() {
    let _ = use_it;
}
