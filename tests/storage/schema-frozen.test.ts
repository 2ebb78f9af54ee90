/**
 * Released schema versions are frozen: each `db.version(n)` declared in src/storage/db.ts must keep the
 * stores and upgrade it was released with. Editing one fails here; a change is a new version.
 * (Reads Dexie's own record of the declarations, `_versions[]._cfg`, which Dexie keeps for upgrading.)
 */
import { describe, expect, it } from 'vitest';
import { CrampnoteDatabase, SCHEMA_VERSION } from '../../src/storage/db';

/** As released. Never edit an entry: add the next version's. */
const RELEASED: Record<number, { stores: Record<string, string>; upgrade: string | null }> = {
  1: { stores: { episodes: 'id, startedAt, night, updatedAt', checkIns: 'id, &night, updatedAt', settings: 'id' }, upgrade: null },
  2: { stores: { answerSets: 'id, [section+updatedAt]' }, upgrade: null },
  3: { stores: { changes: 'id, startNight' }, upgrade: null },
  4: { stores: {}, upgrade: '(tx)=>tx.table("settings").toCollection().modify((row)=>{deleterow.persistence;})' },
  5: {
    stores: {},
    upgrade: 'async(tx)=>{constevening=newMap();awaittx.table("episodes").each((e)=>{constnight=e.night;constfound=evening.get(night)??{at:0};for(constfieldof["fluidsMl","caffeineDrinks","alcoholDrinks"]){constvalue=e[field];if(typeofvalue==="number")found[field]=Math.max(found[field]??value,value);};if(found.fluidsMl!==undefined||found.caffeineDrinks!==undefined||found.alcoholDrinks!==undefined){found.at=Math.max(found.at,e.updatedAt);evening.set(night,found);}});constcheckIns=tx.table("checkIns");for(const[night,found]ofevening){constcurrent=awaitcheckIns.where("night").equals(night).first();constrow=current??{id:crypto.randomUUID(),night,noCramp:false,createdAt:found.at,updatedAt:found.at};for(constfieldof["fluidsMl","caffeineDrinks","alcoholDrinks"]){if(row[field]===undefined&&found[field]!==undefined)row[field]=found[field];};awaitcheckIns.put(row);}}',
  },
  6: { stores: { lock: 'id' }, upgrade: null },
};

interface DeclaredVersion {
  _cfg: { version: number; storesSource: Record<string, string>; contentUpgrade?: (...args: unknown[]) => unknown };
}

/** The upgrade's code without white space or quote style, which the build may change. */
const code = (fn: unknown) => (fn ? String(fn).replace(/\s+/g, '').replace(/'/g, '"') : null);

describe('released schema versions', () => {
  const declared = (new CrampnoteDatabase('frozen-check') as unknown as { _versions: DeclaredVersion[] })._versions;

  it('every declared version is released here, and the newest is the one the code opens', () => {
    expect(declared.map((v) => v._cfg.version)).toEqual(Object.keys(RELEASED).map(Number));
    expect(Math.max(...declared.map((v) => v._cfg.version))).toBe(SCHEMA_VERSION);
  });

  it.each(declared.map((v) => [v._cfg.version, v] as const))('version %i is declared exactly as released', (n, v) => {
    expect({ stores: v._cfg.storesSource, upgrade: code(v._cfg.contentUpgrade) }).toEqual(RELEASED[n]);
  });
});
