//! Response parser.
