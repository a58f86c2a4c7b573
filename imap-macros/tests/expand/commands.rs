// @generated from spec/commands.toml by imapkit-macros; do not edit.
// Regenerate: UPDATE_EXPECT=1 cargo test -p imapkit-macros

/**Typed IMAP commands generated from a command table, one method per table line.

Implemented for every [`Execute`](::imapkit::Execute) (the blocking client, the golden-test recorder, ...). Each method builds its command with the function of the same name in [`build`] and turns the completed command into its result type.*/
pub trait Commands: ::imapkit::Execute {
    /**Asks for the server's capabilities (RFC 3501 6.1.1).

Wire form: `CAPABILITY`.

Allowed in: not authenticated, authenticated, selected.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let caps = client.capability()?; println!("{}", caps.capabilities.join(" "));
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn capability(
        &mut self,
    ) -> ::core::result::Result<CapabilityResponse, ::imapkit::Error> {
        let __request = build::capability()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CapabilityResponse::from)
    }
    /**Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).

Wire form: `NOOP`.

Allowed in: not authenticated, authenticated, selected.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let updates = client.noop()?; if let Some(exists) = updates.exists { println!("{exists} messages now"); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn noop(&mut self) -> ::core::result::Result<NoopResponse, ::imapkit::Error> {
        let __request = build::noop()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(NoopResponse::from)
    }
    /**Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).

Wire form: `LOGOUT`.

Allowed in: not authenticated, authenticated, selected.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.logout()?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn logout(&mut self) -> ::core::result::Result<LogoutResponse, ::imapkit::Error> {
        let __request = build::logout()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(LogoutResponse::from)
    }
    /**Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).

Wire form: `ID <parameters:id-params>`.

Allowed in: not authenticated, authenticated, selected. Needs capability `ID`.

# Arguments

- `parameters`: ID parameters, or NIL when empty. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`IdParams`](imapkit::encode::kinds::IdParams)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let server = client.id(&[("name", "my-app"), ("version", "1.0")])?; println!("{:?}", server.id);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn id(
        &mut self,
        parameters: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::IdParams>,
    ) -> ::core::result::Result<IdResponse, ::imapkit::Error> {
        let __request = build::id(parameters)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(IdResponse::from)
    }
    /**Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).

Wire form: `STARTTLS`.

Allowed in: not authenticated. Needs capability `STARTTLS`. The session runs its `starttls` exchange.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.set_tls_options(imapkit::TlsOptions::default()); client.starttls()?; // Client::connect_starttls does this before anything else
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn starttls(
        &mut self,
    ) -> ::core::result::Result<StarttlsResponse, ::imapkit::Error> {
        let __request = build::starttls()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(StarttlsResponse::from)
    }
    /**Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).

Wire form: `AUTHENTICATE <mechanism:mechanism> [<initial_response:sasl-response>]`.

Allowed in: not authenticated. The session runs its `sasl` exchange.

# Arguments

- `mechanism`: A SASL mechanism name: an atom, sent upper-case (RFC 4422 names are upper-case). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mechanism`](imapkit::encode::kinds::Mechanism)`>`.
- `initial_response`: A SASL initial response (RFC 4959 `initial-resp = base64 / "="`): base64 text or `=` for an empty one, sent bare and redacted in traces. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SaslResponse`](imapkit::encode::kinds::SaslResponse)`>`. Optional: `None` or `Some(&str)`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let mut sasl = imapkit::auth::SaslExchange::new(imapkit::auth::Plain::new("alice", "password"), None); client.authenticate("PLAIN", None, &mut sasl)?; // client.authenticate_with(mechanism) does this for you
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn authenticate(
        &mut self,
        mechanism: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mechanism>,
        initial_response: ::core::option::Option<&str>,
        handler: &mut dyn ::imapkit::ExchangeHandler,
    ) -> ::core::result::Result<AuthenticateResponse, ::imapkit::Error> {
        let __request = build::authenticate(mechanism, initial_response)?;
        self.execute(__request.into_command(), ::core::option::Option::Some(handler))
            .map(AuthenticateResponse::from)
    }
    /**Logs in with a user name and a password (RFC 3501 6.2.3).

Wire form: `LOGIN <username:astring> <password:secret>`.

Allowed in: not authenticated. Refused when the server advertises `LOGINDISABLED`.

# Arguments

- `username`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.
- `password`: Like `astring`, never traced in clear and refused on a cleartext connection. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Secret`](imapkit::encode::kinds::Secret)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.login("alice@example.com", "app-password")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn login(
        &mut self,
        username: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        password: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Secret>,
    ) -> ::core::result::Result<LoginResponse, ::imapkit::Error> {
        let __request = build::login(username, password)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(LoginResponse::from)
    }
    /**Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).

Wire form: `SELECT <mailbox:mailbox> [<parameters:select-params>]`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `parameters`: SELECT / EXAMINE parameters (RFC 7162 3.1.8, 3.2.5): `(CONDSTORE)`, `(QRESYNC (...))`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SelectParams`](imapkit::encode::kinds::SelectParams)`>`. Optional: `None` or `Some(&encode::SelectParams)`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let inbox = client.select("INBOX", None)?; println!("{} messages, UIDVALIDITY {:?}", inbox.exists.unwrap_or(0), inbox.uid_validity);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn select(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imapkit::encode::SelectParams>,
    ) -> ::core::result::Result<SelectResponse, ::imapkit::Error> {
        let __request = build::select(mailbox, parameters)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SelectResponse::from)
    }
    /**Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).

Wire form: `EXAMINE <mailbox:mailbox> [<parameters:select-params>]`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `parameters`: SELECT / EXAMINE parameters (RFC 7162 3.1.8, 3.2.5): `(CONDSTORE)`, `(QRESYNC (...))`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SelectParams`](imapkit::encode::kinds::SelectParams)`>`. Optional: `None` or `Some(&encode::SelectParams)`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let sent = client.examine("Sent", None)?; println!("first unseen: {:?}", sent.unseen);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn examine(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imapkit::encode::SelectParams>,
    ) -> ::core::result::Result<ExamineResponse, ::imapkit::Error> {
        let __request = build::examine(mailbox, parameters)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ExamineResponse::from)
    }
    /**Creates a mailbox, optionally with a special use (USE (\Drafts)) under CREATE-SPECIAL-USE (RFC 3501 6.3.3, RFC 6154 3).

Wire form: `CREATE <mailbox:mailbox> [<special_use:special-use>]`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `special_use`: CREATE's special-use parameter `(USE (\Sent))` (RFC 6154 3). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SpecialUse`](imapkit::encode::kinds::SpecialUse)`>`. Optional: `None` or `Some(&[types::SpecialUse])`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.create("Projects/2026", None)?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn create(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        special_use: ::core::option::Option<&[::imapkit::types::SpecialUse]>,
    ) -> ::core::result::Result<CreateResponse, ::imapkit::Error> {
        let __request = build::create(mailbox, special_use)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CreateResponse::from)
    }
    /**Deletes a mailbox (RFC 3501 6.3.4).

Wire form: `DELETE <mailbox:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.delete("Projects/2025")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn delete(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<DeleteResponse, ::imapkit::Error> {
        let __request = build::delete(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(DeleteResponse::from)
    }
    /**Renames a mailbox (RFC 3501 6.3.5).

Wire form: `RENAME <from:mailbox> <to:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `from`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `to`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.rename("Projects/Old", "Archive/Old")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn rename(
        &mut self,
        from: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        to: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<RenameResponse, ::imapkit::Error> {
        let __request = build::rename(from, to)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(RenameResponse::from)
    }
    /**Adds a mailbox to the subscription list (RFC 3501 6.3.6).

Wire form: `SUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.subscribe("Archive")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn subscribe(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<SubscribeResponse, ::imapkit::Error> {
        let __request = build::subscribe(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SubscribeResponse::from)
    }
    /**Removes a mailbox from the subscription list (RFC 3501 6.3.7).

Wire form: `UNSUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.unsubscribe("Archive")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn unsubscribe(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<UnsubscribeResponse, ::imapkit::Error> {
        let __request = build::unsubscribe(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UnsubscribeResponse::from)
    }
    /**Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).

Wire form: `LIST [<selection:list-selection>] <reference:mailbox> <pattern:list-mailbox> [RETURN <return_options:list-return>]`.

Allowed in: authenticated, selected.

# Arguments

- `selection`: LIST's selection options (RFC 5258 3.1), before the reference. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListSelection`](imapkit::encode::kinds::ListSelection)`>`. Optional: `None` or `Some(&encode::ListSelection)`.
- `reference`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `pattern`: A LIST pattern (`%` and `*` kept). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListMailbox`](imapkit::encode::kinds::ListMailbox)`>`.
- `return_options`: LIST's return options (RFC 5258 3.2, RFC 5819, RFC 6154, RFC 8440). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListReturn`](imapkit::encode::kinds::ListReturn)`>`. Optional: `None` or `Some(&encode::ListReturn)`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for item in client.list(None, "", "*", None)?.list { println!("{} {:?}", item.mailbox, item.attributes); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn list(
        &mut self,
        selection: ::core::option::Option<&::imapkit::encode::ListSelection>,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
        return_options: ::core::option::Option<&::imapkit::encode::ListReturn>,
    ) -> ::core::result::Result<ListResponse, ::imapkit::Error> {
        let __request = build::list(selection, reference, pattern, return_options)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ListResponse::from)
    }
    /**Gmail's listing with special-use attributes from before SPECIAL-USE; its XLIST responses read as LIST (Google's IMAP extensions; RFC 6154 replaces it).

Wire form: `XLIST <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected. Needs capability `XLIST`.

# Arguments

- `reference`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `pattern`: A LIST pattern (`%` and `*` kept). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListMailbox`](imapkit::encode::kinds::ListMailbox)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn xlist(
        &mut self,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
    ) -> ::core::result::Result<XlistResponse, ::imapkit::Error> {
        let __request = build::xlist(reference, pattern)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(XlistResponse::from)
    }
    /**Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).

Wire form: `LSUB <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected. Removed in IMAP4rev2: refused once the session follows its rules.

# Arguments

- `reference`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `pattern`: A LIST pattern (`%` and `*` kept). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListMailbox`](imapkit::encode::kinds::ListMailbox)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn lsub(
        &mut self,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
    ) -> ::core::result::Result<LsubResponse, ::imapkit::Error> {
        let __request = build::lsub(reference, pattern)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(LsubResponse::from)
    }
    /**Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).

Wire form: `STATUS <mailbox:mailbox> <items:status-items>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `items`: A parenthesised list of STATUS items. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StatusItems`](imapkit::encode::kinds::StatusItems)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let status = client.status("INBOX", &[StatusItem::Messages, StatusItem::Unseen])?; println!("{:?} unseen", status.statuses[0].get("UNSEEN"));
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn status(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StatusItems>,
    ) -> ::core::result::Result<StatusResponse, ::imapkit::Error> {
        let __request = build::status(mailbox, items)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(StatusResponse::from)
    }
    /**Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).

Wire form: `APPEND <mailbox:mailbox> <messages:append-message> ...`.

Allowed in: authenticated, selected. More than one value of the repeated argument needs capability `MULTIAPPEND`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `messages`: One APPEND message: flags, date and the message literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AppendMessage`](imapkit::encode::kinds::AppendMessage)`>`. One or more values (an iterator).

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.append("Drafts", [AppendMessage::new("Subject: hi\r\n\r\nHello\r\n").flags(vec![Flag::Draft])])?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
        >,
    ) -> ::core::result::Result<AppendResponse, ::imapkit::Error> {
        let __request = build::append(mailbox, messages)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(AppendResponse::from)
    }
    /**Asks for the personal, other users' and shared namespaces (RFC 2342 5).

Wire form: `NAMESPACE`.

Allowed in: authenticated, selected. Needs capability `NAMESPACE`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
if let Some(namespaces) = client.namespace()?.namespace { println!("personal: {:?}", namespaces.personal); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn namespace(
        &mut self,
    ) -> ::core::result::Result<NamespaceResponse, ::imapkit::Error> {
        let __request = build::namespace()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(NamespaceResponse::from)
    }
    /**Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).

Wire form: `ENABLE <capabilities:atom> ...`.

Allowed in: authenticated. Needs capability `ENABLE`.

# Arguments

- `capabilities`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`. One or more values (an iterator).

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let enabled = client.enable(["CONDSTORE"])?; println!("{:?}", enabled.enabled);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn enable(
        &mut self,
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        >,
    ) -> ::core::result::Result<EnableResponse, ::imapkit::Error> {
        let __request = build::enable(capabilities)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(EnableResponse::from)
    }
    /**Asks for a mailbox's access control list (RFC 4314 3.3).

Wire form: `GETACL <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for acl in client.getacl("Shared")?.acl { println!("{:?}", acl.entries); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn getacl(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<GetaclResponse, ::imapkit::Error> {
        let __request = build::getacl(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetaclResponse::from)
    }
    /**Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).

Wire form: `SETACL <mailbox:mailbox> <identifier:astring> <rights:acl-rights>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `identifier`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.
- `rights`: ACL rights letters (RFC 4314). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AclRights`](imapkit::encode::kinds::AclRights)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.setacl("Shared", "bob", "lrs")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn setacl(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        rights: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AclRights>,
    ) -> ::core::result::Result<SetaclResponse, ::imapkit::Error> {
        let __request = build::setacl(mailbox, identifier, rights)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetaclResponse::from)
    }
    /**Removes an identifier from a mailbox's access control list (RFC 4314 3.2).

Wire form: `DELETEACL <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `identifier`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.deleteacl("Shared", "bob")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn deleteacl(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<DeleteaclResponse, ::imapkit::Error> {
        let __request = build::deleteacl(mailbox, identifier)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(DeleteaclResponse::from)
    }
    /**Asks which rights may be granted to an identifier (RFC 4314 3.4).

Wire form: `LISTRIGHTS <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `identifier`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
println!("{:?}", client.listrights("Shared", "bob")?.list_rights);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn listrights(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<ListrightsResponse, ::imapkit::Error> {
        let __request = build::listrights(mailbox, identifier)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ListrightsResponse::from)
    }
    /**Asks for the current user's rights on a mailbox (RFC 4314 3.5).

Wire form: `MYRIGHTS <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
println!("{:?}", client.myrights("INBOX")?.my_rights);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn myrights(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<MyrightsResponse, ::imapkit::Error> {
        let __request = build::myrights(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(MyrightsResponse::from)
    }
    /**Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).

Wire form: `GETQUOTA <root:astring>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.

# Arguments

- `root`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for quota in client.getquota("")?.quotas { println!("{}: {:?}", quota.root, quota.resources); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn getquota(
        &mut self,
        root: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<GetquotaResponse, ::imapkit::Error> {
        let __request = build::getquota(root)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetquotaResponse::from)
    }
    /**Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).

Wire form: `SETQUOTA <root:astring> <limits:quota-limits>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.

# Arguments

- `root`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.
- `limits`: Quota limits: `(resource limit ...)`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`QuotaLimits`](imapkit::encode::kinds::QuotaLimits)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.setquota("", &[("STORAGE", 512_000)])?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn setquota(
        &mut self,
        root: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        limits: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::QuotaLimits>,
    ) -> ::core::result::Result<SetquotaResponse, ::imapkit::Error> {
        let __request = build::setquota(root, limits)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetquotaResponse::from)
    }
    /**Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).

Wire form: `GETQUOTAROOT <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let roots = client.getquotaroot("INBOX")?; println!("{:?} {:?}", roots.quota_roots, roots.quotas);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn getquotaroot(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<GetquotarootResponse, ::imapkit::Error> {
        let __request = build::getquotaroot(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetquotarootResponse::from)
    }
    /**Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).

Wire form: `GETANNOTATION <mailbox:mailbox> <entries:string-list> <attributes:string-list>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entries`: A parenthesised list of strings. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StringList`](imapkit::encode::kinds::StringList)`>`.
- `attributes`: A parenthesised list of strings. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StringList`](imapkit::encode::kinds::StringList)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn getannotation(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringList>,
        attributes: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringList>,
    ) -> ::core::result::Result<GetannotationResponse, ::imapkit::Error> {
        let __request = build::getannotation(mailbox, entries, attributes)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetannotationResponse::from)
    }
    /**Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).

Wire form: `SETANNOTATION <mailbox:mailbox> <entry:string> <attributes:string-pairs>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entry`: A quoted string or literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Str`](imapkit::encode::kinds::Str)`>`.
- `attributes`: Pairs whose names are strings too (METADATA entries). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StringPairs`](imapkit::encode::kinds::StringPairs)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn setannotation(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entry: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Str>,
        attributes: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringPairs>,
    ) -> ::core::result::Result<SetannotationResponse, ::imapkit::Error> {
        let __request = build::setannotation(mailbox, entry, attributes)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetannotationResponse::from)
    }
    /**Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).

Wire form: `GETMETADATA <mailbox:mailbox> <entries:astring-list>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entries`: A parenthesised list of astrings. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AStringList`](imapkit::encode::kinds::AStringList)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for entry in client.getmetadata("", &["/shared/comment"])?.metadata { println!("{:?}", entry.entries); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn getmetadata(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AStringList>,
    ) -> ::core::result::Result<GetmetadataResponse, ::imapkit::Error> {
        let __request = build::getmetadata(mailbox, entries)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetmetadataResponse::from)
    }
    /**Writes metadata; a NIL value removes an entry (RFC 5464 4.3).

Wire form: `SETMETADATA <mailbox:mailbox> <entries:pairs>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entries`: A parenthesised list of `name value` pairs (values may be NIL). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Pairs`](imapkit::encode::kinds::Pairs)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.setmetadata("INBOX", &[("/private/comment", Some("my inbox"))])?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn setmetadata(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Pairs>,
    ) -> ::core::result::Result<SetmetadataResponse, ::imapkit::Error> {
        let __request = build::setmetadata(mailbox, entries)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetmetadataResponse::from)
    }
    /**Ends the authenticated session without closing the connection; back to not authenticated, with every ENABLEd extension reset (RFC 8437 3).

Wire form: `UNAUTHENTICATE`.

Allowed in: authenticated, selected. Needs capability `UNAUTHENTICATE`.*/
    #[allow(clippy::too_many_arguments)]
    fn unauthenticate(
        &mut self,
    ) -> ::core::result::Result<UnauthenticateResponse, ::imapkit::Error> {
        let __request = build::unauthenticate()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UnauthenticateResponse::from)
    }
    /**Asks the server to tell of changes in other mailboxes too (or of none); the notifications arrive unsolicited (RFC 5465 3).

Wire form: `NOTIFY <request:notify>`.

Allowed in: authenticated, selected. Needs capability `NOTIFY`.

# Arguments

- `request`: NOTIFY's request (RFC 5465 3): `NONE` or `SET [STATUS] (mailboxes (events)) ...`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Notify`](imapkit::encode::kinds::Notify)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        request: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Notify>,
    ) -> ::core::result::Result<NotifyResponse, ::imapkit::Error> {
        let __request = build::notify(request)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(NotifyResponse::from)
    }
    /**Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).

Wire form: `PROXYAUTH <user:astring>`.

Allowed in: authenticated.

# Arguments

- `user`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn proxyauth(
        &mut self,
        user: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<ProxyauthResponse, ::imapkit::Error> {
        let __request = build::proxyauth(user)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ProxyauthResponse::from)
    }
    /**Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).

Wire form: `IDLE`.

Allowed in: authenticated, selected. Needs capability `IDLE`. The session runs its `idle` exchange.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let until = std::time::Instant::now() + std::time::Duration::from_secs(300); let mut watch = imapkit::IdleWatch::new(Some(until), true, |update| println!("{}", update.kind())); let updates = client.idle(&mut watch)?; println!("{:?}", updates.exists);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn idle(
        &mut self,
        handler: &mut dyn ::imapkit::ExchangeHandler,
    ) -> ::core::result::Result<IdleResponse, ::imapkit::Error> {
        let __request = build::idle()?;
        self.execute(__request.into_command(), ::core::option::Option::Some(handler))
            .map(IdleResponse::from)
    }
    /**Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).

Wire form: `COMPRESS <algorithm:atom>`.

Allowed in: authenticated, selected. Needs capability `COMPRESS=DEFLATE`. The session runs its `compress` exchange.

# Arguments

- `algorithm`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.compress("DEFLATE")?; println!("{:?}", client.compression());
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn compress(
        &mut self,
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
    ) -> ::core::result::Result<CompressResponse, ::imapkit::Error> {
        let __request = build::compress(algorithm)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CompressResponse::from)
    }
    /**Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).

Wire form: `CHECK`.

Allowed in: selected. Removed in IMAP4rev2: refused once the session follows its rules.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.check()?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn check(&mut self) -> ::core::result::Result<CheckResponse, ::imapkit::Error> {
        let __request = build::check()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CheckResponse::from)
    }
    /**Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).

Wire form: `CLOSE`.

Allowed in: selected.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.close()?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn close(&mut self) -> ::core::result::Result<CloseResponse, ::imapkit::Error> {
        let __request = build::close()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CloseResponse::from)
    }
    /**Deselects the mailbox without expunging (RFC 3691).

Wire form: `UNSELECT`.

Allowed in: selected. Needs capability `UNSELECT`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.unselect()?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn unselect(
        &mut self,
    ) -> ::core::result::Result<UnselectResponse, ::imapkit::Error> {
        let __request = build::unselect()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UnselectResponse::from)
    }
    /**Removes messages marked \Deleted (RFC 3501 6.4.3).

Wire form: `EXPUNGE`.

Allowed in: selected.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let gone = client.expunge()?; println!("{} messages expunged", gone.expunged.len());
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn expunge(&mut self) -> ::core::result::Result<ExpungeResponse, ::imapkit::Error> {
        let __request = build::expunge()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ExpungeResponse::from)
    }
    /**Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).

Wire form: `SEARCH <criteria:search>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `criteria`: A whole search program: charset and keys. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Search`](imapkit::encode::kinds::Search)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let found = client.search(SearchKey::Unseen)?.numbers()?; println!("unseen: {found:?}");
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn search(
        &mut self,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Search>,
    ) -> ::core::result::Result<SearchResponse, ::imapkit::Error> {
        let __request = build::search(criteria)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SearchResponse::from)
    }
    /**Stops the result updates that SEARCH or SORT RETURN (UPDATE) started, named by those commands' tags (RFC 5267 4.3).

Wire form: `CANCELUPDATE <tags:string> ...`.

Allowed in: selected. Needs capability `CONTEXT=SEARCH`.

# Arguments

- `tags`: A quoted string or literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Str`](imapkit::encode::kinds::Str)`>`. One or more values (an iterator).*/
    #[allow(clippy::too_many_arguments)]
    fn cancelupdate(
        &mut self,
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Str>,
        >,
    ) -> ::core::result::Result<CancelupdateResponse, ::imapkit::Error> {
        let __request = build::cancelupdate(tags)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CancelupdateResponse::from)
    }
    /**Retrieves message data (RFC 3501 6.4.5, RFC 7162).

Wire form: `FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `items`: FETCH items (a macro, one item or a list). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`FetchItems`](imapkit::encode::kinds::FetchItems)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for fetch in client.fetch(1..=10, "(FLAGS ENVELOPE)")?.fetches { println!("{} {:?}", fetch.seq, fetch.flags()); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn fetch(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<FetchResponse, ::imapkit::Error> {
        let __request = build::fetch(set, items)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(FetchResponse::from)
    }
    /**Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).

Wire form: `STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `action`: A STORE action (`+FLAGS.SILENT (\Seen)`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StoreAction`](imapkit::encode::kinds::StoreAction)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.store("1:3", StoreAction::add(vec![Flag::Seen]).silent())?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn store(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        action: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StoreAction>,
    ) -> ::core::result::Result<StoreResponse, ::imapkit::Error> {
        let __request = build::store(set, action)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(StoreResponse::from)
    }
    /**Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).

Wire form: `COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.copy("1:*", "Archive")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn copy(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<CopyResponse, ::imapkit::Error> {
        let __request = build::copy(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CopyResponse::from)
    }
    /**Moves messages to another mailbox (RFC 6851 3.1).

Wire form: `MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let moved = client.move_(4..=7, "Archive")?; println!("{:?}", moved.copy_uid);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn move_(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<MoveResponse, ::imapkit::Error> {
        let __request = build::move_(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(MoveResponse::from)
    }
    /**Searches and returns the matches in sort order; with return options (ESORT) the answer is an ESEARCH (RFC 5256 3, RFC 5267 3.2).

Wire form: `SORT [RETURN <return_options:search-return>] <criteria:sort-criteria> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`. Refused once `UIDONLY` is enabled.

# Arguments

- `return_options`: ESEARCH-style return options for SORT (RFC 5267 ESORT): `(MIN MAX COUNT ALL ...)`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchReturn`](imapkit::encode::kinds::SearchReturn)`>`. Optional: `None` or `Some(&encode::SearchReturn)`.
- `criteria`: SORT criteria. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SortCriteria`](imapkit::encode::kinds::SortCriteria)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let newest_first = client.sort(None, &[SortKey::reverse(SortField::Date)], "UTF-8", SearchKey::All)?; println!("{:?}", newest_first.sort);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn sort(
        &mut self,
        return_options: ::core::option::Option<&::imapkit::encode::SearchReturn>,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SortCriteria>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<SortResponse, ::imapkit::Error> {
        let __request = build::sort(return_options, criteria, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SortResponse::from)
    }
    /**Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).

Wire form: `THREAD <algorithm:atom> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `algorithm`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for thread in client.thread("REFERENCES", "UTF-8", SearchKey::All)?.threads { println!("{:?}", thread.messages); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn thread(
        &mut self,
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<ThreadResponse, ::imapkit::Error> {
        let __request = build::thread(algorithm, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ThreadResponse::from)
    }
    /**Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).

Wire form: `PARTIAL <message:number> <item:raw> <start:number> <length:number>`.

Allowed in: selected.

# Arguments

- `message`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `item`: Raw protocol text, refused if it holds CR, LF or NUL (an escape hatch). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Raw`](imapkit::encode::kinds::Raw)`>`.
- `start`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `length`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn partial(
        &mut self,
        message: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        item: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Raw>,
        start: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        length: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
    ) -> ::core::result::Result<PartialResponse, ::imapkit::Error> {
        let __request = build::partial(message, item, start, length)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(PartialResponse::from)
    }
    /**Replaces a message with a new one (flags, date, literal), stored in the given mailbox, as one atomic step (RFC 8508 3.1).

Wire form: `REPLACE <message:number> <mailbox:mailbox> <replacement:append-message>`.

Allowed in: selected. Needs capability `REPLACE`. Refused once `UIDONLY` is enabled.

# Arguments

- `message`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `replacement`: One APPEND message: flags, date and the message literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AppendMessage`](imapkit::encode::kinds::AppendMessage)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn replace(
        &mut self,
        message: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        replacement: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
    ) -> ::core::result::Result<ReplaceResponse, ::imapkit::Error> {
        let __request = build::replace(message, mailbox, replacement)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ReplaceResponse::from)
    }
    /**FETCH by UID; UID is always returned (RFC 3501 6.4.8).

Wire form: `UID FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `items`: FETCH items (a macro, one item or a list). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`FetchItems`](imapkit::encode::kinds::FetchItems)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
for fetch in client.uid_fetch(4800.., "(UID RFC822.SIZE)")?.fetches { println!("{:?} {:?}", fetch.uid(), fetch.size()); }
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_fetch(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<UidFetchResponse, ::imapkit::Error> {
        let __request = build::uid_fetch(set, items)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidFetchResponse::from)
    }
    /**SEARCH returning UIDs (RFC 3501 6.4.8).

Wire form: `UID SEARCH <criteria:search>`.

Allowed in: selected.

# Arguments

- `criteria`: A whole search program: charset and keys. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Search`](imapkit::encode::kinds::Search)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let uids = client.uid_search(SearchKey::From("alice@example.com".into()))?.numbers()?; println!("{uids:?}");
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_search(
        &mut self,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Search>,
    ) -> ::core::result::Result<UidSearchResponse, ::imapkit::Error> {
        let __request = build::uid_search(criteria)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidSearchResponse::from)
    }
    /**STORE by UID (RFC 3501 6.4.8).

Wire form: `UID STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `action`: A STORE action (`+FLAGS.SILENT (\Seen)`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StoreAction`](imapkit::encode::kinds::StoreAction)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.uid_store(4810, StoreAction::add(vec![Flag::Deleted]))?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_store(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        action: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StoreAction>,
    ) -> ::core::result::Result<UidStoreResponse, ::imapkit::Error> {
        let __request = build::uid_store(set, action)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidStoreResponse::from)
    }
    /**COPY by UID (RFC 3501 6.4.8, RFC 4315).

Wire form: `UID COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.uid_copy("4800:4810", "Archive")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_copy(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<UidCopyResponse, ::imapkit::Error> {
        let __request = build::uid_copy(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidCopyResponse::from)
    }
    /**MOVE by UID (RFC 6851 3.2).

Wire form: `UID MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.uid_move(4810, "Trash")?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_move(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<UidMoveResponse, ::imapkit::Error> {
        let __request = build::uid_move(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidMoveResponse::from)
    }
    /**REPLACE by UID (RFC 8508 3.2).

Wire form: `UID REPLACE <uid:number> <mailbox:mailbox> <replacement:append-message>`.

Allowed in: selected. Needs capability `REPLACE`.

# Arguments

- `uid`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `replacement`: One APPEND message: flags, date and the message literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AppendMessage`](imapkit::encode::kinds::AppendMessage)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_replace(
        &mut self,
        uid: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        replacement: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
    ) -> ::core::result::Result<UidReplaceResponse, ::imapkit::Error> {
        let __request = build::uid_replace(uid, mailbox, replacement)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidReplaceResponse::from)
    }
    /**Expunges only the given UIDs among the \Deleted messages (RFC 4315 2.1).

Wire form: `UID EXPUNGE <set:sequence-set>`.

Allowed in: selected. Needs capability `UIDPLUS`.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
client.uid_expunge(4810)?;
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_expunge(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
    ) -> ::core::result::Result<UidExpungeResponse, ::imapkit::Error> {
        let __request = build::uid_expunge(set)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidExpungeResponse::from)
    }
    /**SORT returning UIDs (RFC 5256 3).

Wire form: `UID SORT [RETURN <return_options:search-return>] <criteria:sort-criteria> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`.

# Arguments

- `return_options`: ESEARCH-style return options for SORT (RFC 5267 ESORT): `(MIN MAX COUNT ALL ...)`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchReturn`](imapkit::encode::kinds::SearchReturn)`>`. Optional: `None` or `Some(&encode::SearchReturn)`.
- `criteria`: SORT criteria. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SortCriteria`](imapkit::encode::kinds::SortCriteria)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let by_size = client.uid_sort(None, &[SortKey::by(SortField::Size)], "UTF-8", SearchKey::Unseen)?; println!("{:?}", by_size.sort);
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_sort(
        &mut self,
        return_options: ::core::option::Option<&::imapkit::encode::SearchReturn>,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SortCriteria>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<UidSortResponse, ::imapkit::Error> {
        let __request = build::uid_sort(return_options, criteria, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidSortResponse::from)
    }
    /**THREAD returning UIDs (RFC 5256 3).

Wire form: `UID THREAD <algorithm:atom> <charset:charset> <keys:search-keys>`.

Allowed in: selected.

# Arguments

- `algorithm`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

# Example

```no_run
# use imapkit::Commands;
# #[allow(unused_imports)]
# use imapkit::{AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, StoreAction, StoreMode};
# fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
let threads = client.uid_thread("ORDEREDSUBJECT", "UTF-8", SearchKey::All)?.threads; println!("{} threads", threads.len());
# Ok(())
# }
```*/
    #[allow(clippy::too_many_arguments)]
    fn uid_thread(
        &mut self,
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<UidThreadResponse, ::imapkit::Error> {
        let __request = build::uid_thread(algorithm, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidThreadResponse::from)
    }
}
impl<E: ::imapkit::Execute + ?::core::marker::Sized> Commands for E {}
///The async counterpart of [`Commands`]: the same methods, arguments and result types, each resolving once the command completed. Implemented for every [`AsyncExecute`](::imapkit::AsyncExecute) (the tokio client). The arguments are encoded before the first `.await`, so a bad argument fails without touching the connection.
pub trait AsyncCommands: ::imapkit::AsyncExecute {
    /**Asks for the server's capabilities (RFC 3501 6.1.1).

Wire form: `CAPABILITY`.

Allowed in: not authenticated, authenticated, selected.

Example: [`Commands::capability`](super::Commands::capability), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn capability(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CapabilityResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::capability();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CapabilityResponse::from)
        }
    }
    /**Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).

Wire form: `NOOP`.

Allowed in: not authenticated, authenticated, selected.

Example: [`Commands::noop`](super::Commands::noop), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn noop(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<NoopResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::noop();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(NoopResponse::from)
        }
    }
    /**Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).

Wire form: `LOGOUT`.

Allowed in: not authenticated, authenticated, selected.

Example: [`Commands::logout`](super::Commands::logout), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn logout(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LogoutResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::logout();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(LogoutResponse::from)
        }
    }
    /**Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).

Wire form: `ID <parameters:id-params>`.

Allowed in: not authenticated, authenticated, selected. Needs capability `ID`.

# Arguments

- `parameters`: ID parameters, or NIL when empty. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`IdParams`](imapkit::encode::kinds::IdParams)`>`.

Example: [`Commands::id`](super::Commands::id), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn id(
        &mut self,
        parameters: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::IdParams>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<IdResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::id(parameters);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(IdResponse::from)
        }
    }
    /**Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).

Wire form: `STARTTLS`.

Allowed in: not authenticated. Needs capability `STARTTLS`. The session runs its `starttls` exchange.

Example: [`Commands::starttls`](super::Commands::starttls), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn starttls(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<StarttlsResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::starttls();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(StarttlsResponse::from)
        }
    }
    /**Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).

Wire form: `AUTHENTICATE <mechanism:mechanism> [<initial_response:sasl-response>]`.

Allowed in: not authenticated. The session runs its `sasl` exchange.

# Arguments

- `mechanism`: A SASL mechanism name: an atom, sent upper-case (RFC 4422 names are upper-case). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mechanism`](imapkit::encode::kinds::Mechanism)`>`.
- `initial_response`: A SASL initial response (RFC 4959 `initial-resp = base64 / "="`): base64 text or `=` for an empty one, sent bare and redacted in traces. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SaslResponse`](imapkit::encode::kinds::SaslResponse)`>`. Optional: `None` or `Some(&str)`.

Example: [`Commands::authenticate`](super::Commands::authenticate), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn authenticate(
        &mut self,
        mechanism: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mechanism>,
        initial_response: ::core::option::Option<&str>,
        handler: &mut (dyn ::imapkit::ExchangeHandler + ::core::marker::Send),
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<AuthenticateResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::authenticate(mechanism, initial_response);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::Some(handler),
                )
                .await
                .map(AuthenticateResponse::from)
        }
    }
    /**Logs in with a user name and a password (RFC 3501 6.2.3).

Wire form: `LOGIN <username:astring> <password:secret>`.

Allowed in: not authenticated. Refused when the server advertises `LOGINDISABLED`.

# Arguments

- `username`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.
- `password`: Like `astring`, never traced in clear and refused on a cleartext connection. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Secret`](imapkit::encode::kinds::Secret)`>`.

Example: [`Commands::login`](super::Commands::login), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn login(
        &mut self,
        username: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        password: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Secret>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LoginResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::login(username, password);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(LoginResponse::from)
        }
    }
    /**Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).

Wire form: `SELECT <mailbox:mailbox> [<parameters:select-params>]`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `parameters`: SELECT / EXAMINE parameters (RFC 7162 3.1.8, 3.2.5): `(CONDSTORE)`, `(QRESYNC (...))`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SelectParams`](imapkit::encode::kinds::SelectParams)`>`. Optional: `None` or `Some(&encode::SelectParams)`.

Example: [`Commands::select`](super::Commands::select), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn select(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imapkit::encode::SelectParams>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SelectResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::select(mailbox, parameters);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SelectResponse::from)
        }
    }
    /**Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).

Wire form: `EXAMINE <mailbox:mailbox> [<parameters:select-params>]`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `parameters`: SELECT / EXAMINE parameters (RFC 7162 3.1.8, 3.2.5): `(CONDSTORE)`, `(QRESYNC (...))`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SelectParams`](imapkit::encode::kinds::SelectParams)`>`. Optional: `None` or `Some(&encode::SelectParams)`.

Example: [`Commands::examine`](super::Commands::examine), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn examine(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imapkit::encode::SelectParams>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ExamineResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::examine(mailbox, parameters);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ExamineResponse::from)
        }
    }
    /**Creates a mailbox, optionally with a special use (USE (\Drafts)) under CREATE-SPECIAL-USE (RFC 3501 6.3.3, RFC 6154 3).

Wire form: `CREATE <mailbox:mailbox> [<special_use:special-use>]`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `special_use`: CREATE's special-use parameter `(USE (\Sent))` (RFC 6154 3). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SpecialUse`](imapkit::encode::kinds::SpecialUse)`>`. Optional: `None` or `Some(&[types::SpecialUse])`.

Example: [`Commands::create`](super::Commands::create), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn create(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        special_use: ::core::option::Option<&[::imapkit::types::SpecialUse]>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CreateResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::create(mailbox, special_use);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CreateResponse::from)
        }
    }
    /**Deletes a mailbox (RFC 3501 6.3.4).

Wire form: `DELETE <mailbox:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::delete`](super::Commands::delete), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn delete(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<DeleteResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::delete(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(DeleteResponse::from)
        }
    }
    /**Renames a mailbox (RFC 3501 6.3.5).

Wire form: `RENAME <from:mailbox> <to:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `from`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `to`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::rename`](super::Commands::rename), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn rename(
        &mut self,
        from: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        to: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<RenameResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::rename(from, to);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(RenameResponse::from)
        }
    }
    /**Adds a mailbox to the subscription list (RFC 3501 6.3.6).

Wire form: `SUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::subscribe`](super::Commands::subscribe), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn subscribe(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SubscribeResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::subscribe(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SubscribeResponse::from)
        }
    }
    /**Removes a mailbox from the subscription list (RFC 3501 6.3.7).

Wire form: `UNSUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::unsubscribe`](super::Commands::unsubscribe), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn unsubscribe(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UnsubscribeResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::unsubscribe(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UnsubscribeResponse::from)
        }
    }
    /**Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).

Wire form: `LIST [<selection:list-selection>] <reference:mailbox> <pattern:list-mailbox> [RETURN <return_options:list-return>]`.

Allowed in: authenticated, selected.

# Arguments

- `selection`: LIST's selection options (RFC 5258 3.1), before the reference. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListSelection`](imapkit::encode::kinds::ListSelection)`>`. Optional: `None` or `Some(&encode::ListSelection)`.
- `reference`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `pattern`: A LIST pattern (`%` and `*` kept). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListMailbox`](imapkit::encode::kinds::ListMailbox)`>`.
- `return_options`: LIST's return options (RFC 5258 3.2, RFC 5819, RFC 6154, RFC 8440). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListReturn`](imapkit::encode::kinds::ListReturn)`>`. Optional: `None` or `Some(&encode::ListReturn)`.

Example: [`Commands::list`](super::Commands::list), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn list(
        &mut self,
        selection: ::core::option::Option<&::imapkit::encode::ListSelection>,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
        return_options: ::core::option::Option<&::imapkit::encode::ListReturn>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ListResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::list(selection, reference, pattern, return_options);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ListResponse::from)
        }
    }
    /**Gmail's listing with special-use attributes from before SPECIAL-USE; its XLIST responses read as LIST (Google's IMAP extensions; RFC 6154 replaces it).

Wire form: `XLIST <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected. Needs capability `XLIST`.

# Arguments

- `reference`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `pattern`: A LIST pattern (`%` and `*` kept). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListMailbox`](imapkit::encode::kinds::ListMailbox)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn xlist(
        &mut self,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<XlistResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::xlist(reference, pattern);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(XlistResponse::from)
        }
    }
    /**Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).

Wire form: `LSUB <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected. Removed in IMAP4rev2: refused once the session follows its rules.

# Arguments

- `reference`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `pattern`: A LIST pattern (`%` and `*` kept). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`ListMailbox`](imapkit::encode::kinds::ListMailbox)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn lsub(
        &mut self,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LsubResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::lsub(reference, pattern);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(LsubResponse::from)
        }
    }
    /**Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).

Wire form: `STATUS <mailbox:mailbox> <items:status-items>`.

Allowed in: authenticated, selected.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `items`: A parenthesised list of STATUS items. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StatusItems`](imapkit::encode::kinds::StatusItems)`>`.

Example: [`Commands::status`](super::Commands::status), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn status(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StatusItems>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<StatusResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::status(mailbox, items);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(StatusResponse::from)
        }
    }
    /**Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).

Wire form: `APPEND <mailbox:mailbox> <messages:append-message> ...`.

Allowed in: authenticated, selected. More than one value of the repeated argument needs capability `MULTIAPPEND`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `messages`: One APPEND message: flags, date and the message literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AppendMessage`](imapkit::encode::kinds::AppendMessage)`>`. One or more values (an iterator).

Example: [`Commands::append`](super::Commands::append), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<AppendResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::append(mailbox, messages);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(AppendResponse::from)
        }
    }
    /**Asks for the personal, other users' and shared namespaces (RFC 2342 5).

Wire form: `NAMESPACE`.

Allowed in: authenticated, selected. Needs capability `NAMESPACE`.

Example: [`Commands::namespace`](super::Commands::namespace), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn namespace(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<NamespaceResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::namespace();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(NamespaceResponse::from)
        }
    }
    /**Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).

Wire form: `ENABLE <capabilities:atom> ...`.

Allowed in: authenticated. Needs capability `ENABLE`.

# Arguments

- `capabilities`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`. One or more values (an iterator).

Example: [`Commands::enable`](super::Commands::enable), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn enable(
        &mut self,
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<EnableResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::enable(capabilities);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(EnableResponse::from)
        }
    }
    /**Asks for a mailbox's access control list (RFC 4314 3.3).

Wire form: `GETACL <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::getacl`](super::Commands::getacl), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn getacl(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetaclResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::getacl(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(GetaclResponse::from)
        }
    }
    /**Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).

Wire form: `SETACL <mailbox:mailbox> <identifier:astring> <rights:acl-rights>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `identifier`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.
- `rights`: ACL rights letters (RFC 4314). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AclRights`](imapkit::encode::kinds::AclRights)`>`.

Example: [`Commands::setacl`](super::Commands::setacl), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn setacl(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        rights: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AclRights>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetaclResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::setacl(mailbox, identifier, rights);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SetaclResponse::from)
        }
    }
    /**Removes an identifier from a mailbox's access control list (RFC 4314 3.2).

Wire form: `DELETEACL <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `identifier`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.

Example: [`Commands::deleteacl`](super::Commands::deleteacl), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn deleteacl(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<DeleteaclResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::deleteacl(mailbox, identifier);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(DeleteaclResponse::from)
        }
    }
    /**Asks which rights may be granted to an identifier (RFC 4314 3.4).

Wire form: `LISTRIGHTS <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `identifier`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.

Example: [`Commands::listrights`](super::Commands::listrights), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn listrights(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ListrightsResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::listrights(mailbox, identifier);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ListrightsResponse::from)
        }
    }
    /**Asks for the current user's rights on a mailbox (RFC 4314 3.5).

Wire form: `MYRIGHTS <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::myrights`](super::Commands::myrights), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn myrights(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<MyrightsResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::myrights(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(MyrightsResponse::from)
        }
    }
    /**Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).

Wire form: `GETQUOTA <root:astring>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.

# Arguments

- `root`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.

Example: [`Commands::getquota`](super::Commands::getquota), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn getquota(
        &mut self,
        root: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetquotaResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::getquota(root);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(GetquotaResponse::from)
        }
    }
    /**Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).

Wire form: `SETQUOTA <root:astring> <limits:quota-limits>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.

# Arguments

- `root`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.
- `limits`: Quota limits: `(resource limit ...)`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`QuotaLimits`](imapkit::encode::kinds::QuotaLimits)`>`.

Example: [`Commands::setquota`](super::Commands::setquota), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn setquota(
        &mut self,
        root: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        limits: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::QuotaLimits>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetquotaResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::setquota(root, limits);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SetquotaResponse::from)
        }
    }
    /**Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).

Wire form: `GETQUOTAROOT <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::getquotaroot`](super::Commands::getquotaroot), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn getquotaroot(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetquotarootResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::getquotaroot(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(GetquotarootResponse::from)
        }
    }
    /**Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).

Wire form: `GETANNOTATION <mailbox:mailbox> <entries:string-list> <attributes:string-list>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entries`: A parenthesised list of strings. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StringList`](imapkit::encode::kinds::StringList)`>`.
- `attributes`: A parenthesised list of strings. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StringList`](imapkit::encode::kinds::StringList)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn getannotation(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringList>,
        attributes: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringList>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetannotationResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::getannotation(mailbox, entries, attributes);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(GetannotationResponse::from)
        }
    }
    /**Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).

Wire form: `SETANNOTATION <mailbox:mailbox> <entry:string> <attributes:string-pairs>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entry`: A quoted string or literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Str`](imapkit::encode::kinds::Str)`>`.
- `attributes`: Pairs whose names are strings too (METADATA entries). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StringPairs`](imapkit::encode::kinds::StringPairs)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn setannotation(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entry: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Str>,
        attributes: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringPairs>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetannotationResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::setannotation(mailbox, entry, attributes);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SetannotationResponse::from)
        }
    }
    /**Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).

Wire form: `GETMETADATA <mailbox:mailbox> <entries:astring-list>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entries`: A parenthesised list of astrings. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AStringList`](imapkit::encode::kinds::AStringList)`>`.

Example: [`Commands::getmetadata`](super::Commands::getmetadata), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn getmetadata(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AStringList>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetmetadataResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::getmetadata(mailbox, entries);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(GetmetadataResponse::from)
        }
    }
    /**Writes metadata; a NIL value removes an entry (RFC 5464 4.3).

Wire form: `SETMETADATA <mailbox:mailbox> <entries:pairs>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.

# Arguments

- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `entries`: A parenthesised list of `name value` pairs (values may be NIL). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Pairs`](imapkit::encode::kinds::Pairs)`>`.

Example: [`Commands::setmetadata`](super::Commands::setmetadata), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn setmetadata(
        &mut self,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Pairs>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetmetadataResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::setmetadata(mailbox, entries);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SetmetadataResponse::from)
        }
    }
    /**Ends the authenticated session without closing the connection; back to not authenticated, with every ENABLEd extension reset (RFC 8437 3).

Wire form: `UNAUTHENTICATE`.

Allowed in: authenticated, selected. Needs capability `UNAUTHENTICATE`.*/
    #[allow(clippy::too_many_arguments)]
    fn unauthenticate(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UnauthenticateResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::unauthenticate();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UnauthenticateResponse::from)
        }
    }
    /**Asks the server to tell of changes in other mailboxes too (or of none); the notifications arrive unsolicited (RFC 5465 3).

Wire form: `NOTIFY <request:notify>`.

Allowed in: authenticated, selected. Needs capability `NOTIFY`.

# Arguments

- `request`: NOTIFY's request (RFC 5465 3): `NONE` or `SET [STATUS] (mailboxes (events)) ...`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Notify`](imapkit::encode::kinds::Notify)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        request: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Notify>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<NotifyResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::notify(request);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(NotifyResponse::from)
        }
    }
    /**Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).

Wire form: `PROXYAUTH <user:astring>`.

Allowed in: authenticated.

# Arguments

- `user`: An atom, quoted string or literal, chosen by the value. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AString`](imapkit::encode::kinds::AString)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn proxyauth(
        &mut self,
        user: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ProxyauthResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::proxyauth(user);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ProxyauthResponse::from)
        }
    }
    /**Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).

Wire form: `IDLE`.

Allowed in: authenticated, selected. Needs capability `IDLE`. The session runs its `idle` exchange.

Example: [`Commands::idle`](super::Commands::idle), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn idle(
        &mut self,
        handler: &mut (dyn ::imapkit::ExchangeHandler + ::core::marker::Send),
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<IdleResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::idle();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::Some(handler),
                )
                .await
                .map(IdleResponse::from)
        }
    }
    /**Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).

Wire form: `COMPRESS <algorithm:atom>`.

Allowed in: authenticated, selected. Needs capability `COMPRESS=DEFLATE`. The session runs its `compress` exchange.

# Arguments

- `algorithm`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`.

Example: [`Commands::compress`](super::Commands::compress), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn compress(
        &mut self,
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CompressResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::compress(algorithm);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CompressResponse::from)
        }
    }
    /**Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).

Wire form: `CHECK`.

Allowed in: selected. Removed in IMAP4rev2: refused once the session follows its rules.

Example: [`Commands::check`](super::Commands::check), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn check(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CheckResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::check();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CheckResponse::from)
        }
    }
    /**Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).

Wire form: `CLOSE`.

Allowed in: selected.

Example: [`Commands::close`](super::Commands::close), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn close(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CloseResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::close();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CloseResponse::from)
        }
    }
    /**Deselects the mailbox without expunging (RFC 3691).

Wire form: `UNSELECT`.

Allowed in: selected. Needs capability `UNSELECT`.

Example: [`Commands::unselect`](super::Commands::unselect), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn unselect(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UnselectResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::unselect();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UnselectResponse::from)
        }
    }
    /**Removes messages marked \Deleted (RFC 3501 6.4.3).

Wire form: `EXPUNGE`.

Allowed in: selected.

Example: [`Commands::expunge`](super::Commands::expunge), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn expunge(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ExpungeResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::expunge();
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ExpungeResponse::from)
        }
    }
    /**Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).

Wire form: `SEARCH <criteria:search>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `criteria`: A whole search program: charset and keys. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Search`](imapkit::encode::kinds::Search)`>`.

Example: [`Commands::search`](super::Commands::search), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn search(
        &mut self,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Search>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SearchResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::search(criteria);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SearchResponse::from)
        }
    }
    /**Stops the result updates that SEARCH or SORT RETURN (UPDATE) started, named by those commands' tags (RFC 5267 4.3).

Wire form: `CANCELUPDATE <tags:string> ...`.

Allowed in: selected. Needs capability `CONTEXT=SEARCH`.

# Arguments

- `tags`: A quoted string or literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Str`](imapkit::encode::kinds::Str)`>`. One or more values (an iterator).*/
    #[allow(clippy::too_many_arguments)]
    fn cancelupdate(
        &mut self,
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Str>,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CancelupdateResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::cancelupdate(tags);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CancelupdateResponse::from)
        }
    }
    /**Retrieves message data (RFC 3501 6.4.5, RFC 7162).

Wire form: `FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `items`: FETCH items (a macro, one item or a list). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`FetchItems`](imapkit::encode::kinds::FetchItems)`>`.

Example: [`Commands::fetch`](super::Commands::fetch), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn fetch(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::FetchItems>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<FetchResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::fetch(set, items);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(FetchResponse::from)
        }
    }
    /**Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).

Wire form: `STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `action`: A STORE action (`+FLAGS.SILENT (\Seen)`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StoreAction`](imapkit::encode::kinds::StoreAction)`>`.

Example: [`Commands::store`](super::Commands::store), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn store(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        action: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StoreAction>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<StoreResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::store(set, action);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(StoreResponse::from)
        }
    }
    /**Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).

Wire form: `COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::copy`](super::Commands::copy), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn copy(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CopyResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::copy(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(CopyResponse::from)
        }
    }
    /**Moves messages to another mailbox (RFC 6851 3.1).

Wire form: `MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`. Refused once `UIDONLY` is enabled.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::move_`](super::Commands::move_), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn move_(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<MoveResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::move_(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(MoveResponse::from)
        }
    }
    /**Searches and returns the matches in sort order; with return options (ESORT) the answer is an ESEARCH (RFC 5256 3, RFC 5267 3.2).

Wire form: `SORT [RETURN <return_options:search-return>] <criteria:sort-criteria> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`. Refused once `UIDONLY` is enabled.

# Arguments

- `return_options`: ESEARCH-style return options for SORT (RFC 5267 ESORT): `(MIN MAX COUNT ALL ...)`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchReturn`](imapkit::encode::kinds::SearchReturn)`>`. Optional: `None` or `Some(&encode::SearchReturn)`.
- `criteria`: SORT criteria. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SortCriteria`](imapkit::encode::kinds::SortCriteria)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

Example: [`Commands::sort`](super::Commands::sort), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn sort(
        &mut self,
        return_options: ::core::option::Option<&::imapkit::encode::SearchReturn>,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SortCriteria>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SortResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::sort(return_options, criteria, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(SortResponse::from)
        }
    }
    /**Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).

Wire form: `THREAD <algorithm:atom> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.

# Arguments

- `algorithm`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

Example: [`Commands::thread`](super::Commands::thread), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn thread(
        &mut self,
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ThreadResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::thread(algorithm, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ThreadResponse::from)
        }
    }
    /**Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).

Wire form: `PARTIAL <message:number> <item:raw> <start:number> <length:number>`.

Allowed in: selected.

# Arguments

- `message`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `item`: Raw protocol text, refused if it holds CR, LF or NUL (an escape hatch). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Raw`](imapkit::encode::kinds::Raw)`>`.
- `start`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `length`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn partial(
        &mut self,
        message: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        item: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Raw>,
        start: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        length: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<PartialResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::partial(message, item, start, length);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(PartialResponse::from)
        }
    }
    /**Replaces a message with a new one (flags, date, literal), stored in the given mailbox, as one atomic step (RFC 8508 3.1).

Wire form: `REPLACE <message:number> <mailbox:mailbox> <replacement:append-message>`.

Allowed in: selected. Needs capability `REPLACE`. Refused once `UIDONLY` is enabled.

# Arguments

- `message`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `replacement`: One APPEND message: flags, date and the message literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AppendMessage`](imapkit::encode::kinds::AppendMessage)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn replace(
        &mut self,
        message: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        replacement: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ReplaceResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::replace(message, mailbox, replacement);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(ReplaceResponse::from)
        }
    }
    /**FETCH by UID; UID is always returned (RFC 3501 6.4.8).

Wire form: `UID FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `items`: FETCH items (a macro, one item or a list). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`FetchItems`](imapkit::encode::kinds::FetchItems)`>`.

Example: [`Commands::uid_fetch`](super::Commands::uid_fetch), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_fetch(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::FetchItems>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidFetchResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_fetch(set, items);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidFetchResponse::from)
        }
    }
    /**SEARCH returning UIDs (RFC 3501 6.4.8).

Wire form: `UID SEARCH <criteria:search>`.

Allowed in: selected.

# Arguments

- `criteria`: A whole search program: charset and keys. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Search`](imapkit::encode::kinds::Search)`>`.

Example: [`Commands::uid_search`](super::Commands::uid_search), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_search(
        &mut self,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Search>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidSearchResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_search(criteria);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidSearchResponse::from)
        }
    }
    /**STORE by UID (RFC 3501 6.4.8).

Wire form: `UID STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `action`: A STORE action (`+FLAGS.SILENT (\Seen)`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`StoreAction`](imapkit::encode::kinds::StoreAction)`>`.

Example: [`Commands::uid_store`](super::Commands::uid_store), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_store(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        action: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StoreAction>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidStoreResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_store(set, action);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidStoreResponse::from)
        }
    }
    /**COPY by UID (RFC 3501 6.4.8, RFC 4315).

Wire form: `UID COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::uid_copy`](super::Commands::uid_copy), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_copy(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidCopyResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_copy(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidCopyResponse::from)
        }
    }
    /**MOVE by UID (RFC 6851 3.2).

Wire form: `UID MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.

Example: [`Commands::uid_move`](super::Commands::uid_move), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_move(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidMoveResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_move(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidMoveResponse::from)
        }
    }
    /**REPLACE by UID (RFC 8508 3.2).

Wire form: `UID REPLACE <uid:number> <mailbox:mailbox> <replacement:append-message>`.

Allowed in: selected. Needs capability `REPLACE`.

# Arguments

- `uid`: A number (32 bits). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Number`](imapkit::encode::kinds::Number)`>`.
- `mailbox`: A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Mailbox`](imapkit::encode::kinds::Mailbox)`>`.
- `replacement`: One APPEND message: flags, date and the message literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`AppendMessage`](imapkit::encode::kinds::AppendMessage)`>`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_replace(
        &mut self,
        uid: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        replacement: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidReplaceResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_replace(uid, mailbox, replacement);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidReplaceResponse::from)
        }
    }
    /**Expunges only the given UIDs among the \Deleted messages (RFC 4315 2.1).

Wire form: `UID EXPUNGE <set:sequence-set>`.

Allowed in: selected. Needs capability `UIDPLUS`.

# Arguments

- `set`: A sequence set (`1:*`, `4,7:9`). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SequenceSet`](imapkit::encode::kinds::SequenceSet)`>`.

Example: [`Commands::uid_expunge`](super::Commands::uid_expunge), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_expunge(
        &mut self,
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidExpungeResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_expunge(set);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidExpungeResponse::from)
        }
    }
    /**SORT returning UIDs (RFC 5256 3).

Wire form: `UID SORT [RETURN <return_options:search-return>] <criteria:sort-criteria> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`.

# Arguments

- `return_options`: ESEARCH-style return options for SORT (RFC 5267 ESORT): `(MIN MAX COUNT ALL ...)`. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchReturn`](imapkit::encode::kinds::SearchReturn)`>`. Optional: `None` or `Some(&encode::SearchReturn)`.
- `criteria`: SORT criteria. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SortCriteria`](imapkit::encode::kinds::SortCriteria)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

Example: [`Commands::uid_sort`](super::Commands::uid_sort), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_sort(
        &mut self,
        return_options: ::core::option::Option<&::imapkit::encode::SearchReturn>,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SortCriteria>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidSortResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_sort(return_options, criteria, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidSortResponse::from)
        }
    }
    /**THREAD returning UIDs (RFC 5256 3).

Wire form: `UID THREAD <algorithm:atom> <charset:charset> <keys:search-keys>`.

Allowed in: selected.

# Arguments

- `algorithm`: An atom, checked (`FLAGS`, a SASL mechanism). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Atom`](imapkit::encode::kinds::Atom)`>`.
- `charset`: A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal. Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`Charset`](imapkit::encode::kinds::Charset)`>`.
- `keys`: Search keys alone (after SORT's charset). Accepts what implements [`Arg`](imapkit::encode::Arg#implementors)`<`[`SearchKeys`](imapkit::encode::kinds::SearchKeys)`>`.

Example: [`Commands::uid_thread`](super::Commands::uid_thread), the same call with `.await`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_thread(
        &mut self,
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidThreadResponse, ::imapkit::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_thread(algorithm, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imapkit::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidThreadResponse::from)
        }
    }
}
impl<E: ::imapkit::AsyncExecute + ?::core::marker::Sized> AsyncCommands for E {}
///The build step of every [`Commands`] method: typed arguments to a [`Request`](::imapkit::Request), checked and encoded, nothing sent. Send it with a client's `send` (pipelining) or `run`.
pub mod build {
    /**Builds `CAPABILITY` for [`Commands::capability`](super::Commands::capability): checks and encodes the arguments; nothing is sent.

Asks for the server's capabilities (RFC 3501 6.1.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn capability() -> ::core::result::Result<
        ::imapkit::Request<super::CapabilityResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::CAPABILITY);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `NOOP` for [`Commands::noop`](super::Commands::noop): checks and encodes the arguments; nothing is sent.

Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn noop() -> ::core::result::Result<
        ::imapkit::Request<super::NoopResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::NOOP);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `LOGOUT` for [`Commands::logout`](super::Commands::logout): checks and encodes the arguments; nothing is sent.

Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn logout() -> ::core::result::Result<
        ::imapkit::Request<super::LogoutResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::LOGOUT);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `ID` for [`Commands::id`](super::Commands::id): checks and encodes the arguments; nothing is sent.

Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn id(
        parameters: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::IdParams>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::IdResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::ID);
        __command.arg::<::imapkit::encode::kinds::IdParams>("parameters", parameters)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `STARTTLS` for [`Commands::starttls`](super::Commands::starttls): checks and encodes the arguments; nothing is sent.

Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn starttls() -> ::core::result::Result<
        ::imapkit::Request<super::StarttlsResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::STARTTLS);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `AUTHENTICATE` for [`Commands::authenticate`](super::Commands::authenticate): checks and encodes the arguments; nothing is sent.

Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).*/
    #[allow(clippy::too_many_arguments)]
    pub fn authenticate(
        mechanism: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mechanism>,
        initial_response: ::core::option::Option<&str>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::AuthenticateResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::AUTHENTICATE);
        __command.arg::<::imapkit::encode::kinds::Mechanism>("mechanism", mechanism)?;
        if let ::core::option::Option::Some(__value) = initial_response {
            __command
                .arg::<
                    ::imapkit::encode::kinds::SaslResponse,
                >("initial_response", __value)?;
        }
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `LOGIN` for [`Commands::login`](super::Commands::login): checks and encodes the arguments; nothing is sent.

Logs in with a user name and a password (RFC 3501 6.2.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn login(
        username: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        password: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Secret>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::LoginResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::LOGIN);
        __command.arg::<::imapkit::encode::kinds::AString>("username", username)?;
        __command.arg::<::imapkit::encode::kinds::Secret>("password", password)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SELECT` for [`Commands::select`](super::Commands::select): checks and encodes the arguments; nothing is sent.

Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn select(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imapkit::encode::SelectParams>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SelectResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SELECT);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<::imapkit::encode::kinds::SelectParams>("parameters", __value)?;
        }
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `EXAMINE` for [`Commands::examine`](super::Commands::examine): checks and encodes the arguments; nothing is sent.

Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).*/
    #[allow(clippy::too_many_arguments)]
    pub fn examine(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imapkit::encode::SelectParams>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::ExamineResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::EXAMINE);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<::imapkit::encode::kinds::SelectParams>("parameters", __value)?;
        }
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `CREATE` for [`Commands::create`](super::Commands::create): checks and encodes the arguments; nothing is sent.

Creates a mailbox, optionally with a special use (USE (\Drafts)) under CREATE-SPECIAL-USE (RFC 3501 6.3.3, RFC 6154 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn create(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        special_use: ::core::option::Option<&[::imapkit::types::SpecialUse]>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::CreateResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::CREATE);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = special_use {
            __command
                .arg::<::imapkit::encode::kinds::SpecialUse>("special_use", __value)?;
        }
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `DELETE` for [`Commands::delete`](super::Commands::delete): checks and encodes the arguments; nothing is sent.

Deletes a mailbox (RFC 3501 6.3.4).*/
    #[allow(clippy::too_many_arguments)]
    pub fn delete(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::DeleteResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::DELETE);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `RENAME` for [`Commands::rename`](super::Commands::rename): checks and encodes the arguments; nothing is sent.

Renames a mailbox (RFC 3501 6.3.5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn rename(
        from: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        to: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::RenameResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::RENAME);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("from", from)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("to", to)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SUBSCRIBE` for [`Commands::subscribe`](super::Commands::subscribe): checks and encodes the arguments; nothing is sent.

Adds a mailbox to the subscription list (RFC 3501 6.3.6).*/
    #[allow(clippy::too_many_arguments)]
    pub fn subscribe(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SubscribeResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SUBSCRIBE);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UNSUBSCRIBE` for [`Commands::unsubscribe`](super::Commands::unsubscribe): checks and encodes the arguments; nothing is sent.

Removes a mailbox from the subscription list (RFC 3501 6.3.7).*/
    #[allow(clippy::too_many_arguments)]
    pub fn unsubscribe(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UnsubscribeResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UNSUBSCRIBE);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `LIST` for [`Commands::list`](super::Commands::list): checks and encodes the arguments; nothing is sent.

Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).*/
    #[allow(clippy::too_many_arguments)]
    pub fn list(
        selection: ::core::option::Option<&::imapkit::encode::ListSelection>,
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
        return_options: ::core::option::Option<&::imapkit::encode::ListReturn>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::ListResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::LIST);
        if let ::core::option::Option::Some(__value) = selection {
            __command
                .arg::<::imapkit::encode::kinds::ListSelection>("selection", __value)?;
        }
        __command.arg::<::imapkit::encode::kinds::Mailbox>("reference", reference)?;
        __command.arg::<::imapkit::encode::kinds::ListMailbox>("pattern", pattern)?;
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<::imapkit::encode::kinds::ListReturn>("return_options", __value)?;
        }
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `XLIST` for [`Commands::xlist`](super::Commands::xlist): checks and encodes the arguments; nothing is sent.

Gmail's listing with special-use attributes from before SPECIAL-USE; its XLIST responses read as LIST (Google's IMAP extensions; RFC 6154 replaces it).*/
    #[allow(clippy::too_many_arguments)]
    pub fn xlist(
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::XlistResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::XLIST);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("reference", reference)?;
        __command.arg::<::imapkit::encode::kinds::ListMailbox>("pattern", pattern)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `LSUB` for [`Commands::lsub`](super::Commands::lsub): checks and encodes the arguments; nothing is sent.

Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).*/
    #[allow(clippy::too_many_arguments)]
    pub fn lsub(
        reference: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        pattern: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::ListMailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::LsubResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::LSUB);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("reference", reference)?;
        __command.arg::<::imapkit::encode::kinds::ListMailbox>("pattern", pattern)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `STATUS` for [`Commands::status`](super::Commands::status): checks and encodes the arguments; nothing is sent.

Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).*/
    #[allow(clippy::too_many_arguments)]
    pub fn status(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StatusItems>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::StatusResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::STATUS);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::StatusItems>("items", items)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `APPEND` for [`Commands::append`](super::Commands::append): checks and encodes the arguments; nothing is sent.

Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).*/
    #[allow(clippy::too_many_arguments)]
    pub fn append(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
        >,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::AppendResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::APPEND);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .repeated::<
                ::imapkit::encode::kinds::AppendMessage,
                _,
            >("messages", messages, 1usize)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `NAMESPACE` for [`Commands::namespace`](super::Commands::namespace): checks and encodes the arguments; nothing is sent.

Asks for the personal, other users' and shared namespaces (RFC 2342 5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn namespace() -> ::core::result::Result<
        ::imapkit::Request<super::NamespaceResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::NAMESPACE);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `ENABLE` for [`Commands::enable`](super::Commands::enable): checks and encodes the arguments; nothing is sent.

Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn enable(
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        >,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::EnableResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::ENABLE);
        __command
            .repeated::<
                ::imapkit::encode::kinds::Atom,
                _,
            >("capabilities", capabilities, 1usize)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `GETACL` for [`Commands::getacl`](super::Commands::getacl): checks and encodes the arguments; nothing is sent.

Asks for a mailbox's access control list (RFC 4314 3.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getacl(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::GetaclResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::GETACL);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SETACL` for [`Commands::setacl`](super::Commands::setacl): checks and encodes the arguments; nothing is sent.

Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setacl(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        rights: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AclRights>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SetaclResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SETACL);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::AString>("identifier", identifier)?;
        __command.arg::<::imapkit::encode::kinds::AclRights>("rights", rights)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `DELETEACL` for [`Commands::deleteacl`](super::Commands::deleteacl): checks and encodes the arguments; nothing is sent.

Removes an identifier from a mailbox's access control list (RFC 4314 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn deleteacl(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::DeleteaclResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::DELETEACL);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::AString>("identifier", identifier)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `LISTRIGHTS` for [`Commands::listrights`](super::Commands::listrights): checks and encodes the arguments; nothing is sent.

Asks which rights may be granted to an identifier (RFC 4314 3.4).*/
    #[allow(clippy::too_many_arguments)]
    pub fn listrights(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        identifier: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::ListrightsResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::LISTRIGHTS);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::AString>("identifier", identifier)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `MYRIGHTS` for [`Commands::myrights`](super::Commands::myrights): checks and encodes the arguments; nothing is sent.

Asks for the current user's rights on a mailbox (RFC 4314 3.5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn myrights(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::MyrightsResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::MYRIGHTS);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `GETQUOTA` for [`Commands::getquota`](super::Commands::getquota): checks and encodes the arguments; nothing is sent.

Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getquota(
        root: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::GetquotaResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::GETQUOTA);
        __command.arg::<::imapkit::encode::kinds::AString>("root", root)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SETQUOTA` for [`Commands::setquota`](super::Commands::setquota): checks and encodes the arguments; nothing is sent.

Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setquota(
        root: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
        limits: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::QuotaLimits>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SetquotaResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SETQUOTA);
        __command.arg::<::imapkit::encode::kinds::AString>("root", root)?;
        __command.arg::<::imapkit::encode::kinds::QuotaLimits>("limits", limits)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `GETQUOTAROOT` for [`Commands::getquotaroot`](super::Commands::getquotaroot): checks and encodes the arguments; nothing is sent.

Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getquotaroot(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::GetquotarootResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::GETQUOTAROOT);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `GETANNOTATION` for [`Commands::getannotation`](super::Commands::getannotation): checks and encodes the arguments; nothing is sent.

Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getannotation(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringList>,
        attributes: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringList>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::GetannotationResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(
            &super::GETANNOTATION,
        );
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::StringList>("entries", entries)?;
        __command.arg::<::imapkit::encode::kinds::StringList>("attributes", attributes)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SETANNOTATION` for [`Commands::setannotation`](super::Commands::setannotation): checks and encodes the arguments; nothing is sent.

Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setannotation(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entry: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Str>,
        attributes: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StringPairs>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SetannotationResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(
            &super::SETANNOTATION,
        );
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::Str>("entry", entry)?;
        __command
            .arg::<::imapkit::encode::kinds::StringPairs>("attributes", attributes)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `GETMETADATA` for [`Commands::getmetadata`](super::Commands::getmetadata): checks and encodes the arguments; nothing is sent.

Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getmetadata(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AStringList>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::GetmetadataResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::GETMETADATA);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::AStringList>("entries", entries)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SETMETADATA` for [`Commands::setmetadata`](super::Commands::setmetadata): checks and encodes the arguments; nothing is sent.

Writes metadata; a NIL value removes an entry (RFC 5464 4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setmetadata(
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        entries: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Pairs>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SetmetadataResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SETMETADATA);
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imapkit::encode::kinds::Pairs>("entries", entries)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UNAUTHENTICATE` for [`Commands::unauthenticate`](super::Commands::unauthenticate): checks and encodes the arguments; nothing is sent.

Ends the authenticated session without closing the connection; back to not authenticated, with every ENABLEd extension reset (RFC 8437 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn unauthenticate() -> ::core::result::Result<
        ::imapkit::Request<super::UnauthenticateResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::UNAUTHENTICATE);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `NOTIFY` for [`Commands::notify`](super::Commands::notify): checks and encodes the arguments; nothing is sent.

Asks the server to tell of changes in other mailboxes too (or of none); the notifications arrive unsolicited (RFC 5465 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn notify(
        request: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Notify>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::NotifyResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::NOTIFY);
        __command.arg::<::imapkit::encode::kinds::Notify>("request", request)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `PROXYAUTH` for [`Commands::proxyauth`](super::Commands::proxyauth): checks and encodes the arguments; nothing is sent.

Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).*/
    #[allow(clippy::too_many_arguments)]
    pub fn proxyauth(
        user: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AString>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::ProxyauthResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::PROXYAUTH);
        __command.arg::<::imapkit::encode::kinds::AString>("user", user)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `IDLE` for [`Commands::idle`](super::Commands::idle): checks and encodes the arguments; nothing is sent.

Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).*/
    #[allow(clippy::too_many_arguments)]
    pub fn idle() -> ::core::result::Result<
        ::imapkit::Request<super::IdleResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::IDLE);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `COMPRESS` for [`Commands::compress`](super::Commands::compress): checks and encodes the arguments; nothing is sent.

Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn compress(
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::CompressResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::COMPRESS);
        __command.arg::<::imapkit::encode::kinds::Atom>("algorithm", algorithm)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `CHECK` for [`Commands::check`](super::Commands::check): checks and encodes the arguments; nothing is sent.

Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn check() -> ::core::result::Result<
        ::imapkit::Request<super::CheckResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::CHECK);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `CLOSE` for [`Commands::close`](super::Commands::close): checks and encodes the arguments; nothing is sent.

Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn close() -> ::core::result::Result<
        ::imapkit::Request<super::CloseResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::CLOSE);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UNSELECT` for [`Commands::unselect`](super::Commands::unselect): checks and encodes the arguments; nothing is sent.

Deselects the mailbox without expunging (RFC 3691).*/
    #[allow(clippy::too_many_arguments)]
    pub fn unselect() -> ::core::result::Result<
        ::imapkit::Request<super::UnselectResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::UNSELECT);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `EXPUNGE` for [`Commands::expunge`](super::Commands::expunge): checks and encodes the arguments; nothing is sent.

Removes messages marked \Deleted (RFC 3501 6.4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn expunge() -> ::core::result::Result<
        ::imapkit::Request<super::ExpungeResponse>,
        ::imapkit::Error,
    > {
        let __command = ::imapkit::encode::CommandBuilder::new(&super::EXPUNGE);
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SEARCH` for [`Commands::search`](super::Commands::search): checks and encodes the arguments; nothing is sent.

Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).*/
    #[allow(clippy::too_many_arguments)]
    pub fn search(
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Search>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SearchResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SEARCH);
        __command.arg::<::imapkit::encode::kinds::Search>("criteria", criteria)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `CANCELUPDATE` for [`Commands::cancelupdate`](super::Commands::cancelupdate): checks and encodes the arguments; nothing is sent.

Stops the result updates that SEARCH or SORT RETURN (UPDATE) started, named by those commands' tags (RFC 5267 4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn cancelupdate(
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Str>,
        >,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::CancelupdateResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::CANCELUPDATE);
        __command.repeated::<::imapkit::encode::kinds::Str, _>("tags", tags, 1usize)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `FETCH` for [`Commands::fetch`](super::Commands::fetch): checks and encodes the arguments; nothing is sent.

Retrieves message data (RFC 3501 6.4.5, RFC 7162).*/
    #[allow(clippy::too_many_arguments)]
    pub fn fetch(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::FetchResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::FETCH);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::FetchItems>("items", items)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `STORE` for [`Commands::store`](super::Commands::store): checks and encodes the arguments; nothing is sent.

Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).*/
    #[allow(clippy::too_many_arguments)]
    pub fn store(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        action: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StoreAction>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::StoreResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::STORE);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::StoreAction>("action", action)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `COPY` for [`Commands::copy`](super::Commands::copy): checks and encodes the arguments; nothing is sent.

Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).*/
    #[allow(clippy::too_many_arguments)]
    pub fn copy(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::CopyResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::COPY);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `MOVE` for [`Commands::move_`](super::Commands::move_): checks and encodes the arguments; nothing is sent.

Moves messages to another mailbox (RFC 6851 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn move_(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::MoveResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::MOVE);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `SORT` for [`Commands::sort`](super::Commands::sort): checks and encodes the arguments; nothing is sent.

Searches and returns the matches in sort order; with return options (ESORT) the answer is an ESEARCH (RFC 5256 3, RFC 5267 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn sort(
        return_options: ::core::option::Option<&::imapkit::encode::SearchReturn>,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SortCriteria>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::SortResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::SORT);
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<
                    ::imapkit::encode::kinds::SearchReturn,
                >("return_options", __value)?;
        }
        __command.arg::<::imapkit::encode::kinds::SortCriteria>("criteria", criteria)?;
        __command.arg::<::imapkit::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imapkit::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `THREAD` for [`Commands::thread`](super::Commands::thread): checks and encodes the arguments; nothing is sent.

Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn thread(
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::ThreadResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::THREAD);
        __command.arg::<::imapkit::encode::kinds::Atom>("algorithm", algorithm)?;
        __command.arg::<::imapkit::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imapkit::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `PARTIAL` for [`Commands::partial`](super::Commands::partial): checks and encodes the arguments; nothing is sent.

Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).*/
    #[allow(clippy::too_many_arguments)]
    pub fn partial(
        message: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        item: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Raw>,
        start: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        length: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::PartialResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::PARTIAL);
        __command.arg::<::imapkit::encode::kinds::Number>("message", message)?;
        __command.arg::<::imapkit::encode::kinds::Raw>("item", item)?;
        __command.arg::<::imapkit::encode::kinds::Number>("start", start)?;
        __command.arg::<::imapkit::encode::kinds::Number>("length", length)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `REPLACE` for [`Commands::replace`](super::Commands::replace): checks and encodes the arguments; nothing is sent.

Replaces a message with a new one (flags, date, literal), stored in the given mailbox, as one atomic step (RFC 8508 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn replace(
        message: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        replacement: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::ReplaceResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::REPLACE);
        __command.arg::<::imapkit::encode::kinds::Number>("message", message)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imapkit::encode::kinds::AppendMessage>("replacement", replacement)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID FETCH` for [`Commands::uid_fetch`](super::Commands::uid_fetch): checks and encodes the arguments; nothing is sent.

FETCH by UID; UID is always returned (RFC 3501 6.4.8).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_fetch(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        items: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidFetchResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_FETCH);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::FetchItems>("items", items)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID SEARCH` for [`Commands::uid_search`](super::Commands::uid_search): checks and encodes the arguments; nothing is sent.

SEARCH returning UIDs (RFC 3501 6.4.8).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_search(
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Search>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidSearchResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_SEARCH);
        __command.arg::<::imapkit::encode::kinds::Search>("criteria", criteria)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID STORE` for [`Commands::uid_store`](super::Commands::uid_store): checks and encodes the arguments; nothing is sent.

STORE by UID (RFC 3501 6.4.8).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_store(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        action: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::StoreAction>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidStoreResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_STORE);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::StoreAction>("action", action)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID COPY` for [`Commands::uid_copy`](super::Commands::uid_copy): checks and encodes the arguments; nothing is sent.

COPY by UID (RFC 3501 6.4.8, RFC 4315).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_copy(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidCopyResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_COPY);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID MOVE` for [`Commands::uid_move`](super::Commands::uid_move): checks and encodes the arguments; nothing is sent.

MOVE by UID (RFC 6851 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_move(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidMoveResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_MOVE);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID REPLACE` for [`Commands::uid_replace`](super::Commands::uid_replace): checks and encodes the arguments; nothing is sent.

REPLACE by UID (RFC 8508 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_replace(
        uid: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Number>,
        mailbox: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Mailbox>,
        replacement: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::AppendMessage>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidReplaceResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_REPLACE);
        __command.arg::<::imapkit::encode::kinds::Number>("uid", uid)?;
        __command.arg::<::imapkit::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imapkit::encode::kinds::AppendMessage>("replacement", replacement)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID EXPUNGE` for [`Commands::uid_expunge`](super::Commands::uid_expunge): checks and encodes the arguments; nothing is sent.

Expunges only the given UIDs among the \Deleted messages (RFC 4315 2.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_expunge(
        set: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SequenceSet>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidExpungeResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_EXPUNGE);
        __command.arg::<::imapkit::encode::kinds::SequenceSet>("set", set)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID SORT` for [`Commands::uid_sort`](super::Commands::uid_sort): checks and encodes the arguments; nothing is sent.

SORT returning UIDs (RFC 5256 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_sort(
        return_options: ::core::option::Option<&::imapkit::encode::SearchReturn>,
        criteria: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SortCriteria>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidSortResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_SORT);
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<
                    ::imapkit::encode::kinds::SearchReturn,
                >("return_options", __value)?;
        }
        __command.arg::<::imapkit::encode::kinds::SortCriteria>("criteria", criteria)?;
        __command.arg::<::imapkit::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imapkit::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
    /**Builds `UID THREAD` for [`Commands::uid_thread`](super::Commands::uid_thread): checks and encodes the arguments; nothing is sent.

THREAD returning UIDs (RFC 5256 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_thread(
        algorithm: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Atom>,
        charset: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::Charset>,
        keys: impl ::imapkit::encode::Arg<::imapkit::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imapkit::Request<super::UidThreadResponse>,
        ::imapkit::Error,
    > {
        let mut __command = ::imapkit::encode::CommandBuilder::new(&super::UID_THREAD);
        __command.arg::<::imapkit::encode::kinds::Atom>("algorithm", algorithm)?;
        __command.arg::<::imapkit::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imapkit::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imapkit::Request::new(__command.finish()))
    }
}
///Result of [`Commands::capability`] (`CAPABILITY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CapabilityResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: Vec<String>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CapabilityResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let capabilities = __claims.take::<::imapkit::extract::untagged::Capability>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CapabilityResponse {
            capabilities,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::noop`] (`NOOP`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct NoopResponse {
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `RECENT` responses.
    pub recent: Option<u32>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for NoopResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let exists = __claims.take::<::imapkit::extract::untagged::Exists>();
        let recent = __claims.take::<::imapkit::extract::untagged::Recent>();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        NoopResponse {
            exists,
            recent,
            expunged,
            fetches,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::logout`] (`LOGOUT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct LogoutResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for LogoutResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        LogoutResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::id`] (`ID`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct IdResponse {
    ///Collected from untagged `ID` responses.
    pub id: Option<Vec<(String, Option<Vec<u8>>)>>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for IdResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let id = __claims.take::<::imapkit::extract::untagged::Id>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        IdResponse {
            id,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::starttls`] (`STARTTLS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct StarttlsResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for StarttlsResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        StarttlsResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::authenticate`] (`AUTHENTICATE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct AuthenticateResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: Vec<String>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for AuthenticateResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let capabilities = __claims.take::<::imapkit::extract::untagged::Capability>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        AuthenticateResponse {
            capabilities,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::login`] (`LOGIN`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct LoginResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: Vec<String>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for LoginResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let capabilities = __claims.take::<::imapkit::extract::untagged::Capability>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        LoginResponse {
            capabilities,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::select`] (`SELECT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SelectResponse {
    ///Collected from untagged `FLAGS` responses.
    pub flags: Option<Vec<::imapkit::types::Flag>>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `RECENT` responses.
    pub recent: Option<u32>,
    ///Collected from untagged `OK[UNSEEN]` responses.
    pub unseen: Option<u32>,
    ///Collected from untagged `OK[PERMANENTFLAGS]` responses.
    pub permanent_flags: Option<Vec<::imapkit::types::Flag>>,
    ///Collected from untagged `OK[UIDNEXT]` responses.
    pub uid_next: Option<u32>,
    ///Collected from untagged `OK[UIDVALIDITY]` responses.
    pub uid_validity: Option<u32>,
    ///Collected from untagged `OK[HIGHESTMODSEQ]` responses.
    pub highest_modseq: Option<u64>,
    ///Collected from untagged `OK[NOMODSEQ]` responses.
    pub no_modseq: bool,
    ///Collected from untagged `OK[CLOSED]` responses.
    pub closed: bool,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SelectResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let flags = __claims.take::<::imapkit::extract::untagged::Flags>();
        let exists = __claims.take::<::imapkit::extract::untagged::Exists>();
        let recent = __claims.take::<::imapkit::extract::untagged::Recent>();
        let unseen = __claims.take::<::imapkit::extract::untagged::OkUnseen>();
        let permanent_flags = __claims
            .take::<::imapkit::extract::untagged::OkPermanentFlags>();
        let uid_next = __claims.take::<::imapkit::extract::untagged::OkUidNext>();
        let uid_validity = __claims
            .take::<::imapkit::extract::untagged::OkUidValidity>();
        let highest_modseq = __claims
            .take::<::imapkit::extract::untagged::OkHighestModSeq>();
        let no_modseq = __claims.take::<::imapkit::extract::untagged::OkNoModSeq>();
        let closed = __claims.take::<::imapkit::extract::untagged::OkClosed>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SelectResponse {
            flags,
            exists,
            recent,
            unseen,
            permanent_flags,
            uid_next,
            uid_validity,
            highest_modseq,
            no_modseq,
            closed,
            vanished,
            fetches,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::examine`] (`EXAMINE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ExamineResponse {
    ///Collected from untagged `FLAGS` responses.
    pub flags: Option<Vec<::imapkit::types::Flag>>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `RECENT` responses.
    pub recent: Option<u32>,
    ///Collected from untagged `OK[UNSEEN]` responses.
    pub unseen: Option<u32>,
    ///Collected from untagged `OK[PERMANENTFLAGS]` responses.
    pub permanent_flags: Option<Vec<::imapkit::types::Flag>>,
    ///Collected from untagged `OK[UIDNEXT]` responses.
    pub uid_next: Option<u32>,
    ///Collected from untagged `OK[UIDVALIDITY]` responses.
    pub uid_validity: Option<u32>,
    ///Collected from untagged `OK[HIGHESTMODSEQ]` responses.
    pub highest_modseq: Option<u64>,
    ///Collected from untagged `OK[NOMODSEQ]` responses.
    pub no_modseq: bool,
    ///Collected from untagged `OK[CLOSED]` responses.
    pub closed: bool,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ExamineResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let flags = __claims.take::<::imapkit::extract::untagged::Flags>();
        let exists = __claims.take::<::imapkit::extract::untagged::Exists>();
        let recent = __claims.take::<::imapkit::extract::untagged::Recent>();
        let unseen = __claims.take::<::imapkit::extract::untagged::OkUnseen>();
        let permanent_flags = __claims
            .take::<::imapkit::extract::untagged::OkPermanentFlags>();
        let uid_next = __claims.take::<::imapkit::extract::untagged::OkUidNext>();
        let uid_validity = __claims
            .take::<::imapkit::extract::untagged::OkUidValidity>();
        let highest_modseq = __claims
            .take::<::imapkit::extract::untagged::OkHighestModSeq>();
        let no_modseq = __claims.take::<::imapkit::extract::untagged::OkNoModSeq>();
        let closed = __claims.take::<::imapkit::extract::untagged::OkClosed>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ExamineResponse {
            flags,
            exists,
            recent,
            unseen,
            permanent_flags,
            uid_next,
            uid_validity,
            highest_modseq,
            no_modseq,
            closed,
            vanished,
            fetches,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::create`] (`CREATE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CreateResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CreateResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CreateResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::delete`] (`DELETE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct DeleteResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for DeleteResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        DeleteResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::rename`] (`RENAME`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct RenameResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for RenameResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        RenameResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::subscribe`] (`SUBSCRIBE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SubscribeResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SubscribeResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SubscribeResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::unsubscribe`] (`UNSUBSCRIBE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UnsubscribeResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UnsubscribeResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UnsubscribeResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::list`] (`LIST`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ListResponse {
    ///Collected from untagged `LIST` responses.
    pub list: Vec<::imapkit::types::ListItem>,
    ///Collected from untagged `STATUS` responses.
    pub statuses: Vec<::imapkit::types::MailboxStatus>,
    ///Collected from untagged `MYRIGHTS` responses.
    pub my_rights: Vec<::imapkit::extract::MyRights>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ListResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let list = __claims.take::<::imapkit::extract::untagged::List>();
        let statuses = __claims.take::<::imapkit::extract::untagged::MailboxStatus>();
        let my_rights = __claims.take::<::imapkit::extract::untagged::MyRights>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ListResponse {
            list,
            statuses,
            my_rights,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::xlist`] (`XLIST`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct XlistResponse {
    ///Collected from untagged `LIST` responses.
    pub list: Vec<::imapkit::types::ListItem>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for XlistResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let list = __claims.take::<::imapkit::extract::untagged::List>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        XlistResponse {
            list,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::lsub`] (`LSUB`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct LsubResponse {
    ///Collected from untagged `LSUB` responses.
    pub lsub: Vec<::imapkit::types::ListItem>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for LsubResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let lsub = __claims.take::<::imapkit::extract::untagged::Lsub>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        LsubResponse {
            lsub,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::status`] (`STATUS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct StatusResponse {
    ///Collected from untagged `STATUS` responses.
    pub statuses: Vec<::imapkit::types::MailboxStatus>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for StatusResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let statuses = __claims.take::<::imapkit::extract::untagged::MailboxStatus>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        StatusResponse {
            statuses,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::append`] (`APPEND`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct AppendResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for AppendResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        AppendResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::namespace`] (`NAMESPACE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct NamespaceResponse {
    ///Collected from untagged `NAMESPACE` responses.
    pub namespace: Option<::imapkit::types::Namespaces>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for NamespaceResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let namespace = __claims.take::<::imapkit::extract::untagged::Namespace>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        NamespaceResponse {
            namespace,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::enable`] (`ENABLE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct EnableResponse {
    ///Collected from untagged `ENABLED` responses.
    pub enabled: Vec<String>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for EnableResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let enabled = __claims.take::<::imapkit::extract::untagged::Enabled>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        EnableResponse {
            enabled,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::getacl`] (`GETACL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetaclResponse {
    ///Collected from untagged `ACL` responses.
    pub acl: Vec<::imapkit::extract::Acl>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for GetaclResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let acl = __claims.take::<::imapkit::extract::untagged::Acl>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        GetaclResponse {
            acl,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::setacl`] (`SETACL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetaclResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SetaclResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SetaclResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::deleteacl`] (`DELETEACL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct DeleteaclResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for DeleteaclResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        DeleteaclResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::listrights`] (`LISTRIGHTS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ListrightsResponse {
    ///Collected from untagged `LISTRIGHTS` responses.
    pub list_rights: Vec<::imapkit::extract::ListRights>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ListrightsResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let list_rights = __claims.take::<::imapkit::extract::untagged::ListRights>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ListrightsResponse {
            list_rights,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::myrights`] (`MYRIGHTS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct MyrightsResponse {
    ///Collected from untagged `MYRIGHTS` responses.
    pub my_rights: Vec<::imapkit::extract::MyRights>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for MyrightsResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let my_rights = __claims.take::<::imapkit::extract::untagged::MyRights>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        MyrightsResponse {
            my_rights,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::getquota`] (`GETQUOTA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetquotaResponse {
    ///Collected from untagged `QUOTA` responses.
    pub quotas: Vec<::imapkit::extract::Quota>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for GetquotaResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let quotas = __claims.take::<::imapkit::extract::untagged::Quota>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        GetquotaResponse {
            quotas,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::setquota`] (`SETQUOTA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetquotaResponse {
    ///Collected from untagged `QUOTA` responses.
    pub quotas: Vec<::imapkit::extract::Quota>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SetquotaResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let quotas = __claims.take::<::imapkit::extract::untagged::Quota>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SetquotaResponse {
            quotas,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::getquotaroot`] (`GETQUOTAROOT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetquotarootResponse {
    ///Collected from untagged `QUOTAROOT` responses.
    pub quota_roots: Vec<::imapkit::extract::QuotaRoot>,
    ///Collected from untagged `QUOTA` responses.
    pub quotas: Vec<::imapkit::extract::Quota>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for GetquotarootResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let quota_roots = __claims.take::<::imapkit::extract::untagged::QuotaRoot>();
        let quotas = __claims.take::<::imapkit::extract::untagged::Quota>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        GetquotarootResponse {
            quota_roots,
            quotas,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::getannotation`] (`GETANNOTATION`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetannotationResponse {
    ///Collected from untagged `ANNOTATION` responses.
    pub annotations: Vec<::imapkit::extract::Annotation>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for GetannotationResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let annotations = __claims.take::<::imapkit::extract::untagged::Annotation>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        GetannotationResponse {
            annotations,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::setannotation`] (`SETANNOTATION`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetannotationResponse {
    ///Collected from untagged `ANNOTATION` responses.
    pub annotations: Vec<::imapkit::extract::Annotation>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SetannotationResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let annotations = __claims.take::<::imapkit::extract::untagged::Annotation>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SetannotationResponse {
            annotations,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::getmetadata`] (`GETMETADATA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetmetadataResponse {
    ///Collected from untagged `METADATA` responses.
    pub metadata: Vec<::imapkit::extract::Metadata>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for GetmetadataResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let metadata = __claims.take::<::imapkit::extract::untagged::Metadata>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        GetmetadataResponse {
            metadata,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::setmetadata`] (`SETMETADATA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetmetadataResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SetmetadataResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SetmetadataResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::unauthenticate`] (`UNAUTHENTICATE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UnauthenticateResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UnauthenticateResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UnauthenticateResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::notify`] (`NOTIFY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct NotifyResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for NotifyResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        NotifyResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::proxyauth`] (`PROXYAUTH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ProxyauthResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ProxyauthResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ProxyauthResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::idle`] (`IDLE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct IdleResponse {
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `RECENT` responses.
    pub recent: Option<u32>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for IdleResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let exists = __claims.take::<::imapkit::extract::untagged::Exists>();
        let recent = __claims.take::<::imapkit::extract::untagged::Recent>();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        IdleResponse {
            exists,
            recent,
            expunged,
            fetches,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::compress`] (`COMPRESS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CompressResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CompressResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CompressResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::check`] (`CHECK`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CheckResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CheckResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CheckResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::close`] (`CLOSE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CloseResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CloseResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CloseResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::unselect`] (`UNSELECT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UnselectResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UnselectResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UnselectResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::expunge`] (`EXPUNGE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ExpungeResponse {
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ExpungeResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ExpungeResponse {
            expunged,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::search`] (`SEARCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SearchResponse {
    ///Collected from untagged `SEARCH` responses.
    pub search: ::imapkit::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imapkit::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SearchResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let search = __claims.take::<::imapkit::extract::untagged::Search>();
        let esearch = __claims.take::<::imapkit::extract::untagged::ESearch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SearchResponse {
            search,
            esearch,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::cancelupdate`] (`CANCELUPDATE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CancelupdateResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CancelupdateResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CancelupdateResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::fetch`] (`FETCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct FetchResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for FetchResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        FetchResponse {
            fetches,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::store`] (`STORE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct StoreResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for StoreResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        StoreResponse {
            fetches,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::copy`] (`COPY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CopyResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for CopyResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        CopyResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::move_`] (`MOVE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct MoveResponse {
    ///Collected from untagged `OK[COPYUID]` responses.
    pub copy_uid: Option<::imapkit::extract::CopyUid>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for MoveResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let copy_uid = __claims.take::<::imapkit::extract::untagged::OkCopyUid>();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        MoveResponse {
            copy_uid,
            expunged,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::sort`] (`SORT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SortResponse {
    ///Collected from untagged `SORT` responses.
    pub sort: ::imapkit::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imapkit::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for SortResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let sort = __claims.take::<::imapkit::extract::untagged::Sort>();
        let esearch = __claims.take::<::imapkit::extract::untagged::ESearch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        SortResponse {
            sort,
            esearch,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::thread`] (`THREAD`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ThreadResponse {
    ///Collected from untagged `THREAD` responses.
    pub threads: Vec<::imapkit::types::Thread>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ThreadResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let threads = __claims.take::<::imapkit::extract::untagged::Thread>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ThreadResponse {
            threads,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::partial`] (`PARTIAL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct PartialResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for PartialResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        PartialResponse {
            fetches,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::replace`] (`REPLACE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ReplaceResponse {
    ///Collected from untagged `OK[APPENDUID]` responses.
    pub append_uid: Option<::imapkit::extract::AppendUid>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for ReplaceResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let append_uid = __claims.take::<::imapkit::extract::untagged::OkAppendUid>();
        let exists = __claims.take::<::imapkit::extract::untagged::Exists>();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        ReplaceResponse {
            append_uid,
            exists,
            expunged,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_fetch`] (`UID FETCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidFetchResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidFetchResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidFetchResponse {
            fetches,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_search`] (`UID SEARCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidSearchResponse {
    ///Collected from untagged `SEARCH` responses.
    pub search: ::imapkit::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imapkit::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidSearchResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let search = __claims.take::<::imapkit::extract::untagged::Search>();
        let esearch = __claims.take::<::imapkit::extract::untagged::ESearch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidSearchResponse {
            search,
            esearch,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_store`] (`UID STORE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidStoreResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imapkit::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidStoreResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imapkit::extract::untagged::Fetch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidStoreResponse {
            fetches,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_copy`] (`UID COPY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidCopyResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidCopyResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let __claims = done.into_claims();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidCopyResponse {
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_move`] (`UID MOVE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidMoveResponse {
    ///Collected from untagged `OK[COPYUID]` responses.
    pub copy_uid: Option<::imapkit::extract::CopyUid>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidMoveResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let copy_uid = __claims.take::<::imapkit::extract::untagged::OkCopyUid>();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidMoveResponse {
            copy_uid,
            expunged,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_replace`] (`UID REPLACE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidReplaceResponse {
    ///Collected from untagged `OK[APPENDUID]` responses.
    pub append_uid: Option<::imapkit::extract::AppendUid>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidReplaceResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let append_uid = __claims.take::<::imapkit::extract::untagged::OkAppendUid>();
        let exists = __claims.take::<::imapkit::extract::untagged::Exists>();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidReplaceResponse {
            append_uid,
            exists,
            expunged,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_expunge`] (`UID EXPUNGE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidExpungeResponse {
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imapkit::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidExpungeResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let expunged = __claims.take::<::imapkit::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imapkit::extract::untagged::Vanished>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidExpungeResponse {
            expunged,
            vanished,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_sort`] (`UID SORT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidSortResponse {
    ///Collected from untagged `SORT` responses.
    pub sort: ::imapkit::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imapkit::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidSortResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let sort = __claims.take::<::imapkit::extract::untagged::Sort>();
        let esearch = __claims.take::<::imapkit::extract::untagged::ESearch>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidSortResponse {
            sort,
            esearch,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Result of [`Commands::uid_thread`] (`UID THREAD`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidThreadResponse {
    ///Collected from untagged `THREAD` responses.
    pub threads: Vec<::imapkit::types::Thread>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imapkit::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imapkit::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imapkit::types::Unparsed>,
}
impl ::core::convert::From<::imapkit::Completed> for UidThreadResponse {
    fn from(done: ::imapkit::Completed) -> Self {
        let mut __claims = done.into_claims();
        let threads = __claims.take::<::imapkit::extract::untagged::Thread>();
        let (tagged, unclaimed, unparsed) = __claims.finish();
        UidThreadResponse {
            threads,
            tagged,
            unclaimed,
            unparsed,
        }
    }
}
///Table line of `CAPABILITY`.
pub static CAPABILITY: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CAPABILITY"),
    method: ::std::borrow::Cow::Borrowed("capability"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::State::NotAuthenticated,
            ::imapkit::command::State::Authenticated,
            ::imapkit::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Capability)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for the server's capabilities (RFC 3501 6.1.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let caps = client.capability()?; println!(\"{}\", caps.capabilities.join(\" \"));",
        ),
    ),
};
///Table line of `NOOP`.
pub static NOOP: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("NOOP"),
    method: ::std::borrow::Cow::Borrowed("noop"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::State::NotAuthenticated,
            ::imapkit::command::State::Authenticated,
            ::imapkit::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Exists),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Recent),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let updates = client.noop()?; if let Some(exists) = updates.exists { println!(\"{exists} messages now\"); }",
        ),
    ),
};
///Table line of `LOGOUT`.
pub static LOGOUT: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LOGOUT"),
    method: ::std::borrow::Cow::Borrowed("logout"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::State::NotAuthenticated,
            ::imapkit::command::State::Authenticated,
            ::imapkit::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imapkit::command::State::Logout),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.logout()?;"),
    ),
};
///Table line of `ID`.
pub static ID: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("ID"),
    method: ::std::borrow::Cow::Borrowed("id"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::State::NotAuthenticated,
            ::imapkit::command::State::Authenticated,
            ::imapkit::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("parameters"),
                kind: ::imapkit::command::ArgKind::IdParams,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Id)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ID")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let server = client.id(&[(\"name\", \"my-app\"), (\"version\", \"1.0\")])?; println!(\"{:?}\", server.id);",
        ),
    ),
};
///Table line of `STARTTLS`.
pub static STARTTLS: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("STARTTLS"),
    method: ::std::borrow::Cow::Borrowed("starttls"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::NotAuthenticated]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("STARTTLS")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imapkit::command::Exchange::StartTls),
    doc: ::std::borrow::Cow::Borrowed(
        "Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.set_tls_options(imapkit::TlsOptions::default()); client.starttls()?; // Client::connect_starttls does this before anything else",
        ),
    ),
};
///Table line of `AUTHENTICATE`.
pub static AUTHENTICATE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("AUTHENTICATE"),
    method: ::std::borrow::Cow::Borrowed("authenticate"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::NotAuthenticated]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mechanism"),
                kind: ::imapkit::command::ArgKind::Mechanism,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("initial_response"),
                kind: ::imapkit::command::ArgKind::SaslResponse,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Capability)],
    ),
    then: ::core::option::Option::Some(::imapkit::command::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imapkit::command::Exchange::Sasl),
    doc: ::std::borrow::Cow::Borrowed(
        "Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let mut sasl = imapkit::auth::SaslExchange::new(imapkit::auth::Plain::new(\"alice\", \"password\"), None); client.authenticate(\"PLAIN\", None, &mut sasl)?; // client.authenticate_with(mechanism) does this for you",
        ),
    ),
};
///Table line of `LOGIN`.
pub static LOGIN: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LOGIN"),
    method: ::std::borrow::Cow::Borrowed("login"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::NotAuthenticated]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("username"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("password"),
                kind: ::imapkit::command::ArgKind::Secret,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Capability)],
    ),
    then: ::core::option::Option::Some(::imapkit::command::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("LOGINDISABLED"),
    ),
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Logs in with a user name and a password (RFC 3501 6.2.3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.login(\"alice@example.com\", \"app-password\")?;",
        ),
    ),
};
///Table line of `SELECT`.
pub static SELECT: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SELECT"),
    method: ::std::borrow::Cow::Borrowed("select"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("parameters"),
                kind: ::imapkit::command::ArgKind::SelectParams,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Flags),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Exists),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Recent),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::OkUnseen),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkPermanentFlags,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkUidNext,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkUidValidity,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkHighestModSeq,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkNoModSeq,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::OkClosed),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch),
        ],
    ),
    then: ::core::option::Option::Some(::imapkit::command::State::Selected),
    fail: ::core::option::Option::Some(::imapkit::command::State::Authenticated),
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let inbox = client.select(\"INBOX\", None)?; println!(\"{} messages, UIDVALIDITY {:?}\", inbox.exists.unwrap_or(0), inbox.uid_validity);",
        ),
    ),
};
///Table line of `EXAMINE`.
pub static EXAMINE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("EXAMINE"),
    method: ::std::borrow::Cow::Borrowed("examine"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("parameters"),
                kind: ::imapkit::command::ArgKind::SelectParams,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Flags),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Exists),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Recent),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::OkUnseen),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkPermanentFlags,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkUidNext,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkUidValidity,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkHighestModSeq,
            ),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkNoModSeq,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::OkClosed),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch),
        ],
    ),
    then: ::core::option::Option::Some(::imapkit::command::State::Selected),
    fail: ::core::option::Option::Some(::imapkit::command::State::Authenticated),
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let sent = client.examine(\"Sent\", None)?; println!(\"first unseen: {:?}\", sent.unseen);",
        ),
    ),
};
///Table line of `CREATE`.
pub static CREATE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CREATE"),
    method: ::std::borrow::Cow::Borrowed("create"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("special_use"),
                kind: ::imapkit::command::ArgKind::SpecialUse,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Creates a mailbox, optionally with a special use (USE (\\Drafts)) under CREATE-SPECIAL-USE (RFC 3501 6.3.3, RFC 6154 3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.create(\"Projects/2026\", None)?;"),
    ),
};
///Table line of `DELETE`.
pub static DELETE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("DELETE"),
    method: ::std::borrow::Cow::Borrowed("delete"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("Deletes a mailbox (RFC 3501 6.3.4)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.delete(\"Projects/2025\")?;"),
    ),
};
///Table line of `RENAME`.
pub static RENAME: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("RENAME"),
    method: ::std::borrow::Cow::Borrowed("rename"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("from"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("to"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("Renames a mailbox (RFC 3501 6.3.5)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.rename(\"Projects/Old\", \"Archive/Old\")?;",
        ),
    ),
};
///Table line of `SUBSCRIBE`.
pub static SUBSCRIBE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SUBSCRIBE"),
    method: ::std::borrow::Cow::Borrowed("subscribe"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Adds a mailbox to the subscription list (RFC 3501 6.3.6).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.subscribe(\"Archive\")?;"),
    ),
};
///Table line of `UNSUBSCRIBE`.
pub static UNSUBSCRIBE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UNSUBSCRIBE"),
    method: ::std::borrow::Cow::Borrowed("unsubscribe"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Removes a mailbox from the subscription list (RFC 3501 6.3.7).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.unsubscribe(\"Archive\")?;"),
    ),
};
///Table line of `LIST`.
pub static LIST: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LIST"),
    method: ::std::borrow::Cow::Borrowed("list"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("selection"),
                kind: ::imapkit::command::ArgKind::ListSelection,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("reference"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("pattern"),
                kind: ::imapkit::command::ArgKind::ListMailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::Some(
                    ::std::borrow::Cow::Borrowed("RETURN"),
                ),
                name: ::std::borrow::Cow::Borrowed("return_options"),
                kind: ::imapkit::command::ArgKind::ListReturn,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::List),
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::MailboxStatus,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::MyRights),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for item in client.list(None, \"\", \"*\", None)?.list { println!(\"{} {:?}\", item.mailbox, item.attributes); }",
        ),
    ),
};
///Table line of `XLIST`.
pub static XLIST: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("XLIST"),
    method: ::std::borrow::Cow::Borrowed("xlist"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("reference"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("pattern"),
                kind: ::imapkit::command::ArgKind::ListMailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::List)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("XLIST")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Gmail's listing with special-use attributes from before SPECIAL-USE; its XLIST responses read as LIST (Google's IMAP extensions; RFC 6154 replaces it).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `LSUB`.
pub static LSUB: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LSUB"),
    method: ::std::borrow::Cow::Borrowed("lsub"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("reference"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("pattern"),
                kind: ::imapkit::command::ArgKind::ListMailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Lsub)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::Some(::imapkit::command::Protocol::Imap4rev2),
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `STATUS`.
pub static STATUS: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("STATUS"),
    method: ::std::borrow::Cow::Borrowed("status"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("items"),
                kind: ::imapkit::command::ArgKind::StatusItems,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::MailboxStatus,
            ),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let status = client.status(\"INBOX\", &[StatusItem::Messages, StatusItem::Unseen])?; println!(\"{:?} unseen\", status.statuses[0].get(\"UNSEEN\"));",
        ),
    ),
};
///Table line of `APPEND`.
pub static APPEND: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("APPEND"),
    method: ::std::borrow::Cow::Borrowed("append"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("messages"),
                kind: ::imapkit::command::ArgKind::AppendMessage,
                cardinality: ::imapkit::command::Cardinality::OneOrMore,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("MULTIAPPEND"),
    ),
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.append(\"Drafts\", [AppendMessage::new(\"Subject: hi\\r\\n\\r\\nHello\\r\\n\").flags(vec![Flag::Draft])])?;",
        ),
    ),
};
///Table line of `NAMESPACE`.
pub static NAMESPACE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("NAMESPACE"),
    method: ::std::borrow::Cow::Borrowed("namespace"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Namespace)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("NAMESPACE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for the personal, other users' and shared namespaces (RFC 2342 5).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "if let Some(namespaces) = client.namespace()?.namespace { println!(\"personal: {:?}\", namespaces.personal); }",
        ),
    ),
};
///Table line of `ENABLE`.
pub static ENABLE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("ENABLE"),
    method: ::std::borrow::Cow::Borrowed("enable"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Authenticated]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("capabilities"),
                kind: ::imapkit::command::ArgKind::Atom,
                cardinality: ::imapkit::command::Cardinality::OneOrMore,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Enabled)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ENABLE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let enabled = client.enable([\"CONDSTORE\"])?; println!(\"{:?}\", enabled.enabled);",
        ),
    ),
};
///Table line of `GETACL`.
pub static GETACL: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETACL"),
    method: ::std::borrow::Cow::Borrowed("getacl"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Acl)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ACL")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for a mailbox's access control list (RFC 4314 3.3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for acl in client.getacl(\"Shared\")?.acl { println!(\"{:?}\", acl.entries); }",
        ),
    ),
};
///Table line of `SETACL`.
pub static SETACL: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETACL"),
    method: ::std::borrow::Cow::Borrowed("setacl"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("identifier"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("rights"),
                kind: ::imapkit::command::ArgKind::AclRights,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ACL")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.setacl(\"Shared\", \"bob\", \"lrs\")?;"),
    ),
};
///Table line of `DELETEACL`.
pub static DELETEACL: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("DELETEACL"),
    method: ::std::borrow::Cow::Borrowed("deleteacl"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("identifier"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ACL")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Removes an identifier from a mailbox's access control list (RFC 4314 3.2).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.deleteacl(\"Shared\", \"bob\")?;"),
    ),
};
///Table line of `LISTRIGHTS`.
pub static LISTRIGHTS: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LISTRIGHTS"),
    method: ::std::borrow::Cow::Borrowed("listrights"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("identifier"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::ListRights)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ACL")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks which rights may be granted to an identifier (RFC 4314 3.4).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "println!(\"{:?}\", client.listrights(\"Shared\", \"bob\")?.list_rights);",
        ),
    ),
};
///Table line of `MYRIGHTS`.
pub static MYRIGHTS: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("MYRIGHTS"),
    method: ::std::borrow::Cow::Borrowed("myrights"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::MyRights)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ACL")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for the current user's rights on a mailbox (RFC 4314 3.5).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "println!(\"{:?}\", client.myrights(\"INBOX\")?.my_rights);",
        ),
    ),
};
///Table line of `GETQUOTA`.
pub static GETQUOTA: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETQUOTA"),
    method: ::std::borrow::Cow::Borrowed("getquota"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("root"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Quota)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("QUOTA")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for quota in client.getquota(\"\")?.quotas { println!(\"{}: {:?}\", quota.root, quota.resources); }",
        ),
    ),
};
///Table line of `SETQUOTA`.
pub static SETQUOTA: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETQUOTA"),
    method: ::std::borrow::Cow::Borrowed("setquota"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("root"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("limits"),
                kind: ::imapkit::command::ArgKind::QuotaLimits,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Quota)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("QUOTA")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.setquota(\"\", &[(\"STORAGE\", 512_000)])?;",
        ),
    ),
};
///Table line of `GETQUOTAROOT`.
pub static GETQUOTAROOT: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETQUOTAROOT"),
    method: ::std::borrow::Cow::Borrowed("getquotaroot"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::QuotaRoot,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Quota),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("QUOTA")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let roots = client.getquotaroot(\"INBOX\")?; println!(\"{:?} {:?}\", roots.quota_roots, roots.quotas);",
        ),
    ),
};
///Table line of `GETANNOTATION`.
pub static GETANNOTATION: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETANNOTATION"),
    method: ::std::borrow::Cow::Borrowed("getannotation"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entries"),
                kind: ::imapkit::command::ArgKind::StringList,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("attributes"),
                kind: ::imapkit::command::ArgKind::StringList,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Annotation)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ANNOTATEMORE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `SETANNOTATION`.
pub static SETANNOTATION: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETANNOTATION"),
    method: ::std::borrow::Cow::Borrowed("setannotation"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entry"),
                kind: ::imapkit::command::ArgKind::Str,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("attributes"),
                kind: ::imapkit::command::ArgKind::StringPairs,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Annotation)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("ANNOTATEMORE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `GETMETADATA`.
pub static GETMETADATA: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETMETADATA"),
    method: ::std::borrow::Cow::Borrowed("getmetadata"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entries"),
                kind: ::imapkit::command::ArgKind::AStringList,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Metadata)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("METADATA")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for entry in client.getmetadata(\"\", &[\"/shared/comment\"])?.metadata { println!(\"{:?}\", entry.entries); }",
        ),
    ),
};
///Table line of `SETMETADATA`.
pub static SETMETADATA: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETMETADATA"),
    method: ::std::borrow::Cow::Borrowed("setmetadata"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entries"),
                kind: ::imapkit::command::ArgKind::Pairs,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("METADATA")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Writes metadata; a NIL value removes an entry (RFC 5464 4.3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.setmetadata(\"INBOX\", &[(\"/private/comment\", Some(\"my inbox\"))])?;",
        ),
    ),
};
///Table line of `UNAUTHENTICATE`.
pub static UNAUTHENTICATE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UNAUTHENTICATE"),
    method: ::std::borrow::Cow::Borrowed("unauthenticate"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imapkit::command::State::NotAuthenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("UNAUTHENTICATE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Ends the authenticated session without closing the connection; back to not authenticated, with every ENABLEd extension reset (RFC 8437 3).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `NOTIFY`.
pub static NOTIFY: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("NOTIFY"),
    method: ::std::borrow::Cow::Borrowed("notify"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("request"),
                kind: ::imapkit::command::ArgKind::Notify,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("NOTIFY")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks the server to tell of changes in other mailboxes too (or of none); the notifications arrive unsolicited (RFC 5465 3).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `PROXYAUTH`.
pub static PROXYAUTH: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("PROXYAUTH"),
    method: ::std::borrow::Cow::Borrowed("proxyauth"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Authenticated]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("user"),
                kind: ::imapkit::command::ArgKind::AString,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `IDLE`.
pub static IDLE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("IDLE"),
    method: ::std::borrow::Cow::Borrowed("idle"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Exists),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Recent),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("IDLE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imapkit::command::Exchange::Idle),
    doc: ::std::borrow::Cow::Borrowed(
        "Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let until = std::time::Instant::now() + std::time::Duration::from_secs(300); let mut watch = imapkit::IdleWatch::new(Some(until), true, |update| println!(\"{}\", update.kind())); let updates = client.idle(&mut watch)?; println!(\"{:?}\", updates.exists);",
        ),
    ),
};
///Table line of `COMPRESS`.
pub static COMPRESS: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("COMPRESS"),
    method: ::std::borrow::Cow::Borrowed("compress"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::State::Authenticated, ::imapkit::command::State::Selected],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("algorithm"),
                kind: ::imapkit::command::ArgKind::Atom,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("COMPRESS=DEFLATE"),
    ),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imapkit::command::Exchange::Compress),
    doc: ::std::borrow::Cow::Borrowed(
        "Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.compress(\"DEFLATE\")?; println!(\"{:?}\", client.compression());",
        ),
    ),
};
///Table line of `CHECK`.
pub static CHECK: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CHECK"),
    method: ::std::borrow::Cow::Borrowed("check"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::Some(::imapkit::command::Protocol::Imap4rev2),
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.check()?;"),
    ),
};
///Table line of `CLOSE`.
pub static CLOSE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CLOSE"),
    method: ::std::borrow::Cow::Borrowed("close"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imapkit::command::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.close()?;"),
    ),
};
///Table line of `UNSELECT`.
pub static UNSELECT: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UNSELECT"),
    method: ::std::borrow::Cow::Borrowed("unselect"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imapkit::command::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("UNSELECT")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Deselects the mailbox without expunging (RFC 3691).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.unselect()?;"),
    ),
};
///Table line of `EXPUNGE`.
pub static EXPUNGE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("EXPUNGE"),
    method: ::std::borrow::Cow::Borrowed("expunge"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Removes messages marked \\Deleted (RFC 3501 6.4.3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let gone = client.expunge()?; println!(\"{} messages expunged\", gone.expunged.len());",
        ),
    ),
};
///Table line of `SEARCH`.
pub static SEARCH: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SEARCH"),
    method: ::std::borrow::Cow::Borrowed("search"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imapkit::command::ArgKind::Search,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Search),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::ESearch),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let found = client.search(SearchKey::Unseen)?.numbers()?; println!(\"unseen: {found:?}\");",
        ),
    ),
};
///Table line of `CANCELUPDATE`.
pub static CANCELUPDATE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CANCELUPDATE"),
    method: ::std::borrow::Cow::Borrowed("cancelupdate"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("tags"),
                kind: ::imapkit::command::ArgKind::Str,
                cardinality: ::imapkit::command::Cardinality::OneOrMore,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("CONTEXT=SEARCH")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Stops the result updates that SEARCH or SORT RETURN (UPDATE) started, named by those commands' tags (RFC 5267 4.3).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `FETCH`.
pub static FETCH: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("FETCH"),
    method: ::std::borrow::Cow::Borrowed("fetch"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("items"),
                kind: ::imapkit::command::ArgKind::FetchItems,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Retrieves message data (RFC 3501 6.4.5, RFC 7162).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for fetch in client.fetch(1..=10, \"(FLAGS ENVELOPE)\")?.fetches { println!(\"{} {:?}\", fetch.seq, fetch.flags()); }",
        ),
    ),
};
///Table line of `STORE`.
pub static STORE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("STORE"),
    method: ::std::borrow::Cow::Borrowed("store"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("action"),
                kind: ::imapkit::command::ArgKind::StoreAction,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.store(\"1:3\", StoreAction::add(vec![Flag::Seen]).silent())?;",
        ),
    ),
};
///Table line of `COPY`.
pub static COPY: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("COPY"),
    method: ::std::borrow::Cow::Borrowed("copy"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.copy(\"1:*\", \"Archive\")?;"),
    ),
};
///Table line of `MOVE`.
pub static MOVE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("MOVE"),
    method: ::std::borrow::Cow::Borrowed("move_"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkCopyUid,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("MOVE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Moves messages to another mailbox (RFC 6851 3.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let moved = client.move_(4..=7, \"Archive\")?; println!(\"{:?}\", moved.copy_uid);",
        ),
    ),
};
///Table line of `SORT`.
pub static SORT: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SORT"),
    method: ::std::borrow::Cow::Borrowed("sort"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::Some(
                    ::std::borrow::Cow::Borrowed("RETURN"),
                ),
                name: ::std::borrow::Cow::Borrowed("return_options"),
                kind: ::imapkit::command::ArgKind::SearchReturn,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imapkit::command::ArgKind::SortCriteria,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imapkit::command::ArgKind::Charset,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imapkit::command::ArgKind::SearchKeys,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Sort),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::ESearch),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("SORT")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Searches and returns the matches in sort order; with return options (ESORT) the answer is an ESEARCH (RFC 5256 3, RFC 5267 3.2).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let newest_first = client.sort(None, &[SortKey::reverse(SortField::Date)], \"UTF-8\", SearchKey::All)?; println!(\"{:?}\", newest_first.sort);",
        ),
    ),
};
///Table line of `THREAD`.
pub static THREAD: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("THREAD"),
    method: ::std::borrow::Cow::Borrowed("thread"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("algorithm"),
                kind: ::imapkit::command::ArgKind::Atom,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imapkit::command::ArgKind::Charset,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imapkit::command::ArgKind::SearchKeys,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Thread)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for thread in client.thread(\"REFERENCES\", \"UTF-8\", SearchKey::All)?.threads { println!(\"{:?}\", thread.messages); }",
        ),
    ),
};
///Table line of `PARTIAL`.
pub static PARTIAL: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("PARTIAL"),
    method: ::std::borrow::Cow::Borrowed("partial"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("message"),
                kind: ::imapkit::command::ArgKind::Number,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("item"),
                kind: ::imapkit::command::ArgKind::Raw,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("start"),
                kind: ::imapkit::command::ArgKind::Number,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("length"),
                kind: ::imapkit::command::ArgKind::Number,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `REPLACE`.
pub static REPLACE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("REPLACE"),
    method: ::std::borrow::Cow::Borrowed("replace"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("message"),
                kind: ::imapkit::command::ArgKind::Number,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("replacement"),
                kind: ::imapkit::command::ArgKind::AppendMessage,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkAppendUid,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Exists),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("REPLACE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("UIDONLY"),
    ),
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Replaces a message with a new one (flags, date, literal), stored in the given mailbox, as one atomic step (RFC 8508 3.1).",
    ),
    example: ::core::option::Option::None,
};
///Table line of `UID FETCH`.
pub static UID_FETCH: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID FETCH"),
    method: ::std::borrow::Cow::Borrowed("uid_fetch"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("items"),
                kind: ::imapkit::command::ArgKind::FetchItems,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "FETCH by UID; UID is always returned (RFC 3501 6.4.8).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "for fetch in client.uid_fetch(4800.., \"(UID RFC822.SIZE)\")?.fetches { println!(\"{:?} {:?}\", fetch.uid(), fetch.size()); }",
        ),
    ),
};
///Table line of `UID SEARCH`.
pub static UID_SEARCH: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID SEARCH"),
    method: ::std::borrow::Cow::Borrowed("uid_search"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imapkit::command::ArgKind::Search,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Search),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::ESearch),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("SEARCH returning UIDs (RFC 3501 6.4.8)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let uids = client.uid_search(SearchKey::From(\"alice@example.com\".into()))?.numbers()?; println!(\"{uids:?}\");",
        ),
    ),
};
///Table line of `UID STORE`.
pub static UID_STORE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID STORE"),
    method: ::std::borrow::Cow::Borrowed("uid_store"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("action"),
                kind: ::imapkit::command::ArgKind::StoreAction,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Fetch)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("STORE by UID (RFC 3501 6.4.8)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "client.uid_store(4810, StoreAction::add(vec![Flag::Deleted]))?;",
        ),
    ),
};
///Table line of `UID COPY`.
pub static UID_COPY: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID COPY"),
    method: ::std::borrow::Cow::Borrowed("uid_copy"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("COPY by UID (RFC 3501 6.4.8, RFC 4315)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.uid_copy(\"4800:4810\", \"Archive\")?;"),
    ),
};
///Table line of `UID MOVE`.
pub static UID_MOVE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID MOVE"),
    method: ::std::borrow::Cow::Borrowed("uid_move"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkCopyUid,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("MOVE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("MOVE by UID (RFC 6851 3.2)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.uid_move(4810, \"Trash\")?;"),
    ),
};
///Table line of `UID REPLACE`.
pub static UID_REPLACE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID REPLACE"),
    method: ::std::borrow::Cow::Borrowed("uid_replace"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("uid"),
                kind: ::imapkit::command::ArgKind::Number,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imapkit::command::ArgKind::Mailbox,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("replacement"),
                kind: ::imapkit::command::ArgKind::AppendMessage,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(
                ::imapkit::command::UntaggedKind::OkAppendUid,
            ),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Exists),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("REPLACE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("REPLACE by UID (RFC 8508 3.2)."),
    example: ::core::option::Option::None,
};
///Table line of `UID EXPUNGE`.
pub static UID_EXPUNGE: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID EXPUNGE"),
    method: ::std::borrow::Cow::Borrowed("uid_expunge"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imapkit::command::ArgKind::SequenceSet,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Expunge),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Vanished),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("UIDPLUS")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Expunges only the given UIDs among the \\Deleted messages (RFC 4315 2.1).",
    ),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed("client.uid_expunge(4810)?;"),
    ),
};
///Table line of `UID SORT`.
pub static UID_SORT: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID SORT"),
    method: ::std::borrow::Cow::Borrowed("uid_sort"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::Some(
                    ::std::borrow::Cow::Borrowed("RETURN"),
                ),
                name: ::std::borrow::Cow::Borrowed("return_options"),
                kind: ::imapkit::command::ArgKind::SearchReturn,
                cardinality: ::imapkit::command::Cardinality::Optional,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imapkit::command::ArgKind::SortCriteria,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imapkit::command::ArgKind::Charset,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imapkit::command::ArgKind::SearchKeys,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Sort),
            ::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::ESearch),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("SORT")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("SORT returning UIDs (RFC 5256 3)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let by_size = client.uid_sort(None, &[SortKey::by(SortField::Size)], \"UTF-8\", SearchKey::Unseen)?; println!(\"{:?}\", by_size.sort);",
        ),
    ),
};
///Table line of `UID THREAD`.
pub static UID_THREAD: ::imapkit::command::CommandDef = ::imapkit::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID THREAD"),
    method: ::std::borrow::Cow::Borrowed("uid_thread"),
    states: ::std::borrow::Cow::Borrowed(&[::imapkit::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("algorithm"),
                kind: ::imapkit::command::ArgKind::Atom,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imapkit::command::ArgKind::Charset,
                cardinality: ::imapkit::command::Cardinality::One,
            },
            ::imapkit::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imapkit::command::ArgKind::SearchKeys,
                cardinality: ::imapkit::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imapkit::command::Claim::Known(::imapkit::command::UntaggedKind::Thread)],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed("THREAD returning UIDs (RFC 5256 3)."),
    example: ::core::option::Option::Some(
        ::std::borrow::Cow::Borrowed(
            "let threads = client.uid_thread(\"ORDEREDSUBJECT\", \"UTF-8\", SearchKey::All)?.threads; println!(\"{} threads\", threads.len());",
        ),
    ),
};
///Every command descriptor of the table behind [`Commands`], in table order.
pub static COMMANDS_TABLE: &[&::imapkit::command::CommandDef] = &[
    &CAPABILITY,
    &NOOP,
    &LOGOUT,
    &ID,
    &STARTTLS,
    &AUTHENTICATE,
    &LOGIN,
    &SELECT,
    &EXAMINE,
    &CREATE,
    &DELETE,
    &RENAME,
    &SUBSCRIBE,
    &UNSUBSCRIBE,
    &LIST,
    &XLIST,
    &LSUB,
    &STATUS,
    &APPEND,
    &NAMESPACE,
    &ENABLE,
    &GETACL,
    &SETACL,
    &DELETEACL,
    &LISTRIGHTS,
    &MYRIGHTS,
    &GETQUOTA,
    &SETQUOTA,
    &GETQUOTAROOT,
    &GETANNOTATION,
    &SETANNOTATION,
    &GETMETADATA,
    &SETMETADATA,
    &UNAUTHENTICATE,
    &NOTIFY,
    &PROXYAUTH,
    &IDLE,
    &COMPRESS,
    &CHECK,
    &CLOSE,
    &UNSELECT,
    &EXPUNGE,
    &SEARCH,
    &CANCELUPDATE,
    &FETCH,
    &STORE,
    &COPY,
    &MOVE,
    &SORT,
    &THREAD,
    &PARTIAL,
    &REPLACE,
    &UID_FETCH,
    &UID_SEARCH,
    &UID_STORE,
    &UID_COPY,
    &UID_MOVE,
    &UID_REPLACE,
    &UID_EXPUNGE,
    &UID_SORT,
    &UID_THREAD,
];
