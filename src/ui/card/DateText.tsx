import { useFormatDate } from '../i18n.tsx';

export function DateText({ iso }: { iso: string }) {
  const formatDate = useFormatDate();
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
