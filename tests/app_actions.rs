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
