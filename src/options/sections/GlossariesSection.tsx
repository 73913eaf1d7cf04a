import { useEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryInfo } from '../../core/messages/index.ts';
import { useT } from '../../ui/i18n.tsx';
import type { OptionsPorts } from '../browser-api.ts';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import { useFileDrop } from './file-drop.ts';
import { ImportProblems, ImportZone, useGlossaryImport } from './GlossaryImport.tsx';
import { GlossaryRow } from './GlossaryRow.tsx';
import { useGlossaries } from './use-glossaries.ts';

/** Where focus goes once the list has changed under it: the moved row's button, or a neighbour of a removed one. */
type FocusAfter = { kind: 'move'; id: string; direction: 'up' | 'down' } | { kind: 'remove'; index: number };

/**
 * The reader's glossaries, in priority order: switch each on or off, reorder, export, remove
 * (after asking), and import more from a file, picked or dropped anywhere on the section.
 */
export function GlossariesSection({ ports }: { ports: OptionsPorts }) {
  const t = useT();
  const glossaries = useGlossaries(ports);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const working = useRef(false);
  const importer = useGlossaryImport(glossaries, setStatus);
  const drop = useFileDrop((file) => void importer.importFile(file));
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const { list: items } = glossaries;

  useEffect(() => {
    const after = focusAfter.current;
    const root = list.current;
    if (after === null || root === null) return;
    focusAfter.current = null;
    if (after.kind === 'move') {
      const row = root.querySelector(`[data-glossary-id="${after.id}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`[data-move="${after.direction}"]`);
      // At the top (or bottom) the button just used is disabled: its partner keeps the focus in the row.
      (same && !same.disabled ? same : row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
    } else {
      const rows = root.querySelectorAll('[role="switch"]');
      (rows[Math.min(after.index, rows.length - 1)] as HTMLElement | undefined)?.focus();
    }
  }, [items]);

  const act = async (g: GlossaryInfo, run: () => Promise<boolean>): Promise<void> => {
    // One change at a time; the buttons stay enabled (and focused) meanwhile and ignore clicks.
    if (working.current) return;
    working.current = true;
    setBusy(g.id);
    try {
      if (!(await run())) setStatus({ tone: 'error', text: t('options_errorSave') });
    } finally {
      working.current = false;
      setBusy(null);
    }
  };

  const toggle = (g: GlossaryInfo, enabled: boolean) =>
    act(g, async () => {
      const answer = await glossaries.change({ type: 'setGlossaryEnabled', id: g.id, enabled });
      if (answer.ok) setStatus({ tone: 'ok', text: t(enabled ? 'options_glossaryNowOn' : 'options_glossaryNowOff', g.name) });
      return answer.ok;
    });

  const move = (g: GlossaryInfo, direction: 'up' | 'down') =>
    act(g, async () => {
      focusAfter.current = { kind: 'move', id: g.id, direction };
      const answer = await glossaries.change({ type: 'moveGlossary', id: g.id, direction });
      if (!answer.ok) return false;
      const position = answer.value.findIndex((x) => x.id === g.id) + 1;
      setStatus({ tone: 'ok', text: t('options_glossaryMoved', [g.name, String(position), String(answer.value.length)]) });
      return true;
    });

  const remove = (g: GlossaryInfo, index: number) =>
    act(g, async () => {
      focusAfter.current = { kind: 'remove', index };
      const answer = await glossaries.change({ type: 'removeGlossary', id: g.id });
      if (answer.ok) setStatus({ tone: 'ok', text: t('options_glossaryRemoved', g.name) });
      return answer.ok;
    });

  const exportFile = async (g: GlossaryInfo): Promise<void> => {
    const answer = await glossaries.exportFile(g.id);
    if (!answer.ok) {
      setStatus({ tone: 'error', text: t('options_glossaryExportFailed', g.name) });
      return;
    }
    ports.download(answer.value.fileName, answer.value.text);
    setStatus({ tone: 'ok', text: t('options_glossaryExported', [g.name, answer.value.fileName]) });
  };

  return (
    <Section id="glossaries" title={t('options_glossariesTitle')} intro={t('options_glossariesIntro')}>
      <div ref={drop.target} class={`gloss-glossaries${drop.dragging ? ' gloss-glossaries--dragging' : ''}`}>
        <p class="gloss-hint" id="gloss-glossaries-order">
          {t('options_glossariesOrderHint')}
        </p>
        {items === null ? (
          <p class="gloss-empty-list" role="status">
            {glossaries.failed ? t('options_glossariesLoadFailed') : t('options_glossariesLoading')}
          </p>
        ) : (
          <ol ref={list} class="gloss-glossary-list" aria-label={t('options_glossariesListLabel')} aria-describedby="gloss-glossaries-order">
            {items.map((g, i) => (
              <GlossaryRow
                key={g.id}
                glossary={g}
                first={i === 0}
                last={i === items.length - 1}
                busy={busy === g.id}
                onToggle={(enabled) => void toggle(g, enabled)}
                onMove={(direction) => void move(g, direction)}
                onExport={() => void exportFile(g)}
                onRemove={() => void remove(g, i)}
              />
            ))}
          </ol>
        )}
        <ImportZone importer={importer} dragging={drop.dragging} />
        <Status status={status} id="gloss-glossaries-status" />
        <ImportProblems refusal={importer.refusal} />
      </div>
    </Section>
  );
}
