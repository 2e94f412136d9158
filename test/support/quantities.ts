import type { Quantity } from '../../src/data/quantity.ts';

/** A quantity for tests: value, unit, qualifier. */
export const q = (value: number, unit = '', qualifier: Quantity['qualifier'] = null): Quantity => ({ value, unit, qualifier });

/** What a reader is shown of a computed quantity: value, qualifier and unit (its `basis` is tested apart). */
export const shown = ({ value, qualifier, unit }: Quantity): Quantity => ({ value, qualifier, unit });
