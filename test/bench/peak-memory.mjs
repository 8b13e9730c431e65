// Preloaded into a measured Node process (node --import): at exit, writes the process's own
// peak resident set size in KiB (getrusage, RUSAGE_SELF) to $OFFLINE_IM_BENCH_PEAK_FILE.
// Its own children (the simulator) are not counted.
import {writeFileSync} from 'node:fs';

const file = process.env.OFFLINE_IM_BENCH_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
