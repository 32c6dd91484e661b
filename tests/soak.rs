//! Soak: 100,000 random actions through `App::update` (everything the keys and the mouse can
//! send, snapshots to a temporary directory now and then), checking the invariants as it goes,
//! that memory stays flat once the undo history is full, and that it all takes under a minute.
//! Slow in a debug build, so ignored by `cargo test`; `.ci/run` runs it in release:
//! `cargo test --release --test soak -- --ignored --nocapture`.

mod app_support;

use std::time::{Duration, Instant};

use app_support::{Rng, action, apply, cheap_invariants, invariants, start, undo_all};
use lvf::engine::pricing::PriceBook;
use lvf::tui::action::Action;
use lvf::tui::app::{App, UNDO_LIMIT};

const ACTIONS: usize = 100_000;
/// Actions before the first memory reading: enough to fill the undo history and every cache.
const WARM_UP: usize = 10_000;
/// How much the resident set may grow after the warm-up.
const MAX_GROWTH_KB: i64 = 8 * 1024;
const TIME_LIMIT: Duration = Duration::from_secs(60);
/// One snapshot in this many actions.
const EXPORT_EVERY: u64 = 2_000;

/// The process's resident set in kB, from /proc/self/statm (pages).
fn resident_kb() -> i64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("/proc/self/statm");
    let pages: i64 = statm.split_whitespace().nth(1).expect("resident").parse().expect("a number");
    pages * 4
}

#[test]
#[ignore = "100,000 actions: run in release by .ci/run"]
fn a_hundred_thousand_random_actions_keep_memory_flat_and_the_app_valid() {
    let snapshots = tempfile::tempdir().expect("tempdir");
    let mut app = App::new(start(), PriceBook::builtin());
    app.export.dir = snapshots.path().to_path_buf();
    let mut rng = Rng::new(0x5EED_1A4F_0000_0007);
    let started = Instant::now();
    let mut warm = None;
    let mut undo_depth_max = 0;
    for index in 0..ACTIONS {
        let seed = rng.next_u64();
        let action = if seed.is_multiple_of(EXPORT_EVERY) {
            Action::Export
        } else {
            action(seed >> 1, false)
        };
        apply(&mut app, action.clone());
        let check = if index % 1000 == 999 { invariants(&app) } else { cheap_invariants(&app) };
        if let Err(problem) = check {
            panic!("after #{index} {action:?}: {problem}");
        }
        if index + 1 == WARM_UP {
            warm = Some(resident_kb());
        }
        if index % 5000 == 0 {
            // Undo depth, read as how many undos succeed (then redo them all back).
            let mut probe = app.clone();
            let depth = undo_all(&mut probe, UNDO_LIMIT + 10);
            assert!(depth <= UNDO_LIMIT, "{depth} undo steps kept; the limit is {UNDO_LIMIT}");
            undo_depth_max = undo_depth_max.max(depth);
        }
    }
    let took = started.elapsed();
    let warm = warm.expect("measured after the warm-up");
    let end = resident_kb();
    let snapshots_written = std::fs::read_dir(snapshots.path()).expect("readable").count();
    eprintln!(
        "soak: {ACTIONS} actions in {took:.1?}; resident {warm} kB after {WARM_UP}, {end} kB at \
         the end ({:+} kB); deepest undo history {undo_depth_max}; {snapshots_written} snapshots",
        end - warm
    );
    assert!(end - warm <= MAX_GROWTH_KB, "memory grew by {} kB", end - warm);
    assert!(took < TIME_LIMIT, "took {took:?}");
    assert!(snapshots_written > 0, "the soak wrote snapshots");
}
