//! The JSON report (schema: docs/report-schema.md).

use super::Report;
use std::io::{self, Write};

/// Write the report as pretty-printed JSON with a final newline, streamed: the report is never
/// held in memory a second time as text.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // serde_json writes token by token: a buffer of a concrete type in front of the `dyn Write`
    // keeps those many small writes away from dynamic dispatch.
    let mut buf = io::BufWriter::with_capacity(1 << 16, out);
    let mut ser = serde_json::Serializer::pretty(&mut buf);
    serde::Serialize::serialize(report, &mut ser).map_err(io::Error::from)?;
    buf.write_all(b"\n")?;
    buf.flush()
}

/// The report as pretty-printed JSON with a final newline.
pub fn render(report: &Report) -> String {
    let mut buf = Vec::new();
    write(report, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}
