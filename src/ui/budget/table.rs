//! The two-way table: a row per channel, a column per horizon, row and
//! column totals that are sums of the cells on screen.

use super::{lines::LineHead, PercentMode};
use crate::{
    domain::{
        budget::{
            amount_of_share, external_part, horizon_name, is_shared, share_bp, Parts, Rate,
            ShareError, Split,
        },
        parse_money, Budget, BudgetLine, Command, Delivery, Horizon, ItemId, LineEdit, Money,
    },
    ui::{
        format,
        perf::dormant::{self, Dormancy},
        state::Store,
        use_texts,
    },
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The table.
#[component]
pub fn BudgetTable() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let ids = store.select(|p| p.budget.lines.iter().map(|l| l.id).collect::<Vec<_>>());
    let rows = move || ids.get().into_iter().enumerate().collect::<Vec<_>>();
    let summary = store.select(|p| p.budget.summary());
    // One signal each for the whole table: rows and cells read these rather
    // than selecting from the plan themselves on every edit (`Store::watch`).
    let currency = store.watch(|p| p.currency.clone());
    // A long table draws only the rows in sight (src/ui/perf/dormant.rs).
    let long = Memo::new(move |_| ids.with(|ids| ids.len() > dormant::LONG));
    provide_context(Dormancy::new());
    provide_context(TableShared {
        long: long.into(),
        total: store.watch(|p| p.budget.total),
        currency,
        objectives: store.watch(|p| {
            p.objectives
                .iter()
                .map(|o| (o.id, o.title.clone()))
                .collect::<Vec<_>>()
        }),
        rates: store.watch(|p| p.budget.rates.clone()),
    });
    let money = move |m: Money| format::money(m, &currency.get(), store.lang.get());
    let pct = move |m: Money| {
        let bp = share_bp(m, summary.get().total);
        format::percent(f64::from(bp) / 10_000.0, store.lang.get())
    };
    // Rows that sleep leave the accessibility tree with their cells: a
    // screen reader is still told how many rows there are and which one it
    // is in (ARIA's row count and indexes, 1 the header, then the lines,
    // then the totals, whose index is the count).
    let row_count = move || long.get().then(|| (ids.with(Vec::len) + 2).to_string());
    let header_index = move || long.get().then_some("1");
    view! {
        <div class="table-scroll">
            <table class="budget-table split-table" class:long-table=move || long.get() data-testid="budget-table" aria-describedby="budget-keys" aria-rowcount=row_count>
                <caption>{move || (t().budget().table_caption)(currency.get().code())}</caption>
                <thead>
                    <tr aria-rowindex=header_index>
                        <th scope="col">{move || t().budget().col_channel}</th>
                        {Horizon::ALL.iter().map(|h| view! {
                            <th scope="col" class="num">{move || horizon_name(*h).get(store.lang.get())}</th>
                        }).collect_view()}
                        <th scope="col" class="num">{move || t().budget().col_total}</th>
                        <th scope="col" class="num">{move || t().budget().col_share}</th>
                        <th scope="col">{move || t().budget().col_delivery}</th>
                    </tr>
                </thead>
                <tbody on:focusin=|e| {
                    if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                        dormant::wake_around(&el);
                    }
                }>
                    <For each=rows key=|(row, id)| (*row, *id) let:item>
                        <BudgetRow id=item.1 row=item.0/>
                    </For>
                </tbody>
                <tfoot>
                    <tr data-testid="budget-totals" aria-rowindex=row_count>
                        <th scope="row">{move || t().budget().col_total}</th>
                        {Horizon::ALL.iter().enumerate().map(|(h, hz)| view! {
                            <td class="num" data-label=move || horizon_name(*hz).get(store.lang.get()) data-testid=format!("total-h{h}")>{move || money(summary.get().by_horizon[h])}</td>
                        }).collect_view()}
                        <td class="num strong" data-label=move || t().budget().col_total data-testid="total-all">{move || money(summary.get().allocated)}</td>
                        <td class="num" data-label=move || t().budget().col_share>{move || pct(summary.get().allocated)}</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <p class="hint" id="budget-keys">{move || t().budget().keyboard_hint}" "{move || t().budget().locked_note}</p>
    }
}

/// What every row and cell of the table reads.
#[derive(Clone, Copy)]
struct TableShared {
    /// Long enough for its rows off screen to sleep.
    long: Signal<bool>,
    total: Signal<Money>,
    currency: Signal<crate::domain::Currency>,
    /// The objectives a line can serve (id, title).
    objectives: Signal<Vec<(ItemId, String)>>,
    /// The plan's rates: a fee line's external part is its fee.
    rates: Signal<Vec<Rate>>,
}

/// How the delivery column reads a line: all to one side, or shared with
/// this external share in basis points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Whole(Delivery),
    Shared(u32),
}

/// Who `line`'s money goes to, as [`crate::domain::Budget::parts`] splits it.
fn who(line: &BudgetLine, rates: &Signal<Vec<Rate>>) -> Who {
    if line.fee.is_none() && line.split == Split::Whole {
        return Who::Whole(line.delivery);
    }
    let total = line.total();
    let parts = if line.fee.is_some() {
        rates.with(|r| {
            Budget {
                rates: r.clone(),
                ..Budget::default()
            }
            .parts(line)
        })
    } else {
        let external = external_part(total, line.split, line.delivery);
        Parts {
            in_house: Money(total.0 - external.0),
            external,
        }
    };
    if is_shared(parts) {
        Who::Shared(share_bp(parts.external, total))
    } else if parts.external > Money::ZERO {
        Who::Whole(Delivery::Consultant)
    } else {
        Who::Whole(Delivery::InHouse)
    }
}

/// One line of the table.
#[component]
fn BudgetRow(id: ItemId, row: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // The one slice of the row over the plan; its cells derive from it, so
    // an edit of another line reruns this and nothing below it.
    let line = store.watch(move |p| p.line(id).cloned());
    let TableShared {
        long,
        total,
        currency,
        objectives,
        rates,
    } = expect_context::<TableShared>();
    let tr = NodeRef::<leptos::html::Tr>::new();
    expect_context::<Dormancy>().watch(tr, long);
    let line_total = move || line.get().map(|l| l.total()).unwrap_or_default();
    let error = RwSignal::new(None::<String>);
    let who = Memo::new(move |_| {
        line.with(|l| {
            l.as_ref()
                .map_or(Who::Whole(Delivery::default()), |l| who(l, &rates))
        })
    });
    let fee_line = Memo::new(move |_| line.with(|l| l.as_ref().is_some_and(|l| l.fee.is_some())));
    let delivery = move || match who.get() {
        Who::Whole(d) => Some(d),
        Who::Shared(_) => None,
    };
    view! {
        <tr node_ref=tr data-testid="budget-row" aria-rowindex=move || long.get().then(|| (row + 2).to_string())>
            <th scope="row"><LineHead id=id line=line objectives=objectives/></th>
            {(0..3).map(|h| view! { <BudgetCell id=id line=line row=row h=h/> }).collect_view()}
            <td class="num strong" data-label=move || t().budget().col_total data-testid="row-total">{move || format::money(line_total(), &currency.get(), store.lang.get())}</td>
            <td class="num" data-label=move || t().budget().col_share data-testid="row-share">
                {move || format::percent(f64::from(share_bp(line_total(), total.get())) / 10_000.0, store.lang.get())}
            </td>
            <td data-label=move || t().budget().col_delivery>
                <label class="sr-only" for=format!("delivery-{id}")>{move || t().budget().col_delivery}</label>
                <select id=format!("delivery-{id}") data-testid="row-delivery" class:shared=move || delivery().is_none()
                    // A fee sets the external part: the line's details change it.
                    disabled=move || fee_line.get()
                    title=move || match who.get() {
                        _ if fee_line.get() => Some(t().tax().fee_delivery.to_string()),
                        Who::Shared(bp) => Some((t().tax().shared_full)(&format::percent(f64::from(bp) / 10_000.0, store.lang.get()))),
                        Who::Whole(_) => None,
                    }
                    on:change=move |e| {
                    let Some(d) = Delivery::from_key(&event_target_value(&e)) else { return };
                    let edit = |x| Command::EditBudgetLine(id, x);
                    // Choosing one side of a shared line gives it all to that side.
                    let whole = line.with_untracked(|l| l.as_ref().is_none_or(|l| l.split == Split::Whole));
                    let command = if whole {
                        edit(LineEdit::Delivery(d))
                    } else {
                        Command::Batch(vec![edit(LineEdit::Split(Split::Whole)), edit(LineEdit::Delivery(d))])
                    };
                    error.set(store.send(command));
                }>
                    {move || match who.get() {
                        Who::Shared(bp) => Some(view! {
                            <option value="shared" selected disabled>
                                {move || (t().tax().shared)(&format::percent(f64::from(bp) / 10_000.0, store.lang.get()))}
                            </option>
                        }),
                        Who::Whole(_) => None,
                    }}
                    <option value=Delivery::InHouse.key() prop:selected=move || delivery() == Some(Delivery::InHouse)>{move || t().budget().in_house}</option>
                    <option value=Delivery::Consultant.key() prop:selected=move || delivery() == Some(Delivery::Consultant)>{move || t().budget().consultant}</option>
                </select>
                <p class="error" role="alert">{move || error.get()}</p>
            </td>
        </tr>
    }
}

/// Moves the focus to the cell at `row`, `h`, if there is one.
fn focus_cell(row: usize, h: usize) {
    let selector = format!("[data-cell=\"{row}:{h}\"]");
    if let Some(el) = document().query_selector(&selector).ok().flatten() {
        // A sleeping row's fields cannot take the focus.
        if let Some(row) = el.closest("tr").ok().flatten() {
            dormant::wake(&row);
        }
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        }
    }
}

/// One cell: an amount (or a % of the total), a lock, and its refusal.
#[component]
fn BudgetCell(
    id: ItemId,
    /// The row's line, as its row reads it.
    line: Signal<Option<crate::domain::BudgetLine>>,
    row: usize,
    h: usize,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let PercentMode(percent) = expect_context::<PercentMode>();
    let horizon = Horizon::ALL[h];
    let amount =
        Memo::new(move |_| line.with(|l| l.as_ref().map(|l| l.amounts[h]).unwrap_or_default()));
    let locked = Memo::new(move |_| line.with(|l| l.as_ref().is_some_and(|l| l.locked[h])));
    let name = Memo::new(move |_| {
        line.with(|l| {
            l.as_ref()
                .map(|l| l.channel.name(store.lang.get()))
                .unwrap_or_default()
        })
    });
    let TableShared {
        total, currency, ..
    } = expect_context::<TableShared>();
    let error = RwSignal::new(None::<String>);
    let editing = RwSignal::new(false);
    let shown = move || {
        let lang = store.lang.get();
        if percent.get() {
            format::number(
                f64::from(share_bp(amount.get(), total.get())) / 100.0,
                lang,
                2,
            )
        } else {
            format::money_plain(amount.get(), &currency.get(), lang)
        }
    };
    let text = RwSignal::new(String::new());
    Effect::new(move |_| {
        let s = shown();
        if !editing.get_untracked() {
            text.set(s);
        }
    });
    let label =
        move || (t().budget().cell_label)(&name.get(), horizon_name(horizon).get(store.lang.get()));
    let on_input = move |typed: String| {
        let lang = store.lang.get_untracked();
        let texts = crate::i18n::texts(lang);
        let parsed: Result<Money, String> = if percent.get_untracked() {
            amount_of_share(total.get_untracked(), &typed).map_err(|e| match e {
                ShareError::NoTotal => texts.budget().percent_needs_total.to_string(),
                ShareError::OutOfRange => (texts.strategy().out_of_range)("0", Some("100")),
                ShareError::Number(e) => (texts.strategy().err_number)(&e),
            })
        } else {
            parse_money(&typed, &currency.get_untracked()).map_err(|e| (texts.plan().err_money)(&e))
        };
        error.set(match parsed {
            Ok(m) => store.send(Command::SetCell {
                line: id,
                horizon,
                amount: m,
            }),
            Err(why) => Some(why),
        });
    };
    let input_id = format!("cell-{id}-{h}");
    view! {
        <td class="cell" data-label=move || horizon_name(horizon).get(store.lang.get()) class:locked=move || locked.get() class:invalid=move || error.with(Option::is_some)>
            <div class="cell-box">
                <label class="sr-only" for=input_id.clone()>{label}</label>
                <input type="text" inputmode="decimal" autocomplete="off" id=input_id.clone()
                    data-testid=format!("cell-{row}-{h}") data-cell=format!("{row}:{h}")
                    readonly=move || locked.get()
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=format!("{input_id}-error")
                    prop:value=move || text.get()
                    on:focus=move |_| editing.set(true)
                    // Blurred as it is removed (undo of the line): its signals may be gone.
                    on:blur=move |_| { if editing.try_set(false).is_none() && error.try_with_untracked(Option::is_none) == Some(true) { text.try_set(untrack(shown)); } }
                    on:input=move |e| { let v = event_target_value(&e); text.set(v.clone()); on_input(v); }
                    on:keydown=move |e: leptos::ev::KeyboardEvent| match e.key().as_str() {
                        "ArrowDown" | "Enter" => { e.prevent_default(); focus_cell(row + 1, h); }
                        "ArrowUp" if row > 0 => { e.prevent_default(); focus_cell(row - 1, h); }
                        _ => {}
                    }/>
                <button type="button" class="lock" data-testid=format!("lock-{row}-{h}")
                    aria-pressed=move || locked.get().to_string()
                    aria-label=move || {
                        let (n, hz) = (name.get(), horizon_name(horizon).get(store.lang.get()));
                        if locked.get() { (t().budget().unlock)(&n, hz) } else { (t().budget().lock)(&n, hz) }
                    }
                    title=move || {
                        let (n, hz) = (name.get(), horizon_name(horizon).get(store.lang.get()));
                        if locked.get() { (t().budget().unlock)(&n, hz) } else { (t().budget().lock)(&n, hz) }
                    }
                    on:click=move |_| error.set(store.send(Command::SetCellLocked { line: id, horizon, locked: !locked.get_untracked() }))>
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                        <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor"/>
                        <path d=move || if locked.get() { "M5 7V5a3 3 0 0 1 6 0v2" } else { "M5 7V5a3 3 0 0 1 6 0" }
                            fill="none" stroke="currentColor" stroke-width="1.6"
                            transform=move || if locked.get() { "" } else { "translate(3 -1.5) rotate(20 8 5)" }/>
                    </svg>
                </button>
            </div>
            <p class="error" id=format!("{input_id}-error") role="alert" data-testid=format!("cell-error-{row}-{h}")>{move || error.get()}</p>
        </td>
    }
}
