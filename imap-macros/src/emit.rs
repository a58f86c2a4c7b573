//! Stage 3: code from the validated model. Nothing here reads TOML or validates.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

use imapkit_table::model::{self, TableError};
use imapkit_table::{ArgDef, Cardinality, Claim, CommandDef, State, Table};

/// `command_table!(TraitName, "path.toml")` or `command_table!(TraitName, inline = "...")`,
/// optionally followed by `build = module_name` (default `build`).
struct Input {
    trait_name: Ident,
    source: Source,
    build: Ident,
}

enum Source {
    File(LitStr),
    Inline(LitStr),
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Input> {
        let trait_name: Ident = input.parse()?;
        input.parse::<Token![,]>()?;
        let source = if input.peek(Ident) {
            let key: Ident = input.parse()?;
            if key != "inline" {
                return Err(syn::Error::new(key.span(), "expected a path string or `inline = \"...\"`"));
            }
            input.parse::<Token![=]>()?;
            Source::Inline(input.parse()?)
        } else {
            Source::File(input.parse()?)
        };
        let mut build = format_ident!("build");
        if input.parse::<Option<Token![,]>>()?.is_some() && input.peek(Ident) {
            let key: Ident = input.parse()?;
            if key != "build" {
                return Err(syn::Error::new(key.span(), "expected `build = module_name`"));
            }
            input.parse::<Token![=]>()?;
            build = input.parse()?;
            input.parse::<Option<Token![,]>>()?;
        }
        Ok(Input { trait_name, source, build })
    }
}

/// Expands one invocation; errors become `compile_error!`s.
pub fn expand(input: TokenStream) -> TokenStream {
    let input: Input = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let (literal, display_name, text, tracked) = match &input.source {
        Source::Inline(literal) => (literal, "<inline table>".to_owned(), literal.value(), None),
        Source::File(literal) => {
            let base = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
            let path = base.join(literal.value());
            match std::fs::read_to_string(&path) {
                Ok(text) => (literal, literal.value(), text, Some(path)),
                Err(error) => {
                    let message = format!(
                        "cannot read command table {:?} (paths are relative to the invoking crate's Cargo.toml): {error}",
                        literal.value()
                    );
                    return syn::Error::new(literal.span(), message).to_compile_error();
                }
            }
        }
    };
    let tracking = tracked.map(|path| {
        let path = path.to_string_lossy().into_owned();
        // Makes cargo rebuild the invoking crate when the table changes.
        quote! { const _: &str = ::core::include_str!(#path); }
    });
    let (table, errors) = model::load(&text);
    let errors = errors.iter().map(|e| located_error(e, &display_name, &text, literal.span()).to_compile_error());
    // Table examples become doctests, which name the trait from outside the crate.
    let doc_crate = std::env::var("CARGO_CRATE_NAME").ok();
    let code = generate(
        &input.trait_name,
        &input.build,
        &table,
        quote!(::imapkit),
        doc_crate.as_deref(),
        cfg!(feature = "serde"),
    );
    quote! { #tracking #(#errors)* #code }
}

/// The error as a compile error on `span`, with the table location in its message.
fn located_error(error: &TableError, file: &str, text: &str, span: Span) -> syn::Error {
    syn::Error::new(span, error.located(file, text))
}

/// The generated items for a table, with `krate` as the path of the client crate (whose
/// public modules the generated signatures name).
///
/// `doc_crate` is the name of the crate the trait is defined in, for the table's examples:
/// each becomes a doctest that imports the trait from that crate's root (`None` shows the
/// examples without compiling them). `serde` derives `Serialize` on the result structs,
/// through the client crate's re-export (`imapkit` with its `serde` feature).
pub fn generate(
    trait_name: &Ident,
    build: &Ident,
    table: &Table,
    krate: TokenStream,
    doc_crate: Option<&str>,
    serde: bool,
) -> TokenStream {
    let p = krate;
    let methods = table.commands.iter().map(|c| method(trait_name, build, c, &p, doc_crate));
    let async_trait = format_ident!("Async{}", trait_name);
    let async_methods = table.commands.iter().map(|c| async_method(trait_name, build, c, &p));
    let builders = table.commands.iter().map(|c| builder(trait_name, c, &p));
    let structs = table.commands.iter().map(|c| response_struct(trait_name, c, &p, serde));
    let defs = table.commands.iter().map(|c| descriptor(c, &p));
    let def_names = table.commands.iter().map(def_ident);
    let table_name = format_ident!("{}_TABLE", upper_snake(&trait_name.to_string()));
    let trait_doc = format!(
        "Typed IMAP commands generated from a command table, one method per table line.\n\n\
         Implemented for every [`Execute`]({p}::Execute) (the blocking client, the golden-test recorder, ...). \
         Each method builds its command with the function of the same name in [`{build}`] and \
         turns the completed command into its result type.",
        p = p.to_string().replace(' ', "")
    );
    let build_doc = format!(
        "The build step of every [`{trait_name}`] method: typed arguments to a [`Request`]({p}::Request), \
         checked and encoded, nothing sent. Send it with a client's `send` (pipelining) or `run`.",
        p = p.to_string().replace(' ', "")
    );
    let table_doc = format!("Every command descriptor of the table behind [`{trait_name}`], in table order.");
    let async_doc = format!(
        "The async counterpart of [`{trait_name}`]: the same methods, arguments and result types, \
         each resolving once the command completed. Implemented for every \
         [`AsyncExecute`]({p}::AsyncExecute) (the tokio client). The arguments are encoded before \
         the first `.await`, so a bad argument fails without touching the connection.",
        p = p.to_string().replace(' ', "")
    );
    quote! {
        #[doc = #trait_doc]
        pub trait #trait_name: #p::Execute {
            #(#methods)*
        }

        impl<E: #p::Execute + ?::core::marker::Sized> #trait_name for E {}

        #[doc = #async_doc]
        pub trait #async_trait: #p::AsyncExecute {
            #(#async_methods)*
        }

        impl<E: #p::AsyncExecute + ?::core::marker::Sized> #async_trait for E {}

        #[doc = #build_doc]
        pub mod #build {
            #(#builders)*
        }

        #(#structs)*
        #(#defs)*

        #[doc = #table_doc]
        pub static #table_name: &[&#p::command::CommandDef] = &[#(&#def_names),*];
    }
}

fn upper_snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, ch) in camel.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}

fn def_ident(command: &CommandDef) -> Ident {
    format_ident!("{}", command.descriptor_static())
}

fn response_ident(command: &CommandDef) -> Ident {
    format_ident!("{}", command.response_struct())
}

/// A type written in a kind's row, with `crate::` made the client crate's path.
fn row_type(text: &str, p: &TokenStream) -> TokenStream {
    let text = text.replace("crate::", &format!("{p}::"));
    text.parse().expect("the types in imapkit-table's kind rows are valid Rust")
}

fn kind_marker(arg: &ArgDef, p: &TokenStream) -> TokenStream {
    let marker = format_ident!("{}", arg.kind.marker());
    quote!(#p::encode::kinds::#marker)
}

/// The parameters of a command's method and build function, and the statements encoding them.
fn params_and_encoding(command: &CommandDef, p: &TokenStream) -> (Vec<TokenStream>, Vec<Ident>, Vec<TokenStream>) {
    let mut params = Vec::new();
    let mut names = Vec::new();
    let mut encode = Vec::new();
    for arg in command.args.iter() {
        let arg_name = format_ident!("{}", arg.name);
        let marker = kind_marker(arg, p);
        let keyword = arg.keyword.as_deref().map(|k| quote!(__command.keyword(#k);));
        let label = arg.name.as_ref();
        names.push(arg_name.clone());
        match arg.cardinality {
            Cardinality::One => {
                params.push(quote!(#arg_name: impl #p::encode::Arg<#marker>));
                encode.push(quote! { #keyword __command.arg::<#marker>(#label, #arg_name)?; });
            }
            Cardinality::Optional => {
                let ty = row_type(arg.kind.optional_type(), p);
                params.push(quote!(#arg_name: ::core::option::Option<#ty>));
                encode.push(quote! {
                    if let ::core::option::Option::Some(__value) = #arg_name {
                        #keyword
                        __command.arg::<#marker>(#label, __value)?;
                    }
                });
            }
            Cardinality::ZeroOrMore | Cardinality::OneOrMore => {
                let at_least = usize::from(arg.cardinality == Cardinality::OneOrMore);
                params.push(quote!(#arg_name: impl ::core::iter::IntoIterator<Item = impl #p::encode::Arg<#marker>>));
                encode.push(quote! { #keyword __command.repeated::<#marker, _>(#label, #arg_name, #at_least)?; });
            }
        }
    }
    (params, names, encode)
}

fn builder(trait_name: &Ident, command: &CommandDef, p: &TokenStream) -> TokenStream {
    let name = format_ident!("{}", command.method);
    let def = def_ident(command);
    let response = response_ident(command);
    let (params, _, encode) = params_and_encoding(command, p);
    let doc = format!(
        "Builds `{}` for [`{trait_name}::{}`](super::{trait_name}::{}): checks and encodes the arguments; \
         nothing is sent.\n\n{}",
        command.name, command.method, command.method, command.doc
    );
    // `mut` only where the binding is mutated, so generated code is warning-free.
    let command_mut = (!command.args.is_empty()).then(|| quote!(mut));
    quote! {
        #[doc = #doc]
        // One parameter per table argument: the wire form decides the count.
        #[allow(clippy::too_many_arguments)]
        pub fn #name(#(#params),*) -> ::core::result::Result<#p::Request<super::#response>, #p::Error> {
            let #command_mut __command = #p::encode::CommandBuilder::new(&super::#def);
            #(#encode)*
            ::core::result::Result::Ok(#p::Request::new(__command.finish()))
        }
    }
}

/// For a line whose exchange answers continuations (SASL, IDLE): the `handler` parameter (of
/// type `&mut #handler_type`) pushed onto `params`; the expression passing it on.
fn handler_param(command: &CommandDef, params: &mut Vec<TokenStream>, handler_type: TokenStream) -> TokenStream {
    match command.exchange {
        Some(exchange) if exchange.takes_handler() => {
            params.push(quote!(handler: &mut #handler_type));
            quote!(::core::option::Option::Some(handler))
        }
        _ => quote!(::core::option::Option::None),
    }
}

fn method(
    trait_name: &Ident,
    build: &Ident,
    command: &CommandDef,
    p: &TokenStream,
    doc_crate: Option<&str>,
) -> TokenStream {
    let name = format_ident!("{}", command.method);
    let response = response_ident(command);
    let (mut params, names, _) = params_and_encoding(command, p);
    let handler = handler_param(command, &mut params, quote!(dyn #p::ExchangeHandler));
    let mut doc = method_doc(command, p);
    if let Some(example) = &command.example {
        doc.push_str(&example_doc(trait_name, example, doc_crate));
    }
    quote! {
        #[doc = #doc]
        #[allow(clippy::too_many_arguments)]
        fn #name(&mut self, #(#params),*) -> ::core::result::Result<#response, #p::Error> {
            let __request = #build::#name(#(#names),*)?;
            self.execute(__request.into_command(), #handler).map(#response::from)
        }
    }
}

fn async_method(trait_name: &Ident, build: &Ident, command: &CommandDef, p: &TokenStream) -> TokenStream {
    let name = format_ident!("{}", command.method);
    let response = response_ident(command);
    let (mut params, names, _) = params_and_encoding(command, p);
    let handler = handler_param(command, &mut params, quote!((dyn #p::ExchangeHandler + ::core::marker::Send)));
    let mut doc = method_doc(command, p);
    if command.example.is_some() {
        doc.push_str(&format!(
            "\n\nExample: [`{trait_name}::{}`](super::{trait_name}::{}), the same call with `.await`.",
            command.method, command.method
        ));
    }
    quote! {
        #[doc = #doc]
        #[allow(clippy::too_many_arguments)]
        fn #name(
            &mut self,
            #(#params),*
        ) -> impl ::core::future::Future<Output = ::core::result::Result<#response, #p::Error>> + ::core::marker::Send {
            // Built before the future, so the arguments need not be `Send`.
            let __request = #build::#name(#(#names),*);
            async move {
                let __command = __request?.into_command();
                #p::AsyncExecute::execute(self, __command, #handler).await.map(#response::from)
            }
        }
    }
}

/// The types a table example may name without importing them, besides `client`.
const EXAMPLE_IMPORTS: &str = "AppendMessage, FetchItems, Flag, IdParams, InternalDate, ListReturn, \
    ListSelection, SearchKey, SearchProgram, SearchReturn, SelectParams, SequenceSet, SortField, SortKey, StatusItem, \
    StoreAction, StoreMode";

/// A table example as a `no_run` doctest (or a plain code block when the trait's crate is
/// unknown): the statements run with `client: &mut imapkit::Client` and `?` returning
/// `imapkit::Error`.
fn example_doc(trait_name: &Ident, example: &str, doc_crate: Option<&str>) -> String {
    let body: String = example.lines().map(|line| format!("{line}\n")).collect();
    let Some(krate) = doc_crate else {
        return format!("\n\n# Example\n\n```ignore\n{body}```");
    };
    format!(
        "\n\n# Example\n\n```no_run\n# use {krate}::{trait_name};\n# #[allow(unused_imports)]\n\
         # use imapkit::{{{EXAMPLE_IMPORTS}}};\n\
         # fn example(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {{\n\
         {body}# Ok(())\n# }}\n```"
    )
}

fn method_doc(command: &CommandDef, p: &TokenStream) -> String {
    let mut wire = command.name.to_string();
    for arg in command.args.iter() {
        let keyword = arg.keyword.as_ref().map(|k| format!("{k} ")).unwrap_or_default();
        let (open, close, repeat) = match arg.cardinality {
            Cardinality::One => ("", "", ""),
            Cardinality::Optional => ("[", "]", ""),
            Cardinality::ZeroOrMore => ("[", "]", " ..."),
            Cardinality::OneOrMore => ("", "", " ..."),
        };
        wire.push_str(&format!(" {open}{keyword}<{}:{}>{repeat}{close}", arg.name, arg.kind.name()));
    }
    let states: Vec<String> = command.states.iter().map(ToString::to_string).collect();
    let mut doc = format!("{}\n\nWire form: `{wire}`.\n\nAllowed in: {}.", command.doc, states.join(", "));
    if let Some(needs) = &command.needs {
        doc.push_str(&format!(" Needs capability `{needs}`."));
    }
    if let Some(needs) = &command.several_need {
        doc.push_str(&format!(" More than one value of the repeated argument needs capability `{needs}`."));
    }
    if let Some(forbidden_by) = &command.forbidden_by {
        doc.push_str(&format!(" Refused when the server advertises `{forbidden_by}`."));
    }
    if let Some(extension) = &command.forbidden_when_enabled {
        doc.push_str(&format!(" Refused once `{extension}` is enabled."));
    }
    if let Some(revision) = command.removed_in {
        doc.push_str(&format!(" Removed in {revision}: refused once the session follows its rules."));
    }
    if let Some(exchange) = command.exchange {
        doc.push_str(&format!(" The session runs its `{}` exchange.", exchange.table_name()));
    }
    if !command.args.is_empty() {
        let root = p.to_string().replace(' ', "").trim_start_matches("::").to_owned();
        doc.push_str("\n\n# Arguments\n");
        for arg in command.args.iter() {
            let marker = arg.kind.marker();
            let optional = match arg.cardinality {
                Cardinality::One => String::new(),
                Cardinality::Optional => {
                    format!(" Optional: `None` or `Some({})`.", arg.kind.optional_type().replace("crate::", ""))
                }
                Cardinality::ZeroOrMore => " Any number of values (an iterator).".to_owned(),
                Cardinality::OneOrMore => " One or more values (an iterator).".to_owned(),
            };
            doc.push_str(&format!(
                "\n- `{}`: {} Accepts what implements [`Arg`]({root}::encode::Arg#implementors)`<`[`{marker}`]({root}::encode::kinds::{marker})`>`.{optional}",
                arg.name,
                arg.kind.summary()
            ));
        }
    }
    doc
}

fn response_struct(trait_name: &Ident, command: &CommandDef, p: &TokenStream, serde: bool) -> TokenStream {
    let response = response_ident(command);
    let method = &command.method;
    let doc = format!(
        "Result of [`{trait_name}::{method}`] (`{}`): the untagged data it collects and the tagged OK.",
        command.name
    );
    let mut fields = Vec::new();
    let mut takes = Vec::new();
    for claim in command.untagged.iter() {
        let name = format_ident!("{}", claim.field());
        match claim {
            Claim::Known(kind) => {
                let marker = format_ident!("{}", kind.marker());
                let ty = row_type(kind.output_type(), p);
                let doc = format!("Collected from untagged `{}` responses.", kind.name());
                fields.push(quote! { #[doc = #doc] pub #name: #ty });
                takes.push(quote! { let #name = __claims.take::<#p::extract::untagged::#marker>(); });
            }
            Claim::Site { name: wire, .. } => {
                let wire = wire.as_ref();
                let doc = format!("Untagged `{wire}` responses, as generic values (a site-specific kind).");
                fields.push(quote! { #[doc = #doc] pub #name: ::std::vec::Vec<#p::extract::GenericResponse> });
                takes.push(quote! { let #name = __claims.take_generic(#wire); });
            }
        }
    }
    let claims_mut = (!command.untagged.is_empty()).then(|| quote!(mut));
    let names: Vec<Ident> = command.untagged.iter().map(|claim| format_ident!("{}", claim.field())).collect();
    let serialize = serde.then(|| {
        let krate = format!("{}::__private::serde", p.to_string().replace(' ', ""));
        quote! {
            #[derive(#p::__private::serde::Serialize)]
            #[serde(crate = #krate)]
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        #serialize
        pub struct #response {
            #(#fields,)*
            /// The tagged OK: its response code (if any) and text.
            pub tagged: #p::types::Status,
            /// Untagged responses the command claimed by kind but no field consumed (normally empty).
            pub unclaimed: ::std::vec::Vec<#p::types::Untagged>,
            /// Responses that arrived while the command ran, most likely for it, that did not
            /// parse: what was wrong and their bytes (normally empty; never dropped silently).
            pub unparsed: ::std::vec::Vec<#p::types::Unparsed>,
        }

        impl ::core::convert::From<#p::Completed> for #response {
            fn from(done: #p::Completed) -> Self {
                let #claims_mut __claims = done.into_claims();
                #(#takes)*
                let (tagged, unclaimed, unparsed) = __claims.finish();
                #response { #(#names,)* tagged, unclaimed, unparsed }
            }
        }
    }
}

fn cow(text: &str) -> TokenStream {
    quote!(::std::borrow::Cow::Borrowed(#text))
}

fn optional_cow(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) => {
            let cow = cow(text);
            quote!(::core::option::Option::Some(#cow))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn descriptor(command: &CommandDef, p: &TokenStream) -> TokenStream {
    let c = quote!(#p::command);
    let ident = def_ident(command);
    let name = cow(&command.name);
    let method = cow(&command.method);
    let doc_text = cow(&command.doc);
    let states = command.states.iter().map(|s| {
        let v = format_ident!("{}", s.variant());
        quote!(#c::State::#v)
    });
    let args = command.args.iter().map(|a| {
        let keyword = optional_cow(a.keyword.as_deref());
        let name = cow(&a.name);
        let kind = format_ident!("{}", a.kind.marker());
        let cardinality = format_ident!("{}", a.cardinality.variant());
        quote!(#c::ArgDef { keyword: #keyword, name: #name, kind: #c::ArgKind::#kind, cardinality: #c::Cardinality::#cardinality })
    });
    let untagged = command.untagged.iter().map(|claim| match claim {
        Claim::Known(kind) => {
            let v = format_ident!("{}", kind.marker());
            quote!(#c::Claim::Known(#c::UntaggedKind::#v))
        }
        Claim::Site { name, field } => {
            let name = cow(name);
            let field = cow(field);
            quote!(#c::Claim::Site { name: #name, field: #field })
        }
    });
    let state = |s: Option<State>| match s {
        Some(s) => {
            let v = format_ident!("{}", s.variant());
            quote!(::core::option::Option::Some(#c::State::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let then = state(command.then);
    let fail = state(command.fail);
    let needs = optional_cow(command.needs.as_deref());
    let several_need = optional_cow(command.several_need.as_deref());
    let forbidden_by = optional_cow(command.forbidden_by.as_deref());
    let forbidden_when_enabled = optional_cow(command.forbidden_when_enabled.as_deref());
    let example = optional_cow(command.example.as_deref());
    let removed_in = match command.removed_in {
        Some(p) => {
            let v = format_ident!("{}", p.variant());
            quote!(::core::option::Option::Some(#c::Protocol::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let exchange = match command.exchange {
        Some(e) => {
            let v = format_ident!("{}", e.variant());
            quote!(::core::option::Option::Some(#c::Exchange::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let doc = format!("Table line of `{}`.", command.name);
    quote! {
        #[doc = #doc]
        pub static #ident: #c::CommandDef = #c::CommandDef {
            name: #name,
            method: #method,
            states: ::std::borrow::Cow::Borrowed(&[#(#states),*]),
            args: ::std::borrow::Cow::Borrowed(&[#(#args),*]),
            untagged: ::std::borrow::Cow::Borrowed(&[#(#untagged),*]),
            then: #then,
            fail: #fail,
            needs: #needs,
            several_need: #several_need,
            forbidden_by: #forbidden_by,
            removed_in: #removed_in,
            forbidden_when_enabled: #forbidden_when_enabled,
            exchange: #exchange,
            doc: #doc_text,
            example: #example,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The expansion of `spec/commands.toml`, formatted, is committed in
    /// `imap-macros/tests/expand/commands.rs` so that every change to the generated API is a
    /// reviewed diff. `UPDATE_EXPECT=1 cargo test -p imapkit-macros` rewrites it.
    #[test]
    fn expansion_of_the_real_table_is_committed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("../spec/commands.toml")).unwrap();
        let (table, errors) = model::load(&text);
        assert!(errors.is_empty(), "{errors:?}");
        let tokens = generate(
            &format_ident!("Commands"),
            &format_ident!("build"),
            &table,
            quote!(::imapkit),
            Some("imapkit"),
            false,
        );
        let file: syn::File = syn::parse2(tokens).expect("the expansion is valid Rust");
        let expanded = format!(
            "// @generated from spec/commands.toml by imapkit-macros; do not edit.\n\
             // Regenerate: UPDATE_EXPECT=1 cargo test -p imapkit-macros\n\n{}",
            prettyplease::unparse(&file)
        );
        let path = root.join("tests/expand/commands.rs");
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&path, &expanded).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == expanded,
            "{} is stale: run `UPDATE_EXPECT=1 cargo test -p imapkit-macros` and review the diff",
            path.display()
        );
    }

    /// A table named by path is tracked with `include_str!`, so cargo rebuilds the invoking
    /// crate when the table changes.
    #[test]
    fn a_table_file_is_tracked_for_rebuilds() {
        let tokens = expand(quote!(Commands, "../spec/commands.toml")).to_string();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/commands.toml");
        assert!(tokens.contains("include_str"), "{}", &tokens[..200]);
        assert!(tokens.contains(&format!("{:?}", path.to_string_lossy())), "tracks the absolute path");
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let text = "[commands]\nXA = { states = \"A\", doc = \"d\" }\nXB = { states = \"Q\", doc = \"d\" }\n";
        let (_, errors) = model::load(text);
        let error = located_error(&errors[0], "spec/site.toml", text, Span::call_site());
        let message = error.to_string();
        assert!(message.starts_with("spec/site.toml:3:17: unknown state `Q`"), "{message}");
        assert!(message.ends_with("  | XB = { states = \"Q\", doc = \"d\" }"), "{message}");
    }
}
