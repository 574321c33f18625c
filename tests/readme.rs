//! The README's examples, run as written against the demo database: every `$ orgpolicy …`
//! line of a code block runs (in README order, on one demo), must not be a usage or setup
//! error (exit 0 or 1), and each output line the README shows under it must appear in what it
//! printed. Ids, times, counts and hashes differ from run to run, so any word holding a digit
//! (or four or more hexadecimal ones) compares as `#`; `…` lines stand for output left out. A
//! block preceded by `<!-- readme-test: skip -->` needs what the demo does not have (Redis, the
//! gateway); one preceded by `<!-- readme-test: fresh demo -->` runs on a new demo.

use std::path::Path;
use std::process::Command;

/// A word with a digit in it becomes `#`; runs of spaces become one.
fn normalized(line: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        // A part of an id may have no digit ("bdcf"): hexadecimal runs count as numbers.
        let hex = word.len() >= 4 && word.chars().all(|c| c.is_ascii_hexdigit());
        if hex || word.chars().any(|c| c.is_ascii_digit()) {
            out.push('#');
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in line.trim().chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            if !(c == ' ' && out.ends_with(' ')) {
                out.push(c);
            }
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Splits a command line as a POSIX shell would for these examples: words, 'single' and
/// "double" quotes.
fn words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quote, mut in_word) = (Vec::new(), String::new(), None, false);
    for c in line.chars() {
        match (quote, c) {
            (None, '\'' | '"') => (quote, in_word) = (Some(c), true),
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                }
                in_word = false;
            }
            (_, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// One `$ orgpolicy …` line: the command, the output shown under it, and whether it runs on a
/// new demo.
struct Example {
    command: String,
    shown: Vec<String>,
    fresh: bool,
}

/// Every example of the README, in order.
fn examples(readme: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let (mut in_block, mut skip, mut fresh, mut previous) = (false, false, false, "");
    // The example whose output the block's lines are: only the `$` line above, same block.
    let mut current: Option<usize> = None;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_block = !in_block;
            skip = in_block && previous.trim() == "<!-- readme-test: skip -->";
            fresh = in_block && previous.trim() == "<!-- readme-test: fresh demo -->";
            current = None;
        } else if in_block && !skip {
            if let Some(command) = line.strip_prefix("$ ") {
                examples.push(Example { command: command.to_string(), shown: Vec::new(), fresh });
                fresh = false;
                current = Some(examples.len() - 1);
            } else if let Some(i) = current.filter(|_| !line.trim().is_empty()) {
                examples[i].shown.push(line.to_string());
            }
        }
        if !line.trim().is_empty() {
            previous = line;
        }
    }
    examples
}

#[test]
fn the_readme_examples_run_as_written() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("orgpolicy");
    let run = |args: &[String]| {
        Command::new(&bin)
            .args(args)
            .current_dir(dir.path())
            .env("DATABASE_URL", "sqlite://orgpolicy-demo.db")
            .env("NO_COLOR", "1")
            .env("USER", "readme")
            .env_remove("COLUMNS")
            .env_remove("REDIS_URL")
            .output()
            .unwrap()
    };
    assert!(run(&["demo".to_string()]).status.success());
    let examples = examples(&readme);
    assert!(examples.len() >= 8, "the README's examples were not found ({})", examples.len());
    for Example { command, shown, fresh } in examples {
        if fresh {
            assert!(run(&["demo".to_string()]).status.success());
        }
        let args = words(&command);
        assert_eq!(args.first().map(String::as_str), Some("orgpolicy"), "{command}");
        let out = run(&args[1..]);
        let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        let code = out.status.code().unwrap_or(-1);
        assert!(code == 0 || code == 1, "`{command}` exited {code}:\n{printed}");
        let printed: Vec<String> = printed.lines().map(normalized).collect();
        for line in shown.iter().filter(|l| !l.trim().starts_with('…')) {
            let want = normalized(line);
            assert!(
                printed.iter().any(|p| p.contains(&want)),
                "`{command}`: the README shows\n  {line}\nbut it printed:\n{}",
                printed.join("\n")
            );
        }
    }
}

#[test]
fn readme_lines_compare_without_their_numbers() {
    assert_eq!(
        normalized("  migrated 17 organizations in 0.0s (1 batch)"),
        "migrated # organizations in #.# (# batch)"
    );
    assert_eq!(normalized("e32d1555-bdcf-4863  Initech"), "#-#-# Initech");
    assert_eq!(words("check --org 'Black Mesa' --model \"a b\""), ["check", "--org", "Black Mesa", "--model", "a b"]);
}
