import type { ReactNode } from 'react';
import type { Load } from '../projects/useProject.ts';
import { LoadFailure } from './LoadFailure.tsx';

interface LoadedSectionProps<T> {
  /** The section's id, the target of the page's contents. */
  readonly id: string;
  readonly title: string;
  readonly lead: string;
  readonly loadingText: string;
  readonly load: Load<T>;
  readonly onRetry: () => void;
  readonly children: (value: T) => ReactNode;
}

/** A panel of the project page that shows what it loaded, or that it is loading, or why it could not. */
export function LoadedSection<T>({ id, title, lead, loadingText, load, onRetry, children }: LoadedSectionProps<T>) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="panel project-section register-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      <p className="register-description">{lead}</p>
      {load.status === 'loading' ? <p role="status">{loadingText}</p> : null}
      {load.status === 'failed' ? <LoadFailure failure={load.error} onRetry={onRetry} /> : null}
      {load.status === 'ready' ? children(load.value) : null}
    </section>
  );
}
