//! Branding and slide settings: checked as validation checks them, so a
//! plan that took them can always be opened again.

use super::{Command, CommandError};
use crate::domain::{
    branding::{self, Branding, BrandingError, LogoError, MAX_LOGO_BYTES},
    deck::{SettingsError, SlideSettings, MAX_NOTE},
    Plan,
};

/// The refusal a command gives for branding the UI would have refused
/// first (a logo it did not check, an accent it did not adjust).
fn refusal(e: &BrandingError) -> CommandError {
    match e {
        BrandingError::TooLong { field } => CommandError::TooLong {
            field,
            max: branding::MAX_NAME,
        },
        BrandingError::Logo {
            field,
            error: LogoError::TooLarge { .. },
        } => CommandError::TooLong {
            field,
            max: MAX_LOGO_BYTES,
        },
        BrandingError::Logo { .. } | BrandingError::Accent => CommandError::ValueOutOfRange {
            min: branding::MIN_CONTRAST,
            max: None,
        },
    }
}

/// Replaces the plan's branding.
pub(super) fn set_branding(plan: &mut Plan, b: Branding) -> Result<Command, CommandError> {
    if let Some(e) = branding::check(&b).first() {
        return Err(refusal(e));
    }
    Ok(Command::SetBranding(Box::new(std::mem::replace(
        &mut plan.branding,
        b,
    ))))
}

/// Replaces the slides hidden and the comments on slides.
pub(super) fn set_slides(plan: &mut Plan, s: SlideSettings) -> Result<Command, CommandError> {
    match s.check() {
        Err(SettingsError::NoteTooLong) => Err(CommandError::TooLong {
            field: "slides.notes",
            max: MAX_NOTE,
        }),
        Err(SettingsError::Duplicate) => Err(CommandError::TooManyLinks { max: 1 }),
        Ok(()) => Ok(Command::SetSlides(std::mem::replace(&mut plan.slides, s))),
    }
}
