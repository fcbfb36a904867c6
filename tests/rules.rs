//! The translation-artifact rules, run through the binary: on the seeds (every slip named in the
//! issue, with its rule and line), on fixtures written for the purpose (other words, other names,
//! other languages, other markup), and on clean French that must stay quiet.

mod common;
use common::*;
use serde_json::Value;

const ARTIFACT_RULES: &str = "false-friend,calque,anglicism,entity-variant,language-switch,broken-sentence,stutter,missing-auxiliary,wire-markup,mojibake,hard-wrap,boilerplate,capitalisation,truncated,typography";

fn run(paths: &[&str]) -> Value {
    let mut args = vec!["--select", ARTIFACT_RULES];
    args.extend_from_slice(paths);
    check_json(&args).1
}

fn text_of(f: &Value) -> String {
    let l = &f["location"];
    let t = std::fs::read_to_string(l["path"].as_str().unwrap()).unwrap();
    t[l["start_byte"].as_u64().unwrap() as usize..l["end_byte"].as_u64().unwrap() as usize]
        .to_string()
}

/// The report on a corpus of `files` (name, text) written to a temporary folder, kept alive
/// with it so that the findings' text can be read.
fn check_files<N: AsRef<str>, T: AsRef<str>>(files: &[(N, T)]) -> (tempfile::TempDir, Value) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name.as_ref()), text.as_ref()).unwrap();
    }
    let r = run(&[dir.path().to_str().unwrap()]);
    (dir, r)
}

/// The text of each finding of `rule`, sorted.
fn sorted_texts(r: &Value, rule: &str) -> Vec<String> {
    let mut texts: Vec<String> = common::findings(r, rule)
        .iter()
        .map(|f| text_of(f))
        .collect();
    texts.sort();
    texts
}

/// The finding of `rule` in a file whose name contains `file`, at `line`, whose span holds `text`.
fn has(r: &Value, rule: &str, file: &str, line: u64, text: &str) {
    let found = r["findings"].as_array().unwrap().iter().any(|f| {
        f["rule"] == rule
            && f["location"]["path"].as_str().unwrap().contains(file)
            && f["location"]["start_line"].as_u64() == Some(line)
            && text_of(f).contains(text)
    });
    assert!(
        found,
        "no {rule} at {file}:{line} holding {text:?}; findings:\n{}",
        summary(r)
    );
}

fn summary(r: &Value) -> String {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}:{} {}",
                f["rule"], f["location"]["path"], f["location"]["start_line"], f["message"]
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_slip_of_the_seeds_is_found_with_its_rule_and_line() {
    let seeds = format!("{}/seeds", env!("CARGO_MANIFEST_DIR"));
    let r = run(&[&seeds]);
    has(&r, "false-friend", "001_", 9, "toilettage");
    has(&r, "entity-variant", "000_", 2, "Instanbul");
    has(&r, "entity-variant", "001_", 13, "Juergen");
    has(&r, "anglicism", "001_", 9, "cryptage");
    has(&r, "anglicism", "001_", 17, "cryptage");
    has(&r, "anglicism", "002_", 1, "cryptées");
    has(&r, "anglicism", "002_", 3, "crypté");
    has(&r, "broken-sentence", "001_", 25, "drogue. trafiquants");
    has(&r, "stutter", "001_", 3, "exhortent les pays à exhorter");
    has(&r, "missing-auxiliary", "001_", 9, "Interpol révélé");
    has(&r, "calque", "001_", 15, "ne coûtent pas cher à");
    has(&r, "language-switch", "001_", 31, "Coffee addict");
    has(&r, "boilerplate", "001_", 33, "Laisser un commentaire");
    has(
        &r,
        "boilerplate",
        "001_",
        35,
        "Votre adresse e-mail ne sera pas publiée",
    );
    has(&r, "boilerplate", "002_", 11, "Suivez dans Mon Stratégies");
    has(
        &r,
        "boilerplate",
        "002_",
        13,
        "Vous pouvez sélectionner un tag",
    );
    has(&r, "boilerplate", "003_", 24, "Comments");
    has(&r, "language-switch", "003_", 24, "Comments");
    has(&r, "wire-markup", "002_", 3, "+portes dérobées+");
    has(&r, "hard-wrap", "003_", 3, "des");
    has(&r, "capitalisation", "003_", 2, "Français");
    has(&r, "typography", "003_", 5, "’");
}

#[test]
fn rules_generalise_to_text_they_have_never_seen() {
    let r = run(&[&fixture("artifacts")]);
    has(&r, "false-friend", "article", 1, "adresser la question");
    has(&r, "calque", "article", 3, "fait du sens");
    has(&r, "calque", "article", 5, "prendra place");
    has(&r, "anglicism", "article", 7, "cryptés");
    has(&r, "language-switch", "article", 11, "Die Regierung");
    has(&r, "broken-sentence", "article", 13, "armes. munitions");
    has(&r, "stutter", "article", 15, "ont ont");
    has(
        &r,
        "stutter",
        "article",
        17,
        "encourage les entreprises à encourager",
    );
    has(
        &r,
        "missing-auxiliary",
        "article",
        19,
        "le syndicat affirmé",
    );
    has(&r, "wire-markup", "article", 21, "&quot;");
    has(&r, "wire-markup", "article", 21, "+contrôle renforcé+");
    has(&r, "mojibake", "article", 23, "rÃ©forme");
    has(&r, "capitalisation", "article", 25, "Allemands");
    has(&r, "capitalisation", "article", 25, "Lundi");
    has(&r, "boilerplate", "article", 27, "Partager sur Facebook");
    has(&r, "truncated", "article", 29, "des");
    has(&r, "entity-variant", "suite", 1, "Copenhage");
    has(&r, "entity-variant", "suite", 2, "Schroeder");
    has(&r, "hard-wrap", "suite", 2, "des");
    has(&r, "typography", "suite", 4, "'");
    has(&r, "false-friend", "technique", 1, "Éventuellement");
    has(&r, "false-friend", "technique", 3, "librairie");
    has(&r, "false-friend", "technique", 5, "digitale");
    has(&r, "calque", "technique", 7, "en charge de");
    has(&r, "anglicism", "technique", 9, "deadline");
    has(&r, "boilerplate", "technique", 11, "Abonnez-vous");
    has(&r, "language-switch", "technique", 13, "The committee");
    has(&r, "language-switch", "technique", 15, "El gobierno");
    has(&r, "wire-markup", "technique", 17, "&#8217;");
    has(&r, "wire-markup", "technique", 17, "<br />");
    has(&r, "mojibake", "technique", 19, "lâ€™entreprise");
    has(&r, "capitalisation", "technique", 21, "Anglais");
    has(&r, "capitalisation", "technique", 21, "Mars");
    has(&r, "typography", "technique", 23, "“");
    has(&r, "truncated", "technique", 25, "Lire la suite");
    has(&r, "mojibake", "technique", 27, "cafÃ©");
    let moji = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "mojibake")
        .unwrap();
    assert!(
        moji["message"].as_str().unwrap().contains("« réforme »"),
        "{}",
        moji["message"]
    );
}

#[test]
fn clean_french_gives_no_artifact_finding() {
    let r = run(&[&fixture("artifacts-clean")]);
    assert_eq!(r["summary"]["findings"], 0, "{}", summary(&r));
}

#[test]
fn explain_prints_every_rule_page() {
    for rule in ARTIFACT_RULES.split(',') {
        relire()
            .args(["explain", rule])
            .assert()
            .code(0)
            .stdout(predicates::str::starts_with(format!("# {rule} (")));
    }
}

/// Every finding of a report, without what depends on the byte length of the text (offsets,
/// columns): rule, lines, message, suggestion, diff, fingerprint and related lines; and the text
/// of each span, read from the file at the reported bytes, in NFC with LF line ends.
fn shape(r: &Value, root: &std::path::Path) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let mut out: Vec<String> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let at = |l: &Value| {
                let path = l["path"].as_str().unwrap();
                let raw = std::fs::read_to_string(root.join(path)).unwrap();
                let span = &raw[l["start_byte"].as_u64().unwrap() as usize
                    ..l["end_byte"].as_u64().unwrap() as usize];
                let text: String = span.replace("\r\n", "\n").nfc().collect();
                format!("{path}:{}-{} {text:?}", l["start_line"], l["end_line"])
            };
            let related: Vec<String> = f["related"].as_array().unwrap().iter().map(at).collect();
            format!(
                "{} {} {} {} {} {} {:?}",
                f["rule"],
                at(&f["location"]),
                f["message"],
                f["suggestion"],
                f["diff"],
                f["fingerprint"],
                related
            )
        })
        .collect();
    out.sort();
    out
}

/// Text typed in NFD (a decomposed "é", as some macOS tools write), with CRLF line ends, or both,
/// gives the findings of the same text in NFC with LF: the abbreviation "c.-à-d.", a sentence
/// that ends on "indicé.", a paragraph cut after "à", markup around "dérobées" and a long one
/// measured in bytes, the length of "OUÊ", "abc.é.", every rule's quotes, the fingerprint of a
/// hard wrap (which spans a line end), and the raw text at every reported span.
#[test]
fn nfd_or_crlf_text_gives_the_findings_of_nfc_lf_text() {
    use unicode_normalization::UnicodeNormalization;
    let dir = tempfile::tempdir().unwrap();
    let forms = ["nfc", "nfd", "crlf", "nfd-crlf"];
    for form in forms {
        let root = dir.path().join(form);
        for src in [fixture("decomposed"), fixture("artifacts"), "seeds".into()] {
            for entry in std::fs::read_dir(&src).unwrap() {
                let path = entry.unwrap().path();
                let mut text: String = std::fs::read_to_string(&path).unwrap().nfc().collect();
                if form.contains("nfd") {
                    text = text.nfd().collect();
                }
                if form.contains("crlf") {
                    text = text.replace('\n', "\r\n");
                }
                let to = root.join(path.parent().unwrap().file_name().unwrap());
                std::fs::create_dir_all(&to).unwrap();
                std::fs::write(to.join(path.file_name().unwrap()), text).unwrap();
            }
        }
    }
    // Run in each folder, so that paths (and fingerprints, which hash them) are the same.
    let run_in = |form: &str| -> Vec<String> {
        let root = dir.path().join(form);
        let out = relire()
            .current_dir(&root)
            .args(["check", "--format", "json", "--isolated", "--no-cache", "."])
            .output()
            .unwrap();
        shape(&serde_json::from_slice(&out.stdout).unwrap(), &root)
    };
    let a = run_in("nfc");
    // The fixture's cases are found at all (in NFC): the test would pass on an empty report.
    for (rule, text) in [
        ("truncated", "se trouve à"),
        ("wire-markup", "+portes dérobées+"),
        ("wire-markup", "+élégance éphémère"),
        ("entity-variant", "Genéve"),
        ("broken-sentence", "indicé. chaque"),
    ] {
        assert!(
            a.iter().any(
                |f| f.starts_with(&format!("\"{rule}\" ./decomposed/notice.txt"))
                    && f.contains(text)
            ),
            "no {rule} holding {text:?} in notice.txt: {a:#?}"
        );
    }
    assert!(a.iter().any(|f| f.starts_with("\"hard-wrap\"")), "{a:#?}");
    for absent in ["c.-à-d.", "abc.é.", "OUÊ"] {
        assert!(!a.iter().any(|f| f.contains(absent)), "{absent}: {a:#?}");
    }
    for form in &forms[1..] {
        let b = run_in(form);
        let only = |x: &[String], y: &[String]| -> Vec<String> {
            let mut y = y.to_vec();
            x.iter()
                .filter(|f| match y.iter().position(|g| g == *f) {
                    Some(k) => {
                        y.remove(k);
                        false
                    }
                    None => true,
                })
                .cloned()
                .collect()
        };
        assert_eq!(
            (only(&a, &b), only(&b, &a)),
            (vec![], vec![]),
            "findings only in NFC with LF, only in {form}"
        );
    }
}

/// Double-encoded characters of one word make one finding, also when other letters than ASCII
/// stand between them: a long "word" of them gives one finding, not one per character, each
/// quoting the whole word.
#[test]
fn mojibake_gives_one_finding_per_word() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moji.txt");
    std::fs::write(
        &path,
        format!("Le cafÃ©éÃ© est fermÃ©.\n\n{}\n", "Ãªé".repeat(4000)),
    )
    .unwrap();
    let r = check_json(&["--select", "mojibake", path.to_str().unwrap()]).1;
    let lines: Vec<u64> = findings(&r, "mojibake")
        .iter()
        .map(|f| f["location"]["start_line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![1, 1, 3], "{r:#}");
}

#[test]
fn entity_variant_suspects_the_unknown_spelling_even_when_it_is_the_commoner() {
    // A slip copied into a second file outnumbers the right spelling; the word lists know the
    // right one, so it is the slip that is reported, never the right spelling.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "old.txt",
        "Le maire de Copenhague a reçu la délégation hier matin.\n",
    );
    write(
        "new1.txt",
        "La délégation est arrivée à Copenhage dans la soirée.\n",
    );
    write(
        "new2.txt",
        "Le sommet de Copenhage se tiendra au printemps prochain.\n",
    );
    let r = check_json(&["--select", "entity-variant", dir.path().to_str().unwrap()]).1;
    let flagged: Vec<String> = findings(&r, "entity-variant")
        .iter()
        .map(|f| text_of(f))
        .collect();
    assert_eq!(flagged, vec!["Copenhage", "Copenhage"], "{r:#}");
    for f in findings(&r, "entity-variant") {
        assert_eq!(f["suggestion"], "« Copenhague »", "{f:#}");
    }
}

#[test]
fn utf8_with_stray_bytes_is_read_as_utf8_and_each_lost_character_reported() {
    // UTF-8 French text with a Windows-1252 "é" pasted in and a character cut in two: read as
    // Windows-1252, each of its accented letters would have become mojibake ("dÃ©clarÃ©").
    let dir = tempfile::tempdir().unwrap();
    let mut bytes =
        "Le ministre a déclaré jeudi que la sécurité des données était une priorité.\n\n"
            .as_bytes()
            .to_vec();
    bytes.extend_from_slice(b"Le caf\xe9 de la place a ferm\xc3 ses portes \xc3\xa0 midi.\n");
    let path = dir.path().join("stray.txt");
    std::fs::write(&path, &bytes).unwrap();
    let r = run(&[path.to_str().unwrap()]);
    assert_eq!(
        r["summary"]["non_utf8"][0]["encoding"], "UTF-8 (invalid bytes replaced)",
        "{r:#}"
    );
    let moji = common::findings(&r, "mojibake");
    assert_eq!(moji.len(), 2, "{}", summary(&r));
    for f in &moji {
        assert!(f["message"].as_str().unwrap().contains("U+FFFD"), "{f:#}");
        assert_eq!(f["location"]["start_line"], 3);
    }
    // The text note says what happened.
    let out = relire()
        .args(["check", "--select", "mojibake", "--fail-on", "never"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("is not valid UTF-8: its invalid bytes were read as U+FFFD"),
        "{text}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the corpus is untouched"
    );
}

#[test]
fn entity_variant_leaves_codes_word_forms_and_consistent_surnames_alone() {
    // Technical French (a translated manual): constants, verb forms at a sentence start, two
    // real names, two words told apart by an accent, and a surname spelt the same in three files.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    let credit = "La traduction de cette page a été relue par Stéphane Cristau pour l'équipe.";
    write(
        "a.txt",
        &format!("L'appel renvoie EFAULT si l'adresse est invalide, selon le manuel de Gérard. Configurée ainsi, la file garde O_SYNC pendant la Réserve.\n\n{credit}\n"),
    );
    write(
        "b.txt",
        &format!("Par défaut, la valeur Default est prise et l'option O_DSYNC reste active, dit Guérard. Configurer la file avant usage, surtout le jour Réservé.\n\n{credit}\n"),
    );
    write(
        "c.txt",
        &format!("Le service de la NSA et celui de la NSO ont publié une note sur la ville d'Istanbul pour la conférence de printemps.\n\n{credit}\n"),
    );
    write(
        "d.txt",
        "La délégation est arrivée à Instanbul mardi soir, avant la réunion des ministres de la région.\n",
    );
    let r = run(&[dir.path().to_str().unwrap()]);
    let ev = common::findings(&r, "entity-variant");
    let flagged: Vec<&str> = ev.iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert_eq!(ev.len(), 1, "{flagged:#?}");
    assert!(
        flagged[0].starts_with("« Instanbul » is also spelt « Istanbul »"),
        "{flagged:#?}"
    );

    // The same surname in one file only, inside a sentence, is a name no list knows: it is
    // left alone. A form one edit from a word at a sentence start (where any word takes a
    // capital) is a slip, flagged as info.
    let one = tempfile::tempdir().unwrap();
    std::fs::write(
        one.path().join("e.txt"),
        format!("Le ministère a publié mardi le rapport annuel sur la sécurité des données.\n\n{credit}\n\nSupprimr le fichier de verrou avant de relancer le service.\n"),
    )
    .unwrap();
    let r = run(&[one.path().to_str().unwrap()]);
    let ev = common::findings(&r, "entity-variant");
    assert_eq!(ev.len(), 1, "{}", summary(&r));
    assert_eq!(
        ev[0]["message"].as_str().unwrap(),
        "« Supprimr » is not a known spelling; « Supprimer » is (French word frequencies)"
    );
    assert_eq!(ev[0]["severity"], "info");
}

#[test]
fn code_samples_in_a_manual_are_not_prose() {
    // A translated manual page: a synopsis, a code sample, a table of numbers, and prose with
    // real slips (a sentence cut in two, an untranslated sentence, an escape sequence, a
    // repeated word).
    let dir = tempfile::tempdir().unwrap();
    let page = "\
#include <sys/socket.h>

int lire(int fd, const char *chemin, int options);

if (n == -1) { fprintf(stderr, \"échec de l'écriture : %s\\n\", strerror(errno)); exit(EXIT_FAILURE); }
else { c = 'a'; p->suivant = tab[i]; }

La fonction renvoie -1 en cas d’erreur et positionne errno. gzip lit ensuite l’entrée standard.

La structure est remplie à chaque appel. taille_bloc donne sa longueur en octets, et la connexion reste ouverte. fermer(2) la ferme ensuite. lire() la lit.

Les valeurs lues sont 0.00 0.00 et 1.5 dans la colonne de droite du tableau.

Le programme lit les données. fichiers et dossiers sont ensuite copiés vers la destination.

This option is not relevant when the file system is mounted read-only by the administrator.

Le texte de l’aide s’affiche ici\\n et le programme attend une réponse de l’utilisateur.

Il faut vérifier les les droits d’accès avant de lancer la copie.
";
    let path = dir.path().join("lire.2.txt");
    std::fs::write(&path, page).unwrap();
    let r = run(&[path.to_str().unwrap()]);
    let of = |rule: &str| -> Vec<String> {
        common::findings(&r, rule)
            .iter()
            .map(|f| text_of(f))
            .collect()
    };
    assert_eq!(
        of("broken-sentence"),
        vec!["données. fichiers"],
        "{}",
        summary(&r)
    );
    let switch = of("language-switch");
    assert_eq!(switch.len(), 1, "{}", summary(&r));
    assert!(switch[0].starts_with("This option is not relevant"));
    assert_eq!(of("wire-markup"), vec!["\\n"], "{}", summary(&r));
    let wire = common::findings(&r, "wire-markup");
    assert_eq!(
        wire[0]["location"]["start_line"], 18,
        "the prose one, not the code’s"
    );
    assert_eq!(of("stutter"), vec!["les les"], "{}", summary(&r));
    assert!(
        of("typography").is_empty(),
        "the code's ' are not apostrophes: {}",
        summary(&r)
    );
}

#[test]
fn boilerplate_recurring_paragraphs_next_to_each_other_are_one_finding() {
    // Five articles share a share prompt (a lexicon phrase, alone between two paragraphs of
    // text), a byline in capitals (recurring only), a footer of three paragraphs (a desk credit,
    // an agency credit in capitals, then a follow prompt the lexicon names, which keeps its own
    // finding and kind) and a section heading in capitals (structure, not furniture); two of
    // them write the share prompt in capitals (still the lexicon's).
    let dir = tempfile::tempdir().unwrap();
    let topics = [
        "la pêche",
        "le budget",
        "la rentrée",
        "les élections",
        "la météo",
    ];
    for (i, t) in topics.iter().enumerate() {
        std::fs::write(
            dir.path().join(format!("a{i}.txt")),
            format!("SOURCES ET MÉTHODE\n\nPAR NOTRE CORRESPONDANT À LILLE\n\nUn article du jour consacré à {t}, avec ses chiffres et ses témoins.\n\n{}\n\nLa suite de l'article sur {t}, avec d'autres chiffres.\n\nRédaction du service régional\n\n© AFP 2024\n\nSuivez-nous sur Twitter\n", if i < 2 { "PARTAGER SUR FACEBOOK" } else { "Partager sur Facebook" }),
        )
        .unwrap();
    }
    let r = run(&[dir.path().to_str().unwrap()]);
    let bp = common::findings(&r, "boilerplate");
    let msgs: Vec<&str> = bp.iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert_eq!(bp.len(), 20, "{msgs:#?}");
    let count = |pred: &dyn Fn(&str) -> bool| msgs.iter().filter(|m| pred(m)).count();
    // The share prompt alone: the lexicon's finding, with its kind, not a second one.
    assert_eq!(
        count(&|m| m.to_lowercase().contains("partager sur facebook")
            && m.contains("scraping leftover")),
        5,
        "{msgs:#?}"
    );
    // A byline in capitals is no heading; the heading is not reported.
    assert_eq!(
        count(&|m| m.contains("« PAR NOTRE CORRESPONDANT À LILLE » recurs in 5 of 5 files")),
        5,
        "{msgs:#?}"
    );
    assert!(!msgs.iter().any(|m| m.contains("SOURCES")), "{msgs:#?}");
    // The footer: one finding over its two recurring paragraphs; the follow prompt after it is
    // the lexicon's.
    let footer: Vec<&&Value> = bp
        .iter()
        .filter(|f| f["message"].as_str().unwrap().contains("Rédaction"))
        .collect();
    assert_eq!(footer.len(), 5, "{msgs:#?}");
    for f in &footer {
        assert_eq!(
            f["message"],
            "« Rédaction du service régional » and the paragraph after it recur in 5 of 5 \
             files: page furniture, not text"
        );
        assert_eq!(text_of(f), "Rédaction du service régional\n\n© AFP 2024");
        assert_eq!(f["suggestion"], "delete these paragraphs");
    }
    assert_eq!(
        count(&|m| m.contains("« Suivez-nous sur Twitter »: scraping leftover")),
        5,
        "{msgs:#?}"
    );
}

#[test]
fn boilerplate_block_counts_the_files_of_each_paragraph() {
    // A footer of two paragraphs, one in all six files and one in four: one block, the range
    // of files given; in the two files without the second, the first is a finding alone.
    let files: Vec<(String, String)> = (0..6)
        .map(|i| {
            let mut paras = vec![format!(
                "Dépêche numéro {i} du jour, avec un sujet qui ne ressemble à aucun autre."
            )];
            paras.push("Le service des sports de la rédaction".into());
            if i < 4 {
                paras.push("Le journal paraît tous les jours sauf le dimanche".into());
            }
            (format!("d{i}.txt"), paras.join("\n\n") + "\n")
        })
        .collect();
    let (_dir, r) = check_files(&files);
    let bp = common::findings(&r, "boilerplate");
    let msgs: Vec<&str> = bp.iter().map(|f| f["message"].as_str().unwrap()).collect();
    assert_eq!(msgs.len(), 6, "{msgs:#?}");
    let two = msgs
        .iter()
        .filter(|m| m.contains("and the paragraph after it recur in 4 to 6 of 6 files"))
        .count();
    let one = msgs
        .iter()
        .filter(|m| m.contains("« Le service des sports de la rédaction » recurs in 6 of 6 files"))
        .count();
    assert_eq!((two, one), (4, 2), "{msgs:#?}");
}

#[test]
fn truncated_leaves_a_sentence_that_goes_on_in_code() {
    // A sentence of a manual that introduces a call, a structure or a command goes on in it;
    // the same words before prose, or before the rest of the sentence cut by a blank line
    // (which reads as a command because of its options), are cut text.
    let (_dir, r) = check_files(&[
        (
            "manuel.txt",
            "La fonction atoi() convertit le début de la chaîne pointée par nptr. Le résultat est identique à un appel à\n\nstrtol(nptr, NULL, 10);\n\nà la différence que atoi() ne détecte pas les erreurs.\n\nLa structure est décrite sous forme d'un tableau de\n\nstruct unipair { unsigned short unicode; unsigned short fontpos; };\n\nLes cinq options suivantes ne sont utiles que lors de la vérification des\n\nsommes de contrôle : --ignore-missing ne pas échouer pour les fichiers manquants\n",
        ),
        (
            "article.txt",
            "Le ministre a présenté mardi son plan de lutte contre le trafic. Il a promis des moyens nouveaux pour la lutte contre le\n\nLes associations ont salué une annonce attendue depuis des mois par les habitants.\n",
        ),
    ]);
    assert_eq!(
        sorted_texts(&r, "truncated"),
        vec![
            "la vérification des".to_string(),
            "lutte contre le".to_string()
        ],
        "{}",
        summary(&r)
    );
}

#[test]
fn boilerplate_finds_long_furniture_on_a_small_site() {
    // Five briefs of a regional site under the same three-paragraph footer of long lines: the
    // footer is most of each page, and it is still furniture (a rule that took files sharing
    // most of their text for copies of one story lost it; see docs/precision.md).
    let footer = [
        "Le Courrier du Rhône est un quotidien régional d'information générale édité par la Société lyonnaise de presse et de communication.",
        "Directeur de la publication et rédacteur en chef : Bernard Vial. Dépôt légal à parution, commission paritaire numéro 0325 C 86512.",
        "Toute reproduction, même partielle, des articles et illustrations publiés dans ce journal est interdite sans l'autorisation écrite de l'éditeur.",
    ];
    let briefs = [
        "Un incendie a détruit dans la nuit de mardi à mercredi un entrepôt agricole à Saint-Priest, sans faire de victime.",
        "La circulation sera interrompue sur le pont Lafayette du 3 au 7 juin pour des travaux de réfection de la chaussée.",
        "Le festival des Nuits de Fourvière a dévoilé mardi sa programmation, qui fera la part belle au théâtre.",
        "Un homme de 34 ans a été interpellé lundi soir à Villeurbanne après une course-poursuite avec la police municipale.",
        "Les inscriptions pour le semi-marathon de Lyon ouvriront le 15 mai, avec un parcours modifié cette année.",
    ];
    let files: Vec<(String, String)> = briefs
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let mut paras = vec!["Lyon et région", b];
            paras.extend(footer);
            (format!("breve{i}.txt"), paras.join("\n\n") + "\n")
        })
        .collect();
    let (_dir, r) = check_files(&files);
    let texts = sorted_texts(&r, "boilerplate");
    // The footer is one block a file.
    let mut expected: Vec<String> = Vec::new();
    for text in [footer.join("\n\n"), "Lyon et région".to_string()] {
        expected.extend(std::iter::repeat_n(text, 5));
    }
    expected.sort();
    assert_eq!(texts, expected, "{}", summary(&r));
}

#[test]
fn boilerplate_spares_the_sections_of_a_structured_document() {
    // A manual page's section headings in capitals (« VOIR AUSSI », « COPYRIGHT »), a numbered
    // section (« 4.2. Commentaires »), a path and a lone English command or variable name are
    // its text; the same « VOIR AUSSI » under a menu in capitals or among an article's
    // intertitles, a share prompt in capitals, a comment count, a comment form, a breadcrumb, a
    // numbered « Lire aussi » and an English header written as a label or in capitals in a
    // scraped article are leftovers.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("manuel.txt"),
        "NOM\n\nprintf - afficher des données formatées\n\nDESCRIPTION\n\nLa fonction printf écrit sa sortie selon le format donné.\n\nVALEUR RENVOYÉE\n\nLe nombre de caractères écrits.\n\n4.2. Commentaires\n\nLes commentaires commencent par un dièse.\n\n/home/utilisateur_normal\n\nprint\n\nHOME\n\nVOIR AUSSI\n\nputs(3), scanf(3), fprintf(3)\n\nCOPYRIGHT\n\nCe texte est publié sous licence libre.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("article.txt"),
        "ACTUALITÉS\n\nSPORTS\n\nCULTURE\n\nLe conseil municipal a voté le budget de la commune pour l’année prochaine.\n\nVOIR AUSSI\n\nLe maire a présenté le calendrier des travaux aux habitants du quartier.\n\n2 commentaires\n\nLaisser un commentaire\n\nComments\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("reportage.txt"),
        "Accueil/Retraites\n\nSYNDICATS SATISFAITS\n\nLes syndicats ont salué l’accord signé dans la nuit.\n\nCALENDRIER SERRÉ\n\nLe texte sera examiné dès la semaine prochaine.\n\nOPPOSITION VENT DEBOUT\n\nL’opposition dénonce un passage en force.\n\nVOIR AUSSI\n\nLe précédent accord avait été signé en 2019.\n\nPARTAGER SUR FACEBOOK\n\nPartager sur Facebook/Twitter\n\nLe débat reprendra jeudi à l’Assemblée.\n\n1. Lire aussi\n\nSHARE\n\nPartager\u{a0}sur Facebook\n\n1.245 commentaires\n\nSuivez @LeFigaro sur Twitter\n",
    )
    .unwrap();
    let r = run(&[dir.path().to_str().unwrap()]);
    let mut found: Vec<(String, String)> = common::findings(&r, "boilerplate")
        .iter()
        .map(|f| {
            let path = f["location"]["path"].as_str().unwrap();
            let file = std::path::Path::new(path).file_name().unwrap();
            (file.to_string_lossy().into_owned(), text_of(f))
        })
        .collect();
    found.sort();
    let mut expected: Vec<(String, String)> = [
        ("article.txt", "2 commentaires"),
        ("article.txt", "Comments"),
        ("article.txt", "Laisser un commentaire"),
        ("article.txt", "VOIR AUSSI"),
        ("reportage.txt", "1. Lire aussi"),
        ("reportage.txt", "Accueil/Retraites"),
        ("reportage.txt", "PARTAGER SUR FACEBOOK"),
        ("reportage.txt", "Partager sur Facebook/Twitter"),
        ("reportage.txt", "SHARE"),
        ("reportage.txt", "Partager\u{a0}sur Facebook"),
        ("reportage.txt", "1.245 commentaires"),
        ("reportage.txt", "Suivez @LeFigaro sur Twitter"),
        ("reportage.txt", "VOIR AUSSI"),
    ]
    .iter()
    .map(|(f, t)| (f.to_string(), t.to_string()))
    .collect();
    expected.sort();
    assert_eq!(found, expected, "{}", summary(&r));
}

#[test]
fn words_of_two_languages_possessives_and_patterns_are_no_name_variants() {
    // « Verification » (English) and « Vérification » (French), « Maintainer's » and
    // « Maintainers », aptitude's search patterns « ~Pmotif » / « ~Cmotif » and an option
    // « -Wmotif » are not one name spelt two ways; « Instanbul » is.
    let (_dir, r) = check_files(&[
        ("fr.txt", "La Vérification des paquets se fait avant chaque installation.\n\nLes Maintainers du projet ont publié la liste. Le motif ~Pmotif cherche les paquets, et ~Cmotif les conflits, avec -Wmotif ou [-Oniveau] et le menu Niveau. Voir dpkg(1), debconf(7) et dselect(1).\n\nLe ministre est arrivé à Istanbul lundi.\n"),
        ("en.txt", "Verification of packages happens before each install.\n\nRead the Maintainer's Guide first. Le sommet d'Instanbul a réuni les ministres.\n"),
    ]);
    assert_eq!(
        sorted_texts(&r, "entity-variant"),
        vec!["Instanbul"],
        "{}",
        summary(&r)
    );
}

#[test]
fn a_name_after_a_dash_of_dialogue_or_a_slash_is_still_a_name() {
    let (_dir, r) = check_files(&[("a.txt", "Le président turc a parlé à Istanbul jeudi, puis à Ankara.\n"), ("b.txt", "-Instanbul est une ville magnifique, a-t-il dit.\n\nLe vol Paris/Ankkara est annulé.\n")]);
    assert_eq!(
        sorted_texts(&r, "entity-variant"),
        vec!["Ankkara", "Instanbul"],
        "{}",
        summary(&r)
    );
}

#[test]
fn prose_with_brackets_markup_and_names_ending_alike_is_still_checked() {
    // What the code and identifier heuristics must not swallow: prose with a parenthesis before
    // a semicolon, a tag left in a short paragraph, names that end like verb forms, and a name
    // with an apostrophe.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Le sommet réunit trois pays (France, Allemagne, Italie); le le ministre a parlé.\n\nLe président a dit <b>non</b> hier.\n\nLe maire Laurent Dubois et M. Patrick O'Sullivan ont signé la convention mardi.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "La convention signée par Laurant Dubois et Patrick O'Sulivan entre en vigueur en mars.\n",
    )
    .unwrap();
    let r = run(&[dir.path().to_str().unwrap()]);
    let of = |rule: &str| -> Vec<String> {
        common::findings(&r, rule)
            .iter()
            .map(|f| text_of(f))
            .collect()
    };
    assert_eq!(of("stutter"), vec!["le le"], "{}", summary(&r));
    assert!(
        of("wire-markup").iter().any(|t| t == "<b>"),
        "{}",
        summary(&r)
    );
    let mut names = of("entity-variant");
    names.sort();
    assert_eq!(names, vec!["Laurant", "O'Sulivan"], "{}", summary(&r));
}

#[test]
fn foreign_sentences_need_evidence_of_their_language() {
    // Dutch, Portuguese, Spanish (full of « de » and « la ») and Russian sentences in a French
    // article are found; data lines and
    // commands the classifier takes for Dutch or another language are not, nor are lone
    // keywords, options and acronyms.
    let dir = tempfile::tempdir().unwrap();
    let page = "Le conseil municipal a voté le budget de la commune pour l’année prochaine.

De gemeente heeft het nieuwe plan voor de haven niet goedgekeurd.

O governo não aprovou a proposta para a reforma da previdência.

El gobierno de la ciudad ha aprobado la reforma de las pensiones en el parlamento esta semana.

Москва не сразу строилась, говорят старики в деревне.

Le maire a ensuite présenté le calendrier des travaux aux habitants du quartier.

Zone Asia/Amman 2:00 Jordan EE%sT 2017 Oct 27 01:00

renice +1 987 -u daemon root -p 32

testing

--help

CUPS

Les travaux commenceront au printemps et dureront deux ans, selon la mairie.
";
    std::fs::write(dir.path().join("conseil.txt"), page).unwrap();
    let r = run(&[dir.path().to_str().unwrap()]);
    let found: Vec<(String, String)> = common::findings(&r, "language-switch")
        .iter()
        .map(|f| (text_of(f), f["message"].as_str().unwrap().to_string()))
        .collect();
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "De gemeente heeft het nieuwe plan voor de haven niet goedgekeurd.",
            "O governo não aprovou a proposta para a reforma da previdência.",
            "El gobierno de la ciudad ha aprobado la reforma de las pensiones en el parlamento esta semana.",
            "Москва не сразу строилась, говорят старики в деревне.",
        ],
        "{}",
        summary(&r)
    );
    assert!(found[0].1.contains("Dutch text in a French document"));
    assert!(found[1].1.contains("Portuguese text in a French document"));
    assert!(found[2].1.contains("Spanish text in a French document"));
}
