//! lvf: should this workload run as a Lambda container image or as an ECS service on Fargate?
//!
//! The library holds everything but the process edge: the pure [`engine`], the terminal UI in
//! [`tui`], the markdown and JSON exports in [`export`], the command line in [`cli`]
//! and what each subcommand does in [`commands`].

pub mod cli;
pub mod commands;
pub mod engine;
pub mod export;
pub mod pricing_import;
pub mod scenario_file;
pub mod theme;
pub mod tui;
pub mod wording;
