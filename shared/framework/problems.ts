/**
 * Problems found in a framework or a workshop file. Each has a path (`questions[3].informs.archetype`),
 * a code the message catalog words for a facilitator, and the technical detail in the schema's own
 * words, which the screens fold away.
 */
export type ProblemCode =
  | 'required'
  | 'wrongType'
  | 'empty'
  | 'tooLong'
  | 'tooFew'
  | 'tooMany'
  | 'outOfRange'
  | 'notAllowed'
  | 'duplicate'
  | 'unknownReference'
  | 'inconsistent'
  | 'forbiddenKey';

export const PROBLEM_CODES: readonly ProblemCode[] = [
  'required',
  'wrongType',
  'empty',
  'tooLong',
  'tooFew',
  'tooMany',
  'outOfRange',
  'notAllowed',
  'duplicate',
  'unknownReference',
  'inconsistent',
  'forbiddenKey',
];

/** One thing wrong with a framework, located by a path such as `questions[3].informs.archetype`. */
export interface FrameworkProblem {
  path: string;
  code: ProblemCode;
  /** Technical detail, in English. */
  message: string;
  /** For a text too long: the most characters allowed, so the words can say it. */
  max?: number;
}

/** Formats a schema issue path (keys and indices) the way problems are shown: `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[], root = '(framework)'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? root : out;
}

/** The parts of a zod issue the code depends on (kept structural so no zod type leaks here). */
export interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  params?: Record<string, unknown>;
}

/** What kind of problem a schema issue is, in the terms the catalog words. */
export function problemCodeOf(issue: SchemaIssue): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'wrongType';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'outOfRange';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'empty' : 'tooLong';
      return issue.origin === 'array' ? 'tooFew' : 'outOfRange';
    case 'custom': {
      const code = issue.params?.['problem'];
      return typeof code === 'string' && (PROBLEM_CODES as readonly string[]).includes(code)
        ? (code as ProblemCode)
        : 'inconsistent';
    }
    default:
      // invalid_value, invalid_union, invalid_format, not_multiple_of, unrecognized_keys…
      return 'notAllowed';
  }
}

/** Schema issues as problems, with their paths formatted. */
export function schemaProblems(issues: readonly SchemaIssue[], root?: string): FrameworkProblem[] {
  return issues.map((issue) => {
    const code = problemCodeOf(issue);
    const max = code === 'tooLong' && typeof issue.maximum === 'number' ? issue.maximum : undefined;
    return { path: formatPath(issue.path, root), code, message: issue.message, ...(max ? { max } : {}) };
  });
}
