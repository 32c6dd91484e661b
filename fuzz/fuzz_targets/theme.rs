//! The theme parser on arbitrary text: a theme or an error with a line and column inside the
//! text, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lvf::theme::parse_theme;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(error) = parse_theme(text) {
        let lines = text.lines().count().max(1) + 1;
        assert!(error.line >= 1 && error.line <= lines, "{error:?}");
        assert!(error.column >= 1, "{error:?}");
    }
});
