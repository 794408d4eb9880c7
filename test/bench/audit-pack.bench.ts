// An ISO 27001 audit pack of the large demo workspace (demo-large-workspace.ts: 10,000 processing
// activities, 5,000 people, 100,000 training completions, 2,000 incidents, 1 GB of evidence in 1,000
// files, 1,000,000 audit events) written by the command line, `custos pack`, in a child process:
// its wall time (unlocking included) and its peak resident memory, read from the child's own
// process.resourceUsage() as it exits. Then `custos pack verify` of the result, beside `sha256sum`
// of the same files extracted to disk. CUSTOS_BENCH_PROFILE=1 writes a CPU profile of the pack.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yauzl from 'yauzl';
import { LARGE_PASSPHRASE, largeDemoWorkspace } from './demo-large-workspace';
import { elapsedMs, now, report, ROOT, scratchDirectory } from './bench-support';

const CLI = join(ROOT, 'bin', 'custos.mjs');
const scratch = scratchDirectory('audit-pack');
const profile = process.env.CUSTOS_BENCH_PROFILE === '1';

const workspace = await largeDemoWorkspace();
process.stdout.write(
  `# large demo workspace: ${(workspace.bytes / 1024 ** 2).toFixed(0)} MB, ${workspace.auditEvents.toLocaleString('en')} audit events, ` +
    `${workspace.cached ? 'cached' : `built in ${workspace.buildSeconds.toFixed(0)} s`}\n`,
);

/** Runs the CLI in a child that records its peak resident set size (KiB on Linux) when it exits. */
function runCli(args: string[], extraNodeArgs: string[] = []): { status: number | null; stdout: string; stderr: string; ms: number; peakRssMb: number } {
  const rssFile = join(scratch, `rss-${Date.now()}.txt`);
  const wrapper = join(scratch, 'measured-cli.mjs');
  writeFileSync(
    wrapper,
    [
      "import { writeFileSync } from 'node:fs';",
      `process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
      `await import(${JSON.stringify(pathToFileURL(CLI).href)});`,
    ].join('\n'),
  );
  const env: Record<string, string | undefined> = { ...process.env, CUSTOS_PASSPHRASE: LARGE_PASSPHRASE, CUSTOS_CONFIG_DIR: join(scratch, 'config'), LANG: 'en_US.UTF-8' };
  const start = now();
  const result = spawnSync(process.execPath, [...extraNodeArgs, wrapper, ...args], { cwd: scratch, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = elapsedMs(start);
  const rssKib = Number(readFileSync(rssFile, 'utf8'));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms, peakRssMb: rssKib / 1024 };
}

const pack = join(scratch, 'iso27001-pack.zip');
const profileDir = join(scratch, 'profile');
const packed = runCli(['pack', workspace.path, '--framework', 'iso27001', '--locale', 'en', '--out', pack], profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []);
if (packed.status !== 0) throw new Error(`custos pack failed (${packed.status}):\n${packed.stderr}${packed.stdout}`);
const packBytes = statSync(pack).size;
report('pack_large_s', packed.ms / 1000, 's', { kind: 'max', limit: 60 });
report('pack_large_peak_rss_mb', packed.peakRssMb, 'MB', { kind: 'max', limit: 800 });
process.stdout.write(`  # ${packed.stdout.trim().split('\n')[0]} (ZIP ${(packBytes / 1024 ** 2).toFixed(0)} MB)\n`);
if (profile) process.stdout.write(`  # CPU profile in ${profileDir}\n`);

// Extract every file, to hash the same bytes with sha256sum.
const extracted = join(scratch, 'extracted');
const files: string[] = [];
await new Promise<void>((resolve, reject) => {
  yauzl.open(pack, { lazyEntries: true }, (error, zip) => {
    if (error || !zip) return reject(error ?? new Error('no zip'));
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (streamError, stream) => {
        if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
        const target = join(extracted, entry.fileName);
        mkdirSync(dirname(target), { recursive: true });
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          writeFileSync(target, Buffer.concat(chunks));
          files.push(target);
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
});
const contentBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const contentMb = contentBytes / 1024 ** 2;

const verified = runCli(['pack', 'verify', pack]);
if (verified.status !== 0) throw new Error(`custos pack verify failed (${verified.status}):\n${verified.stderr}${verified.stdout}`);
report('pack_verify_mb_per_s', contentMb / (verified.ms / 1000), 'MB/s');

// As an auditor would run it over the unzipped folder (too many files for one command line).
const start = now();
const summed = spawnSync('sh', ['-c', 'find . -type f -print0 | xargs -0 sha256sum > /dev/null'], { cwd: extracted, encoding: 'utf8' });
const sumMs = elapsedMs(start);
if (summed.status !== 0) throw new Error(`sha256sum failed (${summed.status}): ${summed.error?.message ?? summed.stderr}`);
report('sha256sum_mb_per_s', contentMb / (sumMs / 1000), 'MB/s');
process.stdout.write(`  # ${files.length} files, ${contentMb.toFixed(0)} MB; verify took ${(verified.ms / 1000).toFixed(1)} s (process start and ZIP reading included), sha256sum ${(sumMs / 1000).toFixed(1)} s\n`);
