# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_orgpolicy_global_optspecs
    string join \n database-url= format= color= q/quiet no-headers v/verbose y/yes redis-url= key-prefix= actor= actor-email= actor-id= schema= rules= gateway-facts= profile= config= h/help V/version
end

function __fish_orgpolicy_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_orgpolicy_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_orgpolicy_using_subcommand
    set -l cmd (__fish_orgpolicy_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "db" -d 'Create the schema and see which migrations are applied'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "catalog" -d 'Import, list, show and compare catalog snapshots'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "orgs" -d 'List organizations with their policy mode'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "providers" -d 'List providers with their state for one organization'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "models" -d 'List models with their per-provider state for one organization'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "members" -d 'List an organization\'s members with their groups and what the gateway grants them'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "groups" -d 'Set or remove the gateway\'s group policies: which models each group\'s members may use'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "check" -d 'Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "diff" -d 'Show what a catalog change, a proposed settings document or the migration does to an organization\'s effective access'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "access" -d 'Who can use a provider or a model today, over every organization (and with --members every member), and through which rule or grant'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "audit" -d 'Check every organization for policy problems, read-only (exit 1 on findings)'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "test" -d 'Run policy test cases from a TOML or JSON file (exit 1 on any failure)'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "backfill" -d 'Migrate legacy deny lists to provider allow lists: plan, apply, roll back'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "change" -d 'Change many organizations at once: plan an operation over the orgs a selector picks, apply the plan, roll it back'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "abuse" -d 'Inspect and change the abuse actions the gateway caches in Redis'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "log" -d 'Show an organization\'s audit log, newest first'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "demo" -d 'Create ./orgpolicy-demo.db with a sample catalog and organizations to explore'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "profiles" -d 'The named connections of the config file (URLs redacted)'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c orgpolicy -n "__fish_orgpolicy_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "migrate" -d 'Apply pending migrations (creates a missing SQLite file)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "status" -d 'List migrations, applied and pending'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l dry-run -d 'List the migrations that would be applied (as `db status` does); apply nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending migrations (creates a missing SQLite file)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'List migrations, applied and pending'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -f -a "import" -d 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -f -a "list" -d 'List snapshots, oldest first'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -f -a "show" -d 'Show the providers of a snapshot (default: the latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -f -a "export" -d 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -f -a "diff" -d 'Providers and models added and removed between two snapshots (default: previous → latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and not __fish_seen_subcommand_from import list show export diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l input-format -d 'The file\'s shape; auto tells them apart by how models are keyed (slug or id)' -r -f -a "auto\t''
snapshot\t'{"providers":[{"slug","name","models":[{"slug","name","endpoint"}]}]}'
openrouter\t'{"providers":[{"slug","name","models":[{"id","name","free"}]}]} (OpenRouter export)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l force -d 'Import even when the file drops more than half of the live providers'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what the import would change (providers and models added and removed); write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l out -d 'Write to this file instead of standard output (`-`: standard output)' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "import" -d 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "list" -d 'List snapshots, oldest first'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the providers of a snapshot (default: the latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Providers and models added and removed between two snapshots (default: previous → latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Every organization with its plan, mode and list sizes (streams; any size)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l plan -d 'Only organizations on this plan' -r -f -a "teams\t''
enterprise\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l mode -d 'Only organizations whose settings are in this mode' -r -f -a "allow\t''
legacy\t''
unrestricted\t''
invalid\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l include-deleted -d 'Also list soft-deleted organizations (gateway), marked as such'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l trial -d 'Also say whether each Enterprise org is in its trial, as the gateway decides it for Claude routing (latest seat purchase, sponsorship, require_seats)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every organization with its plan, mode and list sizes (streams; any size)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -f -a "list" -d 'Every live provider with its state for the organization, and a summary'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -f -a "allow" -d 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -f -a "deny" -d 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and not __fish_seen_subcommand_from list allow deny help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l search -d 'Only providers whose slug or name contains this text (case-insensitive)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l member -d 'As this member sees them (user id or email): their groups\' grants (current rules)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l allow-unknown -d 'Write providers or models that are not in the latest catalog snapshot'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l dry-run -d 'Show what would change and write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from allow" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l allow-unknown -d 'Write providers or models that are not in the latest catalog snapshot'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l dry-run -d 'Show what would change and write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from deny" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every live provider with its state for the organization, and a summary'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "allow" -d 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "deny" -d 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -f -a "list" -d 'Models with their state through each provider for the organization'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -f -a "deny" -d 'Deny models from every provider (model_deny_list), or from one with --provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -f -a "allow" -d 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and not __fish_seen_subcommand_from list deny allow help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l provider -d 'Only models this provider serves' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l search -d 'Only matches: models whose id or name, or providers whose slug or name, contain this text' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l member -d 'As this member sees them (user id or email): their groups\' grants (current rules)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l blocked -d 'Only blocked model/provider combinations'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l provider -d 'Only this provider: edits model_provider_deny_list (one model/provider combination)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l allow-unknown -d 'Write providers or models that are not in the latest catalog snapshot'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l dry-run -d 'Show what would change and write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from deny" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l provider -d 'Only this provider: edits model_provider_deny_list (one model/provider combination)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l allow-unknown -d 'Write providers or models that are not in the latest catalog snapshot'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l dry-run -d 'Show what would change and write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from allow" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "list" -d 'Models with their state through each provider for the organization'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "deny" -d 'Deny models from every provider (model_deny_list), or from one with --provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "allow" -d 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'An organization\'s members with their groups and the grant each gets (baseline, selected, none) under the gateway\'s group policies'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "list" -d 'An organization\'s members with their groups and the grant each gets (baseline, selected, none) under the gateway\'s group policies'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand members; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -f -a "list" -d 'The organization\'s groups: members, policy, and the default policy and revision'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -f -a "show" -d 'One group: its policy as stored and as the gateway reads it, and what each member gets'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -f -a "policy" -d 'Set or remove one group\'s model_access policy (what its members may use)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -f -a "default-policy" -d 'Set or remove the organization\'s default model_access policy (members in no group)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and not __fish_seen_subcommand_from list show policy default-policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l group -d 'Group name (case-insensitive) or id' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Give a group a model_access policy, replacing the one it has'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -f -a "remove" -d 'Take a group\'s model_access policy away: its members get what the rest get'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -f -a "set" -d 'Set the default model_access policy, replacing the one there is'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -f -a "remove" -d 'Remove the default model_access policy (the gateway then reads it as `all`)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from default-policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'The organization\'s groups: members, policy, and the default policy and revision'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "show" -d 'One group: its policy as stored and as the gateway reads it, and what each member gets'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "policy" -d 'Set or remove one group\'s model_access policy (what its members may use)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "default-policy" -d 'Set or remove the organization\'s default model_access policy (members in no group)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l model -d 'The requested model, as a client sends it (e.g. openai/gpt-4o:free)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l provider -d 'The provider the request names, if any' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l fallback -d 'Models to fall back to, in order, when the model is refused (seed 003\'s chain)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l member -d 'The organization member who sends it (user id or email): decided with the gateway\'s group policies (current rules). Without it: a member in no group (the default policy)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l mode -d 'The client\'s mode (x-kilocode-mode: code, architect, ask, …), which picks the route of kilo-auto/org (Organization Auto)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l data-collection -d 'What the request itself asks of data collection (the org\'s deny always wins)' -r -f -a "allow\t''
deny\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l user -d 'The user id (a missing or `anon:…` user is identified by fingerprint)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l ip -d 'Client IP address, for the fingerprint' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l ja4 -d 'JA4 TLS fingerprint, for the fingerprint' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l ua -d 'User-Agent header, for the fingerprint' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l explain -d 'Show every step of the decision'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l byok -d 'The request uses the org\'s own provider key (quarantine-3 then adds latency only)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l no-abuse -d 'Do not consult the abuse cache, even with an identity and a Redis URL'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand check" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l org -d 'Organization: id, unique id prefix (4+ characters), or name (case-insensitive)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l catalog -d 'A catalog change: A..B, each a snapshot id or an exported catalog file (A.. or ..B leave one side at its default) [default: the previous snapshot..the latest]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l catalog-history -d 'A folder of exported catalogs (`catalog export`, e.g. CI artifacts): the history the gateway\'s database does not keep' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l settings -d 'A proposed settings document (JSON file; `-` reads stdin), against the latest snapshot' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l group-policy -d 'A proposed model_access policy for --group (JSON file: {"type": "model_access", "data": {...}} or just the data; `-` reads stdin): which members gain or lose which models' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l group -d 'The group --group-policy is for (name or id)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l default-policy -d 'A proposed default policy (as --group-policy): which members gain or lose which models' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l all -d 'Every organization (and, under the current rules, every member whose grant depends on the change), streamed, with a summary: for --catalog, --rules A..B or --migration'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l members -d 'With --all: every member whose access moves, not only those whose groups make it move differently from their organization'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l migration -d 'What `backfill apply` would do to the org, now and when providers enter the catalog later'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand diff" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l provider -d 'The provider: every model it serves in the latest snapshot' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l model -d 'The model: through every provider serving it (with --provider, through that one only)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l members -d 'Every member, decided with their groups\' policies as `check --member` decides them (current rules), instead of each organization\'s own rules'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand access" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l fail-on -d 'Exit 1 when there is a finding of this severity or worse' -r -f -a "error\t''
warning\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l catalog-history -d 'A folder of exported catalogs (`catalog export`, e.g. CI artifacts) for the silent enablement check, on a database that keeps no catalog history (the gateway\'s)' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l baseline -d 'Fail only on findings absent from this baseline (from --write-baseline); report the baseline\'s findings that are gone' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l write-baseline -d 'Record today\'s findings in FILE as the baseline (exit 0 once written)' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l waivers -d 'Waivers (TOML `[[waiver]]`: org, code, optional subject, reason, expires) silencing named findings until their date; expired and unused ones are reported' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand audit" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand test" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "plan" -d 'Plan the deny-to-allow migration, read-only: what each org\'s allow list would be'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "apply" -d 'Apply a plan file (or plan and apply now), in batches, audited, resumable'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "rollback" -d 'Restore the settings a plan changed, for orgs still as the plan left them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l org -d 'Only these organizations (id, unique id prefix or name; repeatable)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l out -d 'Write the plan file here (JSON Lines, hashed) for `backfill apply FILE`; `-` writes it to standard output' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l include-unrestricted -d 'Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l detailed-exitcode -d 'Exit 0 when there is nothing to do, 2 when changes are pending, 1 on error'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l force -d 'Replace the --out file even if it holds a plan that has been applied (the file that rolls that migration back)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l org -d 'Only these organizations (id, unique id prefix or name; repeatable)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l batch-size -d 'Orgs per transaction' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l out -d 'Without FILE: where to keep the plan made now, the file `backfill rollback` needs [default: ./orgpolicy-backfill-<UTC time>.jsonl]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l include-unrestricted -d 'Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l accept-changes -d 'Also apply orgs whose effective access the migration would change'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l dry-run -d 'Check the plan against the database and say what would be written; write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l org -d 'Only these organizations of the plan (id, unique id prefix or name; repeatable)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l batch-size -d 'Orgs per transaction' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l dry-run -d 'Say what would be restored; write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Plan the deny-to-allow migration, read-only: what each org\'s allow list would be'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a plan file (or plan and apply now), in batches, audited, resumable'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Restore the settings a plan changed, for orgs still as the plan left them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand backfill; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "plan" -d 'Plan one operation over the orgs a selector picks, read-only: each org\'s settings before and after, and what its effective access gains and loses'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "apply" -d 'Apply a plan file in batches, audited, resumable (a backfill plan too)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "rollback" -d 'Restore the settings a plan changed, for orgs still as the plan left them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and not __fish_seen_subcommand_from plan apply rollback help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l deny-model -d 'Add the model to model deny lists' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l allow-model -d 'Take the model off model deny lists' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l remove-provider -d 'Take the provider out of the allow lists that hold it' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l add-provider -d 'Add the provider to allow lists (an org without one already allows it)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l with -d 'With --add-provider: only to allow lists that hold this provider' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l where -d 'A condition on the org: FIELD OP VALUE, with fields plan, name, created (a date) and operators =, !=, ~ (contains, any case), <, <=, >, >= (repeatable)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l has-provider -d 'Orgs whose provider allow list holds this provider (repeatable)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l has-model -d 'Orgs whose model deny list holds this model (repeatable)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l mode -d 'Orgs in this mode under the rules in force' -r -f -a "allow\t''
legacy\t''
unrestricted\t''
invalid\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l orgs -d 'Only the orgs of this file: one id, unique id prefix or name per line (`#` comments)' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l out -d 'Write the plan file here (JSON Lines, hashed) for `change apply FILE`' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l allow-unknown -d 'Name a model or provider the latest catalog does not know (a typo is refused otherwise)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l force -d 'Replace the --out file even if it holds a plan that has been applied (the file that rolls that change back)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l batch-size -d 'Orgs per transaction' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l accept-changes -d 'A backfill plan: also apply orgs whose effective access the migration would change'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l dry-run -d 'Check the plan against the database and say what would be written; write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l org -d 'Only these organizations of the plan (id, unique id prefix or name; repeatable)' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l batch-size -d 'Orgs per transaction' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l dry-run -d 'Say what would be restored; write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Plan one operation over the orgs a selector picks, read-only: each org\'s settings before and after, and what its effective access gains and loses'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a plan file in batches, audited, resumable (a backfill plan too)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Restore the settings a plan changed, for orgs still as the plan left them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -f -a "identity" -d 'Print the identity a request is cached under, and its Redis key (no Redis needed)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -f -a "get" -d 'Show the action cached for an identity'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -f -a "set" -d 'Cache an action for an identity, as the gateway\'s rules engine does (no expiry; asks first, --yes to skip)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -f -a "clear" -d 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -f -a "list" -d 'List cached actions (walks the keyspace with SCAN, never KEYS)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and not __fish_seen_subcommand_from identity get set clear list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l user -d 'The user id (a missing or `anon:…` user is identified by fingerprint)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l ip -d 'Client IP address, for the fingerprint' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l ja4 -d 'JA4 TLS fingerprint, for the fingerprint' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l ua -d 'User-Agent header, for the fingerprint' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from identity" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what would change and write nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l all -d 'Every identity under the key prefix'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l dry-run -d 'Show what would be removed and remove nothing'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l action -d 'Only identities with this action' -r -f -a "none\t''
log\t''
rate-limit\t''
block\t''
quarantine-1\t''
quarantine-2\t''
quarantine-3\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from help" -f -a "identity" -d 'Print the identity a request is cached under, and its Redis key (no Redis needed)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show the action cached for an identity'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from help" -f -a "set" -d 'Cache an action for an identity, as the gateway\'s rules engine does (no expiry; asks first, --yes to skip)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cached actions (walks the keyspace with SCAN, never KEYS)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand abuse; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l org -d 'Only this organization (id, unique id prefix or name) [default: every organization]' -r -f
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l since -d 'Rows at or after this time: RFC 3339 (`2026-12-01T09:00:00Z`) or a date (`2026-12-01`, midnight UTC)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l until -d 'Rows before this time (same forms as --since)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l by -d 'Rows by this actor: their id, email or name, ignoring case (`--actor` is the global flag naming who signs writes, often set for CI through ORGPOLICY_ACTOR)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l action -d 'Rows of this action (repeatable), e.g. `organization.settings.change`' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l limit -d 'How many rows at most, newest first' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l all -d 'Every matching row (streamed)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand log" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand demo" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand profiles" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l database-url -d 'Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l format -d 'Output format: tables for people, one JSON document for machines' -r -f -a "table\t''
json\t''
junit\t'JUnit XML (`audit` and `test` only)'
sarif\t'SARIF 2.1.0 (`audit` and `test` only)'
github\t'GitHub Actions annotations and job summary (`audit` and `test` only)'
csv\t'Comma-separated values, a header line first (`access` and `diff --all` only)'
markdown\t'A Markdown document for a change review or a pull-request comment (`access` and `diff --all` only)'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l color -d 'When to colour output (NO_COLOR in the environment means never)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l redis-url -d 'The gateway\'s Redis, where abuse actions are cached: redis://HOST:PORT[/DB]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l key-prefix -d 'Prefix of the abuse-action keys in Redis' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l actor -d 'Who makes changes, recorded on audit rows [default: the OS user]' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l actor-email -d 'The actor\'s email on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l actor-id -d 'The actor\'s user id on audit rows (gateway: NULL when not given)' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l schema -d 'Which schema the database has: orgpolicy\'s own, or the gateway\'s production one (auto: detected from the database\'s catalog, never by trying writes)' -r -f -a "auto\t''
own\t''
gateway\t''"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l rules -d 'The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to replay an older era on any database) [default: current]; `diff` also compares two, A..B' -r -f -a "marker\t'provider_policy_mode "allow" marks an enforced allow list; else deny lists apply'
allow-list\t'any provider_allow_list is enforced; deny lists and the marker are not read'
current\t'exemptions, snapshot membership, model_deny_list, provider_allow_list as routes'"
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l gateway-facts -d 'The gateway\'s constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel ids) as a TOML file of data/gateway-facts.toml\'s shape, for a gateway that shipped something newer than this build knows [default: the facts built in]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l profile -d 'A named connection from the config file: its database, schema, rules, actor and facts apply where the command line gives none' -r
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l config -d 'The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml, else ~/.config/orgpolicy/config.toml]' -r -F
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -s q -l quiet -d 'Print only data: no notes or hints on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -l no-headers -d 'Tables without their header line (for scripts that cut columns)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -s v -l verbose -d 'Print more about what is being done (database, catalog snapshot) on stderr'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required to write when not on a terminal)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand completions" -s V -l version -d 'Print version'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "db" -d 'Create the schema and see which migrations are applied'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "catalog" -d 'Import, list, show and compare catalog snapshots'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "orgs" -d 'List organizations with their policy mode'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "providers" -d 'List providers with their state for one organization'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "models" -d 'List models with their per-provider state for one organization'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "members" -d 'List an organization\'s members with their groups and what the gateway grants them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "groups" -d 'Set or remove the gateway\'s group policies: which models each group\'s members may use'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "check" -d 'Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "diff" -d 'Show what a catalog change, a proposed settings document or the migration does to an organization\'s effective access'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "access" -d 'Who can use a provider or a model today, over every organization (and with --members every member), and through which rule or grant'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "audit" -d 'Check every organization for policy problems, read-only (exit 1 on findings)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "test" -d 'Run policy test cases from a TOML or JSON file (exit 1 on any failure)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "backfill" -d 'Migrate legacy deny lists to provider allow lists: plan, apply, roll back'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "change" -d 'Change many organizations at once: plan an operation over the orgs a selector picks, apply the plan, roll it back'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "abuse" -d 'Inspect and change the abuse actions the gateway caches in Redis'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "log" -d 'Show an organization\'s audit log, newest first'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "demo" -d 'Create ./orgpolicy-demo.db with a sample catalog and organizations to explore'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "profiles" -d 'The named connections of the config file (URLs redacted)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "completions" -d 'Print shell completions'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and not __fish_seen_subcommand_from db catalog orgs providers models members groups check diff access audit test backfill change abuse log demo profiles completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending migrations (creates a missing SQLite file)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'List migrations, applied and pending'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "import" -d 'Validate a catalog file and store it as the latest snapshot (nothing when it is identical to the latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "list" -d 'List snapshots, oldest first'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "show" -d 'Show the providers of a snapshot (default: the latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "export" -d 'Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "diff" -d 'Providers and models added and removed between two snapshots (default: previous → latest)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "list" -d 'Every organization with its plan, mode and list sizes (streams; any size)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "list" -d 'Every live provider with its state for the organization, and a summary'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "allow" -d 'Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from providers" -f -a "deny" -d 'Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "list" -d 'Models with their state through each provider for the organization'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "deny" -d 'Deny models from every provider (model_deny_list), or from one with --provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from models" -f -a "allow" -d 'Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from members" -f -a "list" -d 'An organization\'s members with their groups and the grant each gets (baseline, selected, none) under the gateway\'s group policies'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'The organization\'s groups: members, policy, and the default policy and revision'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "show" -d 'One group: its policy as stored and as the gateway reads it, and what each member gets'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "policy" -d 'Set or remove one group\'s model_access policy (what its members may use)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "default-policy" -d 'Set or remove the organization\'s default model_access policy (members in no group)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from backfill" -f -a "plan" -d 'Plan the deny-to-allow migration, read-only: what each org\'s allow list would be'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from backfill" -f -a "apply" -d 'Apply a plan file (or plan and apply now), in batches, audited, resumable'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from backfill" -f -a "rollback" -d 'Restore the settings a plan changed, for orgs still as the plan left them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "plan" -d 'Plan one operation over the orgs a selector picks, read-only: each org\'s settings before and after, and what its effective access gains and loses'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "apply" -d 'Apply a plan file in batches, audited, resumable (a backfill plan too)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "rollback" -d 'Restore the settings a plan changed, for orgs still as the plan left them'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from abuse" -f -a "identity" -d 'Print the identity a request is cached under, and its Redis key (no Redis needed)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from abuse" -f -a "get" -d 'Show the action cached for an identity'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from abuse" -f -a "set" -d 'Cache an action for an identity, as the gateway\'s rules engine does (no expiry; asks first, --yes to skip)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from abuse" -f -a "clear" -d 'Remove the action cached for an identity, or for every identity with --all (asks first, --yes to skip)'
complete -c orgpolicy -n "__fish_orgpolicy_using_subcommand help; and __fish_seen_subcommand_from abuse" -f -a "list" -d 'List cached actions (walks the keyspace with SCAN, never KEYS)'
