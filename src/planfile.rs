//! The backfill plan file: JSON Lines, so that writing and applying it stream in constant
//! memory whatever the number of orgs.
//!
//! ```text
//! {"format":"orgpolicy-backfill-plan","version":1,...}      header
//! {"id":...,"name":...,"old":{...},"new":{...},...}          one line per org to change
//! {"end":true,"orgs":N,"sha256":"..."}                        trailer
//! ```
//! The trailer's hash covers every byte before it, so a truncated or edited plan is refused.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::atomic_file::AtomicFile;
use crate::policy::Settings;

pub const FORMAT: &str = "orgpolicy-backfill-plan";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    pub created_at: String,
    /// The database it was made against, password redacted (informational).
    pub database: String,
    /// What the plan is pinned to: the server and database identity (never the URL, which
    /// names one database many ways); apply and rollback refuse any other database. Empty in
    /// plans made before pinning.
    #[serde(default)]
    pub database_id: String,
    pub snapshot_id: i64,
    /// SHA-256 of the snapshot's stored data: a plan made against another database or catalog
    /// does not match it.
    pub snapshot_sha256: String,
    /// SHA-256 of what policy reads from the catalog (providers and the models each serves):
    /// apply refuses the plan once that changes, and only then (the gateway's sync replaces
    /// its catalog row every ten minutes, mostly with nothing policy-relevant).
    #[serde(default)]
    pub catalog_fingerprint: String,
    /// The rules the plan was made under (`marker`, `allow-list`, `current`).
    #[serde(default = "marker_rules")]
    pub rules: String,
    pub include_unrestricted: bool,
}

fn marker_rules() -> String {
    "marker".into()
}

/// One org of a plan as read back. The documents stay raw JSON text: applying passes them to
/// the database as they are, so they are never rebuilt.
#[derive(Debug, Clone, Deserialize)]
pub struct PlanEntry {
    pub id: String,
    pub name: String,
    pub old: Box<RawValue>,
    pub new: Box<RawValue>,
    pub allowed: usize,
    pub denied: Vec<String>,
    /// Pairs the org would gain or lose; non-zero only when the invariant failed.
    pub pairs_changed: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A [`PlanEntry`] to write, borrowing its documents (no copies while planning).
#[derive(Debug)]
pub struct PlanEntryRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// Valid settings, written as their text when it is on one line (see [`PlanEntryRef::line`]).
    pub old: &'a Settings,
    pub new: &'a Settings,
    pub allowed: usize,
    pub denied: &'a [String],
    pub pairs_changed: usize,
    pub warnings: &'a [String],
}

impl PlanEntryRef<'_> {
    /// The entry as one plan line, newline included, in [`PlanEntry`]'s shape: serialized wherever
    /// convenient (a worker thread), written with [`PlanWriter::entry_line`].
    ///
    /// Written field by field so that each document is copied as its text: the stored text
    /// as read (never rebuilt) and the planned text as built. Both are valid JSON, since a
    /// document with a policy view parsed; only text spread over several lines (SQLite can
    /// hold that) is re-serialized to fit the line.
    pub fn line(&self) -> serde_json::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(self.old.text().len() + self.new.text().len() + 256);
        out.extend_from_slice(b"{\"id\":");
        serde_json::to_writer(&mut out, self.id)?;
        out.extend_from_slice(b",\"name\":");
        serde_json::to_writer(&mut out, self.name)?;
        out.extend_from_slice(b",\"old\":");
        push_document(&mut out, self.old)?;
        out.extend_from_slice(b",\"new\":");
        push_document(&mut out, self.new)?;
        out.extend_from_slice(b",\"allowed\":");
        serde_json::to_writer(&mut out, &self.allowed)?;
        out.extend_from_slice(b",\"denied\":");
        serde_json::to_writer(&mut out, self.denied)?;
        out.extend_from_slice(b",\"pairs_changed\":");
        serde_json::to_writer(&mut out, &self.pairs_changed)?;
        if !self.warnings.is_empty() {
            out.extend_from_slice(b",\"warnings\":");
            serde_json::to_writer(&mut out, self.warnings)?;
        }
        out.extend_from_slice(b"}\n");
        Ok(out)
    }
}

fn push_document(out: &mut Vec<u8>, settings: &Settings) -> serde_json::Result<()> {
    let text = settings.text();
    if settings.is_valid() && memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_none() {
        out.extend_from_slice(text.as_bytes());
        Ok(())
    } else {
        serde_json::to_writer(out, settings.document())
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Trailer {
    end: bool,
    orgs: u64,
    sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanFileError {
    #[error("could not read plan file '{path}': {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("plan file '{path}' is not a regular file")]
    NotAFile { path: PathBuf },
    #[error("plan file '{path}' is not an orgpolicy backfill plan (line 1)")]
    NotAPlan { path: PathBuf },
    #[error("plan file '{path}' has version {version}; this orgpolicy reads version {VERSION}")]
    Version { path: PathBuf, version: u32 },
    #[error("plan file '{path}' is malformed at line {line}: {message}")]
    Malformed { path: PathBuf, line: usize, message: String },
    #[error("plan file '{path}' is truncated: it has no closing line")]
    Truncated { path: PathBuf },
    #[error("plan file '{path}' was modified after it was written: its hash does not match")]
    Tampered { path: PathBuf },
    #[error("plan file '{path}' changed while it was being applied (line {line}); nothing from there on was written")]
    ChangedDuringUse { path: PathBuf, line: usize },
}

impl PlanFileError {
    pub fn help(&self) -> &'static str {
        match self {
            PlanFileError::Io { .. } => "check the path",
            PlanFileError::ChangedDuringUse { .. } => {
                "leave a plan file alone while it is applied; rerun with the plan you mean to apply: what was written is done, and counted as such"
            }
            PlanFileError::NotAFile { .. } => {
                "save the plan to a file first: it is read once to verify it, then again to apply it"
            }
            PlanFileError::Version { .. } => "make a new plan with this version: `orgpolicy backfill plan --out FILE`",
            _ => "plans are not edited by hand: make a new one with `orgpolicy backfill plan --out FILE`",
        }
    }
}

fn sha256_hex(hasher: Sha256) -> String {
    format!("{:x}", hasher.finalize())
}

/// Writes a plan line by line, hashing what it writes, as an [`AtomicFile`]: the plan
/// replaces `path` only when complete.
pub struct PlanWriter {
    out: BufWriter<AtomicFile>,
    hasher: Sha256,
    count: u64,
}

impl PlanWriter {
    pub fn create(path: &Path, header: &Header) -> std::io::Result<Self> {
        let mut writer = Self { out: BufWriter::new(AtomicFile::create(path)?), hasher: Sha256::new(), count: 0 };
        writer.line(header)?;
        Ok(writer)
    }

    fn line<T: Serialize>(&mut self, value: &T) -> std::io::Result<()> {
        let mut bytes = serde_json::to_vec(value)?;
        bytes.push(b'\n');
        self.raw_line(&bytes)
    }

    fn raw_line(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.hasher.update(bytes);
        self.out.write_all(bytes)
    }

    pub fn entry(&mut self, entry: &PlanEntryRef<'_>) -> std::io::Result<()> {
        self.entry_line(&entry.line()?)
    }

    /// Writes an entry already serialized by [`PlanEntryRef::line`].
    pub fn entry_line(&mut self, line: &[u8]) -> std::io::Result<()> {
        self.count += 1;
        self.raw_line(line)
    }

    /// Writes the trailer; returns the plan's hash.
    pub fn finish(mut self) -> std::io::Result<String> {
        let hash = sha256_hex(self.hasher.clone());
        let trailer = Trailer { end: true, orgs: self.count, sha256: hash.clone() };
        serde_json::to_writer(&mut self.out, &trailer)?;
        self.out.write_all(b"\n")?;
        self.out.into_inner().map_err(|e| e.into_error())?.commit()?;
        Ok(hash)
    }
}

/// A plan file whose hash and shape have been checked.
pub struct VerifiedPlan {
    pub path: PathBuf,
    pub header: Header,
    pub hash: String,
    pub orgs: u64,
    /// Each entry line's SHA-256, in order: the second read (applying) must see the bytes the
    /// first (verifying) saw, or the run stops before writing what changed.
    digests: Vec<[u8; 32]>,
}

impl VerifiedPlan {
    /// Reads the whole file once: header, every entry's shape, trailer and hash.
    pub fn open(path: &Path) -> Result<Self, PlanFileError> {
        let io = |source| PlanFileError::Io { path: path.to_path_buf(), source };
        let file = File::open(path).map_err(io)?;
        // A plan is read twice (verified, then applied) and must be the same both times: a
        // pipe or a device (`/dev/zero` never ends) cannot be.
        if !file.metadata().map_err(io)?.is_file() {
            return Err(PlanFileError::NotAFile { path: path.to_path_buf() });
        }
        let mut reader = BufReader::new(file);
        let mut hasher = Sha256::new();
        let mut line = String::new();
        let mut header: Option<Header> = None;
        let mut count = 0u64;
        let mut number = 0usize;
        let mut digests = Vec::new();
        loop {
            line.clear();
            if reader.read_line(&mut line).map_err(io)? == 0 {
                return Err(PlanFileError::Truncated { path: path.to_path_buf() });
            }
            number += 1;
            let malformed =
                |message: String| PlanFileError::Malformed { path: path.to_path_buf(), line: number, message };
            if !line.ends_with('\n') {
                return Err(PlanFileError::Truncated { path: path.to_path_buf() });
            }
            if header.is_none() {
                let value: Value =
                    serde_json::from_str(&line).map_err(|_| PlanFileError::NotAPlan { path: path.to_path_buf() })?;
                if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
                    return Err(PlanFileError::NotAPlan { path: path.to_path_buf() });
                }
                let version = value.get("version").and_then(Value::as_u64).unwrap_or(0) as u32;
                if version != VERSION {
                    return Err(PlanFileError::Version { path: path.to_path_buf(), version });
                }
                header = Some(serde_json::from_value(value).map_err(|e| malformed(e.to_string()))?);
            } else if line.starts_with("{\"end\"") {
                let trailer: Trailer = serde_json::from_str(&line).map_err(|e| malformed(e.to_string()))?;
                let hash = sha256_hex(hasher);
                if trailer.sha256 != hash || trailer.orgs != count {
                    return Err(PlanFileError::Tampered { path: path.to_path_buf() });
                }
                let mut rest = String::new();
                if reader.read_line(&mut rest).map_err(io)? != 0 {
                    return Err(malformed("text after the closing line".into()));
                }
                let header = header.ok_or_else(|| malformed("closing line before the header".into()))?;
                return Ok(Self { path: path.to_path_buf(), header, hash, orgs: count, digests });
            } else {
                serde_json::from_str::<PlanEntry>(&line).map_err(|e| malformed(e.to_string()))?;
                count += 1;
                digests.push(Sha256::digest(line.as_bytes()).into());
            }
            hasher.update(line.as_bytes());
        }
    }

    /// The entries, in file order, read as they are consumed; each line is checked against
    /// the digest taken when the plan was verified, so a file changed in between (edited in
    /// place, replaced) yields an error at the first changed entry, before it is used.
    pub fn entries(&self) -> std::io::Result<impl Iterator<Item = anyhow::Result<PlanEntry>> + '_> {
        let mut reader = BufReader::new(File::open(&self.path)?);
        let mut header = String::new();
        reader.read_line(&mut header)?;
        let mut digests = self.digests.iter().enumerate();
        let mut line = String::new();
        Ok(std::iter::from_fn(move || {
            let (index, digest) = digests.next()?;
            line.clear();
            let changed =
                || anyhow::Error::new(PlanFileError::ChangedDuringUse { path: self.path.clone(), line: index + 2 });
            Some(match reader.read_line(&mut line) {
                Err(e) => Err(e.into()),
                Ok(_) if Sha256::digest(line.as_bytes()).as_slice() != digest => Err(changed()),
                Ok(_) => serde_json::from_str(&line).map_err(Into::into),
            })
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn header() -> Header {
        Header {
            format: FORMAT.into(),
            version: VERSION,
            created_at: "now".into(),
            database: "sqlite://x".into(),
            database_id: "sqlite:/x".into(),
            snapshot_id: 1,
            snapshot_sha256: "abc".into(),
            catalog_fingerprint: "def".into(),
            rules: "marker".into(),
            include_unrestricted: false,
        }
    }

    fn write_entry(w: &mut PlanWriter, i: usize) {
        let (id, name) = (format!("id-{i}"), format!("org {i}"));
        let old = Settings::from_value(json!({"provider_deny_list": ["x"]}));
        let new = Settings::from_value(
            json!({"provider_deny_list": ["x"], "provider_policy_mode": "allow", "provider_allow_list": ["y"]}),
        );
        let denied = vec!["x".to_string()];
        let entry = PlanEntryRef {
            id: &id,
            name: &name,
            old: &old,
            new: &new,
            allowed: 1,
            denied: &denied,
            pairs_changed: 0,
            warnings: &[],
        };
        w.entry(&entry).unwrap();
    }

    fn write(dir: &Path, n: usize) -> (PathBuf, String) {
        let path = dir.join("plan.jsonl");
        let mut w = PlanWriter::create(&path, &header()).unwrap();
        for i in 0..n {
            write_entry(&mut w, i);
        }
        let hash = w.finish().unwrap();
        (path, hash)
    }

    /// A plan replaces the file at its path only once complete; an unfinished one leaves the
    /// old file as it was and no temporary file behind.
    #[test]
    fn plans_replace_their_file_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let (path, hash) = write(dir.path(), 3);
        let before = std::fs::read(&path).unwrap();
        let mut unfinished = PlanWriter::create(&path, &header()).unwrap();
        write_entry(&mut unfinished, 9);
        drop(unfinished);
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(VerifiedPlan::open(&path).unwrap().hash, hash);
        let (_, newer) = write(dir.path(), 1);
        assert_ne!(newer, hash);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn stored_text_is_kept_when_it_fits_on_one_line() {
        let line = |old: &Settings| {
            let new = Settings::parse(r#"{"a": [1, 2], "provider_policy_mode": "allow", "provider_allow_list": []}"#);
            let entry = PlanEntryRef {
                id: "i",
                name: "n",
                old,
                new: &new,
                allowed: 0,
                denied: &[],
                pairs_changed: 0,
                warnings: &[],
            };
            let line = String::from_utf8(entry.line().unwrap()).unwrap();
            let parsed: PlanEntry = serde_json::from_str(&line).unwrap();
            assert_eq!(parsed.new.get(), new.text());
            parsed.old.get().to_string()
        };
        assert_eq!(line(&Settings::parse(r#"{"b": 1, "a": [1, 2]}"#)), r#"{"b": 1, "a": [1, 2]}"#);
        assert_eq!(line(&Settings::parse("{\"b\": 1,\n \"a\": [1, 2]}")), r#"{"b":1,"a":[1,2]}"#);
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let (path, hash) = write(dir.path(), 3);
        let plan = VerifiedPlan::open(&path).unwrap();
        assert_eq!((plan.orgs, plan.hash.clone()), (3, hash));
        let ids: Vec<String> = plan.entries().unwrap().map(|e| e.unwrap().id).collect();
        assert_eq!(ids, ["id-0", "id-1", "id-2"]);
    }

    /// What is applied is what was verified: a plan changed after verification stops at the
    /// first changed entry, whatever the change (an edit in place, a replacement).
    #[test]
    fn a_plan_changed_between_verification_and_use_stops_there() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = write(dir.path(), 3);
        let plan = VerifiedPlan::open(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        // Another valid plan, one entry different, put in its place.
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        let (other, _) = write(&elsewhere, 3);
        let replacement = std::fs::read_to_string(other).unwrap().replacen("id-1", "id-7", 1);
        for changed in [text.replacen("id-2", "id-9", 1), replacement] {
            std::fs::write(&path, changed).unwrap();
            let read: Vec<_> = plan.entries().unwrap().map(|e| e.map(|e| e.id).map_err(|e| e.to_string())).collect();
            assert_eq!(read[0], Ok("id-0".to_string()));
            let err = read.iter().find_map(|r| r.clone().err()).unwrap();
            assert!(err.contains("changed while it was being applied"), "{err}");
        }
    }

    #[test]
    fn damaged_plans_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = write(dir.path(), 3);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let cases: Vec<(String, &str)> = vec![
            (text.replace("\"y\"", "\"evil\""), "modified after it was written"),
            (lines[..3].join("\n") + "\n", "truncated"),
            (text[..text.len() - 5].to_string(), "truncated"),
            (
                lines.iter().enumerate().filter(|(i, _)| *i != 2).map(|(_, l)| format!("{l}\n")).collect(),
                "modified after",
            ),
            ("{\"something\": 1}\n".into(), "is not an orgpolicy backfill plan"),
            ("".into(), "truncated"),
            (text.replacen("\"version\":1", "\"version\":7", 1), "has version 7"),
            (text.replacen("\"allowed\":1", "\"allowed\":\"one\"", 1), "malformed at line 2"),
        ];
        for (content, want) in cases {
            std::fs::write(&path, &content).unwrap();
            let err = VerifiedPlan::open(&path).err().unwrap().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
    }
}
