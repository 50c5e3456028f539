// Preloaded into every node candidate (`--require`): at exit it writes its own CPU time,
// to the microsecond, and peak RSS, in GNU time's `%U %S %M` format.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, `${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6} ${usage.maxRSS}\n`);
});
