/**
 * Runs `fn` in a task of its own, soon. A message to oneself is not a timer, so a background tab
 * does not hold it back for a second or more the way Firefox and Chrome throttle hidden tabs'
 * setTimeout; a site switched back on must be marked again in every open tab within a second.
 */
export function nextTask(win: Window & typeof globalThis, fn: () => void): void {
  if (typeof win.MessageChannel !== 'function') {
    win.setTimeout(fn, 0);
    return;
  }
  const channel = new win.MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
