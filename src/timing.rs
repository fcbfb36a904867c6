//! Phase timings for benchmarking. With `RELIRE_TIMINGS` set in the environment, each mark
//! prints to stderr the seconds since the first mark of the process and the phase that just
//! ended; without it a mark costs one load. The duplicate search and the artifact rules run
//! side by side, so the phases of one overlap the other's.

use std::sync::OnceLock;
use std::time::Instant;

fn start() -> Option<&'static Instant> {
    static START: OnceLock<Option<Instant>> = OnceLock::new();
    START
        .get_or_init(|| std::env::var_os("RELIRE_TIMINGS").map(|_| Instant::now()))
        .as_ref()
}

/// Record the end of `phase`.
pub fn mark(phase: &str) {
    if let Some(t) = start() {
        eprintln!(
            "relire: timing: {:8.3} s  {phase}",
            t.elapsed().as_secs_f64()
        );
    }
}

/// Record the end of `phase`, which produced `n` items.
pub fn mark_count(phase: &str, n: usize) {
    if let Some(t) = start() {
        eprintln!(
            "relire: timing: {:8.3} s  {phase} ({n})",
            t.elapsed().as_secs_f64()
        );
    }
}
