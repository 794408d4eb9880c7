// `custos controls <path> --framework iso27001|soc2 [--format table|csv]`: every control of a
// framework with its applicability, implementation status and evidence count, titles in the CLI's
// language. CSV follows RFC 4180 (CRLF, quoted where needed) for spreadsheets and scripts.
import { Option, type Command } from 'commander';
import type { ControlRow, Framework } from '../../../shared/contract';
import { getControl } from '../../../shared/frameworks';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import type { Output } from '../output';

const FRAMEWORK_CHOICES = ['iso27001', 'soc2'] as const;
const FORMAT_CHOICES = ['table', 'csv'] as const;

interface ControlsOptions extends UnlockOptions {
  framework: Framework;
  format: (typeof FORMAT_CHOICES)[number];
}

export function registerControls(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const command = program
    .command('controls')
    .description(t('commands.controls'))
    .argument('<path>', t('arguments.path'))
    .addOption(new Option('--framework <framework>', t('options.framework')).choices(FRAMEWORK_CHOICES).makeOptionMandatory())
    .addOption(new Option('--format <format>', t('options.listFormat')).choices(FORMAT_CHOICES).default('table'));
  addUnlockOptions(command, context).action(async (path: string, options: ControlsOptions) => {
    await openWorkspace(context, path, options);
    const rows = await call(context.backend(), 'controls.list', { framework: options.framework });
    const table = toCells(output, rows);
    if (options.format === 'csv') printCsv(output, table);
    else printTable(output, table, rows);
  });
}

function toCells(output: Output, rows: readonly ControlRow[]): string[][] {
  const { t } = output;
  const header = [t('controlList.header.id'), t('controlList.header.title'), t('controlList.header.applicable'), t('controlList.header.status'), t('controlList.header.evidence')];
  const body = rows.map((row) => [
    row.controlId,
    getControl(row.framework, row.controlId)?.title[output.language] ?? '',
    t(row.applicable ? 'controlList.yes' : 'controlList.no'),
    t(`controlList.status.${row.status}`),
    String(row.evidence.count),
  ]);
  return [header, ...body];
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function printCsv(output: Output, table: readonly string[][]): void {
  // output.line ends each record with LF; the CR before it makes the CRLF that RFC 4180 asks for.
  for (const row of table) output.line(`${row.map(csvField).join(',')}\r`);
}

/** Columns a character takes in a terminal: CJK and full-width forms take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (/\p{M}/u.test(char)) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? `${fill}${text}` : `${text}${fill}`;
}

function printTable(output: Output, table: readonly string[][], rows: readonly ControlRow[]): void {
  const columns = table[0]!.length;
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...table.map((row) => displayWidth(row[column] ?? ''))));
  const last = columns - 1;
  const render = (row: readonly string[]) => row.map((cell, column) => pad(cell, widths[column]!, column === last)).join('  ').trimEnd();
  output.line(render(table[0]!));
  output.line(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of table.slice(1)) output.line(render(row));
  output.line();
  output.line(
    output.t('controlList.summary', {
      total: rows.length,
      applicable: rows.filter((row) => row.applicable).length,
      implemented: rows.filter((row) => row.applicable && row.status === 'implemented').length,
      withEvidence: rows.filter((row) => row.evidence.count > 0).length,
    }),
  );
}
