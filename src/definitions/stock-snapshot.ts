// The stock definitions as `npm run generate` parsed them into src/generated/stock-definitions.ts:
// each file's text, documents, the position of each template and each definition's content hash, so a start
// neither reads templates/ (a bundle runs without it) nor parses them with `yaml`, nor re-parses a file to place
// a template, nor hashes the set again.
// A test fails when the snapshot differs from templates/ (run `npm run generate` after editing one).

import type { JsonObject } from '../core/types.ts';
import { toSourceObject } from '../load/yaml-source.ts';
import { parseYamlFile } from '../load/yaml-source.ts';
import { definitionHash, templateOrigin } from './definition.ts';
import { readDefinitionFiles, stockTemplatesDir } from './stock-definitions.ts';
import type { StockFile } from '../generated/stock-definitions.ts';

export type { StockFile };

/** Parses every stock definition file now (for the generator). */
export function snapshotStockFiles(): StockFile[] {
  return readDefinitionFiles(stockTemplatesDir(), 'templates').map((file) => ({
    path: file.path,
    text: file.text,
    documents: parseYamlFile(file).documents.map((raw) => {
      const origins: StockFile['documents'][number]['origins'] = {};
      const spec = (raw.body.spec ?? {}) as JsonObject;
      for (const key of ['template', 'patch', 'outputs']) {
        if (typeof spec[key] !== 'string') continue;
        const o = templateOrigin(toSourceObject(raw, String(raw.body.kind), '', ''), key, '', file.text);
        origins[key] = [o.line, o.column];
      }
      return { body: raw.body, origins, hash: definitionHash(raw.body) };
    }),
  }));
}
