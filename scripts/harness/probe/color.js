// Test-only, Firefox: sets the content colour scheme from ?scheme=light|dark through
// browserSettings, for Firefox builds whose WebDriver BiDi has no chrome scope (ESR 140).
// The result goes into the document title, which the harness polls.
(async () => {
  const scheme = new URLSearchParams(location.search).get('scheme');
  try {
    await browser.browserSettings.overrideContentColorScheme.set({ value: scheme === 'dark' ? 'dark' : 'light' });
    document.title = `done ${scheme}`;
  } catch (error) {
    document.title = `failed ${String(error)}`;
  }
})();
