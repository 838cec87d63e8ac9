//! Strategy & objectives: a wizard in five steps, each its own URL so a
//! reload or a shared link lands on the same step. People move freely
//! between steps; nothing is locked behind another.

mod elements;
mod objectives;
mod smart_form;
mod suggestion;
mod summary;

pub use elements::ElementsStep;
pub use objectives::{ObjectivesPage, ObjectivesStep};
pub use smart_form::SmartStep;
pub use summary::{StrategyTree, SummaryStep};

use crate::{
    domain::{validate::limits, Command, Period, Plan},
    i18n::strategy::StrategyTexts,
    ui::{
        fields::{DateField, TextField},
        href,
        state::Store,
        use_texts,
    },
};
use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, A},
    hooks::use_location,
};

/// The steps, in order, with the last segment of their URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What the business wants.
    Context,
    /// Strategy elements.
    Elements,
    /// Objectives and their rank.
    Objectives,
    /// Each objective made SMART.
    Smart,
    /// The tree for the client.
    Summary,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [
        Step::Context,
        Step::Elements,
        Step::Objectives,
        Step::Smart,
        Step::Summary,
    ];

    fn segment(self) -> &'static str {
        match self {
            Step::Context => "",
            Step::Elements => "/elements",
            Step::Objectives => "/objectives",
            Step::Smart => "/smart",
            Step::Summary => "/summary",
        }
    }

    fn label(self, st: &StrategyTexts) -> &'static str {
        match self {
            Step::Context => st.step_context,
            Step::Elements => st.step_elements,
            Step::Objectives => st.step_objectives,
            Step::Smart => st.step_smart,
            Step::Summary => st.step_summary,
        }
    }
}

/// The link to a step of the open plan.
pub fn step_href(store: &Store, step: Step) -> String {
    let id = store
        .current_id()
        .map(|i| i.to_string())
        .unwrap_or_default();
    href(&format!("/plan/{id}/strategy{}", step.segment()))
}

/// A link from an empty state to the step of the strategy that fills it
/// (`objective`: the SMART form of that objective), keyboard reachable as
/// any link.
#[component]
pub fn StepLink(
    /// The step linked to.
    step: Step,
    /// Its text.
    label: fn(&StrategyTexts) -> &'static str,
    /// The objective whose SMART form opens.
    #[prop(optional)]
    objective: Option<crate::domain::ItemId>,
    /// Test id of the link.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let base = step_href(&store, step);
    let link = match objective {
        Some(o) => format!("{base}?o={o}"),
        None => base,
    };
    view! {
        <A href=link attr:class="step-link" attr:data-testid=testid>{move || label(t().strategy())}" →"</A>
    }
}

/// Which step the URL shows.
fn current_step(path: &str) -> Step {
    let path = path.trim_end_matches('/');
    Step::ALL
        .into_iter()
        .rev()
        .find(|s| !s.segment().is_empty() && path.ends_with(s.segment()))
        .unwrap_or(Step::Context)
}

/// The frame of the wizard: title, the steps as a numbered navigation, the
/// step itself, and previous / next.
#[component]
pub fn StrategyLayout() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let location = use_location();
    let step = Memo::new(move |_| current_step(&location.pathname.get()));
    let index = move || Step::ALL.iter().position(|s| *s == step.get()).unwrap_or(0);
    let neighbour = move |delta: isize| {
        let i = index() as isize + delta;
        (0..Step::ALL.len() as isize)
            .contains(&i)
            .then(|| Step::ALL[i as usize])
    };
    view! {
        <section class="page wizard" data-testid="strategy">
            <div class="page-head">
                <div>
                    <h1>{move || t().strategy().title}</h1>
                    <p class="lead">{move || t().strategy().intro}</p>
                </div>
            </div>
            <nav class="stepper" aria-label=move || t().strategy().steps_label>
                <ol>
                    {Step::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| {
                            view! {
                                <li class:current=move || step.get() == s>
                                    <a
                                        href=move || { let _ = store.open_id.get(); step_href(&store, s) }
                                        data-testid=format!("step-{}", i + 1)
                                        aria-current=move || (step.get() == s).then_some("step")
                                    >
                                        <span class="step-number" aria-hidden="true">{i + 1}</span>
                                        <span class="step-label">{move || s.label(t().strategy())}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            <p class="sr-only" aria-live="polite">{move || (t().strategy().step_of)(index() + 1, Step::ALL.len())}</p>
            <Outlet/>
            <div class="wizard-nav">
                {move || neighbour(-1).map(|s| view! {
                    <a class="btn" href=step_href(&store, s) data-testid="step-previous">
                        "← "{move || t().strategy().previous}" · "{move || s.label(t().strategy())}
                    </a>
                })}
                <span class="spacer"></span>
                {move || neighbour(1).map(|s| view! {
                    <a class="btn primary" href=step_href(&store, s) data-testid="step-next">
                        {move || t().strategy().next}" · "{move || s.label(t().strategy())}" →"
                    </a>
                })}
            </div>
        </section>
    }
}

/// Step 1: what the business wants, its strategy, sector and period.
#[component]
pub fn ContextStep() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let text = move |f: fn(&Plan) -> String| Signal::<String>::from(store.select(f));
    let commit =
        move |make: fn(String) -> Command| Callback::new(move |s: String| store.send(make(s)));
    let label = move |f: fn(&crate::i18n::Texts) -> &'static str| {
        Signal::derive(move || f(t()).to_string())
    };
    let hint = move |f: fn(&crate::i18n::Texts) -> &'static str| {
        Signal::derive(move || Some(f(t()).to_string()))
    };
    let period = store.select(|p| Some(p.period));
    let start = Signal::derive(move || period.get().map(|p| p.start).unwrap_or_default());
    let end = Signal::derive(move || period.get().map(|p| p.end).unwrap_or_default());
    view! {
        <crate::ui::starters::StarterPanel/>
        <div class="card step" data-testid="step-context">
            <p class="lead">{move || t().strategy().context_intro}</p>
            <TextField id="plan-context" label=label(|t| t.plan().field_context) hint=hint(|t| t.plan().field_context_hint)
                value=text(|p| p.context.clone()) commit=commit(Command::SetContext) multiline=true max_len=limits::LONG_TEXT/>
            <TextField id="plan-strategy" label=label(|t| t.plan().field_strategy) hint=hint(|t| t.plan().field_strategy_hint)
                value=text(|p| p.strategy.clone()) commit=commit(Command::SetStrategy) multiline=true max_len=limits::LONG_TEXT/>
            <div class="grid-3">
                <TextField id="plan-sector" label=label(|t| t.plan().field_sector) value=text(|p| p.sector.clone())
                    commit=commit(Command::SetSector) max_len=limits::SHORT_TEXT/>
                <DateField id="plan-start" label=label(|t| t.plan().field_period_start) value=start
                    invalid_text=label(|t| t.bad_date)
                    commit=Callback::new(move |start| store.send(Command::SetPeriod(Period { start, end: end.get_untracked() })))/>
                <DateField id="plan-end" label=label(|t| t.plan().field_period_end) value=end
                    invalid_text=label(|t| t.bad_date)
                    commit=Callback::new(move |end| store.send(Command::SetPeriod(Period { start: start.get_untracked(), end })))/>
            </div>
        </div>
    }
}
