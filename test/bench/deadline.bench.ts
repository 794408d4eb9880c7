// 1,000,000 deadline computations mixing every rule: GDPR months, CCPA business days with California
// holidays, PIPL working days with China's calendar, and breach clocks, over two years of dates.
import { breachDeadlines, REQUEST_TYPES, requestDeadlines, type DeadlineLaw } from '../../shared/deadlines/deadline-rules';
import { elapsedMs, report } from './bench-support';

const COMPUTATIONS = 1_000_000;
const LAWS: DeadlineLaw[] = ['gdpr', 'ccpa', 'pipl'];
const START = Date.parse('2025-01-01T00:00:00Z');

function run(count: number): number {
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const law = LAWS[i % 3]!;
    const at = new Date(START + ((i * 7_919_000) % (730 * 86_400_000)));
    const types = REQUEST_TYPES[law];
    const deadlines = i % 5 === 0 ? breachDeadlines(law, at, { californiaResidents: i % 1000 }) : requestDeadlines(law, types[i % types.length]!, at);
    checksum += deadlines.length;
  }
  return checksum;
}

run(20_000); // warm-up
const start = process.hrtime.bigint();
const checksum = run(COMPUTATIONS);
const seconds = elapsedMs(start) / 1000;
if (checksum === 0) throw new Error('no deadlines computed');
report('deadline_compute_per_s', COMPUTATIONS / seconds, 'computations/s');
