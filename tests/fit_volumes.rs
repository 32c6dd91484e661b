//! The fit matrix's persistent-storage row reads the volume: durable state without one is poor
//! on both platforms, EBS fits Fargate only (Lambda cannot mount it), EFS fits both.

use lvf::engine::evaluate;
use lvf::engine::fit::Feature;
use lvf::engine::pricing::PriceBook;
use lvf::engine::report::{Mark, Platform};
use lvf::engine::scenario::{Scenario, State, Volume};
use lvf::wording;

fn row(state: State, volume: Volume) -> (Mark, Mark, String) {
    let book = PriceBook::builtin();
    let report = evaluate(&Scenario { state, volume, ..Scenario::default() }, &book);
    let row = report
        .fit
        .iter()
        .find(|row| row.feature == Feature::PersistentStorage)
        .expect("a persistent-storage row");
    (row.marks[Platform::Lambda], row.marks[Platform::Fargate], wording::fit_note(&row.note))
}

#[test]
fn the_fit_says_which_volume_fits_which_platform() {
    let (lambda, fargate, note) = row(State::Persistent, Volume::None);
    assert_eq!((lambda, fargate), (Mark::Poor, Mark::Poor), "{note}");
    assert!(note.contains("no volume"), "{note}");
    let (lambda, fargate, note) = row(State::Persistent, Volume::Ebs(100.0));
    assert_eq!((lambda, fargate), (Mark::Blocked, Mark::Good), "{note}");
    assert!(note.contains("Lambda cannot mount EBS"), "{note}");
    let (lambda, fargate, note) = row(State::Persistent, Volume::Efs(20.0));
    assert_eq!((lambda, fargate), (Mark::Caution, Mark::Good), "{note}");
    assert!(note.contains("EFS"), "{note}");
    let (lambda, fargate, _) = row(State::Stateless, Volume::None);
    assert_eq!((lambda, fargate), (Mark::Good, Mark::Good));
    let (lambda, _, note) = row(State::Cache, Volume::Ebs(10.0));
    assert_eq!(lambda, Mark::Blocked, "{note}");
}
