use super::{
    connection::Connection,
    doc::{doc_id, plan_id, to_doc, written_rev},
    state::{self, SyncState},
    *,
};
use crate::storage::{KvStore, MemoryStore, PlanId};

fn conn(url: &str, db: &str) -> Connection {
    Connection {
        url: url.into(),
        db: db.into(),
        user: "ana".into(),
        password: "pâté:1".into(),
    }
}

fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}

#[test]
fn https_anywhere_and_http_only_to_this_machine() {
    for ok in [
        "https://couch.agency.ch",
        "https://couch.agency.ch:6984/",
        "https://agency.ch/couch/",
        "http://127.0.0.1:5984",
        "http://localhost:5984",
        "HTTP://LOCALHOST:5984",
    ] {
        assert!(conn(ok, "team").check().is_ok(), "{ok}");
    }
    assert_eq!(
        conn("http://couch.agency.ch", "team").check(),
        Err(ConnectionError::Insecure)
    );
    for elsewhere in [
        "http://127.0.0.1.evil.ch",
        "http://127.0.0.2:5984",
        "http://[::1]:5984",
    ] {
        assert_eq!(
            conn(elsewhere, "team").check(),
            Err(ConnectionError::Insecure),
            "{elsewhere}"
        );
    }
    for bad in [
        "",
        "couch.agency.ch",
        "ftp://x",
        "https://",
        "https://user:pw@couch.ch",
        "https://couch.ch/?x=1",
        "https://couch ch",
    ] {
        assert_eq!(
            conn(bad, "team").check(),
            Err(ConnectionError::Url),
            "{bad}"
        );
    }
}

#[test]
fn the_address_loses_its_trailing_slash_and_keeps_its_path() {
    let e = conn("https://Agency.ch/couch/", "team").check().unwrap();
    assert_eq!(e.server(), "https://Agency.ch/couch");
    assert_eq!(e.db_url(), "https://Agency.ch/couch/team");
    assert_eq!(e.identity(), "https://Agency.ch/couch/team");
}

#[test]
fn database_names_follow_couchdb() {
    for ok in ["cap", "team_1", "a$b(c)+d-e/f"] {
        assert!(conn("https://c.ch", ok).check().is_ok(), "{ok}");
    }
    for bad in ["", "Cap", "1cap", "_users", "ca p", "cap?x"] {
        assert_eq!(
            conn("https://c.ch", bad).check(),
            Err(ConnectionError::Database),
            "{bad}"
        );
    }
    let e = conn("https://c.ch", "a/b").check().unwrap();
    assert_eq!(e.doc_url("plan-x"), "https://c.ch/a%2Fb/plan-x");
}

#[test]
fn basic_auth_carries_the_password_as_typed() {
    let e = conn("https://c.ch", "cap").check().unwrap();
    // base64("ana:pâté:1")
    assert_eq!(e.authorization(), Some("Basic YW5hOnDDonTDqTox"));
    let open = Connection {
        user: " ".into(),
        ..conn("https://c.ch", "cap")
    };
    assert_eq!(open.check().unwrap().authorization(), None);
}

#[test]
fn the_changes_feed_asks_for_documents_and_conflicts() {
    let e = conn("http://127.0.0.1:5984", "cap").check().unwrap();
    assert_eq!(
        e.changes_url(Some("12-g1AA"), 25, Some(25_000)),
        "http://127.0.0.1:5984/cap/_changes?include_docs=true&conflicts=true&limit=25&since=12-g1AA&feed=longpoll&timeout=25000"
    );
    assert!(!e.changes_url(None, 10, None).contains("since"));
}

#[test]
fn refusals_are_worded_by_status() {
    assert_eq!(Reason::from_status(401, ""), Reason::Password);
    assert_eq!(
        Reason::from_status(
            401,
            r#"{"error":"unauthorized","reason":"Name or password is incorrect."}"#
        ),
        Reason::Password
    );
    assert_eq!(
        Reason::from_status(
            401,
            r#"{"error":"unauthorized","reason":"You are not authorized to access this db."}"#
        ),
        Reason::Forbidden
    );
    assert_eq!(Reason::from_status(403, ""), Reason::Forbidden);
    assert_eq!(
        Reason::from_status(404, r#"{"error":"not_found","reason":"no_db_file"}"#),
        Reason::Database
    );
    assert_eq!(
        Reason::from_status(500, r#"{"error":"x","reason":"disk full"}"#),
        Reason::Server("HTTP 500: disk full".into())
    );
    assert_eq!(
        Reason::from_status(502, "<html>"),
        Reason::Server("HTTP 502".into())
    );
}

#[test]
fn a_plan_document_is_its_envelope_with_id_and_rev() {
    let plan = id("abc-1");
    assert_eq!(doc_id(&plan), "plan-abc-1");
    assert_eq!(plan_id("plan-abc-1"), Some(plan.clone()));
    assert_eq!(plan_id("_design/x"), None);
    assert_eq!(plan_id("plan-ABC"), None);
    let envelope =
        r#"{"format":"cap-plan","schema_version":5,"plan":{"name":"A"},"_rev":"forged"}"#;
    let doc = to_doc(envelope, &plan, Some("3-abc")).unwrap();
    assert_eq!(doc["_id"], "plan-abc-1");
    assert_eq!(doc["_rev"], "3-abc");
    assert_eq!(doc["plan"]["name"], "A");
    assert!(to_doc(envelope, &plan, None).unwrap().get("_rev").is_none());
    assert!(to_doc("[1]", &plan, None).is_none());
    let back = Remote::read(&doc).unwrap();
    assert_eq!(back.rev, "3-abc");
    let text: serde_json::Value = serde_json::from_str(back.text.as_deref().unwrap()).unwrap();
    assert_eq!(text["plan"]["name"], "A");
    assert!(text.get("_id").is_none() && text.get("_rev").is_none());
}

#[test]
fn the_changes_feed_reads_plans_tombstones_and_conflicts() {
    let feed = r#"{"results":[
        {"seq":1,"id":"plan-a","changes":[{"rev":"2-x"}],"doc":{"_id":"plan-a","_rev":"2-x","format":"cap-plan","_conflicts":["2-y"]}},
        {"seq":2,"id":"plan-b","deleted":true,"changes":[{"rev":"3-z"}],"doc":{"_id":"plan-b","_rev":"3-z","_deleted":true}},
        {"seq":3,"id":"_design/v","changes":[{"rev":"1-q"}],"doc":{"_id":"_design/v","_rev":"1-q"}}
    ],"last_seq":"3-g1","pending":7}"#;
    let changes = Changes::read(feed).unwrap();
    assert_eq!(changes.count, 3);
    assert_eq!(changes.plans.len(), 2);
    assert_eq!(changes.plans[0].conflicts, vec!["2-y".to_string()]);
    assert!(changes.plans[1].deleted && changes.plans[1].text.is_none());
    assert_eq!(changes.last_seq.as_deref(), Some("3-g1"));
    assert_eq!(changes.pending, Some(7));
    let numbers = Changes::read(r#"{"results":[],"last_seq":42}"#).unwrap();
    assert_eq!(numbers.last_seq.as_deref(), Some("42"));
    assert!(Changes::read("<html>").is_none());
    assert_eq!(
        written_rev(r#"{"ok":true,"id":"a","rev":"1-b"}"#).as_deref(),
        Some("1-b")
    );
}

#[test]
fn the_state_belongs_to_one_database() {
    let kv = MemoryStore::new();
    let mut s = SyncState::load(&kv, "https://c.ch/a");
    s.since = Some("5".into());
    s.revs.insert(id("p"), "1-a".into());
    s.save(&kv).unwrap();
    assert_eq!(SyncState::load(&kv, "https://c.ch/a"), s);
    let other = SyncState::load(&kv, "https://c.ch/b");
    assert!(other.revs.is_empty() && other.since.is_none());
    kv.set("cap.sync.state", "{broken").unwrap();
    assert!(SyncState::load(&kv, "https://c.ch/a").revs.is_empty());
}

#[test]
fn forgetting_removes_every_sync_key_and_no_plan() {
    let kv = MemoryStore::new();
    kv.set("cap.plan.p", "plan").unwrap();
    kv.set("cap.sync.connection", "secret").unwrap();
    state::set_base(&kv, &id("p"), "base");
    assert_eq!(state::base(&kv, &id("p")).as_deref(), Some("base"));
    state::forget(&kv).unwrap();
    assert_eq!(kv.keys().unwrap(), vec!["cap.plan.p".to_string()]);
}

#[test]
fn another_database_starts_afresh_and_the_same_one_keeps_its_state() {
    let kv = MemoryStore::new();
    let mut s = SyncState::load(&kv, "https://c.ch/a");
    s.revs.insert(id("p"), "1-a".into());
    s.save(&kv).unwrap();
    state::set_base(&kv, &id("p"), "base");
    state::switch_to(&kv, "https://c.ch/a").unwrap();
    assert_eq!(state::base(&kv, &id("p")).as_deref(), Some("base"));
    state::switch_to(&kv, "https://c.ch/b").unwrap();
    assert_eq!(state::base(&kv, &id("p")), None);
    assert!(kv.get("cap.sync.state").unwrap().is_none());
}

#[test]
fn a_deletion_waits_under_its_own_key_until_cleared() {
    let kv = MemoryStore::new();
    assert!(state::gone(&kv).is_empty());
    assert_eq!(state::mark_gone(&kv, &id("p")), Ok(()));
    // A state written from an older copy does not drop it.
    SyncState::load(&kv, "https://c.ch/a").save(&kv).unwrap();
    assert!(state::is_gone(&kv, &id("p")));
    assert_eq!(state::gone(&kv), vec![id("p")]);
    state::clear_gone(&kv, &id("p"));
    assert!(!state::is_gone(&kv, &id("p")));
    assert_eq!(state::mark_gone(&kv, &id("q")), Ok(()));
    state::switch_to(&kv, "https://c.ch/b").unwrap();
    assert!(state::gone(&kv).is_empty());
}

#[test]
fn a_full_storage_keeps_no_stale_base() {
    let kv = MemoryStore::with_quota(40);
    state::set_base(&kv, &id("p"), "old");
    state::set_base(&kv, &id("p"), &"x".repeat(100));
    assert_eq!(state::base(&kv, &id("p")), None);
}

#[test]
fn changes_are_taken_added_merged_or_trashed() {
    use Incoming::*;
    assert_eq!(
        incoming(Some("a"), Some("a"), Some("1-x"), "1-x", false),
        Skip
    );
    assert_eq!(incoming(None, None, None, "1-x", false), Add);
    assert_eq!(incoming(None, None, None, "2-x", true), Skip);
    assert_eq!(
        incoming(Some("a"), Some("a"), Some("1-x"), "2-y", false),
        Replace
    );
    assert_eq!(
        incoming(Some("b"), Some("a"), Some("1-x"), "2-y", false),
        Merge
    );
    assert_eq!(incoming(Some("b"), None, None, "1-y", false), Merge);
    assert_eq!(incoming(Some("a"), Some("a"), None, "1-y", false), Merge);
    assert_eq!(incoming(Some("a"), Some("a"), None, "1-y", true), Revive);
    assert_eq!(
        incoming(Some("a"), Some("a"), Some("1-x"), "2-y", true),
        Trash
    );
    assert_eq!(
        incoming(Some("b"), Some("a"), Some("1-x"), "2-y", true),
        Revive
    );
}

#[test]
fn plans_changed_here_are_written() {
    assert_eq!(outgoing("a", None, None), Outgoing::Create);
    assert_eq!(outgoing("a", Some("a"), Some("1-x")), Outgoing::Nothing);
    assert_eq!(outgoing("b", Some("a"), Some("1-x")), Outgoing::Update);
    assert_eq!(outgoing("b", None, Some("1-x")), Outgoing::Update);
}

#[test]
fn a_revision_is_read_by_its_generation() {
    use super::doc::rev_pos;
    assert_eq!(rev_pos("12-abc"), 12);
    assert!(rev_pos("10-a") > rev_pos("9-z"));
    assert_eq!(rev_pos("junk"), 0);
}

#[test]
fn two_conflicting_revisions_share_their_newest_common_ancestor() {
    use super::doc::{common_ancestor, revisions};
    let winner = serde_json::json!({"_revisions": {"start": 3, "ids": ["w3", "a2", "a1"]}});
    let loser = serde_json::json!({"_revisions": {"start": 4, "ids": ["l4", "l3", "a2", "a1"]}});
    let (w, l) = (revisions(&winner), revisions(&loser));
    assert_eq!(w, vec!["3-w3", "2-a2", "1-a1"]);
    assert_eq!(common_ancestor(&l, &w).as_deref(), Some("2-a2"));
    assert_eq!(common_ancestor(&l, &["1-zz".to_string()]), None);
    assert!(revisions(&serde_json::json!({})).is_empty());
}
