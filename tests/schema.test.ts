import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas } from '../src/schema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));

describe('schema/ is generated from the zod formats', () => {
  for (const [name, schema] of Object.entries(allJsonSchemas())) {
    it(`${name} matches its zod source (run \`npm run schema\` after changing a format)`, () => {
      const committed = JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
      expect(committed).toEqual(schema);
    });
  }

  it('every committed schema compiles with ajv (draft 2020-12)', () => {
    for (const name of Object.keys(allJsonSchemas())) {
      const ajv = new Ajv2020({ strict: false });
      ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
      expect(() => ajv.compile(JSON.parse(readFileSync(`${dir}${name}`, 'utf8'))), name).not.toThrow();
    }
  });

  it('a bundled criteria file validates against the committed framework schema', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(JSON.parse(readFileSync(`${dir}framework.schema.json`, 'utf8')));
    const file = JSON.parse(
      readFileSync(fileURLToPath(new URL('../criteria/cdht/2.0.0.json', import.meta.url)), 'utf8'),
    );
    expect(validate(file)).toBe(true);
    expect(validate({ ...file, version: 'two' })).toBe(false);
  });
});
