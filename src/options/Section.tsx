import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** One titled block of the options page; its heading names it as a region. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="gloss-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 class="gloss-section__title" id={`${id}-title`}>
        {title}
      </h2>
      {intro !== undefined && <p class="gloss-section__intro">{intro}</p>}
      {children}
    </section>
  );
}

export interface StatusMessage {
  tone: 'ok' | 'error';
  text: string;
  /** Optional detail under the text, e.g. the background's reason for refusing an import. */
  detail?: string;
}

/** A polite live region: always in the page, so screen readers hear what appears in it. */
export function Status({ status, id }: { status: StatusMessage | null; id?: string }) {
  return (
    <div class={`gloss-status${status ? ` gloss-status--${status.tone}` : ''}`} role="status" id={id}>
      {status !== null && (
        <>
          <p>{status.text}</p>
          {status.detail !== undefined && <p class="gloss-status__detail">{status.detail}</p>}
        </>
      )}
    </div>
  );
}
