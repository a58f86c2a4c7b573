// @generated from spec/commands.toml by imap-macros; do not edit.
// Regenerate: UPDATE_EXPECT=1 cargo test -p imap-macros

/**Typed IMAP commands generated from a command table, one method per table line.

Implemented for every [`Execute`](::imap_client::Execute) (the blocking client, the golden-test recorder, ...). Each method builds its command with the function of the same name in [`build`] and turns the completed command into its result type.*/
pub trait Commands: ::imap_client::Execute {
    /**Asks for the server's capabilities (RFC 3501 6.1.1).

Wire form: `CAPABILITY`.

Allowed in: not authenticated, authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn capability(
        &mut self,
    ) -> ::core::result::Result<CapabilityResponse, ::imap_client::Error> {
        let __request = build::capability()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CapabilityResponse::from)
    }
    /**Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).

Wire form: `NOOP`.

Allowed in: not authenticated, authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn noop(&mut self) -> ::core::result::Result<NoopResponse, ::imap_client::Error> {
        let __request = build::noop()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(NoopResponse::from)
    }
    /**Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).

Wire form: `LOGOUT`.

Allowed in: not authenticated, authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn logout(
        &mut self,
    ) -> ::core::result::Result<LogoutResponse, ::imap_client::Error> {
        let __request = build::logout()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(LogoutResponse::from)
    }
    /**Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).

Wire form: `ID <parameters:id-params>`.

Allowed in: not authenticated, authenticated, selected. Needs capability `ID`.*/
    #[allow(clippy::too_many_arguments)]
    fn id(
        &mut self,
        parameters: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::IdParams,
        >,
    ) -> ::core::result::Result<IdResponse, ::imap_client::Error> {
        let __request = build::id(parameters)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(IdResponse::from)
    }
    /**Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).

Wire form: `STARTTLS`.

Allowed in: not authenticated. Needs capability `STARTTLS`. The session runs its `starttls` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn starttls(
        &mut self,
    ) -> ::core::result::Result<StarttlsResponse, ::imap_client::Error> {
        let __request = build::starttls()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(StarttlsResponse::from)
    }
    /**Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).

Wire form: `AUTHENTICATE <mechanism:mechanism> [<initial_response:sasl-response>]`.

Allowed in: not authenticated. The session runs its `sasl` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn authenticate(
        &mut self,
        mechanism: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mechanism,
        >,
        initial_response: ::core::option::Option<&str>,
        handler: &mut dyn ::imap_client::ExchangeHandler,
    ) -> ::core::result::Result<AuthenticateResponse, ::imap_client::Error> {
        let __request = build::authenticate(mechanism, initial_response)?;
        self.execute(__request.into_command(), ::core::option::Option::Some(handler))
            .map(AuthenticateResponse::from)
    }
    /**Logs in with a user name and a password (RFC 3501 6.2.3).

Wire form: `LOGIN <username:astring> <password:secret>`.

Allowed in: not authenticated. Refused when the server advertises `LOGINDISABLED`.*/
    #[allow(clippy::too_many_arguments)]
    fn login(
        &mut self,
        username: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
        password: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Secret>,
    ) -> ::core::result::Result<LoginResponse, ::imap_client::Error> {
        let __request = build::login(username, password)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(LoginResponse::from)
    }
    /**Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).

Wire form: `SELECT <mailbox:mailbox> [<parameters:select-params>]`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn select(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imap_client::encode::SelectParams>,
    ) -> ::core::result::Result<SelectResponse, ::imap_client::Error> {
        let __request = build::select(mailbox, parameters)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SelectResponse::from)
    }
    /**Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).

Wire form: `EXAMINE <mailbox:mailbox> [<parameters:select-params>]`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn examine(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imap_client::encode::SelectParams>,
    ) -> ::core::result::Result<ExamineResponse, ::imap_client::Error> {
        let __request = build::examine(mailbox, parameters)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ExamineResponse::from)
    }
    /**Creates a mailbox, optionally with a special use (USE (\Drafts)) under CREATE-SPECIAL-USE (RFC 3501 6.3.3, RFC 6154 3).

Wire form: `CREATE <mailbox:mailbox> [<special_use:special-use>]`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn create(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        special_use: ::core::option::Option<&[::imap_client::types::SpecialUse]>,
    ) -> ::core::result::Result<CreateResponse, ::imap_client::Error> {
        let __request = build::create(mailbox, special_use)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CreateResponse::from)
    }
    /**Deletes a mailbox (RFC 3501 6.3.4).

Wire form: `DELETE <mailbox:mailbox>`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn delete(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<DeleteResponse, ::imap_client::Error> {
        let __request = build::delete(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(DeleteResponse::from)
    }
    /**Renames a mailbox (RFC 3501 6.3.5).

Wire form: `RENAME <from:mailbox> <to:mailbox>`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn rename(
        &mut self,
        from: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        to: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<RenameResponse, ::imap_client::Error> {
        let __request = build::rename(from, to)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(RenameResponse::from)
    }
    /**Adds a mailbox to the subscription list (RFC 3501 6.3.6).

Wire form: `SUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn subscribe(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<SubscribeResponse, ::imap_client::Error> {
        let __request = build::subscribe(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SubscribeResponse::from)
    }
    /**Removes a mailbox from the subscription list (RFC 3501 6.3.7).

Wire form: `UNSUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn unsubscribe(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<UnsubscribeResponse, ::imap_client::Error> {
        let __request = build::unsubscribe(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UnsubscribeResponse::from)
    }
    /**Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).

Wire form: `LIST [<selection:list-selection>] <reference:mailbox> <pattern:list-mailbox> [RETURN <return_options:list-return>]`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn list(
        &mut self,
        selection: ::core::option::Option<&::imap_client::encode::ListSelection>,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
        return_options: ::core::option::Option<&::imap_client::encode::ListReturn>,
    ) -> ::core::result::Result<ListResponse, ::imap_client::Error> {
        let __request = build::list(selection, reference, pattern, return_options)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ListResponse::from)
    }
    /**Gmail's listing with special-use attributes from before SPECIAL-USE; its XLIST responses read as LIST (Google's IMAP extensions; RFC 6154 replaces it).

Wire form: `XLIST <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected. Needs capability `XLIST`.*/
    #[allow(clippy::too_many_arguments)]
    fn xlist(
        &mut self,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
    ) -> ::core::result::Result<XlistResponse, ::imap_client::Error> {
        let __request = build::xlist(reference, pattern)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(XlistResponse::from)
    }
    /**Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).

Wire form: `LSUB <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected. Removed in IMAP4rev2: refused once the session follows its rules.*/
    #[allow(clippy::too_many_arguments)]
    fn lsub(
        &mut self,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
    ) -> ::core::result::Result<LsubResponse, ::imap_client::Error> {
        let __request = build::lsub(reference, pattern)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(LsubResponse::from)
    }
    /**Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).

Wire form: `STATUS <mailbox:mailbox> <items:status-items>`.

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn status(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::StatusItems>,
    ) -> ::core::result::Result<StatusResponse, ::imap_client::Error> {
        let __request = build::status(mailbox, items)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(StatusResponse::from)
    }
    /**Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).

Wire form: `APPEND <mailbox:mailbox> <messages:append-message> ...`.

Allowed in: authenticated, selected. More than one value of the repeated argument needs capability `MULTIAPPEND`.*/
    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<
                ::imap_client::encode::kinds::AppendMessage,
            >,
        >,
    ) -> ::core::result::Result<AppendResponse, ::imap_client::Error> {
        let __request = build::append(mailbox, messages)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(AppendResponse::from)
    }
    /**Asks for the personal, other users' and shared namespaces (RFC 2342 5).

Wire form: `NAMESPACE`.

Allowed in: authenticated, selected. Needs capability `NAMESPACE`.*/
    #[allow(clippy::too_many_arguments)]
    fn namespace(
        &mut self,
    ) -> ::core::result::Result<NamespaceResponse, ::imap_client::Error> {
        let __request = build::namespace()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(NamespaceResponse::from)
    }
    /**Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).

Wire form: `ENABLE <capabilities:atom> ...`.

Allowed in: authenticated. Needs capability `ENABLE`.*/
    #[allow(clippy::too_many_arguments)]
    fn enable(
        &mut self,
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        >,
    ) -> ::core::result::Result<EnableResponse, ::imap_client::Error> {
        let __request = build::enable(capabilities)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(EnableResponse::from)
    }
    /**Asks for a mailbox's access control list (RFC 4314 3.3).

Wire form: `GETACL <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn getacl(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<GetaclResponse, ::imap_client::Error> {
        let __request = build::getacl(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetaclResponse::from)
    }
    /**Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).

Wire form: `SETACL <mailbox:mailbox> <identifier:astring> <rights:acl-rights>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn setacl(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
        rights: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AclRights>,
    ) -> ::core::result::Result<SetaclResponse, ::imap_client::Error> {
        let __request = build::setacl(mailbox, identifier, rights)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetaclResponse::from)
    }
    /**Removes an identifier from a mailbox's access control list (RFC 4314 3.2).

Wire form: `DELETEACL <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn deleteacl(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
    ) -> ::core::result::Result<DeleteaclResponse, ::imap_client::Error> {
        let __request = build::deleteacl(mailbox, identifier)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(DeleteaclResponse::from)
    }
    /**Asks which rights may be granted to an identifier (RFC 4314 3.4).

Wire form: `LISTRIGHTS <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn listrights(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
    ) -> ::core::result::Result<ListrightsResponse, ::imap_client::Error> {
        let __request = build::listrights(mailbox, identifier)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ListrightsResponse::from)
    }
    /**Asks for the current user's rights on a mailbox (RFC 4314 3.5).

Wire form: `MYRIGHTS <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn myrights(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<MyrightsResponse, ::imap_client::Error> {
        let __request = build::myrights(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(MyrightsResponse::from)
    }
    /**Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).

Wire form: `GETQUOTA <root:astring>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    #[allow(clippy::too_many_arguments)]
    fn getquota(
        &mut self,
        root: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
    ) -> ::core::result::Result<GetquotaResponse, ::imap_client::Error> {
        let __request = build::getquota(root)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetquotaResponse::from)
    }
    /**Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).

Wire form: `SETQUOTA <root:astring> <limits:quota-limits>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    #[allow(clippy::too_many_arguments)]
    fn setquota(
        &mut self,
        root: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
        limits: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::QuotaLimits,
        >,
    ) -> ::core::result::Result<SetquotaResponse, ::imap_client::Error> {
        let __request = build::setquota(root, limits)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetquotaResponse::from)
    }
    /**Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).

Wire form: `GETQUOTAROOT <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    #[allow(clippy::too_many_arguments)]
    fn getquotaroot(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<GetquotarootResponse, ::imap_client::Error> {
        let __request = build::getquotaroot(mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetquotarootResponse::from)
    }
    /**Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).

Wire form: `GETANNOTATION <mailbox:mailbox> <entries:string-list> <attributes:string-list>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.*/
    #[allow(clippy::too_many_arguments)]
    fn getannotation(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringList,
        >,
        attributes: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringList,
        >,
    ) -> ::core::result::Result<GetannotationResponse, ::imap_client::Error> {
        let __request = build::getannotation(mailbox, entries, attributes)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetannotationResponse::from)
    }
    /**Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).

Wire form: `SETANNOTATION <mailbox:mailbox> <entry:string> <attributes:string-pairs>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.*/
    #[allow(clippy::too_many_arguments)]
    fn setannotation(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entry: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Str>,
        attributes: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringPairs,
        >,
    ) -> ::core::result::Result<SetannotationResponse, ::imap_client::Error> {
        let __request = build::setannotation(mailbox, entry, attributes)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SetannotationResponse::from)
    }
    /**Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).

Wire form: `GETMETADATA <mailbox:mailbox> <entries:astring-list>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.*/
    #[allow(clippy::too_many_arguments)]
    fn getmetadata(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AStringList,
        >,
    ) -> ::core::result::Result<GetmetadataResponse, ::imap_client::Error> {
        let __request = build::getmetadata(mailbox, entries)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(GetmetadataResponse::from)
    }
    /**Writes metadata; a NIL value removes an entry (RFC 5464 4.3).

Wire form: `SETMETADATA <mailbox:mailbox> <entries:pairs>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.*/
    #[allow(clippy::too_many_arguments)]
    fn setmetadata(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Pairs>,
    ) -> ::core::result::Result<SetmetadataResponse, ::imap_client::Error> {
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
    ) -> ::core::result::Result<UnauthenticateResponse, ::imap_client::Error> {
        let __request = build::unauthenticate()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UnauthenticateResponse::from)
    }
    /**Asks the server to tell of changes in other mailboxes too (or of none); the notifications arrive unsolicited (RFC 5465 3).

Wire form: `NOTIFY <request:notify>`.

Allowed in: authenticated, selected. Needs capability `NOTIFY`.*/
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        request: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Notify>,
    ) -> ::core::result::Result<NotifyResponse, ::imap_client::Error> {
        let __request = build::notify(request)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(NotifyResponse::from)
    }
    /**Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).

Wire form: `PROXYAUTH <user:astring>`.

Allowed in: authenticated.*/
    #[allow(clippy::too_many_arguments)]
    fn proxyauth(
        &mut self,
        user: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
    ) -> ::core::result::Result<ProxyauthResponse, ::imap_client::Error> {
        let __request = build::proxyauth(user)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ProxyauthResponse::from)
    }
    /**Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).

Wire form: `IDLE`.

Allowed in: authenticated, selected. Needs capability `IDLE`. The session runs its `idle` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn idle(
        &mut self,
        handler: &mut dyn ::imap_client::ExchangeHandler,
    ) -> ::core::result::Result<IdleResponse, ::imap_client::Error> {
        let __request = build::idle()?;
        self.execute(__request.into_command(), ::core::option::Option::Some(handler))
            .map(IdleResponse::from)
    }
    /**Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).

Wire form: `COMPRESS <algorithm:atom>`.

Allowed in: authenticated, selected. Needs capability `COMPRESS=DEFLATE`. The session runs its `compress` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn compress(
        &mut self,
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
    ) -> ::core::result::Result<CompressResponse, ::imap_client::Error> {
        let __request = build::compress(algorithm)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CompressResponse::from)
    }
    /**Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).

Wire form: `CHECK`.

Allowed in: selected. Removed in IMAP4rev2: refused once the session follows its rules.*/
    #[allow(clippy::too_many_arguments)]
    fn check(&mut self) -> ::core::result::Result<CheckResponse, ::imap_client::Error> {
        let __request = build::check()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CheckResponse::from)
    }
    /**Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).

Wire form: `CLOSE`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn close(&mut self) -> ::core::result::Result<CloseResponse, ::imap_client::Error> {
        let __request = build::close()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CloseResponse::from)
    }
    /**Deselects the mailbox without expunging (RFC 3691).

Wire form: `UNSELECT`.

Allowed in: selected. Needs capability `UNSELECT`.*/
    #[allow(clippy::too_many_arguments)]
    fn unselect(
        &mut self,
    ) -> ::core::result::Result<UnselectResponse, ::imap_client::Error> {
        let __request = build::unselect()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UnselectResponse::from)
    }
    /**Removes messages marked \Deleted (RFC 3501 6.4.3).

Wire form: `EXPUNGE`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn expunge(
        &mut self,
    ) -> ::core::result::Result<ExpungeResponse, ::imap_client::Error> {
        let __request = build::expunge()?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ExpungeResponse::from)
    }
    /**Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).

Wire form: `SEARCH <criteria:search>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn search(
        &mut self,
        criteria: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Search>,
    ) -> ::core::result::Result<SearchResponse, ::imap_client::Error> {
        let __request = build::search(criteria)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SearchResponse::from)
    }
    /**Stops the result updates that SEARCH or SORT RETURN (UPDATE) started, named by those commands' tags (RFC 5267 4.3).

Wire form: `CANCELUPDATE <tags:string> ...`.

Allowed in: selected. Needs capability `CONTEXT=SEARCH`.*/
    #[allow(clippy::too_many_arguments)]
    fn cancelupdate(
        &mut self,
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Str>,
        >,
    ) -> ::core::result::Result<CancelupdateResponse, ::imap_client::Error> {
        let __request = build::cancelupdate(tags)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CancelupdateResponse::from)
    }
    /**Retrieves message data (RFC 3501 6.4.5, RFC 7162).

Wire form: `FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn fetch(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<FetchResponse, ::imap_client::Error> {
        let __request = build::fetch(set, items)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(FetchResponse::from)
    }
    /**Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).

Wire form: `STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn store(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        action: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StoreAction,
        >,
    ) -> ::core::result::Result<StoreResponse, ::imap_client::Error> {
        let __request = build::store(set, action)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(StoreResponse::from)
    }
    /**Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).

Wire form: `COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn copy(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<CopyResponse, ::imap_client::Error> {
        let __request = build::copy(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(CopyResponse::from)
    }
    /**Moves messages to another mailbox (RFC 6851 3.1).

Wire form: `MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn move_(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<MoveResponse, ::imap_client::Error> {
        let __request = build::move_(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(MoveResponse::from)
    }
    /**Searches and returns the matches in sort order; with return options (ESORT) the answer is an ESEARCH (RFC 5256 3, RFC 5267 3.2).

Wire form: `SORT [RETURN <return_options:search-return>] <criteria:sort-criteria> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn sort(
        &mut self,
        return_options: ::core::option::Option<&::imap_client::encode::SearchReturn>,
        criteria: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<SortResponse, ::imap_client::Error> {
        let __request = build::sort(return_options, criteria, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(SortResponse::from)
    }
    /**Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).

Wire form: `THREAD <algorithm:atom> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn thread(
        &mut self,
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<ThreadResponse, ::imap_client::Error> {
        let __request = build::thread(algorithm, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ThreadResponse::from)
    }
    /**Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).

Wire form: `PARTIAL <message:number> <item:raw> <start:number> <length:number>`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn partial(
        &mut self,
        message: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        item: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Raw>,
        start: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        length: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
    ) -> ::core::result::Result<PartialResponse, ::imap_client::Error> {
        let __request = build::partial(message, item, start, length)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(PartialResponse::from)
    }
    /**Replaces a message with a new one (flags, date, literal), stored in the given mailbox, as one atomic step (RFC 8508 3.1).

Wire form: `REPLACE <message:number> <mailbox:mailbox> <replacement:append-message>`.

Allowed in: selected. Needs capability `REPLACE`. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn replace(
        &mut self,
        message: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        replacement: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AppendMessage,
        >,
    ) -> ::core::result::Result<ReplaceResponse, ::imap_client::Error> {
        let __request = build::replace(message, mailbox, replacement)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(ReplaceResponse::from)
    }
    /**FETCH by UID; UID is always returned (RFC 3501 6.4.8).

Wire form: `UID FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_fetch(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<UidFetchResponse, ::imap_client::Error> {
        let __request = build::uid_fetch(set, items)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidFetchResponse::from)
    }
    /**SEARCH returning UIDs (RFC 3501 6.4.8).

Wire form: `UID SEARCH <criteria:search>`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_search(
        &mut self,
        criteria: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Search>,
    ) -> ::core::result::Result<UidSearchResponse, ::imap_client::Error> {
        let __request = build::uid_search(criteria)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidSearchResponse::from)
    }
    /**STORE by UID (RFC 3501 6.4.8).

Wire form: `UID STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_store(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        action: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StoreAction,
        >,
    ) -> ::core::result::Result<UidStoreResponse, ::imap_client::Error> {
        let __request = build::uid_store(set, action)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidStoreResponse::from)
    }
    /**COPY by UID (RFC 3501 6.4.8, RFC 4315).

Wire form: `UID COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_copy(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<UidCopyResponse, ::imap_client::Error> {
        let __request = build::uid_copy(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidCopyResponse::from)
    }
    /**MOVE by UID (RFC 6851 3.2).

Wire form: `UID MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_move(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<UidMoveResponse, ::imap_client::Error> {
        let __request = build::uid_move(set, mailbox)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidMoveResponse::from)
    }
    /**REPLACE by UID (RFC 8508 3.2).

Wire form: `UID REPLACE <uid:number> <mailbox:mailbox> <replacement:append-message>`.

Allowed in: selected. Needs capability `REPLACE`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_replace(
        &mut self,
        uid: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        replacement: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AppendMessage,
        >,
    ) -> ::core::result::Result<UidReplaceResponse, ::imap_client::Error> {
        let __request = build::uid_replace(uid, mailbox, replacement)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidReplaceResponse::from)
    }
    /**Expunges only the given UIDs among the \Deleted messages (RFC 4315 2.1).

Wire form: `UID EXPUNGE <set:sequence-set>`.

Allowed in: selected. Needs capability `UIDPLUS`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_expunge(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
    ) -> ::core::result::Result<UidExpungeResponse, ::imap_client::Error> {
        let __request = build::uid_expunge(set)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidExpungeResponse::from)
    }
    /**SORT returning UIDs (RFC 5256 3).

Wire form: `UID SORT [RETURN <return_options:search-return>] <criteria:sort-criteria> <charset:charset> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_sort(
        &mut self,
        return_options: ::core::option::Option<&::imap_client::encode::SearchReturn>,
        criteria: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<UidSortResponse, ::imap_client::Error> {
        let __request = build::uid_sort(return_options, criteria, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidSortResponse::from)
    }
    /**THREAD returning UIDs (RFC 5256 3).

Wire form: `UID THREAD <algorithm:atom> <charset:charset> <keys:search-keys>`.

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_thread(
        &mut self,
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<UidThreadResponse, ::imap_client::Error> {
        let __request = build::uid_thread(algorithm, charset, keys)?;
        self.execute(__request.into_command(), ::core::option::Option::None)
            .map(UidThreadResponse::from)
    }
}
impl<E: ::imap_client::Execute + ?::core::marker::Sized> Commands for E {}
///The async counterpart of [`Commands`]: the same methods, arguments and result types, each resolving once the command completed. Implemented for every [`AsyncExecute`](::imap_client::AsyncExecute) (the tokio client). The arguments are encoded before the first `.await`, so a bad argument fails without touching the connection.
pub trait AsyncCommands: ::imap_client::AsyncExecute {
    /**Asks for the server's capabilities (RFC 3501 6.1.1).

Wire form: `CAPABILITY`.

Allowed in: not authenticated, authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn capability(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CapabilityResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::capability();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: not authenticated, authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn noop(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<NoopResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::noop();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: not authenticated, authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn logout(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LogoutResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::logout();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: not authenticated, authenticated, selected. Needs capability `ID`.*/
    #[allow(clippy::too_many_arguments)]
    fn id(
        &mut self,
        parameters: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::IdParams,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<IdResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::id(parameters);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: not authenticated. Needs capability `STARTTLS`. The session runs its `starttls` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn starttls(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<StarttlsResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::starttls();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: not authenticated. The session runs its `sasl` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn authenticate(
        &mut self,
        mechanism: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mechanism,
        >,
        initial_response: ::core::option::Option<&str>,
        handler: &mut (dyn ::imap_client::ExchangeHandler + ::core::marker::Send),
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<AuthenticateResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::authenticate(mechanism, initial_response);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: not authenticated. Refused when the server advertises `LOGINDISABLED`.*/
    #[allow(clippy::too_many_arguments)]
    fn login(
        &mut self,
        username: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
        password: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Secret>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LoginResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::login(username, password);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn select(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imap_client::encode::SelectParams>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SelectResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::select(mailbox, parameters);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn examine(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imap_client::encode::SelectParams>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ExamineResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::examine(mailbox, parameters);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn create(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        special_use: ::core::option::Option<&[::imap_client::types::SpecialUse]>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CreateResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::create(mailbox, special_use);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn delete(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<DeleteResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::delete(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn rename(
        &mut self,
        from: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        to: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<RenameResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::rename(from, to);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn subscribe(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SubscribeResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::subscribe(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn unsubscribe(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UnsubscribeResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::unsubscribe(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn list(
        &mut self,
        selection: ::core::option::Option<&::imap_client::encode::ListSelection>,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
        return_options: ::core::option::Option<&::imap_client::encode::ListReturn>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ListResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::list(selection, reference, pattern, return_options);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `XLIST`.*/
    #[allow(clippy::too_many_arguments)]
    fn xlist(
        &mut self,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<XlistResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::xlist(reference, pattern);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Removed in IMAP4rev2: refused once the session follows its rules.*/
    #[allow(clippy::too_many_arguments)]
    fn lsub(
        &mut self,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<LsubResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::lsub(reference, pattern);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected.*/
    #[allow(clippy::too_many_arguments)]
    fn status(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::StatusItems>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<StatusResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::status(mailbox, items);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. More than one value of the repeated argument needs capability `MULTIAPPEND`.*/
    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<
                ::imap_client::encode::kinds::AppendMessage,
            >,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<AppendResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::append(mailbox, messages);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `NAMESPACE`.*/
    #[allow(clippy::too_many_arguments)]
    fn namespace(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<NamespaceResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::namespace();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated. Needs capability `ENABLE`.*/
    #[allow(clippy::too_many_arguments)]
    fn enable(
        &mut self,
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<EnableResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::enable(capabilities);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn getacl(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetaclResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::getacl(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn setacl(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
        rights: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AclRights>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetaclResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::setacl(mailbox, identifier, rights);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn deleteacl(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<DeleteaclResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::deleteacl(mailbox, identifier);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn listrights(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ListrightsResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::listrights(mailbox, identifier);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    #[allow(clippy::too_many_arguments)]
    fn myrights(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<MyrightsResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::myrights(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    #[allow(clippy::too_many_arguments)]
    fn getquota(
        &mut self,
        root: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetquotaResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::getquota(root);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    #[allow(clippy::too_many_arguments)]
    fn setquota(
        &mut self,
        root: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
        limits: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::QuotaLimits,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetquotaResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::setquota(root, limits);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    #[allow(clippy::too_many_arguments)]
    fn getquotaroot(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetquotarootResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::getquotaroot(mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.*/
    #[allow(clippy::too_many_arguments)]
    fn getannotation(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringList,
        >,
        attributes: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringList,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetannotationResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::getannotation(mailbox, entries, attributes);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.*/
    #[allow(clippy::too_many_arguments)]
    fn setannotation(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entry: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Str>,
        attributes: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringPairs,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetannotationResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::setannotation(mailbox, entry, attributes);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `METADATA`.*/
    #[allow(clippy::too_many_arguments)]
    fn getmetadata(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AStringList,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<GetmetadataResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::getmetadata(mailbox, entries);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `METADATA`.*/
    #[allow(clippy::too_many_arguments)]
    fn setmetadata(
        &mut self,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Pairs>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SetmetadataResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::setmetadata(mailbox, entries);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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
        Output = ::core::result::Result<UnauthenticateResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::unauthenticate();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `NOTIFY`.*/
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        request: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Notify>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<NotifyResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::notify(request);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated.*/
    #[allow(clippy::too_many_arguments)]
    fn proxyauth(
        &mut self,
        user: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ProxyauthResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::proxyauth(user);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `IDLE`. The session runs its `idle` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn idle(
        &mut self,
        handler: &mut (dyn ::imap_client::ExchangeHandler + ::core::marker::Send),
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<IdleResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::idle();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: authenticated, selected. Needs capability `COMPRESS=DEFLATE`. The session runs its `compress` exchange.*/
    #[allow(clippy::too_many_arguments)]
    fn compress(
        &mut self,
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CompressResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::compress(algorithm);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Removed in IMAP4rev2: refused once the session follows its rules.*/
    #[allow(clippy::too_many_arguments)]
    fn check(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CheckResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::check();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn close(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CloseResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::close();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `UNSELECT`.*/
    #[allow(clippy::too_many_arguments)]
    fn unselect(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UnselectResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::unselect();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn expunge(
        &mut self,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ExpungeResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::expunge();
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn search(
        &mut self,
        criteria: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Search>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SearchResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::search(criteria);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `CONTEXT=SEARCH`.*/
    #[allow(clippy::too_many_arguments)]
    fn cancelupdate(
        &mut self,
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Str>,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CancelupdateResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::cancelupdate(tags);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn fetch(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::FetchItems>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<FetchResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::fetch(set, items);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn store(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        action: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StoreAction,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<StoreResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::store(set, action);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn copy(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<CopyResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::copy(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `MOVE`. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn move_(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<MoveResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::move_(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `SORT`. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn sort(
        &mut self,
        return_options: ::core::option::Option<&::imap_client::encode::SearchReturn>,
        criteria: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<SortResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::sort(return_options, criteria, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn thread(
        &mut self,
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ThreadResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::thread(algorithm, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn partial(
        &mut self,
        message: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        item: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Raw>,
        start: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        length: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<PartialResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::partial(message, item, start, length);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `REPLACE`. Refused once `UIDONLY` is enabled.*/
    #[allow(clippy::too_many_arguments)]
    fn replace(
        &mut self,
        message: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        replacement: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AppendMessage,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<ReplaceResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::replace(message, mailbox, replacement);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_fetch(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::FetchItems>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidFetchResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_fetch(set, items);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_search(
        &mut self,
        criteria: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Search>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidSearchResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_search(criteria);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_store(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        action: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StoreAction,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidStoreResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_store(set, action);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_copy(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidCopyResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_copy(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `MOVE`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_move(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidMoveResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_move(set, mailbox);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `REPLACE`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_replace(
        &mut self,
        uid: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        replacement: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AppendMessage,
        >,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidReplaceResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_replace(uid, mailbox, replacement);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `UIDPLUS`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_expunge(
        &mut self,
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidExpungeResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_expunge(set);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected. Needs capability `SORT`.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_sort(
        &mut self,
        return_options: ::core::option::Option<&::imap_client::encode::SearchReturn>,
        criteria: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidSortResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_sort(return_options, criteria, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
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

Allowed in: selected.*/
    #[allow(clippy::too_many_arguments)]
    fn uid_thread(
        &mut self,
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> impl ::core::future::Future<
        Output = ::core::result::Result<UidThreadResponse, ::imap_client::Error>,
    > + ::core::marker::Send {
        let __request = build::uid_thread(algorithm, charset, keys);
        async move {
            let __command = __request?.into_command();
            ::imap_client::AsyncExecute::execute(
                    self,
                    __command,
                    ::core::option::Option::None,
                )
                .await
                .map(UidThreadResponse::from)
        }
    }
}
impl<E: ::imap_client::AsyncExecute + ?::core::marker::Sized> AsyncCommands for E {}
///The build step of every [`Commands`] method: typed arguments to a [`Request`](::imap_client::Request), checked and encoded, nothing sent. Send it with a client's `send` (pipelining) or `run`.
pub mod build {
    /**Builds `CAPABILITY` for [`Commands::capability`](super::Commands::capability): checks and encodes the arguments; nothing is sent.

Asks for the server's capabilities (RFC 3501 6.1.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn capability() -> ::core::result::Result<
        ::imap_client::Request<super::CapabilityResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::CAPABILITY);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `NOOP` for [`Commands::noop`](super::Commands::noop): checks and encodes the arguments; nothing is sent.

Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn noop() -> ::core::result::Result<
        ::imap_client::Request<super::NoopResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::NOOP);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `LOGOUT` for [`Commands::logout`](super::Commands::logout): checks and encodes the arguments; nothing is sent.

Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn logout() -> ::core::result::Result<
        ::imap_client::Request<super::LogoutResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::LOGOUT);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `ID` for [`Commands::id`](super::Commands::id): checks and encodes the arguments; nothing is sent.

Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn id(
        parameters: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::IdParams,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::IdResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::ID);
        __command
            .arg::<::imap_client::encode::kinds::IdParams>("parameters", parameters)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `STARTTLS` for [`Commands::starttls`](super::Commands::starttls): checks and encodes the arguments; nothing is sent.

Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn starttls() -> ::core::result::Result<
        ::imap_client::Request<super::StarttlsResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::STARTTLS);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `AUTHENTICATE` for [`Commands::authenticate`](super::Commands::authenticate): checks and encodes the arguments; nothing is sent.

Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).*/
    #[allow(clippy::too_many_arguments)]
    pub fn authenticate(
        mechanism: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mechanism,
        >,
        initial_response: ::core::option::Option<&str>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::AuthenticateResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::AUTHENTICATE,
        );
        __command
            .arg::<::imap_client::encode::kinds::Mechanism>("mechanism", mechanism)?;
        if let ::core::option::Option::Some(__value) = initial_response {
            __command
                .arg::<
                    ::imap_client::encode::kinds::SaslResponse,
                >("initial_response", __value)?;
        }
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `LOGIN` for [`Commands::login`](super::Commands::login): checks and encodes the arguments; nothing is sent.

Logs in with a user name and a password (RFC 3501 6.2.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn login(
        username: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
        password: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Secret>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::LoginResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::LOGIN);
        __command.arg::<::imap_client::encode::kinds::AString>("username", username)?;
        __command.arg::<::imap_client::encode::kinds::Secret>("password", password)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SELECT` for [`Commands::select`](super::Commands::select): checks and encodes the arguments; nothing is sent.

Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn select(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imap_client::encode::SelectParams>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SelectResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::SELECT);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<
                    ::imap_client::encode::kinds::SelectParams,
                >("parameters", __value)?;
        }
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `EXAMINE` for [`Commands::examine`](super::Commands::examine): checks and encodes the arguments; nothing is sent.

Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).*/
    #[allow(clippy::too_many_arguments)]
    pub fn examine(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        parameters: ::core::option::Option<&::imap_client::encode::SelectParams>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::ExamineResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::EXAMINE);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<
                    ::imap_client::encode::kinds::SelectParams,
                >("parameters", __value)?;
        }
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `CREATE` for [`Commands::create`](super::Commands::create): checks and encodes the arguments; nothing is sent.

Creates a mailbox, optionally with a special use (USE (\Drafts)) under CREATE-SPECIAL-USE (RFC 3501 6.3.3, RFC 6154 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn create(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        special_use: ::core::option::Option<&[::imap_client::types::SpecialUse]>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::CreateResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::CREATE);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = special_use {
            __command
                .arg::<
                    ::imap_client::encode::kinds::SpecialUse,
                >("special_use", __value)?;
        }
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `DELETE` for [`Commands::delete`](super::Commands::delete): checks and encodes the arguments; nothing is sent.

Deletes a mailbox (RFC 3501 6.3.4).*/
    #[allow(clippy::too_many_arguments)]
    pub fn delete(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::DeleteResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::DELETE);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `RENAME` for [`Commands::rename`](super::Commands::rename): checks and encodes the arguments; nothing is sent.

Renames a mailbox (RFC 3501 6.3.5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn rename(
        from: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        to: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::RenameResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::RENAME);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("from", from)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("to", to)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SUBSCRIBE` for [`Commands::subscribe`](super::Commands::subscribe): checks and encodes the arguments; nothing is sent.

Adds a mailbox to the subscription list (RFC 3501 6.3.6).*/
    #[allow(clippy::too_many_arguments)]
    pub fn subscribe(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SubscribeResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::SUBSCRIBE,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UNSUBSCRIBE` for [`Commands::unsubscribe`](super::Commands::unsubscribe): checks and encodes the arguments; nothing is sent.

Removes a mailbox from the subscription list (RFC 3501 6.3.7).*/
    #[allow(clippy::too_many_arguments)]
    pub fn unsubscribe(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UnsubscribeResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UNSUBSCRIBE,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `LIST` for [`Commands::list`](super::Commands::list): checks and encodes the arguments; nothing is sent.

Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).*/
    #[allow(clippy::too_many_arguments)]
    pub fn list(
        selection: ::core::option::Option<&::imap_client::encode::ListSelection>,
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
        return_options: ::core::option::Option<&::imap_client::encode::ListReturn>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::ListResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::LIST);
        if let ::core::option::Option::Some(__value) = selection {
            __command
                .arg::<
                    ::imap_client::encode::kinds::ListSelection,
                >("selection", __value)?;
        }
        __command.arg::<::imap_client::encode::kinds::Mailbox>("reference", reference)?;
        __command.arg::<::imap_client::encode::kinds::ListMailbox>("pattern", pattern)?;
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<
                    ::imap_client::encode::kinds::ListReturn,
                >("return_options", __value)?;
        }
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `XLIST` for [`Commands::xlist`](super::Commands::xlist): checks and encodes the arguments; nothing is sent.

Gmail's listing with special-use attributes from before SPECIAL-USE; its XLIST responses read as LIST (Google's IMAP extensions; RFC 6154 replaces it).*/
    #[allow(clippy::too_many_arguments)]
    pub fn xlist(
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::XlistResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::XLIST);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("reference", reference)?;
        __command.arg::<::imap_client::encode::kinds::ListMailbox>("pattern", pattern)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `LSUB` for [`Commands::lsub`](super::Commands::lsub): checks and encodes the arguments; nothing is sent.

Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).*/
    #[allow(clippy::too_many_arguments)]
    pub fn lsub(
        reference: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::ListMailbox,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::LsubResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::LSUB);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("reference", reference)?;
        __command.arg::<::imap_client::encode::kinds::ListMailbox>("pattern", pattern)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `STATUS` for [`Commands::status`](super::Commands::status): checks and encodes the arguments; nothing is sent.

Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).*/
    #[allow(clippy::too_many_arguments)]
    pub fn status(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::StatusItems>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::StatusResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::STATUS);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::encode::kinds::StatusItems>("items", items)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `APPEND` for [`Commands::append`](super::Commands::append): checks and encodes the arguments; nothing is sent.

Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).*/
    #[allow(clippy::too_many_arguments)]
    pub fn append(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<
                ::imap_client::encode::kinds::AppendMessage,
            >,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::AppendResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::APPEND);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .repeated::<
                ::imap_client::encode::kinds::AppendMessage,
                _,
            >("messages", messages, 1usize)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `NAMESPACE` for [`Commands::namespace`](super::Commands::namespace): checks and encodes the arguments; nothing is sent.

Asks for the personal, other users' and shared namespaces (RFC 2342 5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn namespace() -> ::core::result::Result<
        ::imap_client::Request<super::NamespaceResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::NAMESPACE);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `ENABLE` for [`Commands::enable`](super::Commands::enable): checks and encodes the arguments; nothing is sent.

Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn enable(
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::EnableResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::ENABLE);
        __command
            .repeated::<
                ::imap_client::encode::kinds::Atom,
                _,
            >("capabilities", capabilities, 1usize)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `GETACL` for [`Commands::getacl`](super::Commands::getacl): checks and encodes the arguments; nothing is sent.

Asks for a mailbox's access control list (RFC 4314 3.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getacl(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::GetaclResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::GETACL);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SETACL` for [`Commands::setacl`](super::Commands::setacl): checks and encodes the arguments; nothing is sent.

Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setacl(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
        rights: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AclRights>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SetaclResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::SETACL);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::encode::kinds::AString>("identifier", identifier)?;
        __command.arg::<::imap_client::encode::kinds::AclRights>("rights", rights)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `DELETEACL` for [`Commands::deleteacl`](super::Commands::deleteacl): checks and encodes the arguments; nothing is sent.

Removes an identifier from a mailbox's access control list (RFC 4314 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn deleteacl(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::DeleteaclResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::DELETEACL,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::encode::kinds::AString>("identifier", identifier)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `LISTRIGHTS` for [`Commands::listrights`](super::Commands::listrights): checks and encodes the arguments; nothing is sent.

Asks which rights may be granted to an identifier (RFC 4314 3.4).*/
    #[allow(clippy::too_many_arguments)]
    pub fn listrights(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        identifier: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AString,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::ListrightsResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::LISTRIGHTS,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::encode::kinds::AString>("identifier", identifier)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `MYRIGHTS` for [`Commands::myrights`](super::Commands::myrights): checks and encodes the arguments; nothing is sent.

Asks for the current user's rights on a mailbox (RFC 4314 3.5).*/
    #[allow(clippy::too_many_arguments)]
    pub fn myrights(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::MyrightsResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::MYRIGHTS);
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `GETQUOTA` for [`Commands::getquota`](super::Commands::getquota): checks and encodes the arguments; nothing is sent.

Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getquota(
        root: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::GetquotaResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::GETQUOTA);
        __command.arg::<::imap_client::encode::kinds::AString>("root", root)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SETQUOTA` for [`Commands::setquota`](super::Commands::setquota): checks and encodes the arguments; nothing is sent.

Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setquota(
        root: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
        limits: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::QuotaLimits,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SetquotaResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::SETQUOTA);
        __command.arg::<::imap_client::encode::kinds::AString>("root", root)?;
        __command.arg::<::imap_client::encode::kinds::QuotaLimits>("limits", limits)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `GETQUOTAROOT` for [`Commands::getquotaroot`](super::Commands::getquotaroot): checks and encodes the arguments; nothing is sent.

Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getquotaroot(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::GetquotarootResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::GETQUOTAROOT,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `GETANNOTATION` for [`Commands::getannotation`](super::Commands::getannotation): checks and encodes the arguments; nothing is sent.

Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getannotation(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringList,
        >,
        attributes: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringList,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::GetannotationResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::GETANNOTATION,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::encode::kinds::StringList>("entries", entries)?;
        __command
            .arg::<::imap_client::encode::kinds::StringList>("attributes", attributes)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SETANNOTATION` for [`Commands::setannotation`](super::Commands::setannotation): checks and encodes the arguments; nothing is sent.

Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setannotation(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entry: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Str>,
        attributes: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StringPairs,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SetannotationResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::SETANNOTATION,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::encode::kinds::Str>("entry", entry)?;
        __command
            .arg::<::imap_client::encode::kinds::StringPairs>("attributes", attributes)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `GETMETADATA` for [`Commands::getmetadata`](super::Commands::getmetadata): checks and encodes the arguments; nothing is sent.

Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn getmetadata(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AStringList,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::GetmetadataResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::GETMETADATA,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::encode::kinds::AStringList>("entries", entries)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SETMETADATA` for [`Commands::setmetadata`](super::Commands::setmetadata): checks and encodes the arguments; nothing is sent.

Writes metadata; a NIL value removes an entry (RFC 5464 4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn setmetadata(
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        entries: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Pairs>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SetmetadataResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::SETMETADATA,
        );
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::encode::kinds::Pairs>("entries", entries)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UNAUTHENTICATE` for [`Commands::unauthenticate`](super::Commands::unauthenticate): checks and encodes the arguments; nothing is sent.

Ends the authenticated session without closing the connection; back to not authenticated, with every ENABLEd extension reset (RFC 8437 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn unauthenticate() -> ::core::result::Result<
        ::imap_client::Request<super::UnauthenticateResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(
            &super::UNAUTHENTICATE,
        );
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `NOTIFY` for [`Commands::notify`](super::Commands::notify): checks and encodes the arguments; nothing is sent.

Asks the server to tell of changes in other mailboxes too (or of none); the notifications arrive unsolicited (RFC 5465 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn notify(
        request: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Notify>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::NotifyResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::NOTIFY);
        __command.arg::<::imap_client::encode::kinds::Notify>("request", request)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `PROXYAUTH` for [`Commands::proxyauth`](super::Commands::proxyauth): checks and encodes the arguments; nothing is sent.

Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).*/
    #[allow(clippy::too_many_arguments)]
    pub fn proxyauth(
        user: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::AString>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::ProxyauthResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::PROXYAUTH,
        );
        __command.arg::<::imap_client::encode::kinds::AString>("user", user)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `IDLE` for [`Commands::idle`](super::Commands::idle): checks and encodes the arguments; nothing is sent.

Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).*/
    #[allow(clippy::too_many_arguments)]
    pub fn idle() -> ::core::result::Result<
        ::imap_client::Request<super::IdleResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::IDLE);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `COMPRESS` for [`Commands::compress`](super::Commands::compress): checks and encodes the arguments; nothing is sent.

Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn compress(
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::CompressResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::COMPRESS);
        __command.arg::<::imap_client::encode::kinds::Atom>("algorithm", algorithm)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `CHECK` for [`Commands::check`](super::Commands::check): checks and encodes the arguments; nothing is sent.

Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn check() -> ::core::result::Result<
        ::imap_client::Request<super::CheckResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::CHECK);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `CLOSE` for [`Commands::close`](super::Commands::close): checks and encodes the arguments; nothing is sent.

Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn close() -> ::core::result::Result<
        ::imap_client::Request<super::CloseResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::CLOSE);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UNSELECT` for [`Commands::unselect`](super::Commands::unselect): checks and encodes the arguments; nothing is sent.

Deselects the mailbox without expunging (RFC 3691).*/
    #[allow(clippy::too_many_arguments)]
    pub fn unselect() -> ::core::result::Result<
        ::imap_client::Request<super::UnselectResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::UNSELECT);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `EXPUNGE` for [`Commands::expunge`](super::Commands::expunge): checks and encodes the arguments; nothing is sent.

Removes messages marked \Deleted (RFC 3501 6.4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn expunge() -> ::core::result::Result<
        ::imap_client::Request<super::ExpungeResponse>,
        ::imap_client::Error,
    > {
        let __command = ::imap_client::encode::CommandBuilder::new(&super::EXPUNGE);
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SEARCH` for [`Commands::search`](super::Commands::search): checks and encodes the arguments; nothing is sent.

Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).*/
    #[allow(clippy::too_many_arguments)]
    pub fn search(
        criteria: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Search>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SearchResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::SEARCH);
        __command.arg::<::imap_client::encode::kinds::Search>("criteria", criteria)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `CANCELUPDATE` for [`Commands::cancelupdate`](super::Commands::cancelupdate): checks and encodes the arguments; nothing is sent.

Stops the result updates that SEARCH or SORT RETURN (UPDATE) started, named by those commands' tags (RFC 5267 4.3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn cancelupdate(
        tags: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Str>,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::CancelupdateResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::CANCELUPDATE,
        );
        __command
            .repeated::<::imap_client::encode::kinds::Str, _>("tags", tags, 1usize)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `FETCH` for [`Commands::fetch`](super::Commands::fetch): checks and encodes the arguments; nothing is sent.

Retrieves message data (RFC 3501 6.4.5, RFC 7162).*/
    #[allow(clippy::too_many_arguments)]
    pub fn fetch(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::FetchResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::FETCH);
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::FetchItems>("items", items)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `STORE` for [`Commands::store`](super::Commands::store): checks and encodes the arguments; nothing is sent.

Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).*/
    #[allow(clippy::too_many_arguments)]
    pub fn store(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        action: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StoreAction,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::StoreResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::STORE);
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::StoreAction>("action", action)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `COPY` for [`Commands::copy`](super::Commands::copy): checks and encodes the arguments; nothing is sent.

Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).*/
    #[allow(clippy::too_many_arguments)]
    pub fn copy(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::CopyResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::COPY);
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `MOVE` for [`Commands::move_`](super::Commands::move_): checks and encodes the arguments; nothing is sent.

Moves messages to another mailbox (RFC 6851 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn move_(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::MoveResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::MOVE);
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `SORT` for [`Commands::sort`](super::Commands::sort): checks and encodes the arguments; nothing is sent.

Searches and returns the matches in sort order; with return options (ESORT) the answer is an ESEARCH (RFC 5256 3, RFC 5267 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn sort(
        return_options: ::core::option::Option<&::imap_client::encode::SearchReturn>,
        criteria: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::SortResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::SORT);
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<
                    ::imap_client::encode::kinds::SearchReturn,
                >("return_options", __value)?;
        }
        __command
            .arg::<::imap_client::encode::kinds::SortCriteria>("criteria", criteria)?;
        __command.arg::<::imap_client::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imap_client::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `THREAD` for [`Commands::thread`](super::Commands::thread): checks and encodes the arguments; nothing is sent.

Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn thread(
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::ThreadResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::THREAD);
        __command.arg::<::imap_client::encode::kinds::Atom>("algorithm", algorithm)?;
        __command.arg::<::imap_client::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imap_client::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `PARTIAL` for [`Commands::partial`](super::Commands::partial): checks and encodes the arguments; nothing is sent.

Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).*/
    #[allow(clippy::too_many_arguments)]
    pub fn partial(
        message: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        item: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Raw>,
        start: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        length: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::PartialResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::PARTIAL);
        __command.arg::<::imap_client::encode::kinds::Number>("message", message)?;
        __command.arg::<::imap_client::encode::kinds::Raw>("item", item)?;
        __command.arg::<::imap_client::encode::kinds::Number>("start", start)?;
        __command.arg::<::imap_client::encode::kinds::Number>("length", length)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `REPLACE` for [`Commands::replace`](super::Commands::replace): checks and encodes the arguments; nothing is sent.

Replaces a message with a new one (flags, date, literal), stored in the given mailbox, as one atomic step (RFC 8508 3.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn replace(
        message: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        replacement: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AppendMessage,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::ReplaceResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::REPLACE);
        __command.arg::<::imap_client::encode::kinds::Number>("message", message)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<
                ::imap_client::encode::kinds::AppendMessage,
            >("replacement", replacement)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID FETCH` for [`Commands::uid_fetch`](super::Commands::uid_fetch): checks and encodes the arguments; nothing is sent.

FETCH by UID; UID is always returned (RFC 3501 6.4.8).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_fetch(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        items: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::FetchItems>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidFetchResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UID_FETCH,
        );
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::FetchItems>("items", items)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID SEARCH` for [`Commands::uid_search`](super::Commands::uid_search): checks and encodes the arguments; nothing is sent.

SEARCH returning UIDs (RFC 3501 6.4.8).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_search(
        criteria: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Search>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidSearchResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UID_SEARCH,
        );
        __command.arg::<::imap_client::encode::kinds::Search>("criteria", criteria)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID STORE` for [`Commands::uid_store`](super::Commands::uid_store): checks and encodes the arguments; nothing is sent.

STORE by UID (RFC 3501 6.4.8).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_store(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        action: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::StoreAction,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidStoreResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UID_STORE,
        );
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::StoreAction>("action", action)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID COPY` for [`Commands::uid_copy`](super::Commands::uid_copy): checks and encodes the arguments; nothing is sent.

COPY by UID (RFC 3501 6.4.8, RFC 4315).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_copy(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidCopyResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::UID_COPY);
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID MOVE` for [`Commands::uid_move`](super::Commands::uid_move): checks and encodes the arguments; nothing is sent.

MOVE by UID (RFC 6851 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_move(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidMoveResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::UID_MOVE);
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID REPLACE` for [`Commands::uid_replace`](super::Commands::uid_replace): checks and encodes the arguments; nothing is sent.

REPLACE by UID (RFC 8508 3.2).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_replace(
        uid: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Number>,
        mailbox: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Mailbox>,
        replacement: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::AppendMessage,
        >,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidReplaceResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UID_REPLACE,
        );
        __command.arg::<::imap_client::encode::kinds::Number>("uid", uid)?;
        __command.arg::<::imap_client::encode::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<
                ::imap_client::encode::kinds::AppendMessage,
            >("replacement", replacement)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID EXPUNGE` for [`Commands::uid_expunge`](super::Commands::uid_expunge): checks and encodes the arguments; nothing is sent.

Expunges only the given UIDs among the \Deleted messages (RFC 4315 2.1).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_expunge(
        set: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SequenceSet>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidExpungeResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UID_EXPUNGE,
        );
        __command.arg::<::imap_client::encode::kinds::SequenceSet>("set", set)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID SORT` for [`Commands::uid_sort`](super::Commands::uid_sort): checks and encodes the arguments; nothing is sent.

SORT returning UIDs (RFC 5256 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_sort(
        return_options: ::core::option::Option<&::imap_client::encode::SearchReturn>,
        criteria: impl ::imap_client::encode::Arg<
            ::imap_client::encode::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidSortResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(&super::UID_SORT);
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<
                    ::imap_client::encode::kinds::SearchReturn,
                >("return_options", __value)?;
        }
        __command
            .arg::<::imap_client::encode::kinds::SortCriteria>("criteria", criteria)?;
        __command.arg::<::imap_client::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imap_client::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
    /**Builds `UID THREAD` for [`Commands::uid_thread`](super::Commands::uid_thread): checks and encodes the arguments; nothing is sent.

THREAD returning UIDs (RFC 5256 3).*/
    #[allow(clippy::too_many_arguments)]
    pub fn uid_thread(
        algorithm: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Atom>,
        charset: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::Charset>,
        keys: impl ::imap_client::encode::Arg<::imap_client::encode::kinds::SearchKeys>,
    ) -> ::core::result::Result<
        ::imap_client::Request<super::UidThreadResponse>,
        ::imap_client::Error,
    > {
        let mut __command = ::imap_client::encode::CommandBuilder::new(
            &super::UID_THREAD,
        );
        __command.arg::<::imap_client::encode::kinds::Atom>("algorithm", algorithm)?;
        __command.arg::<::imap_client::encode::kinds::Charset>("charset", charset)?;
        __command.arg::<::imap_client::encode::kinds::SearchKeys>("keys", keys)?;
        ::core::result::Result::Ok(::imap_client::Request::new(__command.finish()))
    }
}
///Result of [`Commands::capability`] (`CAPABILITY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CapabilityResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: Vec<String>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CapabilityResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let capabilities = __claims
            .take::<::imap_client::extract::untagged::Capability>();
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for NoopResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let exists = __claims.take::<::imap_client::extract::untagged::Exists>();
        let recent = __claims.take::<::imap_client::extract::untagged::Recent>();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for LogoutResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for IdResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let id = __claims.take::<::imap_client::extract::untagged::Id>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for StarttlsResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for AuthenticateResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let capabilities = __claims
            .take::<::imap_client::extract::untagged::Capability>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for LoginResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let capabilities = __claims
            .take::<::imap_client::extract::untagged::Capability>();
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
    pub flags: Option<Vec<::imap_client::types::Flag>>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `RECENT` responses.
    pub recent: Option<u32>,
    ///Collected from untagged `OK[UNSEEN]` responses.
    pub unseen: Option<u32>,
    ///Collected from untagged `OK[PERMANENTFLAGS]` responses.
    pub permanent_flags: Option<Vec<::imap_client::types::Flag>>,
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
    pub vanished: Vec<::imap_client::extract::Vanished>,
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imap_client::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SelectResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let flags = __claims.take::<::imap_client::extract::untagged::Flags>();
        let exists = __claims.take::<::imap_client::extract::untagged::Exists>();
        let recent = __claims.take::<::imap_client::extract::untagged::Recent>();
        let unseen = __claims.take::<::imap_client::extract::untagged::OkUnseen>();
        let permanent_flags = __claims
            .take::<::imap_client::extract::untagged::OkPermanentFlags>();
        let uid_next = __claims.take::<::imap_client::extract::untagged::OkUidNext>();
        let uid_validity = __claims
            .take::<::imap_client::extract::untagged::OkUidValidity>();
        let highest_modseq = __claims
            .take::<::imap_client::extract::untagged::OkHighestModSeq>();
        let no_modseq = __claims.take::<::imap_client::extract::untagged::OkNoModSeq>();
        let closed = __claims.take::<::imap_client::extract::untagged::OkClosed>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
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
    pub flags: Option<Vec<::imap_client::types::Flag>>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `RECENT` responses.
    pub recent: Option<u32>,
    ///Collected from untagged `OK[UNSEEN]` responses.
    pub unseen: Option<u32>,
    ///Collected from untagged `OK[PERMANENTFLAGS]` responses.
    pub permanent_flags: Option<Vec<::imap_client::types::Flag>>,
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
    pub vanished: Vec<::imap_client::extract::Vanished>,
    ///Collected from untagged `FETCH` responses.
    pub fetches: Vec<::imap_client::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ExamineResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let flags = __claims.take::<::imap_client::extract::untagged::Flags>();
        let exists = __claims.take::<::imap_client::extract::untagged::Exists>();
        let recent = __claims.take::<::imap_client::extract::untagged::Recent>();
        let unseen = __claims.take::<::imap_client::extract::untagged::OkUnseen>();
        let permanent_flags = __claims
            .take::<::imap_client::extract::untagged::OkPermanentFlags>();
        let uid_next = __claims.take::<::imap_client::extract::untagged::OkUidNext>();
        let uid_validity = __claims
            .take::<::imap_client::extract::untagged::OkUidValidity>();
        let highest_modseq = __claims
            .take::<::imap_client::extract::untagged::OkHighestModSeq>();
        let no_modseq = __claims.take::<::imap_client::extract::untagged::OkNoModSeq>();
        let closed = __claims.take::<::imap_client::extract::untagged::OkClosed>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CreateResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for DeleteResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for RenameResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SubscribeResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UnsubscribeResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub list: Vec<::imap_client::types::ListItem>,
    ///Collected from untagged `STATUS` responses.
    pub statuses: Vec<::imap_client::types::MailboxStatus>,
    ///Collected from untagged `MYRIGHTS` responses.
    pub my_rights: Vec<::imap_client::extract::MyRights>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ListResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let list = __claims.take::<::imap_client::extract::untagged::List>();
        let statuses = __claims
            .take::<::imap_client::extract::untagged::MailboxStatus>();
        let my_rights = __claims.take::<::imap_client::extract::untagged::MyRights>();
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
    pub list: Vec<::imap_client::types::ListItem>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for XlistResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let list = __claims.take::<::imap_client::extract::untagged::List>();
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
    pub lsub: Vec<::imap_client::types::ListItem>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for LsubResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let lsub = __claims.take::<::imap_client::extract::untagged::Lsub>();
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
    pub statuses: Vec<::imap_client::types::MailboxStatus>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for StatusResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let statuses = __claims
            .take::<::imap_client::extract::untagged::MailboxStatus>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for AppendResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub namespace: Option<::imap_client::types::Namespaces>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for NamespaceResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let namespace = __claims.take::<::imap_client::extract::untagged::Namespace>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for EnableResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let enabled = __claims.take::<::imap_client::extract::untagged::Enabled>();
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
    pub acl: Vec<::imap_client::extract::Acl>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for GetaclResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let acl = __claims.take::<::imap_client::extract::untagged::Acl>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SetaclResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for DeleteaclResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub list_rights: Vec<::imap_client::extract::ListRights>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ListrightsResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let list_rights = __claims
            .take::<::imap_client::extract::untagged::ListRights>();
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
    pub my_rights: Vec<::imap_client::extract::MyRights>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for MyrightsResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let my_rights = __claims.take::<::imap_client::extract::untagged::MyRights>();
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
    pub quotas: Vec<::imap_client::extract::Quota>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for GetquotaResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let quotas = __claims.take::<::imap_client::extract::untagged::Quota>();
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
    pub quotas: Vec<::imap_client::extract::Quota>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SetquotaResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let quotas = __claims.take::<::imap_client::extract::untagged::Quota>();
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
    pub quota_roots: Vec<::imap_client::extract::QuotaRoot>,
    ///Collected from untagged `QUOTA` responses.
    pub quotas: Vec<::imap_client::extract::Quota>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for GetquotarootResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let quota_roots = __claims.take::<::imap_client::extract::untagged::QuotaRoot>();
        let quotas = __claims.take::<::imap_client::extract::untagged::Quota>();
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
    pub annotations: Vec<::imap_client::extract::Annotation>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for GetannotationResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let annotations = __claims
            .take::<::imap_client::extract::untagged::Annotation>();
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
    pub annotations: Vec<::imap_client::extract::Annotation>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SetannotationResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let annotations = __claims
            .take::<::imap_client::extract::untagged::Annotation>();
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
    pub metadata: Vec<::imap_client::extract::Metadata>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for GetmetadataResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let metadata = __claims.take::<::imap_client::extract::untagged::Metadata>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SetmetadataResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UnauthenticateResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for NotifyResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ProxyauthResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for IdleResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let exists = __claims.take::<::imap_client::extract::untagged::Exists>();
        let recent = __claims.take::<::imap_client::extract::untagged::Recent>();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CompressResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CheckResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CloseResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UnselectResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ExpungeResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub search: ::imap_client::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imap_client::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SearchResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let search = __claims.take::<::imap_client::extract::untagged::Search>();
        let esearch = __claims.take::<::imap_client::extract::untagged::ESearch>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CancelupdateResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for FetchResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for StoreResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for CopyResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub copy_uid: Option<::imap_client::extract::CopyUid>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for MoveResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let copy_uid = __claims.take::<::imap_client::extract::untagged::OkCopyUid>();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub sort: ::imap_client::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imap_client::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for SortResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let sort = __claims.take::<::imap_client::extract::untagged::Sort>();
        let esearch = __claims.take::<::imap_client::extract::untagged::ESearch>();
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
    pub threads: Vec<::imap_client::types::Thread>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ThreadResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let threads = __claims.take::<::imap_client::extract::untagged::Thread>();
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for PartialResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
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
    pub append_uid: Option<::imap_client::extract::AppendUid>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for ReplaceResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let append_uid = __claims
            .take::<::imap_client::extract::untagged::OkAppendUid>();
        let exists = __claims.take::<::imap_client::extract::untagged::Exists>();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidFetchResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub search: ::imap_client::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imap_client::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidSearchResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let search = __claims.take::<::imap_client::extract::untagged::Search>();
        let esearch = __claims.take::<::imap_client::extract::untagged::ESearch>();
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
    pub fetches: Vec<::imap_client::types::Fetch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidStoreResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let fetches = __claims.take::<::imap_client::extract::untagged::Fetch>();
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
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidCopyResponse {
    fn from(done: ::imap_client::Completed) -> Self {
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
    pub copy_uid: Option<::imap_client::extract::CopyUid>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidMoveResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let copy_uid = __claims.take::<::imap_client::extract::untagged::OkCopyUid>();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub append_uid: Option<::imap_client::extract::AppendUid>,
    ///Collected from untagged `EXISTS` responses.
    pub exists: Option<u32>,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: Vec<u32>,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidReplaceResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let append_uid = __claims
            .take::<::imap_client::extract::untagged::OkAppendUid>();
        let exists = __claims.take::<::imap_client::extract::untagged::Exists>();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub vanished: Vec<::imap_client::extract::Vanished>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidExpungeResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let expunged = __claims.take::<::imap_client::extract::untagged::Expunge>();
        let vanished = __claims.take::<::imap_client::extract::untagged::Vanished>();
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
    pub sort: ::imap_client::extract::SearchResult,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: Vec<::imap_client::types::ESearch>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidSortResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let sort = __claims.take::<::imap_client::extract::untagged::Sort>();
        let esearch = __claims.take::<::imap_client::extract::untagged::ESearch>();
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
    pub threads: Vec<::imap_client::types::Thread>,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::types::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::types::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::types::Unparsed>,
}
impl ::core::convert::From<::imap_client::Completed> for UidThreadResponse {
    fn from(done: ::imap_client::Completed) -> Self {
        let mut __claims = done.into_claims();
        let threads = __claims.take::<::imap_client::extract::untagged::Thread>();
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
pub static CAPABILITY: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CAPABILITY"),
    method: ::std::borrow::Cow::Borrowed("capability"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::NotAuthenticated,
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Capability,
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
        "Asks for the server's capabilities (RFC 3501 6.1.1).",
    ),
};
///Table line of `NOOP`.
pub static NOOP: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("NOOP"),
    method: ::std::borrow::Cow::Borrowed("noop"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::NotAuthenticated,
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Exists,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Recent,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
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
        "Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).",
    ),
};
///Table line of `LOGOUT`.
pub static LOGOUT: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LOGOUT"),
    method: ::std::borrow::Cow::Borrowed("logout"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::NotAuthenticated,
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imap_client::command::State::Logout),
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
};
///Table line of `ID`.
pub static ID: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("ID"),
    method: ::std::borrow::Cow::Borrowed("id"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::NotAuthenticated,
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("parameters"),
                kind: ::imap_client::command::ArgKind::IdParams,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[::imap_client::command::Claim::Known(::imap_client::command::UntaggedKind::Id)],
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
};
///Table line of `STARTTLS`.
pub static STARTTLS: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("STARTTLS"),
    method: ::std::borrow::Cow::Borrowed("starttls"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imap_client::command::State::NotAuthenticated],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("STARTTLS")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::command::Exchange::StartTls),
    doc: ::std::borrow::Cow::Borrowed(
        "Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).",
    ),
};
///Table line of `AUTHENTICATE`.
pub static AUTHENTICATE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("AUTHENTICATE"),
    method: ::std::borrow::Cow::Borrowed("authenticate"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imap_client::command::State::NotAuthenticated],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mechanism"),
                kind: ::imap_client::command::ArgKind::Mechanism,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("initial_response"),
                kind: ::imap_client::command::ArgKind::SaslResponse,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Capability,
            ),
        ],
    ),
    then: ::core::option::Option::Some(::imap_client::command::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::command::Exchange::Sasl),
    doc: ::std::borrow::Cow::Borrowed(
        "Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).",
    ),
};
///Table line of `LOGIN`.
pub static LOGIN: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LOGIN"),
    method: ::std::borrow::Cow::Borrowed("login"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imap_client::command::State::NotAuthenticated],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("username"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("password"),
                kind: ::imap_client::command::ArgKind::Secret,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Capability,
            ),
        ],
    ),
    then: ::core::option::Option::Some(::imap_client::command::State::Authenticated),
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
};
///Table line of `SELECT`.
pub static SELECT: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SELECT"),
    method: ::std::borrow::Cow::Borrowed("select"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("parameters"),
                kind: ::imap_client::command::ArgKind::SelectParams,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Flags,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Exists,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Recent,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkUnseen,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkPermanentFlags,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkUidNext,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkUidValidity,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkHighestModSeq,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkNoModSeq,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkClosed,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
        ],
    ),
    then: ::core::option::Option::Some(::imap_client::command::State::Selected),
    fail: ::core::option::Option::Some(::imap_client::command::State::Authenticated),
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Selects a mailbox read-write; typed CONDSTORE / QRESYNC parameters (RFC 3501 6.3.1, RFC 7162 3.1.8, 3.2.5).",
    ),
};
///Table line of `EXAMINE`.
pub static EXAMINE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("EXAMINE"),
    method: ::std::borrow::Cow::Borrowed("examine"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("parameters"),
                kind: ::imap_client::command::ArgKind::SelectParams,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Flags,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Exists,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Recent,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkUnseen,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkPermanentFlags,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkUidNext,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkUidValidity,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkHighestModSeq,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkNoModSeq,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkClosed,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
        ],
    ),
    then: ::core::option::Option::Some(::imap_client::command::State::Selected),
    fail: ::core::option::Option::Some(::imap_client::command::State::Authenticated),
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Selects a mailbox read-only; the same parameters as SELECT (RFC 3501 6.3.2, RFC 7162).",
    ),
};
///Table line of `CREATE`.
pub static CREATE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CREATE"),
    method: ::std::borrow::Cow::Borrowed("create"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("special_use"),
                kind: ::imap_client::command::ArgKind::SpecialUse,
                cardinality: ::imap_client::command::Cardinality::Optional,
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
};
///Table line of `DELETE`.
pub static DELETE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("DELETE"),
    method: ::std::borrow::Cow::Borrowed("delete"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `RENAME`.
pub static RENAME: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("RENAME"),
    method: ::std::borrow::Cow::Borrowed("rename"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("from"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("to"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `SUBSCRIBE`.
pub static SUBSCRIBE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SUBSCRIBE"),
    method: ::std::borrow::Cow::Borrowed("subscribe"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `UNSUBSCRIBE`.
pub static UNSUBSCRIBE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UNSUBSCRIBE"),
    method: ::std::borrow::Cow::Borrowed("unsubscribe"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `LIST`.
pub static LIST: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LIST"),
    method: ::std::borrow::Cow::Borrowed("list"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("selection"),
                kind: ::imap_client::command::ArgKind::ListSelection,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("reference"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("pattern"),
                kind: ::imap_client::command::ArgKind::ListMailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::Some(
                    ::std::borrow::Cow::Borrowed("RETURN"),
                ),
                name: ::std::borrow::Cow::Borrowed("return_options"),
                kind: ::imap_client::command::ArgKind::ListReturn,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::List,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::MailboxStatus,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::MyRights,
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
        "Lists mailboxes matching a pattern; % and * are wildcards; LIST-EXTENDED selection and return options, typed (RFC 3501 6.3.8, RFC 5258, RFC 5819, RFC 6154, RFC 8440).",
    ),
};
///Table line of `XLIST`.
pub static XLIST: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("XLIST"),
    method: ::std::borrow::Cow::Borrowed("xlist"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("reference"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("pattern"),
                kind: ::imap_client::command::ArgKind::ListMailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::List,
            ),
        ],
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
};
///Table line of `LSUB`.
pub static LSUB: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LSUB"),
    method: ::std::borrow::Cow::Borrowed("lsub"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("reference"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("pattern"),
                kind: ::imap_client::command::ArgKind::ListMailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Lsub,
            ),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::Some(
        ::imap_client::command::Protocol::Imap4rev2,
    ),
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).",
    ),
};
///Table line of `STATUS`.
pub static STATUS: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("STATUS"),
    method: ::std::borrow::Cow::Borrowed("status"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("items"),
                kind: ::imap_client::command::ArgKind::StatusItems,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::MailboxStatus,
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
};
///Table line of `APPEND`.
pub static APPEND: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("APPEND"),
    method: ::std::borrow::Cow::Borrowed("append"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("messages"),
                kind: ::imap_client::command::ArgKind::AppendMessage,
                cardinality: ::imap_client::command::Cardinality::OneOrMore,
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
};
///Table line of `NAMESPACE`.
pub static NAMESPACE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("NAMESPACE"),
    method: ::std::borrow::Cow::Borrowed("namespace"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Namespace,
            ),
        ],
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
};
///Table line of `ENABLE`.
pub static ENABLE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("ENABLE"),
    method: ::std::borrow::Cow::Borrowed("enable"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imap_client::command::State::Authenticated],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("capabilities"),
                kind: ::imap_client::command::ArgKind::Atom,
                cardinality: ::imap_client::command::Cardinality::OneOrMore,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Enabled,
            ),
        ],
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
};
///Table line of `GETACL`.
pub static GETACL: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETACL"),
    method: ::std::borrow::Cow::Borrowed("getacl"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Acl,
            ),
        ],
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
};
///Table line of `SETACL`.
pub static SETACL: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETACL"),
    method: ::std::borrow::Cow::Borrowed("setacl"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("identifier"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("rights"),
                kind: ::imap_client::command::ArgKind::AclRights,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `DELETEACL`.
pub static DELETEACL: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("DELETEACL"),
    method: ::std::borrow::Cow::Borrowed("deleteacl"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("identifier"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `LISTRIGHTS`.
pub static LISTRIGHTS: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("LISTRIGHTS"),
    method: ::std::borrow::Cow::Borrowed("listrights"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("identifier"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::ListRights,
            ),
        ],
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
};
///Table line of `MYRIGHTS`.
pub static MYRIGHTS: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("MYRIGHTS"),
    method: ::std::borrow::Cow::Borrowed("myrights"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::MyRights,
            ),
        ],
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
};
///Table line of `GETQUOTA`.
pub static GETQUOTA: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETQUOTA"),
    method: ::std::borrow::Cow::Borrowed("getquota"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("root"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Quota,
            ),
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
        "Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).",
    ),
};
///Table line of `SETQUOTA`.
pub static SETQUOTA: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETQUOTA"),
    method: ::std::borrow::Cow::Borrowed("setquota"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("root"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("limits"),
                kind: ::imap_client::command::ArgKind::QuotaLimits,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Quota,
            ),
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
        "Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).",
    ),
};
///Table line of `GETQUOTAROOT`.
pub static GETQUOTAROOT: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETQUOTAROOT"),
    method: ::std::borrow::Cow::Borrowed("getquotaroot"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::QuotaRoot,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Quota,
            ),
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
};
///Table line of `GETANNOTATION`.
pub static GETANNOTATION: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETANNOTATION"),
    method: ::std::borrow::Cow::Borrowed("getannotation"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entries"),
                kind: ::imap_client::command::ArgKind::StringList,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("attributes"),
                kind: ::imap_client::command::ArgKind::StringList,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Annotation,
            ),
        ],
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
};
///Table line of `SETANNOTATION`.
pub static SETANNOTATION: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETANNOTATION"),
    method: ::std::borrow::Cow::Borrowed("setannotation"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entry"),
                kind: ::imap_client::command::ArgKind::Str,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("attributes"),
                kind: ::imap_client::command::ArgKind::StringPairs,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Annotation,
            ),
        ],
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
};
///Table line of `GETMETADATA`.
pub static GETMETADATA: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("GETMETADATA"),
    method: ::std::borrow::Cow::Borrowed("getmetadata"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entries"),
                kind: ::imap_client::command::ArgKind::AStringList,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Metadata,
            ),
        ],
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
};
///Table line of `SETMETADATA`.
pub static SETMETADATA: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SETMETADATA"),
    method: ::std::borrow::Cow::Borrowed("setmetadata"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("entries"),
                kind: ::imap_client::command::ArgKind::Pairs,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `UNAUTHENTICATE`.
pub static UNAUTHENTICATE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UNAUTHENTICATE"),
    method: ::std::borrow::Cow::Borrowed("unauthenticate"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imap_client::command::State::NotAuthenticated),
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
};
///Table line of `NOTIFY`.
pub static NOTIFY: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("NOTIFY"),
    method: ::std::borrow::Cow::Borrowed("notify"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("request"),
                kind: ::imap_client::command::ArgKind::Notify,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `PROXYAUTH`.
pub static PROXYAUTH: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("PROXYAUTH"),
    method: ::std::borrow::Cow::Borrowed("proxyauth"),
    states: ::std::borrow::Cow::Borrowed(
        &[::imap_client::command::State::Authenticated],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("user"),
                kind: ::imap_client::command::ArgKind::AString,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `IDLE`.
pub static IDLE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("IDLE"),
    method: ::std::borrow::Cow::Borrowed("idle"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Exists,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Recent,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
        ],
    ),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some(::std::borrow::Cow::Borrowed("IDLE")),
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::None,
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::command::Exchange::Idle),
    doc: ::std::borrow::Cow::Borrowed(
        "Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).",
    ),
};
///Table line of `COMPRESS`.
pub static COMPRESS: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("COMPRESS"),
    method: ::std::borrow::Cow::Borrowed("compress"),
    states: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::State::Authenticated,
            ::imap_client::command::State::Selected,
        ],
    ),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("algorithm"),
                kind: ::imap_client::command::ArgKind::Atom,
                cardinality: ::imap_client::command::Cardinality::One,
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
    exchange: ::core::option::Option::Some(::imap_client::command::Exchange::Compress),
    doc: ::std::borrow::Cow::Borrowed(
        "Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).",
    ),
};
///Table line of `CHECK`.
pub static CHECK: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CHECK"),
    method: ::std::borrow::Cow::Borrowed("check"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    several_need: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    removed_in: ::core::option::Option::Some(
        ::imap_client::command::Protocol::Imap4rev2,
    ),
    forbidden_when_enabled: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: ::std::borrow::Cow::Borrowed(
        "Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).",
    ),
};
///Table line of `CLOSE`.
pub static CLOSE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CLOSE"),
    method: ::std::borrow::Cow::Borrowed("close"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imap_client::command::State::Authenticated),
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
};
///Table line of `UNSELECT`.
pub static UNSELECT: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UNSELECT"),
    method: ::std::borrow::Cow::Borrowed("unselect"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(&[]),
    then: ::core::option::Option::Some(::imap_client::command::State::Authenticated),
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
};
///Table line of `EXPUNGE`.
pub static EXPUNGE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("EXPUNGE"),
    method: ::std::borrow::Cow::Borrowed("expunge"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(&[]),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
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
        "Removes messages marked \\Deleted (RFC 3501 6.4.3).",
    ),
};
///Table line of `SEARCH`.
pub static SEARCH: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SEARCH"),
    method: ::std::borrow::Cow::Borrowed("search"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imap_client::command::ArgKind::Search,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Search,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::ESearch,
            ),
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
};
///Table line of `CANCELUPDATE`.
pub static CANCELUPDATE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("CANCELUPDATE"),
    method: ::std::borrow::Cow::Borrowed("cancelupdate"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("tags"),
                kind: ::imap_client::command::ArgKind::Str,
                cardinality: ::imap_client::command::Cardinality::OneOrMore,
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
};
///Table line of `FETCH`.
pub static FETCH: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("FETCH"),
    method: ::std::borrow::Cow::Borrowed("fetch"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("items"),
                kind: ::imap_client::command::ArgKind::FetchItems,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
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
};
///Table line of `STORE`.
pub static STORE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("STORE"),
    method: ::std::borrow::Cow::Borrowed("store"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("action"),
                kind: ::imap_client::command::ArgKind::StoreAction,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
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
        "Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).",
    ),
};
///Table line of `COPY`.
pub static COPY: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("COPY"),
    method: ::std::borrow::Cow::Borrowed("copy"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `MOVE`.
pub static MOVE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("MOVE"),
    method: ::std::borrow::Cow::Borrowed("move_"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkCopyUid,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
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
};
///Table line of `SORT`.
pub static SORT: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("SORT"),
    method: ::std::borrow::Cow::Borrowed("sort"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::Some(
                    ::std::borrow::Cow::Borrowed("RETURN"),
                ),
                name: ::std::borrow::Cow::Borrowed("return_options"),
                kind: ::imap_client::command::ArgKind::SearchReturn,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imap_client::command::ArgKind::SortCriteria,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imap_client::command::ArgKind::Charset,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imap_client::command::ArgKind::SearchKeys,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Sort,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::ESearch,
            ),
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
};
///Table line of `THREAD`.
pub static THREAD: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("THREAD"),
    method: ::std::borrow::Cow::Borrowed("thread"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("algorithm"),
                kind: ::imap_client::command::ArgKind::Atom,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imap_client::command::ArgKind::Charset,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imap_client::command::ArgKind::SearchKeys,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Thread,
            ),
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
        "Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).",
    ),
};
///Table line of `PARTIAL`.
pub static PARTIAL: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("PARTIAL"),
    method: ::std::borrow::Cow::Borrowed("partial"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("message"),
                kind: ::imap_client::command::ArgKind::Number,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("item"),
                kind: ::imap_client::command::ArgKind::Raw,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("start"),
                kind: ::imap_client::command::ArgKind::Number,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("length"),
                kind: ::imap_client::command::ArgKind::Number,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
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
        "Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).",
    ),
};
///Table line of `REPLACE`.
pub static REPLACE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("REPLACE"),
    method: ::std::borrow::Cow::Borrowed("replace"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("message"),
                kind: ::imap_client::command::ArgKind::Number,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("replacement"),
                kind: ::imap_client::command::ArgKind::AppendMessage,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkAppendUid,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Exists,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
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
};
///Table line of `UID FETCH`.
pub static UID_FETCH: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID FETCH"),
    method: ::std::borrow::Cow::Borrowed("uid_fetch"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("items"),
                kind: ::imap_client::command::ArgKind::FetchItems,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
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
        "FETCH by UID; UID is always returned (RFC 3501 6.4.8).",
    ),
};
///Table line of `UID SEARCH`.
pub static UID_SEARCH: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID SEARCH"),
    method: ::std::borrow::Cow::Borrowed("uid_search"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imap_client::command::ArgKind::Search,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Search,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::ESearch,
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
    doc: ::std::borrow::Cow::Borrowed("SEARCH returning UIDs (RFC 3501 6.4.8)."),
};
///Table line of `UID STORE`.
pub static UID_STORE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID STORE"),
    method: ::std::borrow::Cow::Borrowed("uid_store"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("action"),
                kind: ::imap_client::command::ArgKind::StoreAction,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Fetch,
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
    doc: ::std::borrow::Cow::Borrowed("STORE by UID (RFC 3501 6.4.8)."),
};
///Table line of `UID COPY`.
pub static UID_COPY: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID COPY"),
    method: ::std::borrow::Cow::Borrowed("uid_copy"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
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
};
///Table line of `UID MOVE`.
pub static UID_MOVE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID MOVE"),
    method: ::std::borrow::Cow::Borrowed("uid_move"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkCopyUid,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
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
};
///Table line of `UID REPLACE`.
pub static UID_REPLACE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID REPLACE"),
    method: ::std::borrow::Cow::Borrowed("uid_replace"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("uid"),
                kind: ::imap_client::command::ArgKind::Number,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("mailbox"),
                kind: ::imap_client::command::ArgKind::Mailbox,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("replacement"),
                kind: ::imap_client::command::ArgKind::AppendMessage,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::OkAppendUid,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Exists,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
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
};
///Table line of `UID EXPUNGE`.
pub static UID_EXPUNGE: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID EXPUNGE"),
    method: ::std::borrow::Cow::Borrowed("uid_expunge"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("set"),
                kind: ::imap_client::command::ArgKind::SequenceSet,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Expunge,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Vanished,
            ),
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
};
///Table line of `UID SORT`.
pub static UID_SORT: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID SORT"),
    method: ::std::borrow::Cow::Borrowed("uid_sort"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::Some(
                    ::std::borrow::Cow::Borrowed("RETURN"),
                ),
                name: ::std::borrow::Cow::Borrowed("return_options"),
                kind: ::imap_client::command::ArgKind::SearchReturn,
                cardinality: ::imap_client::command::Cardinality::Optional,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("criteria"),
                kind: ::imap_client::command::ArgKind::SortCriteria,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imap_client::command::ArgKind::Charset,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imap_client::command::ArgKind::SearchKeys,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Sort,
            ),
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::ESearch,
            ),
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
};
///Table line of `UID THREAD`.
pub static UID_THREAD: ::imap_client::command::CommandDef = ::imap_client::command::CommandDef {
    name: ::std::borrow::Cow::Borrowed("UID THREAD"),
    method: ::std::borrow::Cow::Borrowed("uid_thread"),
    states: ::std::borrow::Cow::Borrowed(&[::imap_client::command::State::Selected]),
    args: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("algorithm"),
                kind: ::imap_client::command::ArgKind::Atom,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("charset"),
                kind: ::imap_client::command::ArgKind::Charset,
                cardinality: ::imap_client::command::Cardinality::One,
            },
            ::imap_client::command::ArgDef {
                keyword: ::core::option::Option::None,
                name: ::std::borrow::Cow::Borrowed("keys"),
                kind: ::imap_client::command::ArgKind::SearchKeys,
                cardinality: ::imap_client::command::Cardinality::One,
            },
        ],
    ),
    untagged: ::std::borrow::Cow::Borrowed(
        &[
            ::imap_client::command::Claim::Known(
                ::imap_client::command::UntaggedKind::Thread,
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
    doc: ::std::borrow::Cow::Borrowed("THREAD returning UIDs (RFC 5256 3)."),
};
///Every command descriptor of the table behind [`Commands`], in table order.
pub static COMMANDS_TABLE: &[&::imap_client::command::CommandDef] = &[
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
