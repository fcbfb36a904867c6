//! JSON Lines: one finding per line, the same object as in the JSON report's `findings`, for
//! streaming into other tools. Nothing else is written (no summary), so a report without
//! findings is empty.

use super::{Report, Sources};
use std::io::{self, Write};

/// Write the findings as JSON Lines, each line ending with a newline; rendered in parallel a
/// batch at a time, as in the JSON writer. `out` should be buffered.
pub fn write(report: &Report, _sources: &Sources, out: &mut dyn Write) -> io::Result<()> {
    super::write_rendered(
        &report.findings,
        |f| {
            // No map with non-string keys, no custom `Serialize`: it cannot fail.
            let mut line = serde_json::to_vec(f).expect("a finding serialises");
            line.push(b'\n');
            line
        },
        |_, line| out.write_all(line),
    )?;
    out.flush()
}

/// The findings as JSON Lines, each line ending with a newline.
pub fn render(report: &Report, sources: &Sources) -> String {
    let mut buf = Vec::new();
    write(report, sources, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}
