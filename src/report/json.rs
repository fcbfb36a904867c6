//! The JSON report (schema: docs/report-schema.md).

use super::Report;
use serde::Serialize;
use std::io::{self, Write};

/// Write the report as pretty-printed JSON with a final newline: the same bytes as
/// `serde_json::to_writer_pretty` followed by a newline. The findings are rendered in parallel,
/// a batch at a time ([`super::write_rendered`]), so the report is never held in memory a second
/// time as text.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // A buffer of a concrete type in front of the `dyn Write` keeps the many small writes away
    // from dynamic dispatch.
    let mut buf = io::BufWriter::with_capacity(1 << 16, out);
    buf.write_all(b"{\n  \"tool\": ")?;
    buf.write_all(&pretty(&report.tool, 1))?;
    buf.write_all(b",\n  \"summary\": ")?;
    buf.write_all(&pretty(&report.summary, 1))?;
    buf.write_all(b",\n  \"findings\": ")?;
    if report.findings.is_empty() {
        buf.write_all(b"[]")?;
    } else {
        buf.write_all(b"[")?;
        super::write_rendered(
            &report.findings,
            |f| pretty(f, 2),
            |i, text| {
                buf.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
                buf.write_all(text)
            },
        )?;
        buf.write_all(b"\n  ]")?;
    }
    buf.write_all(b"\n}\n")?;
    buf.flush()
}

/// `value` pretty-printed (two spaces an indent) as it appears nested `depth` levels deep: every
/// line after the first is indented by `2 × depth` more spaces. A JSON string never holds a raw
/// newline, so every newline byte is a line break of the layout.
fn pretty<T: Serialize>(value: &T, depth: usize) -> Vec<u8> {
    let flat = serde_json::to_vec_pretty(value).expect("the report serialises");
    let lines = flat.iter().filter(|&&b| b == b'\n').count();
    let mut out = Vec::with_capacity(flat.len() + lines * 2 * depth);
    for (i, line) in flat.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.resize(out.len() + 2 * depth, b' ');
        }
        out.extend_from_slice(line);
    }
    out
}

/// The report as pretty-printed JSON with a final newline.
pub fn render(report: &Report) -> String {
    let mut buf = Vec::new();
    write(report, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn serde_pretty(report: &Report) -> String {
        serde_json::to_string_pretty(report).unwrap() + "\n"
    }

    #[test]
    fn same_bytes_as_serde_json_pretty() {
        let texts = [
            ("a.txt", "Le chiffrement des données.\n\nLe chiffrement des données.\n\nUn cryptage « fort »\tet \"cité\".\n"),
            ("b.txt", "Le chiffrement des données.\n"),
        ];
        let corpus = Corpus::from_texts(texts);
        let report = crate::check(&corpus, &crate::CheckOptions::default());
        assert!(report.findings.len() >= 2, "{:?}", report.findings);
        assert_eq!(render(&report), serde_pretty(&report));
        // More findings than one batch, and none at all.
        let mut many = report.clone();
        while many.findings.len() <= 2 * super::super::BATCH {
            many.findings.extend(report.findings.iter().cloned());
        }
        assert_eq!(render(&many), serde_pretty(&many));
        let mut none = report;
        none.findings.clear();
        assert_eq!(render(&none), serde_pretty(&none));
    }
}
