//! Text → the configuration parser (`relire.toml`), and, when it is accepted, the rule data
//! and policy it makes, used on a small fixed corpus.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relire::config::Config;
use relire::corpus::Corpus;
use relire::rules::registry::RULES;
use relire::similarity::SimilarityOptions;
use relire::text::NormOptions;
use relire::{check, CheckOptions};

const TEXT: &str = "Le ministre a déclaré que la sécurité des données était prioritaire, \
    selon le procès-verbal de la séance. Il a eventuellement réalisé une opération.\n\n\
    Le ministre a déclaré que la sécurité des données était prioritaire, selon le procès-verbal.\n";

fuzz_target!(|src: &str| {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global();
    });
    let Ok(config) = Config::parse(src) else {
        return;
    };
    let rule_data = config
        .rule_data()
        .expect("a configuration that parsed has valid rule data");
    // As `relire check` merges the configuration with its defaults.
    let defaults = SimilarityOptions::default();
    let opts = CheckOptions {
        similarity: SimilarityOptions {
            shingle: config.shingle.unwrap_or(defaults.shingle),
            threshold: config.threshold.unwrap_or(defaults.threshold),
            document_threshold: config
                .document_threshold
                .unwrap_or(defaults.document_threshold),
            min_words: config.min_words.unwrap_or(defaults.min_words),
            strict_jaccard: config.strict_jaccard.unwrap_or(false),
            norm: NormOptions {
                fold_accents: config.fold_accents.unwrap_or(false),
            },
            ..defaults
        },
        ignore: RULES
            .iter()
            .filter(|r| !config.rule_enabled(r.name))
            .map(|r| r.name.to_string())
            .collect(),
        rule_data,
        policy: config.policy(None),
        ..CheckOptions::default()
    };
    let corpus = Corpus::from_texts([("a.txt", TEXT), ("docs/b.txt", TEXT)]);
    let _ = check(&corpus, &opts);
});
