// The dependency rule is enforced, not only promised: each layer's ban fires on a probe file placed
// at any depth of that layer, and what the layer may import passes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = new URL('../../', import.meta.url);
const { layerBlocks } = (await import(new URL('eslint.layers.js', root).href)) as {
  layerBlocks: Linter.Config[];
};
const { default: projectConfig } = (await import(new URL('eslint.config.js', root).href)) as {
  default: Linter.Config[];
};

const eslint = new ESLint({
  cwd: root.pathname,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: tseslint.parser },
      plugins: { '@typescript-eslint': tseslint.plugin as unknown as ESLint.Plugin },
    },
    ...layerBlocks,
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  assert.ok(result, 'eslint returns one result per text');
  const fatal = result.messages.filter((message) => message.fatal);
  assert.deepEqual(fatal, [], `the probe ${filePath} parses`);
  return result.messages.map((message) => message.ruleId ?? 'unknown');
}

async function assertBanned(filePath: string, code: string): Promise<void> {
  const found = await problems(filePath, code);
  assert.equal(
    found.length,
    1,
    `${filePath}: \`${code}\` is refused once (got ${found.join(', ') || 'nothing'})`,
  );
}

async function assertAllowed(filePath: string, code: string): Promise<void> {
  assert.deepEqual(await problems(filePath, code), [], `${filePath}: \`${code}\` is allowed`);
}

describe('the lint configuration applies the layer rules', () => {
  it('eslint.config.js includes every layer block as it is tested here', () => {
    for (const block of layerBlocks)
      assert.ok(projectConfig.includes(block), `${String(block.files)} is applied`);
  });
});

describe('core is pure', () => {
  const deep = 'src/core/plan/nested/probe.ts';
  const shallow = 'src/core/probe.ts';
  for (const file of [deep, shallow]) {
    it(`refuses storage, services, node built-ins, IO and document packages in ${file}`, async () => {
      const up = file === deep ? '../../../' : '../';
      await assertBanned(file, `import { createStore } from '${up}db/store.ts';`);
      await assertBanned(file, `import type { Store } from '${up}services/store.ts';`);
      await assertBanned(file, `import { buildApp } from '${up}http/app.ts';`);
      await assertBanned(file, `import { readNotice } from '${up}importer/read-notice.ts';`);
    });
  }
  it('refuses node built-ins with and without the node: prefix', async () => {
    await assertBanned(deep, "import { readFileSync } from 'fs';");
    await assertBanned(deep, "import { readFileSync } from 'node:fs';");
    await assertBanned(deep, "import { createHash } from 'crypto';");
    await assertBanned(deep, "import { createHash } from 'node:crypto';");
    await assertBanned(deep, "import { readFile } from 'fs/promises';");
  });
  it('refuses IO and document packages', async () => {
    await assertBanned(deep, "import { sql } from 'drizzle-orm';");
    await assertBanned(deep, "import { Pool } from 'pg';");
    await assertBanned(deep, "import ExcelJS from 'exceljs';");
  });
  it('refuses reading the clock', async () => {
    await assertBanned(deep, 'export const now = Date.now();');
    await assertBanned(deep, 'export const now = new Date();');
    await assertBanned(deep, 'export const now = Date();');
  });
  it('allows other core modules and dates built from values', async () => {
    await assertAllowed(
      deep,
      "import { periodPhase } from '../../period/period-phase.ts';\nexport const at = new Date(0);",
    );
    await assertAllowed(shallow, 'export const later = (at: Date) => new Date(at.getTime() + 1);');
  });
});

describe('contracts import only zod, other contracts and pure core', () => {
  const file = 'src/contracts/probe.schema.ts';
  it('refuses services, storage, serving, other packages and node built-ins', async () => {
    await assertBanned(file, "import { MAX_BATCH_ROWS } from '../services/reports/batch.usecases.ts';");
    await assertBanned(file, "import type { Store } from '../services/store.ts';");
    await assertBanned(file, "import { createStore } from '../db/store.ts';");
    await assertBanned(file, "import { toErrorResponse } from '../http/error-response.ts';");
    await assertBanned(file, "import { readFileSync } from 'node:fs';");
    await assertBanned(file, "import ExcelJS from 'exceljs';");
    await assertBanned(file, 'export const now = Date.now();');
  });
  it('allows zod, other contracts and core', async () => {
    await assertAllowed(
      file,
      "import { z } from 'zod';\nimport { IdParamSchema } from './common.schema.ts';\nimport { PERIOD_PHASES } from '../core/period/period-phase.ts';\nexport const S = z.enum(PERIOD_PHASES).or(IdParamSchema);",
    );
  });
});

describe('the importer reads bytes and does no IO', () => {
  const file = 'src/importer/readers/probe.ts';
  it('refuses files, the network, outer layers and the clock', async () => {
    await assertBanned(file, "import { readFileSync } from 'node:fs';");
    await assertBanned(file, "import http from 'http';");
    await assertBanned(file, "import type { Store } from '../../services/store.ts';");
    await assertBanned(file, "import { createStore } from '../../db/store.ts';");
    await assertBanned(file, 'export const now = Date.now();');
  });
  it('allows core, zlib and the document parsers', async () => {
    await assertAllowed(
      file,
      "import { inflateRawSync } from 'node:zlib';\nimport ExcelJS from 'exceljs';\nimport type { PlanDraft } from '../../core/plan/plan.types.ts';",
    );
  });
});

describe('services, db and http keep their direction', () => {
  it('services never reach storage or serving', async () => {
    await assertBanned('src/services/reports/probe.ts', "import { createStore } from '../../db/store.ts';");
    await assertBanned('src/services/reports/probe.ts', "import { buildApp } from '../../http/app.ts';");
  });
  it('db implements the services types and never calls a use case', async () => {
    const file = 'src/db/repositories/probe.ts';
    await assertBanned(
      file,
      "import { submitReport } from '../../services/reports/transitions.usecases.ts';",
    );
    await assertBanned(
      file,
      "import { createRequestSnapshots } from '../services/reference/request-snapshot.ts';",
    );
    await assertBanned(file, "import { buildApp } from '../../http/app.ts';");
    await assertAllowed(file, "import type { Repositories } from '../../services/store.ts';");
    await assertAllowed(
      file,
      "import { NOTIFICATION_KINDS } from '../../services/notifications/notifications.types.ts';",
    );
  });
  it('http reaches storage only through services', async () => {
    await assertBanned('src/http/routes/probe.ts', "import { createStore } from '../../db/store.ts';");
    await assertAllowed('src/http/routes/probe.ts', "import type { Store } from '../../services/store.ts';");
  });
});

describe('the web imports only contract types and pure core from the server side', () => {
  const file = 'web/src/pages/office/probe.tsx';
  it('refuses server runtime code and node built-ins', async () => {
    await assertBanned(file, "import { buildApp } from '../../../../src/http/app.ts';");
    await assertBanned(file, "import { createStore } from '../../../../src/db/store.ts';");
    await assertBanned(
      file,
      "import { submitReport } from '../../../../src/services/reports/transitions.usecases.ts';",
    );
    await assertBanned(file, "import { readFileSync } from 'node:fs';");
    await assertBanned(file, "import { ReportSchema } from '../../../../src/contracts/reports.ts';");
  });
  it('allows contract types and pure core helpers', async () => {
    await assertAllowed(file, "import type { Report } from '../../../../src/contracts/reports.ts';");
    await assertAllowed(file, "import { periodPhase } from '../../../../src/core/period/period-phase.ts';");
    await assertAllowed(file, "import { ERROR_MESSAGES } from '../../../../src/contracts/error-codes.ts';");
  });
});
