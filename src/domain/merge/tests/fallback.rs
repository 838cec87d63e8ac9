//! Merged values that would not read or validate become choices.

use super::*;
use crate::domain::merge::{guard::Work, tree::Merger};

#[test]
fn a_merged_value_that_does_not_read_becomes_a_choice_on_its_smallest_part() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.actions[0].title = "Campagne de printemps".into();
    t.actions[0].description = "Affiches".into();
    let (vb, vm, vt) = (json(&b), json(&m), json(&t));
    let mut merger = Merger {
        raws: Vec::new(),
        mine_refs: Default::default(),
        their_refs: Default::default(),
    };
    let mut tree = merger
        .node(&mut Vec::new(), Some(&vb), Some(&vm), Some(&vt))
        .unwrap_or(Node::Leaf(Value::Null));
    // A day that is no day, as a merge of two shapes could give.
    let start = [
        Seg::Key("actions".into()),
        Seg::Item("id", Value::from(4)),
        Seg::Key("start".into()),
    ];
    if let Some(node) = tree.at_mut(&start) {
        *node = Node::Leaf(Value::from("le 3 mars"));
    }
    let mut work = Work {
        tree,
        raws: merger.raws,
        mine: &vm,
        theirs: &vt,
    };
    work.settle();
    let merged = finish(work, &m);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.pointer(), "/actions/4");
    assert_eq!(c.place.field, Field::Whole);
    assert_eq!(merged.resolve(&[Side::Mine]), Ok(m));
    assert_eq!(merged.resolve(&[Side::Theirs]), Ok(t));
}
