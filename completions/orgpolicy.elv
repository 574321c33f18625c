
use builtin;
use str;

set edit:completion:arg-completer[orgpolicy] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'orgpolicy'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'orgpolicy'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'Create the schema and see which migrations are applied'
            cand catalog 'Import, list, show and compare catalog snapshots'
            cand orgs 'List organizations with their policy mode'
            cand providers 'List providers with their state for one organization'
            cand models 'List models with their per-provider state for one organization'
            cand members 'List an organization''s members with their groups and what the gateway grants them'
            cand groups 'Set or remove the gateway''s group policies: which models each group''s members may use'
            cand check 'Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)'
            cand diff 'Show what a catalog change, a proposed settings document or the migration does to an organization''s effective access'
            cand audit 'Check every organization for policy problems, read-only (exit 1 on findings)'
            cand test 'Run policy test cases from a TOML or JSON file (exit 1 on any failure)'
            cand backfill 'Migrate legacy deny lists to provider allow lists: plan, apply, roll back'
            cand abuse 'Inspect and change the abuse actions the gateway caches in Redis'
            cand log 'Show an organization''s audit log, newest first'
            cand demo 'Create ./orgpolicy-demo.db with a sample catalog and organizations to explore'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;db'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Apply pending migrations (creates a missing SQLite file)'
            cand status 'List migrations, applied and pending'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;db;migrate'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --dry-run 'List the migrations that would be applied (as `db status` does); apply nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;db;status'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;db;help'= {
            cand migrate 'Apply pending migrations (creates a missing SQLite file)'
            cand status 'List migrations, applied and pending'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;db;help;migrate'= {
        }
        &'orgpolicy;db;help;status'= {
        }
        &'orgpolicy;db;help;help'= {
        }
        &'orgpolicy;catalog'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)'
            cand list 'List snapshots, oldest first'
            cand show 'Show the providers of a snapshot (default: the latest)'
            cand export 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`'
            cand diff 'Providers and models added and removed between two snapshots (default: previous → latest)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;catalog;import'= {
            cand --input-format 'The file''s shape; auto tells them apart by how models are keyed (slug or id)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --force 'Import even when the file drops more than half of the live providers'
            cand --dry-run 'Show what the import would change (providers and models added and removed); write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;catalog;list'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;catalog;show'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;catalog;export'= {
            cand --out 'Write to this file instead of standard output (`-`: standard output)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;catalog;diff'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;catalog;help'= {
            cand import 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)'
            cand list 'List snapshots, oldest first'
            cand show 'Show the providers of a snapshot (default: the latest)'
            cand export 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`'
            cand diff 'Providers and models added and removed between two snapshots (default: previous → latest)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;catalog;help;import'= {
        }
        &'orgpolicy;catalog;help;list'= {
        }
        &'orgpolicy;catalog;help;show'= {
        }
        &'orgpolicy;catalog;help;export'= {
        }
        &'orgpolicy;catalog;help;diff'= {
        }
        &'orgpolicy;catalog;help;help'= {
        }
        &'orgpolicy;orgs'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every organization with its plan, mode and list sizes (streams; any size)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;orgs;list'= {
            cand --plan 'Only organizations on this plan'
            cand --mode 'Only organizations whose settings are in this mode'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --include-deleted 'Also list soft-deleted organizations (gateway), marked as such'
            cand --trial 'Also say whether each Enterprise org is in its trial, as the gateway decides it for Claude routing (latest seat purchase, sponsorship, require_seats)'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;orgs;help'= {
            cand list 'Every organization with its plan, mode and list sizes (streams; any size)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;orgs;help;list'= {
        }
        &'orgpolicy;orgs;help;help'= {
        }
        &'orgpolicy;providers'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every live provider with its state for the organization, and a summary'
            cand allow 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)'
            cand deny 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;providers;list'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --search 'Only providers whose slug or name contains this text (case-insensitive)'
            cand --member 'As this member sees them (user id or email): their groups'' grants (current rules)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;providers;allow'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;providers;deny'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;providers;help'= {
            cand list 'Every live provider with its state for the organization, and a summary'
            cand allow 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)'
            cand deny 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;providers;help;list'= {
        }
        &'orgpolicy;providers;help;allow'= {
        }
        &'orgpolicy;providers;help;deny'= {
        }
        &'orgpolicy;providers;help;help'= {
        }
        &'orgpolicy;models'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Models with their state through each provider for the organization'
            cand deny 'Deny models from every provider (model_deny_list), or from one with --provider'
            cand allow 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;models;list'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --provider 'Only models this provider serves'
            cand --search 'Only matches: models whose id or name, or providers whose slug or name, contain this text'
            cand --member 'As this member sees them (user id or email): their groups'' grants (current rules)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --blocked 'Only blocked model/provider combinations'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;models;deny'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --provider 'Only this provider: edits model_provider_deny_list (one model/provider combination)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;models;allow'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --provider 'Only this provider: edits model_provider_deny_list (one model/provider combination)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;models;help'= {
            cand list 'Models with their state through each provider for the organization'
            cand deny 'Deny models from every provider (model_deny_list), or from one with --provider'
            cand allow 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;models;help;list'= {
        }
        &'orgpolicy;models;help;deny'= {
        }
        &'orgpolicy;models;help;allow'= {
        }
        &'orgpolicy;models;help;help'= {
        }
        &'orgpolicy;members'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'An organization''s members with their groups and the grant each gets (baseline, selected, none) under the gateway''s group policies'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;members;list'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;members;help'= {
            cand list 'An organization''s members with their groups and the grant each gets (baseline, selected, none) under the gateway''s group policies'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;members;help;list'= {
        }
        &'orgpolicy;members;help;help'= {
        }
        &'orgpolicy;groups'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The organization''s groups: members, policy, and the default policy and revision'
            cand show 'One group: its policy as stored and as the gateway reads it, and what each member gets'
            cand policy 'Set or remove one group''s model_access policy (what its members may use)'
            cand default-policy 'Set or remove the organization''s default model_access policy (members in no group)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;groups;list'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;groups;show'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --group 'Group name (case-insensitive) or id'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;groups;policy'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Give a group a model_access policy, replacing the one it has'
            cand remove 'Take a group''s model_access policy away: its members get what the rest get'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;groups;policy;set'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --group 'Group name (case-insensitive) or id'
            cand --mode 'The policy''s mode, instead of a file'
            cand --model 'With --mode selected: a model its members may use, even one the org''s lists refuse (repeat or separate with commas)'
            cand --provider 'With --mode selected: a provider whose models its members may use (repeat or separate with commas)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;groups;policy;remove'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --group 'Group name (case-insensitive) or id'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;groups;policy;help'= {
            cand set 'Give a group a model_access policy, replacing the one it has'
            cand remove 'Take a group''s model_access policy away: its members get what the rest get'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;groups;policy;help;set'= {
        }
        &'orgpolicy;groups;policy;help;remove'= {
        }
        &'orgpolicy;groups;policy;help;help'= {
        }
        &'orgpolicy;groups;default-policy'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the default model_access policy, replacing the one there is'
            cand remove 'Remove the default model_access policy (the gateway then reads it as `all`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;groups;default-policy;set'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --mode 'The policy''s mode, instead of a file'
            cand --model 'With --mode selected: a model its members may use, even one the org''s lists refuse (repeat or separate with commas)'
            cand --provider 'With --mode selected: a provider whose models its members may use (repeat or separate with commas)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;groups;default-policy;remove'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --allow-unknown 'Write providers or models that are not in the latest catalog snapshot'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;groups;default-policy;help'= {
            cand set 'Set the default model_access policy, replacing the one there is'
            cand remove 'Remove the default model_access policy (the gateway then reads it as `all`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;groups;default-policy;help;set'= {
        }
        &'orgpolicy;groups;default-policy;help;remove'= {
        }
        &'orgpolicy;groups;default-policy;help;help'= {
        }
        &'orgpolicy;groups;help'= {
            cand list 'The organization''s groups: members, policy, and the default policy and revision'
            cand show 'One group: its policy as stored and as the gateway reads it, and what each member gets'
            cand policy 'Set or remove one group''s model_access policy (what its members may use)'
            cand default-policy 'Set or remove the organization''s default model_access policy (members in no group)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;groups;help;list'= {
        }
        &'orgpolicy;groups;help;show'= {
        }
        &'orgpolicy;groups;help;policy'= {
            cand set 'Give a group a model_access policy, replacing the one it has'
            cand remove 'Take a group''s model_access policy away: its members get what the rest get'
        }
        &'orgpolicy;groups;help;policy;set'= {
        }
        &'orgpolicy;groups;help;policy;remove'= {
        }
        &'orgpolicy;groups;help;default-policy'= {
            cand set 'Set the default model_access policy, replacing the one there is'
            cand remove 'Remove the default model_access policy (the gateway then reads it as `all`)'
        }
        &'orgpolicy;groups;help;default-policy;set'= {
        }
        &'orgpolicy;groups;help;default-policy;remove'= {
        }
        &'orgpolicy;groups;help;help'= {
        }
        &'orgpolicy;check'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --model 'The requested model, as a client sends it (e.g. openai/gpt-4o:free)'
            cand --provider 'The provider the request names, if any'
            cand --fallback 'Models to fall back to, in order, when the model is refused (seed 003''s chain)'
            cand --member 'The organization member who sends it (user id or email): decided with the gateway''s group policies (current rules). Without it: a member in no group (the default policy)'
            cand --mode 'The client''s mode (x-kilocode-mode: code, architect, ask, …), which picks the route of kilo-auto/org (Organization Auto)'
            cand --data-collection 'What the request itself asks of data collection (the org''s deny always wins)'
            cand --user 'The user id (a missing or `anon:…` user is identified by fingerprint)'
            cand --ip 'Client IP address, for the fingerprint'
            cand --ja4 'JA4 TLS fingerprint, for the fingerprint'
            cand --ua 'User-Agent header, for the fingerprint'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --explain 'Show every step of the decision'
            cand --byok 'The request uses the org''s own provider key (quarantine-3 then adds latency only)'
            cand --no-abuse 'Do not consult the abuse cache, even with an identity and a Redis URL'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;diff'= {
            cand --org 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)'
            cand --catalog 'A catalog change: A..B, each a snapshot id or an exported catalog file (A.. or ..B leave one side at its default) [default: the previous snapshot..the latest]'
            cand --catalog-history 'A folder of exported catalogs (`catalog export`, e.g. CI artifacts): the history the gateway''s database does not keep'
            cand --settings 'A proposed settings document (JSON file; `-` reads stdin), against the latest snapshot'
            cand --group-policy 'A proposed model_access policy for --group (JSON file: {"type": "model_access", "data": {...}} or just the data; `-` reads stdin): which members gain or lose which models'
            cand --group 'The group --group-policy is for (name or id)'
            cand --default-policy 'A proposed default policy (as --group-policy): which members gain or lose which models'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --migration 'What `backfill apply` would do to the org, now and when providers enter the catalog later'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;audit'= {
            cand --fail-on 'Exit 1 when there is a finding of this severity or worse'
            cand --catalog-history 'A folder of exported catalogs (`catalog export`, e.g. CI artifacts) for the silent enablement check, on a database that keeps no catalog history (the gateway''s)'
            cand --baseline 'Fail only on findings absent from this baseline (from --write-baseline); report the baseline''s findings that are gone'
            cand --write-baseline 'Record today''s findings in FILE as the baseline (exit 0 once written)'
            cand --waivers 'Waivers (TOML `[[waiver]]`: org, code, optional subject, reason, expires) silencing named findings until their date; expired and unused ones are reported'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;test'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;backfill'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand plan 'Plan the deny-to-allow migration, read-only: what each org''s allow list would be'
            cand apply 'Apply a plan file (or plan and apply now), in batches, audited, resumable'
            cand rollback 'Restore the settings a plan changed, for orgs still as the plan left them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;backfill;plan'= {
            cand --org 'Only these organizations (id, unique id prefix or name; repeatable)'
            cand --out 'Write the plan file here (JSON Lines, hashed) for `backfill apply FILE`; `-` writes it to standard output'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --include-unrestricted 'Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider'
            cand --detailed-exitcode 'Exit 0 when there is nothing to do, 2 when changes are pending, 1 on error'
            cand --force 'Replace the --out file even if it holds a plan that has been applied (the file that rolls that migration back)'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;backfill;apply'= {
            cand --org 'Only these organizations (id, unique id prefix or name; repeatable)'
            cand --batch-size 'Orgs per transaction'
            cand --out 'Without FILE: where to keep the plan made now, the file `backfill rollback` needs [default: ./orgpolicy-backfill-<UTC time>.jsonl]'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --include-unrestricted 'Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider'
            cand --accept-changes 'Also apply orgs whose effective access the migration would change'
            cand --dry-run 'Check the plan against the database and say what would be written; write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;backfill;rollback'= {
            cand --org 'Only these organizations of the plan (id, unique id prefix or name; repeatable)'
            cand --batch-size 'Orgs per transaction'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --dry-run 'Say what would be restored; write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;backfill;help'= {
            cand plan 'Plan the deny-to-allow migration, read-only: what each org''s allow list would be'
            cand apply 'Apply a plan file (or plan and apply now), in batches, audited, resumable'
            cand rollback 'Restore the settings a plan changed, for orgs still as the plan left them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;backfill;help;plan'= {
        }
        &'orgpolicy;backfill;help;apply'= {
        }
        &'orgpolicy;backfill;help;rollback'= {
        }
        &'orgpolicy;backfill;help;help'= {
        }
        &'orgpolicy;abuse'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand identity 'Print the identity a request is cached under, and its Redis key (no Redis needed)'
            cand get 'Show the action cached for an identity'
            cand set 'Cache an action for an identity, as the gateway''s rules engine does (no expiry; asks first, --yes to skip)'
            cand clear 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)'
            cand list 'List cached actions (walks the keyspace with SCAN, never KEYS)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;abuse;identity'= {
            cand --user 'The user id (a missing or `anon:…` user is identified by fingerprint)'
            cand --ip 'Client IP address, for the fingerprint'
            cand --ja4 'JA4 TLS fingerprint, for the fingerprint'
            cand --ua 'User-Agent header, for the fingerprint'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;abuse;get'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;abuse;set'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;abuse;clear'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --all 'Every identity under the key prefix'
            cand --dry-run 'Show what would be removed and remove nothing'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;abuse;list'= {
            cand --action 'Only identities with this action'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;abuse;help'= {
            cand identity 'Print the identity a request is cached under, and its Redis key (no Redis needed)'
            cand get 'Show the action cached for an identity'
            cand set 'Cache an action for an identity, as the gateway''s rules engine does (no expiry; asks first, --yes to skip)'
            cand clear 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)'
            cand list 'List cached actions (walks the keyspace with SCAN, never KEYS)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;abuse;help;identity'= {
        }
        &'orgpolicy;abuse;help;get'= {
        }
        &'orgpolicy;abuse;help;set'= {
        }
        &'orgpolicy;abuse;help;clear'= {
        }
        &'orgpolicy;abuse;help;list'= {
        }
        &'orgpolicy;abuse;help;help'= {
        }
        &'orgpolicy;log'= {
            cand --org 'Only this organization (id, unique id prefix or name) [default: every organization]'
            cand --since 'Rows at or after this time: RFC 3339 (`2026-12-01T09:00:00Z`) or a date (`2026-12-01`, midnight UTC)'
            cand --until 'Rows before this time (same forms as --since)'
            cand --by 'Rows by this actor: their id, email or name, ignoring case (`--actor` is the global flag naming who signs writes, often set for CI through ORGPOLICY_ACTOR)'
            cand --action 'Rows of this action (repeatable), e.g. `organization.settings.change`'
            cand --limit 'How many rows at most, newest first'
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand --all 'Every matching row (streamed)'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;demo'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;completions'= {
            cand --database-url 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH'
            cand --format 'Output format: tables for people, one JSON document for machines'
            cand --color 'When to colour output (NO_COLOR in the environment means never)'
            cand --redis-url 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]'
            cand --key-prefix 'Prefix of the abuse-action keys in Redis'
            cand --actor 'Who makes changes, recorded on audit rows [default: the OS user]'
            cand --actor-email 'The actor''s email on audit rows (gateway: NULL when not given)'
            cand --actor-id 'The actor''s user id on audit rows (gateway: NULL when not given)'
            cand --schema 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)'
            cand --rules 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current [default: current on the gateway''s schema, marker on orgpolicy''s own]'
            cand --gateway-facts 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]'
            cand -q 'Print only data: no notes or hints on stderr'
            cand --quiet 'Print only data: no notes or hints on stderr'
            cand -v 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand --verbose 'Print more about what is being done (database, catalog snapshot) on stderr'
            cand -y 'Answer yes to confirmations (required to write when not on a terminal)'
            cand --yes 'Answer yes to confirmations (required to write when not on a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'orgpolicy;help'= {
            cand db 'Create the schema and see which migrations are applied'
            cand catalog 'Import, list, show and compare catalog snapshots'
            cand orgs 'List organizations with their policy mode'
            cand providers 'List providers with their state for one organization'
            cand models 'List models with their per-provider state for one organization'
            cand members 'List an organization''s members with their groups and what the gateway grants them'
            cand groups 'Set or remove the gateway''s group policies: which models each group''s members may use'
            cand check 'Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)'
            cand diff 'Show what a catalog change, a proposed settings document or the migration does to an organization''s effective access'
            cand audit 'Check every organization for policy problems, read-only (exit 1 on findings)'
            cand test 'Run policy test cases from a TOML or JSON file (exit 1 on any failure)'
            cand backfill 'Migrate legacy deny lists to provider allow lists: plan, apply, roll back'
            cand abuse 'Inspect and change the abuse actions the gateway caches in Redis'
            cand log 'Show an organization''s audit log, newest first'
            cand demo 'Create ./orgpolicy-demo.db with a sample catalog and organizations to explore'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'orgpolicy;help;db'= {
            cand migrate 'Apply pending migrations (creates a missing SQLite file)'
            cand status 'List migrations, applied and pending'
        }
        &'orgpolicy;help;db;migrate'= {
        }
        &'orgpolicy;help;db;status'= {
        }
        &'orgpolicy;help;catalog'= {
            cand import 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)'
            cand list 'List snapshots, oldest first'
            cand show 'Show the providers of a snapshot (default: the latest)'
            cand export 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`'
            cand diff 'Providers and models added and removed between two snapshots (default: previous → latest)'
        }
        &'orgpolicy;help;catalog;import'= {
        }
        &'orgpolicy;help;catalog;list'= {
        }
        &'orgpolicy;help;catalog;show'= {
        }
        &'orgpolicy;help;catalog;export'= {
        }
        &'orgpolicy;help;catalog;diff'= {
        }
        &'orgpolicy;help;orgs'= {
            cand list 'Every organization with its plan, mode and list sizes (streams; any size)'
        }
        &'orgpolicy;help;orgs;list'= {
        }
        &'orgpolicy;help;providers'= {
            cand list 'Every live provider with its state for the organization, and a summary'
            cand allow 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)'
            cand deny 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)'
        }
        &'orgpolicy;help;providers;list'= {
        }
        &'orgpolicy;help;providers;allow'= {
        }
        &'orgpolicy;help;providers;deny'= {
        }
        &'orgpolicy;help;models'= {
            cand list 'Models with their state through each provider for the organization'
            cand deny 'Deny models from every provider (model_deny_list), or from one with --provider'
            cand allow 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider'
        }
        &'orgpolicy;help;models;list'= {
        }
        &'orgpolicy;help;models;deny'= {
        }
        &'orgpolicy;help;models;allow'= {
        }
        &'orgpolicy;help;members'= {
            cand list 'An organization''s members with their groups and the grant each gets (baseline, selected, none) under the gateway''s group policies'
        }
        &'orgpolicy;help;members;list'= {
        }
        &'orgpolicy;help;groups'= {
            cand list 'The organization''s groups: members, policy, and the default policy and revision'
            cand show 'One group: its policy as stored and as the gateway reads it, and what each member gets'
            cand policy 'Set or remove one group''s model_access policy (what its members may use)'
            cand default-policy 'Set or remove the organization''s default model_access policy (members in no group)'
        }
        &'orgpolicy;help;groups;list'= {
        }
        &'orgpolicy;help;groups;show'= {
        }
        &'orgpolicy;help;groups;policy'= {
            cand set 'Give a group a model_access policy, replacing the one it has'
            cand remove 'Take a group''s model_access policy away: its members get what the rest get'
        }
        &'orgpolicy;help;groups;policy;set'= {
        }
        &'orgpolicy;help;groups;policy;remove'= {
        }
        &'orgpolicy;help;groups;default-policy'= {
            cand set 'Set the default model_access policy, replacing the one there is'
            cand remove 'Remove the default model_access policy (the gateway then reads it as `all`)'
        }
        &'orgpolicy;help;groups;default-policy;set'= {
        }
        &'orgpolicy;help;groups;default-policy;remove'= {
        }
        &'orgpolicy;help;check'= {
        }
        &'orgpolicy;help;diff'= {
        }
        &'orgpolicy;help;audit'= {
        }
        &'orgpolicy;help;test'= {
        }
        &'orgpolicy;help;backfill'= {
            cand plan 'Plan the deny-to-allow migration, read-only: what each org''s allow list would be'
            cand apply 'Apply a plan file (or plan and apply now), in batches, audited, resumable'
            cand rollback 'Restore the settings a plan changed, for orgs still as the plan left them'
        }
        &'orgpolicy;help;backfill;plan'= {
        }
        &'orgpolicy;help;backfill;apply'= {
        }
        &'orgpolicy;help;backfill;rollback'= {
        }
        &'orgpolicy;help;abuse'= {
            cand identity 'Print the identity a request is cached under, and its Redis key (no Redis needed)'
            cand get 'Show the action cached for an identity'
            cand set 'Cache an action for an identity, as the gateway''s rules engine does (no expiry; asks first, --yes to skip)'
            cand clear 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)'
            cand list 'List cached actions (walks the keyspace with SCAN, never KEYS)'
        }
        &'orgpolicy;help;abuse;identity'= {
        }
        &'orgpolicy;help;abuse;get'= {
        }
        &'orgpolicy;help;abuse;set'= {
        }
        &'orgpolicy;help;abuse;clear'= {
        }
        &'orgpolicy;help;abuse;list'= {
        }
        &'orgpolicy;help;log'= {
        }
        &'orgpolicy;help;demo'= {
        }
        &'orgpolicy;help;completions'= {
        }
        &'orgpolicy;help;help'= {
        }
    ]
    $completions[$command]
}
