//! Every argument kind and untagged kind goes through the generated code: `every-kind.toml`
//! names all of them, so compiling this file type-checks each row of the descriptor model
//! (parameter types, field types) against the encoder and the extractors.

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::command::{ArgKind, Cardinality, Claim, State, UntaggedKind};

imapkit::command_table!(EveryKind, "every-kind.toml", build = every_build);

#[test]
fn the_table_names_every_kind() {
    let args: Vec<(ArgKind, Cardinality)> = XALLARGS.args.iter().map(|a| (a.kind, a.cardinality)).collect();
    for kind in ArgKind::ALL {
        for cardinality in [Cardinality::One, Cardinality::Optional] {
            assert!(
                args.contains(&(*kind, cardinality)),
                "add `{}` ({cardinality:?}) to tests/every-kind.toml",
                kind.name()
            );
        }
    }
    for kind in UntaggedKind::ALL {
        assert!(XALLKINDS.untagged.contains(&Claim::Known(*kind)), "add `{}` to tests/every-kind.toml", kind.name());
    }
}

#[test]
fn every_untagged_kind_lands_in_its_field() {
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &["* 3 EXISTS\r\n* 1 EXPUNGE\r\n* SEARCH 2 4\r\n* STATUS INBOX (MESSAGES 3)\r\n\
           * OK [UIDNEXT 9] next\r\n* OK [NOMODSEQ] none\r\n* ENABLED UTF8=ACCEPT\r\n\
           * VANISHED (EARLIER) 5:6\r\n* OK [ALERT] look\r\n{tag} OK done\r\n"],
    );
    client.session_mut().set_state(State::Selected);
    let result = client.xallkinds().unwrap();
    assert_eq!(result.exists, Some(3));
    assert_eq!(result.expunged, vec![1]);
    assert_eq!(result.search.numbers, vec![2, 4]);
    assert_eq!(result.statuses.first().map(|s| s.mailbox.to_string()), Some("INBOX".to_owned()));
    assert_eq!(result.uid_next, Some(9));
    assert!(result.no_modseq && !result.closed);
    assert_eq!(result.enabled, vec!["UTF8=ACCEPT".to_owned()]);
    assert!(result.vanished[0].earlier);
    assert_eq!(result.alerts, vec!["look".to_owned()]);
    assert!(result.unclaimed.is_empty() && result.unparsed.is_empty(), "{result:?}");
    // The build step alone sends nothing and names its line.
    assert_eq!(every_build::xallkinds().unwrap().command().def.name, "XALLKINDS");
}
