import type { FrameworkProblem } from '../framework/problems';

/** Keys that could reach an object's prototype if a later step copied them: refused wherever they occur. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Every forbidden key in a parsed JSON value, with its path. JSON.parse keeps `"__proto__"` as an own
 * property (it does not set the prototype), so this walk finds it; it visits each value once, without
 * recursion, so a deeply nested file cannot overflow the stack.
 */
export function forbiddenKeys(root: unknown, rootPath: string, limit: number): FrameworkProblem[] {
  const found: FrameworkProblem[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: rootPath }];
  while (stack.length > 0 && found.length < limit) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        found.push({ path: at, code: 'forbiddenKey', message: `the field name "${key}" is not allowed` });
      } else {
        stack.push({ value: (value as Record<string, unknown>)[key], path: at });
      }
    }
  }
  return found;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
