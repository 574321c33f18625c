//! The catalog of which providers serve which models (SPEC §3).
//!
//! [`SnapshotData`] is the stored shape of one `models_by_provider` row, unknown fields kept.
//! [`Catalog`] is its interned index: providers numbered in slug order, models keyed by their
//! normalized id with the union of the providers serving any of their variants. A provider
//! *serves* a model when it lists it with a non-null endpoint; it is *live* when it serves one.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::normalize;
use super::provider_set::{ProviderId, ProviderSet};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotData {
    pub providers: Vec<ProviderEntry>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProviderEntry {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub models: Vec<ModelEntry>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelEntry {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub endpoint: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ModelEntry {
    pub fn is_served(&self) -> bool {
        self.endpoint.as_ref().is_some_and(|e| !e.is_null())
    }

    pub fn is_free(&self) -> bool {
        self.endpoint.as_ref().and_then(|e| e.get("is_free")).and_then(Value::as_bool).unwrap_or(false)
    }
}

/// The live providers of a stored snapshot, normalized and sorted, reading nothing else: what
/// catalog history needs from every past snapshot, at a fraction of a full parse.
pub fn live_providers(stored: &str) -> serde_json::Result<Vec<String>> {
    use serde::de::IgnoredAny;
    #[derive(Deserialize)]
    struct Snapshot {
        providers: Vec<LightProvider>,
    }
    #[derive(Deserialize)]
    struct LightProvider {
        slug: String,
        #[serde(default)]
        models: Vec<LightModel>,
    }
    #[derive(Deserialize)]
    struct LightModel {
        #[serde(default)]
        endpoint: Option<IgnoredAny>,
    }
    let snapshot: Snapshot = serde_json::from_str(stored)?;
    let mut live: Vec<String> = snapshot
        .providers
        .into_iter()
        .filter(|p| p.models.iter().any(|m| m.endpoint.is_some()))
        .map(|p| normalize::provider_slug(&p.slug))
        .collect();
    live.sort();
    live.dedup();
    Ok(live)
}

/// The shape of the file given to `catalog import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Decide from the content: model entries with `id` and no `slug` are OpenRouter's.
    Auto,
    /// The stored snapshot shape of SPEC §3.
    Snapshot,
    /// `{"providers": [{"slug", "name", "models": [{"id", "name", "free", ...}]}]}`, as in
    /// `shared/data/openrouter-providers-*.json`: every listed model is served.
    Openrouter,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("not valid JSON: {0}")]
    Json(serde_json::Error),
    #[error("unexpected shape at {path}: {message}")]
    Shape { path: String, message: String },
    #[error("{path}: text holds a NUL character (\\u0000), which the database cannot store")]
    Nul { path: String },
    #[error("the catalog lists no providers")]
    NoProviders,
    #[error("no provider serves any model (every endpoint is null)")]
    NothingServed,
    #[error("{path}: empty slug")]
    EmptySlug { path: String },
    #[error("provider '{slug}' is listed twice (providers[{first}] and providers[{second}])")]
    DuplicateProvider { slug: String, first: usize, second: usize },
}

/// Parses and validates a catalog file, returning it in the stored shape with provider slugs
/// normalized.
pub fn parse_import(text: &str, format: InputFormat) -> Result<SnapshotData, CatalogError> {
    let value: Value = serde_json::from_str(text).map_err(CatalogError::Json)?;
    if let Some(path) = nul_at(&value) {
        return Err(CatalogError::Nul { path: format!("${path}") });
    }
    let format = match format {
        InputFormat::Auto => detect_format(&value),
        explicit => explicit,
    };
    let mut data = match format {
        InputFormat::Openrouter => from_openrouter(value)?,
        _ => deserialize_at_path::<SnapshotData>(value)?,
    };
    validate(&mut data)?;
    Ok(data)
}

/// Where the first string (or key) holding U+0000 is, as a path below the root: PostgreSQL
/// can store none in jsonb or text, so such a file is refused here, with the place named,
/// rather than by the database. The path is built only on the way back from a find.
fn nul_at(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if s.contains('\0') => Some(String::new()),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| nul_at(v).map(|rest| format!("[{i}]{rest}"))),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            if k.contains('\0') {
                Some(format!(" (a key at {})", k.escape_debug()))
            } else {
                nul_at(v).map(|rest| format!(".{k}{rest}"))
            }
        }),
        _ => None,
    }
}

fn detect_format(value: &Value) -> InputFormat {
    let first_model = value
        .get("providers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| p.get("models").and_then(Value::as_array))
        .flatten()
        .next();
    match first_model {
        Some(m) if m.get("slug").is_none() && m.get("id").is_some() => InputFormat::Openrouter,
        _ => InputFormat::Snapshot,
    }
}

fn deserialize_at_path<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, CatalogError> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| CatalogError::Shape { path: e.path().to_string(), message: e.inner().to_string() })
}

#[derive(Deserialize)]
struct OpenrouterFile {
    providers: Vec<OpenrouterProvider>,
    #[serde(default)]
    source: Option<Value>,
}

#[derive(Deserialize)]
struct OpenrouterProvider {
    slug: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    models: Vec<OpenrouterModel>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct OpenrouterModel {
    id: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    free: bool,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

fn from_openrouter(value: Value) -> Result<SnapshotData, CatalogError> {
    let file: OpenrouterFile = deserialize_at_path(value)?;
    let providers = file
        .providers
        .into_iter()
        .map(|p| ProviderEntry {
            slug: p.slug,
            name: p.name,
            models: p
                .models
                .into_iter()
                .map(|m| {
                    let mut endpoint = Map::new();
                    endpoint.insert("is_free".into(), Value::Bool(m.free));
                    endpoint.extend(m.extra);
                    ModelEntry { slug: m.id, name: m.name, endpoint: Some(Value::Object(endpoint)), extra: Map::new() }
                })
                .collect(),
            extra: p.extra,
        })
        .collect();
    let mut extra = Map::new();
    if let Some(generated_at) = file.source.as_ref().and_then(|s| s.get("generated_at")) {
        extra.insert("generated_at".into(), generated_at.clone());
    }
    if let Some(source) = file.source {
        extra.insert("source".into(), source);
    }
    Ok(SnapshotData { providers, extra })
}

fn validate(data: &mut SnapshotData) -> Result<(), CatalogError> {
    if data.providers.is_empty() {
        return Err(CatalogError::NoProviders);
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, provider) in data.providers.iter_mut().enumerate() {
        provider.slug = normalize::provider_slug(&provider.slug);
        if provider.slug.is_empty() {
            return Err(CatalogError::EmptySlug { path: format!("providers[{i}].slug") });
        }
        if let Some(first) = seen.insert(provider.slug.clone(), i) {
            return Err(CatalogError::DuplicateProvider { slug: provider.slug.clone(), first, second: i });
        }
        for (j, model) in provider.models.iter_mut().enumerate() {
            model.slug = model.slug.trim().to_string();
            if normalize::model_id(&model.slug).is_empty() {
                return Err(CatalogError::EmptySlug { path: format!("providers[{i}].models[{j}].slug") });
            }
        }
    }
    if !data.providers.iter().any(|p| p.models.iter().any(ModelEntry::is_served)) {
        return Err(CatalogError::NothingServed);
    }
    Ok(())
}

pub type ModelId = u32;

#[derive(Debug, Clone)]
pub struct Provider {
    pub slug: String,
    pub name: String,
}

/// One normalized model: the union of its catalog entries (`x` and `x:free` are variants).
#[derive(Debug, Clone)]
pub struct Model {
    pub id: String,
    pub name: String,
    pub serving: ProviderSet,
    pub variants: Vec<Variant>,
}

/// One full catalog id and the providers serving it.
#[derive(Debug, Clone)]
pub struct Variant {
    pub full_id: String,
    pub serving: ProviderSet,
    pub free: ProviderSet,
}

/// The interned index of one snapshot.
#[derive(Debug, Clone)]
pub struct Catalog {
    providers: Vec<Provider>,
    provider_ids: FxHashMap<String, ProviderId>,
    models: Vec<Model>,
    model_ids: FxHashMap<String, ModelId>,
    /// Per provider, the models it serves.
    served_by: Vec<Vec<ModelId>>,
    live: ProviderSet,
    all: ProviderSet,
}

impl Catalog {
    pub fn new(data: &SnapshotData) -> Self {
        let by_slug: BTreeMap<String, &ProviderEntry> =
            data.providers.iter().map(|p| (normalize::provider_slug(&p.slug), p)).collect();
        let providers: Vec<Provider> = by_slug
            .iter()
            .map(|(slug, p)| Provider { slug: slug.clone(), name: p.name.clone().unwrap_or_else(|| slug.clone()) })
            .collect();
        let provider_ids = providers.iter().enumerate().map(|(i, p)| (p.slug.clone(), i as ProviderId)).collect();

        // normalized id -> full id -> (name, serving, free)
        type Entries<'a> = BTreeMap<String, BTreeMap<&'a str, (Option<&'a str>, ProviderSet, ProviderSet)>>;
        let mut entries: Entries = BTreeMap::new();
        for (pid, provider) in by_slug.values().enumerate() {
            for model in provider.models.iter().filter(|m| m.is_served()) {
                let variant = entries
                    .entry(normalize::model_id(&model.slug))
                    .or_default()
                    .entry(model.slug.as_str())
                    .or_insert_with(|| (None, ProviderSet::new(), ProviderSet::new()));
                variant.0 = variant.0.or(model.name.as_deref());
                variant.1.insert(pid as ProviderId);
                if model.is_free() {
                    variant.2.insert(pid as ProviderId);
                }
            }
        }
        let models: Vec<Model> = entries
            .into_iter()
            .map(|(id, variants)| {
                // The base variant's name reads best ("X", not "X (free)").
                let name = variants
                    .iter()
                    .find(|(full, _)| normalize::model_id(full) == **full)
                    .or_else(|| variants.iter().next())
                    .and_then(|(_, v)| v.0)
                    .unwrap_or(&id)
                    .to_string();
                let variants: Vec<Variant> = variants
                    .into_iter()
                    .map(|(full_id, (_, serving, free))| Variant { full_id: full_id.to_string(), serving, free })
                    .collect();
                let serving = variants.iter().fold(ProviderSet::new(), |acc, v| acc.union(&v.serving));
                Model { id, name, serving, variants }
            })
            .collect();
        let model_ids = models.iter().enumerate().map(|(i, m)| (m.id.clone(), i as ModelId)).collect();
        let live = models.iter().fold(ProviderSet::new(), |acc, m| acc.union(&m.serving));
        let all = (0..providers.len() as ProviderId).collect();
        let mut served_by = vec![Vec::new(); providers.len()];
        for (id, model) in models.iter().enumerate() {
            for provider in model.serving.iter() {
                served_by[provider as usize].push(id as ModelId);
            }
        }
        Self { providers, provider_ids, models, model_ids, served_by, live, all }
    }

    /// Every provider listed, live or not, in slug order.
    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }

    pub fn provider(&self, id: ProviderId) -> &Provider {
        &self.providers[usize::from(id)]
    }

    /// The id of a normalized provider slug.
    pub fn provider_id(&self, slug: &str) -> Option<ProviderId> {
        self.provider_ids.get(slug).copied()
    }

    /// Served models, in id order.
    pub fn models(&self) -> &[Model] {
        &self.models
    }

    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id as usize]
    }

    /// The id of a normalized model id, if some provider serves it.
    /// The (normalized) models `provider` serves, in id order.
    pub fn models_served_by(&self, provider: ProviderId) -> &[ModelId] {
        &self.served_by[provider as usize]
    }

    pub fn model_id(&self, normalized: &str) -> Option<ModelId> {
        self.model_ids.get(normalized).copied()
    }

    pub fn live(&self) -> &ProviderSet {
        &self.live
    }

    /// Every provider listed, live or not.
    pub fn all(&self) -> &ProviderSet {
        &self.all
    }

    pub fn is_live(&self, slug: &str) -> bool {
        self.provider_id(slug).is_some_and(|id| self.live.contains(id))
    }

    /// The slugs of a set, in slug order.
    pub fn slugs(&self, set: &ProviderSet) -> Vec<String> {
        set.iter().map(|id| self.provider(id).slug.clone()).collect()
    }

    /// The set of the listed slugs that this catalog knows; unknown slugs are left out.
    pub fn set_of<'a>(&self, slugs: impl IntoIterator<Item = &'a String>) -> ProviderSet {
        slugs.into_iter().filter_map(|s| self.provider_id(s)).collect()
    }

    /// SHA-256 (hex) of what policy reads from this snapshot: every provider listed, and which
    /// full model ids each serves. Names, prices, free flags and `generated_at` are left out,
    /// so two snapshots with the same fingerprint decide every request the same way.
    pub fn policy_fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut pairs: Vec<(ProviderId, &str)> = Vec::with_capacity(self.pair_count());
        for model in &self.models {
            for variant in &model.variants {
                pairs.extend(variant.serving.iter().map(|p| (p, variant.full_id.as_str())));
            }
        }
        pairs.sort_unstable();
        let mut hash = Sha256::new();
        for provider in &self.providers {
            hash.update(provider.slug.as_bytes());
            hash.update(b"\n");
        }
        for (provider, model) in pairs {
            hash.update(self.provider(provider).slug.as_bytes());
            hash.update(b"\t");
            hash.update(model.as_bytes());
            hash.update(b"\n");
        }
        format!("{:x}", hash.finalize())
    }

    /// Number of (model, provider) pairs served.
    pub fn pair_count(&self) -> usize {
        self.models.iter().map(|m| m.serving.len()).sum()
    }

    /// Number of models each provider serves, indexed by provider id.
    pub fn model_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.providers.len()];
        for model in &self.models {
            for id in model.serving.iter() {
                counts[usize::from(id)] += 1;
            }
        }
        counts
    }
}

/// Up to three candidates closest to `query` (for "did you mean"), best first.
pub fn closest<'a>(query: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut nearest = Nearest::new(query);
    for candidate in candidates {
        nearest.consider(candidate);
    }
    nearest.into_names()
}

/// The best few "did you mean" candidates, fed one at a time, so a long stream (every org
/// name) needs no list in memory.
pub struct Nearest {
    query: String,
    best: Vec<(f64, String)>,
}

impl Nearest {
    pub fn new(query: &str) -> Self {
        Self { query: query.to_lowercase(), best: Vec::new() }
    }

    pub fn consider(&mut self, candidate: &str) {
        let score = strsim::jaro_winkler(&self.query, &candidate.to_lowercase());
        if score >= 0.8 && !self.best.iter().any(|(_, name)| name == candidate) {
            self.best.push((score, candidate.to_string()));
            self.best.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            self.best.truncate(3);
        }
    }

    pub fn into_names(self) -> Vec<String> {
        self.best.into_iter().map(|(_, name)| name).collect()
    }
}

/// What changed between two snapshots: live providers and served models, by name.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CatalogDiff {
    pub providers_added: Vec<String>,
    pub providers_removed: Vec<String>,
    pub models_added: Vec<String>,
    pub models_removed: Vec<String>,
    pub pairs_added: usize,
    pub pairs_removed: usize,
}

pub fn diff(before: &Catalog, after: &Catalog) -> CatalogDiff {
    let live = |c: &Catalog| -> BTreeSet<String> { c.slugs(c.live()).into_iter().collect() };
    let models = |c: &Catalog| -> BTreeSet<String> { c.models().iter().map(|m| m.id.clone()).collect() };
    let pairs = |c: &Catalog| -> BTreeSet<(String, String)> {
        c.models().iter().flat_map(|m| m.serving.iter().map(|p| (m.id.clone(), c.provider(p).slug.clone()))).collect()
    };
    let (live_a, live_b) = (live(before), live(after));
    let (models_a, models_b) = (models(before), models(after));
    let (pairs_a, pairs_b) = (pairs(before), pairs(after));
    CatalogDiff {
        providers_added: live_b.difference(&live_a).cloned().collect(),
        providers_removed: live_a.difference(&live_b).cloned().collect(),
        models_added: models_b.difference(&models_a).cloned().collect(),
        models_removed: models_a.difference(&models_b).cloned().collect(),
        pairs_added: pairs_b.difference(&pairs_a).count(),
        pairs_removed: pairs_a.difference(&pairs_b).count(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    /// A small catalog: `(provider, [(full model id, served, free)])`.
    pub(crate) fn catalog(spec: &[(&str, &[&str])]) -> Catalog {
        let providers = spec
            .iter()
            .map(|(slug, models)| {
                json!({"slug": slug, "name": slug.to_uppercase(), "models": models.iter().map(|m| {
                    let free = m.ends_with(":free");
                    json!({"slug": m, "name": m, "endpoint": {"is_free": free}})
                }).collect::<Vec<_>>()})
            })
            .collect::<Vec<_>>();
        let data = parse_import(&json!({"providers": providers}).to_string(), InputFormat::Snapshot).unwrap();
        Catalog::new(&data)
    }

    #[test]
    fn live_providers_reads_what_the_catalog_reads() {
        let data = json!({"providers": [
            {"slug": " B ", "models": [{"slug": "m/a", "endpoint": {}}], "extra": [1]},
            {"slug": "a", "models": [{"slug": "m/a", "endpoint": null}, {"slug": "m/b", "endpoint": {"is_free": true}}]},
            {"slug": "idle", "models": [{"slug": "m/a", "endpoint": null}]},
            {"slug": "empty"}
        ], "generated_at": "x"});
        assert_eq!(live_providers(&data.to_string()).unwrap(), ["a", "b"]);
        let full = Catalog::new(&serde_json::from_value(data).unwrap());
        assert_eq!(full.slugs(full.live()), ["a", "b"]);
        assert!(live_providers("{\"providers\": 3}").is_err());
    }

    #[test]
    fn variants_share_a_normalized_model() {
        let c = catalog(&[
            ("meta", &["meta-llama/llama-3.3-70b-instruct"]),
            ("chutes", &["meta-llama/llama-3.3-70b-instruct:free"]),
            ("idle", &[]),
        ]);
        let id = c.model_id("meta-llama/llama-3.3-70b-instruct").unwrap();
        let model = c.model(id);
        assert_eq!(c.slugs(&model.serving), ["chutes", "meta"]);
        assert_eq!(model.variants.len(), 2);
        assert_eq!(c.slugs(&model.variants[1].free), ["chutes"]);
        assert_eq!(c.slugs(c.live()), ["chutes", "meta"]);
        assert!(!c.is_live("idle") && c.provider_id("idle").is_some());
    }

    #[test]
    fn null_endpoints_do_not_serve() {
        let text = json!({"providers": [{"slug": "a", "models": [
            {"slug": "x/one", "endpoint": null}, {"slug": "x/two", "endpoint": {}}]}]});
        let c = Catalog::new(&parse_import(&text.to_string(), InputFormat::Auto).unwrap());
        assert!(c.model_id("x/one").is_none());
        assert!(c.model_id("x/two").is_some());
    }

    #[test]
    fn import_errors() {
        let cases: [(&str, &str); 9] = [
            ("not json", "not valid JSON"),
            (
                r#"{"providers": [{"slug": "a", "models": [{"slug": "m\u0000", "endpoint": {}}]}]}"#,
                "$.providers[0].models[0].slug: text holds a NUL character",
            ),
            (r#"{"providers": [], "x\u0000": 1}"#, "(a key at x\\0)"),
            ("{}", "unexpected shape at .: missing field `providers`"),
            (r#"{"providers": []}"#, "no providers"),
            (r#"{"providers": [{"slug": "a", "models": [{"slug": "m", "endpoint": null}]}]}"#, "no provider serves"),
            (r#"{"providers": [{"slug": "a", "models": [{"name": 1}]}]}"#, "providers[0].models[0]"),
            (r#"{"providers": [{"slug": " ", "models": []}]}"#, "providers[0].slug: empty slug"),
            (
                r#"{"providers": [{"slug": "A", "models": [{"slug":"m","endpoint":{}}]}, {"slug": "a"}]}"#,
                "listed twice",
            ),
        ];
        for (text, want) in cases {
            let err = parse_import(text, InputFormat::Auto).unwrap_err().to_string();
            assert!(err.contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn imports_the_openrouter_shape_keeping_extra_fields() {
        let text = json!({"source": {"generated_at": "2026-08-14T18:19:14Z"}, "stats": {}, "providers": [
            {"slug": "nvidia", "name": "NVIDIA", "models": [
                {"id": "nvidia/nemo:free", "name": "Nemo (free)", "free": true, "input_cost": 0.0, "tags": ["t"]}]}]});
        let data = parse_import(&text.to_string(), InputFormat::Auto).unwrap();
        let model = &data.providers[0].models[0];
        assert_eq!(model.slug, "nvidia/nemo:free");
        assert!(model.is_free() && model.is_served());
        assert_eq!(model.endpoint.as_ref().unwrap()["tags"], json!(["t"]));
        assert_eq!(data.extra["generated_at"], json!("2026-08-14T18:19:14Z"));
    }

    #[test]
    fn closest_names() {
        let names = ["openai", "anthropic", "azure", "deepinfra", "deepseek"];
        assert_eq!(closest("opneai", names), ["openai"]);
        assert_eq!(closest("deepsek", names)[0], "deepseek");
        assert!(closest("zzzzzz", names).is_empty());
    }

    #[test]
    fn snapshot_diff() {
        let a = catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"])]);
        let b = catalog(&[("openai", &["openai/gpt-4o", "openai/o3"]), ("newco", &["openai/gpt-4o"])]);
        let d = diff(&a, &b);
        assert_eq!(d.providers_added, ["newco"]);
        assert_eq!(d.providers_removed, ["azure"]);
        assert_eq!(d.models_added, ["openai/o3"]);
        assert!(d.models_removed.is_empty());
        assert_eq!((d.pairs_added, d.pairs_removed), (2, 1));
    }

    #[test]
    fn real_catalog_data_imports() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/sample/openrouter-providers-2026-08-14.json");
        let data = parse_import(&std::fs::read_to_string(path).unwrap(), InputFormat::Auto).unwrap();
        let c = Catalog::new(&data);
        assert_eq!(c.live().len(), 74);
        // 963 listed pairs fold into 901 once variants (`x:free`, `x:thinking`) join their base id.
        assert_eq!(c.pair_count(), 901);
        assert_eq!(c.models().len(), 323);
    }
}
