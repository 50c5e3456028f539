/**
 * GitLab's reading of an `artifacts:reports:dotenv` file, as
 * Ci::ParseDotenvArtifactService#scan_line! does it: each line must match
 * `/^(.*?)=(.*)$/` (split at the first `=`), then key and value are `strip`ped; no quotes,
 * no escapes, no multi-line values.
 */
const RUBY_STRIP = /^[ \t\n\v\f\r\0]+|[ \t\n\v\f\r\0]+$/g;

export function parseLikeGitLab(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split(/(?<=\n)/)) {
    const match = /^(.*?)=(.*)$/m.exec(line);
    if (!match) throw new Error('GitLab would reject this dotenv file: a line is not KEY=value');
    variables[match[1]!.replace(RUBY_STRIP, '')] = match[2]!.replace(RUBY_STRIP, '');
  }
  return variables;
}
