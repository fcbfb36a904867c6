//! The duplicate rules, run through the binary on the seeds and on fixture corpora.

mod common;
use common::*;

fn seeds() -> String {
    format!("{}/seeds", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn seed_003_second_half_is_one_repeated_block() {
    let (_, r) = check_json(&[&seeds()]);
    let blocks = findings(&r, "repeated-block");
    assert_eq!(blocks.len(), 1, "{blocks:#?}");
    let b = blocks[0];
    assert!(b["location"]["path"]
        .as_str()
        .unwrap()
        .ends_with("003_8aeb12b5fa54852e.txt"));
    assert_eq!(
        (
            b["location"]["start_line"].as_u64(),
            b["location"]["end_line"].as_u64()
        ),
        (Some(14), Some(23))
    );
    let rel = &b["related"][0];
    assert_eq!(
        (rel["start_line"].as_u64(), rel["end_line"].as_u64()),
        (Some(3), Some(13))
    );
    assert_eq!(b["similarity"].as_f64(), Some(1.0));
}

#[test]
fn seeds_000_and_001_share_the_quotations_with_their_diff() {
    let (_, r) = check_json(&[&seeds()]);
    let shared: Vec<_> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "shared-passage" || f["rule"] == "near-duplicate")
        .collect();
    let text_of = |f: &serde_json::Value| {
        let l = &f["location"];
        let t = std::fs::read_to_string(l["path"].as_str().unwrap()).unwrap();
        t[l["start_byte"].as_u64().unwrap() as usize..l["end_byte"].as_u64().unwrap() as usize]
            .to_string()
    };
    for quote in ["jeu à somme nulle", "Avec la sécurité dès la conception"] {
        let f = shared
            .iter()
            .find(|f| text_of(f).contains(quote))
            .unwrap_or_else(|| panic!("no shared passage holds {quote:?}"));
        let ps = paths(f);
        assert!(ps[0].contains("000_") && ps[1].contains("001_"), "{ps:?}");
        assert!(
            !diff(f).is_empty(),
            "the passage holding {quote:?} has no diff"
        );
    }
    let quote = shared
        .iter()
        .find(|f| text_of(f).contains("somme nulle"))
        .unwrap();
    assert!(
        diff(quote).contains(&("Cette question".into(), "Ce problème".into())),
        "{:?}",
        diff(quote)
    );
}

#[test]
fn seed_002_is_joined_to_no_other_seed() {
    let (_, r) = check_json(&[&seeds()]);
    for f in r["findings"].as_array().unwrap() {
        let ps = paths(f);
        if ps.iter().any(|p| p.contains("002_")) {
            assert!(
                ps.iter().all(|p| p.contains("002_")),
                "002 joined to another seed: {f:#}"
            );
        }
    }
}

#[test]
fn repeated_block_with_different_wrapping_is_one_finding() {
    let (code, r) = check_json(&[&fixture("repeat")]);
    assert_eq!(code, 1);
    let b = findings(&r, "repeated-block");
    assert_eq!(b.len(), 1, "{b:#?}");
    assert_eq!(
        (
            b[0]["location"]["start_line"].as_u64(),
            b[0]["location"]["end_line"].as_u64()
        ),
        (Some(6), Some(7))
    );
    assert_eq!(
        (
            b[0]["related"][0]["start_line"].as_u64(),
            b[0]["related"][0]["end_line"].as_u64()
        ),
        (Some(2), Some(4))
    );
    assert_eq!(r["summary"]["findings"], 1);
}

#[test]
fn paragraphs_sharing_a_few_words_are_not_repeats() {
    let (code, r) = check_json(&[&fixture("repeat-clean")]);
    assert_eq!(r["summary"]["findings"], 0, "{r:#}");
    assert_eq!(code, 0);
}

#[test]
fn edited_story_is_one_near_duplicate_block_with_the_changed_word() {
    let (_, r) = check_json(&[&fixture("near")]);
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{nd:#?}");
    assert!(nd[0]["message"]
        .as_str()
        .unwrap()
        .contains("block of 3 paragraphs"));
    assert_eq!(
        diff(nd[0]),
        vec![("Bruxelles".to_string(), "Bruxeles".to_string())]
    );
    let sim = nd[0]["similarity"].as_f64().unwrap();
    assert!((0.8..1.0).contains(&sim), "{sim}");
}

#[test]
fn shared_quotation_between_two_articles() {
    let (code, r) = check_json(&[&fixture("passage")]);
    let sp = findings(&r, "shared-passage");
    assert_eq!(sp.len(), 1, "{sp:#?}");
    assert_eq!(sp[0]["measure"], "containment");
    assert_eq!(findings(&r, "near-duplicate").len(), 0);
    assert_eq!(code, 0, "shared-passage is info and does not fail the run");
}

#[test]
fn a_copied_paragraph_is_no_passage_into_the_next_one() {
    // The paragraph after the copy opens on the same word in both files (« Les »): the copy is
    // a near duplicate, and no passage runs on into the different paragraphs. When the next
    // paragraphs share a real passage, it is still found.
    let dir = tempfile::tempdir().unwrap();
    let copy = "Selon le ministre, ce programme doit permettre de réduire de moitié la consommation de chauffage des ménages les plus modestes d'ici à dix ans.";
    let write = |name: &str, head: &str, next: &str| {
        std::fs::write(
            dir.path().join(name),
            format!("{head}\n\n{copy}\n\n{next}\n"),
        )
        .unwrap();
    };
    write("a.txt", "Le gouvernement a présenté mardi un nouveau plan pour la rénovation énergétique des logements anciens.", "Les associations de locataires saluent l'annonce mais demandent des garanties sur le financement des travaux.");
    write("b.txt", "La mairie de Lyon a inauguré samedi une nouvelle ligne de tramway reliant le centre-ville aux quartiers du nord.", "Les usagers pourront emprunter la ligne gratuitement pendant le premier week-end selon la société de transport.");
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(findings(&r, "near-duplicate").len(), 1, "{r:#}");
    assert_eq!(findings(&r, "shared-passage").len(), 0, "{r:#}");
    write("b.txt", "La mairie de Lyon a inauguré samedi une nouvelle ligne de tramway reliant le centre-ville aux quartiers du nord.", "Les associations de locataires saluent l'annonce, tandis que la société de transport promet la gratuité le premier week-end.");
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(findings(&r, "shared-passage").len(), 1, "{r:#}");
}

#[test]
fn a_table_of_contents_repeats_headings_not_text() {
    // A manual's index lists the numbered headings of its chapters, the chapter opens on its own
    // contents, and a sentence refers to a section by its title: none of it is copied text. A
    // paragraph really copied from one chapter into the other still is.
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    let copy = "Le dépôt des paquets signés est vérifié à chaque mise à jour par le gestionnaire de paquets, qui refuse toute archive dont la signature ne correspond pas à une clé de confiance.";
    write(
        "index.txt",
        "Manuel de l'administrateur\n\n4.5. Base de données des développeurs\n\n4.6. Archive de Debian\n\n4.7. Services de recherche de paquets dans les archives de la distribution\n",
    );
    write(
        "ressources.txt",
        &format!("4.5. Base de données des développeurs\n4.6. Archive de Debian\n4.7. Services de recherche de paquets dans les archives de la distribution\n\n4.5. Base de données des développeurs\n\nLa base recense chaque développeur et ses clés publiques.\n\n4.6. Archive de Debian\n\nL'archive est répartie sur de nombreux miroirs, dont la liste change souvent.\n\n4.7. Services de recherche de paquets dans les archives de la distribution\n\nPlusieurs services permettent de chercher un paquet par son nom.\n\n{copy}\n"),
    );
    write(
        "paquets.txt",
        &format!("Pour trouver un paquet, voir la Section 4.7, « Services de recherche de paquets dans les archives de la distribution », avant de changer sa configuration.\n\n{copy}\n"),
    );
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    for rule in ["repeated-block", "shared-passage"] {
        assert_eq!(findings(&r, rule).len(), 0, "{rule}: {r:#}");
    }
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{r:#}");
    assert_eq!(paths(nd[0]).len(), 2, "{r:#}");
}

#[test]
fn unrelated_files_give_no_duplicate_finding() {
    let (code, r) = check_json(&[&fixture("clean")]);
    assert_eq!(r["summary"]["findings"], 0, "{r:#}");
    assert_eq!(code, 0);
}

#[test]
fn latin1_utf16_and_nfd_crlf_copies_are_one_class_and_binary_is_skipped() {
    let (_, r) = check_json(&[&fixture("encodings")]);
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1);
    assert_eq!(nd[0]["related"].as_array().unwrap().len(), 2);
    assert_eq!(nd[0]["similarity"].as_f64(), Some(1.0));
    let non_utf8: Vec<&str> = r["summary"]["non_utf8"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["encoding"].as_str().unwrap())
        .collect();
    assert_eq!(non_utf8, vec!["windows-1252", "UTF-16LE"]);
    assert!(r["summary"]["skipped"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with("image.txt"));
    assert_eq!(r["summary"]["files"], 3);
}

#[test]
fn similar_documents_are_reported_with_exact_jaccard() {
    let (_, r) = check_json(&[&fixture("similar-docs")]);
    let sd = findings(&r, "similar-documents");
    assert_eq!(sd.len(), 1);
    let sim = sd[0]["similarity"].as_f64().unwrap();
    assert!((0.5..0.8).contains(&sim), "{sim}");
    let (_, r) = check_json(&[&fixture("similar-docs"), "--document-threshold", "0.9"]);
    assert!(findings(&r, "similar-documents").is_empty());
}

#[test]
fn text_repeated_several_times_is_one_finding() {
    let (_, r) = check_json(&[&fixture("repeat-periodic"), "--select", "repeated-block"]);
    let blocks = findings(&r, "repeated-block");
    let by_file = |name: &str| -> Vec<&serde_json::Value> {
        blocks
            .iter()
            .copied()
            .filter(|f| f["location"]["path"].as_str().unwrap().ends_with(name))
            .collect()
    };
    // Each file: its one finding's message (a prefix, or a part) and its diff (none: no
    // difference shown).
    let none = serde_json::Value::Null;
    let diff = |left: &str, right: &str| serde_json::json!([{"left": left, "right": right}]);
    let cases = [
        // Identical copies show no difference: the later copies are diffed against as many
        // copies of the earlier text, not against one.
        (
            "trois-fois.txt",
            "lines 3–5 repeat line 1 2 times",
            none.clone(),
        ),
        ("une-ligne.txt", "39 times", none.clone()),
        // An edit in the last copy is the one difference shown, and inserted words do not
        // count as one more copy.
        (
            "copie-modifiee.txt",
            "lines 7–13 repeat lines 3–5 2 times",
            diff("et européennes", ""),
        ),
        // A last copy cut short is not an edit of a whole copy.
        ("deux-fois-et-demie.txt", "times", none.clone()),
        // A copy that is not repeated in a row is one copy, whatever words were inserted in it.
        (
            "insertion.txt",
            "line 5 repeats line 1 (",
            diff("selon un communiqué de ses services", ""),
        ),
        // A word of the first copy that both later copies changed is one difference.
        ("premiere-copie.txt", "2 times", diff("jeudi", "mercredi")),
        // An edit near the end of a copy that is not the last: one finding, its diff the edit.
        (
            "fin-modifiee.txt",
            "lines 3–5 repeat line 1 2 times",
            diff("tribunal", "Conseil d'État"),
        ),
        // A sentence shorter than a shingle repeated more than 32 times (a machine-translation
        // loop) is found, at a multiple of its period.
        ("merci.txt", " times", none.clone()),
    ];
    for (file, message, expected) in cases {
        let found = by_file(file);
        assert_eq!(found.len(), 1, "{file}: {found:#?}");
        let m = found[0]["message"].as_str().unwrap();
        assert!(m.contains(message), "{file}: {m}");
        assert_eq!(found[0]["diff"], expected, "{file}: {:#?}", found[0]);
    }
    let phrase = by_file("phrase.txt");
    assert_eq!(phrase.len(), 1, "a phrase twice in one sentence");
    assert_eq!(phrase[0]["similarity"].as_f64(), Some(1.0));
}

/// Every span of every finding, on every fixture, is a real span: start before end, lines in
/// order, inside the file.
#[test]
fn spans_are_well_formed_everywhere() {
    let (_, r) = check_json(&[
        &fixture(""),
        &format!("{}/seeds", env!("CARGO_MANIFEST_DIR")),
    ]);
    // Offsets are into the decoded text: only UTF-8 files can be compared with their size.
    let decoded: Vec<&str> = r["summary"]["non_utf8"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["path"].as_str().unwrap())
        .collect();
    for f in r["findings"].as_array().unwrap() {
        let mut locs = vec![&f["location"]];
        locs.extend(f["related"].as_array().unwrap());
        for l in locs {
            let (sb, eb) = (
                l["start_byte"].as_u64().unwrap(),
                l["end_byte"].as_u64().unwrap(),
            );
            let (sl, el) = (
                l["start_line"].as_u64().unwrap(),
                l["end_line"].as_u64().unwrap(),
            );
            let path = l["path"].as_str().unwrap();
            let len = std::fs::metadata(path).unwrap().len();
            assert!(sb < eb && sl <= el, "bad span in {f:#}");
            assert!(
                decoded.contains(&path) || eb <= len,
                "span past the end of {path}: {f:#}"
            );
        }
        if let Some(s) = f["similarity"].as_f64() {
            assert!((0.0..=1.0).contains(&s));
        }
    }
}

#[test]
fn short_paragraph_with_one_changed_word_is_a_near_duplicate_by_word_ratio() {
    let (_, r) = check_json(&[&fixture("near-short")]);
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{r:#}");
    assert_eq!(nd[0]["measure"], "word-ratio");
    let sim = nd[0]["similarity"].as_f64().unwrap();
    assert!((0.9..1.0).contains(&sim), "{sim}");
    assert_eq!(
        diff(nd[0]),
        vec![("Bruxelles".to_string(), "Strasbourg".to_string())]
    );
}

#[test]
fn short_repeat_with_one_changed_word_shows_its_word_ratio() {
    // Inside one file: one word of twelve changed leaves few 5-word shingles in common, so the
    // figure shown is the word ratio, named as such; a verbatim repeat keeps its Jaccard.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Le conseil municipal a voté hier soir le budget de la commune.\n\n\
         Un autre paragraphe sans rapport avec le reste, sur la pêche en mer.\n\n\
         Le conseil municipal a voté hier matin le budget de la commune.\n\n\
         La préfecture a publié ce matin les chiffres de la fréquentation estivale.\n\n\
         La préfecture a publié ce matin les chiffres de la fréquentation estivale.\n",
    )
    .unwrap();
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    let blocks = findings(&r, "repeated-block");
    assert_eq!(blocks.len(), 2, "{r:#}");
    let edited = blocks
        .iter()
        .find(|b| b["location"]["start_line"] == 5)
        .expect("the edited repeat");
    assert_eq!(edited["measure"], "word-ratio");
    let sim = edited["similarity"].as_f64().unwrap();
    assert!((0.9..1.0).contains(&sim), "{sim}");
    let message = edited["message"].as_str().unwrap();
    assert!(
        message.ends_with("(similarity 0.91, words in common)"),
        "{message}"
    );
    assert_eq!(
        diff(edited),
        vec![("matin".to_string(), "soir".to_string())]
    );
    let verbatim = blocks
        .iter()
        .find(|b| b["location"]["start_line"] == 9)
        .expect("the verbatim repeat");
    assert_eq!(verbatim["measure"], "jaccard");
    assert_eq!(verbatim["similarity"].as_f64(), Some(1.0));
}

#[test]
fn strict_jaccard_reports_the_short_edited_copy_as_a_shared_passage() {
    let (_, r) = check_json(&["--strict-jaccard", &fixture("near-short")]);
    assert!(findings(&r, "near-duplicate").is_empty(), "{r:#}");
    let sp = findings(&r, "shared-passage");
    assert_eq!(sp.len(), 1, "{r:#}");
    assert_eq!(
        diff(sp[0]),
        vec![("Bruxelles".to_string(), "Strasbourg".to_string())]
    );
}

#[test]
fn strict_jaccard_judges_an_aligned_block_paragraph_by_paragraph() {
    // Two files of two paragraphs: the first copied exactly, the second (30 words) with one
    // word changed, Jaccard 0.67 alone. By default the block passes as a whole (0.89); with
    // --strict-jaccard only the first paragraph is a near duplicate, and the edited one is in
    // a shared passage with its diff.
    let first = (0..60)
        .map(|i| format!("alpha{i}"))
        .collect::<Vec<_>>()
        .join(" ")
        + ".";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        format!("{first}\n\n{}\n", words(30, &[])),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        format!("{first}\n\n{}\n", words(30, &[10])),
    )
    .unwrap();
    // The line ranges of the near-duplicate findings of a report.
    let nd_lines = |r: &serde_json::Value| -> Vec<(u64, u64)> {
        findings(r, "near-duplicate")
            .iter()
            .map(|f| {
                (
                    f["location"]["start_line"].as_u64().unwrap(),
                    f["location"]["end_line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let d = dir.path().to_str().unwrap();
    let (_, r) = check_json(&["--select", "near-duplicate,shared-passage", d]);
    assert_eq!(nd_lines(&r), vec![(1, 3)], "{r:#}");
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd[0]["measure"], "jaccard");
    let (_, r) = check_json(&[
        "--select",
        "near-duplicate,shared-passage",
        "--strict-jaccard",
        d,
    ]);
    assert_eq!(nd_lines(&r), vec![(1, 1)], "{r:#}");
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd[0]["similarity"].as_f64(), Some(1.0));
    let sp = findings(&r, "shared-passage");
    assert_eq!(sp.len(), 1, "{r:#}");
    assert_eq!(
        diff(sp[0]),
        vec![("mot10".to_string(), "autre10".to_string())]
    );
    // The same from the configuration file.
    std::fs::write(dir.path().join("relire.toml"), "strict-jaccard = true\n").unwrap();
    let (_, r) = check_json(&[
        "--config",
        dir.path().join("relire.toml").to_str().unwrap(),
        "--select",
        "near-duplicate",
        d,
    ]);
    assert_eq!(nd_lines(&r), vec![(1, 1)], "{r:#}");
}

#[test]
fn strict_jaccard_shows_the_lowest_paragraph_similarity_of_a_block() {
    // Three paragraphs copied with the last word of the first and the first word of the third
    // changed (15 of 17 shingles each: 0.8824), a two-word one between them. The block's own
    // shingles across paragraph ends differ more (0.65): the figure shown is the one that passed.
    let p = |prefix: &str| {
        (0..20)
            .map(|i| format!("{prefix}{i}"))
            .collect::<Vec<_>>()
            .join(" ")
            + "."
    };
    let dir = tempfile::tempdir().unwrap();
    let a = format!("{}\n\nDeux mots\n\n{}\n", p("m"), p("x"));
    let b = a.replace("m19.", "autre19.").replace("x0 ", "autre0 ");
    std::fs::write(dir.path().join("a.txt"), a).unwrap();
    std::fs::write(dir.path().join("b.txt"), b).unwrap();
    let (_, r) = check_json(&[
        "--select",
        "near-duplicate",
        "--strict-jaccard",
        dir.path().to_str().unwrap(),
    ]);
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{r:#}");
    assert_eq!(nd[0]["similarity"].as_f64(), Some(0.8824));
    assert_eq!(nd[0]["related"][0]["similarity"].as_f64(), Some(0.8824));
}

/// A paragraph of `n` distinct words, with the words at `changed` replaced.
fn words(n: usize, changed: &[usize]) -> String {
    (0..n)
        .map(|i| {
            if changed.contains(&i) {
                format!("autre{i}")
            } else {
                format!("mot{i}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        + "."
}

/// The copies (paths) of each Jaccard near-duplicate finding (the clone classes) of a check of `texts` in memory.
fn near_duplicate_copies(texts: Vec<(String, String)>) -> Vec<Vec<String>> {
    let corpus = relire::corpus::Corpus::from_texts(texts);
    let report = relire::check(&corpus, &relire::CheckOptions::default());
    report
        .findings
        .iter()
        .filter(|f| f.rule == "near-duplicate" && f.measure == Some("jaccard"))
        .map(|f| {
            std::iter::once(f.location.path.clone())
                .chain(f.related.iter().map(|r| r.location.path.clone()))
                .collect()
        })
        .collect()
}

#[test]
fn a_chain_of_edits_gives_classes_whose_copies_are_all_close() {
    // a ~ b (Jaccard 0.90) and b ~ c (0.81), but a and c are 0.73 apart: no class may hold
    // both a and c, and c must still be reported with b.
    let texts = vec![
        ("a.txt".to_string(), words(100, &[])),
        ("b.txt".to_string(), words(100, &[20])),
        ("c.txt".to_string(), words(100, &[20, 50, 80])),
    ];
    let mut classes = near_duplicate_copies(texts);
    classes.sort();
    assert_eq!(
        classes,
        vec![
            vec!["a.txt".to_string(), "b.txt".to_string()],
            vec!["b.txt".to_string(), "c.txt".to_string()]
        ]
    );
}

#[test]
fn a_large_group_of_variants_is_one_class() {
    // 370 variants of one paragraph, each with its own last word: more pairs of distinct texts
    // than are compared one by one, so the group is partitioned rather than covered.
    let texts: Vec<(String, String)> = (0..370)
        .map(|i| {
            let mut t = words(100, &[]);
            t.push_str(&format!(" Fin{i}."));
            (format!("v{i:03}.txt"), t)
        })
        .collect();
    let classes = near_duplicate_copies(texts);
    assert_eq!(classes.len(), 1, "{} classes", classes.len());
    assert_eq!(classes[0].len(), 370);
    assert_eq!(classes[0][0], "v000.txt");
}

#[test]
fn a_text_in_several_classes_lists_its_copies_in_each_up_to_a_bound() {
    // One text copied into `n` files, and 9 variants each within 0.81 of it but 0.66 of each
    // other: 9 classes {text, variant}.
    let corpus = |n: usize| {
        let mut texts: Vec<(String, String)> = (0..n)
            .map(|i| (format!("copie{i:03}.txt"), words(100, &[])))
            .collect();
        texts.extend((0..9).map(|i| {
            (
                format!("variante{i}.txt"),
                words(100, &[10 * i + 2, 10 * i + 7]),
            )
        }));
        near_duplicate_copies(texts)
    };
    for (copies, listed) in [
        // Each class lists every copy: 9 × 21 listings for 29 paragraphs.
        (20, 9 * 21),
        // 9 × 101 would be more than 8 listings per paragraph: the copies are listed in the
        // first class only, the first copy in the others.
        (100, 100 + 1 + 8 * 2),
    ] {
        let classes = corpus(copies);
        assert_eq!(classes.len(), 9, "{classes:?}");
        for c in &classes {
            assert_eq!(
                c.iter().filter(|p| p.starts_with("variante")).count(),
                1,
                "{c:?}"
            );
        }
        assert_eq!(classes.iter().map(Vec::len).sum::<usize>(), listed);
    }
}

/// The copies (paths) and the measure of each near-duplicate finding of `texts`, in memory.
fn near_duplicate_groups(texts: Vec<(String, String)>) -> Vec<(Vec<String>, String)> {
    let corpus = relire::corpus::Corpus::from_texts(texts);
    let report = relire::check(&corpus, &relire::CheckOptions::default());
    report
        .findings
        .iter()
        .filter(|f| f.rule == "near-duplicate")
        .map(|f| {
            let paths = std::iter::once(f.location.path.clone())
                .chain(f.related.iter().map(|r| r.location.path.clone()))
                .collect();
            (paths, f.measure.unwrap_or_default().to_string())
        })
        .collect()
}

#[test]
fn copies_with_one_changed_word_and_exact_copies_are_one_class() {
    // One 28-word paragraph (one word changed costs 5 shingles: Jaccard 0.66, word ratio 0.96):
    // a and its exact copies d and e, b and c each with another word changed. Every two are
    // near-duplicates by word ratio: one finding with four related copies, not a pair each.
    let base = "Le secrétaire général a déclaré à la presse que les entreprises du secteur \
                devaient coopérer davantage avec les autorités pour protéger les enfants en \
                ligne dès cette année.";
    let texts = vec![
        ("a.txt".to_string(), base.to_string()),
        ("b.txt".to_string(), base.replace("presse", "radio")),
        ("c.txt".to_string(), base.replace("protéger", "défendre")),
        ("d.txt".to_string(), base.to_string()),
        ("e.txt".to_string(), base.to_string()),
    ];
    let groups = near_duplicate_groups(texts.clone());
    let all: Vec<String> = ["a", "b", "c", "d", "e"]
        .map(|n| format!("{n}.txt"))
        .to_vec();
    assert_eq!(groups, vec![(all, "word-ratio".to_string())]);
    // The same through the binary: the diffs of b and c against a, none for the exact copies.
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in &texts {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let (_, r) = check_json(&["--select", "near-duplicate", dir.path().to_str().unwrap()]);
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{r:#}");
    let related = nd[0]["related"].as_array().unwrap();
    assert_eq!(related.len(), 4);
    assert_eq!(related[0]["diff"][0]["left"], "presse");
    assert_eq!(related[1]["diff"][0]["right"], "défendre");
    assert!(related[2].get("diff").is_none() && related[3].get("diff").is_none());
}

#[test]
fn unrelated_groups_of_copies_stay_separate_findings() {
    // Two pairs of copies by word ratio that share nothing: two findings, not one group.
    let base = "Le secrétaire général a déclaré à la presse que les entreprises du secteur \
                devaient coopérer davantage avec les autorités pour protéger les enfants en \
                ligne dès cette année.";
    let other = "Une tout autre dépêche annonce que le festival de musique de la ville aura \
                 lieu cet été sur les quais, avec des concerts gratuits chaque soir de juillet.";
    let texts = vec![
        ("a.txt".to_string(), base.to_string()),
        ("b.txt".to_string(), base.replace("presse", "radio")),
        ("x.txt".to_string(), other.to_string()),
        ("y.txt".to_string(), other.replace("gratuits", "payants")),
    ];
    let mut groups = near_duplicate_groups(texts);
    groups.sort();
    let names = |v: &[&str]| v.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    assert_eq!(
        groups,
        vec![
            (names(&["a.txt", "b.txt"]), "word-ratio".to_string()),
            (names(&["x.txt", "y.txt"]), "word-ratio".to_string()),
        ]
    );
}

/// Sentences of one paragraph about a swimming pool, for the copies edited below.
const POOL: [&str; 4] = [
    "Les travaux de rénovation de la piscine municipale ont pris trois mois de retard à cause d'une pénurie de carrelage chez le fournisseur principal.",
    "Le chantier avait pourtant démarré dans les temps au début du printemps.",
    "La mairie espère désormais une réouverture au public avant la fin des vacances de la Toussaint, sans pouvoir s'engager sur une date précise.",
    "Le bassin extérieur, qui doit aussi être repeint, restera fermé jusqu'au printemps prochain selon les services techniques.",
];

/// A corpus of two files, each its paragraphs separated by blank lines.
fn two_files(a: &[&str], b: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), a.join("\n\n") + "\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), b.join("\n\n") + "\n").unwrap();
    dir
}

/// The similarity of the one `near-duplicate` finding of the corpus in `dir`, which has no
/// shared passage, and whose diff is the one change `(left, right)` (final periods aside).
fn the_near_duplicate(dir: &tempfile::TempDir, (left, right): (&str, &str)) -> f64 {
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(findings(&r, "shared-passage").len(), 0, "{r:#}");
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{r:#}");
    let words = |s: &str| s.trim_end_matches('.').to_string();
    assert_eq!(diff(nd[0]), vec![(words(left), words(right))]);
    nd[0]["similarity"].as_f64().unwrap()
}

#[test]
fn a_copy_with_a_sentence_dropped_is_one_near_duplicate_that_shows_it() {
    // The two halves around the dropped sentence were two passages, each « containment 1.00 »,
    // and the dropped sentence was in no finding.
    let full = POOL[..3].join(" ");
    let cut = format!("{} {}", POOL[0], POOL[2]);
    let dir = two_files(
        &[
            "La bibliothèque du quartier prolonge ses horaires d'ouverture le samedi après-midi.",
            &full,
        ],
        &[
            &cut,
            "Un concert de jazz est prévu dimanche soir sur la place de l'église.",
        ],
    );
    let sim = the_near_duplicate(&dir, (POOL[1], ""));
    assert!((0.8..1.0).contains(&sim), "{sim}");
}

#[test]
fn a_copy_with_a_sentence_added_is_a_near_duplicate_and_no_passage_into_the_next_paragraph() {
    // The added sentence opens on « Le », as the paragraph after the copy does in the other
    // file: the alignment went one word into that paragraph, and the passage took its whole
    // first sentence as the counterpart of the added one.
    let short = format!("{} {}", POOL[0], POOL[2]);
    let long = format!("{} {} {}", POOL[0], POOL[2], POOL[3]);
    let dir = two_files(
        &[&short, "Le marché de Noël s'installera sur le parvis de l'hôtel de ville dès le premier week-end de décembre."],
        &["Les horaires des bus changent à partir de lundi, avec un départ de plus le matin.", &long],
    );
    the_near_duplicate(&dir, ("", POOL[3]));
}

#[test]
fn a_repeat_with_a_sentence_added_is_reported_with_it() {
    // « line 5 repeats line 1 (similarity 1.00) » and « delete the repeated copy » would have
    // deleted the only copy of the added sentence.
    let short = format!("{} {}", POOL[0], POOL[2]);
    let long = format!("{} {} {}", POOL[0], POOL[2], POOL[3]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        format!("{short}\n\nUn concert de jazz est prévu dimanche soir sur la place de l'église.\n\n{long}\n"),
    )
    .unwrap();
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    let rb = findings(&r, "repeated-block");
    assert_eq!(rb.len(), 1, "{r:#}");
    assert_eq!(rb[0]["location"]["start_line"], 5);
    assert_eq!(
        diff(rb[0]),
        vec![(POOL[3].trim_end_matches('.').to_string(), String::new())]
    );
    assert!(rb[0]["similarity"].as_f64().unwrap() < 1.0, "{r:#}");
    assert_eq!(
        rb[0]["suggestion"],
        "keep one copy, with the words only the other one has"
    );
}

#[test]
fn a_republished_story_with_a_paragraph_split_and_a_sentence_dropped_is_one_block() {
    let lead = "Un incendie a détruit dans la nuit de samedi à dimanche un hangar agricole de la commune de Saint-Martin, sans faire de blessé, selon les pompiers.";
    let crew = "Une quarantaine de sapeurs-pompiers venus de six casernes ont lutté pendant quatre heures contre les flammes, attisées par un vent fort.";
    let cause = "Les gendarmes ont ouvert une enquête pour déterminer l'origine du sinistre.";
    let owner = "L'exploitant, qui stockait dans le hangar du fourrage et deux tracteurs, estime les pertes à plusieurs dizaines de milliers d'euros.";
    let mayor = "Le maire s'est rendu sur place dans la matinée et a promis l'aide de la commune à la famille de l'exploitant.";
    let a = [
        lead.to_string(),
        format!("{crew} {cause}"),
        format!("{owner} {mayor}"),
    ];
    let b = [
        lead.replace("samedi", "vendredi"),
        crew.to_string(),
        cause.to_string(),
        mayor.to_string(),
    ];
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let dir = two_files(&a, &b);
    let (_, r) = check_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(findings(&r, "shared-passage").len(), 0, "{r:#}");
    let nd = findings(&r, "near-duplicate");
    assert_eq!(nd.len(), 1, "{r:#}");
    assert_eq!(nd[0]["location"]["start_line"], 1, "{r:#}");
    assert_eq!(nd[0]["related"][0]["end_line"], 7, "{r:#}");
    assert_eq!(
        diff(nd[0]),
        vec![
            ("samedi".to_string(), "vendredi".to_string()),
            (owner.trim_end_matches('.').to_string(), String::new()),
        ]
    );
}

/// Fixture corpora of the second review of the alignment's joins (tests/fixtures/alignment-edges).
fn edge(name: &str) -> String {
    fixture(&format!("alignment-edges/{name}"))
}

/// The word counts of the shared-passage findings' messages.
fn passage_words(r: &serde_json::Value) -> Vec<usize> {
    findings(r, "shared-passage")
        .iter()
        .map(|f| {
            let m = f["message"].as_str().unwrap();
            let n = m.split("passage of ").nth(1).unwrap();
            n.split(' ').next().unwrap().parse().unwrap()
        })
        .collect()
}

#[test]
fn a_join_never_loses_the_blocks_it_joins_at_a_low_threshold() {
    // Below a threshold of 2/3, a join passed the word ratio and the rule that the shared words
    // make half of a block then dropped it, with both halves: exact repeats were lost.
    let (_, r) = check_json(&[&edge("low-threshold-repeat"), "--threshold", "0.5"]);
    assert_eq!(findings(&r, "repeated-block").len(), 2, "{r:#}");
    let (_, r) = check_json(&[&edge("low-threshold-quotes"), "--threshold", "0.5"]);
    assert_eq!(findings(&r, "shared-passage").len(), 2, "{r:#}");
}

#[test]
fn no_passage_is_shorter_than_min_words_once_trimmed() {
    // « Les enfants verront le père Noël mercredi. » is 7 words: the passage that ran one word
    // into the next paragraph was reported as « passage of 7 words » once trimmed.
    let (_, r) = check_json(&[&edge("trimmed")]);
    assert!(passage_words(&r).iter().all(|&n| n >= 8), "{r:#}");
    let (_, r) = check_json(&[&edge("trimmed"), "--min-words", "6"]);
    assert_eq!(passage_words(&r), vec![7], "{r:#}");
}

#[test]
fn the_other_half_of_a_widened_copy_is_not_reported_inside_it() {
    let (_, r) = check_json(&[&edge("half-repeat")]);
    assert_eq!(findings(&r, "repeated-block").len(), 1, "{r:#}");
    let (_, r) = check_json(&[&edge("half-copy")]);
    assert_eq!(findings(&r, "near-duplicate").len(), 1, "{r:#}");
    assert_eq!(findings(&r, "shared-passage").len(), 0, "{r:#}");
}

#[test]
fn a_near_duplicate_paragraph_is_not_joined_into_a_passage() {
    // An exact paragraph (a clone class), then a sentence shared after one inserted: the class
    // and a passage of the sentence, not a passage that holds the class's paragraph again.
    let (_, r) = check_json(&[&edge("rereport")]);
    assert_eq!(findings(&r, "near-duplicate").len(), 1, "{r:#}");
    assert_eq!(passage_words(&r), vec![15], "{r:#}");
}

#[test]
fn a_third_copy_is_reported_once_against_the_closest_earlier_one() {
    // A paragraph three times, each copy edited: line 11 was reported against line 3 and
    // against line 7.
    let (_, r) = check_json(&[&edge("third-copy")]);
    let rb = findings(&r, "repeated-block");
    let pairs: Vec<(u64, u64)> = rb
        .iter()
        .map(|f| {
            (
                f["location"]["start_line"].as_u64().unwrap(),
                f["related"][0]["start_line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs, vec![(7, 3), (11, 7)], "{r:#}");
}

#[test]
fn a_repeat_leaves_out_the_speaker_who_opens_the_next_reply() {
    // The repeated reply is followed in both places by a reply of the same speaker: the name
    // aligned with the repeat, and the finding (« delete the repeated copy ») took it.
    let (_, r) = check_json(&[&edge("speaker-names")]);
    let rb = findings(&r, "repeated-block");
    let lines: Vec<(u64, u64, u64, u64)> = rb
        .iter()
        .map(|f| {
            (
                f["location"]["start_line"].as_u64().unwrap(),
                f["location"]["end_line"].as_u64().unwrap(),
                f["related"][0]["start_line"].as_u64().unwrap(),
                f["related"][0]["end_line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(lines, vec![(11, 11, 3, 3)], "{r:#}");
}

#[test]
fn a_block_of_class_paragraphs_reports_a_similarity_that_passes_the_threshold() {
    // A sentence moved inside a paragraph and a name respelt in the next: each paragraph passes,
    // the shingles across their edited ends brought the block's own Jaccard to 0.78.
    let (_, r) = check_json(&[&edge("moved-sentence")]);
    let nd = findings(&r, "near-duplicate");
    assert!(!nd.is_empty(), "{r:#}");
    for f in nd {
        for rel in f["related"].as_array().unwrap() {
            let s = rel["similarity"].as_f64().unwrap();
            assert!(s >= 0.8, "similarity {s} under the threshold: {f:#}");
        }
        assert!(f["similarity"].as_f64().unwrap() >= 0.8, "{f:#}");
    }
}

#[test]
fn a_refrain_and_a_sentence_repeated_three_times_are_info() {
    // A song's refrain (verse) and the closing sentence of every answer of a FAQ are meant: info,
    // with a help that says so. A prose paragraph or a menu pasted twice is still a warning.
    let (_, r) = check_json(&[&fixture("refrains")]);
    let rb = findings(&r, "repeated-block");
    let seen: Vec<(String, u64, String)> = rb
        .iter()
        .map(|f| {
            let path = f["location"]["path"].as_str().unwrap();
            (
                path.rsplit('/').next().unwrap().to_string(),
                f["location"]["start_line"].as_u64().unwrap(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = |file: &str, line: u64, sev: &str| (file.to_string(), line, sev.to_string());
    assert_eq!(
        seen,
        vec![
            expect("article.txt", 5, "warning"),
            expect("chanson.txt", 18, "info"),
            // A tale's block told twice is a warning; its first lines told a third time make
            // them three copies (not four: the block's copies hold two of them).
            expect("conte.txt", 13, "warning"),
            expect("conte.txt", 23, "info"),
            expect("conte.txt", 23, "info"),
            expect("faq.txt", 5, "info"),
            expect("faq.txt", 7, "info"),
            // A menu pasted twice is no verse: no punctuation ends its lines.
            expect("menu.txt", 13, "warning"),
            // A paragraph twice, its first sentence quoted once more in another: two copies of
            // the paragraph, not three; the sentence is in the file three times.
            expect("quoted.txt", 5, "warning"),
            expect("quoted.txt", 7, "info"),
            // A block pasted again without its sentence, the sentence once more elsewhere: the
            // sentence is in the file twice, not three times.
            expect("reprise.txt", 9, "warning"),
            expect("reprise.txt", 15, "warning"),
            // A line said three times, each time after another stage direction: the sentence
            // is in the file three times, and the line is mostly that sentence.
            expect("theatre.txt", 9, "info"),
            expect("theatre.txt", 13, "info"),
        ],
        "{r:#}"
    );
    for f in rb.iter().filter(|f| f["severity"] == "info") {
        let help = f["suggestion"].as_str().unwrap();
        assert!(help.contains("on purpose"), "{help}");
    }
    for k in [3, 5, 12, 13] {
        let help = rb[k]["suggestion"].as_str().unwrap();
        assert!(help.contains("3 times"), "{help}");
    }
}

#[test]
fn a_heading_in_three_files_is_one_finding_when_two_copies_were_aligned_with_more() {
    // A series' heading in three episodes; episodes 2 and 3 also share the line after it, so
    // their alignment pairs a block of two paragraphs, not the heading alone. The heading's
    // third pair is measured as a copy would be, and the three copies are one finding.
    let (_, r) = check_json(&[&fixture("series")]);
    let nd = findings(&r, "near-duplicate");
    let headings: Vec<_> = nd
        .iter()
        .filter(|f| {
            f["location"]["start_line"] == 1
                && f["message"].as_str().unwrap().starts_with("paragraph")
        })
        .collect();
    assert_eq!(headings.len(), 1, "{r:#}");
    let h = headings[0];
    assert!(
        h["location"]["path"].as_str().unwrap().ends_with("ep1.txt"),
        "{h:#}"
    );
    let related: Vec<&str> = h["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["path"].as_str().unwrap())
        .collect();
    assert!(
        related.len() == 2 && related[0].ends_with("ep2.txt") && related[1].ends_with("ep3.txt"),
        "{h:#}"
    );
    // Each copy's diff against the canonical one shows its ordinal.
    let diff = serde_json::to_string(&h["related"]).unwrap();
    assert!(
        diff.contains("Deuxième") && diff.contains("Troisième"),
        "{diff}"
    );
}
