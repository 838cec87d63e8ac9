//! Texts of moving an action's dates on the Gantt, French and English.

/// What the Gantt and the action form say about a change of dates.
pub struct GanttTexts {
    /// A change of dates refused: the plan's first and last days.
    pub outside_period: fn(&str, &str) -> String,
    /// A bar dragged to new dates: first and last days.
    pub moved: fn(&str, &str) -> String,
    /// A drag given up (Escape).
    pub drag_cancelled: &'static str,
}

pub const FR: GanttTexts = GanttTexts {
    outside_period: |from, to| {
        format!("Ces dates sortent de la période du plan, du {from} au {to}\u{202f}: l'action doit y rester.")
    },
    moved: |from, to| format!("Nouvelles dates\u{202f}: du {from} au {to}."),
    drag_cancelled: "Déplacement annulé.",
};

pub const EN: GanttTexts = GanttTexts {
    outside_period: |from, to| {
        format!(
            "These dates leave the plan period, {from} to {to}: the action must stay inside it."
        )
    },
    moved: |from, to| format!("New dates: {from} to {to}."),
    drag_cancelled: "Move cancelled.",
};
