//! Mouse events to actions. Each frame records where it drew what in a [`Hitmap`]; mapping a
//! click, drag or wheel turn is a pure function of the event and that map.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::engine::scenario::Input;

use super::action::Action;
use super::app::{Focus, Tab};

/// What sits under the pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An input's label and value: a click focuses it.
    Label(Input),
    /// An input's track: a click or drag sets it.
    Track(Input),
    /// A row of the fit matrix.
    FitRow(usize),
    /// A tab of the tab bar.
    Tab(Tab),
    /// A preset in the picker.
    Preset(usize),
    /// The cost chart: the wheel moves the rate.
    Chart,
}

/// One drawn region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub area: Rect,
    pub target: Target,
}

/// Where the last frame drew what. Later regions lie on top of earlier ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hitmap {
    hits: Vec<Hit>,
    /// An open overlay: clicks outside it close it, and nothing beneath it reacts.
    modal: Option<Rect>,
    /// The grid (columns, rows) the verdict map panel had room for, when it was drawn.
    map_grid: Option<(u16, u16)>,
}

impl Hitmap {
    /// Records a region (empty areas are skipped).
    pub fn push(&mut self, area: Rect, target: Target) {
        if area.width > 0 && area.height > 0 {
            self.hits.push(Hit { area, target });
        }
    }

    /// Marks an overlay: regions recorded before it stop reacting.
    pub fn set_modal(&mut self, area: Rect) {
        self.hits.clear();
        self.modal = Some(area);
    }

    /// Records the verdict map's room, which the app sizes the map to.
    pub fn set_map_grid(&mut self, cols: u16, rows: u16) {
        self.map_grid = Some((cols, rows));
    }

    /// The verdict map's room in the last frame.
    pub fn map_grid(&self) -> Option<(u16, u16)> {
        self.map_grid
    }

    /// The regions, in drawing order.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The topmost target under a cell.
    pub fn target_at(&self, column: u16, row: u16) -> Option<Hit> {
        let position = Position::new(column, row);
        self.hits.iter().rev().find(|hit| hit.area.contains(position)).copied()
    }

    /// The track on a row, for drags that stray left or right of it.
    fn track_on_row(&self, row: u16) -> Option<(Rect, Input)> {
        self.hits.iter().rev().find_map(|hit| match hit.target {
            Target::Track(input) if hit.area.y <= row && row < hit.area.bottom() => {
                Some((hit.area, input))
            }
            _ => None,
        })
    }
}

/// Where a column sits on a track, 0..=1.
pub fn track_position(area: Rect, column: u16) -> f64 {
    if area.width <= 1 {
        return 0.0;
    }
    let offset = column.saturating_sub(area.x).min(area.width - 1);
    f64::from(offset) / f64::from(area.width - 1)
}

/// The action a mouse event asks for, if any.
pub fn mouse_action(event: MouseEvent, hitmap: &Hitmap) -> Option<Action> {
    let (column, row) = (event.column, event.row);
    let hit = hitmap.target_at(column, row);
    let outside_modal =
        hitmap.modal.is_some_and(|modal| !modal.contains(Position::new(column, row)));
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            if outside_modal {
                return Some(Action::Back);
            }
            let hit = hit?;
            Some(match hit.target {
                Target::Label(input) => Action::Focus(Focus::Input(input)),
                Target::Track(input) => Action::SetPosition {
                    input,
                    position: track_position(hit.area, column),
                    drag: false,
                },
                Target::FitRow(row) => Action::Focus(Focus::Fit(row)),
                Target::Tab(tab) => Action::ShowTab(tab),
                Target::Preset(index) => Action::ApplyPreset(index),
                Target::Chart => return None,
            })
        }
        MouseEventKind::Drag(MouseButton::Left) => {
            let (area, input) = hitmap.track_on_row(row)?;
            Some(Action::SetPosition { input, position: track_position(area, column), drag: true })
        }
        MouseEventKind::ScrollUp | MouseEventKind::ScrollDown => {
            let up = event.kind == MouseEventKind::ScrollUp;
            let steps = if up { 1 } else { -1 };
            match hit?.target {
                Target::Label(input) | Target::Track(input) => {
                    Some(Action::StepInput { input, steps })
                }
                Target::Chart => Some(Action::StepInput { input: Input::Rate, steps }),
                Target::Preset(_) => Some(Action::PickerMove(-steps)),
                Target::FitRow(_) | Target::Tab(_) => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::KeyModifiers;

    use super::*;

    fn event(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
        MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }
    }

    fn down(column: u16, row: u16) -> MouseEvent {
        event(MouseEventKind::Down(MouseButton::Left), column, row)
    }

    fn map() -> Hitmap {
        let mut map = Hitmap::default();
        map.push(Rect::new(0, 0, 30, 1), Target::Label(Input::Rate));
        map.push(Rect::new(2, 1, 21, 1), Target::Track(Input::Rate));
        map.push(Rect::new(40, 0, 20, 10), Target::Chart);
        map.push(Rect::new(0, 5, 30, 1), Target::FitRow(3));
        map
    }

    #[test]
    fn click_on_a_label_focuses_its_input() {
        assert_eq!(
            mouse_action(down(5, 0), &map()),
            Some(Action::Focus(Focus::Input(Input::Rate)))
        );
    }

    #[test]
    fn click_on_a_track_sets_the_position_under_the_pointer() {
        let at = |column| match mouse_action(down(column, 1), &map()) {
            Some(Action::SetPosition { input: Input::Rate, position, drag: false }) => position,
            other => panic!("{other:?}"),
        };
        assert!(at(2).abs() < 1e-12);
        assert!((at(12) - 0.5).abs() < 1e-12);
        assert!((at(22) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn drag_past_either_end_of_a_track_clamps() {
        let drag = |column| {
            mouse_action(event(MouseEventKind::Drag(MouseButton::Left), column, 1), &map())
        };
        assert_eq!(
            drag(0),
            Some(Action::SetPosition { input: Input::Rate, position: 0.0, drag: true })
        );
        assert_eq!(
            drag(35),
            Some(Action::SetPosition { input: Input::Rate, position: 1.0, drag: true })
        );
        // A drag on a row without a track does nothing.
        assert_eq!(
            mouse_action(event(MouseEventKind::Drag(MouseButton::Left), 5, 3), &map()),
            None
        );
    }

    #[test]
    fn wheel_steps_the_slider_or_the_rate_over_the_chart() {
        let wheel = |kind, column, row| mouse_action(event(kind, column, row), &map());
        assert_eq!(
            wheel(MouseEventKind::ScrollUp, 5, 1),
            Some(Action::StepInput { input: Input::Rate, steps: 1 })
        );
        assert_eq!(
            wheel(MouseEventKind::ScrollDown, 45, 4),
            Some(Action::StepInput { input: Input::Rate, steps: -1 })
        );
        assert_eq!(wheel(MouseEventKind::ScrollUp, 100, 40), None);
    }

    #[test]
    fn click_selects_a_fit_row_and_misses_do_nothing() {
        assert_eq!(mouse_action(down(3, 5), &map()), Some(Action::Focus(Focus::Fit(3))));
        assert_eq!(mouse_action(down(35, 20), &map()), None);
        let release = event(MouseEventKind::Up(MouseButton::Left), 5, 0);
        assert_eq!(mouse_action(release, &map()), None);
    }

    #[test]
    fn an_overlay_swallows_what_lies_beneath_and_closes_on_a_click_outside() {
        let mut map = map();
        map.set_modal(Rect::new(10, 10, 20, 5));
        map.push(Rect::new(11, 11, 18, 1), Target::Preset(2));
        assert_eq!(mouse_action(down(12, 11), &map), Some(Action::ApplyPreset(2)));
        assert_eq!(mouse_action(down(5, 0), &map), Some(Action::Back));
        assert_eq!(mouse_action(down(12, 13), &map), None);
        let wheel = event(MouseEventKind::ScrollDown, 12, 11);
        assert_eq!(mouse_action(wheel, &map), Some(Action::PickerMove(1)));
    }
}
