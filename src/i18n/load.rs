//! Why a plan file, a stored plan or a share link could not be read, in
//! French and English. Reached through `Texts::load`, from the plan code
//! and the pages (the first screen words these through the plan code, see
//! `ui::state::PlanCode::describe_load`), so the first visit does not carry
//! them.

use crate::domain::{
    dates::{FIRST_YEAR, LAST_YEAR},
    smart::PRIORITY_RANGE,
    Lang, ProblemKind,
};
use crate::storage::{
    envelope::{Expected, FieldFault, Found},
    LoadError,
};

/// The refusals, in one language.
pub struct LoadTexts {
    /// Why a file, stored text or link was refused.
    pub err_load: fn(&LoadError) -> String,
    /// One problem validation found.
    pub err_problem: fn(&ProblemKind) -> String,
}

pub const FR: LoadTexts = LoadTexts {
    err_load: |e| {
        match e {
        LoadError::TooLarge { bytes, limit } => (super::texts(Lang::Fr).file_too_large)(*bytes, *limit),
        LoadError::Malformed { line, column, .. } => format!("ce n'est pas du JSON valide (ligne {line}, colonne {column})"),
        LoadError::TooDeep => "structure imbriquée trop profondément".into(),
        LoadError::NotAPlan => "ce fichier n'est pas un plan Cap (champ «\u{202f}format\u{202f}»)".into(),
        LoadError::BadVersion => "version du format absente ou invalide (champ «\u{202f}schema_version\u{202f}»)".into(),
        LoadError::NewerVersion { found, supported } => format!("plan créé par une version plus récente de Cap (format {found}, cette version lit jusqu'au format {supported})\u{202f}: mettez l'application à jour"),
        LoadError::Migration { from, message } => format!("mise à niveau impossible depuis le format {from} ({message})"),
        LoadError::WrongField { path, fault, .. } => format!("champ «\u{202f}{path}\u{202f}» invalide ({})", field_fault(fault)),
        LoadError::Invalid(problems) => match problems.first() {
            Some(p) => format!("champ «\u{202f}{}\u{202f}»\u{202f}: {}", p.path, (FR.err_problem)(&p.kind)),
            None => "plan invalide".into(),
        },
    }
    },
    err_problem: |k| match k {
        ProblemKind::Empty => "ne peut pas être vide".into(),
        ProblemKind::TooLong { max } => format!("texte trop long ({max} caractères au maximum)"),
        ProblemKind::TooManyItems { max } => format!("trop d'éléments ({max} au maximum)"),
        ProblemKind::EndBeforeStart => "la fin est avant le début".into(),
        ProblemKind::DateOutOfRange => format!(
            "date hors des années {min} à {max}",
            min = FIRST_YEAR,
            max = LAST_YEAR
        ),
        ProblemKind::AmountOutOfRange => "montant négatif ou trop élevé".into(),
        ProblemKind::NumberOutOfRange => "nombre invalide ou trop grand".into(),
        ProblemKind::DuplicateId(id) => format!("identifiant {id} en double"),
        ProblemKind::UnknownReference(id) => format!("renvoie à l'élément {id}, qui n'existe pas"),
        ProblemKind::IdNotBelowNext(id) => format!("identifiant {id} incohérent (next_id)"),
        ProblemKind::OverBudget { .. } => "les lignes dépassent le budget total".into(),
        ProblemKind::OutsidePeriod => "date hors de la période du plan".into(),
        ProblemKind::UnknownKey(key) => {
            format!("«\u{202f}{key}\u{202f}» est inconnu de cette version de Cap")
        }
        ProblemKind::PriorityCount(n) => format!(
            "{n} {}\u{202f}: la méthode en demande {min} à {max}",
            super::typo::plural(
                Lang::Fr,
                *n,
                "objectif prioritaire",
                "objectifs prioritaires"
            ),
            min = PRIORITY_RANGE.start(),
            max = PRIORITY_RANGE.end(),
        ),
    },
};

/// serde's refusal of a field, in French (its own message is English).
fn field_fault(fault: &FieldFault) -> String {
    let found = |f: &Found| match f {
        Found::Null => "une valeur vide (null)".to_string(),
        Found::Bool => "vrai ou faux".to_string(),
        Found::Integer(n) | Found::Float(n) => format!("le nombre {n}"),
        Found::Text(t) => format!("le texte «\u{202f}{t}\u{202f}»"),
        Found::List => "une liste".to_string(),
        Found::Object => "un objet".to_string(),
        Found::Other => "une autre sorte de valeur".to_string(),
    };
    let expected = |e: &Expected| match e {
        Expected::Text => "un texte".to_string(),
        Expected::Integer => "un nombre entier positif".to_string(),
        Expected::Number => "un nombre".to_string(),
        Expected::Bool => "vrai ou faux (true ou false)".to_string(),
        Expected::List(Some(n)) => format!("une liste de {n} éléments"),
        Expected::List(None) => "une liste".to_string(),
        Expected::Object => "un objet".to_string(),
        Expected::Date => "une date AAAA-MM-JJ".to_string(),
        Expected::OneOf(words) => format!("l'une de ces valeurs\u{202f}: {}", words.join(", ")),
        Expected::Other => "une autre valeur".to_string(),
    };
    match fault {
        FieldFault::WrongType {
            found: f,
            expected: e,
        } => format!(
            "attendu\u{202f}: {}\u{202f}; reçu\u{202f}: {}",
            expected(e),
            found(f)
        ),
        FieldFault::WrongValue {
            found: f,
            expected: e,
        } => format!(
            "valeur hors limites, {}\u{202f}; attendu\u{202f}: {}",
            found(f),
            expected(e)
        ),
        FieldFault::WrongLength { expected: e } => {
            format!(
                "nombre d'éléments incorrect\u{202f}; attendu\u{202f}: {}",
                expected(e)
            )
        }
        FieldFault::UnknownChoice {
            found: f,
            expected: e,
        } => format!(
            "«\u{202f}{f}\u{202f}» n'est pas une valeur connue\u{202f}; attendu\u{202f}: {}",
            expected(e)
        ),
        FieldFault::Missing(name) if name.is_empty() => "absent".to_string(),
        FieldFault::Missing(name) => {
            format!("le champ obligatoire «\u{202f}{name}\u{202f}» manque")
        }
        FieldFault::BadDate => {
            "date invalide\u{202f}: AAAA-MM-JJ attendu, ex. 2027-01-31".to_string()
        }
        FieldFault::BadCurrency => {
            "code de devise invalide\u{202f}: trois lettres, ex. CHF".to_string()
        }
        FieldFault::Other => "valeur refusée".to_string(),
    }
}

pub const EN: LoadTexts = LoadTexts {
    err_load: |e| {
        match e {
        LoadError::TooLarge { bytes, limit } => (super::texts(Lang::En).file_too_large)(*bytes, *limit),
        LoadError::Malformed { line, column, .. } => format!("not valid JSON (line {line}, column {column})"),
        LoadError::TooDeep => "nested too deeply".into(),
        LoadError::NotAPlan => "this file is not a Cap plan (field “format”)".into(),
        LoadError::BadVersion => "format version missing or invalid (field “schema_version”)".into(),
        LoadError::NewerVersion { found, supported } => format!("plan made by a newer version of Cap (format {found}, this version reads up to format {supported}): update the app"),
        LoadError::Migration { from, message } => format!("cannot upgrade from format {from} ({message})"),
        LoadError::WrongField { path, message, .. } => format!("field “{path}” is invalid ({message})"),
        LoadError::Invalid(problems) => match problems.first() {
            Some(p) => format!("field “{}”: {}", p.path, (EN.err_problem)(&p.kind)),
            None => "invalid plan".into(),
        },
    }
    },
    err_problem: |k| match k {
        ProblemKind::Empty => "cannot be empty".into(),
        ProblemKind::TooLong { max } => format!("text too long ({max} characters at most)"),
        ProblemKind::TooManyItems { max } => format!("too many items ({max} at most)"),
        ProblemKind::EndBeforeStart => "ends before it starts".into(),
        ProblemKind::DateOutOfRange => format!(
            "date outside the years {min} to {max}",
            min = FIRST_YEAR,
            max = LAST_YEAR
        ),
        ProblemKind::AmountOutOfRange => "negative or too large amount".into(),
        ProblemKind::NumberOutOfRange => "invalid or too large number".into(),
        ProblemKind::DuplicateId(id) => format!("id {id} used twice"),
        ProblemKind::UnknownReference(id) => format!("refers to item {id}, which does not exist"),
        ProblemKind::IdNotBelowNext(id) => format!("id {id} inconsistent (next_id)"),
        ProblemKind::OverBudget { .. } => "the lines exceed the total budget".into(),
        ProblemKind::OutsidePeriod => "date outside the plan period".into(),
        ProblemKind::UnknownKey(key) => format!("\"{key}\" is unknown to this version of Cap"),
        ProblemKind::PriorityCount(n) => format!(
            "{n} {}: the method asks for {min} to {max}",
            super::typo::plural(Lang::En, *n, "priority objective", "priority objectives"),
            min = PRIORITY_RANGE.start(),
            max = PRIORITY_RANGE.end(),
        ),
    },
};
