//! JSON Lines: one finding per line, the same object as in the JSON report's `findings`, for
//! streaming into other tools. Nothing else is written (no summary), so a report without
//! findings is empty.

use super::{Report, Sources};

/// The findings as JSON Lines, each line ending with a newline.
pub fn render(report: &Report, _sources: &Sources) -> String {
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&serde_json::to_string(f).expect("finding serialises"));
        out.push('\n');
    }
    out
}
