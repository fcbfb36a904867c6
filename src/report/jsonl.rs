//! JSON Lines: one finding per line, the same object as in the JSON report's `findings`, for
//! streaming into other tools. Nothing else is written (no summary), so a report without
//! findings is empty.

use super::{Report, Sources};
use std::io::{self, Write};

/// Write the findings as JSON Lines, each line ending with a newline.
pub fn write(report: &Report, _sources: &Sources, out: &mut dyn Write) -> io::Result<()> {
    // A buffer of a concrete type in front of the `dyn Write`, as in the JSON writer.
    let mut buf = io::BufWriter::with_capacity(1 << 16, out);
    for f in &report.findings {
        serde_json::to_writer(&mut buf, f).map_err(io::Error::from)?;
        buf.write_all(b"\n")?;
    }
    buf.flush()
}

/// The findings as JSON Lines, each line ending with a newline.
pub fn render(report: &Report, sources: &Sources) -> String {
    let mut buf = Vec::new();
    write(report, sources, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}
