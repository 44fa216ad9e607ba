import { OPTION_IDS } from '../core';

/** Help texts. Every command has examples; the README's "Command line" section follows these. */

export const DEFAULT_BASE_URL = 'http://127.0.0.1:4173/';

const INPUT = `  <input>   a share link (https://…/#s=…), its fragment alone (s=… or #s=…), a scenario file
            (the app's JSON export or a bare scenario document; a file holding a link works too),
            or - to read either from standard input`;

const MODIFIERS = `  --set path=value     change one value before evaluating; repeatable. path is dotted
                       (requirements.monthlyRequests, options.kubernetes.labourUsdPerMonth);
                       value is read as JSON when it parses (2000000, true, null, {"a":1}),
                       else as text. The whole scenario is then validated again.
  --volume <tokens>    tokens per month, e.g. 600M, 5B, 1.2T (K, M, B, T); keeps the tokens
                       per request and sets requests per month to volume ÷ tokens per request
  --currency <code>    show money in this currency (ISO code, e.g. EUR); needs --rate unless USD
  --rate <number>      units of that currency per 1 USD, e.g. 0.92
  --rate-date <date>   the day the rate was taken (YYYY-MM-DD), recorded with it; optional`;

const EXIT = `Exit codes: 0 done, 1 a check failed, 2 bad input (arguments, link, file or value).`;

export const MAIN_HELP = `ai-cost-planner: monthly cost, break-evens and a recommendation for running an LLM
workload, from a share link or a scenario file. Offline; the same core as the web app.

Usage: ai-cost-planner <command> [options]

Commands:
  evaluate <input>       the recommendation, every option's monthly cost, break-evens and
                         cheapest ranges (--format table|json|csv|md)
  link <input>           the share link that opens the scenario in the app
  diff <a> <b>           what differs between two scenarios, in inputs and in results
  check <input> --max-monthly <amount>
                         exit 1 with one line when the plan costs more than the limit (for CI)

Options:
  -h, --help             help for the command (ai-cost-planner <command> --help)
  -v, --version          the version

Examples:
  ai-cost-planner evaluate 'https://planner.example.org/#s=z1:…'
  ai-cost-planner evaluate scenario.json --format md > decision.md
  ai-cost-planner check scenario.json --max-monthly 40000

${EXIT}
`;

export const EVALUATE_HELP = `Usage: ai-cost-planner evaluate <input> [options]

Prints the recommendation (option, monthly cost, reasons, warnings, ruled-out options), every
option's monthly cost with setup cost, all-in cost per 1M tokens and capacity, the break-evens
and which option is cheapest over which volumes.

${INPUT}

Options:
  --format <format>    table (default): aligned text for a terminal
                       json: the evaluation as JSON (shape: evaluate.schema.json; money in USD)
                       csv: one row per option, units in the headers
                       md: a decision record in GitHub Markdown
  --base <url>         the app's address for the share link in the decision record
                       (default ${DEFAULT_BASE_URL}, the local preview server)
  --date <date>        the decision record's date (YYYY-MM-DD; default today)
${MODIFIERS}
  -h, --help           this help

Examples:
  ai-cost-planner evaluate 'https://planner.example.org/#s=z1:…'
  ai-cost-planner evaluate scenario.json --volume 5B --format json
  ai-cost-planner evaluate scenario.json --set options.kubernetes.labourUsdPerMonth=12000
  ai-cost-planner evaluate scenario.json --currency EUR --rate 0.92 --format csv > options.csv
  ai-cost-planner evaluate scenario.json --format md --base https://planner.example.org/ > decision.md
  pbpaste | ai-cost-planner evaluate -

${EXIT}
`;

export const LINK_HELP = `Usage: ai-cost-planner link <input> [options]

Prints the share link that opens the scenario in AI Cost Planner. A link read as input keeps its
view; a file opens on the results.

${INPUT}

Options:
  --base <url>         the app's address (default ${DEFAULT_BASE_URL}, the local preview
                       server: pass your deployment's address to share the link)
  --view <view>        results or wizard: the page the link opens on
${MODIFIERS}
  -h, --help           this help

Examples:
  ai-cost-planner link scenario.json --base https://planner.example.org/
  ai-cost-planner link scenario.json --volume 5B
  ai-cost-planner link 's=z1:…' --view wizard

${EXIT}
`;

export const DIFF_HELP = `Usage: ai-cost-planner diff <a> <b> [options]

What differs between two scenarios: inputs (dotted paths, old → new, with units) and results
(each option's monthly cost old → new with the difference, the recommendation old → new).
Unchanged values are left out. Money is in the scenarios' currency when both use the same one,
else in USD.

  <a>, <b>  each a share link, its fragment, a scenario file or - (standard input, once)

Options:
  --format <format>    table (default), json or md
  -h, --help           this help

Examples:
  ai-cost-planner diff before.json after.json
  ai-cost-planner diff main.json 'https://planner.example.org/#s=z1:…' --format md

${EXIT}
`;

export const CHECK_HELP = `Usage: ai-cost-planner check <input> --max-monthly <amount> [options]

Checks that the recommended option (or the one named with --option) costs at most the limit per
month. Prints one line; exits 0 when it fits and 1 when it does not (or nothing is eligible).

${INPUT}

Options:
  --max-monthly <amount>  the monthly limit, in the scenario's display currency (after --currency)
  --option <id>           check this option instead of the recommended one:
                          ${OPTION_IDS.join(', ')}
${MODIFIERS}
  -h, --help              this help

Examples:
  ai-cost-planner check scenario.json --max-monthly 40000
  ai-cost-planner check scenario.json --max-monthly 40000 --option kubernetes
  ai-cost-planner check scenario.json --max-monthly 40000 --volume 5B --set options.serverless_api.usdPerMTokOutput=12

${EXIT}
`;
