//! The JSON report (schema: docs/report-schema.md).

use super::Report;
use serde::Serialize;
use std::io::{self, Write};

/// Write the report as pretty-printed JSON with a final newline: the same bytes as
/// `serde_json::to_writer_pretty` followed by a newline. The findings are rendered in parallel,
/// a batch at a time, so the report is never held in memory a second time as text. `out` should
/// be buffered.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // Destructured, so that a field added to the report cannot be left out here.
    let Report {
        tool,
        summary,
        findings,
    } = report;
    out.write_all(b"{\n  \"tool\": ")?;
    out.write_all(&pretty(tool, 1))?;
    out.write_all(b",\n  \"summary\": ")?;
    out.write_all(&pretty(summary, 1))?;
    out.write_all(b",\n  \"findings\": ")?;
    if findings.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[")?;
        super::write_rendered(
            findings,
            |f| pretty(f, 2),
            |i, text| {
                out.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
                out.write_all(text)
            },
        )?;
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// `value` pretty-printed (two spaces an indent) as it appears nested `depth` levels deep: every
/// line after the first is indented by `2 × depth` more spaces.
fn pretty<T: Serialize>(value: &T, depth: usize) -> Vec<u8> {
    // Room for a typical finding (about 1.5 kB pretty-printed) without growing.
    let mut out = Vec::with_capacity(2048);
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        Nested {
            depth,
            has_value: false,
        },
    );
    // The report holds no map with non-string keys and no custom `Serialize`: it cannot fail.
    value.serialize(&mut ser).expect("the report serialises");
    out
}

/// serde_json's pretty layout (two spaces an indent, `": "` after a key, an empty array or
/// object as `[]` or `{}`) starting `depth` levels deep: the bytes `to_vec_pretty` gives for the
/// whole report, without re-indenting each finding afterwards.
struct Nested {
    depth: usize,
    /// Whether the innermost open array or object has a value yet.
    has_value: bool,
}

impl Nested {
    fn indent<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        const SPACES: &[u8; 32] = b"                                ";
        let mut n = 2 * self.depth;
        while n > 0 {
            let step = n.min(SPACES.len());
            w.write_all(&SPACES[..step])?;
            n -= step;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// Before an array value or an object key: a new line, after a comma unless it is the first.
    fn line<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
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
    use crate::corpus::{Corpus, FileNote};
    use crate::report::baseline::Baseline;

    fn serde_pretty(report: &Report) -> String {
        serde_json::to_string_pretty(report).unwrap() + "\n"
    }

    #[test]
    fn same_bytes_as_serde_json_pretty() {
        let texts = [
            ("a.txt", "Le chiffrement des données.\n\nLe chiffrement des données.\n\nUn cryptage « fort »\tet \"cité\".\n"),
            ("b.txt", "Le chiffrement des données.\n"),
        ];
        let mut corpus = Corpus::from_texts(texts);
        // Every list of the summary filled in.
        corpus.documents[1].encoding = "windows-1252";
        corpus.skipped.push(FileNote {
            path: "c.bin".into(),
            message: "binary file skipped".into(),
        });
        corpus.errors.push(FileNote {
            path: "d.txt".into(),
            message: "Permission denied (os error 13)".into(),
        });
        let mut report = crate::check(&corpus, &crate::CheckOptions::default());
        assert!(report.findings.len() >= 2, "{:?}", report.findings);
        let stale = Baseline::from_json(
            r#"{"version": 1, "entries": [{"fingerprint": "0000000000000000", "rule": "stutter", "path": "a.txt", "message": "gone\nwith a newline", "count": 2}]}"#,
        )
        .unwrap();
        report.apply_baseline(&stale, &[]);
        assert!(report.summary.baseline.is_some());
        assert_eq!(render(&report), serde_pretty(&report));
        // More findings than two batches, and none at all.
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
