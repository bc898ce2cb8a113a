/** One thing wrong with a framework, located by a path such as `questions[3].informs.archetype`. */
export interface FrameworkProblem {
  path: string;
  message: string;
}

/** Formats a schema issue path (keys and indices) the way problems are shown: `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(framework)' : out;
}
