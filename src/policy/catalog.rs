//! The catalog of which providers serve which models (SPEC §3).
//!
//! [`SnapshotData`] is the stored shape of one `models_by_provider` row, unknown fields kept.
//! [`Catalog`] is its interned index: providers numbered in slug order, models keyed by their
//! normalized id with the union of the providers serving any of their variants. A provider
//! *serves* a model when it lists it with a non-null endpoint; it is *live* when it serves one.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::facts::GatewayFacts;
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
    /// `getSnapshotModelVariantId`: the exact gateway id of this entry. Collapsed snapshots
    /// list each base id once per provider with the variant in `endpoint.variant`; `standard`
    /// (or none) is the base id itself.
    pub fn variant_id(&self) -> std::borrow::Cow<'_, str> {
        match self.endpoint.as_ref().and_then(|e| e.get("variant")).and_then(Value::as_str) {
            Some(variant) if !variant.is_empty() && variant != "standard" => {
                std::borrow::Cow::Owned(format!("{}:{variant}", self.slug))
            }
            _ => std::borrow::Cow::Borrowed(&self.slug),
        }
    }

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

/// The key under which exported catalog files carry the row's `openrouter` and `vercel` columns
/// (the gateway keeps them beside `data`, not in it).
pub const GATEWAY_COLUMNS_KEY: &str = "gateway_columns";

/// A catalog file's two gateway columns as JSON text: `(openrouter, vercel)`.
pub type ColumnTexts = (Option<String>, Option<String>);

/// Takes the gateway columns out of a parsed file's data (they are stored beside it), checking
/// their shape: an object holding `openrouter` and/or `vercel`, each a map of gateway model id
/// to model, or null.
pub fn take_gateway_columns(data: &mut SnapshotData) -> Result<ColumnTexts, CatalogError> {
    let Some(columns) = data.extra.remove(GATEWAY_COLUMNS_KEY) else { return Ok((None, None)) };
    let shape = |path: &str, message: &str| CatalogError::Shape {
        path: format!("{GATEWAY_COLUMNS_KEY}{path}"),
        message: message.to_string(),
    };
    let Value::Object(mut columns) = columns else { return Err(shape("", "expected an object")) };
    if let Some(key) = columns.keys().find(|k| *k != "openrouter" && *k != "vercel") {
        return Err(shape(&format!(".{key}"), "unknown column (openrouter or vercel)"));
    }
    let mut text = |name: &str| -> Result<Option<String>, CatalogError> {
        match columns.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(map @ Value::Object(_)) => Ok(Some(map.to_string())),
            Some(_) => Err(shape(&format!(".{name}"), "expected a map of gateway model id to model, or null")),
        }
    };
    Ok((text("openrouter")?, text("vercel")?))
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
    /// The gateway's lookup ([`Catalog::lookup`]) of each of its variants, together: what the
    /// current rules serve it through.
    pub gateway: ProviderSet,
}

/// One full catalog id and the providers serving it.
#[derive(Debug, Clone)]
pub struct Variant {
    pub full_id: String,
    pub serving: ProviderSet,
    pub free: ProviderSet,
}

/// What one gateway model id's endpoints say in the `openrouter` or `vercel` column of a catalog
/// row (a map of exact gateway id to its stored model): the providers serving it, and for a
/// latest alias (`~…`) its target.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredEndpoints {
    pub providers: Vec<String>,
    pub alias_target: Option<String>,
}

/// The `openrouter` and `vercel` columns of a catalog row, as the gateway's lookup reads them
/// (GATEWAY-TODAY §1): OpenRouter endpoints by their tag's provider part, lowercased; Vercel
/// endpoints by `provider_name`, else `tag`. A NULL or empty column narrows nothing.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    openrouter: HashMap<String, StoredEndpoints>,
    vercel: HashMap<String, StoredEndpoints>,
}

#[derive(Deserialize)]
struct StoredModelLite {
    #[serde(default)]
    endpoints: Vec<StoredEndpointLite>,
    #[serde(default)]
    alias_target: Option<AliasTarget>,
}

#[derive(Deserialize)]
struct StoredEndpointLite {
    #[serde(default)]
    tag: Option<String>,
    #[serde(default)]
    provider_name: Option<String>,
}

#[derive(Deserialize)]
struct AliasTarget {
    slug: String,
}

impl Columns {
    /// Reads the two columns' JSON text. A column that is not a map of models narrows nothing
    /// (the gateway would find no entry in it either); an entry that is not a model is skipped.
    pub fn parse(openrouter: Option<&str>, vercel: Option<&str>, facts: &GatewayFacts) -> Self {
        let read = |text: Option<&str>| -> HashMap<String, StoredModelLite> {
            let Some(text) = text else { return HashMap::new() };
            let Ok(entries) = serde_json::from_str::<HashMap<String, Value>>(text) else { return HashMap::new() };
            entries.into_iter().filter_map(|(id, v)| Some((id, serde_json::from_value(v).ok()?))).collect()
        };
        let openrouter = read(openrouter)
            .into_iter()
            .map(|(id, m)| {
                let mut providers: Vec<String> = m
                    .endpoints
                    .iter()
                    .filter_map(|e| e.tag.as_deref().filter(|t| !t.is_empty()))
                    .map(|t| t.split('/').next().unwrap_or(t).to_lowercase())
                    .collect();
                providers.sort();
                providers.dedup();
                (id, StoredEndpoints { providers, alias_target: m.alias_target.map(|a| a.slug) })
            })
            .collect();
        let vercel = read(vercel)
            .into_iter()
            .map(|(id, m)| {
                let providers = m
                    .endpoints
                    .iter()
                    .filter_map(|e| e.provider_name.as_deref().or(e.tag.as_deref()))
                    .map(|p| facts.vercel_endpoint_provider(p).to_string())
                    .collect();
                (id, StoredEndpoints { providers, alias_target: None })
            })
            .collect();
        Self { openrouter, vercel }
    }

    /// Whether either column holds anything (otherwise the lookup is the snapshot's).
    pub fn is_empty(&self) -> bool {
        self.openrouter.is_empty() && self.vercel.is_empty()
    }

    /// The OpenRouter column's entry for an exact gateway id.
    pub fn openrouter(&self, id: &str) -> Option<&StoredEndpoints> {
        self.openrouter.get(id)
    }

    /// Whether the OpenRouter column knows `id` (an empty column knows every id).
    pub fn openrouter_knows(&self, id: &str) -> bool {
        self.openrouter.is_empty() || self.openrouter.contains_key(id)
    }
}

/// `buildDataCollectionRequiredModelIds` (models-by-provider-index.server.ts K:ccd6431): the
/// exact ids where every entry trains, by its endpoint's `data_policy.training`, else its
/// provider's `dataPolicy.training`.
fn data_collection_required<'a>(providers: impl Iterator<Item = &'a ProviderEntry>) -> rustc_hash::FxHashSet<String> {
    let training = |v: Option<&Value>| v.and_then(|v| v.get("training")).and_then(Value::as_bool);
    let mut trains: FxHashMap<String, bool> = FxHashMap::default();
    for provider in providers {
        let provider_trains = training(provider.extra.get("dataPolicy")).unwrap_or(false);
        for model in &provider.models {
            let endpoint = model.endpoint.as_ref().and_then(|e| e.get("data_policy"));
            let model_trains = training(endpoint).unwrap_or(provider_trains);
            let entry = trains.entry(model.variant_id().into_owned()).or_insert(true);
            *entry = *entry && model_trains;
        }
    }
    trains.into_iter().filter(|(_, all)| *all).map(|(id, _)| id).collect()
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
    /// Per normalized id, every provider listing any of its variants, whatever the endpoint:
    /// the gateway's `models_by_provider` index.
    listed: FxHashMap<String, ProviderSet>,
    /// Per provider, its id on Vercel's side.
    vercel_ids: Vec<String>,
    /// Exact ids every provider listing them may train on: hidden from the listings of orgs
    /// that deny data collection (`buildDataCollectionRequiredModelIds`).
    data_collection_required: rustc_hash::FxHashSet<String>,
    columns: Arc<Columns>,
    facts: Arc<GatewayFacts>,
    /// Per model, whether today's gateway exempts it from every restriction (`kilo-internal/`,
    /// `kilo-auto/`, a listed direct-BYOK model): asked of every model of every org, so once.
    exempt: Vec<bool>,
    /// Per model, whether the gateway routes it as Claude (GATEWAY-TODAY §4).
    claude: Vec<bool>,
    /// [`ServingProfile`]s: by the snapshot's serving sets, and by the gateway's lookup with
    /// its exemptions (today's rules).
    profiles: [ServingProfile; 2],
}

/// Who serves what, counted once per catalog so that comparing two policies that differ only
/// in their providers costs a pass over the providers, not over every model: per provider, the
/// plain models it serves (neither exempt nor served by the virtual provider, whose routers
/// route through the allowed providers), and the models that are not plain.
#[derive(Debug, Clone, Default)]
pub struct ServingProfile {
    /// Indexed by provider id.
    pub plain_served: Vec<u32>,
    /// Per model, whether it is plain.
    pub plain: Vec<bool>,
    /// The models served by the virtual provider (and not exempt), each compared on its own.
    pub routers: Vec<ModelId>,
}

impl ServingProfile {
    fn of(catalog: &Catalog, gateway_lookup: bool) -> Self {
        let virtual_provider = catalog.provider_id(super::gateway::VIRTUAL_PROVIDER);
        let mut profile = ServingProfile {
            plain_served: vec![0; catalog.providers.len()],
            plain: vec![false; catalog.models.len()],
            routers: Vec::new(),
        };
        for (i, model) in catalog.models.iter().enumerate() {
            if gateway_lookup && catalog.exempt[i] {
                continue;
            }
            let served = if gateway_lookup { &model.gateway } else { &model.serving };
            if virtual_provider.is_some_and(|v| served.contains(v)) {
                profile.routers.push(i as ModelId);
                continue;
            }
            profile.plain[i] = true;
            for p in served.iter() {
                profile.plain_served[usize::from(p)] += 1;
            }
        }
        profile
    }
}

impl Catalog {
    /// A catalog of the snapshot alone: no gateway columns, the built-in gateway facts.
    pub fn new(data: &SnapshotData) -> Self {
        Self::with_gateway(data, Arc::new(Columns::default()), GatewayFacts::shared())
    }

    /// The catalog as the gateway reads it: the snapshot, its row's `openrouter` and `vercel`
    /// columns and the gateway's facts (exclusive models, direct-BYOK lists, Vercel ids).
    pub fn with_gateway(data: &SnapshotData, columns: Arc<Columns>, facts: Arc<GatewayFacts>) -> Self {
        let by_slug: BTreeMap<String, &ProviderEntry> =
            data.providers.iter().map(|p| (normalize::provider_slug(&p.slug), p)).collect();
        let providers: Vec<Provider> = by_slug
            .iter()
            .map(|(slug, p)| Provider { slug: slug.clone(), name: p.name.clone().unwrap_or_else(|| slug.clone()) })
            .collect();
        let provider_ids = providers.iter().enumerate().map(|(i, p)| (p.slug.clone(), i as ProviderId)).collect();

        // normalized id -> full id -> (name, serving, free)
        type Entries<'a> =
            BTreeMap<String, BTreeMap<std::borrow::Cow<'a, str>, (Option<&'a str>, ProviderSet, ProviderSet)>>;
        let mut entries: Entries = BTreeMap::new();
        for (pid, provider) in by_slug.values().enumerate() {
            for model in provider.models.iter().filter(|m| m.is_served()) {
                let variant = entries
                    .entry(normalize::model_id(&model.slug))
                    .or_default()
                    .entry(model.variant_id())
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
                Model { id, name, serving, variants, gateway: ProviderSet::new() }
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
        let mut listed: FxHashMap<String, ProviderSet> = FxHashMap::default();
        for (pid, provider) in by_slug.values().enumerate() {
            for model in &provider.models {
                listed.entry(normalize::model_id(&model.slug)).or_default().insert(pid as ProviderId);
            }
        }
        let vercel_ids = providers.iter().map(|p| facts.vercel_provider_id(&p.slug).to_string()).collect();
        let data_collection_required = data_collection_required(by_slug.values().copied());
        let mut catalog = Self {
            providers,
            provider_ids,
            models,
            model_ids,
            served_by,
            live,
            all,
            listed,
            vercel_ids,
            data_collection_required,
            columns,
            facts,
            exempt: Vec::new(),
            claude: Vec::new(),
            profiles: Default::default(),
        };
        catalog.claude = catalog.models.iter().map(|m| catalog.facts.is_claude(&m.id)).collect();
        catalog.exempt =
            catalog.models.iter().map(|m| super::gateway::Exemption::of(&m.id, &catalog.facts).is_some()).collect();
        // Each variant on the providers of its exact id (`x:free` may be another provider's).
        let gateway: Vec<ProviderSet> = catalog
            .models
            .iter()
            .map(|m| m.variants.iter().fold(ProviderSet::new(), |all, v| all.union(&catalog.lookup(&v.full_id))))
            .collect();
        for (model, set) in catalog.models.iter_mut().zip(gateway) {
            model.gateway = set;
        }
        catalog.profiles = [ServingProfile::of(&catalog, false), ServingProfile::of(&catalog, true)];
        catalog
    }

    /// Who serves what, by the snapshot's serving sets or (`gateway_lookup`) the gateway's
    /// lookup and exemptions.
    pub fn serving_profile(&self, gateway_lookup: bool) -> &ServingProfile {
        &self.profiles[usize::from(gateway_lookup)]
    }

    /// Whether today's gateway exempts catalog model `model` from the org's restrictions
    /// ([`Exemption::of`](super::gateway::Exemption::of) its id).
    pub fn is_exempt(&self, model: ModelId) -> bool {
        self.exempt[model as usize]
    }

    /// Whether the gateway routes catalog model `model` as Claude.
    pub fn is_claude(&self, model: ModelId) -> bool {
        self.claude[model as usize]
    }

    /// Whether every provider listing this exact id may train on prompts.
    pub fn requires_data_collection(&self, id: &str) -> bool {
        self.data_collection_required.contains(id)
    }

    /// The gateway's facts this catalog was built with.
    pub fn facts(&self) -> &GatewayFacts {
        &self.facts
    }

    pub fn shared_facts(&self) -> Arc<GatewayFacts> {
        Arc::clone(&self.facts)
    }

    /// The row's `openrouter` and `vercel` columns.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// `getProviderSlugsForModel` (GATEWAY-TODAY §1): the providers serving exactly `id` (the
    /// request as the gateway checks it: trimmed, lowercased, suffix kept). The snapshot's
    /// providers of the normalized id, narrowed to those the OpenRouter column tags for the exact
    /// id (when it tags any of them), plus those the Vercel column names for it.
    pub fn lookup(&self, id: &str) -> ProviderSet {
        let base = super::gateway::normalize_model_id(id);
        let Some(snapshot) = self.listed.get(base) else { return ProviderSet::new() };
        if self.columns.is_empty() {
            return snapshot.clone();
        }
        let openrouter = self.columns.openrouter(id);
        let narrowed = match openrouter {
            Some(o) if !o.providers.is_empty() => {
                let tagged: ProviderSet =
                    snapshot.iter().filter(|p| o.providers.binary_search(&self.provider(*p).slug).is_ok()).collect();
                if tagged.is_empty() {
                    snapshot.clone()
                } else {
                    tagged
                }
            }
            _ => snapshot.clone(),
        };
        if narrowed == *snapshot {
            return narrowed;
        }
        let resolved = match (id.starts_with('~'), openrouter.and_then(|o| o.alias_target.as_deref())) {
            (true, Some(target)) => target,
            _ => id,
        };
        let Some(vercel) = self.columns.vercel.get(&self.facts.vercel_model_id(resolved)) else { return narrowed };
        let kept: ProviderSet = snapshot
            .iter()
            .filter(|p| vercel.providers.iter().any(|v| *v == self.vercel_ids[usize::from(*p)]))
            .collect();
        narrowed.union(&kept)
    }

    /// The providers the gateway decides a request for `id` on: a restricted Kilo-exclusive
    /// model's restriction (which need not be in the snapshot), else [`Catalog::lookup`].
    pub fn gateway_providers(&self, id: &str) -> Vec<String> {
        match self.facts.exclusive_restriction(id) {
            Some(restriction) => restriction.to_vec(),
            None => self.slugs(&self.lookup(id)),
        }
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

/// A name in a request that the catalog does not know: most often a typo, which the gateway
/// answers like any other name (so a test that expects a denial would pass on it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownName {
    /// `model` or `provider`.
    pub kind: &'static str,
    pub name: String,
    /// Up to three known names closest to it.
    pub closest: Vec<String>,
}

impl Catalog {
    /// The model and provider of a request that this catalog does not know. A model is known
    /// when some provider serves it, when it is the org's own (`own`: custom LLMs, BYOK models)
    /// or when it is an auto route (`kilo-auto/…`, resolved per request).
    pub fn unknown_names(&self, model: &str, provider: Option<&str>, own: &[String]) -> Vec<UnknownName> {
        let mut unknown = Vec::new();
        let id = super::normalize::model_id(model);
        let known = id.is_empty()
            || id.starts_with("kilo-auto/")
            || self.model_id(&id).is_some()
            || own.iter().any(|m| super::normalize::model_id(m) == id);
        if !known {
            let closest = closest(&id, self.models.iter().map(|m| m.id.as_str()));
            unknown.push(UnknownName { kind: "model", name: model.to_string(), closest });
        }
        if let Some(provider) = provider {
            let slug = super::normalize::provider_slug(provider);
            if self.provider_id(&slug).is_none() {
                let closest = closest(&slug, self.providers.iter().map(|p| p.slug.as_str()));
                unknown.push(UnknownName { kind: "provider", name: provider.to_string(), closest });
            }
        }
        unknown
    }
}

impl UnknownName {
    /// `model 'x' is not in the catalog (closest: a, b)`.
    pub fn sentence(&self) -> String {
        let closest = match self.closest.as_slice() {
            [] => String::new(),
            names => format!(" (closest: {})", names.join(", ")),
        };
        format!("{} '{}' is not in the catalog{closest}", self.kind, self.name)
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

    /// A small catalog: `(provider, [full model id])`.
    pub(crate) fn catalog(spec: &[(&str, &[&str])]) -> Catalog {
        Catalog::new(&catalog_data(spec))
    }

    /// A small catalog with the gateway's `openrouter` column (a map of exact id to endpoints).
    pub(crate) fn catalog_with_openrouter(spec: &[(&str, &[&str])], openrouter: Value) -> Catalog {
        let facts = GatewayFacts::shared();
        let columns = Columns::parse(Some(&openrouter.to_string()), None, &facts);
        Catalog::with_gateway(&catalog_data(spec), Arc::new(columns), facts)
    }

    /// A small catalog judged with another deploy's gateway facts.
    pub(crate) fn catalog_with_facts(spec: &[(&str, &[&str])], facts: GatewayFacts) -> Catalog {
        let facts = Arc::new(facts);
        let columns = Columns::parse(None, None, &facts);
        Catalog::with_gateway(&catalog_data(spec), Arc::new(columns), facts)
    }

    fn catalog_data(spec: &[(&str, &[&str])]) -> SnapshotData {
        let providers = spec
            .iter()
            .map(|(slug, models)| {
                json!({"slug": slug, "name": slug.to_uppercase(), "models": models.iter().map(|m| {
                    let free = m.ends_with(":free");
                    json!({"slug": m, "name": m, "endpoint": {"is_free": free}})
                }).collect::<Vec<_>>()})
            })
            .collect::<Vec<_>>();
        parse_import(&json!({ "providers": providers }).to_string(), InputFormat::Snapshot).unwrap()
    }

    /// A collapsed snapshot (`(provider, [(slug, variant)])`) with the two gateway columns.
    /// `(slug, endpoint.variant)`.
    type Entries<'a> = &'a [(&'a str, Option<&'a str>)];

    fn gateway_catalog(spec: &[(&str, Entries)], openrouter: Value, vercel: Value) -> Catalog {
        let providers = spec
            .iter()
            .map(|(slug, models)| {
                json!({"slug": slug, "models": models.iter().map(|(m, variant)| {
                    json!({"slug": m, "endpoint": {"variant": variant, "is_free": *variant == Some("free")}})
                }).collect::<Vec<_>>()})
            })
            .collect::<Vec<_>>();
        let data = parse_import(&json!({ "providers": providers }).to_string(), InputFormat::Snapshot).unwrap();
        let facts = GatewayFacts::shared();
        let columns = Columns::parse(Some(&openrouter.to_string()), Some(&vercel.to_string()), &facts);
        Catalog::with_gateway(&data, Arc::new(columns), facts)
    }

    const MODEL: &str = "nvidia/nemotron-3.5-lightning";
    const FREE_MODEL: &str = "nvidia/nemotron-3.5-lightning:free";

    fn tagged(tags: &[&str]) -> Value {
        json!({"id": "x", "name": "x", "endpoints": tags.iter().map(|t| json!({"tag": t})).collect::<Vec<_>>()})
    }

    /// `makeSnapshot()` of models-by-provider-index.server.test.ts (K:1127c40).
    fn nemotron(openrouter: Value, vercel: Value) -> Catalog {
        gateway_catalog(
            &[
                ("deepinfra", &[(MODEL, Some("standard"))]),
                ("coreweave", &[(MODEL, Some("standard"))]),
                ("nvidia", &[(MODEL, Some("free"))]),
            ],
            openrouter,
            vercel,
        )
    }

    fn stored_models() -> Value {
        json!({ MODEL: tagged(&["deepinfra/bf16", "coreweave/bf16"]), FREE_MODEL: tagged(&["nvidia/nvfp4"]) })
    }

    fn lookup(c: &Catalog, id: &str) -> Vec<String> {
        c.slugs(&c.lookup(id))
    }

    /// Ported from models-by-provider-index.server.test.ts (K:1127c40, K:b38a13d): the gateway's
    /// `getProviderSlugsForModel`, case by case.
    #[test]
    fn the_gateway_lookup_narrows_each_variant_to_its_endpoints() {
        // "suffixes non-standard variants and leaves standard entries alone"
        let entry = |variant: Value| -> ModelEntry {
            serde_json::from_value(json!({"slug": MODEL, "endpoint": variant})).unwrap()
        };
        assert_eq!(entry(json!({"variant": "free"})).variant_id(), FREE_MODEL);
        assert_eq!(entry(json!({"variant": "standard"})).variant_id(), MODEL);
        assert_eq!(entry(json!({"variant": null})).variant_id(), MODEL);
        assert_eq!(entry(Value::Null).variant_id(), MODEL);

        // "indexes the snapshot by collapsed model id"
        let c = nemotron(json!({}), json!({}));
        assert_eq!(c.slugs(&c.model(c.model_id(MODEL).unwrap()).serving), ["coreweave", "deepinfra", "nvidia"]);

        // "resolves variant-specific providers for suffixed ids"
        let c = nemotron(stored_models(), json!({}));
        assert_eq!(lookup(&c, FREE_MODEL), ["nvidia"]);
        assert_eq!(lookup(&c, MODEL), ["coreweave", "deepinfra"]);

        // "keeps the collapsed providers when no endpoint metadata is stored"
        let c = nemotron(json!({}), json!({}));
        assert_eq!(lookup(&c, FREE_MODEL), ["coreweave", "deepinfra", "nvidia"]);
        // "falls back to the collapsed providers without usable endpoint metadata"
        for stored in
            [json!({ MODEL: {"id": MODEL, "endpoints": [{}]} }), json!({ MODEL: tagged(&["unknown-provider"]) })]
        {
            assert_eq!(lookup(&nemotron(stored, json!({})), MODEL), ["coreweave", "deepinfra", "nvidia"]);
        }
        // "maps endpoint tags to provider slugs and ignores untagged endpoints"
        let c = nemotron(
            json!({ MODEL: {"endpoints": [{"tag": "DeepInfra/fp8"}, {"tag": "deepinfra/bf16"}, {}]} }),
            json!({}),
        );
        assert_eq!(lookup(&c, MODEL), ["deepinfra"]);

        // "returns no providers for models missing from the snapshot"
        let c = nemotron(stored_models(), json!({}));
        assert!(lookup(&c, "unknown/model").is_empty());
        assert!(lookup(&c, "unknown/model:free").is_empty());

        // "does not retain paid Vercel providers for a free variant"
        let c =
            nemotron(stored_models(), json!({ MODEL: {"id": MODEL, "endpoints": [{"provider_name": "deepinfra"}]} }));
        assert_eq!(lookup(&c, FREE_MODEL), ["nvidia"]);
    }

    /// "includes only model variants that train on every provider" and "keys standard and free
    /// variants separately" (models-by-provider-index.server.test.ts, K:1127c40).
    #[test]
    fn data_collection_required_variants() {
        let model = |slug: &str, variant: &str, trains: Option<bool>| {
            let mut endpoint = json!({"variant": variant});
            if let Some(t) = trains {
                endpoint["data_policy"] = json!({ "training": t });
            }
            json!({"slug": slug, "endpoint": endpoint})
        };
        let provider = |slug: &str, trains: bool, models: Vec<Value>| json!({"slug": slug, "dataPolicy": {"training": trains, "retainsPrompts": true}, "models": models});
        let data = json!({"providers": [
            provider("meta", false, vec![
                model("meta/muse-spark-1.3-contributor", "standard", Some(true)),
                model("meta/muse-spark-1.3", "standard", Some(false)),
                model("mixed/model", "standard", Some(true)),
            ]),
            provider("other", true, vec![model("mixed/model", "standard", None), model(MODEL, "free", None)]),
            provider("private", false, vec![model("mixed/model", "standard", Some(false))]),
        ]});
        let c = Catalog::new(&parse_import(&data.to_string(), InputFormat::Snapshot).unwrap());
        let mut required: Vec<&String> = c.data_collection_required.iter().collect();
        required.sort();
        assert_eq!(required, ["meta/muse-spark-1.3-contributor", FREE_MODEL]);
        let data = json!({"providers": [
            provider("paid", false, vec![model(MODEL, "standard", None)]),
            provider("free", false, vec![model(MODEL, "free", Some(true))]),
        ]});
        let c = Catalog::new(&parse_import(&data.to_string(), InputFormat::Snapshot).unwrap());
        assert!(c.requires_data_collection(FREE_MODEL) && !c.requires_data_collection(MODEL));
    }

    /// "retains Vercel-only Bedrock and Alibaba endpoints identified by provider_name | tag"
    /// and "maps model and provider IDs when retaining Vercel endpoints" (K:b38a13d).
    #[test]
    fn the_gateway_lookup_keeps_providers_named_by_vercel() {
        let kimi = "moonshotai/kimi-k3";
        for field in ["provider_name", "tag"] {
            let vercel_endpoints: Vec<Value> =
                ["bedrock", "alibaba", "fireworks"].iter().map(|p| json!({ field: p })).collect();
            let c = gateway_catalog(
                &[
                    ("novita", &[(kimi, Some("standard"))]),
                    ("amazon-bedrock", &[(kimi, Some("standard"))]),
                    ("alibaba", &[(kimi, Some("standard"))]),
                    ("deepinfra", &[(kimi, Some("standard"))]),
                ],
                json!({ kimi: tagged(&["novita/bf16"]) }),
                json!({ kimi: {"id": kimi, "endpoints": vercel_endpoints} }),
            );
            assert_eq!(lookup(&c, kimi), ["alibaba", "amazon-bedrock", "novita"], "{field}");
        }
        let claude = "anthropic/claude-sonnet-4-6";
        let c = gateway_catalog(
            &[("anthropic", &[(claude, Some("standard"))]), ("google-vertex", &[(claude, Some("standard"))])],
            json!({ claude: tagged(&["anthropic"]) }),
            json!({"anthropic/claude-sonnet-4.6": {"endpoints": [{"provider_name": "vertexAnthropic"}]}}),
        );
        assert_eq!(lookup(&c, claude), ["anthropic", "google-vertex"]);
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
    fn names_the_catalog_does_not_know() {
        let c = catalog(&[("openai", &["openai/gpt-4o", "openai/gpt-4o-mini"]), ("azure", &["openai/gpt-4o"])]);
        let own = vec!["acme/private-llm".to_string()];
        // (model, provider, [(kind, closest names)])
        type Case<'a> = (&'a str, Option<&'a str>, &'a [(&'a str, &'a [&'a str])]);
        let cases: [Case; 8] = [
            ("openai/gpt-4o", Some("openai"), &[]),
            ("openai/gpt-4o:free", Some("Azure"), &[]),
            ("kilo-auto/balanced", None, &[]),
            ("acme/private-llm", None, &[]),
            ("", None, &[]),
            ("openai/gpt-4oo", None, &[("model", &["openai/gpt-4o", "openai/gpt-4o-mini"])]),
            ("openai/gpt-4o", Some("opneai"), &[("provider", &["openai"])]),
            ("nobody/nothing", Some("zzz"), &[("model", &[]), ("provider", &[])]),
        ];
        for (model, provider, want) in cases {
            let got = c.unknown_names(model, provider, &own);
            let got: Vec<(&str, Vec<&str>)> =
                got.iter().map(|u| (u.kind, u.closest.iter().map(String::as_str).collect())).collect();
            let want: Vec<(&str, Vec<&str>)> = want.iter().map(|(k, c)| (*k, c.to_vec())).collect();
            assert_eq!(got, want, "{model} via {provider:?}");
        }
        let typo = &c.unknown_names("openai/gpt-4oo", None, &own)[0];
        assert_eq!(
            typo.sentence(),
            "model 'openai/gpt-4oo' is not in the catalog (closest: openai/gpt-4o, openai/gpt-4o-mini)"
        );
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
