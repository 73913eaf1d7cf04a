import { formatDate } from '../format-date.ts';
import { useFormatDate } from '../i18n.tsx';
import { useContent } from './content-context.tsx';

/**
 * A date as <time>. By default in the UI language, for dates inside the card's own phrases
 * ("as of …", "Source: …"); `content` formats it in the entry's language, for dates that stand
 * beside the entry's text (a timeline event, a date that is the fact's value).
 */
export function DateText({ iso, content = false }: { iso: string; content?: boolean }) {
  const formatUi = useFormatDate();
  const { locale } = useContent();
  return <time dateTime={iso}>{content ? formatDate(iso, locale) : formatUi(iso)}</time>;
}
