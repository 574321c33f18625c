
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'orgpolicy' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'orgpolicy'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'orgpolicy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create the schema and see which migrations are applied')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import, list, show and compare catalog snapshots')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'List organizations with their policy mode')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List providers with their state for one organization')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List models with their per-provider state for one organization')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List an organization''s members with their groups and what the gateway grants them')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Set or remove the gateway''s group policies: which models each group''s members may use')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what a catalog change, a proposed settings document or the migration does to an organization''s effective access')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who can use a provider or a model today, over every organization (and with --members every member), and through which rule or grant')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check every organization for policy problems, read-only (exit 1 on findings)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run policy test cases from a TOML or JSON file (exit 1 on any failure)')
            [CompletionResult]::new('backfill', 'backfill', [CompletionResultType]::ParameterValue, 'Migrate legacy deny lists to provider allow lists: plan, apply, roll back')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change many organizations at once: plan an operation over the orgs a selector picks, apply the plan, roll it back')
            [CompletionResult]::new('abuse', 'abuse', [CompletionResultType]::ParameterValue, 'Inspect and change the abuse actions the gateway caches in Redis')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show an organization''s audit log, newest first')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create ./orgpolicy-demo.db with a sample catalog and organizations to explore')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The named connections of the config file (URLs redacted)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (creates a missing SQLite file)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List migrations, applied and pending')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;db;migrate' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the migrations that would be applied (as `db status` does); apply nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (creates a missing SQLite file)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List migrations, applied and pending')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;db;help;migrate' {
            break
        }
        'orgpolicy;db;help;status' {
            break
        }
        'orgpolicy;db;help;help' {
            break
        }
        'orgpolicy;catalog' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the providers of a snapshot (default: the latest)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Providers and models added and removed between two snapshots (default: previous → latest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;catalog;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'The file''s shape; auto tells them apart by how models are keyed (slug or id)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Import even when the file drops more than half of the live providers')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what the import would change (providers and models added and removed); write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;catalog;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;catalog;show' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;catalog;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file instead of standard output (`-`: standard output)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;catalog;diff' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;catalog;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the providers of a snapshot (default: the latest)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Providers and models added and removed between two snapshots (default: previous → latest)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;catalog;help;import' {
            break
        }
        'orgpolicy;catalog;help;list' {
            break
        }
        'orgpolicy;catalog;help;show' {
            break
        }
        'orgpolicy;catalog;help;export' {
            break
        }
        'orgpolicy;catalog;help;diff' {
            break
        }
        'orgpolicy;catalog;help;help' {
            break
        }
        'orgpolicy;orgs' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every organization with its plan, mode and list sizes (streams; any size)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;orgs;list' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only organizations on this plan')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Only organizations whose settings are in this mode')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Also list soft-deleted organizations (gateway), marked as such')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Also say whether each Enterprise org is in its trial, as the gateway decides it for Claude routing (latest seat purchase, sponsorship, require_seats)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;orgs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every organization with its plan, mode and list sizes (streams; any size)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;orgs;help;list' {
            break
        }
        'orgpolicy;orgs;help;help' {
            break
        }
        'orgpolicy;providers' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every live provider with its state for the organization, and a summary')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;providers;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only providers whose slug or name contains this text (case-insensitive)')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'As this member sees them (user id or email): their groups'' grants (current rules)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;providers;allow' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;providers;deny' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;providers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every live provider with its state for the organization, and a summary')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;providers;help;list' {
            break
        }
        'orgpolicy;providers;help;allow' {
            break
        }
        'orgpolicy;providers;help;deny' {
            break
        }
        'orgpolicy;providers;help;help' {
            break
        }
        'orgpolicy;models' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Models with their state through each provider for the organization')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny models from every provider (model_deny_list), or from one with --provider')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;models;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only models this provider serves')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only matches: models whose id or name, or providers whose slug or name, contain this text')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'As this member sees them (user id or email): their groups'' grants (current rules)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--blocked', '--blocked', [CompletionResultType]::ParameterName, 'Only blocked model/provider combinations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;models;deny' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider: edits model_provider_deny_list (one model/provider combination)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;models;allow' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider: edits model_provider_deny_list (one model/provider combination)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;models;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Models with their state through each provider for the organization')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny models from every provider (model_deny_list), or from one with --provider')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;models;help;list' {
            break
        }
        'orgpolicy;models;help;deny' {
            break
        }
        'orgpolicy;models;help;allow' {
            break
        }
        'orgpolicy;models;help;help' {
            break
        }
        'orgpolicy;members' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'An organization''s members with their groups and the grant each gets (baseline, selected, none) under the gateway''s group policies')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;members;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;members;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'An organization''s members with their groups and the grant each gets (baseline, selected, none) under the gateway''s group policies')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;members;help;list' {
            break
        }
        'orgpolicy;members;help;help' {
            break
        }
        'orgpolicy;groups' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The organization''s groups: members, policy, and the default policy and revision')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One group: its policy as stored and as the gateway reads it, and what each member gets')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Set or remove one group''s model_access policy (what its members may use)')
            [CompletionResult]::new('default-policy', 'default-policy', [CompletionResultType]::ParameterValue, 'Set or remove the organization''s default model_access policy (members in no group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;groups;list' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;groups;show' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group name (case-insensitive) or id')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;groups;policy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give a group a model_access policy, replacing the one it has')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a group''s model_access policy away: its members get what the rest get')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;groups;policy;set' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group name (case-insensitive) or id')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The policy''s mode, instead of a file')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'With --mode selected: a model its members may use, even one the org''s lists refuse (repeat or separate with commas)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'With --mode selected: a provider whose models its members may use (repeat or separate with commas)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;groups;policy;remove' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group name (case-insensitive) or id')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;groups;policy;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give a group a model_access policy, replacing the one it has')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a group''s model_access policy away: its members get what the rest get')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;groups;policy;help;set' {
            break
        }
        'orgpolicy;groups;policy;help;remove' {
            break
        }
        'orgpolicy;groups;policy;help;help' {
            break
        }
        'orgpolicy;groups;default-policy' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the default model_access policy, replacing the one there is')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the default model_access policy (the gateway then reads it as `all`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;groups;default-policy;set' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The policy''s mode, instead of a file')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'With --mode selected: a model its members may use, even one the org''s lists refuse (repeat or separate with commas)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'With --mode selected: a provider whose models its members may use (repeat or separate with commas)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;groups;default-policy;remove' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Write providers or models that are not in the latest catalog snapshot')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;groups;default-policy;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the default model_access policy, replacing the one there is')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the default model_access policy (the gateway then reads it as `all`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;groups;default-policy;help;set' {
            break
        }
        'orgpolicy;groups;default-policy;help;remove' {
            break
        }
        'orgpolicy;groups;default-policy;help;help' {
            break
        }
        'orgpolicy;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The organization''s groups: members, policy, and the default policy and revision')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One group: its policy as stored and as the gateway reads it, and what each member gets')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Set or remove one group''s model_access policy (what its members may use)')
            [CompletionResult]::new('default-policy', 'default-policy', [CompletionResultType]::ParameterValue, 'Set or remove the organization''s default model_access policy (members in no group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;groups;help;list' {
            break
        }
        'orgpolicy;groups;help;show' {
            break
        }
        'orgpolicy;groups;help;policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give a group a model_access policy, replacing the one it has')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a group''s model_access policy away: its members get what the rest get')
            break
        }
        'orgpolicy;groups;help;policy;set' {
            break
        }
        'orgpolicy;groups;help;policy;remove' {
            break
        }
        'orgpolicy;groups;help;default-policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the default model_access policy, replacing the one there is')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the default model_access policy (the gateway then reads it as `all`)')
            break
        }
        'orgpolicy;groups;help;default-policy;set' {
            break
        }
        'orgpolicy;groups;help;default-policy;remove' {
            break
        }
        'orgpolicy;groups;help;help' {
            break
        }
        'orgpolicy;check' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The requested model, as a client sends it (e.g. openai/gpt-4o:free)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider the request names, if any')
            [CompletionResult]::new('--fallback', '--fallback', [CompletionResultType]::ParameterName, 'Models to fall back to, in order, when the model is refused (seed 003''s chain)')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The organization member who sends it (user id or email): decided with the gateway''s group policies (current rules). Without it: a member in no group (the default policy)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The client''s mode (x-kilocode-mode: code, architect, ask, …), which picks the route of kilo-auto/org (Organization Auto)')
            [CompletionResult]::new('--data-collection', '--data-collection', [CompletionResultType]::ParameterName, 'What the request itself asks of data collection (the org''s deny always wins)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user id (a missing or `anon:…` user is identified by fingerprint)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Client IP address, for the fingerprint')
            [CompletionResult]::new('--ja4', '--ja4', [CompletionResultType]::ParameterName, 'JA4 TLS fingerprint, for the fingerprint')
            [CompletionResult]::new('--ua', '--ua', [CompletionResultType]::ParameterName, 'User-Agent header, for the fingerprint')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show every step of the decision')
            [CompletionResult]::new('--byok', '--byok', [CompletionResultType]::ParameterName, 'The request uses the org''s own provider key (quarantine-3 then adds latency only)')
            [CompletionResult]::new('--no-abuse', '--no-abuse', [CompletionResultType]::ParameterName, 'Do not consult the abuse cache, even with an identity and a Redis URL')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;diff' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'A catalog change: A..B, each a snapshot id or an exported catalog file (A.. or ..B leave one side at its default) [default: the previous snapshot..the latest]')
            [CompletionResult]::new('--catalog-history', '--catalog-history', [CompletionResultType]::ParameterName, 'A folder of exported catalogs (`catalog export`, e.g. CI artifacts): the history the gateway''s database does not keep')
            [CompletionResult]::new('--settings', '--settings', [CompletionResultType]::ParameterName, 'A proposed settings document (JSON file; `-` reads stdin), against the latest snapshot')
            [CompletionResult]::new('--group-policy', '--group-policy', [CompletionResultType]::ParameterName, 'A proposed model_access policy for --group (JSON file: {"type": "model_access", "data": {...}} or just the data; `-` reads stdin): which members gain or lose which models')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group --group-policy is for (name or id)')
            [CompletionResult]::new('--default-policy', '--default-policy', [CompletionResultType]::ParameterName, 'A proposed default policy (as --group-policy): which members gain or lose which models')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every organization (and, under the current rules, every member whose grant depends on the change), streamed, with a summary: for --catalog, --rules A..B or --migration')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'With --all: every member whose access moves, not only those whose groups make it move differently from their organization')
            [CompletionResult]::new('--migration', '--migration', [CompletionResultType]::ParameterName, 'What `backfill apply` would do to the org, now and when providers enter the catalog later')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;access' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider: every model it serves in the latest snapshot')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The model: through every provider serving it (with --provider, through that one only)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'Every member, decided with their groups'' policies as `check --member` decides them (current rules), instead of each organization''s own rules')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;audit' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when there is a finding of this severity or worse')
            [CompletionResult]::new('--catalog-history', '--catalog-history', [CompletionResultType]::ParameterName, 'A folder of exported catalogs (`catalog export`, e.g. CI artifacts) for the silent enablement check, on a database that keeps no catalog history (the gateway''s)')
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Fail only on findings absent from this baseline (from --write-baseline); report the baseline''s findings that are gone')
            [CompletionResult]::new('--write-baseline', '--write-baseline', [CompletionResultType]::ParameterName, 'Record today''s findings in FILE as the baseline (exit 0 once written)')
            [CompletionResult]::new('--waivers', '--waivers', [CompletionResultType]::ParameterName, 'Waivers (TOML `[[waiver]]`: org, code, optional subject, reason, expires) silencing named findings until their date; expired and unused ones are reported')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;test' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;backfill' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan the deny-to-allow migration, read-only: what each org''s allow list would be')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan file (or plan and apply now), in batches, audited, resumable')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the settings a plan changed, for orgs still as the plan left them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;backfill;plan' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only these organizations (id, unique id prefix or name; repeatable)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the plan file here (JSON Lines, hashed) for `backfill apply FILE`; `-` writes it to standard output')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--include-unrestricted', '--include-unrestricted', [CompletionResultType]::ParameterName, 'Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 0 when there is nothing to do, 2 when changes are pending, 1 on error')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the --out file even if it holds a plan that has been applied (the file that rolls that migration back)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;backfill;apply' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only these organizations (id, unique id prefix or name; repeatable)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Orgs per transaction')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Without FILE: where to keep the plan made now, the file `backfill rollback` needs [default: ./orgpolicy-backfill-<UTC time>.jsonl]')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--include-unrestricted', '--include-unrestricted', [CompletionResultType]::ParameterName, 'Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider')
            [CompletionResult]::new('--accept-changes', '--accept-changes', [CompletionResultType]::ParameterName, 'Also apply orgs whose effective access the migration would change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the plan against the database and say what would be written; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;backfill;rollback' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only these organizations of the plan (id, unique id prefix or name; repeatable)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Orgs per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be restored; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;backfill;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan the deny-to-allow migration, read-only: what each org''s allow list would be')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan file (or plan and apply now), in batches, audited, resumable')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the settings a plan changed, for orgs still as the plan left them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;backfill;help;plan' {
            break
        }
        'orgpolicy;backfill;help;apply' {
            break
        }
        'orgpolicy;backfill;help;rollback' {
            break
        }
        'orgpolicy;backfill;help;help' {
            break
        }
        'orgpolicy;change' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan one operation over the orgs a selector picks, read-only: each org''s settings before and after, and what its effective access gains and loses')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan file in batches, audited, resumable (a backfill plan too)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the settings a plan changed, for orgs still as the plan left them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;change;plan' {
            [CompletionResult]::new('--deny-model', '--deny-model', [CompletionResultType]::ParameterName, 'Add the model to model deny lists')
            [CompletionResult]::new('--allow-model', '--allow-model', [CompletionResultType]::ParameterName, 'Take the model off model deny lists')
            [CompletionResult]::new('--remove-provider', '--remove-provider', [CompletionResultType]::ParameterName, 'Take the provider out of the allow lists that hold it')
            [CompletionResult]::new('--add-provider', '--add-provider', [CompletionResultType]::ParameterName, 'Add the provider to allow lists (an org without one already allows it)')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'With --add-provider: only to allow lists that hold this provider')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'A condition on the org: FIELD OP VALUE, with fields plan, name, created (a date) and operators =, !=, ~ (contains, any case), <, <=, >, >= (repeatable)')
            [CompletionResult]::new('--has-provider', '--has-provider', [CompletionResultType]::ParameterName, 'Orgs whose provider allow list holds this provider (repeatable)')
            [CompletionResult]::new('--has-model', '--has-model', [CompletionResultType]::ParameterName, 'Orgs whose model deny list holds this model (repeatable)')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Orgs in this mode under the rules in force')
            [CompletionResult]::new('--orgs', '--orgs', [CompletionResultType]::ParameterName, 'Only the orgs of this file: one id, unique id prefix or name per line (`#` comments)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the plan file here (JSON Lines, hashed) for `change apply FILE`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--allow-unknown', '--allow-unknown', [CompletionResultType]::ParameterName, 'Name a model or provider the latest catalog does not know (a typo is refused otherwise)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the --out file even if it holds a plan that has been applied (the file that rolls that change back)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;change;apply' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Orgs per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--accept-changes', '--accept-changes', [CompletionResultType]::ParameterName, 'A backfill plan: also apply orgs whose effective access the migration would change')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the plan against the database and say what would be written; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;change;rollback' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only these organizations of the plan (id, unique id prefix or name; repeatable)')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Orgs per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be restored; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;change;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan one operation over the orgs a selector picks, read-only: each org''s settings before and after, and what its effective access gains and loses')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan file in batches, audited, resumable (a backfill plan too)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the settings a plan changed, for orgs still as the plan left them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;change;help;plan' {
            break
        }
        'orgpolicy;change;help;apply' {
            break
        }
        'orgpolicy;change;help;rollback' {
            break
        }
        'orgpolicy;change;help;help' {
            break
        }
        'orgpolicy;abuse' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'Print the identity a request is cached under, and its Redis key (no Redis needed)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the action cached for an identity')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Cache an action for an identity, as the gateway''s rules engine does (no expiry; asks first, --yes to skip)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cached actions (walks the keyspace with SCAN, never KEYS)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;abuse;identity' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user id (a missing or `anon:…` user is identified by fingerprint)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Client IP address, for the fingerprint')
            [CompletionResult]::new('--ja4', '--ja4', [CompletionResultType]::ParameterName, 'JA4 TLS fingerprint, for the fingerprint')
            [CompletionResult]::new('--ua', '--ua', [CompletionResultType]::ParameterName, 'User-Agent header, for the fingerprint')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;abuse;get' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;abuse;set' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;abuse;clear' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every identity under the key prefix')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed and remove nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;abuse;list' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only identities with this action')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;abuse;help' {
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'Print the identity a request is cached under, and its Redis key (no Redis needed)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the action cached for an identity')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Cache an action for an identity, as the gateway''s rules engine does (no expiry; asks first, --yes to skip)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cached actions (walks the keyspace with SCAN, never KEYS)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;abuse;help;identity' {
            break
        }
        'orgpolicy;abuse;help;get' {
            break
        }
        'orgpolicy;abuse;help;set' {
            break
        }
        'orgpolicy;abuse;help;clear' {
            break
        }
        'orgpolicy;abuse;help;list' {
            break
        }
        'orgpolicy;abuse;help;help' {
            break
        }
        'orgpolicy;log' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Only this organization (id, unique id prefix or name) [default: every organization]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Rows at or after this time: RFC 3339 (`2026-12-01T09:00:00Z`) or a date (`2026-12-01`, midnight UTC)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Rows before this time (same forms as --since)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Rows by this actor: their id, email or name, ignoring case (`--actor` is the global flag naming who signs writes, often set for CI through ORGPOLICY_ACTOR)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Rows of this action (repeatable), e.g. `organization.settings.change`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many rows at most, newest first')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching row (streamed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;demo' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;profiles' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;completions' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, one JSON document for machines')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output (NO_COLOR in the environment means never)')
            [CompletionResult]::new('--redis-url', '--redis-url', [CompletionResultType]::ParameterName, 'The gateway''s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]')
            [CompletionResult]::new('--key-prefix', '--key-prefix', [CompletionResultType]::ParameterName, 'Prefix of the abuse-action keys in Redis')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes changes, recorded on audit rows [default: the OS user]')
            [CompletionResult]::new('--actor-email', '--actor-email', [CompletionResultType]::ParameterName, 'The actor''s email on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--actor-id', '--actor-id', [CompletionResultType]::ParameterName, 'The actor''s user id on audit rows (gateway: NULL when not given)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Which schema the database has: orgpolicy''s own, or the gateway''s production one (auto: detected from the database''s catalog, never by trying writes)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B')
            [CompletionResult]::new('--gateway-facts', '--gateway-facts', [CompletionResultType]::ParameterName, 'The gateway''s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml''s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: no notes or hints on stderr')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Tables without their header line (for scripts that cut columns)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what is being done (database, catalog snapshot) on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required to write when not on a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'orgpolicy;help' {
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create the schema and see which migrations are applied')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Import, list, show and compare catalog snapshots')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'List organizations with their policy mode')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'List providers with their state for one organization')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List models with their per-provider state for one organization')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List an organization''s members with their groups and what the gateway grants them')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Set or remove the gateway''s group policies: which models each group''s members may use')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what a catalog change, a proposed settings document or the migration does to an organization''s effective access')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who can use a provider or a model today, over every organization (and with --members every member), and through which rule or grant')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check every organization for policy problems, read-only (exit 1 on findings)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run policy test cases from a TOML or JSON file (exit 1 on any failure)')
            [CompletionResult]::new('backfill', 'backfill', [CompletionResultType]::ParameterValue, 'Migrate legacy deny lists to provider allow lists: plan, apply, roll back')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change many organizations at once: plan an operation over the orgs a selector picks, apply the plan, roll it back')
            [CompletionResult]::new('abuse', 'abuse', [CompletionResultType]::ParameterValue, 'Inspect and change the abuse actions the gateway caches in Redis')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show an organization''s audit log, newest first')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create ./orgpolicy-demo.db with a sample catalog and organizations to explore')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'The named connections of the config file (URLs redacted)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgpolicy;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations (creates a missing SQLite file)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'List migrations, applied and pending')
            break
        }
        'orgpolicy;help;db;migrate' {
            break
        }
        'orgpolicy;help;db;status' {
            break
        }
        'orgpolicy;help;catalog' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List snapshots, oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the providers of a snapshot (default: the latest)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Providers and models added and removed between two snapshots (default: previous → latest)')
            break
        }
        'orgpolicy;help;catalog;import' {
            break
        }
        'orgpolicy;help;catalog;list' {
            break
        }
        'orgpolicy;help;catalog;show' {
            break
        }
        'orgpolicy;help;catalog;export' {
            break
        }
        'orgpolicy;help;catalog;diff' {
            break
        }
        'orgpolicy;help;orgs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every organization with its plan, mode and list sizes (streams; any size)')
            break
        }
        'orgpolicy;help;orgs;list' {
            break
        }
        'orgpolicy;help;providers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every live provider with its state for the organization, and a summary')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)')
            break
        }
        'orgpolicy;help;providers;list' {
            break
        }
        'orgpolicy;help;providers;allow' {
            break
        }
        'orgpolicy;help;providers;deny' {
            break
        }
        'orgpolicy;help;models' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Models with their state through each provider for the organization')
            [CompletionResult]::new('deny', 'deny', [CompletionResultType]::ParameterValue, 'Deny models from every provider (model_deny_list), or from one with --provider')
            [CompletionResult]::new('allow', 'allow', [CompletionResultType]::ParameterValue, 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider')
            break
        }
        'orgpolicy;help;models;list' {
            break
        }
        'orgpolicy;help;models;deny' {
            break
        }
        'orgpolicy;help;models;allow' {
            break
        }
        'orgpolicy;help;members' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'An organization''s members with their groups and the grant each gets (baseline, selected, none) under the gateway''s group policies')
            break
        }
        'orgpolicy;help;members;list' {
            break
        }
        'orgpolicy;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The organization''s groups: members, policy, and the default policy and revision')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One group: its policy as stored and as the gateway reads it, and what each member gets')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Set or remove one group''s model_access policy (what its members may use)')
            [CompletionResult]::new('default-policy', 'default-policy', [CompletionResultType]::ParameterValue, 'Set or remove the organization''s default model_access policy (members in no group)')
            break
        }
        'orgpolicy;help;groups;list' {
            break
        }
        'orgpolicy;help;groups;show' {
            break
        }
        'orgpolicy;help;groups;policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Give a group a model_access policy, replacing the one it has')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a group''s model_access policy away: its members get what the rest get')
            break
        }
        'orgpolicy;help;groups;policy;set' {
            break
        }
        'orgpolicy;help;groups;policy;remove' {
            break
        }
        'orgpolicy;help;groups;default-policy' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the default model_access policy, replacing the one there is')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the default model_access policy (the gateway then reads it as `all`)')
            break
        }
        'orgpolicy;help;groups;default-policy;set' {
            break
        }
        'orgpolicy;help;groups;default-policy;remove' {
            break
        }
        'orgpolicy;help;check' {
            break
        }
        'orgpolicy;help;diff' {
            break
        }
        'orgpolicy;help;access' {
            break
        }
        'orgpolicy;help;audit' {
            break
        }
        'orgpolicy;help;test' {
            break
        }
        'orgpolicy;help;backfill' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan the deny-to-allow migration, read-only: what each org''s allow list would be')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan file (or plan and apply now), in batches, audited, resumable')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the settings a plan changed, for orgs still as the plan left them')
            break
        }
        'orgpolicy;help;backfill;plan' {
            break
        }
        'orgpolicy;help;backfill;apply' {
            break
        }
        'orgpolicy;help;backfill;rollback' {
            break
        }
        'orgpolicy;help;change' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plan one operation over the orgs a selector picks, read-only: each org''s settings before and after, and what its effective access gains and loses')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a plan file in batches, audited, resumable (a backfill plan too)')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the settings a plan changed, for orgs still as the plan left them')
            break
        }
        'orgpolicy;help;change;plan' {
            break
        }
        'orgpolicy;help;change;apply' {
            break
        }
        'orgpolicy;help;change;rollback' {
            break
        }
        'orgpolicy;help;abuse' {
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'Print the identity a request is cached under, and its Redis key (no Redis needed)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the action cached for an identity')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Cache an action for an identity, as the gateway''s rules engine does (no expiry; asks first, --yes to skip)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cached actions (walks the keyspace with SCAN, never KEYS)')
            break
        }
        'orgpolicy;help;abuse;identity' {
            break
        }
        'orgpolicy;help;abuse;get' {
            break
        }
        'orgpolicy;help;abuse;set' {
            break
        }
        'orgpolicy;help;abuse;clear' {
            break
        }
        'orgpolicy;help;abuse;list' {
            break
        }
        'orgpolicy;help;log' {
            break
        }
        'orgpolicy;help;demo' {
            break
        }
        'orgpolicy;help;profiles' {
            break
        }
        'orgpolicy;help;completions' {
            break
        }
        'orgpolicy;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
