/**
 * The 嵌入 control under a story's chart (src/components/charts/ChartEmbed.astro): without script, its embed
 * code stands in a read-only text area to select and copy; this adds a button that copies it, says so in a live
 * region, and selects the code where the clipboard is refused. Its words come in the button's data- attributes
 * (the page's, from src/i18n/zh-CN.json).
 */
for (const control of document.querySelectorAll<HTMLElement>('[data-embed-code]')) {
  const code = control.querySelector('textarea')!;
  const button = control.querySelector<HTMLButtonElement>('button[data-copy]')!;
  const status = control.querySelector<HTMLElement>('[data-copy-status]')!;
  const words = button.dataset as { copied: string; refused: string };
  code.addEventListener('focus', () => code.select());
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = words.copied;
    } catch {
      code.focus();
      status.textContent = words.refused;
    }
  });
}
