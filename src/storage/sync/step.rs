//! What to do with a plan, given what this browser has and what the server
//! has: the decisions of the sync, without any request.

/// What to do with a change read from the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Nothing: this browser has that revision (often its own write).
    Skip,
    /// A plan this browser does not have: add it.
    Add,
    /// The plan did not change here since the last sync: take the server's.
    Replace,
    /// Both changed: merge three-way.
    Merge,
    /// Deleted on the server and unchanged here: to the trash.
    Trash,
    /// Deleted on the server but changed here: kept, and written again.
    Revive,
}

/// What a change is, for a plan: `local` the text stored here, `base` the
/// text last synced, `known` the revision last synced.
pub fn incoming(
    local: Option<&str>,
    base: Option<&str>,
    known: Option<&str>,
    rev: &str,
    deleted: bool,
) -> Incoming {
    if known == Some(rev) {
        return Incoming::Skip;
    }
    // Unchanged since a sync with this database (a base without a known
    // revision is another database's).
    let unchanged = local.is_some() && local == base && known.is_some();
    match (local, deleted) {
        (None, true) => Incoming::Skip,
        (None, false) => Incoming::Add,
        (Some(_), true) if unchanged => Incoming::Trash,
        (Some(_), true) => Incoming::Revive,
        (Some(_), false) if unchanged => Incoming::Replace,
        (Some(_), false) => Incoming::Merge,
    }
}

/// What to do with a plan stored here, when catching up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outgoing {
    /// The server has it as it is here.
    Nothing,
    /// Never written to the server: create it.
    Create,
    /// Changed here since the last sync: write it.
    Update,
}

/// Whether a stored plan must be written to the server.
pub fn outgoing(local: &str, base: Option<&str>, known: Option<&str>) -> Outgoing {
    match known {
        None => Outgoing::Create,
        Some(_) if base == Some(local) => Outgoing::Nothing,
        Some(_) => Outgoing::Update,
    }
}
