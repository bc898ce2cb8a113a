/** Hash routes: they work the same from app://, from file:// and from the browser mode's server. */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string }
  | { name: 'session'; workshopId: string }
  | { name: 'results'; workshopId: string; view: ResultsView }
  | { name: 'projector'; workshopId: string }
  | { name: 'frameworks' }
  | { name: 'notFound'; path: string };

/** The results screen's views: the workshop's own figures, team and role comparison, over time. */
export const RESULTS_VIEWS = ['overview', 'teams', 'roles', 'time'] as const;
export type ResultsView = (typeof RESULTS_VIEWS)[number];

/** The decoded parts of a path; null when one is not valid percent-encoding (a mistyped link). */
function pathParts(path: string): string[] | null {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = pathParts(path);
  if (parts === null) return { name: 'notFound', path };
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && parts[0] === 'frameworks') return { name: 'frameworks' };
  if (parts[0] === 'workshops' && parts[1]) {
    if (parts.length === 2) return { name: 'workshop', workshopId: parts[1] };
    if (parts.length === 3 && parts[2] === 'session') return { name: 'session', workshopId: parts[1] };
    if (parts.length === 3 && parts[2] === 'projector') return { name: 'projector', workshopId: parts[1] };
    if (parts[2] === 'results' && parts.length <= 4) {
      const view = (parts[3] ?? 'overview') as ResultsView;
      if (RESULTS_VIEWS.includes(view)) return { name: 'results', workshopId: parts[1], view };
    }
  }
  return { name: 'notFound', path };
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'workshop':
      return `#/workshops/${encodeURIComponent(route.workshopId)}`;
    case 'session':
      return `#/workshops/${encodeURIComponent(route.workshopId)}/session`;
    case 'results':
      return `#/workshops/${encodeURIComponent(route.workshopId)}/results${route.view === 'overview' ? '' : `/${route.view}`}`;
    case 'projector':
      return `#/workshops/${encodeURIComponent(route.workshopId)}/projector`;
    case 'frameworks':
      return '#/frameworks';
    case 'notFound':
      return `#${route.path}`;
  }
}
