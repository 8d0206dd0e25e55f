/**
 * The command-line tool: `npx ogp-widgets validate FILE`, `npx ogp-widgets convert FILE` and
 * `npx ogp-widgets render ELEMENT --data FILE`.
 *
 * Pure logic: the caller (bin/ogp-widgets.mjs) gives it the arguments and the means to read files,
 * print and load the server renderer, so this file needs no Node types and is bundled by esbuild
 * into dist/cli.js with no runtime dependencies. `render` draws with dist/ssr.js (Lit and
 * @lit-labs/ssr, the package's dependencies), loaded only when it runs.
 */
import {planToCsv, readCsvPlan} from '../data/csv.js';
import type {ActionPlan, Problem, ValidationResult} from '../data/types.js';
import {isError, validatePlan} from '../data/validate.js';
import {normalizeLocale} from '../i18n/locale.js';
import {pickText} from '../i18n/text.js';
import type {renderWidget} from '../ssr/index.js';
import {ATTRIBUTE_NAME, RENDERER_ATTRIBUTES, escapeHtml} from '../ssr/markup.js';
import {VERSION} from '../version.js';

export interface CliIo {
  /** The text of a file (`-` is standard input); rejects with a readable error. */
  readFile(path: string): Promise<string>;
  /** The body and content type at an http(s) URL; rejects with a readable error. */
  fetchText(url: string): Promise<{text: string; contentType: string}>;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The server renderer, `ogp-widgets/ssr` (dist/ssr.js); rejects with a readable error. */
  loadRenderer(): Promise<{renderWidget: typeof renderWidget}>;
}

/** Where `render --page` loads the elements from by default: this version's CDN file. */
export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/ogp-widgets@${VERSION}/dist/ogp-widgets.js`;

export const USAGE = `Usage: ogp-widgets <command> FILE [--format json|csv]
       ogp-widgets render ELEMENT --data FILE [options]

Commands:
  validate FILE   Check an action plan (JSON, or a CSV spreadsheet). Prints each problem with
                  where it is (a path for JSON, row and column for CSV). Exit code 0 when there
                  are no problems or only warnings, 1 when there are errors.
  convert FILE    A CSV spreadsheet to the JSON plan (printed), or a JSON plan to CSV.
                  Problems go to standard error; exit code 1 when there are errors.
  render ELEMENT  The widget as HTML, drawn in full, readable before (and without) JavaScript:
                  the element with its declarative shadow root and the plan inline. The page's
                  script takes it over without drawing it again. Printed on standard output.
                  ELEMENT: card, grid, tracker, list, dashboard (or the tag, ogp-commitment-card).
    --data FILE            the plan (required)
    --format json|csv      how to read it (as for validate)
    --commitment ID        the card's commitment (required for a card); narrows a tracker
    --lang LANG            en (default) or zh-TW
    --today YYYY-MM-DD     fixes the day for good (overdue, "N months ago"); without it the
                           HTML is drawn for today and the browser moves on to its own today
    --theme light|dark     --heading-level 1-6
    --attr NAME[=VALUE]    any other attribute, e.g. --attr layout=rows --attr compact
    --page                 a whole HTML document (language, title, the script tag), ready to host
    --csp                  also print, on stderr, the Content-Security-Policy sources its styles need
    --script-url URL       the script --page loads (default: this version on jsDelivr,
                           ${DEFAULT_SCRIPT_URL})
                  Data problems are printed on standard error as validate prints them, and the
                  widget shows the valid parts. Exit code 0 when the HTML was written, 1 when
                  nothing could be rendered (a one-line reason on standard error).

Errors: something was left out or could not be read. Warnings (marked "warning:"): nothing was
left out, but the data disagrees with itself (a status that differs from the latest progress
report) or a late report gives no challenge.

FILE is a path, - for standard input, or an http(s) URL (e.g. a spreadsheet published as CSV).
Without --format, files ending in .csv (and text/csv responses) are CSV, others JSON when they
start with { and CSV otherwise.

Exit codes (validate, convert): 0 no errors (warnings are printed), 1 errors in the data, 2 wrong
usage or a file that cannot be read.
Layout of the spreadsheet: docs/spreadsheets.md; of the JSON: docs/data-format.md.
`;

type Format = 'json' | 'csv';

/** Where a problem is: `row 7, column status` for spreadsheets, the path for JSON. */
export function locationOf(problem: Problem): string {
  const place = [
    problem.row === undefined ? '' : `row ${problem.row}`,
    problem.column === undefined ? '' : `column ${problem.column}`,
  ].filter(Boolean);
  return place.length ? place.join(', ') : problem.path || '(document)';
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

interface Input {
  text: string;
  format: Format;
}

async function readInput(file: string, format: Format | undefined, io: CliIo): Promise<Input> {
  let text: string;
  let contentType = '';
  if (/^https?:\/\//i.test(file)) ({text, contentType} = await io.fetchText(file));
  else text = await io.readFile(file);
  const path = file.replace(/[?#].*$/, '');
  const detected: Format =
    format ??
    (/\.csv$/i.test(path) || /\btext\/csv\b/i.test(contentType)
      ? 'csv'
      : /\.json$/i.test(path) || /json/i.test(contentType) || /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''))
        ? 'json'
        : 'csv');
  return {text, format: detected};
}

function check({text, format}: Input): ValidationResult {
  if (format === 'csv') return readCsvPlan(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {plan: null, problems: [{path: '', code: 'type', severity: 'error', message: `not valid JSON: ${(error as Error).message}`}]};
  }
  return validatePlan(raw);
}

function summary(result: ValidationResult): string {
  const plan = result.plan;
  if (!plan) return 'no action plan found';
  const milestones = plan.commitments.reduce((sum, c) => sum + (c.milestones?.length ?? 0), 0);
  const updates = plan.commitments.reduce((sum, c) => sum + (Array.isArray(c.updates) ? c.updates.length : 0), 0);
  const counts = `${plural(plan.policyAreas.length, 'policy area')}, ${plural(plan.commitments.length, 'commitment')}, ${plural(milestones, 'milestone')}`;
  return updates ? `${counts}, ${plural(updates, 'progress report')}` : counts;
}

/** Runs the tool; resolves to the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'render') return render(args.slice(1), io);
  const positional: string[] = [];
  let format: Format | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help' || arg === 'help') {
      io.out(USAGE);
      return 0;
    }
    const value = arg === '--format' ? args[++i] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (value !== undefined || arg === '--format') {
      if (value !== 'json' && value !== 'csv') {
        io.err(`ogp-widgets: --format must be json or csv\n\n${USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.err(`ogp-widgets: unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else positional.push(arg);
  }
  const [command, file, ...rest] = positional;
  if ((command !== 'validate' && command !== 'convert') || file === undefined || rest.length) {
    io.err(`${command && command !== 'validate' && command !== 'convert' ? `ogp-widgets: unknown command ${command}\n\n` : ''}${USAGE}`);
    return 2;
  }

  let input: Input;
  try {
    input = await readInput(file, format, io);
  } catch (error) {
    io.err(`ogp-widgets: cannot read ${file}: ${(error as Error)?.message ?? error}\n`);
    return 2;
  }
  const result = check(input);
  // Errors as they always were; warnings marked, since they left nothing out.
  const lines = result.problems.map(
    (problem) => `${file}: ${locationOf(problem)}: ${isError(problem) ? '' : 'warning: '}${problem.message}\n`,
  );
  const count = result.problems.filter(isError).length;
  const warnings = result.problems.length - count;
  const warned = warnings ? `, ${plural(warnings, 'warning')}` : '';

  if (command === 'validate') {
    for (const line of lines) io.out(line);
    io.out(
      !count
        ? `${file}: no problems${warned} (${summary(result)})\n`
        : result.plan
          ? `${file}: ${plural(count, 'problem')}${warned}; widgets show the valid parts (${summary(result)})\n`
          : `${file}: ${plural(count, 'problem')}${warned}; ${summary(result)}\n`,
    );
    return count ? 1 : 0;
  }

  for (const line of lines) io.err(line);
  if (count) io.err(`${file}: ${plural(count, 'problem')}${warned}; ${result.plan ? 'the output holds the valid parts' : 'nothing to convert'}\n`);
  else if (warnings) io.err(`${file}: no problems${warned}\n`);
  if (result.plan) io.out(input.format === 'csv' ? `${JSON.stringify(result.plan, null, 2)}\n` : planToCsv(result.plan));
  return count ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// render

/** Element names on the command line: the short ones, the tags without `ogp-`, and the tags. */
const ELEMENT_NAMES: Record<string, string> = {
  card: 'ogp-commitment-card',
  grid: 'ogp-policy-area-grid',
  tracker: 'ogp-progress-tracker',
  list: 'ogp-commitment-list',
  dashboard: 'ogp-action-plan',
};
for (const tag of Object.values(ELEMENT_NAMES)) {
  ELEMENT_NAMES[tag] = tag;
  ELEMENT_NAMES[tag.slice('ogp-'.length)] = tag;
}

/** Options that take a value, and the attribute each one writes. */
const VALUE_OPTIONS: Record<string, string | null> = {
  '--data': null,
  '--format': null,
  '--script-url': null,
  '--attr': null,
  '--commitment': 'commitment',
  '--lang': 'lang',
  '--today': 'today',
  '--theme': 'theme',
  '--heading-level': 'heading-level',
};
/** Attributes the renderer writes itself, or that would not survive (the plan is written inline). */
const NOT_GIVEN = new Set([...RENDERER_ATTRIBUTES, 'src', 'format']);

/** A reason `render` cannot go on: printed as one line, exit code 1. */
class RenderError extends Error {}

interface RenderOptions {
  tag: string;
  data: string;
  format?: Format;
  page: boolean;
  /** Print the Content-Security-Policy sources the HTML's styles need (on stderr). */
  csp: boolean;
  scriptUrl: string;
  attributes: Record<string, string | true>;
}

function renderOptions(args: string[]): RenderOptions {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const attributes: Record<string, string | true> = {};
  let page = false;
  let csp = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--page') {
      page = true;
      continue;
    }
    if (arg === '--csp') {
      csp = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!(name in VALUE_OPTIONS)) throw new RenderError(`unknown option ${name} (see ogp-widgets --help)`);
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined || (equals < 0 && value.startsWith('--'))) throw new RenderError(`${name} needs a value`);
    if (name === '--attr') {
      const [attribute, ...rest] = value.split('=');
      if (!ATTRIBUTE_NAME.test(attribute)) throw new RenderError(`--attr ${value}: "${attribute}" is not an attribute name`);
      if (NOT_GIVEN.has(attribute)) throw new RenderError(`--attr ${attribute}: the renderer writes this attribute itself`);
      attributes[attribute] = rest.length ? rest.join('=') : true;
    } else {
      values[name] = value;
      const attribute = VALUE_OPTIONS[name];
      if (attribute) attributes[attribute] = value;
    }
  }
  const [element, ...extra] = positional;
  if (element === undefined) throw new RenderError('render needs an element: card, grid, tracker, list or dashboard');
  const tag = ELEMENT_NAMES[element];
  if (!tag) throw new RenderError(`unknown element "${element}" (card, grid, tracker, list or dashboard)`);
  if (extra.length) throw new RenderError(`one element at a time ("${extra[0]}" is extra)`);
  if (values['--data'] === undefined) throw new RenderError('render needs --data FILE (a path, - or an https address)');
  const format = values['--format'];
  if (format !== undefined && format !== 'json' && format !== 'csv') throw new RenderError('--format must be json or csv');
  const lang = values['--lang'];
  if (lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) throw new RenderError(`--lang ${lang}: not a language tag such as en or zh-TW`);
  const today = values['--today'];
  if (today !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))))
    throw new RenderError(`--today ${today}: not a date as YYYY-MM-DD`);
  const theme = values['--theme'];
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') throw new RenderError('--theme must be light or dark');
  const level = values['--heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level)) throw new RenderError('--heading-level must be 1 to 6');
  const scriptUrl = values['--script-url'] ?? DEFAULT_SCRIPT_URL;
  if (values['--script-url'] !== undefined && !page) throw new RenderError('--script-url goes with --page');
  return {tag, data: values['--data'], format, page, csp, scriptUrl, attributes};
}

/** The plan to render: what renderWidget is given (a sheet's plan as JSON), and the validated plan. */
async function renderInput(options: RenderOptions, io: CliIo): Promise<{given: unknown; result: ValidationResult}> {
  let input: Input;
  try {
    input = await readInput(options.data, options.format, io);
  } catch (error) {
    throw new RenderError(`cannot read ${options.data}: ${(error as Error)?.message ?? error}`);
  }
  if (input.format === 'csv') {
    const result = readCsvPlan(input.text);
    return {given: result.plan, result};
  }
  let given: unknown;
  try {
    given = JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RenderError(`${options.data}: not valid JSON: ${(error as Error).message}`);
  }
  return {given, result: validatePlan(given)};
}

/** A whole page around the widget: the plan's title, the language, the script that hydrates it. */
function pageAround(html: string, plan: ActionPlan, options: RenderOptions): string {
  const lang = String(options.attributes.lang ?? 'en');
  const title = pickText(plan.title, normalizeLocale(lang)).value || 'Open government action plan';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>
</head>
<body>
<main>
${html}
</main>
</body>
</html>
`;
}

async function render(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    const options = renderOptions(args);
    const {given, result} = await renderInput(options, io);
    for (const problem of result.problems) {
      io.err(`${options.data}: ${locationOf(problem)}: ${isError(problem) ? '' : 'warning: '}${problem.message}\n`);
    }
    const plan = result.plan;
    if (!plan) throw new RenderError(`${options.data}: no action plan found, nothing to render`);
    const commitment = options.attributes.commitment;
    const ids = plan.commitments.map((c) => c.id);
    const list = ids.length ? ` (ids: ${ids.join(', ')})` : '';
    if (options.tag === 'ogp-commitment-card' && commitment === undefined)
      throw new RenderError(`a card needs --commitment ID${list}`);
    if (typeof commitment === 'string' && !ids.includes(commitment))
      throw new RenderError(`${options.data} has no commitment "${commitment}"${list}`);
    let renderer: {renderWidget: typeof renderWidget};
    try {
      renderer = await io.loadRenderer();
    } catch (error) {
      throw new RenderError(`cannot load the renderer: ${(error as Error)?.message ?? error}`);
    }
    const {html, styleHashes, styleAttributeHashes} = await renderer.renderWidget(options.tag as Parameters<typeof renderWidget>[0], {
      plan: given,
      attributes: options.attributes,
    });
    io.out(options.page ? pageAround(html, plan, options) : `${html}\n`);
    if (options.csp) {
      // For a page whose policy limits styles (docs/security.md): the HTML goes to stdout, this to stderr.
      io.err(`style-src-elem ${styleHashes.join(' ')}\n`);
      if (styleAttributeHashes.length) io.err(`style-src-attr 'unsafe-hashes' ${styleAttributeHashes.join(' ')}\n`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof RenderError ? error.message : `render failed: ${(error as Error)?.message ?? error}`;
    io.err(`ogp-widgets: ${message}\n`);
    return 1;
  }
}
