/**
 * Runs a script in a fresh Node with record-loads.mjs preloaded, for the start-up tests:
 * what the run printed, and what it loaded.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE_BINARY, REPO_ROOT, spawnCollect } from '../helpers/run-action.js';

const RECORD_LOADS = join(REPO_ROOT, '__tests__', 'startup', 'record-loads.mjs');

export interface RecordedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Node's built-in modules the run loaded. */
  builtins: string[];
  /** CommonJS files the run loaded. */
  commonJs: string[];
  /** ES module files the run loaded (a bundle and the chunks it imported), relative to the repository, sorted. */
  esModules: string[];
  /**
   * The repository's files the run loaded, ES modules and CommonJS alike (the action's
   * bundle is an ES module, the bin's a CommonJS file with CommonJS chunks), relative, sorted.
   */
  files: string[];
}

/** `node --import record-loads.mjs ...args` with exactly `env`; a run that wrote no record has loaded nothing worth listing. */
export async function runRecordingLoads(args: string[], env: Record<string, string>): Promise<RecordedRun> {
  const work = mkdtempSync(join(tmpdir(), 'oauth-loads-'));
  try {
    const loadsFile = join(work, 'loads.json');
    const run = await spawnCollect(NODE_BINARY, ['--import', pathToFileURL(RECORD_LOADS).href, ...args], { ...env, LOADS_FILE: loadsFile }, 30_000);
    const loads = existsSync(loadsFile)
      ? (JSON.parse(readFileSync(loadsFile, 'utf8')) as { builtins: string[]; commonJs: string[]; esModules: string[] })
      : { builtins: [], commonJs: [], esModules: [] };
    const esModules = loads.esModules.map((url) => relative(REPO_ROOT, fileURLToPath(url))).sort();
    const files = [...new Set([...esModules, ...loads.commonJs.map((file) => relative(REPO_ROOT, file))])].sort();
    return { ...run, builtins: loads.builtins, commonJs: loads.commonJs, esModules, files };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
