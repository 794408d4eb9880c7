// Building the large demo workspace (`custos demo --scale large`: 10,000 processing activities, 5,000
// people, 100,000 training completions, 2,000 incidents, 1,000 evidence files of 1 GB in all and
// 1,000,000 audit events), and its size on disk. Built once and cached (demo-large-workspace.ts):
// a cached run reports the figures of the run that built it.
import { largeDemoWorkspace } from './demo-large-workspace';
import { report } from './bench-support';

const workspace = await largeDemoWorkspace();
report('demo_large_s', workspace.buildSeconds, 's');
report('demo_large_workspace_mb', workspace.bytes / 1024 ** 2, 'MB');
process.stdout.write(`  # ${workspace.auditEvents.toLocaleString('en')} audit events, chain verified; ${workspace.cached ? 'cached from an earlier run' : 'built in this run'} (${workspace.path})\n`);
