import type { AlternativeValue, Fact } from '../../core/facts/types.ts';
import { useT } from '../i18n.tsx';
import { valueWithUnit } from '../value.ts';
import { DateText } from './DateText.tsx';
import { CheckIcon, CopyIcon, DisputedIcon } from '../icons.tsx';
import { Phrase, SLOT } from './Phrase.tsx';
import { SourceLink } from './SourceLink.tsx';

export interface FactRowProps {
  fact: Fact;
  /** Unique per card: the copy button is described by the label with this id. */
  labelId: string;
  contentLang: string;
  /** Absent: no per-fact copy button. */
  onCopy?: () => void;
  /** This fact was the last thing copied: the button shows a tick for a moment. */
  justCopied: boolean;
}

function Value({ value, unit, lang }: { value: string; unit: string | undefined; lang: string }) {
  const withUnit = valueWithUnit(value, unit);
  if (withUnit === value) {
    return (
      <strong class="gloss-card__value" lang={lang}>
        {value}
      </strong>
    );
  }
  return (
    <span class="gloss-card__value-line" lang={lang}>
      <strong class="gloss-card__value">{value}</strong>
      {/* A no-break space keeps "50" and its unit on one line. */}
      <span class="gloss-card__unit">{`\u00a0${unit?.trim() ?? ''}`}</span>
    </span>
  );
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

function Alternative({ alt, lang }: { alt: AlternativeValue; lang: string }) {
  return (
    <div class="gloss-card__alt">
      <p class="gloss-card__value-row">
        <Value value={alt.value} unit={alt.unit} lang={lang} />
      </p>
      <SourceLink source={alt.source} />
      {alt.note !== undefined && alt.note.trim() !== '' && (
        <p class="gloss-card__note" lang={lang}>
          {alt.note}
        </p>
      )}
    </div>
  );
}

export function FactRow({ fact, labelId, contentLang, onCopy, justCopied }: FactRowProps) {
  const t = useT();
  const alternatives = fact.alternatives ?? [];
  const disputed = alternatives.length > 0;
  const primary = (
    <>
      <p class="gloss-card__value-row">
        <Value value={fact.value} unit={fact.unit} lang={contentLang} /> <AsOf iso={fact.asOf} />
      </p>
      <SourceLink source={fact.source} />
    </>
  );
  return (
    <li class={`gloss-card__fact${disputed ? ' gloss-card__fact--disputed' : ''}`}>
      <div class="gloss-card__fact-head">
        <span class="gloss-card__fact-label" id={labelId} lang={contentLang}>
          {fact.label}
        </span>
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
              <Alternative key={i} alt={alt} lang={contentLang} />
            ))}
          </div>
        </>
      ) : (
        primary
      )}
      {fact.note !== undefined && fact.note.trim() !== '' && (
        <p class="gloss-card__note" lang={contentLang}>
          {fact.note}
        </p>
      )}
    </li>
  );
}
