//! The platforms as data: [`Platform`] names one, [`PerPlatform`] holds one value for each.
//!
//! Reports, cost lines, fit cells and curves are held per platform rather than in two named
//! fields, so code that treats the platforms alike iterates instead of repeating itself, and a
//! third platform is a new variant rather than a new field threaded through every layer.

use std::ops::{Index, IndexMut};

use serde::Serialize;

/// One platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Lambda,
    Fargate,
}

impl Platform {
    /// How many platforms there are.
    pub const COUNT: usize = 2;
    /// Every platform, in report order (Lambda first, as every table lists them).
    pub const ALL: [Platform; Platform::COUNT] = [Platform::Lambda, Platform::Fargate];

    /// The platform's slot in a [`PerPlatform`].
    const fn index(self) -> usize {
        match self {
            Platform::Lambda => 0,
            Platform::Fargate => 1,
        }
    }

    /// The other platform of the pair, the one a comparison is against.
    #[must_use]
    pub const fn other(self) -> Platform {
        match self {
            Platform::Lambda => Platform::Fargate,
            Platform::Fargate => Platform::Lambda,
        }
    }
}

/// One `T` for each platform, indexed by [`Platform`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PerPlatform<T>([T; Platform::COUNT]);

impl<T> PerPlatform<T> {
    /// From one value per platform, in [`Platform::ALL`] order.
    pub const fn new(lambda: T, fargate: T) -> Self {
        Self([lambda, fargate])
    }

    /// One value per platform from `f`, called in [`Platform::ALL`] order.
    pub fn from_fn(f: impl FnMut(Platform) -> T) -> Self {
        Self(Platform::ALL.map(f))
    }

    /// `(platform, &value)` in [`Platform::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Platform, &T)> + Clone {
        Platform::ALL.into_iter().zip(self.0.iter())
    }

    /// The values in [`Platform::ALL`] order.
    pub fn values(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// A new value per platform from each value.
    pub fn map<U>(&self, mut f: impl FnMut(Platform, &T) -> U) -> PerPlatform<U> {
        PerPlatform::from_fn(|platform| f(platform, &self[platform]))
    }
}

impl<T> Index<Platform> for PerPlatform<T> {
    type Output = T;

    fn index(&self, platform: Platform) -> &T {
        &self.0[platform.index()]
    }
}

impl<T> IndexMut<Platform> for PerPlatform<T> {
    fn index_mut(&mut self, platform: Platform) -> &mut T {
        &mut self.0[platform.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_platform_has_its_own_slot() {
        let mut values = PerPlatform::new(1, 2);
        values[Platform::Fargate] += 10;
        assert_eq!(values[Platform::Lambda], 1);
        assert_eq!(values[Platform::Fargate], 12);
        let pairs: Vec<(Platform, i32)> = values.iter().map(|(p, v)| (p, *v)).collect();
        assert_eq!(pairs, [(Platform::Lambda, 1), (Platform::Fargate, 12)]);
        assert_eq!(
            values.map(|platform, v| (platform, v * 2))[Platform::Lambda],
            (Platform::Lambda, 2)
        );
        assert_eq!(
            PerPlatform::from_fn(Platform::other),
            PerPlatform::new(Platform::Fargate, Platform::Lambda)
        );
    }
}
