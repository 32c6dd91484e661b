//! Any sequence of 200 random actions (every kind the keys and the mouse can send, with values
//! past every end) leaves the explorer valid — scenario inside its bounds, report equal to a fresh
//! evaluation, focus and overlays on things that exist — and undo walks back to the start.

mod app_support;

use app_support::{action, apply, cheap_invariants, invariants, start, undo_all};
use lvf::engine::evaluate;
use lvf::engine::pricing::PriceBook;
use lvf::tui::app::App;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_actions_keep_the_app_valid_and_undo_returns_to_the_start(
        seeds in prop::collection::vec(any::<u64>(), 200)
    ) {
        let book = PriceBook::builtin();
        let snapshots = tempfile::tempdir().expect("tempdir");
        let mut app = App::new(start(), book);
        app.export.dir = snapshots.path().to_path_buf();
        for (index, seed) in seeds.iter().enumerate() {
            let action = action(*seed, true);
            apply(&mut app, action.clone());
            let check = if index % 20 == 19 { invariants(&app) } else { cheap_invariants(&app) };
            if let Err(problem) = check {
                prop_assert!(false, "after #{} {:?}: {}", index, action, problem);
            }
        }
        prop_assert!(invariants(&app).is_ok(), "{:?}", invariants(&app));
        undo_all(&mut app, 1000);
        prop_assert!(!app.can_undo(), "undo stops");
        prop_assert_eq!(app.scenario(), &start());
        prop_assert!(*app.report() == evaluate(&start(), &app.book), "the report is the start's");
        prop_assert!(invariants(&app).is_ok(), "{:?}", invariants(&app));
    }
}

/// `l` and `h` on any choice move through its options and stop at either end, the same for
/// every choice (as the sliders stop at their ends): past the last option stays on it, before
/// the first stays on it.
#[test]
fn stepping_a_choice_stops_at_either_end_for_every_choice() {
    use lvf::engine::scenario::{Input, Kind, Scenario as S};
    use lvf::tui::action::Action;
    use lvf::tui::app::Focus;
    let book = PriceBook::builtin();
    for input in Input::all() {
        if !matches!(input.def().kind, Kind::Choice { .. }) {
            continue;
        }
        let options = S::choices(input, &book);
        let mut app = App::new(S::default(), PriceBook::builtin());
        app.update(Action::Focus(Focus::Input(input)));
        app.update(Action::Extreme { to_max: false });
        let first = app.scenario().choice(input);
        app.update(Action::Step { steps: -1, coarse: false });
        assert_eq!(app.scenario().choice(input), first, "{input:?}: before the first");
        app.update(Action::Extreme { to_max: true });
        let last = app.scenario().choice(input);
        assert_eq!(last.as_deref(), options.last().map(String::as_str), "{input:?}");
        app.update(Action::Step { steps: 1, coarse: false });
        assert_eq!(app.scenario().choice(input), last, "{input:?}: past the last");
        // And one step back from the last is the one before it.
        app.update(Action::Step { steps: -1, coarse: false });
        let before = options.get(options.len().saturating_sub(2)).cloned();
        assert_eq!(app.scenario().choice(input), before, "{input:?}: one back");
    }
}
