//! The plan file of a fleet change (the backfill is one): JSON Lines, so that writing and
//! applying it stream in constant memory whatever the number of orgs.
//!
//! ```text
//! {"format":"orgpolicy-plan","version":2,"operation":{...},...}   header
//! {"id":...,"name":...,"old":{...},"new":{...},...}                one line per org to change
//! {"end":true,"orgs":N,"sha256":"..."}                              trailer
//! ```
//! The trailer's hash seals everything before it, so a truncated or edited plan is refused:
//! version 2 hashes the header line and then each entry line's own SHA-256 (computed where the
//! line is made, on the planning workers, so the writer hashes 32 bytes per org); version 1
//! (backfill plans of earlier releases, still applied and rolled back) hashes every byte.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::atomic_file::AtomicFile;
use crate::policy::change::{Operation, Selector};
use crate::policy::Settings;

/// The format and version plans are written in.
pub const FORMAT: &str = "orgpolicy-plan";
pub const VERSION: u32 = 2;
/// Backfill plans of earlier releases: read, never written.
pub const FORMAT_V1: &str = "orgpolicy-backfill-plan";

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
    /// What the plan does (version 2); a version-1 plan is the backfill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<Operation>,
    /// Which orgs it was planned for (`change plan`), as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<Selector>,
}

impl Header {
    /// What the plan does: its operation, or for a version-1 plan the backfill.
    pub fn operation(&self) -> Operation {
        self.operation.clone().unwrap_or(Operation::Backfill { include_unrestricted: self.include_unrestricted })
    }
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
    /// The backfill's: providers allowed and denied, and pairs the org would gain or lose
    /// (non-zero only when the invariant failed).
    #[serde(default)]
    pub allowed: usize,
    #[serde(default)]
    pub denied: Vec<String>,
    #[serde(default)]
    pub pairs_changed: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// A list operation's: what it changes, in words, and the pairs gained and lost.
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub gained: usize,
    #[serde(default)]
    pub lost: usize,
    /// Its members' grants are decided by group policies on top of the change.
    #[serde(default)]
    pub group_policies: bool,
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
    /// A list operation's entry: its summary, pairs gained and lost, and whether group
    /// policies decide its members' grants (`None` for the backfill's).
    pub change: Option<EntryChange<'a>>,
}

/// What a list operation's entry says beyond the backfill's fields.
#[derive(Debug, Clone, Copy)]
pub struct EntryChange<'a> {
    pub summary: &'a str,
    pub gained: usize,
    pub lost: usize,
    pub group_policies: bool,
}

/// An entry line and its SHA-256, made together where the line is made (a worker thread).
#[derive(Debug)]
pub struct SealedLine {
    pub bytes: Vec<u8>,
    pub digest: [u8; 32],
}

impl SealedLine {
    pub fn new(bytes: Vec<u8>) -> Self {
        let digest = Sha256::digest(&bytes).into();
        Self { bytes, digest }
    }
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
        if let Some(change) = self.change {
            out.extend_from_slice(b",\"summary\":");
            serde_json::to_writer(&mut out, change.summary)?;
            out.extend_from_slice(b",\"gained\":");
            serde_json::to_writer(&mut out, &change.gained)?;
            out.extend_from_slice(b",\"lost\":");
            serde_json::to_writer(&mut out, &change.lost)?;
            out.extend_from_slice(b",\"group_policies\":");
            serde_json::to_writer(&mut out, &change.group_policies)?;
        }
        out.extend_from_slice(b"}\n");
        Ok(out)
    }

    /// [`Self::line`] with its digest.
    pub fn sealed(&self) -> serde_json::Result<SealedLine> {
        Ok(SealedLine::new(self.line()?))
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
    #[error("plan file '{path}' is not an orgpolicy plan (line 1)")]
    NotAPlan { path: PathBuf },
    #[error("plan file '{path}' has version {version}; this orgpolicy reads versions 1 and {VERSION}")]
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
            PlanFileError::Version { .. } => {
                "make a new plan with this version: `orgpolicy backfill plan --out FILE` or `orgpolicy change plan ... --out FILE`"
            }
            _ => "plans are not edited by hand: make a new one with `orgpolicy backfill plan` or `orgpolicy change plan`",
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
    /// Starts a plan in the current version with `header` (its format and version set here).
    pub fn create(path: &Path, header: &Header) -> std::io::Result<Self> {
        let header = Header { format: FORMAT.into(), version: VERSION, ..header.clone() };
        let mut writer = Self { out: BufWriter::new(AtomicFile::create(path)?), hasher: Sha256::new(), count: 0 };
        let mut bytes = serde_json::to_vec(&header)?;
        bytes.push(b'\n');
        writer.hasher.update(&bytes);
        writer.out.write_all(&bytes)?;
        Ok(writer)
    }

    pub fn entry(&mut self, entry: &PlanEntryRef<'_>) -> std::io::Result<()> {
        self.sealed(&entry.sealed()?)
    }

    /// Writes an entry sealed by [`PlanEntryRef::sealed`]: only its digest is hashed here.
    pub fn sealed(&mut self, line: &SealedLine) -> std::io::Result<()> {
        self.count += 1;
        self.hasher.update(line.digest);
        self.out.write_all(&line.bytes)
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
                let format = value.get("format").and_then(Value::as_str);
                if format != Some(FORMAT) && format != Some(FORMAT_V1) {
                    return Err(PlanFileError::NotAPlan { path: path.to_path_buf() });
                }
                let version = value.get("version").and_then(Value::as_u64).unwrap_or(0) as u32;
                let known = matches!((format, version), (Some(FORMAT), VERSION) | (Some(FORMAT_V1), 1));
                if !known {
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
                let digest: [u8; 32] = Sha256::digest(line.as_bytes()).into();
                digests.push(digest);
                if header.as_ref().is_some_and(|h| h.version >= 2) {
                    hasher.update(digest);
                    continue;
                }
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
            operation: Some(Operation::Backfill { include_unrestricted: false }),
            selector: None,
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
            change: None,
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
                change: None,
            };
            let line = String::from_utf8(entry.line().unwrap()).unwrap();
            let parsed: PlanEntry = serde_json::from_str(&line).unwrap();
            assert_eq!(parsed.new.get(), new.text());
            parsed.old.get().to_string()
        };
        assert_eq!(line(&Settings::parse(r#"{"b": 1, "a": [1, 2]}"#)), r#"{"b": 1, "a": [1, 2]}"#);
        assert_eq!(line(&Settings::parse("{\"b\": 1,\n \"a\": [1, 2]}")), r#"{"b":1,"a":[1,2]}"#);
    }

    /// A version-1 plan (an earlier release's backfill plan, every byte hashed) still opens, and
    /// reads as the backfill; a version-2 plan seals each entry by its digest.
    #[test]
    fn version_one_plans_still_open() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = write(dir.path(), 2);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut header: Value = serde_json::from_str(lines[0]).unwrap();
        header["format"] = FORMAT_V1.into();
        header["version"] = 1.into();
        header.as_object_mut().unwrap().remove("operation");
        let mut body = format!("{header}\n");
        for entry in &lines[1..3] {
            body.push_str(entry);
            body.push('\n');
        }
        let hash = sha256_hex(Sha256::new_with_prefix(body.as_bytes()));
        body.push_str(&format!("{{\"end\":true,\"orgs\":2,\"sha256\":\"{hash}\"}}\n"));
        let v1 = dir.path().join("v1.jsonl");
        std::fs::write(&v1, &body).unwrap();
        let plan = VerifiedPlan::open(&v1).unwrap();
        assert_eq!((plan.header.version, plan.hash.as_str(), plan.orgs), (1, hash.as_str(), 2));
        assert_eq!(plan.header.operation(), Operation::Backfill { include_unrestricted: false });
        assert_eq!(plan.entries().unwrap().count(), 2);
        // The same bytes sealed as version 2 are refused: the hashes differ by construction.
        std::fs::write(&v1, body.replacen(FORMAT_V1, FORMAT, 1).replacen("\"version\":1", "\"version\":2", 1)).unwrap();
        assert!(VerifiedPlan::open(&v1).err().unwrap().to_string().contains("modified after it was written"));
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
            ("{\"something\": 1}\n".into(), "is not an orgpolicy plan"),
            ("".into(), "truncated"),
            (text.replacen("\"version\":2", "\"version\":7", 1), "has version 7"),
            (text.replacen("\"version\":2", "\"version\":1", 1), "has version 1"),
            (text.replacen("\"allowed\":1", "\"allowed\":\"one\"", 1), "malformed at line 2"),
        ];
        for (content, want) in cases {
            std::fs::write(&path, &content).unwrap();
            let err = VerifiedPlan::open(&path).err().unwrap().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
    }
}
