//! Theme files: every built-in parses, the shipped default equals the built-in default, and every
//! kind of mistake gets a message with line, column, key, the bad value and what is accepted.

use lvf::theme::{BUILTIN_THEMES, Role, Theme, parse_theme};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/themes/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn every_builtin_theme_sets_every_role() {
    for (name, text) in BUILTIN_THEMES {
        let theme = parse_theme(text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(theme.name, name);
        assert!(!theme.description.is_empty(), "{name} has no description");
    }
}

#[test]
fn the_default_file_on_disk_is_the_builtin_default() {
    let on_disk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/dark.toml"))
        .expect("themes/dark.toml is shipped");
    assert_eq!(parse_theme(&on_disk).expect("dark parses"), Theme::default_theme());
    assert_eq!(Theme::default_theme().name, "dark");
}

#[test]
fn the_default_file_documents_every_role() {
    let text = BUILTIN_THEMES[0].1;
    for role in Role::ALL {
        let line = text
            .lines()
            .find(|line| line.starts_with(&format!("{} = ", role.key())))
            .unwrap_or_else(|| panic!("dark.toml does not set {}", role.key()));
        assert!(line.contains('#'), "dark.toml does not explain {}", role.key());
    }
}

#[test]
fn colour_blind_and_mono_curves_differ_by_marker_not_only_hue() {
    for name in ["colour-blind", "mono", "high-contrast"] {
        let theme = Theme::builtin(name).expect("built in");
        assert_ne!(theme.marker(Role::CurveLambda), theme.marker(Role::CurveFargate), "{name}");
    }
}

#[test]
fn mono_uses_no_colour() {
    use ratatui::style::Color;
    let theme = Theme::builtin("mono").expect("built in");
    for role in Role::ALL {
        let style = theme.style(role);
        for colour in [style.fg, style.bg].into_iter().flatten() {
            assert_eq!(colour, Color::Reset, "mono colours {}", role.key());
        }
    }
}

/// (fixture, where, what the message must say)
const BAD: &[(&str, &str, &[&str])] = &[
    ("unknown-role", "line 25 column 1", &["roles.curve-lamda is not a role", "curve-lambda"]),
    ("bad-colour-name", "line 34 column 12", &["roles.fit-good = \"greenish\"", "#rrggbb"]),
    ("bad-hex", "line 34 column 12", &["roles.fit-good = \"#12345\"", "0-255"]),
    ("index-out-of-range", "line 16 column 9", &["roles.muted = \"300\"", "0-255"]),
    ("missing-role", "line 14 column 1", &["missing axis", "every role"]),
    (
        "unknown-style-field",
        "line 17 column 9",
        &["roles.title.blink is not a style field", "bold"],
    ),
    ("bad-marker", "line 25 column 16", &["roles.curve-lambda.marker = \"squiggle\"", "braille"]),
    ("marker-on-wrong-role", "line 29 column 8", &["roles.axis.marker is not a style field"]),
    ("not-a-bool", "line 17 column 9", &["roles.title.bold = \"yes\"", "true or false"]),
    ("unknown-top-level-key", "line 3 column 1", &["unknown field `colour`", "name"]),
    ("not-toml", "line 1 column 6", &["expected `=`"]),
];

#[test]
fn every_bad_theme_gets_a_precise_message() {
    for (name, location, needles) in BAD {
        let error = parse_theme(&fixture(name)).expect_err(name).to_string();
        assert!(error.starts_with(location), "{name}: {error}");
        for needle in *needles {
            assert!(error.contains(needle), "{name}: {error:?} lacks {needle:?}");
        }
    }
}
