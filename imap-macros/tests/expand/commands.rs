// @generated from spec/commands.toml by imap-macros; do not edit.
// Regenerate: UPDATE_EXPECT=1 cargo test -p imap-macros

/**Typed IMAP commands generated from a command table, one method per table line.

Implemented for every [`Execute`](::imap_client::__private::Execute) (the blocking client, the golden-test recorder, ...).*/
pub trait Commands: ::imap_client::__private::Execute {
    /**Asks for the server's capabilities (RFC 3501 6.1.1).

Wire form: `CAPABILITY`.

Allowed in: not authenticated, authenticated, selected.*/
    fn capability(
        &mut self,
    ) -> ::core::result::Result<CapabilityResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&CAPABILITY);
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(CapabilityResponse {
            capabilities: __done
                .take::<::imap_client::__private::untagged::Capability>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).

Wire form: `NOOP`.

Allowed in: not authenticated, authenticated, selected.*/
    fn noop(
        &mut self,
    ) -> ::core::result::Result<NoopResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&NOOP);
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(NoopResponse {
            exists: __done.take::<::imap_client::__private::untagged::Exists>(),
            recent: __done.take::<::imap_client::__private::untagged::Recent>(),
            expunged: __done.take::<::imap_client::__private::untagged::Expunge>(),
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).

Wire form: `LOGOUT`.

Allowed in: not authenticated, authenticated, selected.*/
    fn logout(
        &mut self,
    ) -> ::core::result::Result<LogoutResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&LOGOUT);
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(LogoutResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).

Wire form: `ID <parameters:id-params>`.

Allowed in: not authenticated, authenticated, selected. Needs capability `ID`.*/
    fn id(
        &mut self,
        parameters: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::IdParams,
        >,
    ) -> ::core::result::Result<IdResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&ID);
        __command
            .arg::<::imap_client::__private::kinds::IdParams>("parameters", parameters)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(IdResponse {
            id: __done.take::<::imap_client::__private::untagged::Id>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).

Wire form: `STARTTLS`.

Allowed in: not authenticated. Needs capability `STARTTLS`. Exchange: `StartTls`, handled by hand-written code.*/
    fn starttls(
        &mut self,
    ) -> ::core::result::Result<StarttlsResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&STARTTLS);
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(StarttlsResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).

Wire form: `AUTHENTICATE <mechanism:atom> [<initial_response:secret>]`.

Allowed in: not authenticated. Exchange: `Sasl`, handled by hand-written code.*/
    fn authenticate(
        &mut self,
        mechanism: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Atom,
        >,
        initial_response: ::core::option::Option<&str>,
        handler: &mut dyn ::imap_client::__private::ExchangeHandler,
    ) -> ::core::result::Result<AuthenticateResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&AUTHENTICATE);
        __command.arg::<::imap_client::__private::kinds::Atom>("mechanism", mechanism)?;
        if let ::core::option::Option::Some(__value) = initial_response {
            __command
                .arg::<
                    ::imap_client::__private::kinds::Secret,
                >("initial_response", __value)?;
        }
        let mut __done = self
            .execute(__command.finish(), ::core::option::Option::Some(handler))?;
        ::core::result::Result::Ok(AuthenticateResponse {
            capabilities: __done
                .take::<::imap_client::__private::untagged::Capability>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Logs in with a user name and a password (RFC 3501 6.2.3).

Wire form: `LOGIN <username:astring> <password:secret>`.

Allowed in: not authenticated. Refused when the server advertises `LOGINDISABLED`.*/
    fn login(
        &mut self,
        username: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        password: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Secret,
        >,
    ) -> ::core::result::Result<LoginResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&LOGIN);
        __command.arg::<::imap_client::__private::kinds::AString>("username", username)?;
        __command.arg::<::imap_client::__private::kinds::Secret>("password", password)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(LoginResponse {
            capabilities: __done
                .take::<::imap_client::__private::untagged::Capability>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Selects a mailbox read-write; parameters such as (CONDSTORE) go verbatim (RFC 3501 6.3.1, RFC 7162).

Wire form: `SELECT <mailbox:mailbox> [<parameters:raw>]`.

Allowed in: authenticated, selected.*/
    fn select(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        parameters: ::core::option::Option<&str>,
    ) -> ::core::result::Result<SelectResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SELECT);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<::imap_client::__private::kinds::Raw>("parameters", __value)?;
        }
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SelectResponse {
            flags: __done.take::<::imap_client::__private::untagged::Flags>(),
            exists: __done.take::<::imap_client::__private::untagged::Exists>(),
            recent: __done.take::<::imap_client::__private::untagged::Recent>(),
            unseen: __done.take::<::imap_client::__private::untagged::OkUnseen>(),
            permanent_flags: __done
                .take::<::imap_client::__private::untagged::OkPermanentFlags>(),
            uid_next: __done.take::<::imap_client::__private::untagged::OkUidNext>(),
            uid_validity: __done
                .take::<::imap_client::__private::untagged::OkUidValidity>(),
            highest_modseq: __done
                .take::<::imap_client::__private::untagged::OkHighestModSeq>(),
            no_modseq: __done.take::<::imap_client::__private::untagged::OkNoModSeq>(),
            closed: __done.take::<::imap_client::__private::untagged::OkClosed>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Selects a mailbox read-only (RFC 3501 6.3.2).

Wire form: `EXAMINE <mailbox:mailbox> [<parameters:raw>]`.

Allowed in: authenticated, selected.*/
    fn examine(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        parameters: ::core::option::Option<&str>,
    ) -> ::core::result::Result<ExamineResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&EXAMINE);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<::imap_client::__private::kinds::Raw>("parameters", __value)?;
        }
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(ExamineResponse {
            flags: __done.take::<::imap_client::__private::untagged::Flags>(),
            exists: __done.take::<::imap_client::__private::untagged::Exists>(),
            recent: __done.take::<::imap_client::__private::untagged::Recent>(),
            unseen: __done.take::<::imap_client::__private::untagged::OkUnseen>(),
            permanent_flags: __done
                .take::<::imap_client::__private::untagged::OkPermanentFlags>(),
            uid_next: __done.take::<::imap_client::__private::untagged::OkUidNext>(),
            uid_validity: __done
                .take::<::imap_client::__private::untagged::OkUidValidity>(),
            highest_modseq: __done
                .take::<::imap_client::__private::untagged::OkHighestModSeq>(),
            no_modseq: __done.take::<::imap_client::__private::untagged::OkNoModSeq>(),
            closed: __done.take::<::imap_client::__private::untagged::OkClosed>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Creates a mailbox; parameters such as (USE (\Drafts)) go verbatim (RFC 3501 6.3.3, RFC 6154).

Wire form: `CREATE <mailbox:mailbox> [<parameters:raw>]`.

Allowed in: authenticated, selected.*/
    fn create(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        parameters: ::core::option::Option<&str>,
    ) -> ::core::result::Result<CreateResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&CREATE);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        if let ::core::option::Option::Some(__value) = parameters {
            __command
                .arg::<::imap_client::__private::kinds::Raw>("parameters", __value)?;
        }
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(CreateResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Deletes a mailbox (RFC 3501 6.3.4).

Wire form: `DELETE <mailbox:mailbox>`.

Allowed in: authenticated, selected.*/
    fn delete(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<DeleteResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&DELETE);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(DeleteResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Renames a mailbox (RFC 3501 6.3.5).

Wire form: `RENAME <from:mailbox> <to:mailbox>`.

Allowed in: authenticated, selected.*/
    fn rename(
        &mut self,
        from: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        to: impl ::imap_client::__private::Arg<::imap_client::__private::kinds::Mailbox>,
    ) -> ::core::result::Result<RenameResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&RENAME);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("from", from)?;
        __command.arg::<::imap_client::__private::kinds::Mailbox>("to", to)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(RenameResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Adds a mailbox to the subscription list (RFC 3501 6.3.6).

Wire form: `SUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.*/
    fn subscribe(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<SubscribeResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SUBSCRIBE);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SubscribeResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Removes a mailbox from the subscription list (RFC 3501 6.3.7).

Wire form: `UNSUBSCRIBE <mailbox:mailbox>`.

Allowed in: authenticated, selected.*/
    fn unsubscribe(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<UnsubscribeResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UNSUBSCRIBE);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UnsubscribeResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Lists mailboxes matching a pattern; % and * are wildcards (RFC 3501 6.3.8, RFC 5258).

Wire form: `LIST <reference:mailbox> <pattern:list-mailbox> [RETURN <return_options:raw>]`.

Allowed in: authenticated, selected.*/
    fn list(
        &mut self,
        reference: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::ListMailbox,
        >,
        return_options: ::core::option::Option<&str>,
    ) -> ::core::result::Result<ListResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&LIST);
        __command
            .arg::<::imap_client::__private::kinds::Mailbox>("reference", reference)?;
        __command
            .arg::<::imap_client::__private::kinds::ListMailbox>("pattern", pattern)?;
        if let ::core::option::Option::Some(__value) = return_options {
            __command.keyword("RETURN");
            __command
                .arg::<::imap_client::__private::kinds::Raw>("return_options", __value)?;
        }
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(ListResponse {
            list: __done.take::<::imap_client::__private::untagged::List>(),
            mailbox_status: __done
                .take::<::imap_client::__private::untagged::MailboxStatus>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).

Wire form: `LSUB <reference:mailbox> <pattern:list-mailbox>`.

Allowed in: authenticated, selected.*/
    fn lsub(
        &mut self,
        reference: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        pattern: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::ListMailbox,
        >,
    ) -> ::core::result::Result<LsubResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&LSUB);
        __command
            .arg::<::imap_client::__private::kinds::Mailbox>("reference", reference)?;
        __command
            .arg::<::imap_client::__private::kinds::ListMailbox>("pattern", pattern)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(LsubResponse {
            lsub: __done.take::<::imap_client::__private::untagged::Lsub>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).

Wire form: `STATUS <mailbox:mailbox> <items:status-items>`.

Allowed in: authenticated, selected.*/
    fn status(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        items: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::StatusItems,
        >,
    ) -> ::core::result::Result<StatusResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&STATUS);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::__private::kinds::StatusItems>("items", items)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(StatusResponse {
            mailbox_status: __done
                .take::<::imap_client::__private::untagged::MailboxStatus>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).

Wire form: `APPEND <mailbox:mailbox> <messages:append-message> ...`.

Allowed in: authenticated, selected.*/
    fn append(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        messages: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::__private::Arg<
                ::imap_client::__private::kinds::AppendMessage,
            >,
        >,
    ) -> ::core::result::Result<AppendResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&APPEND);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .repeated::<
                ::imap_client::__private::kinds::AppendMessage,
                _,
            >("messages", messages, 1usize)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(AppendResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for the personal, other users' and shared namespaces (RFC 2342 5).

Wire form: `NAMESPACE`.

Allowed in: authenticated, selected. Needs capability `NAMESPACE`.*/
    fn namespace(
        &mut self,
    ) -> ::core::result::Result<NamespaceResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&NAMESPACE);
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(NamespaceResponse {
            namespace: __done.take::<::imap_client::__private::untagged::Namespace>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).

Wire form: `ENABLE <capabilities:atom> ...`.

Allowed in: authenticated. Needs capability `ENABLE`.*/
    fn enable(
        &mut self,
        capabilities: impl ::core::iter::IntoIterator<
            Item = impl ::imap_client::__private::Arg<
                ::imap_client::__private::kinds::Atom,
            >,
        >,
    ) -> ::core::result::Result<EnableResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&ENABLE);
        __command
            .repeated::<
                ::imap_client::__private::kinds::Atom,
                _,
            >("capabilities", capabilities, 1usize)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(EnableResponse {
            enabled: __done.take::<::imap_client::__private::untagged::Enabled>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for a mailbox's access control list (RFC 4314 3.3).

Wire form: `GETACL <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    fn getacl(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<GetaclResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&GETACL);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(GetaclResponse {
            acl: __done.take::<::imap_client::__private::untagged::Acl>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).

Wire form: `SETACL <mailbox:mailbox> <identifier:astring> <rights:acl-rights>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    fn setacl(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        identifier: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        rights: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AclRights,
        >,
    ) -> ::core::result::Result<SetaclResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SETACL);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::__private::kinds::AString>("identifier", identifier)?;
        __command.arg::<::imap_client::__private::kinds::AclRights>("rights", rights)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SetaclResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Removes an identifier from a mailbox's access control list (RFC 4314 3.2).

Wire form: `DELETEACL <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    fn deleteacl(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        identifier: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
    ) -> ::core::result::Result<DeleteaclResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&DELETEACL);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::__private::kinds::AString>("identifier", identifier)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(DeleteaclResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks which rights may be granted to an identifier (RFC 4314 3.4).

Wire form: `LISTRIGHTS <mailbox:mailbox> <identifier:astring>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    fn listrights(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        identifier: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
    ) -> ::core::result::Result<ListrightsResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&LISTRIGHTS);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::__private::kinds::AString>("identifier", identifier)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(ListrightsResponse {
            list_rights: __done.take::<::imap_client::__private::untagged::ListRights>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for the current user's rights on a mailbox (RFC 4314 3.5).

Wire form: `MYRIGHTS <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `ACL`.*/
    fn myrights(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<MyrightsResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&MYRIGHTS);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(MyrightsResponse {
            my_rights: __done.take::<::imap_client::__private::untagged::MyRights>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).

Wire form: `GETQUOTA <root:astring>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    fn getquota(
        &mut self,
        root: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
    ) -> ::core::result::Result<GetquotaResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&GETQUOTA);
        __command.arg::<::imap_client::__private::kinds::AString>("root", root)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(GetquotaResponse {
            quotas: __done.take::<::imap_client::__private::untagged::Quota>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).

Wire form: `SETQUOTA <root:astring> <limits:quota-limits>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    fn setquota(
        &mut self,
        root: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        limits: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::QuotaLimits,
        >,
    ) -> ::core::result::Result<SetquotaResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SETQUOTA);
        __command.arg::<::imap_client::__private::kinds::AString>("root", root)?;
        __command.arg::<::imap_client::__private::kinds::QuotaLimits>("limits", limits)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SetquotaResponse {
            quotas: __done.take::<::imap_client::__private::untagged::Quota>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).

Wire form: `GETQUOTAROOT <mailbox:mailbox>`.

Allowed in: authenticated, selected. Needs capability `QUOTA`.*/
    fn getquotaroot(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<GetquotarootResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&GETQUOTAROOT);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(GetquotarootResponse {
            quota_roots: __done.take::<::imap_client::__private::untagged::QuotaRoot>(),
            quotas: __done.take::<::imap_client::__private::untagged::Quota>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).

Wire form: `GETANNOTATION <mailbox:mailbox> <entries:string-list> <attributes:string-list>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.*/
    fn getannotation(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        entries: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::StringList,
        >,
        attributes: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::StringList,
        >,
    ) -> ::core::result::Result<GetannotationResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(
            &GETANNOTATION,
        );
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::__private::kinds::StringList>("entries", entries)?;
        __command
            .arg::<
                ::imap_client::__private::kinds::StringList,
            >("attributes", attributes)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(GetannotationResponse {
            annotations: __done.take::<::imap_client::__private::untagged::Annotation>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).

Wire form: `SETANNOTATION <mailbox:mailbox> <entry:string> <attributes:string-pairs>`.

Allowed in: authenticated, selected. Needs capability `ANNOTATEMORE`.*/
    fn setannotation(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        entry: impl ::imap_client::__private::Arg<::imap_client::__private::kinds::Str>,
        attributes: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::StringPairs,
        >,
    ) -> ::core::result::Result<SetannotationResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(
            &SETANNOTATION,
        );
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::__private::kinds::Str>("entry", entry)?;
        __command
            .arg::<
                ::imap_client::__private::kinds::StringPairs,
            >("attributes", attributes)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SetannotationResponse {
            annotations: __done.take::<::imap_client::__private::untagged::Annotation>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).

Wire form: `GETMETADATA <mailbox:mailbox> <entries:astring-list>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.*/
    fn getmetadata(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        entries: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AStringList,
        >,
    ) -> ::core::result::Result<GetmetadataResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&GETMETADATA);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command
            .arg::<::imap_client::__private::kinds::AStringList>("entries", entries)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(GetmetadataResponse {
            metadata: __done.take::<::imap_client::__private::untagged::Metadata>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Writes metadata; a NIL value removes an entry (RFC 5464 4.3).

Wire form: `SETMETADATA <mailbox:mailbox> <entries:pairs>`.

Allowed in: authenticated, selected. Needs capability `METADATA`.*/
    fn setmetadata(
        &mut self,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
        entries: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Pairs,
        >,
    ) -> ::core::result::Result<SetmetadataResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SETMETADATA);
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        __command.arg::<::imap_client::__private::kinds::Pairs>("entries", entries)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SetmetadataResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).

Wire form: `PROXYAUTH <user:astring>`.

Allowed in: authenticated.*/
    fn proxyauth(
        &mut self,
        user: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
    ) -> ::core::result::Result<ProxyauthResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&PROXYAUTH);
        __command.arg::<::imap_client::__private::kinds::AString>("user", user)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(ProxyauthResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).

Wire form: `IDLE`.

Allowed in: authenticated, selected. Needs capability `IDLE`. Exchange: `Idle`, handled by hand-written code.*/
    fn idle(
        &mut self,
        handler: &mut dyn ::imap_client::__private::ExchangeHandler,
    ) -> ::core::result::Result<IdleResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&IDLE);
        let mut __done = self
            .execute(__command.finish(), ::core::option::Option::Some(handler))?;
        ::core::result::Result::Ok(IdleResponse {
            exists: __done.take::<::imap_client::__private::untagged::Exists>(),
            recent: __done.take::<::imap_client::__private::untagged::Recent>(),
            expunged: __done.take::<::imap_client::__private::untagged::Expunge>(),
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).

Wire form: `COMPRESS <algorithm:atom>`.

Allowed in: authenticated, selected. Needs capability `COMPRESS=DEFLATE`. Exchange: `Compress`, handled by hand-written code.*/
    fn compress(
        &mut self,
        algorithm: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Atom,
        >,
    ) -> ::core::result::Result<CompressResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&COMPRESS);
        __command.arg::<::imap_client::__private::kinds::Atom>("algorithm", algorithm)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(CompressResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).

Wire form: `CHECK`.

Allowed in: selected.*/
    fn check(
        &mut self,
    ) -> ::core::result::Result<CheckResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&CHECK);
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(CheckResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).

Wire form: `CLOSE`.

Allowed in: selected.*/
    fn close(
        &mut self,
    ) -> ::core::result::Result<CloseResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&CLOSE);
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(CloseResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Deselects the mailbox without expunging (RFC 3691).

Wire form: `UNSELECT`.

Allowed in: selected. Needs capability `UNSELECT`.*/
    fn unselect(
        &mut self,
    ) -> ::core::result::Result<UnselectResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&UNSELECT);
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UnselectResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Removes messages marked \Deleted (RFC 3501 6.4.3).

Wire form: `EXPUNGE`.

Allowed in: selected.*/
    fn expunge(
        &mut self,
    ) -> ::core::result::Result<ExpungeResponse, ::imap_client::__private::Error> {
        let __command = ::imap_client::__private::CommandBuilder::new(&EXPUNGE);
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(ExpungeResponse {
            expunged: __done.take::<::imap_client::__private::untagged::Expunge>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).

Wire form: `SEARCH <criteria:search>`.

Allowed in: selected.*/
    fn search(
        &mut self,
        criteria: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Search,
        >,
    ) -> ::core::result::Result<SearchResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SEARCH);
        __command.arg::<::imap_client::__private::kinds::Search>("criteria", criteria)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SearchResponse {
            search: __done.take::<::imap_client::__private::untagged::Search>(),
            esearch: __done.take::<::imap_client::__private::untagged::ESearch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Retrieves message data (RFC 3501 6.4.5, RFC 7162).

Wire form: `FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected.*/
    fn fetch(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        items: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::FetchItems,
        >,
    ) -> ::core::result::Result<FetchResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&FETCH);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::FetchItems>("items", items)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(FetchResponse {
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).

Wire form: `STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected.*/
    fn store(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        action: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::StoreAction,
        >,
    ) -> ::core::result::Result<StoreResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&STORE);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::StoreAction>("action", action)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(StoreResponse {
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).

Wire form: `COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected.*/
    fn copy(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<CopyResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&COPY);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(CopyResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Moves messages to another mailbox (RFC 6851 3.1).

Wire form: `MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`.*/
    fn move_(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<MoveResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&MOVE);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(MoveResponse {
            copy_uid: __done.take::<::imap_client::__private::untagged::OkCopyUid>(),
            expunged: __done.take::<::imap_client::__private::untagged::Expunge>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Searches and returns the matches in sort order (RFC 5256 3).

Wire form: `SORT <criteria:sort-criteria> <charset:astring> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`.*/
    fn sort(
        &mut self,
        criteria: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        keys: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SearchKeys,
        >,
    ) -> ::core::result::Result<SortResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&SORT);
        __command
            .arg::<::imap_client::__private::kinds::SortCriteria>("criteria", criteria)?;
        __command.arg::<::imap_client::__private::kinds::AString>("charset", charset)?;
        __command.arg::<::imap_client::__private::kinds::SearchKeys>("keys", keys)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(SortResponse {
            sort: __done.take::<::imap_client::__private::untagged::Sort>(),
            esearch: __done.take::<::imap_client::__private::untagged::ESearch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).

Wire form: `THREAD <algorithm:atom> <charset:astring> <keys:search-keys>`.

Allowed in: selected.*/
    fn thread(
        &mut self,
        algorithm: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Atom,
        >,
        charset: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        keys: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SearchKeys,
        >,
    ) -> ::core::result::Result<ThreadResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&THREAD);
        __command.arg::<::imap_client::__private::kinds::Atom>("algorithm", algorithm)?;
        __command.arg::<::imap_client::__private::kinds::AString>("charset", charset)?;
        __command.arg::<::imap_client::__private::kinds::SearchKeys>("keys", keys)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(ThreadResponse {
            threads: __done.take::<::imap_client::__private::untagged::Thread>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).

Wire form: `PARTIAL <message:number> <item:raw> <start:number> <length:number>`.

Allowed in: selected.*/
    fn partial(
        &mut self,
        message: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Number,
        >,
        item: impl ::imap_client::__private::Arg<::imap_client::__private::kinds::Raw>,
        start: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Number,
        >,
        length: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Number,
        >,
    ) -> ::core::result::Result<PartialResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&PARTIAL);
        __command.arg::<::imap_client::__private::kinds::Number>("message", message)?;
        __command.arg::<::imap_client::__private::kinds::Raw>("item", item)?;
        __command.arg::<::imap_client::__private::kinds::Number>("start", start)?;
        __command.arg::<::imap_client::__private::kinds::Number>("length", length)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(PartialResponse {
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**FETCH by UID; UID is always returned (RFC 3501 6.4.8).

Wire form: `UID FETCH <set:sequence-set> <items:fetch-items>`.

Allowed in: selected.*/
    fn uid_fetch(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        items: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::FetchItems,
        >,
    ) -> ::core::result::Result<UidFetchResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_FETCH);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::FetchItems>("items", items)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidFetchResponse {
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**SEARCH returning UIDs (RFC 3501 6.4.8).

Wire form: `UID SEARCH <criteria:search>`.

Allowed in: selected.*/
    fn uid_search(
        &mut self,
        criteria: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Search,
        >,
    ) -> ::core::result::Result<UidSearchResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_SEARCH);
        __command.arg::<::imap_client::__private::kinds::Search>("criteria", criteria)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidSearchResponse {
            search: __done.take::<::imap_client::__private::untagged::Search>(),
            esearch: __done.take::<::imap_client::__private::untagged::ESearch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**STORE by UID (RFC 3501 6.4.8).

Wire form: `UID STORE <set:sequence-set> <action:store-action>`.

Allowed in: selected.*/
    fn uid_store(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        action: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::StoreAction,
        >,
    ) -> ::core::result::Result<UidStoreResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_STORE);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::StoreAction>("action", action)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidStoreResponse {
            fetches: __done.take::<::imap_client::__private::untagged::Fetch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**COPY by UID (RFC 3501 6.4.8, RFC 4315).

Wire form: `UID COPY <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected.*/
    fn uid_copy(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<UidCopyResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_COPY);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidCopyResponse {
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**MOVE by UID (RFC 6851 3.2).

Wire form: `UID MOVE <set:sequence-set> <mailbox:mailbox>`.

Allowed in: selected. Needs capability `MOVE`.*/
    fn uid_move(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
        mailbox: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Mailbox,
        >,
    ) -> ::core::result::Result<UidMoveResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_MOVE);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        __command.arg::<::imap_client::__private::kinds::Mailbox>("mailbox", mailbox)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidMoveResponse {
            copy_uid: __done.take::<::imap_client::__private::untagged::OkCopyUid>(),
            expunged: __done.take::<::imap_client::__private::untagged::Expunge>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**Expunges only the given UIDs among the \Deleted messages (RFC 4315 2.1).

Wire form: `UID EXPUNGE <set:sequence-set>`.

Allowed in: selected. Needs capability `UIDPLUS`.*/
    fn uid_expunge(
        &mut self,
        set: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SequenceSet,
        >,
    ) -> ::core::result::Result<UidExpungeResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_EXPUNGE);
        __command.arg::<::imap_client::__private::kinds::SequenceSet>("set", set)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidExpungeResponse {
            expunged: __done.take::<::imap_client::__private::untagged::Expunge>(),
            vanished: __done.take::<::imap_client::__private::untagged::Vanished>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**SORT returning UIDs (RFC 5256 3).

Wire form: `UID SORT <criteria:sort-criteria> <charset:astring> <keys:search-keys>`.

Allowed in: selected. Needs capability `SORT`.*/
    fn uid_sort(
        &mut self,
        criteria: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SortCriteria,
        >,
        charset: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        keys: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SearchKeys,
        >,
    ) -> ::core::result::Result<UidSortResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_SORT);
        __command
            .arg::<::imap_client::__private::kinds::SortCriteria>("criteria", criteria)?;
        __command.arg::<::imap_client::__private::kinds::AString>("charset", charset)?;
        __command.arg::<::imap_client::__private::kinds::SearchKeys>("keys", keys)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidSortResponse {
            sort: __done.take::<::imap_client::__private::untagged::Sort>(),
            esearch: __done.take::<::imap_client::__private::untagged::ESearch>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
    /**THREAD returning UIDs (RFC 5256 3).

Wire form: `UID THREAD <algorithm:atom> <charset:astring> <keys:search-keys>`.

Allowed in: selected.*/
    fn uid_thread(
        &mut self,
        algorithm: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::Atom,
        >,
        charset: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::AString,
        >,
        keys: impl ::imap_client::__private::Arg<
            ::imap_client::__private::kinds::SearchKeys,
        >,
    ) -> ::core::result::Result<UidThreadResponse, ::imap_client::__private::Error> {
        let mut __command = ::imap_client::__private::CommandBuilder::new(&UID_THREAD);
        __command.arg::<::imap_client::__private::kinds::Atom>("algorithm", algorithm)?;
        __command.arg::<::imap_client::__private::kinds::AString>("charset", charset)?;
        __command.arg::<::imap_client::__private::kinds::SearchKeys>("keys", keys)?;
        let mut __done = self.execute(__command.finish(), ::core::option::Option::None)?;
        ::core::result::Result::Ok(UidThreadResponse {
            threads: __done.take::<::imap_client::__private::untagged::Thread>(),
            tagged: __done.tagged,
            unclaimed: __done.untagged,
            unparsed: __done.unparsed,
        })
    }
}
impl<E: ::imap_client::__private::Execute + ?::core::marker::Sized> Commands for E {}
///Result of [`Commands::capability`] (`CAPABILITY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CapabilityResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: <::imap_client::__private::untagged::Capability as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::noop`] (`NOOP`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct NoopResponse {
    ///Collected from untagged `EXISTS` responses.
    pub exists: <::imap_client::__private::untagged::Exists as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `RECENT` responses.
    pub recent: <::imap_client::__private::untagged::Recent as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: <::imap_client::__private::untagged::Expunge as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::logout`] (`LOGOUT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct LogoutResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::id`] (`ID`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct IdResponse {
    ///Collected from untagged `ID` responses.
    pub id: <::imap_client::__private::untagged::Id as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::starttls`] (`STARTTLS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct StarttlsResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::authenticate`] (`AUTHENTICATE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct AuthenticateResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: <::imap_client::__private::untagged::Capability as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::login`] (`LOGIN`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct LoginResponse {
    ///Collected from untagged `CAPABILITY` responses.
    pub capabilities: <::imap_client::__private::untagged::Capability as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::select`] (`SELECT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SelectResponse {
    ///Collected from untagged `FLAGS` responses.
    pub flags: <::imap_client::__private::untagged::Flags as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `EXISTS` responses.
    pub exists: <::imap_client::__private::untagged::Exists as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `RECENT` responses.
    pub recent: <::imap_client::__private::untagged::Recent as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[UNSEEN]` responses.
    pub unseen: <::imap_client::__private::untagged::OkUnseen as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[PERMANENTFLAGS]` responses.
    pub permanent_flags: <::imap_client::__private::untagged::OkPermanentFlags as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[UIDNEXT]` responses.
    pub uid_next: <::imap_client::__private::untagged::OkUidNext as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[UIDVALIDITY]` responses.
    pub uid_validity: <::imap_client::__private::untagged::OkUidValidity as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[HIGHESTMODSEQ]` responses.
    pub highest_modseq: <::imap_client::__private::untagged::OkHighestModSeq as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[NOMODSEQ]` responses.
    pub no_modseq: <::imap_client::__private::untagged::OkNoModSeq as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[CLOSED]` responses.
    pub closed: <::imap_client::__private::untagged::OkClosed as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::examine`] (`EXAMINE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ExamineResponse {
    ///Collected from untagged `FLAGS` responses.
    pub flags: <::imap_client::__private::untagged::Flags as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `EXISTS` responses.
    pub exists: <::imap_client::__private::untagged::Exists as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `RECENT` responses.
    pub recent: <::imap_client::__private::untagged::Recent as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[UNSEEN]` responses.
    pub unseen: <::imap_client::__private::untagged::OkUnseen as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[PERMANENTFLAGS]` responses.
    pub permanent_flags: <::imap_client::__private::untagged::OkPermanentFlags as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[UIDNEXT]` responses.
    pub uid_next: <::imap_client::__private::untagged::OkUidNext as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[UIDVALIDITY]` responses.
    pub uid_validity: <::imap_client::__private::untagged::OkUidValidity as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[HIGHESTMODSEQ]` responses.
    pub highest_modseq: <::imap_client::__private::untagged::OkHighestModSeq as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[NOMODSEQ]` responses.
    pub no_modseq: <::imap_client::__private::untagged::OkNoModSeq as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `OK[CLOSED]` responses.
    pub closed: <::imap_client::__private::untagged::OkClosed as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::create`] (`CREATE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CreateResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::delete`] (`DELETE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct DeleteResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::rename`] (`RENAME`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct RenameResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::subscribe`] (`SUBSCRIBE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SubscribeResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::unsubscribe`] (`UNSUBSCRIBE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UnsubscribeResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::list`] (`LIST`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ListResponse {
    ///Collected from untagged `LIST` responses.
    pub list: <::imap_client::__private::untagged::List as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `STATUS` responses.
    pub mailbox_status: <::imap_client::__private::untagged::MailboxStatus as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::lsub`] (`LSUB`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct LsubResponse {
    ///Collected from untagged `LSUB` responses.
    pub lsub: <::imap_client::__private::untagged::Lsub as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::status`] (`STATUS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct StatusResponse {
    ///Collected from untagged `STATUS` responses.
    pub mailbox_status: <::imap_client::__private::untagged::MailboxStatus as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::append`] (`APPEND`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct AppendResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::namespace`] (`NAMESPACE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct NamespaceResponse {
    ///Collected from untagged `NAMESPACE` responses.
    pub namespace: <::imap_client::__private::untagged::Namespace as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::enable`] (`ENABLE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct EnableResponse {
    ///Collected from untagged `ENABLED` responses.
    pub enabled: <::imap_client::__private::untagged::Enabled as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::getacl`] (`GETACL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetaclResponse {
    ///Collected from untagged `ACL` responses.
    pub acl: <::imap_client::__private::untagged::Acl as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::setacl`] (`SETACL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetaclResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::deleteacl`] (`DELETEACL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct DeleteaclResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::listrights`] (`LISTRIGHTS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ListrightsResponse {
    ///Collected from untagged `LISTRIGHTS` responses.
    pub list_rights: <::imap_client::__private::untagged::ListRights as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::myrights`] (`MYRIGHTS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct MyrightsResponse {
    ///Collected from untagged `MYRIGHTS` responses.
    pub my_rights: <::imap_client::__private::untagged::MyRights as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::getquota`] (`GETQUOTA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetquotaResponse {
    ///Collected from untagged `QUOTA` responses.
    pub quotas: <::imap_client::__private::untagged::Quota as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::setquota`] (`SETQUOTA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetquotaResponse {
    ///Collected from untagged `QUOTA` responses.
    pub quotas: <::imap_client::__private::untagged::Quota as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::getquotaroot`] (`GETQUOTAROOT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetquotarootResponse {
    ///Collected from untagged `QUOTAROOT` responses.
    pub quota_roots: <::imap_client::__private::untagged::QuotaRoot as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `QUOTA` responses.
    pub quotas: <::imap_client::__private::untagged::Quota as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::getannotation`] (`GETANNOTATION`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetannotationResponse {
    ///Collected from untagged `ANNOTATION` responses.
    pub annotations: <::imap_client::__private::untagged::Annotation as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::setannotation`] (`SETANNOTATION`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetannotationResponse {
    ///Collected from untagged `ANNOTATION` responses.
    pub annotations: <::imap_client::__private::untagged::Annotation as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::getmetadata`] (`GETMETADATA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct GetmetadataResponse {
    ///Collected from untagged `METADATA` responses.
    pub metadata: <::imap_client::__private::untagged::Metadata as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::setmetadata`] (`SETMETADATA`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SetmetadataResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::proxyauth`] (`PROXYAUTH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ProxyauthResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::idle`] (`IDLE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct IdleResponse {
    ///Collected from untagged `EXISTS` responses.
    pub exists: <::imap_client::__private::untagged::Exists as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `RECENT` responses.
    pub recent: <::imap_client::__private::untagged::Recent as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: <::imap_client::__private::untagged::Expunge as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::compress`] (`COMPRESS`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CompressResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::check`] (`CHECK`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CheckResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::close`] (`CLOSE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CloseResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::unselect`] (`UNSELECT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UnselectResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::expunge`] (`EXPUNGE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ExpungeResponse {
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: <::imap_client::__private::untagged::Expunge as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::search`] (`SEARCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SearchResponse {
    ///Collected from untagged `SEARCH` responses.
    pub search: <::imap_client::__private::untagged::Search as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: <::imap_client::__private::untagged::ESearch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::fetch`] (`FETCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct FetchResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::store`] (`STORE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct StoreResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::copy`] (`COPY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct CopyResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::move_`] (`MOVE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct MoveResponse {
    ///Collected from untagged `OK[COPYUID]` responses.
    pub copy_uid: <::imap_client::__private::untagged::OkCopyUid as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: <::imap_client::__private::untagged::Expunge as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::sort`] (`SORT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct SortResponse {
    ///Collected from untagged `SORT` responses.
    pub sort: <::imap_client::__private::untagged::Sort as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: <::imap_client::__private::untagged::ESearch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::thread`] (`THREAD`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct ThreadResponse {
    ///Collected from untagged `THREAD` responses.
    pub threads: <::imap_client::__private::untagged::Thread as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::partial`] (`PARTIAL`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct PartialResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_fetch`] (`UID FETCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidFetchResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_search`] (`UID SEARCH`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidSearchResponse {
    ///Collected from untagged `SEARCH` responses.
    pub search: <::imap_client::__private::untagged::Search as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: <::imap_client::__private::untagged::ESearch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_store`] (`UID STORE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidStoreResponse {
    ///Collected from untagged `FETCH` responses.
    pub fetches: <::imap_client::__private::untagged::Fetch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_copy`] (`UID COPY`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidCopyResponse {
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_move`] (`UID MOVE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidMoveResponse {
    ///Collected from untagged `OK[COPYUID]` responses.
    pub copy_uid: <::imap_client::__private::untagged::OkCopyUid as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: <::imap_client::__private::untagged::Expunge as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_expunge`] (`UID EXPUNGE`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidExpungeResponse {
    ///Collected from untagged `EXPUNGE` responses.
    pub expunged: <::imap_client::__private::untagged::Expunge as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `VANISHED` responses.
    pub vanished: <::imap_client::__private::untagged::Vanished as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_sort`] (`UID SORT`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidSortResponse {
    ///Collected from untagged `SORT` responses.
    pub sort: <::imap_client::__private::untagged::Sort as ::imap_client::__private::Extract>::Output,
    ///Collected from untagged `ESEARCH` responses.
    pub esearch: <::imap_client::__private::untagged::ESearch as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Result of [`Commands::uid_thread`] (`UID THREAD`): the untagged data it collects and the tagged OK.
#[derive(Debug, Clone)]
pub struct UidThreadResponse {
    ///Collected from untagged `THREAD` responses.
    pub threads: <::imap_client::__private::untagged::Thread as ::imap_client::__private::Extract>::Output,
    /// The tagged OK: its response code (if any) and text.
    pub tagged: ::imap_client::__private::Status,
    /// Untagged responses the command claimed by kind but no field consumed (normally empty).
    pub unclaimed: ::std::vec::Vec<::imap_client::__private::Untagged>,
    /// Responses that arrived while the command ran, most likely for it, that did not
    /// parse: what was wrong and their bytes (normally empty; never dropped silently).
    pub unparsed: ::std::vec::Vec<::imap_client::__private::Unparsed>,
}
///Table line of `CAPABILITY`.
pub static CAPABILITY: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "CAPABILITY",
    states: &[
        ::imap_client::__private::State::NotAuthenticated,
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[],
    untagged: &["CAPABILITY"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for the server's capabilities (RFC 3501 6.1.1).",
};
///Table line of `NOOP`.
pub static NOOP: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "NOOP",
    states: &[
        ::imap_client::__private::State::NotAuthenticated,
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[],
    untagged: &["EXISTS", "RECENT", "EXPUNGE", "FETCH", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Does nothing, so that pending mailbox updates arrive (RFC 3501 6.1.2).",
};
///Table line of `LOGOUT`.
pub static LOGOUT: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "LOGOUT",
    states: &[
        ::imap_client::__private::State::NotAuthenticated,
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[],
    untagged: &[],
    then: ::core::option::Option::Some(::imap_client::__private::State::Logout),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Ends the session; the server says BYE and closes the connection (RFC 3501 6.1.3).",
};
///Table line of `ID`.
pub static ID: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "ID",
    states: &[
        ::imap_client::__private::State::NotAuthenticated,
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "parameters",
            kind: "id-params",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["ID"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ID"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Exchanges client and server identification; an empty list sends NIL (RFC 2971 3.1).",
};
///Table line of `STARTTLS`.
pub static STARTTLS: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "STARTTLS",
    states: &[::imap_client::__private::State::NotAuthenticated],
    args: &[],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("STARTTLS"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::__private::Exchange::StartTls),
    doc: "Starts TLS negotiation; capabilities must be asked again afterwards (RFC 3501 6.2.1).",
};
///Table line of `AUTHENTICATE`.
pub static AUTHENTICATE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "AUTHENTICATE",
    states: &[::imap_client::__private::State::NotAuthenticated],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mechanism",
            kind: "atom",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "initial_response",
            kind: "secret",
            cardinality: ::imap_client::__private::Cardinality::Optional,
        },
    ],
    untagged: &["CAPABILITY"],
    then: ::core::option::Option::Some(::imap_client::__private::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::__private::Exchange::Sasl),
    doc: "Authenticates with a SASL mechanism; the initial response needs SASL-IR (RFC 3501 6.2.2, RFC 4959).",
};
///Table line of `LOGIN`.
pub static LOGIN: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "LOGIN",
    states: &[::imap_client::__private::State::NotAuthenticated],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "username",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "password",
            kind: "secret",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["CAPABILITY"],
    then: ::core::option::Option::Some(::imap_client::__private::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::Some("LOGINDISABLED"),
    exchange: ::core::option::Option::None,
    doc: "Logs in with a user name and a password (RFC 3501 6.2.3).",
};
///Table line of `SELECT`.
pub static SELECT: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SELECT",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "parameters",
            kind: "raw",
            cardinality: ::imap_client::__private::Cardinality::Optional,
        },
    ],
    untagged: &[
        "FLAGS",
        "EXISTS",
        "RECENT",
        "OK[UNSEEN]",
        "OK[PERMANENTFLAGS]",
        "OK[UIDNEXT]",
        "OK[UIDVALIDITY]",
        "OK[HIGHESTMODSEQ]",
        "OK[NOMODSEQ]",
        "OK[CLOSED]",
        "VANISHED",
        "FETCH",
    ],
    then: ::core::option::Option::Some(::imap_client::__private::State::Selected),
    fail: ::core::option::Option::Some(::imap_client::__private::State::Authenticated),
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Selects a mailbox read-write; parameters such as (CONDSTORE) go verbatim (RFC 3501 6.3.1, RFC 7162).",
};
///Table line of `EXAMINE`.
pub static EXAMINE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "EXAMINE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "parameters",
            kind: "raw",
            cardinality: ::imap_client::__private::Cardinality::Optional,
        },
    ],
    untagged: &[
        "FLAGS",
        "EXISTS",
        "RECENT",
        "OK[UNSEEN]",
        "OK[PERMANENTFLAGS]",
        "OK[UIDNEXT]",
        "OK[UIDVALIDITY]",
        "OK[HIGHESTMODSEQ]",
        "OK[NOMODSEQ]",
        "OK[CLOSED]",
        "VANISHED",
        "FETCH",
    ],
    then: ::core::option::Option::Some(::imap_client::__private::State::Selected),
    fail: ::core::option::Option::Some(::imap_client::__private::State::Authenticated),
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Selects a mailbox read-only (RFC 3501 6.3.2).",
};
///Table line of `CREATE`.
pub static CREATE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "CREATE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "parameters",
            kind: "raw",
            cardinality: ::imap_client::__private::Cardinality::Optional,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Creates a mailbox; parameters such as (USE (\\Drafts)) go verbatim (RFC 3501 6.3.3, RFC 6154).",
};
///Table line of `DELETE`.
pub static DELETE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "DELETE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Deletes a mailbox (RFC 3501 6.3.4).",
};
///Table line of `RENAME`.
pub static RENAME: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "RENAME",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "from",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "to",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Renames a mailbox (RFC 3501 6.3.5).",
};
///Table line of `SUBSCRIBE`.
pub static SUBSCRIBE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SUBSCRIBE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Adds a mailbox to the subscription list (RFC 3501 6.3.6).",
};
///Table line of `UNSUBSCRIBE`.
pub static UNSUBSCRIBE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UNSUBSCRIBE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Removes a mailbox from the subscription list (RFC 3501 6.3.7).",
};
///Table line of `LIST`.
pub static LIST: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "LIST",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "reference",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "pattern",
            kind: "list-mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::Some("RETURN"),
            name: "return_options",
            kind: "raw",
            cardinality: ::imap_client::__private::Cardinality::Optional,
        },
    ],
    untagged: &["LIST", "STATUS"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Lists mailboxes matching a pattern; % and * are wildcards (RFC 3501 6.3.8, RFC 5258).",
};
///Table line of `LSUB`.
pub static LSUB: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "LSUB",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "reference",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "pattern",
            kind: "list-mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["LSUB"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Lists subscribed mailboxes matching a pattern (RFC 3501 6.3.9).",
};
///Table line of `STATUS`.
pub static STATUS: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "STATUS",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "items",
            kind: "status-items",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["STATUS"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for a mailbox's status without selecting it (RFC 3501 6.3.10).",
};
///Table line of `APPEND`.
pub static APPEND: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "APPEND",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "messages",
            kind: "append-message",
            cardinality: ::imap_client::__private::Cardinality::OneOrMore,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Appends messages (flags, date, literal) to a mailbox; several need MULTIAPPEND (RFC 3501 6.3.11, RFC 3502).",
};
///Table line of `NAMESPACE`.
pub static NAMESPACE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "NAMESPACE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[],
    untagged: &["NAMESPACE"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("NAMESPACE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for the personal, other users' and shared namespaces (RFC 2342 5).",
};
///Table line of `ENABLE`.
pub static ENABLE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "ENABLE",
    states: &[::imap_client::__private::State::Authenticated],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "capabilities",
            kind: "atom",
            cardinality: ::imap_client::__private::Cardinality::OneOrMore,
        },
    ],
    untagged: &["ENABLED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ENABLE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Enables extensions such as CONDSTORE or UTF8=ACCEPT (RFC 5161 3.1).",
};
///Table line of `GETACL`.
pub static GETACL: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "GETACL",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["ACL"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ACL"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for a mailbox's access control list (RFC 4314 3.3).",
};
///Table line of `SETACL`.
pub static SETACL: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SETACL",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "identifier",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "rights",
            kind: "acl-rights",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ACL"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Sets (or with +/- changes) an identifier's rights on a mailbox (RFC 4314 3.1).",
};
///Table line of `DELETEACL`.
pub static DELETEACL: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "DELETEACL",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "identifier",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ACL"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Removes an identifier from a mailbox's access control list (RFC 4314 3.2).",
};
///Table line of `LISTRIGHTS`.
pub static LISTRIGHTS: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "LISTRIGHTS",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "identifier",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["LISTRIGHTS"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ACL"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks which rights may be granted to an identifier (RFC 4314 3.4).",
};
///Table line of `MYRIGHTS`.
pub static MYRIGHTS: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "MYRIGHTS",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["MYRIGHTS"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ACL"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for the current user's rights on a mailbox (RFC 4314 3.5).",
};
///Table line of `GETQUOTA`.
pub static GETQUOTA: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "GETQUOTA",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "root",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["QUOTA"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("QUOTA"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for a quota root's usage and limits (RFC 2087 4.2, RFC 9208 4.2).",
};
///Table line of `SETQUOTA`.
pub static SETQUOTA: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SETQUOTA",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "root",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "limits",
            kind: "quota-limits",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["QUOTA"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("QUOTA"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Sets a quota root's resource limits (RFC 2087 4.1, RFC 9208 4.1).",
};
///Table line of `GETQUOTAROOT`.
pub static GETQUOTAROOT: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "GETQUOTAROOT",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["QUOTAROOT", "QUOTA"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("QUOTA"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for a mailbox's quota roots and their quotas (RFC 2087 4.3, RFC 9208 4.3).",
};
///Table line of `GETANNOTATION`.
pub static GETANNOTATION: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "GETANNOTATION",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "entries",
            kind: "string-list",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "attributes",
            kind: "string-list",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["ANNOTATION"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ANNOTATEMORE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Reads mailbox annotations (Cyrus, draft-daboo-imap-annotatemore-07 section 6.1).",
};
///Table line of `SETANNOTATION`.
pub static SETANNOTATION: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SETANNOTATION",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "entry",
            kind: "string",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "attributes",
            kind: "string-pairs",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["ANNOTATION"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("ANNOTATEMORE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Writes mailbox annotations; a NIL value removes one (Cyrus, draft-daboo-imap-annotatemore-07 section 6.2).",
};
///Table line of `GETMETADATA`.
pub static GETMETADATA: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "GETMETADATA",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "entries",
            kind: "astring-list",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["METADATA"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("METADATA"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Reads mailbox or (with an empty mailbox name) server metadata (RFC 5464 4.2).",
};
///Table line of `SETMETADATA`.
pub static SETMETADATA: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SETMETADATA",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "entries",
            kind: "pairs",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("METADATA"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Writes metadata; a NIL value removes an entry (RFC 5464 4.3).",
};
///Table line of `PROXYAUTH`.
pub static PROXYAUTH: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "PROXYAUTH",
    states: &[::imap_client::__private::State::Authenticated],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "user",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Acts as another user; for administrators (Cyrus extension, as imaplib's proxyauth).",
};
///Table line of `IDLE`.
pub static IDLE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "IDLE",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[],
    untagged: &["EXISTS", "RECENT", "EXPUNGE", "FETCH", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("IDLE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::__private::Exchange::Idle),
    doc: "Waits for mailbox updates pushed by the server until DONE is sent (RFC 2177).",
};
///Table line of `COMPRESS`.
pub static COMPRESS: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "COMPRESS",
    states: &[
        ::imap_client::__private::State::Authenticated,
        ::imap_client::__private::State::Selected,
    ],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "algorithm",
            kind: "atom",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("COMPRESS=DEFLATE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::Some(::imap_client::__private::Exchange::Compress),
    doc: "Compresses the connection with DEFLATE in both directions from the tagged OK on; once per connection (RFC 4978 3).",
};
///Table line of `CHECK`.
pub static CHECK: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "CHECK",
    states: &[::imap_client::__private::State::Selected],
    args: &[],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Asks for a checkpoint of the selected mailbox (RFC 3501 6.4.1).",
};
///Table line of `CLOSE`.
pub static CLOSE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "CLOSE",
    states: &[::imap_client::__private::State::Selected],
    args: &[],
    untagged: &[],
    then: ::core::option::Option::Some(::imap_client::__private::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Expunges deleted messages silently and deselects the mailbox (RFC 3501 6.4.2).",
};
///Table line of `UNSELECT`.
pub static UNSELECT: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UNSELECT",
    states: &[::imap_client::__private::State::Selected],
    args: &[],
    untagged: &[],
    then: ::core::option::Option::Some(::imap_client::__private::State::Authenticated),
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("UNSELECT"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Deselects the mailbox without expunging (RFC 3691).",
};
///Table line of `EXPUNGE`.
pub static EXPUNGE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "EXPUNGE",
    states: &[::imap_client::__private::State::Selected],
    args: &[],
    untagged: &["EXPUNGE", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Removes messages marked \\Deleted (RFC 3501 6.4.3).",
};
///Table line of `SEARCH`.
pub static SEARCH: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SEARCH",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "criteria",
            kind: "search",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["SEARCH", "ESEARCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Finds messages matching a search program; strings outside ASCII add CHARSET UTF-8 (RFC 3501 6.4.4, RFC 4731).",
};
///Table line of `FETCH`.
pub static FETCH: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "FETCH",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "items",
            kind: "fetch-items",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["FETCH", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Retrieves message data (RFC 3501 6.4.5, RFC 7162).",
};
///Table line of `STORE`.
pub static STORE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "STORE",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "action",
            kind: "store-action",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["FETCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Changes message flags (RFC 3501 6.4.6, RFC 7162 UNCHANGEDSINCE).",
};
///Table line of `COPY`.
pub static COPY: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "COPY",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Copies messages to another mailbox; the tagged OK may carry COPYUID (RFC 3501 6.4.7, RFC 4315).",
};
///Table line of `MOVE`.
pub static MOVE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "MOVE",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["OK[COPYUID]", "EXPUNGE", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("MOVE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Moves messages to another mailbox (RFC 6851 3.1).",
};
///Table line of `SORT`.
pub static SORT: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "SORT",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "criteria",
            kind: "sort-criteria",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "charset",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "keys",
            kind: "search-keys",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["SORT", "ESEARCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("SORT"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Searches and returns the matches in sort order (RFC 5256 3).",
};
///Table line of `THREAD`.
pub static THREAD: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "THREAD",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "algorithm",
            kind: "atom",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "charset",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "keys",
            kind: "search-keys",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["THREAD"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Searches and returns the matches as threads; the server advertises THREAD=<algorithm> (RFC 5256 3).",
};
///Table line of `PARTIAL`.
pub static PARTIAL: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "PARTIAL",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "message",
            kind: "number",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "item",
            kind: "raw",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "start",
            kind: "number",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "length",
            kind: "number",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["FETCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Obsolete (RFC 1730 6.4.6; gone from RFC 2060 on): modern servers answer BAD. Use FETCH with BODY.PEEK[]<start.length> instead (FetchItems::partial).",
};
///Table line of `UID FETCH`.
pub static UID_FETCH: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID FETCH",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "items",
            kind: "fetch-items",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["FETCH", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "FETCH by UID; UID is always returned (RFC 3501 6.4.8).",
};
///Table line of `UID SEARCH`.
pub static UID_SEARCH: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID SEARCH",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "criteria",
            kind: "search",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["SEARCH", "ESEARCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "SEARCH returning UIDs (RFC 3501 6.4.8).",
};
///Table line of `UID STORE`.
pub static UID_STORE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID STORE",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "action",
            kind: "store-action",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["FETCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "STORE by UID (RFC 3501 6.4.8).",
};
///Table line of `UID COPY`.
pub static UID_COPY: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID COPY",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &[],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "COPY by UID (RFC 3501 6.4.8, RFC 4315).",
};
///Table line of `UID MOVE`.
pub static UID_MOVE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID MOVE",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "mailbox",
            kind: "mailbox",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["OK[COPYUID]", "EXPUNGE", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("MOVE"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "MOVE by UID (RFC 6851 3.2).",
};
///Table line of `UID EXPUNGE`.
pub static UID_EXPUNGE: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID EXPUNGE",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "set",
            kind: "sequence-set",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["EXPUNGE", "VANISHED"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("UIDPLUS"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "Expunges only the given UIDs among the \\Deleted messages (RFC 4315 2.1).",
};
///Table line of `UID SORT`.
pub static UID_SORT: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID SORT",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "criteria",
            kind: "sort-criteria",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "charset",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "keys",
            kind: "search-keys",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["SORT", "ESEARCH"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::Some("SORT"),
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "SORT returning UIDs (RFC 5256 3).",
};
///Table line of `UID THREAD`.
pub static UID_THREAD: ::imap_client::__private::CommandDef = ::imap_client::__private::CommandDef {
    name: "UID THREAD",
    states: &[::imap_client::__private::State::Selected],
    args: &[
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "algorithm",
            kind: "atom",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "charset",
            kind: "astring",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
        ::imap_client::__private::ArgDef {
            keyword: ::core::option::Option::None,
            name: "keys",
            kind: "search-keys",
            cardinality: ::imap_client::__private::Cardinality::One,
        },
    ],
    untagged: &["THREAD"],
    then: ::core::option::Option::None,
    fail: ::core::option::Option::None,
    needs: ::core::option::Option::None,
    forbidden_by: ::core::option::Option::None,
    exchange: ::core::option::Option::None,
    doc: "THREAD returning UIDs (RFC 5256 3).",
};
///Every command descriptor of the table behind [`Commands`], in table order.
pub static COMMANDS_TABLE: &[&::imap_client::__private::CommandDef] = &[
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
    &PROXYAUTH,
    &IDLE,
    &COMPRESS,
    &CHECK,
    &CLOSE,
    &UNSELECT,
    &EXPUNGE,
    &SEARCH,
    &FETCH,
    &STORE,
    &COPY,
    &MOVE,
    &SORT,
    &THREAD,
    &PARTIAL,
    &UID_FETCH,
    &UID_SEARCH,
    &UID_STORE,
    &UID_COPY,
    &UID_MOVE,
    &UID_EXPUNGE,
    &UID_SORT,
    &UID_THREAD,
];
