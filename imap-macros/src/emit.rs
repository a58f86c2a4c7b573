//! Stage 3: code from the validated model. Nothing here reads TOML or validates.

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

use imap_table::model::{self, TableError};
use imap_table::{Arg, Cardinality, Command, Table, UntaggedField};

/// `command_table!(TraitName, "path.toml")` or `command_table!(TraitName, inline = "...")`.
struct Input {
    trait_name: Ident,
    source: Source,
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
        input.parse::<Option<Token![,]>>()?;
        Ok(Input { trait_name, source })
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
    let code = generate(&input.trait_name, &table, quote!(::imap_client::__private));
    quote! { #tracking #(#errors)* #code }
}

/// The error as a compile error on `span`, with the table location in its message.
fn located_error(error: &TableError, file: &str, text: &str, span: Span) -> syn::Error {
    syn::Error::new(span, error.located(file, text))
}

/// The generated items for a table, with `krate` as the path of the runtime support module.
pub fn generate(trait_name: &Ident, table: &Table, krate: TokenStream) -> TokenStream {
    let p = krate;
    let methods = table.commands.iter().map(|c| method(trait_name, c, &p));
    let structs = table.commands.iter().map(|c| response_struct(trait_name, c, &p));
    let defs = table.commands.iter().map(|c| descriptor(c, &p));
    let def_names = table.commands.iter().map(def_ident);
    let table_name = format_ident!("{}_TABLE", upper_snake(&trait_name.to_string()));
    let trait_doc = format!(
        "Typed IMAP commands generated from a command table, one method per table line.\n\n\
         Implemented for every [`Execute`]({p}::Execute) (the blocking client, the golden-test recorder, ...).",
        p = p.to_string().replace(' ', "")
    );
    let table_doc = format!("Every command descriptor of the table behind [`{trait_name}`], in table order.");
    quote! {
        #[doc = #trait_doc]
        pub trait #trait_name: #p::Execute {
            #(#methods)*
        }

        impl<E: #p::Execute + ?::core::marker::Sized> #trait_name for E {}

        #(#structs)*
        #(#defs)*

        #[doc = #table_doc]
        pub static #table_name: &[&#p::CommandDef] = &[#(&#def_names),*];
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

fn def_ident(command: &Command) -> Ident {
    format_ident!("{}", command.descriptor_static())
}

fn response_ident(command: &Command) -> Ident {
    format_ident!("{}", command.response_struct())
}

fn kind_marker(arg: &Arg, p: &TokenStream) -> TokenStream {
    let marker = format_ident!("{}", arg.kind.marker);
    quote!(#p::kinds::#marker)
}

fn optional_type(arg: &Arg, p: &TokenStream) -> TokenStream {
    let text = arg.kind.optional_type.replace("__p::", &format!("{p}::"));
    text.parse().expect("optional types in kinds.rs are valid Rust")
}

fn method(trait_name: &Ident, command: &Command, p: &TokenStream) -> TokenStream {
    let name = format_ident!("{}", command.method);
    let def = def_ident(command);
    let response = response_ident(command);
    let mut params = Vec::new();
    let mut encode = Vec::new();
    for arg in &command.args {
        let arg_name = format_ident!("{}", arg.name);
        let marker = kind_marker(arg, p);
        let keyword = arg.keyword.as_ref().map(|k| quote!(__command.keyword(#k);));
        match arg.cardinality {
            Cardinality::One => {
                params.push(quote!(#arg_name: impl #p::Arg<#marker>));
                let label = &arg.name;
                encode.push(quote! { #keyword __command.arg::<#marker>(#label, #arg_name)?; });
            }
            Cardinality::Optional => {
                let label = &arg.name;
                let ty = optional_type(arg, p);
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
                let label = &arg.name;
                params.push(quote!(#arg_name: impl ::core::iter::IntoIterator<Item = impl #p::Arg<#marker>>));
                encode.push(quote! { #keyword __command.repeated::<#marker, _>(#label, #arg_name, #at_least)?; });
            }
        }
    }
    let handler = match command.exchange {
        Some(exchange) if exchange.takes_handler() => {
            params.push(quote!(handler: &mut dyn #p::ExchangeHandler));
            quote!(::core::option::Option::Some(handler))
        }
        _ => quote!(::core::option::Option::None),
    };
    let fields = command.untagged.iter().map(|u| extract_field(u, p));
    let doc = method_doc(trait_name, command);
    // `mut` only where the bindings are mutated, so generated code is warning-free.
    let command_mut = (!command.args.is_empty()).then(|| quote!(mut));
    let done_mut = (!command.untagged.is_empty()).then(|| quote!(mut));
    quote! {
        #[doc = #doc]
        fn #name(&mut self, #(#params),*) -> ::core::result::Result<#response, #p::Error> {
            let #command_mut __command = #p::CommandBuilder::new(&#def);
            #(#encode)*
            let #done_mut __done = self.execute(__command.finish(), #handler)?;
            ::core::result::Result::Ok(#response {
                #(#fields,)*
                tagged: __done.tagged,
                unclaimed: __done.untagged,
                unparsed: __done.unparsed,
            })
        }
    }
}

fn extract_field(field: &UntaggedField, p: &TokenStream) -> TokenStream {
    match field {
        UntaggedField::Known(kind) => {
            let name = format_ident!("{}", kind.field);
            let marker = format_ident!("{}", kind.marker);
            quote!(#name: __done.take::<#p::untagged::#marker>())
        }
        UntaggedField::Generic { name, field } => {
            let ident = format_ident!("{}", field);
            quote!(#ident: __done.take_generic(#name))
        }
    }
}

fn method_doc(trait_name: &Ident, command: &Command) -> String {
    let mut wire = command.wire.clone();
    for arg in &command.args {
        let keyword = arg.keyword.as_ref().map(|k| format!("{k} ")).unwrap_or_default();
        let (open, close, repeat) = match arg.cardinality {
            Cardinality::One => ("", "", ""),
            Cardinality::Optional => ("[", "]", ""),
            Cardinality::ZeroOrMore => ("[", "]", " ..."),
            Cardinality::OneOrMore => ("", "", " ..."),
        };
        wire.push_str(&format!(" {open}{keyword}<{}:{}>{repeat}{close}", arg.name, arg.kind.name));
    }
    let states: Vec<&str> = command
        .states
        .iter()
        .map(|s| match s {
            model::State::NotAuthenticated => "not authenticated",
            model::State::Authenticated => "authenticated",
            model::State::Selected => "selected",
            model::State::Logout => "logout",
        })
        .collect();
    let mut doc = format!("{}\n\nWire form: `{wire}`.\n\nAllowed in: {}.", command.doc, states.join(", "));
    if let Some(needs) = &command.needs {
        doc.push_str(&format!(" Needs capability `{needs}`."));
    }
    if let Some(forbidden_by) = &command.forbidden_by {
        doc.push_str(&format!(" Refused when the server advertises `{forbidden_by}`."));
    }
    if let Some(exchange) = command.exchange {
        doc.push_str(&format!(" Exchange: `{:?}`, handled by hand-written code.", exchange));
    }
    let _ = trait_name;
    doc
}

fn response_struct(trait_name: &Ident, command: &Command, p: &TokenStream) -> TokenStream {
    let response = response_ident(command);
    let method = &command.method;
    let doc = format!(
        "Result of [`{trait_name}::{method}`] (`{}`): the untagged data it collects and the tagged OK.",
        command.wire
    );
    let fields = command.untagged.iter().map(|u| match u {
        UntaggedField::Known(kind) => {
            let name = format_ident!("{}", kind.field);
            let marker = format_ident!("{}", kind.marker);
            let doc = format!("Collected from untagged `{}` responses.", kind.name);
            quote! { #[doc = #doc] pub #name: <#p::untagged::#marker as #p::Extract>::Output }
        }
        UntaggedField::Generic { name, field } => {
            let ident = format_ident!("{}", field);
            let doc = format!("Untagged `{name}` responses, as generic values (a site-specific kind).");
            quote! { #[doc = #doc] pub #ident: ::std::vec::Vec<#p::GenericResponse> }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub struct #response {
            #(#fields,)*
            /// The tagged OK: its response code (if any) and text.
            pub tagged: #p::Status,
            /// Untagged responses the command claimed by kind but no field consumed (normally empty).
            pub unclaimed: ::std::vec::Vec<#p::Untagged>,
            /// Responses that arrived while the command ran, most likely for it, that did not
            /// parse: what was wrong and their bytes (normally empty; never dropped silently).
            pub unparsed: ::std::vec::Vec<#p::Unparsed>,
        }
    }
}

fn descriptor(command: &Command, p: &TokenStream) -> TokenStream {
    let ident = def_ident(command);
    let wire = &command.wire;
    let doc_text = &command.doc;
    let states = command.states.iter().map(|s| {
        let v = format_ident!("{}", s.variant());
        quote!(#p::State::#v)
    });
    let args = command.args.iter().map(|a| {
        let keyword = match &a.keyword {
            Some(k) => quote!(::core::option::Option::Some(#k)),
            None => quote!(::core::option::Option::None),
        };
        let name = &a.name;
        let kind = a.kind.name;
        let cardinality = format_ident!(
            "{}",
            match a.cardinality {
                Cardinality::One => "One",
                Cardinality::Optional => "Optional",
                Cardinality::ZeroOrMore => "ZeroOrMore",
                Cardinality::OneOrMore => "OneOrMore",
            }
        );
        quote!(#p::ArgDef { keyword: #keyword, name: #name, kind: #kind, cardinality: #p::Cardinality::#cardinality })
    });
    let untagged = command.untagged.iter().map(|u| match u {
        UntaggedField::Known(kind) => kind.name.to_owned(),
        UntaggedField::Generic { name, .. } => name.clone(),
    });
    let state = |s: Option<model::State>| match s {
        Some(s) => {
            let v = format_ident!("{}", s.variant());
            quote!(::core::option::Option::Some(#p::State::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let then = state(command.then);
    let fail = state(command.fail);
    let capability = |c: &Option<String>| match c {
        Some(n) => quote!(::core::option::Option::Some(#n)),
        None => quote!(::core::option::Option::None),
    };
    let needs = capability(&command.needs);
    let forbidden_by = capability(&command.forbidden_by);
    let exchange = match command.exchange {
        Some(e) => {
            let v = format_ident!("{}", e.variant());
            quote!(::core::option::Option::Some(#p::Exchange::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    let doc = format!("Table line of `{wire}`.");
    quote! {
        #[doc = #doc]
        pub static #ident: #p::CommandDef = #p::CommandDef {
            name: #wire,
            states: &[#(#states),*],
            args: &[#(#args),*],
            untagged: &[#(#untagged),*],
            then: #then,
            fail: #fail,
            needs: #needs,
            forbidden_by: #forbidden_by,
            exchange: #exchange,
            doc: #doc_text,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The expansion of `spec/commands.toml`, formatted, is committed in
    /// `imap-macros/tests/expand/commands.rs` so that every change to the generated API is a
    /// reviewed diff. `UPDATE_EXPECT=1 cargo test -p imap-macros` rewrites it.
    #[test]
    fn expansion_of_the_real_table_is_committed() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(root.join("../spec/commands.toml")).unwrap();
        let (table, errors) = model::load(&text);
        assert!(errors.is_empty(), "{errors:?}");
        let tokens = generate(&format_ident!("Commands"), &table, quote!(::imap_client::__private));
        let file: syn::File = syn::parse2(tokens).expect("the expansion is valid Rust");
        let expanded = format!(
            "// @generated from spec/commands.toml by imap-macros; do not edit.\n\
             // Regenerate: UPDATE_EXPECT=1 cargo test -p imap-macros\n\n{}",
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
            "{} is stale: run `UPDATE_EXPECT=1 cargo test -p imap-macros` and review the diff",
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
