/**
 * What a GitHub runner (or a terminal) reading a process's output must not find: a
 * workflow command the process did not mean to print (`::name props::` at a line start,
 * `##[name]` anywhere in a line), or an escape sequence or control character.
 */
import { expect } from '@jest/globals';

/** The workflow commands the action prints, never with properties. */
const OUR_COMMANDS = /^::(add-mask|debug|error|warning)::/;
/** Control characters but line breaks: ESC starts ANSI/OSC sequences, C1 controls are their 8-bit forms. */
const CONTROL = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/**
 * Fails, naming the line, when `text` holds a line the runner would read as a command
 * other than ours, `##[` anywhere, or a control character. `::add-mask::` lines are
 * left out: they hold a secret verbatim, by design.
 */
export function expectInert(where: string, text: string): void {
  const lines = text.split(/\r?\n/).filter((line) => !line.startsWith('::add-mask::'));
  const forged = lines.find((line) => (line.trimStart().startsWith('::') && !OUR_COMMANDS.test(line)) || line.includes('##[') || CONTROL.test(line));
  expect({ where, forged }).toEqual({ where, forged: undefined });
}
