/** Hash routes: they work the same from app://, from file:// and from the browser mode's server. */
export type Route =
  | { name: 'home' }
  | { name: 'workshop'; workshopId: string }
  | { name: 'session'; workshopId: string }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'workshops' && parts[1]) {
    if (parts.length === 2) return { name: 'workshop', workshopId: parts[1] };
    if (parts.length === 3 && parts[2] === 'session') return { name: 'session', workshopId: parts[1] };
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
    case 'notFound':
      return `#${route.path}`;
  }
}
