//! Byte-level decoding: BOM sniffing, UTF-8, legacy 8-bit detection, binary detection.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// What decoding made of a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// Decoded text, the encoding's name, and whether a byte-order mark was present.
    Text {
        text: String,
        encoding: &'static str,
        bom: bool,
    },
    /// The bytes look like a binary file (NUL bytes or too many control bytes).
    Binary,
}

/// The encoding name given to a file read as UTF-8 whose invalid bytes became U+FFFD.
pub const UTF8_REPLACED: &str = "UTF-8 (invalid bytes replaced)";

/// Decode raw bytes to text.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are. Bytes that are not
/// valid UTF-8 but are mostly UTF-8 (at least as many valid characters of French text as invalid
/// sequences) are read as UTF-8, each invalid sequence becoming U+FFFD
/// ([`UTF8_REPLACED`]). Other bytes that are not valid UTF-8 are handed to `chardetng`,
/// restricted to the encodings French text is found in (Windows-1252 covers Latin-1 as well), and
/// decoded with `encoding_rs`. Given a `Vec`, valid UTF-8 without a byte-order mark becomes the
/// text without a copy.
pub fn decode(bytes: impl Into<Vec<u8>>) -> Decoded {
    let bytes = bytes.into();
    if is_binary(&bytes) {
        return Decoded::Binary;
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(&bytes) {
        let body = &bytes[bom_len..];
        let (text, _) = enc.decode_without_bom_handling(body);
        return Decoded::Text {
            text: text.into_owned(),
            encoding: enc.name(),
            bom: true,
        };
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text {
            text,
            encoding: UTF_8.name(),
            bom: false,
        },
        Err(e) => {
            let bytes = e.as_bytes();
            if mostly_utf8(bytes) {
                return Decoded::Text {
                    text: String::from_utf8_lossy(bytes).into_owned(),
                    encoding: UTF8_REPLACED,
                    bom: false,
                };
            }
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            let mut enc = det.guess(Some(b"fr"), true);
            if enc == UTF_16BE || enc == UTF_16LE || enc == UTF_8 {
                enc = encoding_rs::WINDOWS_1252;
            }
            let (text, _, _) = enc.decode(bytes);
            Decoded::Text {
                text: text.into_owned(),
                encoding: enc.name(),
                bom: false,
            }
        }
    }
}

/// How many bytes of the start of a file decide whether it is binary ([`is_binary`]): the
/// 8 KiB [`looks_binary`] reads after a byte-order mark of up to 3 bytes.
pub const HEAD_BYTES: usize = 8192 + 3;

/// Whether [`decode`] takes a file for binary. Only the first [`HEAD_BYTES`] count, so the
/// start of a file tells it before the rest is read. A UTF-16 byte-order mark makes any file
/// text (its ASCII letters hold NUL bytes); without one, UTF-16 is taken for binary, as it
/// cannot be told apart reliably.
pub fn is_binary(bytes: &[u8]) -> bool {
    match Encoding::for_bom(bytes) {
        Some((enc, bom_len)) => enc == UTF_8 && looks_binary(&bytes[bom_len..]),
        None => looks_binary(bytes),
    }
}

/// Whether a file of `len` bytes that starts with `head` is sure to decode to more than `max`
/// bytes. Decoding never shrinks a text but from UTF-16 (a byte-order mark says so), where two
/// bytes give at least one: a larger file is refused before it is read.
pub fn decodes_beyond(head: &[u8], len: u64, max: usize) -> bool {
    let smallest = match Encoding::for_bom(head) {
        Some((enc, bom_len)) if enc != UTF_8 => len.saturating_sub(bom_len as u64) / 2,
        Some((_, bom_len)) => len.saturating_sub(bom_len as u64),
        None => len,
    };
    smallest > max as u64
}

/// Whether bytes that are not valid UTF-8 are UTF-8 text with a few stray bytes (a character cut
/// in two, a few bytes of another encoding pasted in) rather than text in an 8-bit encoding: they
/// hold at least as many valid UTF-8 characters of French text (Latin-1, Latin Extended-A, the
/// general punctuation, €) as invalid sequences. French text in
/// Windows-1252 has next to no valid multi-byte sequence (an accented letter is one byte, then
/// ASCII: each is an invalid sequence), and decoding UTF-8 text as Windows-1252 would turn each
/// of its accented letters into mojibake.
fn mostly_utf8(bytes: &[u8]) -> bool {
    // The characters of French text in UTF-8: Latin-1 and Latin Extended-A (accents, « », œ),
    // the general punctuation (’ “ ” …) and the euro. A byte pair of Windows-1252 that happens to
    // be valid UTF-8 is mostly something else (« É » and a no-break space make « ɠ »).
    let french = |c: char| matches!(c, '\u{a0}'..='\u{17f}' | '\u{2000}'..='\u{206f}' | '€');
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|&c| french(c)).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > 0 && valid >= invalid
}

/// A file is binary if its first 8 KiB hold a NUL byte or more than 10% C0 control bytes
/// other than tab, line feed, carriage return and form feed.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    !head.is_empty() && controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: Decoded) -> (String, &'static str, bool) {
        match d {
            Decoded::Text {
                text,
                encoding,
                bom,
            } => (text, encoding, bom),
            Decoded::Binary => panic!("decoded as binary"),
        }
    }

    #[test]
    fn utf8_plain_and_bom() {
        assert_eq!(
            text(decode("été".as_bytes())),
            ("été".into(), "UTF-8", false)
        );
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("été".as_bytes());
        assert_eq!(text(decode(b)), ("été".into(), "UTF-8", true));
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Ça va".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(text(decode(le)), ("Ça va".into(), "UTF-16LE", true));
        let mut be = vec![0xFE, 0xFF];
        for u in "Ça va".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(text(decode(be)), ("Ça va".into(), "UTF-16BE", true));
    }

    #[test]
    fn latin1_french() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
            "Le ministre de l'intérieur a déclaré que la sécurité des données était prioritaire.",
        );
        let (t, enc, bom) = text(decode(bytes.into_owned()));
        assert!(t.contains("intérieur") && t.contains("sécurité"), "{t}");
        assert_eq!(enc, "windows-1252");
        assert!(!bom);
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        // A Windows-1252 "é" (0xE9) pasted into UTF-8 text, and a character cut in two.
        let mut b = "Le ministre a déclaré que la sécurité ".as_bytes().to_vec();
        b.extend_from_slice(b"caf\xe9 ");
        b.extend_from_slice(&"était".as_bytes()[..1]);
        b.extend_from_slice(" des données.".as_bytes());
        let (t, enc, _) = text(decode(b));
        assert_eq!(enc, UTF8_REPLACED);
        assert!(
            t.contains("déclaré que la sécurité caf\u{FFFD} \u{FFFD} des données."),
            "{t}"
        );
    }

    #[test]
    fn utf8_with_two_stray_bytes_beside_few_accents_stays_utf8() {
        // Two invalid bytes in a line with four accented letters: still UTF-8, the two bytes
        // replaced, the accents intact.
        let b = b"Le r\xc3\xa9sultat est pr\xc3\xa9sent\xc3\xa9 et valid\xff\xfe par le comit\xc3\xa9.\n";
        let (t, enc, _) = text(decode(b.to_vec()));
        assert_eq!(enc, UTF8_REPLACED);
        assert_eq!(
            t,
            "Le résultat est présenté et valid\u{FFFD}\u{FFFD} par le comité.\n"
        );
    }

    #[test]
    fn windows_1252_whose_capital_and_space_read_as_utf8_stays_windows_1252() {
        // « É » (0xC9) and a no-break space (0xA0) are the valid UTF-8 « ɠ »: no French letter.
        let (t, enc, _) = text(decode(
            b"Programme de l'\xc9T\xc9\xa0: concerts en plein air.\n".to_vec(),
        ));
        assert_eq!(enc, "windows-1252");
        assert_eq!(t, "Programme de l'ÉTÉ\u{a0}: concerts en plein air.\n");
    }

    #[test]
    fn windows_1252_with_a_chance_utf8_sequence_stays_windows_1252() {
        // "à", NO-BREAK SPACE, "«" in Windows-1252 (E0 A0 AB) is a valid UTF-8 character.
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("Il a répondu à\u{a0}« non » et a quitté la séance, selon le procès-verbal.");
        let (t, enc, _) = text(decode(bytes.into_owned()));
        assert_eq!(enc, "windows-1252");
        assert!(t.contains("répondu à\u{a0}« non »"), "{t}");
    }

    #[test]
    fn binary_is_detected() {
        assert_eq!(decode(b"\x7fELF\x02\x01\x01\0\0\0"), Decoded::Binary);
        assert_eq!(decode([1, 2, 3, 4, 5, 6, 7, 8]), Decoded::Binary);
        assert_ne!(decode(b"plain\ttext\r\n"), Decoded::Binary);
    }
}
