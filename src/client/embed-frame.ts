/**
 * The script of an embed page (/embed/<story>/<chart>/, src/layouts/Embed.astro), which another site shows in
 * an iframe:
 *
 * - `?theme=light` or `?theme=dark` in its address sets the theme (class theme-light or theme-dark on <html>,
 *   src/styles/global.css and charts.css); otherwise the page follows the reader's system.
 * - Inside a frame, it tells the parent page its height (`{ type: 'hsd-embed:height', height }`) on load, each
 *   time it changes (a ResizeObserver: a new width reflows the chart, the drawing for another layout shows, a
 *   font arrives) and when the parent asks ('hsd-embed:height?'). The resize script of the embed code
 *   (src/client/embed-host.ts) sets the iframe's height from it. The height is no secret, so it goes to any
 *   parent; the parent checks where it came from.
 */
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.classList.add(`theme-${theme}`);

if (window.parent !== window) {
  const post = () => window.parent.postMessage({ type: 'hsd-embed:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source === window.parent && event.data === 'hsd-embed:height?') post();
  });
}
