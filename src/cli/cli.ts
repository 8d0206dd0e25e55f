/**
 * The command-line tool: `npx ogp-widgets validate FILE` and `npx ogp-widgets convert FILE`.
 *
 * Pure logic: the caller (bin/ogp-widgets.mjs) gives it the arguments and the means to read files
 * and print, so this file needs no Node types and is bundled by esbuild into dist/cli.js.
 */
import {planToCsv, readCsvPlan} from '../data/csv.js';
import type {Problem, ValidationResult} from '../data/types.js';
import {isError, validatePlan} from '../data/validate.js';

export interface CliIo {
  /** The text of a file (`-` is standard input); rejects with a readable error. */
  readFile(path: string): Promise<string>;
  /** The body and content type at an http(s) URL; rejects with a readable error. */
  fetchText(url: string): Promise<{text: string; contentType: string}>;
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
}

export const USAGE = `Usage: ogp-widgets <command> FILE [--format json|csv]

Commands:
  validate FILE   Check an action plan (JSON, or a CSV spreadsheet). Prints each problem with
                  where it is (a path for JSON, row and column for CSV). Exit code 0 when there
                  are no problems or only warnings, 1 when there are errors.
  convert FILE    A CSV spreadsheet to the JSON plan (printed), or a JSON plan to CSV.
                  Problems go to standard error; exit code 1 when there are errors.

Errors: something was left out or could not be read. Warnings (marked "warning:"): nothing was
left out, but the data disagrees with itself (a status that differs from the latest progress
report) or a late report gives no challenge.

FILE is a path, - for standard input, or an http(s) URL (e.g. a spreadsheet published as CSV).
Without --format, files ending in .csv (and text/csv responses) are CSV, others JSON when they
start with { and CSV otherwise.

Exit codes: 0 no errors (warnings are printed), 1 errors in the data, 2 wrong usage or a file
that cannot be read.
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
