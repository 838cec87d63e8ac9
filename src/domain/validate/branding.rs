//! Branding and slide settings in a plan read from a file.

use super::{Checker, ProblemKind};
use crate::domain::Plan;

/// Branding and slide settings: what their commands refuse, said with the
/// problem kinds a file's reader already words (a logo that is not a small
/// image reads as an unknown type or too long, a pale accent as a number
/// out of range).
pub(super) fn problems(c: &mut Checker, plan: &Plan) {
    use crate::domain::branding::{self, BrandingError, LogoError};
    for e in branding::check(&plan.branding) {
        match e {
            BrandingError::TooLong { field } => c.error(
                format!("plan.branding.{field}"),
                ProblemKind::TooLong {
                    max: branding::MAX_NAME,
                },
            ),
            BrandingError::Logo {
                field,
                error: LogoError::TooLarge { .. },
            } => c.error(
                format!("plan.branding.{field}"),
                ProblemKind::TooLong {
                    max: branding::MAX_LOGO_BYTES,
                },
            ),
            BrandingError::Logo { field, .. } => c.error(
                format!("plan.branding.{field}"),
                ProblemKind::UnknownKey("image".into()),
            ),
            BrandingError::Accent => c.error("plan.branding.accent", ProblemKind::NumberOutOfRange),
        }
    }
    if plan.slides.check().is_err() {
        c.error(
            "plan.slides",
            ProblemKind::TooLong {
                max: crate::domain::deck::MAX_NOTE,
            },
        );
    }
}
