//! The gateway's catalog-sync log read back: the `organization.settings.auto_change` rows its
//! sync job writes, after storing a snapshot, for each enterprise org whose model availability
//! it thinks the sync changed; and their comparison, model by model, with what the change did
//! to the org's effective access.
//!
//! The sync decides availability with a reading of its own (the org's model deny list and
//! provider allow list against every provider of the normalized id), not with the request
//! path. Where exemptions, data collection, endpoint narrowing or Claude's routing decide, the
//! row it wrote tells the customer something the gateway does not do; the comparison names
//! those models.

use std::collections::BTreeSet;

use serde::Serialize;

use super::access::EffectiveAccess;
use super::catalog::Catalog;
use super::gateway::normalize_model_id;

/// Models gained and lost, named as the sync names them (the gateway's `normalizeModelId`: a
/// model is usable when any variant is, through any provider).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ModelMoves {
    pub gained: BTreeSet<String>,
    pub lost: BTreeSet<String>,
}

impl ModelMoves {
    /// The models an org can use through some provider on one side and through none on the
    /// other.
    pub fn between(before: (&Catalog, &EffectiveAccess), after: (&Catalog, &EffectiveAccess)) -> Self {
        let (a, b) = (usable(before), usable(after));
        Self { gained: b.difference(&a).cloned().collect(), lost: a.difference(&b).cloned().collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.gained.is_empty() && self.lost.is_empty()
    }

    /// What `self` holds that `other` does not, side by side.
    fn minus(&self, other: &Self) -> Self {
        Self {
            gained: self.gained.difference(&other.gained).cloned().collect(),
            lost: self.lost.difference(&other.lost).cloned().collect(),
        }
    }

    /// Adds a later change on top: a model gained then lost again has not moved.
    fn then(&mut self, later: Self) {
        for model in later.gained {
            if !self.lost.remove(&model) {
                self.gained.insert(model);
            }
        }
        for model in later.lost {
            if !self.gained.remove(&model) {
                self.lost.insert(model);
            }
        }
    }
}

fn usable((catalog, access): (&Catalog, &EffectiveAccess)) -> BTreeSet<String> {
    catalog
        .models()
        .iter()
        .enumerate()
        .filter(|(i, _)| !access.providers_of(*i).is_empty())
        .map(|(_, model)| normalize_model_id(&model.id).to_string())
        .collect()
}

/// The segments the sync writes, joined by `; `.
const ADDED: &str = "Added models from provider ";
const REMOVED_FROM_CATALOG: &str = "Removed models (no longer available): ";
const REMOVED_FROM_ALLOWED: &str = "Removed models (no longer offered by any allowed provider): ";

/// What one row says: its models gained (under any provider) and lost (from the catalog or
/// from the org's allowed providers); `Err` with the first segment not in the sync's format.
pub fn parse_row(message: &str) -> Result<ModelMoves, String> {
    let mut said = ModelMoves::default();
    for segment in message.split("; ") {
        let (into, list) = if let Some(rest) = segment.strip_prefix(ADDED) {
            let (_provider, list) = rest.split_once(": ").ok_or_else(|| segment.to_string())?;
            (&mut said.gained, list)
        } else if let Some(list) =
            segment.strip_prefix(REMOVED_FROM_CATALOG).or_else(|| segment.strip_prefix(REMOVED_FROM_ALLOWED))
        {
            (&mut said.lost, list)
        } else {
            return Err(segment.to_string());
        };
        let models: Vec<&str> = list.split(", ").collect();
        if models.iter().any(|m| m.is_empty() || m.contains(char::is_whitespace)) {
            return Err(segment.to_string());
        }
        into.extend(models.into_iter().map(str::to_string));
    }
    Ok(said)
}

/// How an org's sync rows compare with what the change did to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncStatus {
    /// The rows name exactly the models gained and lost.
    Agrees,
    /// They name models that did not move, or leave out models that did.
    Differs,
    /// Models moved, and the sync wrote no row.
    Missing,
    /// A row is not in the sync's format: nothing is claimed from it.
    Unreadable,
}

impl SyncStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SyncStatus::Agrees => "agrees",
            SyncStatus::Differs => "differs",
            SyncStatus::Missing => "missing",
            SyncStatus::Unreadable => "unreadable",
        }
    }
}

/// An org's sync rows against its moves: `{"status", "rows", "logged": {"gained", "lost"},
/// "only_logged": {...}, "only_moved": {...}, "unreadable"?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncCheck {
    pub status: SyncStatus,
    /// How many rows the sync wrote for the org in the compared window.
    pub rows: usize,
    /// What the rows say, netted in the order written.
    pub logged: ModelMoves,
    /// Models the rows name that did not move that way.
    pub only_logged: ModelMoves,
    /// Models that moved and the rows leave out.
    pub only_moved: ModelMoves,
    /// The first segment not in the sync's format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreadable: Option<String>,
}

/// Compares the rows the sync wrote for an org (oldest first) with the models the change
/// moved; `None` when there is neither a row nor a model moved.
pub fn check(rows: &[String], moved: &ModelMoves) -> Option<SyncCheck> {
    if rows.is_empty() && moved.is_empty() {
        return None;
    }
    let mut logged = ModelMoves::default();
    for row in rows {
        match parse_row(row) {
            Ok(said) => logged.then(said),
            Err(segment) => {
                return Some(SyncCheck {
                    status: SyncStatus::Unreadable,
                    rows: rows.len(),
                    logged: ModelMoves::default(),
                    only_logged: ModelMoves::default(),
                    only_moved: ModelMoves::default(),
                    unreadable: Some(segment),
                })
            }
        }
    }
    let (only_logged, only_moved) = (logged.minus(moved), moved.minus(&logged));
    let status = match (rows.is_empty(), only_logged.is_empty() && only_moved.is_empty()) {
        (true, _) => SyncStatus::Missing,
        (false, true) => SyncStatus::Agrees,
        (false, false) => SyncStatus::Differs,
    };
    Some(SyncCheck { status, rows: rows.len(), logged, only_logged, only_moved, unreadable: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::evaluate::{CompiledPolicy, Org};
    use crate::policy::{Rules, Settings};
    use serde_json::json;

    fn moves(gained: &[&str], lost: &[&str]) -> ModelMoves {
        ModelMoves {
            gained: gained.iter().map(|s| s.to_string()).collect(),
            lost: lost.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// The messages of the gateway's own tests (`auto-model-change-log.test.ts`) and its
    /// `buildAutoChangeMessage` segments.
    #[test]
    fn rows_are_read_as_the_sync_writes_them() {
        let cases: &[(&str, Result<ModelMoves, &str>)] = &[
            ("Added models from provider z-ai: z-ai/glm-5.1", Ok(moves(&["z-ai/glm-5.1"], &[]))),
            (
                "Added models from provider openai: openai/gpt-5, openai/o4; Added models from provider z-ai: z-ai/glm-5.1",
                Ok(moves(&["openai/gpt-5", "openai/o4", "z-ai/glm-5.1"], &[])),
            ),
            ("Removed models (no longer available): z-ai/glm-4", Ok(moves(&[], &["z-ai/glm-4"]))),
            (
                "Added models from provider z-ai: z-ai/glm-5.1; Removed models (no longer available): z-ai/glm-4; Removed models (no longer offered by any allowed provider): x/y",
                Ok(moves(&["z-ai/glm-5.1"], &["x/y", "z-ai/glm-4"])),
            ),
            ("Updated access lists", Err("Updated access lists")),
            ("Added models from provider z-ai", Err("Added models from provider z-ai")),
            ("Removed models (no longer available): ", Err("Removed models (no longer available): ")),
            ("", Err("")),
        ];
        for (message, expected) in cases {
            assert_eq!(parse_row(message), expected.clone().map_err(str::to_string), "{message:?}");
        }
    }

    #[test]
    fn statuses() {
        let row = |s: &str| vec![s.to_string()];
        let gpt5 = moves(&["openai/gpt-5"], &[]);
        /// The rows, the models moved, and the status with what only the rows and only the
        /// moves hold.
        type Case = (Vec<String>, ModelMoves, Option<(SyncStatus, ModelMoves, ModelMoves)>);
        let cases: &[Case] = &[
            (vec![], ModelMoves::default(), None),
            (vec![], gpt5.clone(), Some((SyncStatus::Missing, ModelMoves::default(), gpt5.clone()))),
            (
                row("Added models from provider openai: openai/gpt-5"),
                gpt5.clone(),
                Some((SyncStatus::Agrees, ModelMoves::default(), ModelMoves::default())),
            ),
            (
                row("Added models from provider openai: openai/gpt-5; Removed models (no longer available): d/chat"),
                gpt5.clone(),
                Some((SyncStatus::Differs, moves(&[], &["d/chat"]), ModelMoves::default())),
            ),
            (
                row("Removed models (no longer available): d/chat"),
                ModelMoves::default(),
                Some((SyncStatus::Differs, moves(&[], &["d/chat"]), ModelMoves::default())),
            ),
            // Two syncs: gained, then lost again, nets to nothing moved.
            (
                vec![
                    "Added models from provider openai: openai/gpt-5".into(),
                    "Removed models (no longer available): openai/gpt-5".into(),
                ],
                ModelMoves::default(),
                Some((SyncStatus::Agrees, ModelMoves::default(), ModelMoves::default())),
            ),
        ];
        for (rows, moved, expected) in cases {
            let got = check(rows, moved).map(|c| (c.status, c.only_logged, c.only_moved));
            assert_eq!(&got, expected, "{rows:?} vs {moved:?}");
        }
        let unreadable = check(&row("Updated access lists"), &gpt5).unwrap();
        assert_eq!(
            (unreadable.status, unreadable.unreadable.as_deref()),
            (SyncStatus::Unreadable, Some("Updated access lists"))
        );
    }

    /// Variants are one model to the sync: `x:free` usable keeps `x` usable.
    #[test]
    fn models_move_by_normalized_id() {
        let before = catalog(&[("openai", &["openai/gpt-4o"]), ("nvidia", &["nvidia/nemotron:free"])]);
        let after = catalog(&[("openai", &["openai/gpt-4o", "openai/gpt-5"]), ("deepinfra", &["nvidia/nemotron"])]);
        let settings = Settings::from_value(json!({"provider_allow_list": ["openai", "nvidia", "deepinfra"]}));
        let access = |c: &Catalog| {
            CompiledPolicy::new(
                Org {
                    plan: "enterprise",
                    settings: &settings,
                    custom_models: &[],
                    rules: Rules::AllowList,
                    own_schema: false,
                },
                c,
            )
            .effective_access(c)
        };
        let moved = ModelMoves::between((&before, &access(&before)), (&after, &access(&after)));
        assert_eq!(moved, moves(&["openai/gpt-5"], &[]));
    }
}
