//! Text copied from a spreadsheet, split into rows of cells.
//!
//! Excel, LibreOffice and Google Sheets copy a selection as tab-separated
//! lines, quoting a cell (RFC 4180 style) only when it holds a tab, a line
//! break or a quote. Text without a tab is read as CSV, split on `;` when
//! its first line has one outside quotes, else on `,`.

/// Most cells read from one paste: the rest of a bigger paste is left out.
pub const MAX_CELLS: usize = 200_000;

/// The separator the text uses.
fn separator(text: &str) -> char {
    if text.contains('\t') {
        return '\t';
    }
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut quoted = false;
    let mut commas = 0;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => return ';',
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if commas > 0 {
        ','
    } else {
        '\t'
    }
}

/// The rows of `text`, each a list of trimmed cells; blank rows are
/// skipped. A cell that starts with `"` runs to the next lone `"`, and `""`
/// inside it is one quote.
pub fn split(text: &str) -> Vec<Vec<String>> {
    let sep = separator(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut count = 0usize;
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    let mut quoted = false;
    let push_row = |row: &mut Vec<String>, rows: &mut Vec<Vec<String>>| {
        if row.iter().any(|c| !c.is_empty()) {
            rows.push(std::mem::take(row));
        } else {
            row.clear();
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        if c == '"' && at_cell_start && cell.trim().is_empty() {
            cell.clear();
            quoted = true;
            at_cell_start = false;
            continue;
        }
        if c == sep || c == '\n' || c == '\r' {
            row.push(clean(&cell));
            cell.clear();
            at_cell_start = true;
            count += 1;
            if c != sep {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                push_row(&mut row, &mut rows);
            }
            if count >= MAX_CELLS {
                return rows;
            }
            continue;
        }
        if !c.is_whitespace() {
            at_cell_start = false;
        }
        cell.push(c);
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(clean(&cell));
        push_row(&mut row, &mut rows);
    }
    rows
}

/// A cell's text without surrounding spaces (no-break ones too) and with
/// its inner line breaks as spaces.
fn clean(cell: &str) -> String {
    let one_line: String = cell
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    one_line
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .to_string()
}
