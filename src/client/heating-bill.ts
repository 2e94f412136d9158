/**
 * The heating-bill calculator's enhancer (src/components/HeatingBillCalculator.astro): shows the form and
 * recomputes the comparison as the reader types, with the functions the build used (src/calculator/). The
 * page already holds the answer for the default area, so without this script nothing is missing but the form.
 */
import { readArea } from '../calculator/area-input.ts';
import { billView, problemMessage } from '../calculator/bill-view.ts';

/**
 * What the page embeds for billView() (calculator-model.ts's CalculatorData), typed from billView itself:
 * browser code imports only pure modules (test/unit/layers.test.ts), and the model is build-time code.
 */
type BillArguments = Parameters<typeof billView>;
interface CalculatorData {
  tariffs: BillArguments[0];
  placeNames: BillArguments[1];
  messages: BillArguments[3];
}
type Use = BillArguments[2]['use'];

function enhance(root: HTMLElement): void {
  const data = JSON.parse(root.querySelector('[data-bill-data]')!.textContent!) as CalculatorData;
  const form = root.querySelector<HTMLFormElement>('[data-bill-form]')!;
  const area = form.elements.namedItem('area') as HTMLInputElement;
  const place = form.elements.namedItem('place') as HTMLSelectElement;
  const error = root.querySelector<HTMLElement>('[data-bill-error]')!;
  const result = root.querySelector<HTMLElement>('[data-bill-result]')!;
  const sentence = root.querySelector<HTMLElement>('[data-bill-sentence]')!;
  const body = root.querySelector<HTMLTableSectionElement>('[data-bill-lines]')!;
  // Rows are cloned from the one the build rendered, so the markup lives in the component alone.
  const template = body.rows[0]!.cloneNode(true) as HTMLTableRowElement;

  const update = () => {
    const reading = readArea(area.value);
    if (!reading.ok) {
      error.textContent = problemMessage(reading.problem, data.messages);
      error.hidden = false;
      area.setAttribute('aria-invalid', 'true');
      result.hidden = true;
      return;
    }
    error.hidden = true;
    error.textContent = '';
    area.removeAttribute('aria-invalid');
    result.hidden = false;
    const use = (form.querySelector<HTMLInputElement>('input[name="use"]:checked')?.value ?? 'residential') as Use;
    const view = billView(data.tariffs, data.placeNames, { place: place.value, use, area: reading.area }, data.messages);
    sentence.textContent = view.sentence;
    body.replaceChildren(
      ...view.lines.map((line) => {
        const row = template.cloneNode(true) as HTMLTableRowElement;
        row.dataset.key = line.key;
        // The reader's city: told to assistive technology, and styled from the same attribute.
        if (line.selected) row.setAttribute('aria-current', 'true');
        else row.removeAttribute('aria-current');
        for (const field of ['name', 'rate', 'bill', 'difference'] as const) row.querySelector(`[data-field="${field}"]`)!.textContent = line[field];
        row.querySelector('.bill-calc__bar')!.setAttribute('width', line.share.toFixed(4));
        return row;
      }),
    );
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.hidden = false;
  root.dataset.enhanced = 'true';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-bill-calculator]')) enhance(root);
