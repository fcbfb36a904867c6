//! Phase timings for benchmarking. With `RELIRE_TIMINGS` set in the environment, each mark
//! prints to stderr the seconds since the first mark of the process, the CPU time of its threads,
//! the peak resident set so far
//! (Linux only) and the phase that just ended; without it a mark costs one load. The duplicate
//! search and the artifact rules run side by side, so the phases of one overlap the other's.

use std::sync::OnceLock;
use std::time::Instant;

fn start() -> Option<&'static Instant> {
    static START: OnceLock<Option<Instant>> = OnceLock::new();
    START
        .get_or_init(|| std::env::var_os("RELIRE_TIMINGS").map(|_| Instant::now()))
        .as_ref()
}

/// The peak resident set of the process so far ("VmHWM" of /proc/self/status), if known.
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
            Some(format!("{:6.1} MiB", kib as f64 / 1024.0))
        })
        .unwrap_or_else(|| "     ? MiB".into())
}

/// The CPU time of the live threads of the process so far, summed over
/// /proc/self/task/*/schedstat (Linux only; nanoseconds, threads that ended are not counted).
fn cpu_time() -> String {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return "      ? s cpu".into();
    };
    let ns: u64 = tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    format!("{:7.3} s cpu", ns as f64 / 1e9)
}

/// Record the end of `phase`.
pub fn mark(phase: &str) {
    if let Some(t) = start() {
        let secs = t.elapsed().as_secs_f64();
        eprintln!(
            "relire: timing: {secs:8.3} s {}  peak {}  {phase}",
            cpu_time(),
            peak_rss()
        );
    }
}

/// Record the end of `phase`, which produced `n` items.
pub fn mark_count(phase: &str, n: usize) {
    if start().is_some() {
        mark(&format!("{phase} ({n})"));
    }
}
