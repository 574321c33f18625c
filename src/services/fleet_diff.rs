//! `diff --all`: what an era change, a catalog sync or the backfill does to every org's
//! effective access, and to every member whose grant makes it move differently (or, asked,
//! to every member it moves). Each org is decided on both sides as `diff --org` decides it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

use crate::policy::access::Counts;
use crate::policy::backfill::{Planner, Scope, Verdict};
use crate::policy::evaluate::is_enterprise;
use crate::policy::sync_log::{self, ModelMoves, SyncCheck, SyncStatus};
use crate::policy::{AccessDiff, Catalog, Rules, Settings};

use super::fleet::{FleetOrg, MemberGrants, Memo, Side};
use super::reach::MemberRef;
use super::OrgRef;

/// The change compared, with what each side is decided with.
pub enum FleetChange {
    /// `--rules A..B`: one catalog, two eras.
    Rules { from: Rules, to: Rules, catalog: Arc<Catalog> },
    /// `--catalog A..B`: one era, two catalogs; `sync_log`: compare each enterprise org's move
    /// with the rows the gateway's sync wrote for it (read with the orgs).
    Catalog { rules: Rules, from: Arc<Catalog>, to: Arc<Catalog>, sync_log: bool },
    /// `--migration`: the stored settings and what `backfill apply` would write.
    Migration { rules: Rules, catalog: Arc<Catalog> },
}

impl FleetChange {
    /// Whether either side reads group policies (the current rules).
    pub fn reads_groups(&self) -> bool {
        match self {
            FleetChange::Rules { from, to, .. } => *from == Rules::Current || *to == Rules::Current,
            FleetChange::Catalog { rules, .. } | FleetChange::Migration { rules, .. } => *rules == Rules::Current,
        }
    }

    /// The org's settings after the change: `None` where they stay as stored.
    fn settings_after(&self, org: &FleetOrg) -> Option<Settings> {
        let FleetChange::Migration { catalog, .. } = self else { return None };
        // Most orgs of a fleet are out of the backfill's scope: no planner for them.
        if !Planner::takes(org.org.as_org(), Scope::default()) {
            return None;
        }
        match Planner::new(catalog, Scope::default()).plan(org.org.as_org()) {
            Verdict::Migrate(m) => Some(m.new_settings),
            Verdict::Skip(_) => None,
        }
    }

    fn sides<'a>(&'a self, org: &'a FleetOrg, after: Option<&'a Settings>) -> (Side<'a>, Side<'a>) {
        let stored = &org.org.settings;
        match self {
            FleetChange::Rules { from, to, catalog } => {
                (Side { rules: *from, settings: stored, catalog }, Side { rules: *to, settings: stored, catalog })
            }
            FleetChange::Catalog { rules, from, to, .. } => (
                Side { rules: *rules, settings: stored, catalog: from },
                Side { rules: *rules, settings: stored, catalog: to },
            ),
            FleetChange::Migration { rules, catalog } => (
                Side { rules: *rules, settings: stored, catalog },
                Side { rules: *rules, settings: after.unwrap_or(stored), catalog },
            ),
        }
    }
}

/// One org the change moves (or with members it moves): `{"org": {"id", "name"}, "gained":
/// [pairs], "lost": [pairs], "exempt_gained"?, "exempt_lost"?, "by_provider": {slug: {"gained",
/// "lost"}}, "members": [{"id", "email", "gained", "lost", "by_provider"}]}`.
#[derive(Debug, Serialize)]
pub struct OrgMove {
    pub org: OrgRef,
    #[serde(flatten)]
    pub diff: Arc<AccessDiff>,
    pub by_provider: BTreeMap<String, Counts>,
    pub members: Vec<MemberMove>,
    /// Enterprise orgs of a compared catalog sync, where the sync wrote a row or a model moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_log: Option<SyncCheck>,
}

/// A member the change moves: as its org when on its rules, else as its groups say.
#[derive(Debug, Serialize)]
pub struct MemberMove {
    #[serde(flatten)]
    pub member: MemberRef,
    #[serde(flatten)]
    pub diff: Arc<AccessDiff>,
    pub by_provider: BTreeMap<String, Counts>,
}

fn by_provider(diff: &AccessDiff) -> BTreeMap<String, Counts> {
    diff.by_provider().into_iter().map(|(p, c)| (p.to_string(), c)).collect()
}

/// One side of an org: its member grants, and (decided when first asked for) its policy, its
/// effective access and each grant's.
struct Decided<'a> {
    org: &'a FleetOrg,
    side: Side<'a>,
    grants: MemberGrants<'a>,
    policy: std::cell::OnceCell<crate::policy::CompiledPolicy>,
    access: std::cell::OnceCell<crate::policy::EffectiveAccess>,
    members: Vec<Option<crate::policy::EffectiveAccess>>,
}

impl<'a> Decided<'a> {
    fn new(org: &'a FleetOrg, side: Side<'a>) -> Self {
        let grants = org.member_grants_under(side.rules, side.settings);
        let members = (0..grants.grants.len()).map(|_| None).collect();
        let (policy, access) = (std::cell::OnceCell::new(), std::cell::OnceCell::new());
        Self { org, side, grants, policy, access, members }
    }

    fn policy(&self) -> &crate::policy::CompiledPolicy {
        self.policy.get_or_init(|| self.org.policy_under(self.side))
    }

    fn access(&self) -> &crate::policy::EffectiveAccess {
        self.access.get_or_init(|| self.policy().effective_access(self.side.catalog))
    }

    /// Grant `g`'s access.
    fn member(&mut self, g: usize) -> &crate::policy::EffectiveAccess {
        if self.members[g].is_none() {
            let access = self.grants.access(g, self.policy(), self.side.catalog, self.access());
            self.members[g] = Some(access);
        }
        self.members[g].as_ref().expect("decided above")
    }
}

fn diff_of(
    before: (Side<'_>, &crate::policy::EffectiveAccess),
    after: (Side<'_>, &crate::policy::EffectiveAccess),
) -> AccessDiff {
    if std::ptr::eq(before.0.catalog, after.0.catalog) {
        AccessDiff::within(after.0.catalog, before.1, after.1)
    } else {
        AccessDiff::between((before.0.catalog, before.1), (after.0.catalog, after.1))
    }
}

/// Diffs already computed on this worker, by the signatures of their two sides
/// ([`FleetOrg::side_signature`], and the member's grant), and models moved by an org's.
#[derive(Default)]
pub struct Moves {
    diffs: Memo<AccessDiff>,
    models: Memo<ModelMoves>,
}

/// How the org's move compares with the sync's rows for it, when they are compared (only
/// enterprise orgs: the sync writes for no other plan).
fn sync_check(
    org: &FleetOrg,
    change: &FleetChange,
    sides: (&Decided<'_>, &Decided<'_>),
    key: &str,
    moves: &mut Moves,
) -> Option<SyncCheck> {
    let FleetChange::Catalog { from, to, sync_log: true, .. } = change else { return None };
    if !is_enterprise(&org.org.row.plan) {
        return None;
    }
    let moved =
        moves.models.get_or(key.to_string(), || ModelMoves::between((from, sides.0.access()), (to, sides.1.access())));
    sync_log::check(&org.sync_log, &moved)
}

/// What `change` does to `org` and its members read; `None` when it moves nothing of theirs.
/// `every_member`: name each member it moves, not only those who move differently from the org.
pub fn org_move(org: &FleetOrg, change: &FleetChange, every_member: bool, moves: &mut Moves) -> Option<OrgMove> {
    let after_settings = change.settings_after(org);
    let (a, b) = change.sides(org, after_settings.as_ref());
    let (mut before, mut after) = (Decided::new(org, a), Decided::new(org, b));
    let key = format!("{}\u{0}{}", org.side_signature(a), org.side_signature(b));
    let diff = moves.diffs.get_or(key.clone(), || diff_of((a, before.access()), (b, after.access())));
    let sync_log = sync_check(org, change, (&before, &after), &key, moves);
    let mut members = Vec::new();
    let mut by_grants: HashMap<(usize, usize), Arc<AccessDiff>> = HashMap::new();
    let pairs: Vec<(usize, usize, MemberRef)> = before
        .grants
        .members
        .iter()
        .zip(&after.grants.members)
        .map(|((m, ga), (_, gb))| (*ga, *gb, MemberRef { id: m.kilo_user_id.clone(), email: m.email.clone() }))
        .collect();
    for (ga, gb, member) in pairs {
        let moved = match by_grants.get(&(ga, gb)) {
            Some(moved) => Arc::clone(moved),
            None => {
                let moved = if before.grants.is_baseline(ga) && after.grants.is_baseline(gb) {
                    Arc::clone(&diff)
                } else {
                    let grant_key =
                        format!("{key}\u{0}{:?}\u{0}{:?}", before.grants.grants[ga], after.grants.grants[gb]);
                    moves.diffs.get_or(grant_key, || {
                        let ea = before.member(ga).clone();
                        diff_of((a, &ea), (b, after.member(gb)))
                    })
                };
                by_grants.insert((ga, gb), Arc::clone(&moved));
                moved
            }
        };
        let differs = !Arc::ptr_eq(&moved, &diff) && *moved != *diff;
        if !moved.is_empty() && (every_member || differs) {
            members.push(MemberMove { member, by_provider: by_provider(&moved), diff: moved });
        }
    }
    (!diff.is_empty() || !members.is_empty() || sync_log.is_some()).then(|| OrgMove {
        org: OrgRef { id: org.org.row.id.clone(), name: org.org.row.name.clone() },
        by_provider: by_provider(&diff),
        diff,
        members,
        sync_log,
    })
}

/// What a fleet diff found: `{"orgs_read", "orgs_changed", "members_changed", "gained",
/// "lost", "by_provider": {slug: {"orgs", "members", "gained", "lost"}}, "by_model": {id:
/// {...}}}`; pairs counted at the org level, members counted where they are named.
#[derive(Debug, Default, Serialize)]
pub struct FleetTotals {
    pub orgs_read: u64,
    pub orgs_changed: usize,
    pub members_changed: usize,
    pub gained: usize,
    pub lost: usize,
    pub by_provider: BTreeMap<String, Moved>,
    pub by_model: BTreeMap<String, Moved>,
    /// Orgs by how their move compares with the sync's rows, when compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_log: Option<SyncTotals>,
}

/// Enterprise orgs by how the sync's rows for them compare with their move.
#[derive(Debug, Default, Clone, Serialize)]
pub struct SyncTotals {
    pub agrees: usize,
    pub differs: usize,
    pub missing: usize,
    pub unreadable: usize,
}

impl SyncTotals {
    fn count(&mut self, status: SyncStatus) {
        *match status {
            SyncStatus::Agrees => &mut self.agrees,
            SyncStatus::Differs => &mut self.differs,
            SyncStatus::Missing => &mut self.missing,
            SyncStatus::Unreadable => &mut self.unreadable,
        } += 1;
    }
}

/// Orgs, members and pairs one provider or model moves.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Moved {
    pub orgs: usize,
    pub members: usize,
    pub gained: usize,
    pub lost: usize,
}

impl FleetTotals {
    pub fn add(&mut self, moved: &OrgMove) {
        let diff = &moved.diff;
        if !diff.is_empty() {
            self.orgs_changed += 1;
        }
        self.members_changed += moved.members.len();
        if let (Some(totals), Some(check)) = (&mut self.sync_log, &moved.sync_log) {
            totals.count(check.status);
        }
        self.gained += diff.gained.len();
        self.lost += diff.lost.len();
        Self::count(&mut self.by_provider, diff.by_provider());
        Self::count(&mut self.by_model, diff.by_model());
        for member in &moved.members {
            for key in member.diff.by_provider().into_keys() {
                self.by_provider.entry(key.to_string()).or_default().members += 1;
            }
            for key in member.diff.by_model().into_keys() {
                self.by_model.entry(key.to_string()).or_default().members += 1;
            }
        }
    }

    /// One org's pairs into the totals of each provider (or model) they touch.
    fn count(into: &mut BTreeMap<String, Moved>, counts: BTreeMap<&str, Counts>) {
        for (key, c) in counts {
            let entry = into.entry(key.to_string()).or_default();
            entry.orgs += 1;
            entry.gained += c.gained;
            entry.lost += c.lost;
        }
    }
}
