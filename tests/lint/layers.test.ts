/**
 * The layer rules are real: each forbidden import below, linted as if it stood in that folder, must be
 * reported, and a permitted one must not. A lint config that quietly lets one pass fails here.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => /no-restricted-paths|no-restricted-imports|no-cycle/.test(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.message}`);
}

const FORBIDDEN: [string, string, string][] = [
  ['the domain reads storage', 'src/domain/probe.ts', "import { getDatabase } from '../storage/connection';\nexport const x = getDatabase;\n"],
  ['the domain reads a store', 'src/domain/probe.ts', "import { useRoute } from '../state/route-store';\nexport const x = useRoute;\n"],
  ['the domain uses zustand', 'src/domain/probe.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
  ['the domain uses React', 'src/domain/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  ['the domain reads the browser through the platform module', 'src/domain/probe.ts', "import { deviceLocale } from '../platform/locale';\nexport const x = deviceLocale;\n"],
  ['the platform module reads storage', 'src/platform/probe.ts', "import { getDatabase } from '../storage/connection';\nexport const x = getDatabase;\n"],
  ['storage reads a store', 'src/storage/probe.ts', "import { useNotices } from '../state/notice-store';\nexport const x = useNotices;\n"],
  ['storage reads the strings', 'src/storage/probe.ts', "import { messages } from '../i18n/messages';\nexport const x = messages;\n"],
  ['state reads the strings', 'src/state/probe.ts', "import { messages } from '../i18n/messages';\nexport const x = messages;\n"],
  ['state reads shared UI', 'src/state/probe.ts', "import { NumberField } from '../ui/number-field';\nexport const x = NumberField;\n"],
  ['shared UI reads a feature', 'src/ui/probe.ts', "import { HistoryScreen } from '../features/history/history-screen';\nexport const x = HistoryScreen;\n"],
  ['a feature reads another feature', 'src/features/log/probe.ts', "import { HistoryScreen } from '../history/history-screen';\nexport const x = HistoryScreen;\n"],
  ['a feature reads the app shell', 'src/features/log/probe.ts', "import { App } from '../../app/app';\nexport const x = App;\n"],
  ['a feature uses Dexie', 'src/features/log/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
  ['the app shell uses Dexie', 'src/app/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
];

describe('the layer rules', () => {
  it.each(FORBIDDEN)('report it when %s', async (_name, file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  }, 60_000);

  it.each([
    ['a feature reads its own folder, the domain, storage, state, ui and i18n', 'src/features/log/probe.ts', "import { UrgentTakeover } from './urgent-takeover';\nimport { nightOf } from '../../domain/night';\nimport { getDatabase } from '../../storage/connection';\nimport { useRoute } from '../../state/route-store';\nimport { NumberField } from '../../ui/number-field';\nimport { messages } from '../../i18n/messages';\nexport const x = [UrgentTakeover, nightOf, getDatabase, useRoute, NumberField, messages];\n"],
    ['storage uses Dexie and the domain', 'src/storage/probe.ts', "import { Dexie } from 'dexie';\nimport { nightOf } from '../domain/night';\nexport const x = [Dexie, nightOf];\n"],
  ])('allow it when %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  }, 60_000);
});
