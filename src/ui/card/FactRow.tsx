import { useState } from 'preact/hooks';
import { pick } from '../../core/facts/localize.ts';
import type { AlternativeValue, Fact } from '../../core/facts/types.ts';
import { conversions } from '../format-value.ts';
import { useT } from '../i18n.tsx';
import { CheckIcon, ConvertIcon, CopyIcon, DisputedIcon } from '../icons.tsx';
import { useContent } from './content-context.tsx';
import { DateText } from './DateText.tsx';
import { Figure } from './Figure.tsx';
import { Phrase, SLOT } from './Phrase.tsx';
import { SourceLink } from './SourceLink.tsx';

export interface FactRowProps {
  fact: Fact;
  /** Unique per card: the fact's buttons are described by the label with this id. */
  labelId: string;
  /** Absent: no per-fact copy button. */
  onCopy?: () => void;
  /** This fact was the last thing copied: the button shows a tick for a moment. */
  justCopied: boolean;
}

function AsOf({ iso }: { iso: string }) {
  const t = useT();
  return (
    <span class="gloss-card__as-of">
      <Phrase text={t('card_asOf', SLOT)}>
        <DateText iso={iso} />
      </Phrase>
    </span>
  );
}

function Note({ note }: { note: Fact['note'] }) {
  const { chain } = useContent();
  const picked = pick(note, chain);
  if (picked === null || picked.text.trim() === '') return null;
  return (
    <p class="gloss-card__note" lang={picked.lang}>
      {picked.text}
    </p>
  );
}

function Alternative({ alt }: { alt: AlternativeValue }) {
  return (
    <div class="gloss-card__alt">
      <p class="gloss-card__value-row">
        <Figure value={alt.value} unit={alt.unit} />
      </p>
      <SourceLink source={alt.source} />
      <Note note={alt.note} />
    </div>
  );
}

/** The figure in other units, shown when the reader asks: "≈ 140 million m³ a day · ≈ 36 million tonnes of LNG a year". */
function ConvertButton({ expanded, controls, labelId, onToggle }: { expanded: boolean; controls: string; labelId: string; onToggle: () => void }) {
  const t = useT();
  // One name whatever the state: aria-expanded says whether the other units show.
  const name = t('card_convert');
  return (
    <button
      type="button"
      class={`gloss-card__icon-button${expanded ? ' gloss-card__icon-button--on' : ''}`}
      aria-label={name}
      aria-describedby={labelId}
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={controls}
      title={name}
      onClick={onToggle}
    >
      <ConvertIcon class="gloss-card__icon" />
    </button>
  );
}

export function FactRow({ fact, labelId, onCopy, justCopied }: FactRowProps) {
  const t = useT();
  const content = useContent();
  const [converting, setConverting] = useState(false);
  const alternatives = fact.alternatives ?? [];
  const disputed = alternatives.length > 0;
  const label = pick(fact.label, content.chain);
  const converted = conversions(fact.value, fact.unit, content);
  const conversionsId = `${labelId}-units`;
  const primary = (
    <>
      <p class="gloss-card__value-row">
        <Figure value={fact.value} unit={fact.unit} /> <AsOf iso={fact.asOf} />
      </p>
      {converted.length > 0 && (
        <p class="gloss-card__conversions" id={conversionsId} lang={content.lang} hidden={!converting}>
          {converted.join(' · ')}
        </p>
      )}
      <SourceLink source={fact.source} />
    </>
  );
  return (
    <li class={`gloss-card__fact${disputed ? ' gloss-card__fact--disputed' : ''}`}>
      <div class="gloss-card__fact-head">
        <span class="gloss-card__fact-label" id={labelId} lang={label?.lang}>
          {label?.text ?? ''}
        </span>
        <span class="gloss-card__fact-tools">
          {converted.length > 0 && (
            <ConvertButton expanded={converting} controls={conversionsId} labelId={labelId} onToggle={() => setConverting(!converting)} />
          )}
          {onCopy !== undefined && (
            <button
              type="button"
              class={`gloss-card__icon-button${justCopied ? ' gloss-card__icon-button--done' : ''}`}
              aria-label={t('card_copyFact')}
              aria-describedby={labelId}
              title={t('card_copyFact')}
              onClick={onCopy}
            >
              {justCopied ? <CheckIcon class="gloss-card__icon" /> : <CopyIcon class="gloss-card__icon" />}
            </button>
          )}
        </span>
      </div>
      {disputed ? (
        <>
          <p class="gloss-card__disputed">
            <DisputedIcon class="gloss-card__icon" />
            {t('card_disputed')}
          </p>
          <div class="gloss-card__alts">
            <div class="gloss-card__alt">{primary}</div>
            {alternatives.map((alt, i) => (
              <Alternative key={i} alt={alt} />
            ))}
          </div>
        </>
      ) : (
        primary
      )}
      <Note note={fact.note} />
    </li>
  );
}
