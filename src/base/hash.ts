import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * State in the URL hash, as `key=value` pairs (URLSearchParams), shared by every widget that
 * keeps state there: each changes only its own keys and leaves the page's others alone.
 */
export const readHash = (): URLSearchParams => new URLSearchParams(location.hash.replace(/^#/, ''));

/**
 * Sets (or, for empty values, removes) keys in the hash. `push` makes a history entry (Back
 * returns to the previous state); `replace` does not (typing in a search box).
 */
export function writeHash(changes: Record<string, string>, mode: 'push' | 'replace'): void {
  const params = readHash();
  for (const [key, value] of Object.entries(changes)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const hash = params.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/**
 * Calls `onChange` when the hash may have changed under the widget (Back/Forward, a link, a
 * script), while the host is connected: it listens to `popstate` and `hashchange` from
 * connection to disconnection. Its own `writeHash` calls do not fire it.
 */
export class HashController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onChange);
    addEventListener('hashchange', this.onChange);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onChange);
    removeEventListener('hashchange', this.onChange);
  }
}
