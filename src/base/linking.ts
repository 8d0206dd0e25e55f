/**
 * Widgets that talk to each other without script.
 *
 * A *source* widget (the policy-area grid, the tracker's legend) with `for="ID"` sends every
 * selection to the element with that id in the same document or shadow root, which must be a
 * *target* (the commitment list). The target applies it as a filter and announces its filters
 * with `ogp-filter-change`; the source listens for that and shows the same selection, so the two
 * stay in step whichever one the reader uses. The target may appear before or after the source.
 *
 *   <ogp-policy-area-grid for="commitments" selectable></ogp-policy-area-grid>
 *   <ogp-commitment-list id="commitments"></ogp-commitment-list>
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit, type OgpFilterDetail, type OgpSelectDetail} from './events.js';

/** What a target implements. */
export interface SelectionTarget extends HTMLElement {
  applySelection(selection: OgpSelectDetail): void;
  /** The target's current filters. */
  readonly filters?: OgpFilterDetail;
}

const isTarget = (element: Element | null): element is SelectionTarget =>
  !!element && typeof (element as Partial<SelectionTarget>).applySelection === 'function';

type Host = ReactiveControllerHost & HTMLElement & {for?: string; selected?: string};

export class LinkController implements ReactiveController {
  private target?: SelectionTarget;
  private warnedFor?: string;

  /** @param onFilters Called with the target's filters whenever they change. */
  constructor(
    private readonly host: Host,
    private readonly onFilters: (filters: OgpFilterDetail) => void,
  ) {
    host.addController(this);
  }

  private readonly listener = (event: Event) => this.onFilters((event as CustomEvent<OgpFilterDetail>).detail);

  hostConnected(): void {
    // Targets defined later in the page are found on first use (and when `for` changes).
    queueMicrotask(() => this.resolve());
  }

  hostUpdated(): void {
    // After the update: taking the target's filters sets the host's `selected`.
    if (this.target?.id !== this.host.for) queueMicrotask(() => this.resolve());
  }

  hostDisconnected(): void {
    this.detach();
  }

  /**
   * The reader chose `id` in the source: it becomes the host's `selected` (or, chosen again, the
   * selection clears), the host fires `ogp-select` (`id: ''` when cleared), and the target hears it.
   */
  toggle(kind: OgpSelectDetail['kind'], id: string): void {
    const next = this.host.selected === id ? '' : id;
    this.host.selected = next || undefined;
    const selection = {kind, id: next};
    emit(this.host, 'ogp-select', selection);
    this.send(selection);
  }

  /** Sends a selection to the linked target, if there is one. */
  send(selection: OgpSelectDetail): void {
    this.resolve();
    this.target?.applySelection(selection);
  }

  private resolve(): void {
    const id = this.host.for;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = id && this.host.isConnected ? (root.getElementById?.(id) ?? null) : null;
    const target = isTarget(found) ? found : undefined;
    if (id && this.host.isConnected && !target && this.warnedFor !== id) {
      this.warnedFor = id;
      console.warn(`<${this.host.localName} for="${id}">: no <ogp-commitment-list id="${id}"> on this page yet.`);
    }
    if (target === this.target) return;
    this.detach();
    this.target = target;
    target?.addEventListener('ogp-filter-change', this.listener);
    // Start in step with filters the target already has (its attributes, the URL).
    if (target?.filters) this.onFilters(target.filters);
  }

  private detach(): void {
    this.target?.removeEventListener('ogp-filter-change', this.listener);
    this.target = undefined;
  }
}
