//! The server, database and account a library syncs with, checked before
//! any request, and why a server refused, in the terms the panel words.

use base64::Engine;
use serde::{Deserialize, Serialize};

/// The storage key of the connection (credentials stay in this browser).
pub const CONNECTION_KEY: &str = "cap.sync.connection";

/// What the person typed in the sync panel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    /// The server's address, e.g. `https://couch.agency.ch`.
    pub url: String,
    /// The database's name.
    pub db: String,
    /// The user name (empty: no account, a server open to all).
    pub user: String,
    /// The password.
    pub password: String,
}

/// Why a connection cannot be tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectionError {
    /// The address is not an http(s) address.
    Url,
    /// Plain http to another machine: the password would travel in clear.
    Insecure,
    /// Not a CouchDB database name.
    Database,
}

/// Why the server could not be used, in the panel's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The name or password is wrong (401).
    Password,
    /// The database does not exist (404).
    Database,
    /// The account may not use this database (403).
    Forbidden,
    /// The server answers but does not allow this site (CORS).
    Cors,
    /// No answer at all.
    Unreachable,
    /// Plain http to another machine.
    Insecure,
    /// Anything else the server said.
    Server(String),
    /// This browser's storage refused the server's plans (full): why.
    Storage(String),
}

impl Reason {
    /// The reason of a refusal, from the status and the server's JSON body.
    pub fn from_status(status: u16, body: &str) -> Reason {
        match status {
            // Some servers answer a user who is not a member with 401 too.
            401 if said(body)
                .is_some_and(|r| r.contains("not authorized") || r.contains("not allowed")) =>
            {
                Reason::Forbidden
            }
            401 => Reason::Password,
            403 => Reason::Forbidden,
            404 => Reason::Database,
            _ => {
                let said: String = said(body).unwrap_or_default().chars().take(120).collect();
                Reason::Server(if said.is_empty() {
                    format!("HTTP {status}")
                } else {
                    format!("HTTP {status}: {said}")
                })
            }
        }
    }

    /// The code tests and styles read (`data-reason`).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Password => "password",
            Reason::Database => "database",
            Reason::Forbidden => "forbidden",
            Reason::Cors => "cors",
            Reason::Unreachable => "unreachable",
            Reason::Insecure => "insecure",
            Reason::Server(_) => "server",
            Reason::Storage(_) => "storage",
        }
    }
}

/// The `reason` of a CouchDB error body.
fn said(body: &str) -> Option<String> {
    let value = serde_json::from_str::<serde_json::Value>(body).ok()?;
    value.get("reason")?.as_str().map(str::to_string)
}

/// A checked connection: where to send requests, and how to sign them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    server: String,
    db: String,
    authorization: Option<String>,
}

impl Connection {
    /// Checks the address and the database name.
    pub fn check(&self) -> Result<Endpoint, ConnectionError> {
        let server = server_address(&self.url)?;
        let db = self.db.trim();
        if !is_database_name(db) {
            return Err(ConnectionError::Database);
        }
        let authorization = (!self.user.trim().is_empty()).then(|| {
            let pair = format!("{}:{}", self.user.trim(), self.password);
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair)
            )
        });
        Ok(Endpoint {
            server,
            db: db.to_string(),
            authorization,
        })
    }
}

impl Endpoint {
    /// The server's address, without a trailing slash.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// What identifies the database synced with: a change of it starts the
    /// sync afresh.
    pub fn identity(&self) -> String {
        format!("{}/{}", self.server, self.db)
    }

    /// The database's address.
    pub fn db_url(&self) -> String {
        format!("{}/{}", self.server, encode(&self.db))
    }

    /// A document's address.
    pub fn doc_url(&self, doc_id: &str) -> String {
        format!("{}/{}", self.db_url(), encode(doc_id))
    }

    /// The `_changes` feed after `since`, with the documents and their
    /// conflicts; `wait_ms`: a long poll that waits that long for a change.
    pub fn changes_url(&self, since: Option<&str>, limit: u32, wait_ms: Option<u32>) -> String {
        let mut url = format!(
            "{}/_changes?include_docs=true&conflicts=true&limit={limit}",
            self.db_url()
        );
        if let Some(since) = since {
            url.push_str("&since=");
            url.push_str(&encode(since));
        }
        if let Some(ms) = wait_ms {
            url.push_str(&format!("&feed=longpoll&timeout={ms}"));
        }
        url
    }

    /// The `Authorization` header, when the connection has a user.
    pub fn authorization(&self) -> Option<&str> {
        self.authorization.as_deref()
    }
}

/// The server part of an address: http(s), no credentials, query or
/// fragment; plain http only to this machine.
fn server_address(url: &str) -> Result<String, ConnectionError> {
    let url = url.trim().trim_end_matches('/');
    let lower = url.to_ascii_lowercase();
    let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(ConnectionError::Url);
    };
    let bad = |c: char| c.is_whitespace() || matches!(c, '@' | '?' | '#' | '\\');
    if rest.is_empty() || rest.contains(bad) {
        return Err(ConnectionError::Url);
    }
    let authority = rest.split('/').next().unwrap_or_default();
    let host = if authority.starts_with('[') {
        authority.split(']').next().map(|h| format!("{h}]"))
    } else {
        authority.split(':').next().map(str::to_string)
    }
    .unwrap_or_default();
    if host.is_empty() || host == "[]" {
        return Err(ConnectionError::Url);
    }
    // The hosts the site's Content-Security-Policy lets the page reach over http.
    let local = host == "localhost" || host == "127.0.0.1";
    if !secure && !local {
        return Err(ConnectionError::Insecure);
    }
    // The scheme lower-cased, the rest as typed.
    let scheme = if secure { "https://" } else { "http://" };
    Ok(format!("{scheme}{}", &url[scheme.len()..]))
}

/// CouchDB's rule: a lower-case letter, then lower-case letters, digits and
/// `_$()+-/`, at most 238 characters.
fn is_database_name(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= 238
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c))
}

/// Percent-encodes a path segment or query value.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
