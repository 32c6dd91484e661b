//! The roles a theme styles: every place on screen whose colour carries meaning.

/// One styled role. The order is the order of the default theme file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Base,
    Muted,
    Title,
    Border,
    BorderFocused,
    SliderLabel,
    SliderFocused,
    SliderTrack,
    SliderFill,
    SliderValue,
    CurveLambda,
    CurveFargate,
    MarkerCurrent,
    MarkerBreakEven,
    Axis,
    VerdictLambda,
    VerdictFargate,
    VerdictEither,
    VerdictNeither,
    FitGood,
    FitCaution,
    FitPoor,
    FitBlocked,
    Selected,
    KeyHint,
    Status,
    StatusError,
    Overlay,
    MapLambda,
    MapFargate,
    MapEither,
    MapNeither,
}

impl Role {
    /// Every role, in file order.
    pub const ALL: [Role; 32] = [
        Role::Base,
        Role::Muted,
        Role::Title,
        Role::Border,
        Role::BorderFocused,
        Role::SliderLabel,
        Role::SliderFocused,
        Role::SliderTrack,
        Role::SliderFill,
        Role::SliderValue,
        Role::CurveLambda,
        Role::CurveFargate,
        Role::MarkerCurrent,
        Role::MarkerBreakEven,
        Role::Axis,
        Role::VerdictLambda,
        Role::VerdictFargate,
        Role::VerdictEither,
        Role::VerdictNeither,
        Role::FitGood,
        Role::FitCaution,
        Role::FitPoor,
        Role::FitBlocked,
        Role::Selected,
        Role::KeyHint,
        Role::Status,
        Role::StatusError,
        Role::Overlay,
        Role::MapLambda,
        Role::MapFargate,
        Role::MapEither,
        Role::MapNeither,
    ];

    /// The key in a theme file.
    pub fn key(self) -> &'static str {
        match self {
            Role::Base => "base",
            Role::Muted => "muted",
            Role::Title => "title",
            Role::Border => "border",
            Role::BorderFocused => "border-focused",
            Role::SliderLabel => "slider-label",
            Role::SliderFocused => "slider-focused",
            Role::SliderTrack => "slider-track",
            Role::SliderFill => "slider-fill",
            Role::SliderValue => "slider-value",
            Role::CurveLambda => "curve-lambda",
            Role::CurveFargate => "curve-fargate",
            Role::MarkerCurrent => "marker-current",
            Role::MarkerBreakEven => "marker-break-even",
            Role::Axis => "axis",
            Role::VerdictLambda => "verdict-lambda",
            Role::VerdictFargate => "verdict-fargate",
            Role::VerdictEither => "verdict-either",
            Role::VerdictNeither => "verdict-neither",
            Role::FitGood => "fit-good",
            Role::FitCaution => "fit-caution",
            Role::FitPoor => "fit-poor",
            Role::FitBlocked => "fit-blocked",
            Role::Selected => "selected",
            Role::KeyHint => "key-hint",
            Role::Status => "status",
            Role::StatusError => "status-error",
            Role::Overlay => "overlay",
            Role::MapLambda => "map-lambda",
            Role::MapFargate => "map-fargate",
            Role::MapEither => "map-either",
            Role::MapNeither => "map-neither",
        }
    }

    /// The role a key names.
    pub fn from_key(key: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|role| role.key() == key)
    }

    /// Whether the role may set `marker` (the cost curves only).
    pub fn takes_marker(self) -> bool {
        matches!(self, Role::CurveLambda | Role::CurveFargate)
    }
}
