//! The JSON report (schema: docs/report-schema.md).

use super::Report;

/// The report as pretty-printed JSON with a final newline.
pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("report serialises");
    s.push('\n');
    s
}
