/**
 * The URL as a link target only when it is a well-formed https URL; otherwise undefined and the
 * caller shows it as text. The facts build already rejects other schemes; this is the second lock,
 * so a `javascript:` or `http:` URL that slipped through can never become a clickable link.
 */
export function httpsHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return undefined;
  // Credentials in a link are a phishing trick (https://bank.com@evil.example); never link them.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}
