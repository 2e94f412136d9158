/**
 * The resize script of the embed code (/embed/resize.js, served by src/pages/embed/resize.js.ts, minified): it
 * runs on the host page, another site, beside an iframe of one of our embed pages. The page inside
 * (src/client/embed-frame.ts) posts its height on load and whenever it changes (a new width reflows it); this
 * sets the iframe's height to it. A message counts only if it comes from the window of an iframe marked
 * data-hsd-embed and from that iframe's own origin, so no other frame or page can resize anything. Loaded once
 * or many times (one copy per embed pasted), it listens once; it also asks each iframe for its height, in case
 * the page inside loaded before this script did. Self-contained (no import) and at most 1 KB gzip
 * (test/site/embed.test.ts).
 */
interface EmbedHostWindow extends Window {
  hsdEmbedResize?: boolean;
}

const host = window as EmbedHostWindow;
if (!host.hsdEmbedResize) {
  host.hsdEmbedResize = true;
  const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-hsd-embed]');
  const originOf = (frame: HTMLIFrameElement) => new URL(frame.src, location.href).origin;
  // The question holds nothing, so it may go to any origin: a frame still on its first, blank document has the
  // host's origin, and naming ours would only earn a console warning.
  const ask = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage('hsd-embed:height?', '*');
  addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== 'hsd-embed:height' || typeof data.height !== 'number' || !(data.height > 0 && data.height < 100000)) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
  for (const frame of frames()) {
    frame.addEventListener('load', () => ask(frame));
    ask(frame);
  }
}
