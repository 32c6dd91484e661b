//! Reading a theme file: strict, with errors that point at the line, column, key and value.
//!
//! A role is either a colour (`curve-lambda = "#e69f00"`, the foreground) or a table of style
//! fields (`{ fg = "white", bg = 236, bold = true, reverse = false, … }`). Colours are a name
//! (`red`, `light-blue`, `dark-gray`, `reset`), `#rrggbb`, or an ANSI index 0–255.

use std::collections::BTreeMap;

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use serde::Deserialize;
use thiserror::Error;
use toml::Spanned;

use super::{Role, Theme};

const ACCEPTED_COLOURS: &str = "a colour name (black, red, green, yellow, blue, magenta, cyan, \
     gray, dark-gray, light-red, light-green, light-yellow, light-blue, light-magenta, light-cyan, \
     white, reset), \"#rrggbb\", or an index 0-255";
const STYLE_FIELDS: &str =
    "fg, bg, bold, dim, italic, underline, reverse (and marker on curve-lambda, curve-fargate)";
const MARKERS: &str = "braille, dot, block, bar, half-block";

/// A theme file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line} column {column}: {message}")]
pub struct ThemeError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    name: String,
    description: String,
    roles: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

/// Parses and resolves a theme file's text.
pub fn parse_theme(text: &str) -> Result<Theme, ThemeError> {
    let file: ThemeFile = toml::from_str(text).map_err(|error| {
        let start = error.span().map_or(0, |span| span.start);
        at(text, start, error.message().trim().to_string())
    })?;
    let mut styles = vec![None; Role::ALL.len()];
    let mut markers = vec![None; Role::ALL.len()];
    for (key, value) in &file.roles {
        let role = Role::from_key(key.get_ref()).ok_or_else(|| {
            let known: Vec<&str> = Role::ALL.iter().map(|role| role.key()).collect();
            at(
                text,
                key.span().start,
                format!(
                    "roles.{} is not a role; the roles are: {}",
                    key.get_ref(),
                    known.join(", ")
                ),
            )
        })?;
        let fail = |message: String| at(text, value.span().start, message);
        let (style, marker) = resolve_role(role, value.get_ref()).map_err(fail)?;
        styles[role as usize] = Some(style);
        markers[role as usize] = marker;
    }
    let missing: Vec<&str> = Role::ALL
        .iter()
        .filter(|role| styles[**role as usize].is_none())
        .map(|r| r.key())
        .collect();
    if !missing.is_empty() {
        let end = text.find("[roles]").unwrap_or(0);
        return Err(at(
            text,
            end,
            format!("[roles] is missing {}: a theme sets every role", missing.join(", ")),
        ));
    }
    Ok(Theme {
        name: file.name,
        description: file.description,
        styles: styles.into_iter().map(Option::unwrap_or_default).collect(),
        markers,
    })
}

/// Turns one role's value into a style (and a curve marker).
fn resolve_role(role: Role, value: &toml::Value) -> Result<(Style, Option<Marker>), String> {
    let key = role.key();
    if let toml::Value::Table(table) = value {
        let mut style = Style::new();
        let mut marker = None;
        for (field, field_value) in table {
            let path = format!("roles.{key}.{field}");
            match field.as_str() {
                "fg" => style = style.fg(colour(&path, field_value)?),
                "bg" => style = style.bg(colour(&path, field_value)?),
                "bold" | "dim" | "italic" | "underline" | "reverse" => {
                    let on = field_value.as_bool().ok_or_else(|| {
                        format!("{path} = {}: expected true or false", quoted(field_value))
                    })?;
                    let modifier = match field.as_str() {
                        "bold" => Modifier::BOLD,
                        "dim" => Modifier::DIM,
                        "italic" => Modifier::ITALIC,
                        "underline" => Modifier::UNDERLINED,
                        _ => Modifier::REVERSED,
                    };
                    if on {
                        style = style.add_modifier(modifier);
                    }
                }
                "marker" if role.takes_marker() => marker = Some(parse_marker(&path, field_value)?),
                _ => return Err(format!("{path} is not a style field; accepted: {STYLE_FIELDS}")),
            }
        }
        Ok((style, marker))
    } else {
        Ok((Style::new().fg(colour(&format!("roles.{key}"), value)?), None))
    }
}

/// Reads one colour value.
fn colour(path: &str, value: &toml::Value) -> Result<Color, String> {
    let bad = || format!("{path} = {}: expected {ACCEPTED_COLOURS}", quoted(value));
    match value {
        toml::Value::Integer(index) => u8::try_from(*index).map(Color::Indexed).map_err(|_| bad()),
        toml::Value::String(text) => {
            let is_hex = text.len() == 7
                && text.starts_with('#')
                && text[1..].chars().all(|c| c.is_ascii_hexdigit());
            let is_name = !text.starts_with('#') && text.parse::<u8>().is_err();
            if is_hex || is_name { text.parse::<Color>().map_err(|_| bad()) } else { Err(bad()) }
        }
        _ => Err(bad()),
    }
}

fn parse_marker(path: &str, value: &toml::Value) -> Result<Marker, String> {
    match value.as_str() {
        Some("braille") => Ok(Marker::Braille),
        Some("dot") => Ok(Marker::Dot),
        Some("block") => Ok(Marker::Block),
        Some("bar") => Ok(Marker::Bar),
        Some("half-block") => Ok(Marker::HalfBlock),
        _ => Err(format!("{path} = {}: expected one of {MARKERS}", quoted(value))),
    }
}

/// A value as the user wrote it, in quotes.
fn quoted(value: &toml::Value) -> String {
    match value {
        toml::Value::String(text) => format!("\"{text}\""),
        other => format!("\"{other}\""),
    }
}

/// An error at a byte offset of the text.
fn at(text: &str, offset: usize, message: String) -> ThemeError {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.chars().count(), |newline| before[newline + 1..].chars().count())
        + 1;
    ThemeError { line, column, message }
}
