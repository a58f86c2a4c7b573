//! Compile-fail tests: each kind of bad table line is a compile error that names the line.
//! Update the expected output with `TRYBUILD=overwrite cargo test -p imap-tests --test table_errors`.

#[test]
fn bad_tables_fail_to_compile_with_located_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
