//! Browser tests, in headless Chromium (wasm-bindgen-test): the storage
//! adapter against the real localStorage, money formatting through `Intl`,
//! and the app mounted, clicked and typed into.
//!
//! Run by `make test-wasm`. Every test starts from an empty localStorage and
//! the root URL, since all tests share one page.
#![cfg(target_arch = "wasm32")]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

use cap::{
    domain::{Command, Currency, Lang, Money, Plan},
    storage::{browser::BrowserStore, Entry, KvStore, Library, SaveError, StorageError},
    ui::format,
};
use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::*;

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_800_000_000, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn plan(name: &str) -> Plan {
    let mut plan = Plan::new(name, day(2027, 1, 1), Lang::Fr);
    cap::domain::apply(&mut plan, Command::SetBudgetTotal(Money(50_000_00))).unwrap();
    plan
}

// ---------------------------------------------------------------- storage

#[wasm_bindgen_test]
fn a_plan_saved_in_local_storage_lists_and_opens_identical() {
    reset();
    let store = BrowserStore::open();
    assert!(store.is_persistent());
    let library = Library::new(store);
    let id = cap::storage::PlanId::parse("web-1").unwrap();
    let original = plan("Plan navigateur « test » <b>gras</b>");
    library.save(&id, &original, now(), None).unwrap();

    let entries = library.list().unwrap();
    assert!(matches!(&entries[..], [Entry::Readable { name, .. }] if name == &original.name));
    let (loaded, raw) = library.open(&id).unwrap();
    assert_eq!(loaded.plan, original);
    assert_eq!(local().get_item(&id.key()).unwrap(), Some(raw));
}

#[wasm_bindgen_test]
fn a_full_local_storage_refuses_the_save_and_keeps_the_stored_version() {
    reset();
    let library = Library::new(BrowserStore::open());
    let id = cap::storage::PlanId::parse("web-quota").unwrap();
    let original = plan("Avant");
    let raw = library.save(&id, &original, now(), None).unwrap();

    // Fill the origin's quota with 512 KB chunks until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut filled = 0;
    while local()
        .set_item(&format!("test.fill.{filled}"), &chunk)
        .is_ok()
    {
        filled += 1;
        assert!(filled < 200, "the browser never refused: no quota to test");
    }
    let mut bigger = original.clone();
    bigger.context = "y".repeat(600 * 1024);
    let result = library.save(&id, &bigger, now(), Some(&raw));
    assert_eq!(result, Err(SaveError::Storage(StorageError::QuotaExceeded)));
    assert_eq!(library.open(&id).unwrap().0.plan, original);

    for i in 0..filled {
        local().remove_item(&format!("test.fill.{i}")).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_corrupt_stored_plan_is_listed_backed_up_and_left_as_it_was() {
    reset();
    let broken = r#"{"format":"cap-plan","schema_version":1,"plan":{"name":"#;
    local().set_item("cap.plan.broken", broken).unwrap();
    let library = Library::new(BrowserStore::open());
    let entries = library.list().unwrap();
    let [Entry::Unreadable {
        backup_key: Some(backup),
        ..
    }] = &entries[..]
    else {
        panic!("expected one unreadable entry, got {entries:?}");
    };
    assert_eq!(local().get_item(backup).unwrap().as_deref(), Some(broken));
    assert_eq!(
        local().get_item("cap.plan.broken").unwrap().as_deref(),
        Some(broken)
    );
    // Listing again reuses the same backup instead of piling up copies.
    library.list().unwrap();
    let backups = (0..local().length().unwrap())
        .filter_map(|i| local().key(i).unwrap())
        .filter(|k| k.starts_with("cap.backup."))
        .count();
    assert_eq!(backups, 1);
}

#[wasm_bindgen_test]
fn browser_store_reads_back_what_it_wrote_and_lists_its_keys() {
    reset();
    let store = BrowserStore::open();
    store.set("cap.test", "é « » 🎯").unwrap();
    assert_eq!(store.get("cap.test").unwrap().as_deref(), Some("é « » 🎯"));
    assert!(store.keys().unwrap().contains(&"cap.test".to_string()));
    store.remove("cap.test").unwrap();
    assert_eq!(store.get("cap.test").unwrap(), None);
}

// ---------------------------------------------------------------- formatting

/// Splits a formatted amount into its runs of digits: `CHF 12’500.50` gives
/// ["12", "500", "50"], whatever separators the locale uses.
fn digit_runs(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}

#[wasm_bindgen_test]
fn money_is_formatted_by_intl_with_grouping_and_the_currency_decimals() {
    let chf = Currency::chf();
    for lang in Lang::ALL {
        let text = format::money(Money(12_500_50), &chf, lang);
        assert!(text.contains("CHF"), "{text}");
        assert_eq!(digit_runs(&text), ["12", "500", "50"], "{text}");
    }
    let yen = Currency::new("JPY").unwrap();
    assert_eq!(
        digit_runs(&format::money(Money(1_250), &yen, Lang::En)),
        ["1", "250"]
    );
    let dinar = Currency::new("KWD").unwrap();
    assert_eq!(
        digit_runs(&format::money_plain(Money(1_500), &dinar, Lang::Fr)),
        ["1", "500"]
    );
}

/// Formatters are built once and kept: each locale, currency and option
/// set must still get its own, however the calls interleave.
#[wasm_bindgen_test]
fn kept_formatters_never_answer_for_another_currency_language_or_precision() {
    let chf = Currency::chf();
    let eur = Currency::new("EUR").unwrap();
    let yen = Currency::new("JPY").unwrap();
    let day = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
    for _ in 0..2 {
        for lang in Lang::ALL {
            assert!(format::money(Money(100), &chf, lang).contains("CHF"));
            assert!(format::money(Money(100), &eur, lang).contains('€'));
            assert!(!format::money_plain(Money(100), &eur, lang).contains('€'));
            assert_eq!(digit_runs(&format::money(Money(100), &yen, lang)), ["100"]);
            assert_eq!(digit_runs(&format::number(1.2345, lang, 0)), ["1"]);
            assert_eq!(digit_runs(&format::number(1.2345, lang, 2)), ["1", "23"]);
            // A KPI amount keeps at most the currency's decimals.
            let kpi = format::kpi_value(12.5, cap::domain::Unit::Money, &chf, lang);
            assert_eq!(digit_runs(&kpi), ["12", "50"], "{kpi}");
            assert_eq!(digit_runs(&format::date(day, lang)), ["15", "2027"]);
            assert_eq!(digit_runs(&format::month(day, lang)), ["2027"]);
        }
        assert!(format::month(day, Lang::Fr).starts_with("janv"));
        assert!(format::month(day, Lang::En).starts_with("Jan"));
    }
}

// ---------------------------------------------------------------- components

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[wasm_bindgen_test]
fn a_reused_list_keeps_its_equal_items_and_reports_a_change() {
    let old = strings(&["a", "b", "c"]);
    let kept: Vec<*const u8> = old.iter().map(|s| s.as_ptr()).collect();
    let new = strings(&["a", "B", "c"]);
    let (out, changed) = cap::ui::perf::reuse(Some(old), &new);
    assert!(changed);
    assert_eq!(out, new);
    // The first and last strings are the previous ones, not clones.
    assert_eq!(out[0].as_ptr(), kept[0]);
    assert_eq!(out[2].as_ptr(), kept[2]);
    assert_ne!(out[1].as_ptr(), kept[1]);
}

#[wasm_bindgen_test]
fn a_reused_list_that_is_the_same_is_no_change_and_a_shorter_or_longer_one_is() {
    let list = strings(&["a", "b"]);
    assert_eq!(
        cap::ui::perf::reuse(Some(list.clone()), &list),
        (list.clone(), false)
    );
    assert_eq!(
        cap::ui::perf::reuse(Some(list.clone()), &list[..1]),
        (strings(&["a"]), true)
    );
    let longer = strings(&["a", "b", "c"]);
    assert_eq!(
        cap::ui::perf::reuse(Some(list), &longer),
        (longer.clone(), true)
    );
    assert_eq!(cap::ui::perf::reuse(None, &longer), (longer, true));
}

#[wasm_bindgen_test]
async fn a_new_plan_is_created_saved_and_listed() {
    reset();
    let (root, _app) = mount_app();
    settle().await;
    assert!(text_of(&root, "library-empty").len() > 10);

    by_testid(&root, "new-plan").click();
    settle().await;
    type_into(&by_testid(&root, "new-plan-name"), "Plan Boulangerie");
    type_into(&by_testid(&root, "new-plan-client"), "Martin SA");
    by_testid(&root, "new-plan-create").click();
    settle().await;

    let name: HtmlInputElement = by_testid(&root, "plan-name").unchecked_into();
    assert_eq!(name.value(), "Plan Boulangerie");
    let stored = stored_plans();
    assert_eq!(stored.len(), 1);
    let loaded = cap::storage::decode(&stored[0].1).unwrap();
    assert_eq!(loaded.plan.client, "Martin SA");
}

#[wasm_bindgen_test]
async fn letters_in_the_budget_field_are_refused_beside_it_and_nothing_changes() {
    reset();
    let (root, _app) = mount_app();
    settle().await;
    by_testid(&root, "new-plan").click();
    settle().await;
    type_into(&by_testid(&root, "new-plan-name"), "Budget");
    by_testid(&root, "new-plan-create").click();
    settle().await;

    let total = by_testid(&root, "plan-budget-total");
    type_into(&total, "12'500");
    settle().await;
    assert_eq!(text_of(&root, "plan-budget-total-error"), "");
    sleep(700).await; // past the autosave delay
    let saved = || {
        cap::storage::decode(&stored_plans()[0].1)
            .unwrap()
            .plan
            .budget
            .total
    };
    assert_eq!(saved(), Money(12_500_00));

    type_into(&total, "12a");
    settle().await;
    assert!(!text_of(&root, "plan-budget-total-error").is_empty());
    assert_eq!(total.get_attribute("aria-invalid").as_deref(), Some("true"));
    type_into(&total, "-5");
    settle().await;
    assert!(!text_of(&root, "plan-budget-total-error").is_empty());
    sleep(700).await;
    assert_eq!(saved(), Money(12_500_00));
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text_and_is_remembered() {
    reset();
    let (root, _app) = mount_app();
    settle().await;
    by_testid(&root, "lang-en").click();
    settle().await;
    assert_eq!(text_of(&root, "new-plan"), "New plan");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    by_testid(&root, "lang-fr").click();
    settle().await;
    assert_eq!(text_of(&root, "new-plan"), "Nouveau plan");
    let settings = local()
        .get_item("cap.settings")
        .unwrap()
        .unwrap_or_default();
    assert!(settings.contains("\"fr\""), "{settings}");
}

// ---------------------------------------------------------------- storage faults

#[wasm_bindgen_test]
async fn a_plan_from_a_newer_version_is_listed_unreadable_and_never_written_over() {
    reset();
    let library = Library::new(BrowserStore::open());
    let id = cap::storage::PlanId::parse("web-newer").unwrap();
    library.save(&id, &plan("Du futur"), now(), None).unwrap();
    let newer = local().get_item(&id.key()).unwrap().unwrap().replace(
        &format!(
            "\"schema_version\":{}",
            cap::storage::envelope::SCHEMA_VERSION
        ),
        "\"schema_version\":99",
    );
    local().set_item(&id.key(), &newer).unwrap();

    let (root, _app) = mount_app();
    settle().await;
    assert!(
        root.text_content().unwrap_or_default().contains("99"),
        "the library says which version the plan needs"
    );
    // Opening it says why, and nothing is written over it.
    navigate("/plan/web-newer");
    settle().await;
    sleep(700).await;
    assert_eq!(local().get_item(&id.key()).unwrap(), Some(newer.clone()));
    let backups: Vec<String> = (0..local().length().unwrap())
        .filter_map(|i| local().key(i).unwrap())
        .filter(|k| k.starts_with("cap.backup."))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(local().get_item(&backups[0]).unwrap(), Some(newer));
}

/// What another tab's write looks like to this one: the text changes in
/// localStorage and a `storage` event fires.
fn other_tab_writes(key: &str, text: &str) {
    local().set_item(key, text).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(Some(text));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    window().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_second_tab_writing_the_open_plan_is_a_conflict_and_nothing_is_overwritten() {
    reset();
    let (root, _app) = mount_app();
    settle().await;
    by_testid(&root, "new-plan").click();
    settle().await;
    type_into(&by_testid(&root, "new-plan-name"), "Deux onglets");
    by_testid(&root, "new-plan-create").click();
    settle().await;
    let (key, _) = stored_plans().remove(0);

    // The other tab saves its version while this one has an edit pending.
    type_into(&by_testid(&root, "plan-client"), "Client de cet onglet");
    let mut theirs = plan("Deux onglets");
    theirs.client = "Client de l'autre onglet".into();
    let theirs = cap::storage::encode(&theirs, now(), false);
    other_tab_writes(&key, &theirs);
    settle().await;
    assert!(by_testid(&root, "banner-conflict").is_connected());

    // Past the autosave: their text is still stored, mine is still on screen.
    sleep(700).await;
    assert_eq!(local().get_item(&key).unwrap(), Some(theirs));
    let client: HtmlInputElement = by_testid(&root, "plan-client").unchecked_into();
    assert_eq!(client.value(), "Client de cet onglet");

    // Keeping mine is a choice, and only then is theirs replaced.
    by_testid(&root, "conflict-keep-mine").click();
    settle().await;
    let stored = cap::storage::decode(&local().get_item(&key).unwrap().unwrap()).unwrap();
    assert_eq!(stored.plan.client, "Client de cet onglet");
}

// ---------------------------------------------------------------- the Gantt

/// A key pressed on a focused element: a bubbling, cancelable keydown.
fn press(el: &HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

fn element(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .unchecked_into()
}

fn bar_x(row: &HtmlElement) -> f64 {
    row.query_selector("[data-testid=\"gantt-bar\"]")
        .unwrap()
        .unwrap()
        .get_attribute("x")
        .unwrap()
        .parse()
        .unwrap()
}

#[wasm_bindgen_test]
async fn moving_an_action_on_the_gantt_keeps_its_row_and_focus_and_redraws_no_other_row() {
    reset();
    // More actions than one band of the chart holds (24 rows).
    let mut p = plan("Gantt");
    let first = p.next_id;
    for i in 0..40u32 {
        let action = cap::domain::Action::new(
            cap::domain::ItemId(first + i),
            &format!("Action {i}"),
            day(2027, 2, 1) + chrono::Duration::days(i64::from(i)),
        );
        cap::domain::apply(
            &mut p,
            Command::InsertAction {
                index: i as usize,
                action: Box::new(action),
            },
        )
        .unwrap();
    }
    let library = Library::new(BrowserStore::open());
    let id = cap::storage::PlanId::parse("web-gantt").unwrap();
    library.save(&id, &p, now(), None).unwrap();
    let (root, _app) = mount_app();
    settle().await;
    navigate("/plan/web-gantt/timeline");
    let rows = || {
        root.query_selector_all("[data-testid=\"gantt-row\"]")
            .unwrap()
            .length()
    };
    for _ in 0..40 {
        settle().await;
        if rows() > 0 {
            break;
        }
    }
    assert_eq!(rows(), 40, "{}", root.text_content().unwrap_or_default());

    // One action in the second band, one in the first.
    let moved_id = format!("gantt-row-{}", first + 30);
    let other_id = format!("gantt-row-{}", first + 2);
    let moved = element(&moved_id);
    let other = element(&other_id);
    let x = bar_x(&moved);
    moved.focus().unwrap();
    press(&moved, "ArrowRight");
    settle().await;

    let after = element(&moved_id);
    assert!(
        after.is_same_node(Some(&moved)),
        "the moved action keeps its row element"
    );
    assert!(
        element(&other_id).is_same_node(Some(&other)),
        "another row is not redrawn"
    );
    assert!(
        document()
            .active_element()
            .is_some_and(|e| e.is_same_node(Some(&moved))),
        "the focus stays on the moved row, so the next arrow moves it again"
    );
    assert!(
        bar_x(&after) > x,
        "its bar is drawn a week later: {x} -> {}",
        bar_x(&after)
    );
    assert!(
        after
            .get_attribute("aria-label")
            .unwrap()
            .contains("2027-03-10"),
        "its name says its new start"
    );

    // And the plan has it: saved with the new dates.
    sleep(700).await;
    let stored = cap::storage::decode(&local().get_item(&id.key()).unwrap().unwrap()).unwrap();
    let a = stored
        .plan
        .actions
        .iter()
        .find(|a| a.id.0 == first + 30)
        .unwrap();
    assert_eq!(a.start, day(2027, 3, 10));
}

/// A saved plan of `lines` custom budget lines, opened on its budget page.
async fn open_budget_of(id: &str, lines: u32) -> (HtmlElement, impl Drop) {
    reset();
    let mut p = plan("Budget");
    let first = p.next_id;
    for i in 0..lines {
        let line = cap::domain::BudgetLine::new(
            cap::domain::ItemId(first + i),
            cap::domain::budget::Channel::Custom(format!("Canal {i}")),
        );
        cap::domain::apply(
            &mut p,
            Command::InsertBudgetLine {
                index: i as usize,
                line,
                links: Default::default(),
            },
        )
        .unwrap();
    }
    let library = Library::new(BrowserStore::open());
    library
        .save(&cap::storage::PlanId::parse(id).unwrap(), &p, now(), None)
        .unwrap();
    let (root, app) = mount_app();
    settle().await;
    navigate(&format!("/plan/{id}/budget"));
    until(|| !budget_rows(&root).is_empty()).await;
    (root, app)
}

fn budget_rows(root: &HtmlElement) -> Vec<HtmlElement> {
    let list = root
        .query_selector_all("[data-testid=\"budget-row\"]")
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn is_dormant(row: &HtmlElement) -> bool {
    row.class_list().contains("dormant")
}

fn focused_testid() -> Option<String> {
    document()
        .active_element()
        .and_then(|e| e.get_attribute("data-testid"))
}

#[wasm_bindgen_test]
async fn a_long_budget_draws_the_rows_in_sight_and_wakes_each_one_the_keyboard_reaches() {
    let (root, _app) = open_budget_of("web-long", 40).await;
    let rows = budget_rows(&root);
    assert_eq!(rows.len(), 40);
    // The runner's own output sits above the app: bring the table's top
    // into sight, as a person scrolling to it would.
    rows[0].scroll_into_view();
    until(|| !is_dormant(&rows[0]) && is_dormant(&rows[39])).await;
    assert!(!is_dormant(&rows[0]), "the first row is in sight");
    assert!(
        is_dormant(&rows[39]),
        "the last row is out of sight, asleep"
    );
    // A screen reader still hears how many rows there are, and where it is.
    let table = by_testid(&root, "budget-table");
    assert_eq!(table.get_attribute("aria-rowcount").as_deref(), Some("42"));
    assert_eq!(
        rows[39].get_attribute("aria-rowindex").as_deref(),
        Some("41")
    );
    assert_eq!(
        by_testid(&root, "budget-totals")
            .get_attribute("aria-rowindex")
            .as_deref(),
        Some("42")
    );
    let height = rows[39].get_bounding_client_rect().height();
    assert!(height > 20.0, "a sleeping row keeps its height: {height}");
    assert!(
        rows[39].query_selector("input").unwrap().is_some(),
        "its fields are still there, only not drawn"
    );

    // Down the first column with the arrow key: every row takes the focus,
    // asleep or not, and the table scrolls along.
    let first: HtmlElement = by_testid(&root, "cell-0-0");
    first.focus().unwrap();
    for k in 1..40 {
        let from = element_by_testid(&format!("cell-{}-0", k - 1));
        press(&from, "ArrowDown");
        settle().await;
        assert_eq!(
            focused_testid().as_deref(),
            Some(format!("cell-{k}-0").as_str()),
            "ArrowDown from row {} lands in row {k}",
            k - 1
        );
        assert!(!is_dormant(&budget_rows(&root)[k]));
    }
    let rows = budget_rows(&root);
    until(|| is_dormant(&rows[0])).await;
    assert!(!is_dormant(&rows[39]), "the row with the focus is drawn");
    assert!(
        is_dormant(&rows[0]),
        "the first row, now out of sight, sleeps"
    );

    // Typing into a row that was asleep edits the plan as any other.
    type_into(&element_by_testid("cell-39-0"), "1200");
    settle().await;
    let total = text_of(&root, "total-all");
    assert_eq!(
        total
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>(),
        "120000",
        "{total}"
    );

    // The focus reaching a row wakes its neighbours, where Tab and
    // Shift+Tab go next (the browser skips what is not drawn). Taken at the
    // top edge of what is drawn: the row above it sleeps.
    let top = (1..39)
        .find(|&i| !is_dormant(&rows[i]) && is_dormant(&rows[i - 1]))
        .expect("a drawn row below a sleeping one");
    let select: HtmlElement = rows[top]
        .query_selector("select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.focus().unwrap();
    settle().await;
    assert_eq!(
        document().active_element().as_ref(),
        Some(select.unchecked_ref::<web_sys::Element>())
    );
    assert!(!is_dormant(&rows[top]), "the focused row is drawn");
    assert!(
        !is_dormant(&rows[top - 1]),
        "the row Shift+Tab goes to is drawn"
    );
    assert!(!is_dormant(&rows[top + 1]), "so is the one Tab goes to");
}

fn element_by_testid(id: &str) -> HtmlElement {
    by_testid(&document().body().unwrap(), id)
}

#[wasm_bindgen_test]
async fn a_short_budget_keeps_every_row_drawn() {
    let (root, _app) = open_budget_of("web-short", 12).await;
    let rows = budget_rows(&root);
    assert_eq!(rows.len(), 12);
    // Even out of sight: the test page may be smaller than the table.
    window().scroll_to_with_x_and_y(0.0, 0.0);
    // Time for an observer to have reported, had there been one.
    sleep(300).await;
    assert!(rows.iter().all(|r| !is_dormant(r)));
    let table = by_testid(&root, "budget-table");
    assert!(!table.class_list().contains("long-table"));
    assert!(table.get_attribute("aria-rowcount").is_none());
    assert!(rows[0].get_attribute("aria-rowindex").is_none());
}

// ---------------------------------------------------------------- KPI calculator

/// Records the errors the page reports (an exception thrown by an event
/// handler, such as a Rust panic, lands here, not in the test).
fn record_page_errors() -> (std::rc::Rc<std::cell::RefCell<Vec<String>>>, impl Drop) {
    let errors = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = errors.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
        move |e: web_sys::Event| {
            let message = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "error event".into());
            sink.borrow_mut().push(message);
        },
    );
    window()
        .add_event_listener_with_callback("error", listener.as_ref().unchecked_ref())
        .unwrap();
    struct Remove(wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>);
    impl Drop for Remove {
        fn drop(&mut self) {
            let _ = window()
                .remove_event_listener_with_callback("error", self.0.as_ref().unchecked_ref());
        }
    }
    (errors, Remove(listener))
}

/// Issue 29, item 6: picking another indicator while the focus is in one of
/// the calculator's number fields redraws the fields; the focused one,
/// removed, got its blur after its signals were disposed and panicked
/// ("reactive value that has already been disposed", then
/// `RuntimeError: unreachable`).
#[wasm_bindgen_test]
async fn changing_the_calculator_indicator_while_typing_in_a_field_does_not_panic() {
    reset();
    let library = Library::new(BrowserStore::open());
    let id = cap::storage::PlanId::parse("web-calc").unwrap();
    library.save(&id, &plan("Calcul"), now(), None).unwrap();
    let (errors, _listening) = record_page_errors();
    let (root, _app) = mount_app();
    settle().await;
    navigate("/plan/web-calc/kpis");
    let found = until(|| {
        root.query_selector("[data-testid=\"calc-input-1\"]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert!(found, "{}", root.text_content().unwrap_or_default());

    // ROI = (revenue × margin − spend) ÷ spend: three fields, the focus in
    // the last one, which a ratio (two fields) does not have.
    let select: web_sys::HtmlSelectElement = by_testid(&root, "calc-kpi").unchecked_into();
    let pick = |key: &str| {
        select.set_value(key);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        select
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
            .unwrap();
    };
    pick("roi");
    settle().await;
    let spend = by_testid(&root, "calc-input-3");
    spend.focus().unwrap();
    type_into(&spend, "250");
    settle().await;
    assert!(document()
        .active_element()
        .is_some_and(|e| e.is_same_node(Some(&spend))));

    // Another indicator, picked without leaving the field.
    pick("cpc");
    settle().await;
    // Whatever the browser did when the field went, leaving it now.
    spend.blur().unwrap();
    settle().await;
    assert_eq!(*errors.borrow(), Vec::<String>::new(), "no panic");

    // The new fields work: cost per click = spend ÷ clicks.
    let spend = by_testid(&root, "calc-input-1");
    spend.focus().unwrap();
    type_into(&spend, "100");
    spend.blur().unwrap();
    let clicks = by_testid(&root, "calc-input-2");
    clicks.focus().unwrap();
    type_into(&clicks, "50");
    clicks.blur().unwrap();
    settle().await;
    let result = text_of(&root, "calc-result");
    assert!(
        result.contains("2.00") || result.contains("2,00"),
        "CHF 100 for 50 clicks is CHF 2.00 a click: {result}"
    );
    assert_eq!(*errors.borrow(), Vec::<String>::new(), "no panic");
}

// ---------------------------------------------------------------- dashboard

/// Issue 29, item 5: the dashboard reads the plan once (`board`) and each
/// panel its own part: every panel shows its figures, and a measurement
/// added on one panel lands there and nowhere else.
#[wasm_bindgen_test]
async fn the_dashboard_panels_read_their_own_kpi_and_a_new_measurement_lands_on_its_panel() {
    use cap::domain::{ItemId, KpiRef, Measurement, Objective, ObjectiveKpi, Rank, Target};
    reset();
    let mut p = plan("Tableau");
    let keys = ["orders", "revenue", "new_customers"];
    for o in 1..=2u32 {
        let mut objective = Objective::new(ItemId(o), &format!("Objectif {o}"), Rank::Priority);
        objective.deadline = Some(day(2027, 12, 31));
        objective.kpis = keys
            .iter()
            .map(|k| ObjectiveKpi {
                kpi: KpiRef::Catalogue(k.to_string()),
                baseline: Some(10.0),
                target: Some(Target::Value(20.0)),
                period: None,
            })
            .collect();
        p.objectives.push(objective);
    }
    let mut id = 100;
    for (k, objective, value) in [
        ("orders", Some(1), 13.0),
        ("orders", Some(2), 15.0),
        ("revenue", None, 12.0),
    ] {
        id += 1;
        p.measurements.push(Measurement {
            id: ItemId(id),
            kpi: KpiRef::Catalogue(k.into()),
            objective: objective.map(ItemId),
            date: day(2027, 3, 1),
            value,
        });
    }
    p.next_id = 200;
    let library = Library::new(BrowserStore::open());
    library
        .save(
            &cap::storage::PlanId::parse("web-dash").unwrap(),
            &p,
            now(),
            None,
        )
        .unwrap();
    let (root, _app) = mount_app();
    settle().await;
    navigate("/plan/web-dash/dashboard");
    let panels = || {
        root.query_selector_all(".objective-card .kpi-panel")
            .unwrap()
            .length()
    };
    assert!(
        until(|| panels() == 6).await,
        "{}",
        root.text_content().unwrap_or_default()
    );
    let cards = root
        .query_selector_all("[data-testid=\"dash-objective\"]")
        .unwrap();
    let card = |i: u32| -> HtmlElement { cards.item(i).unwrap().unchecked_into() };
    let summary = |i: u32, key: &str| {
        card(i)
            .query_selector(&format!("[data-testid=\"dash-kpi-{key}\"] summary"))
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    // Orders: one measurement each, their own; revenue: the shared one.
    assert_eq!(summary(0, "orders"), "1");
    assert_eq!(summary(1, "orders"), "1");
    assert_eq!(summary(0, "revenue"), "1");
    assert_eq!(summary(1, "revenue"), "1");
    assert_eq!(summary(0, "new_customers"), "0");
    assert!(
        card(1).text_content().unwrap().contains("50"),
        "15 of 10 -> 20"
    );

    // A measurement of orders for the first objective.
    let value: HtmlElement = root
        .query_selector("#m-value-1-orders")
        .unwrap()
        .unwrap()
        .unchecked_into();
    type_into(&value, "18");
    let form: web_sys::HtmlFormElement = value.closest("form").unwrap().unwrap().unchecked_into();
    form.request_submit().unwrap();
    settle().await;
    assert_eq!(summary(0, "orders"), "2");
    assert_eq!(summary(1, "orders"), "1");
    assert_eq!(summary(0, "revenue"), "1");
}

// ------------------------------------------- numbers as a client reads them

/// Issue 30, item 6: counts whole, money to the franc where it is read,
/// percentages with at most one decimal in each language's typography,
/// and never a negative zero.
#[wasm_bindgen_test]
fn numbers_show_as_a_client_reads_them() {
    use cap::domain::{
        money::{MoneyStyle, Precision},
        Unit,
    };
    let chf = Currency::chf();
    for lang in Lang::ALL {
        // "Prévu 2 401 239.98 CHF" and phasing "5 166.67" were seen.
        let whole = format::money_whole(Money(2_401_239_98), &chf, lang);
        assert_eq!(digit_runs(&whole), ["2", "401", "240"], "{whole}");
        assert!(whole.contains("CHF"), "{whole}");
        assert_eq!(
            digit_runs(&format::money_whole(Money(5_166_50), &chf, lang)),
            ["5", "167"]
        );
        // "Commandes 27,7" was seen.
        assert_eq!(format::count(27.7, lang), "28");
        assert_eq!(
            format::kpi_value(27.7, Unit::Count, &chf, lang),
            "28",
            "a count KPI"
        );
        let revenue = format::kpi_total(2_401_239.98, Unit::Money, &chf, lang);
        assert_eq!(digit_runs(&revenue), ["2", "401", "240"], "{revenue}");
        // A red "−0 %" was seen: what rounds to zero shows as 0, unsigned.
        for tiny in [-0.0, -0.000_01, -0.004] {
            let shown = format::signed_percent_whole(tiny, lang);
            assert!(!shown.contains(['−', '-', '+']), "{tiny}: {shown}");
            assert!(
                !format::number(tiny, lang, 0).contains(['−', '-']),
                "{tiny}"
            );
        }
        assert!(format::signed_percent(-0.2049, lang).starts_with("−20"));
        assert!(format::signed_percent(0.19, lang).starts_with("+19"));
        // Slides and print in the plan's style.
        assert_eq!(
            format::money_as(
                Money(40_000_00),
                &chf,
                lang,
                MoneyStyle::Swiss,
                Precision::Unit
            ),
            "CHF\u{a0}40'000.–"
        );
        assert_eq!(
            format::money_as(
                Money(40_000_49),
                &chf,
                lang,
                MoneyStyle::Locale,
                Precision::Unit
            ),
            format::money_whole(Money(40_000_00), &chf, lang)
        );
    }
    assert_eq!(format::percent(0.12549, Lang::Fr), "12,5\u{a0}%");
    assert_eq!(format::percent(0.12549, Lang::En), "12.5%");
    assert_eq!(format::percent(0.0005, Lang::En), "0.05%");
    assert_eq!(format::percent_whole(0.456, Lang::Fr), "46\u{a0}%");
    assert_eq!(
        format::signed_percent_whole(-0.2049, Lang::Fr),
        "−20\u{a0}%"
    );
    assert_eq!(format::signed_percent_whole(0.19, Lang::En), "+19%");
    assert_eq!(format::signed_percent_whole(-0.004, Lang::En), "0%");
    assert_eq!(
        format::kpi_value(0.0818, Unit::Percent, &chf, Lang::Fr),
        "8,2\u{a0}%"
    );
}

// ---------------------------------------------------------------- charts

/// Saves `p` under `id` and opens `path` of it in the mounted app, in French.
async fn open_plan_at(p: &Plan, id: &str, path: &str) -> (HtmlElement, impl Drop) {
    local()
        .set_item("cap.settings", r#"{"lang":"fr"}"#)
        .unwrap();
    let library = Library::new(BrowserStore::open());
    library
        .save(&cap::storage::PlanId::parse(id).unwrap(), p, now(), None)
        .unwrap();
    let (root, app) = mount_app();
    settle().await;
    navigate(&format!("/plan/{id}/{path}"));
    (root, app)
}

fn all_by_testid(root: &HtmlElement, id: &str) -> Vec<HtmlElement> {
    let list = root
        .query_selector_all(&format!("[data-testid=\"{id}\"]"))
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// Issue 30, item 5: every stage of the funnel is written on the chart,
/// its name, its count and its rate from the stage before, even when the
/// lower stages are a thousandth of the first.
#[wasm_bindgen_test]
async fn the_funnel_chart_labels_every_stage_even_the_small_ones() {
    use cap::domain::{catalogue::FunnelStage, funnel::FunnelRow};
    reset();
    let mut p = plan("Tunnel");
    let counts = [10_000u64, 2_000, 25, 3, 1];
    p.funnel = vec![FunnelRow {
        label: String::new(),
        counts: counts.map(Some),
    }];
    let (root, _app) = open_plan_at(&p, "web-funnel", "kpis").await;
    assert!(
        until(|| all_by_testid(&root, "funnel-chart-stage").len() == 5).await,
        "{}",
        root.text_content().unwrap_or_default()
    );
    let stages = all_by_testid(&root, "funnel-chart-stage");
    for (i, stage) in stages.iter().enumerate() {
        let text = stage.text_content().unwrap_or_default();
        let name = FunnelStage::ALL[i].name().get(Lang::Fr);
        let count = format::number(counts[i] as f64, Lang::Fr, 0);
        assert!(text.contains(name), "stage {i}: {text}");
        assert!(text.contains(&count), "stage {i}: {text} has no {count}");
        if i > 0 {
            let rate = format::percent(counts[i] as f64 / counts[i - 1] as f64, Lang::Fr);
            assert!(text.contains(&rate), "stage {i}: {text} has no {rate}");
        }
        // The text is drawn, at a size a client reads, beside its bar.
        let label: HtmlElement = stage
            .query_selector(".funnel-text")
            .unwrap()
            .unwrap()
            .unchecked_into();
        let rect = label.get_bounding_client_rect();
        assert!(rect.width() > 40.0 && rect.height() > 10.0, "stage {i}");
        let size = window()
            .get_computed_style(&label)
            .unwrap()
            .unwrap()
            .get_property_value("font-size")
            .unwrap();
        assert!(
            size.trim_end_matches("px").parse::<f64>().unwrap() >= 12.0,
            "stage {i}: {size}"
        );
        let bar: HtmlElement = stage
            .query_selector(".funnel-bar")
            .unwrap()
            .unwrap()
            .unchecked_into();
        assert!(bar.get_bounding_client_rect().width() >= 3.0, "stage {i}");
    }
}

/// Issue 30, item 5: a funnel with no count says so in words and draws
/// nothing (it drew five stray ticks).
#[wasm_bindgen_test]
async fn an_empty_funnel_says_so_and_draws_no_tick() {
    reset();
    let (root, _app) = open_plan_at(&plan("Vide"), "web-funnel-empty", "kpis").await;
    assert!(
        until(|| !all_by_testid(&root, "funnel-chart").is_empty()).await,
        "{}",
        root.text_content().unwrap_or_default()
    );
    let chart = by_testid(&root, "funnel-chart");
    assert!(
        text_of(&chart, "funnel-chart-empty")
            .split_whitespace()
            .count()
            >= 5,
        "a sentence"
    );
    assert_eq!(
        chart
            .query_selector_all(".funnel-bar, polygon, [data-testid=\"funnel-chart-stage\"]")
            .unwrap()
            .length(),
        0
    );
}

/// Issue 30, item 5: an objective serving two strategy elements is shown
/// once, naming both; a KPI's baseline, arrow and target stay on one line.
#[wasm_bindgen_test]
async fn the_summary_tree_shows_an_objective_once_with_every_element_it_serves() {
    use cap::domain::{
        catalogue, ItemId, KpiRef, Objective, ObjectiveKpi, Rank, StrategyElement, StrategyKind,
        Target,
    };
    reset();
    let mut p = plan("Arbre");
    for (id, key) in [(1, "revenue"), (2, "new_customers")] {
        p.strategy_elements.push(StrategyElement {
            id: ItemId(id),
            kind: StrategyKind::Catalogue(key.into()),
            note: String::new(),
        });
    }
    let mut o = Objective::new(ItemId(3), "Vendre à de nouveaux clients", Rank::Priority);
    o.strategy_elements = vec![ItemId(1), ItemId(2)];
    o.kpis = vec![ObjectiveKpi {
        kpi: KpiRef::Catalogue("orders".into()),
        baseline: Some(0.0),
        target: Some(Target::Value(600.0)),
        period: None,
    }];
    p.objectives.push(o);
    p.next_id = 4;
    let (root, _app) = open_plan_at(&p, "web-tree", "strategy/summary").await;
    assert!(
        until(|| !all_by_testid(&root, "summary-tree").is_empty()).await,
        "{}",
        root.text_content().unwrap_or_default()
    );
    assert_eq!(all_by_testid(&root, "summary-objective").len(), 1);
    let serves = text_of(&root, "summary-serves");
    for key in ["revenue", "new_customers"] {
        let name = catalogue::strategy_element(key).unwrap().name.get(Lang::Fr);
        assert!(serves.contains(name), "{serves} names {name}");
    }
    assert_eq!(all_by_testid(&root, "summary-also").len(), 1);

    // On a phone-wide tree, "0 → 600" is still one line.
    let tree = by_testid(&root, "summary-tree");
    tree.style().set_property("width", "220px").unwrap();
    let figures = by_testid(&root, "summary-figures");
    let text = figures.text_content().unwrap_or_default();
    assert!(text.contains('→') && text.contains("600"), "{text}");
    assert_eq!(
        window()
            .get_computed_style(&figures)
            .unwrap()
            .unwrap()
            .get_property_value("white-space")
            .unwrap(),
        "nowrap"
    );
    let part = |selector: &str| -> web_sys::DomRect {
        figures
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .get_bounding_client_rect()
    };
    let (from, to) = (part(".from"), part("strong"));
    assert!(
        from.height() > 0.0 && (from.top() - to.top()).abs() < 2.0,
        "{text} wraps: from at {} px, to at {} px",
        from.top(),
        to.top()
    );
}

// ---------------------------------------------------------------- the Gantt's width

#[wasm_bindgen_test]
async fn the_gantt_fits_the_whole_plan_period_to_any_width_and_a_resize_redraws_no_row() {
    reset();
    let mut p = plan("Gantt fit");
    p.period = cap::domain::Period {
        start: day(2027, 1, 1),
        end: day(2027, 12, 31),
    };
    let first = p.next_id;
    for (i, (title, start, end)) in [
        ("Janvier", day(2027, 1, 11), day(2027, 1, 29)),
        ("Décembre", day(2027, 12, 6), day(2027, 12, 24)),
    ]
    .into_iter()
    .enumerate()
    {
        let mut action =
            cap::domain::Action::new(cap::domain::ItemId(first + i as u32), title, start);
        action.end = end;
        cap::domain::apply(
            &mut p,
            Command::InsertAction {
                index: i,
                action: Box::new(action),
            },
        )
        .unwrap();
    }
    let library = Library::new(BrowserStore::open());
    library
        .save(
            &cap::storage::PlanId::parse("web-gantt-fit").unwrap(),
            &p,
            now(),
            None,
        )
        .unwrap();
    let (root, _app) = mount_app();
    settle().await;
    navigate("/plan/web-gantt-fit/timeline");
    let december_id = format!("gantt-row-{}", first + 1);
    assert!(
        until(|| document().get_element_by_id(&december_id).is_some()).await,
        "{}",
        root.text_content().unwrap_or_default()
    );
    let row = element(&december_id);
    let x = bar_x(&row);
    let gantt: HtmlElement = root
        .query_selector("[data-testid=\"gantt\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    for width in [1400, 1000, 760] {
        root.style()
            .set_property("width", &format!("{width}px"))
            .unwrap();
        settle().await;
        let chart = gantt.get_bounding_client_rect();
        let bar = row
            .query_selector("[data-testid=\"gantt-bar\"]")
            .unwrap()
            .unwrap()
            .get_bounding_client_rect();
        assert!(
            bar.right() <= chart.right() + 0.5 && bar.left() > chart.left() + chart.width() * 0.6,
            "at {width} px the December bar ({}..{}) lies in the chart's end ({}..{})",
            bar.left(),
            bar.right(),
            chart.left(),
            chart.right()
        );
        assert!(
            gantt.scroll_width() <= gantt.client_width() + 1,
            "at {width} px nothing scrolls: {} > {}",
            gantt.scroll_width(),
            gantt.client_width()
        );
        assert!(
            element(&december_id).is_same_node(Some(&row)) && bar_x(&row) == x,
            "a width change redraws no row: the browser stretches the drawing"
        );
    }
}

#[wasm_bindgen_test]
async fn an_unreadable_list_of_versions_says_why_keeps_a_copy_and_is_never_written_over() {
    reset();
    let library = Library::new(BrowserStore::open());
    let id = cap::storage::PlanId::parse("web-versions").unwrap();
    library
        .save(&id, &plan("Versions abîmées"), now(), None)
        .unwrap();
    let key = cap::storage::versions::key(&id);
    let damaged = "{ pas du JSON";
    local().set_item(&key, damaged).unwrap();

    let (root, _app) = mount_app();
    settle().await;
    navigate("/plan/web-versions");
    settle().await;
    let shown = || {
        root.query_selector("[data-testid=\"versions-unreadable\"]")
            .ok()
            .flatten()
            .is_some()
    };
    assert!(
        until(shown).await,
        "the card says the versions cannot be read"
    );
    let text = text_of(&root, "versions-unreadable");
    assert!(text.contains("JSON"), "why: {text}");
    assert!(
        text.contains("cap.backup-versions.web-versions"),
        "where the copy is: {text}"
    );
    assert!(root
        .query_selector("[data-testid=\"version-item\"]")
        .unwrap()
        .is_none());
    assert!(root
        .query_selector("[data-testid=\"versions-empty\"]")
        .unwrap()
        .is_none());

    // Freezing is refused: nothing is written over the stored text.
    let freeze = by_testid(&root, "version-freeze");
    assert!(freeze.has_attribute("disabled"));
    freeze.click();
    // The form submitted all the same (Enter in a browser that allows it).
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let submit = web_sys::Event::new_with_event_init_dict("submit", &init).unwrap();
    root.query_selector("form.version-freeze")
        .unwrap()
        .unwrap()
        .dispatch_event(&submit)
        .unwrap();
    settle().await;
    sleep(500).await;
    assert!(shown(), "the reason stays on screen");
    assert_eq!(local().get_item(&key).unwrap().as_deref(), Some(damaged));
    assert_eq!(
        local()
            .get_item("cap.backup-versions.web-versions")
            .unwrap()
            .as_deref(),
        Some(damaged)
    );
}
